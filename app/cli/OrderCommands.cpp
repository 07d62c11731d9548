// `stallkeeper-cli orders ...`: pre-orders for pick-up (docs/preorders.md).
#include "app/cli/Cli.h"

#include "core/SaleRepository.h"
#include "core/StockLedger.h"
#include "core/preorder/PreOrderImport.h"
#include "core/preorder/PreOrderPickup.h"
#include "core/preorder/PreOrderRepository.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace sk::cli {

namespace {

void printOrder(QTextStream &out, const PreOrder &o)
{
    out << o.number << "  " << orderStateCode(o.state) << "  " << o.marketDate.toString(Qt::ISODate)
        << "  " << o.window << "  " << o.customerName;
    if (!o.contact.isEmpty())
        out << "  " << o.contact;
    out << "\n";
    for (const PreOrderLine &l : o.lines) {
        out << "  " << l.sku << "  " << l.name << "  " << (l.weighed() ? "about " : "")
            << formatQuantity(l.qty, l.unit) << " " << unitCode(l.unit) << " x "
            << formatFixed(l.unitPrice, 2) << " = " << formatFixed(l.estimate().value_or(0), 2);
        if (l.pickedQty > 0)
            out << "  handed over " << formatQuantity(l.pickedQty, l.unit) << " "
                << unitCode(l.unit) << " = " << formatFixed(l.pickedAmount, 2);
        out << "\n";
    }
    out << "  estimate " << formatFixed(o.estimate().value_or(0), 2);
    if (o.paidElsewhere > 0)
        out << "  paid elsewhere " << formatFixed(o.paidElsewhere, 2);
    if (!o.note.isEmpty())
        out << "  note: " << o.note;
    out << "\n";
}

// "2026-06-12T20:00" (local time), or "20:00" on the day before the market.
qint64 cutoffArg(const QString &text, QDate day)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QTime hm = QTime::fromString(text, QStringLiteral("HH:mm"));
        if (hm.isValid())
            t = QDateTime(day.addDays(-1), hm);
    }
    if (!t.isValid())
        usageError(QStringLiteral("--cutoff takes a time as 2026-06-12T20:00 or 20:00 (the day "
                                  "before the market)"));
    return t.toMSecsSinceEpoch();
}

int cmdList(Context &ctx, Args &a)
{
    PreOrderRepository repo(ctx.database());
    for (const PreOrder &o : check(repo.orders(optionalDate(a, QStringLiteral("day")))))
        ctx.out << o.number << '\t' << orderStateCode(o.state) << '\t'
                << o.marketDate.toString(Qt::ISODate) << '\t' << o.window << '\t' << o.customerName
                << '\t' << formatFixed(o.estimate().value_or(0), 2) << "\n";
    return 0;
}

int cmdShow(Context &ctx, Args &a)
{
    PreOrderRepository repo(ctx.database());
    const PreOrder o = check(repo.find(a.positional.value(1)));
    if (a.flag(QStringLiteral("json")))
        ctx.out << QJsonDocument(o.toJson()).toJson(QJsonDocument::Indented);
    else
        printOrder(ctx.out, o);
    return 0;
}

int cmdImport(Context &ctx, Args &a)
{
    QFile f(a.positional.value(1));
    if (!f.open(QIODevice::ReadOnly))
        failWith(
            Error::io(QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString())));
    if (f.size() > 16 * 1024 * 1024)
        failWith(Error::invalid(QStringLiteral("%1 is larger than 16 MB").arg(f.fileName())));
    auto report = check(importPreOrderCsv(ctx.database(), f.readAll()));
    // One row to fix: one line. More: each on its own line, then how many.
    if (report.errors.size() == 1)
        throw Failure{1, QStringLiteral("nothing imported: %1").arg(report.errors.first())};
    if (!report.errors.isEmpty()) {
        for (const QString &e : report.errors)
            err() << e << "\n";
        throw Failure{
            1, QStringLiteral("nothing imported: %1 row(s) to fix").arg(report.errors.size())};
    }
    ctx.out << "imported " << report.orders << " order(s), " << report.lines << " line(s)\n";
    return 0;
}

