#include "Cli.h"

#include "Backups.h"
#include "BusinessSettings.h"
#include "Catalog.h"
#include "DemoData.h"
#include "Exports.h"
#include "MarketDay.h"
#include "RefundRule.h"
#include "SaleRepository.h"
#include "StockLedger.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cstdio>
#include <ctime>
#include <limits>

namespace sk::cli {

namespace {

const char kUsage[] = R"(Usage: stallkeeper-cli [--db FILE] COMMAND [ARGS]

Catalog
  catalog import FILE.csv [--skip-bad]     import products (all or nothing unless --skip-bad)
  catalog export FILE.csv [--bom]          write the catalog as CSV
  catalog list                             print SKU, name, unit and price
Market day
  market open NAME [--float AMOUNT] [--date YYYY-MM-DD]
  market close
  market status
Sales
  sale --item SKU=QTY [--item ...] --tender KIND=AMOUNT [--tender ...]
       [--discount AMOUNT|PCT%] [--client-ref KEY] [--receipt]
                                           ring up a sale; prints the new sale's id (a
                                           retry with the same KEY prints the same sale)
  void SALE_ID [--reason TEXT] [--client-ref KEY]
  refund SALE_ID [--item SKU=QTY ...] [--reason TEXT] [--tender KIND] [--client-ref KEY]
         [--receipt]
                                           money goes back through the tenders that paid;
                                           --tender takes the part free to go anywhere
  show SALE_ID                             print a sale as JSON ("status": partly
                                           refunded, refunded or voided once reversed)
Stock
  stock level [SKU]
  stock receive SKU=QTY [SKU=QTY ...] [--reason TEXT]
  stock count SKU=QTY [SKU=QTY ...]        absolute counts (what is on the table now)
  stock waste SKU=QTY [...] --reason TEXT
  stock adjust SKU=QTY [...] --reason TEXT signed correction
  stock history SKU
Exports
  export sales|lines FILE.csv [--from DATE] [--to DATE] [--bom]
Benchmarks
  demo-data --days N --sales-per-day M [--seed S] [--start DATE] [--outbox]
            [--time-zone ZONE]             market hours in ZONE (IANA name; default
                                           America/New_York), the same rows anywhere

Amounts use a dot for decimals (3.50) and no thousands separators; quantities are in the
item's unit (0.375 lb, 2 each). "1,5" or "1,000" is refused with what to write instead.
Tender kinds: cash, card, snap, snap_token, credit_token, fmnp, voucher, other.
The default database is )";

Result<QDate> parseDate(const QString &s)
{
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(s.left(40)));
    return d;
}

Product productByCode(Database &db, const QString &code)
{
    ProductRepository repo(db);
    return check(repo.byCode(code));
}

int cmdCatalog(Context &ctx, Args &a)
{
    const QString sub = a.positional.value(0);
    if (sub == u"import") {
        rejectUnknown(a, {QStringLiteral("skip-bad")});
        if (a.positional.size() != 2)
            usageError(QStringLiteral("catalog import takes one FILE.csv"));
        QFile f(a.positional[1]);
        if (!f.open(QIODevice::ReadOnly))
            failWith(
                Error::io(QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString())));
        if (f.size() > 64 * 1024 * 1024)
            failWith(Error::invalid(QStringLiteral("%1 is larger than 64 MB").arg(f.fileName())));
        // Read as it is imported: the file is never held in memory whole.
        auto report
            = check(importCatalogCsv(ctx.database(), &f, a.flag(QStringLiteral("skip-bad"))));
        for (const QString &e : report.errors)
            err() << "skipped " << e << "\n";
        ctx.out << "imported " << report.imported << " product(s)";
        if (report.skipped)
            ctx.out << ", skipped " << report.skipped;
        ctx.out << "\n";
        return 0;
    }
    if (sub == u"export") {
        rejectUnknown(a, {QStringLiteral("bom")});
        if (a.positional.size() != 2)
            usageError(QStringLiteral("catalog export takes one FILE.csv"));
        Database &db = ctx.database();
        check(writeFileAtomically(a.positional[1], [&](QIODevice *out) {
            return exportCatalogCsv(db, out, a.flag(QStringLiteral("bom")));
        }));
        return 0;
    }
    if (sub == u"list") {
        rejectUnknown(a, {});
        ProductRepository repo(ctx.database());
        for (const Product &p : check(repo.all(true)))
            ctx.out << p.sku << '\t' << p.name << '\t' << unitCode(p.unit) << '\t'
                    << formatFixed(p.price, 2) << (p.active ? "" : "\tinactive") << "\n";
        return 0;
    }
    usageError(QStringLiteral("catalog takes import, export or list"));
}

