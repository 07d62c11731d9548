// `stallkeeper-cli sale`, `void`, `refund` and `show`: ringing up and reversing sales.
#include "app/cli/Cli.h"

#include "core/Eligibility.h"
#include "core/Incentive.h"
#include "core/RefundRule.h"
#include "core/SaleRepository.h"
#include "core/hardware/ReceiptDoc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sk::cli {

namespace {

// A receipt line of the printed receipt's (hardware/ReceiptDoc.h): its text and amount.
void printLine(QTextStream &out, const hw::ReceiptLine &l)
{
    if (l.kind == hw::ReceiptLine::Kind::Rule)
        return;
    out << "  " << l.left.trimmed();
    if (!l.right.isEmpty())
        out << "  " << l.right;
    out << "\n";
}

// The sale as the command line shows it, with what the programs ask of a receipt (SNAP paid,
// the EBT balance, the incentive match with the card's last 4 digits, what each program paid)
// as the printed receipt words them.
void printReceipt(QTextStream &out, Database &db, const SaleRules &rules, const SaleRecord &r)
{
    hw::ReceiptHeader header = hw::ReceiptHeader::load(db, rules, r);
    header.locale = QLocale::c();
    out << r.receiptNo << "  " << r.kind << "  " << r.marketName << "\n";
    for (const SaleLineRecord &l : r.lines)
        out << "  " << l.name << "  " << formatQuantity(l.qty, l.unit) << " " << unitCode(l.unit)
            << " x " << formatFixed(l.unitPrice, 2) << " = " << formatFixed(l.net, 2) << "\n";
    out << "  subtotal " << formatFixed(r.subtotal, 2) << "  discount "
        << formatFixed(r.discount, 2) << "  tax " << formatFixed(r.tax, 2);
    if (r.rounding)
        out << "  cash rounding " << formatFixed(r.rounding, 2);
    out << "  total " << formatFixed(r.total, 2) << "\n";
    for (const SaleTenderRecord &t : r.tenders) {
        out << "  " << t.tender << " " << formatFixed(t.tendered, 2);
        if (const QString online = hw::paidOnlineLabel(t); !online.isEmpty())
            out << "  " << online; // an order's paid-elsewhere credit
        out << "\n";
        for (const hw::ReceiptLine &l : hw::tenderProgramLines(t, header))
            printLine(out, l);
    }
    if (r.changeDue)
        out << "  change " << formatFixed(r.changeDue, 2) << "\n";
    for (const hw::ReceiptLine &l : hw::programSummaryLines(r, header))
        printLine(out, l);
}

// --client-ref KEY: a retry of the same command with the same KEY gives back what the first
// one made instead of making it twice.
QString clientRefOption(const Args &a)
{
    const QString key = a.value(QStringLiteral("client-ref"));
    if (a.flag(QStringLiteral("client-ref")) && !SaleRepository::checkClientRef(key))
        usageError(QStringLiteral("--client-ref takes a KEY of 1 to 100 characters"));
    return key;
}

int cmdSale(Context &ctx, Args &a)
{
    const bool keyed = a.flag(QStringLiteral("client-ref"));
    const QString clientRef = clientRefOption(a);
    if (!a.positional.isEmpty())
        usageError(QStringLiteral("sale takes --item and --tender options, not \"%1\"")
                       .arg(a.positional.first()));
    Database &db = ctx.database();
    auto rules = check(SaleRules::load(db));
    Cart cart;
    const QStringList items = a.values(QStringLiteral("item"));
    if (items.isEmpty())
        usageError(QStringLiteral("a sale needs at least one --item SKU=QTY"));
    for (const QString &it : items) {
        auto [sku, qty] = splitPair(it, QStringLiteral("--item"));
        CartLine line;
        line.product = productByCode(db, sku);
        if (!line.product.active)
            failWith(Error::invalid(QStringLiteral("%1 is not for sale (inactive)").arg(sku)));
        line.qty = quantityArg(qty, line.product.unit, QStringLiteral("--item ") + sku);
        cart.lines << line;
    }
    for (const QString &t : a.values(QStringLiteral("tender"))) {
        auto [kind, amount] = splitPair(t, QStringLiteral("--tender"));
        // CODE=AMOUNT:REFERENCE: the check's serial, the voucher's number.
        const QString reference = amount.section(QLatin1Char(':'), 1).trimmed();
        amount = amount.section(QLatin1Char(':'), 0, 0);
        if (reference.size() > 40)
            usageError(QStringLiteral("--tender %1: a reference (check number, EBT balance) has "
                                      "at most 40 characters")
                           .arg(kind));
        cart.tenders << TenderEntry{
            kind, amountArg(amount, rules.currency, QStringLiteral("--tender ") + kind), reference};
    }
    // The customer an incentive match is counted for; a whole card number keeps its last 4.
    if (!a.values(QStringLiteral("benefit-card")).isEmpty())
        cart.benefitCard = checkArg(normalizeBenefitCard(a.value(QStringLiteral("benefit-card"))),
                                    QStringLiteral("--benefit-card"));
    if (a.flag(QStringLiteral("discount")) || !a.value(QStringLiteral("discount")).isEmpty())
        cart.discount = checkArg(Discount::parse(a.value(QStringLiteral("discount")),
                                                 rules.currency,
                                                 NumberSource::Machine),
                                 QStringLiteral("--discount"));
    SaleRepository sales(db);
    auto r = check(sales.commit(cart, rules, clientRef, nullptr));
    ctx.out << r.id << "\n";
    if (a.flag(QStringLiteral("receipt")))
        printReceipt(ctx.out, db, rules, r);
    // A script that did not get the id may ring the sale again: say which one is committed.
    ctx.out.flush();
    if (ctx.out.status() != QTextStream::Ok)
        throw Failure{1,
                      QStringLiteral("sale %1 is committed, but its id could not be written to "
                                     "standard output%2")
                          .arg(r.id,
                               keyed ? QStringLiteral("; run it again with the same --client-ref "
                                                      "to get it")
                                     : QString())};
    return 0;
}

int cmdVoid(Context &ctx, Args &a)
{
    if (a.positional.size() != 1)
        usageError(QStringLiteral("void takes one SALE_ID"));
    const QString clientRef = clientRefOption(a);
    SaleRepository sales(ctx.database());
    auto r = check(sales.voidSale(a.positional[0], a.value(QStringLiteral("reason")), clientRef));
    ctx.out << r.id << "\n";
    return 0;
}

int cmdRefund(Context &ctx, Args &a)
{
    if (a.positional.size() != 1)
        usageError(QStringLiteral("refund takes one SALE_ID"));
    const QString clientRef = clientRefOption(a);
    Database &db = ctx.database();
    SaleRepository sales(db);
    const SaleRecord orig = check(sales.load(a.positional[0]));
    QList<RefundItem> items;
    for (const QString &it : a.values(QStringLiteral("item"))) {
        auto [sku, qty] = splitPair(it, QStringLiteral("--item"));
        Unit unit = Unit::Each;
        bool found = false;
        for (const SaleLineRecord &l : orig.lines)
            if (l.sku == sku) {
                unit = l.unit;
                found = true;
            }
        if (!found)
            failWith(
                Error::notFound(QStringLiteral("sale %1 has no item %2").arg(orig.receiptNo, sku)));
        const Milli q = quantityArg(qty, unit, QStringLiteral("--item ") + sku);
        if (q <= 0)
            failWith(
                Error::invalid(QStringLiteral("refund quantity of %1 must be above 0").arg(sku)));
        items << RefundItem{{}, sku, q};
    }
    auto r = check(sales.refund(orig.id,
                                items,
                                a.value(QStringLiteral("reason")),
                                a.value(QStringLiteral("tender")),
                                clientRef));
    ctx.out << r.id << "\n";
    if (a.flag(QStringLiteral("receipt")))
        printReceipt(ctx.out, db, check(SaleRules::load(db)), r);
    return 0;
}

int cmdShow(Context &ctx, Args &a)
{
    if (a.positional.size() != 1)
        usageError(QStringLiteral("show takes one SALE_ID"));
    SaleRepository sales(ctx.database());
    auto r = check(sales.load(a.positional[0]));
    QJsonObject o = r.toJson();
    // What became of a sale since: partly refunded, refunded (nothing left) or voided.
    if (r.kind == saleKindSale())
        if (const QString st = saleStandingText(saleStanding(r, check(sales.reversals(r.id))));
            !st.isEmpty())
            o.insert(QStringLiteral("status"), st);
    // Who voided or refunded it at the till, and the owner who approved: this device's log, not
    // part of the synced record.
    if (auto acts = TillActionLog(ctx.database()).forSale(r.id); acts && !acts->isEmpty()) {
        QJsonArray list;
        for (const TillAction &t : std::as_const(*acts))
            list.append(QJsonObject{{QStringLiteral("action"), t.action},
                                    {QStringLiteral("user"), t.user},
                                    {QStringLiteral("approved_by"), t.approvedBy},
                                    {QStringLiteral("at"), t.at}});
        o.insert(QStringLiteral("till_actions"), list);
    }
    ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace

CommandGroup saleCommands()
{
    return {R"(Sales
  sale --item SKU=QTY [--item ...] --tender KIND=AMOUNT[:REF] [--tender ...]
       [--discount AMOUNT|PCT%] [--client-ref KEY] [--benefit-card LAST4] [--receipt]
                                           ring up a sale; prints the new sale's id (a
                                           retry with the same KEY prints the same sale)
  void SALE_ID [--reason TEXT] [--client-ref KEY]
  refund SALE_ID [--item SKU=QTY ...] [--reason TEXT] [--tender KIND] [--client-ref KEY]
         [--receipt]
                                           money goes back through the tenders that paid;
                                           --tender takes the part free to go anywhere
  show SALE_ID                             print a sale as JSON ("status": partly
                                           refunded, refunded or voided once reversed)
)",
            {
                {"sale",
                 cmdSale,
                 0,
                 {{"item", "SKU=QTY"},
                  {"tender", "KIND=AMOUNT"},
                  {"discount", "AMOUNT|PCT%"},
                  {"client-ref", "KEY"},
                  {"benefit-card", "LAST4"},
                  {"receipt"}}},
                {"void", cmdVoid, 1, {{"reason", "TEXT"}, {"client-ref", "KEY"}}},
                {"refund",
                 cmdRefund,
                 1,
                 {{"item", "SKU=QTY"},
                  {"reason", "TEXT"},
                  {"tender", "KIND"},
                  {"client-ref", "KEY"},
                  {"receipt"}}},
                {"show", cmdShow, 1, {}},
            }};
}

} // namespace sk::cli