int cmdPickup(Context &ctx, Args &a)
{
    Database &db = ctx.database();
    const SaleRules rules = check(SaleRules::load(db));
    const PreOrder order = check(PreOrderRepository(db).find(a.positional.value(1)));
    Cart cart = check(cartForOrder(db, order));
    // --item SKU=QTY: what is handed over of that product (the weight on the scale for a
    // weighed one; 0 leaves it for later); a SKU not in the order is added to the sale.
    for (const QString &it : a.values(QStringLiteral("item"))) {
        auto [sku, qty] = splitPair(it, QStringLiteral("--item"));
        const Product p = productByCode(db, sku);
        const Milli q = quantityArg(qty, p.unit, QStringLiteral("--item ") + sku);
        auto line = std::find_if(cart.lines.begin(), cart.lines.end(), [&](const CartLine &l) {
            return l.product.id == p.id;
        });
        if (line == cart.lines.end()) {
            if (q > 0)
                cart.lines << CartLine{p, q, {}};
        } else if (q == 0) {
            cart.lines.erase(line);
        } else {
            line->qty = q;
        }
    }
    if (cart.lines.isEmpty())
        usageError(QStringLiteral("nothing is handed over: give at least one --item above 0"));
    for (const QString &t : a.values(QStringLiteral("tender"))) {
        auto [kind, amount] = splitPair(t, QStringLiteral("--tender"));
        cart.tenders << TenderEntry{
            kind,
            amountArg(amount, rules.currency, QStringLiteral("--tender ") + kind),
            QStringLiteral("order %1").arg(order.number)};
    }
    auto r = check(pickUp(db, order.id, cart, rules));
    ctx.out << r.sale.id << "\n";
    ctx.out << r.order.number << " " << orderStateCode(r.order.state) << " total "
            << formatFixed(r.sale.total, 2);
    // Paid elsewhere for more than was handed over: paid back from the drawer, on record as a
    // payout of the market day (as at the till).
    if (r.refundDue > 0)
        ctx.out << " paid elsewhere beyond the total, give back " << formatFixed(r.refundDue, 2)
                << " in cash (payout " << r.refundMovementId << ")";
    ctx.out << "\n";
    return 0;
}

int cmdNoShow(Context &ctx, Args &a)
{
    auto o = check(PreOrderRepository(ctx.database()).noShow(a.positional.value(1)));
    ctx.out << o.number << " " << orderStateCode(o.state) << "\n";
    return 0;
}

int cmdCancel(Context &ctx, Args &a)
{
    auto o = check(PreOrderRepository(ctx.database()).cancel(a.positional.value(1)));
    ctx.out << o.number << " " << orderStateCode(o.state) << "\n";
    return 0;
}

int cmdReschedule(Context &ctx, Args &a)
{
    const QDate day = optionalDate(a, QStringLiteral("day"));
    if (!day.isValid())
        usageError(QStringLiteral("reschedule needs --day DATE"));
    auto o = check(PreOrderRepository(ctx.database())
                       .reschedule(a.positional.value(1), day, a.value(QStringLiteral("window"))));
    ctx.out << o.number << " " << orderStateCode(o.state) << " "
            << o.marketDate.toString(Qt::ISODate) << " " << o.window << "\n";
    return 0;
}