int cmdMarket(Context &ctx, Args &a)
{
    const QString sub = a.positional.value(0);
    MarketDayRepository days(ctx.database());
    if (sub == u"open") {
        rejectUnknown(a, {QStringLiteral("float"), QStringLiteral("date")});
        if (a.positional.size() != 2)
            usageError(QStringLiteral("market open takes one NAME (quote it if it has spaces)"));
        const Minor fl = amountArg(a.value(QStringLiteral("float"), QStringLiteral("0")),
                                   currencyOf(ctx.database()),
                                   QStringLiteral("--float"));
        auto d = check(days.open(a.positional[1], fl, optionalDate(a, QStringLiteral("date"))));
        ctx.out << d.id << "\n";
        return 0;
    }
    if (sub == u"close") {
        rejectUnknown(a, {});
        auto d = check(days.close());
        ctx.out << "closed " << d.marketName << " " << d.businessDate.toString(Qt::ISODate) << "\n";
        return 0;
    }
    if (sub == u"status") {
        rejectUnknown(a, {});
        auto d = check(days.current());
        if (!d) {
            ctx.out << "no market day open\n";
            return 0;
        }
        ctx.out << d->marketName << " " << d->businessDate.toString(Qt::ISODate) << " float "
                << formatFixed(d->openingFloat, 2) << "\n";
        return 0;
    }
    usageError(QStringLiteral("market takes open, close or status"));
}

void printReceipt(QTextStream &out, const SaleRecord &r)
{
    out << r.receiptNo << "  " << r.kind << "  " << r.marketName << "\n";
    for (const SaleLineRecord &l : r.lines)
        out << "  " << l.name << "  " << formatQuantity(l.qty, l.unit) << " " << unitCode(l.unit)
            << " x " << formatFixed(l.unitPrice, 2) << " = " << formatFixed(l.net, 2) << "\n";
    out << "  subtotal " << formatFixed(r.subtotal, 2) << "  discount "
        << formatFixed(r.discount, 2) << "  tax " << formatFixed(r.tax, 2);
    if (r.rounding)
        out << "  cash rounding " << formatFixed(r.rounding, 2);
    out << "  total " << formatFixed(r.total, 2) << "\n";
    for (const SaleTenderRecord &t : r.tenders)
        out << "  " << t.tender << " " << formatFixed(t.tendered, 2) << "\n";
    if (r.changeDue)
        out << "  change " << formatFixed(r.changeDue, 2) << "\n";
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
    rejectUnknown(a,
                  {QStringLiteral("item"),
                   QStringLiteral("tender"),
                   QStringLiteral("discount"),
                   QStringLiteral("client-ref"),
                   QStringLiteral("receipt")});
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
        cart.tenders << TenderEntry{
            kind, amountArg(amount, rules.currency, QStringLiteral("--tender ") + kind), {}};
    }
    if (a.flag(QStringLiteral("discount")) || !a.value(QStringLiteral("discount")).isEmpty())
        cart.discount = checkArg(Discount::parse(a.value(QStringLiteral("discount")),
                                                 rules.currency,
                                                 NumberSource::Machine),
                                 QStringLiteral("--discount"));
    SaleRepository sales(db);
    auto r = check(sales.commit(cart, rules, clientRef, nullptr));
    ctx.out << r.id << "\n";
    if (a.flag(QStringLiteral("receipt")))
        printReceipt(ctx.out, r);
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
    rejectUnknown(a, {QStringLiteral("reason"), QStringLiteral("client-ref")});
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
    rejectUnknown(a,
                  {QStringLiteral("item"),
                   QStringLiteral("reason"),
                   QStringLiteral("tender"),
                   QStringLiteral("client-ref"),
                   QStringLiteral("receipt")});
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
        printReceipt(ctx.out, r);
    return 0;
}

int cmdShow(Context &ctx, Args &a)
{
    rejectUnknown(a, {});
    if (a.positional.size() != 1)
        usageError(QStringLiteral("show takes one SALE_ID"));
    SaleRepository sales(ctx.database());
    auto r = check(sales.load(a.positional[0]));
    QJsonObject o = r.toJson();
    // What became of a sale since: partly refunded, refunded (nothing left) or voided.
    if (r.kind == u"sale")
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

int cmdStock(Context &ctx, Args &a)
{
    const QString sub = a.positional.value(0);
    Database &db = ctx.database();
    StockLedger ledger(db);
    ProductRepository repo(db);
    if (sub == u"level") {
        rejectUnknown(a, {});
        QList<Product> products;
        if (a.positional.size() == 2)
            products << productByCode(db, a.positional[1]);
        else if (a.positional.size() == 1)
            products = check(repo.all(true));
        else
            usageError(QStringLiteral("stock level takes at most one SKU"));
        for (const Product &p : products) {
            auto l = check(ledger.level(p.id));
            ctx.out << p.sku << '\t' << formatQuantity(l.level, p.unit) << '\t' << unitCode(p.unit);
            if (const StockStatus status = stockStatus(l.level, p.lowStock);
                status == StockStatus::Oversold)
                ctx.out << "\toversold";
            else if (status == StockStatus::Low)
                ctx.out << "\tlow";
            ctx.out << "\n";
        }
        return 0;
    }
    if (sub == u"history") {
        rejectUnknown(a, {});
        if (a.positional.size() != 2)
            usageError(QStringLiteral("stock history takes one SKU"));
        const Product p = productByCode(db, a.positional[1]);
        for (const StockMovement &m : check(ledger.history(p.id)))
            ctx.out << QDateTime::fromMSecsSinceEpoch(m.createdAt).toString(Qt::ISODate) << '\t'
                    << stockKindCode(m.kind) << '\t' << formatQuantity(m.qty, p.unit) << '\t'
                    << m.context << '\t' << m.reason << "\n";
        return 0;
    }
    const QStringList kinds = {QStringLiteral("receive"),
                               QStringLiteral("count"),
                               QStringLiteral("waste"),
                               QStringLiteral("adjust")};
    if (!kinds.contains(sub))
        usageError(QStringLiteral("stock takes level, receive, count, waste, adjust or history"));
    rejectUnknown(a, {QStringLiteral("reason")});
    if (a.positional.size() < 2)
        usageError(QStringLiteral("stock %1 takes SKU=QTY").arg(sub));
    if ((sub == u"waste" || sub == u"adjust")
        && a.value(QStringLiteral("reason")).trimmed().isEmpty())
        usageError(QStringLiteral("stock %1 needs --reason").arg(sub));
    // All pairs in one transaction: either every count is recorded or none.
    Transaction tx(db);
    check(tx.begun());
    for (const QString &pair : a.positional.mid(1)) {
        auto [sku, qty] = splitPair(pair, sub);
        const Product p = productByCode(db, sku);
        const Milli q = quantityArg(qty, p.unit, sku);
        check(ledger.record(p.id,
                            sub,
                            q,
                            a.value(QStringLiteral("reason")),
                            sub == u"count" ? QStringLiteral("manual") : QString(),
                            true));
    }
    check(tx.commit());
    return 0;
}

int cmdExport(Context &ctx, Args &a)
{
    rejectUnknown(a, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("bom")});
    if (a.positional.size() != 2 || (a.positional[0] != u"sales" && a.positional[0] != u"lines"))
        usageError(QStringLiteral("export takes sales|lines FILE.csv"));
    DateRange range{optionalDate(a, QStringLiteral("from")), optionalDate(a, QStringLiteral("to"))};
    if (range.from.isValid() && range.to.isValid() && range.from > range.to)
        usageError(QStringLiteral("--from is after --to"));
    Database &db = ctx.database();
    ExportOptions opt;
    opt.bom = a.flag(QStringLiteral("bom"));
    opt.moneyDecimals = BusinessSettings(db).currency().decimals;
    qint64 rows = 0;
    check(writeFileAtomically(a.positional[1], [&](QIODevice *out) -> Status {
        auto n = a.positional[0] == u"sales" ? exportSales(db, range, out, opt)
                                             : exportLines(db, range, out, opt);
        if (!n)
            return std::unexpected(n.error());
        rows = *n;
        return {};
    }));
    ctx.out << rows << " row(s)\n";
    return 0;
}