int cmdPublish(Context &ctx, Args &a)
{
    Database &db = ctx.database();
    const QDate day = optionalDate(a, QStringLiteral("day"));
    if (!day.isValid())
        usageError(QStringLiteral("publish needs --day DATE"));
    if (!a.flag(QStringLiteral("cutoff")))
        usageError(QStringLiteral("publish needs --cutoff TIME"));
    PreOrderList list;
    list.marketDate = day;
    list.cutoffMs = cutoffArg(a.value(QStringLiteral("cutoff")), day);
    if (list.cutoffMs <= Clock::nowMs())
        failWith(Error::invalid(QStringLiteral("--cutoff is in the past: nobody could order")));
    list.marketName = a.value(QStringLiteral("market"));
    list.windows = a.values(QStringLiteral("window"));
    list.currency = currencyOf(db).code;
    PreOrderRepository repo(db);
    for (const QString &pair : a.positional.mid(1)) {
        auto [sku, amount] = splitPair(pair, QStringLiteral("publish"));
        const Product p = productByCode(db, sku);
        PreOrderItem i{p.id, p.sku, p.name, p.unit, p.price, 0};
        // "stock": what is on hand less what is already promised.
        i.available = amount == u"stock" ? std::max<Milli>(0, check(repo.available(p.id)))
                                         : quantityArg(amount, p.unit, sku);
        list.items << i;
    }
    if (list.items.isEmpty())
        usageError(QStringLiteral("publish takes at least one SKU=AVAILABLE"));
    const PreOrderList l = check(repo.publish(list));
    ctx.out
        << "published " << l.items.size() << " item(s) for " << day.toString(Qt::ISODate)
        << ", orders until "
        << QDateTime::fromMSecsSinceEpoch(l.cutoffMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        << "\n";
    return 0;
}

int cmdOrders(Context &ctx, Args &a)
{
    const QString sub = a.positional.value(0);
    if (sub == u"list")
        return cmdList(ctx, a);
    // The subcommands that take one ORDER.
    static const std::pair<const char *, Handler> onOneOrder[] = {{"show", cmdShow},
                                                                  {"import", cmdImport},
                                                                  {"pickup", cmdPickup},
                                                                  {"no-show", cmdNoShow},
                                                                  {"cancel", cmdCancel},
                                                                  {"reschedule", cmdReschedule}};
    for (const auto &[word, handler] : onOneOrder)
        if (sub == QLatin1String(word)) {
            if (a.positional.size() != 2)
                usageError(QStringLiteral("orders %1 takes one ORDER").arg(QLatin1String(word)));
            return handler(ctx, a);
        }
    if (sub == u"publish")
        return cmdPublish(ctx, a);
    usageError(QStringLiteral(
        "orders takes list, show, import, pickup, no-show, cancel, reschedule or publish"));
}

} // namespace

CommandGroup orderCommands()
{
    return {R"(Pre-orders
  orders list [--day DATE]                 orders of a market day (all when no --day)
  orders show ORDER [--json]               one order by number, with its lines
  orders import FILE.csv                   orders exported by another shop (all or nothing)
  orders pickup ORDER [--item SKU=QTY ...] --tender KIND=AMOUNT ...
                                           hand an order over: --item gives the weight or
                                           count handed over (0: later), a new SKU is added
  orders no-show ORDER                     the customer did not come: stock is released
  orders cancel ORDER                      called off: stock is released, the order kept
  orders reschedule ORDER --day DATE [--window W]
                                           moved to another market day (stock moves too)
  orders publish SKU=AVAILABLE|stock ... --day DATE --cutoff TIME [--window W ...]
                 [--market NAME]           what the order page offers for a market day
)",
            {
                {"orders list", cmdOrders, 0, {{"day", "DATE"}}},
                {"orders show", cmdOrders, 1, {{"json"}}},
                {"orders import", cmdOrders, 1, {}},
                {"orders pickup", cmdOrders, 1, {{"item", "SKU=QTY"}, {"tender", "KIND=AMOUNT"}}},
                {"orders no-show", cmdOrders, 1, {}},
                {"orders cancel", cmdOrders, 1, {}},
                {"orders reschedule", cmdOrders, 1, {{"day", "DATE"}, {"window", "W"}}},
                {"orders publish",
                 cmdOrders,
                 -1,
                 {{"day", "DATE"}, {"cutoff", "TIME"}, {"window", "W"}, {"market", "NAME"}}},
            }};
}

} // namespace sk::cli