int cmdDemo(Context &ctx, Args &a)
{
    rejectUnknown(a,
                  {QStringLiteral("days"),
                   QStringLiteral("sales-per-day"),
                   QStringLiteral("seed"),
                   QStringLiteral("start"),
                   QStringLiteral("outbox"),
                   QStringLiteral("time-zone")});
    DemoOptions o;
    const qint64 days
        = wholeArg(a.value(QStringLiteral("days"), QStringLiteral("30")), QStringLiteral("--days"));
    const qint64 perDay = wholeArg(a.value(QStringLiteral("sales-per-day"), QStringLiteral("150")),
                                   QStringLiteral("--sales-per-day"));
    const qint64 seed
        = wholeArg(a.value(QStringLiteral("seed"), QStringLiteral("42")), QStringLiteral("--seed"));
    if (days < 0 || days > std::numeric_limits<int>::max() || perDay < 0
        || perDay > std::numeric_limits<int>::max() || seed < 0)
        usageError(QStringLiteral("--days, --sales-per-day and --seed take whole numbers from 0"));
    o.marketDays = int(days);
    o.salesPerDay = int(perDay);
    o.seed = quint64(seed);
    if (const QDate s = optionalDate(a, QStringLiteral("start")); s.isValid())
        o.start = s;
    o.outbox = a.flag(QStringLiteral("outbox"));
    // Sales record the local time and offset of the process's zone; fixing the zone makes the
    // same seed give the same rows on any machine. This process only generates, then exits.
    const QByteArray zone
        = a.value(QStringLiteral("time-zone"), QStringLiteral("America/New_York")).toUtf8();
    if (!QTimeZone(zone).isValid())
        usageError(QStringLiteral("--time-zone: unknown zone %1").arg(QString::fromUtf8(zone)));
    qputenv("TZ", zone);
    tzset();
    auto s = check(generateDemoData(ctx.database(), o));
    ctx.out << s.marketDays << " market day(s), " << s.sales << " sale(s), " << s.lines
            << " line(s), " << s.refunds << " refund(s), " << s.voids << " void(s)\n";
    return 0;
}

struct Registered
{
    const char *name;
    Handler handler;
    const char *usage;
};

QList<Registered> &registry()
{
    static QList<Registered> list;
    return list;
}

} // namespace

CommandRegistration::CommandRegistration(const char *name, Handler handler, const char *usage)
{
    registry().append({name, handler, usage});
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QDate optionalDate(const Args &a, const QString &opt)
{
    const QString v = a.value(opt);
    return v.isEmpty() ? QDate() : check(parseDate(v));
}

void rejectUnknown(const Args &a, const QStringList &known)
{
    const QStringList u = a.unknown(known);
    if (!u.isEmpty())
        usageError(QStringLiteral("unknown option --%1").arg(u.first()));
}

std::pair<QString, QString> splitPair(const QString &s, const QString &what)
{
    const qsizetype eq = s.lastIndexOf(QLatin1Char('='));
    if (eq <= 0 || eq == s.size() - 1)
        usageError(
            QStringLiteral("%1 must look like NAME=VALUE, got \"%2\"").arg(what, s.left(60)));
    return {s.left(eq), s.mid(eq + 1)};
}

Minor amountArg(const QString &text, const Currency &currency, const QString &what)
{
    return checkArg(parseFixed(text, currency.decimals, NumberSource::Machine), what);
}

Milli quantityArg(const QString &text, Unit unit, const QString &what)
{
    return checkArg(parseQuantity(text, unit, NumberSource::Machine), what);
}

qint64 wholeArg(const QString &text, const QString &what)
{
    return checkArg(parseWhole(text, NumberSource::Machine), what);
}

Currency currencyOf(Database &db)
{
    return BusinessSettings(db).currency();
}

Args::Args(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a.startsWith(QLatin1String("--")) && a.size() > 2) {
            QString name = a.mid(2);
            QString value;
            if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq > 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            } else if (i + 1 < args.size() && !args[i + 1].startsWith(QLatin1String("--"))
                       && name != u"bom" && name != u"skip-bad" && name != u"receipt"
                       && name != u"force" && name != u"outbox" && name != u"list") {
                value = args[++i];
            }
            m_options.append({name, value});
        } else {
            positional << a;
        }
    }
}

QString Args::value(const QString &option, const QString &fallback) const
{
    for (const auto &[k, v] : m_options)
        if (k == option)
            return v;
    return fallback;
}

QStringList Args::values(const QString &option) const
{
    QStringList out;
    for (const auto &[k, v] : m_options)
        if (k == option)
            out << v;
    return out;
}

bool Args::flag(const QString &option) const
{
    for (const auto &[k, v] : m_options)
        if (k == option)
            return true;
    return false;
}

QStringList Args::unknown(const QStringList &known) const
{
    QStringList out;
    for (const auto &[k, v] : m_options)
        if (!known.contains(k))
            out << k;
    return out;
}

Context::Context()
    : out(stdout)
{}

Database &Context::database()
{
    if (!db) {
        auto opened = Database::open(dbPath);
        if (!opened)
            failWith(withBackupHint(opened.error(), dbPath));
        db = std::move(*opened);
    }
    return *db;
}

Error withBackupHint(const Error &e, const QString &dbPath)
{
    // An empty file never held this folder's data: no backup is offered for it.
    if (e.code != Error::Code::Damaged
        && (e.code != Error::Code::NotADatabase || QFileInfo(dbPath).size() == 0))
        return e;
    const QString folder = QFileInfo(dbPath).absolutePath() + QStringLiteral("/backups");
    auto good = BackupManager::newestGoodIn(folder);
    if (!good)
        return e.code == Error::Code::NotADatabase
                   ? e
                   : Error{e.code, e.detail + QStringLiteral("; no good backup in %1").arg(folder)};
    return Error{e.code,
                 e.detail
                     + QStringLiteral("; the newest good backup is %1 (%2): stallkeeper-cli --db "
                                      "%3 restore %1")
                           .arg(good->path, good->createdAt.toString(Qt::ISODate), dbPath)};
}

void usageError(const QString &message)
{
    throw Failure{2, message + QStringLiteral(" (see stallkeeper-cli --help)")};
}

void failWith(const Error &e)
{
    throw Failure{1, e.detail};
}

void check(Status s)
{
    if (!s)
        failWith(s.error());
}

int run(const QStringList &arguments)
{
    QStringList args = arguments;
    Context ctx;
    ctx.dbPath = Database::defaultPath();
    try {
        // Global options come before the command.
        while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
            const QString opt = args.takeFirst();
            if (opt == u"--help" || opt == u"-h") {
                ctx.out << kUsage << Database::defaultPath() << "\n";
                for (const Registered &r : registry())
                    ctx.out << "\n" << r.usage;
                return 0;
            }
            if (opt == u"--version") {
                ctx.out << "stallkeeper-cli " << QCoreApplication::applicationVersion() << "\n";
                return 0;
            }
            if (opt == u"--db") {
                if (args.isEmpty())
                    usageError(QStringLiteral("--db needs a FILE"));
                ctx.dbPath = args.takeFirst();
            } else if (opt.startsWith(QLatin1String("--db="))) {
                ctx.dbPath = opt.mid(5);
            } else {
                usageError(QStringLiteral("unknown option %1").arg(opt));
            }
        }
        if (args.isEmpty())
            usageError(QStringLiteral("no command given"));
        const QString command = args.takeFirst();
        Args a(args);
        const QList<std::pair<const char *, Handler>> commands = {
            {"catalog", cmdCatalog},
            {"market", cmdMarket},
            {"sale", cmdSale},
            {"void", cmdVoid},
            {"refund", cmdRefund},
            {"show", cmdShow},
            {"stock", cmdStock},
            {"export", cmdExport},
            {"demo-data", cmdDemo},
        };
        Handler handler = nullptr;
        for (const auto &[name, h] : commands)
            if (command == QLatin1String(name))
                handler = h;
        for (const Registered &r : registry())
            if (command == QLatin1String(r.name))
                handler = r.handler;
        if (!handler)
            usageError(QStringLiteral("unknown command \"%1\"").arg(command.left(40)));
        const int rc = handler(ctx, a);
        // Damage met by any statement, even one whose caller saw only fewer rows, fails the
        // command: what it printed or wrote may be incomplete.
        if (ctx.db && ctx.db->damaged())
            failWith(*ctx.db->damage());
        // Output that never arrived (a full disk, a closed pipe) is a failure, not a 0.
        ctx.out.flush();
        if (ctx.out.status() != QTextStream::Ok)
            throw Failure{1, QStringLiteral("the result could not be written to standard output")};
        return rc;
    } catch (const Failure &f) {
        ctx.out.flush();
        QString line = f.message;
        if (ctx.db && ctx.db->damaged())
            line = withBackupHint(*ctx.db->damage(), ctx.dbPath).detail;
        line.replace(QLatin1Char('\n'), QLatin1Char(' '));
        err() << "stallkeeper-cli: " << line << "\n";
        err().flush();
        return f.exitCode;
    }
}

} // namespace sk::cli
