// stallkeeper-bench: the core's performance benchmarks (issue "Performance suite").
//
// Each mode measures one budget and prints machine-readable lines for tests/bench/run:
//   BENCH <id> <measured> <baseline|-> <unit> <budget> <what, free text>
// where budget is "<=1.5x" / ">=2x" (measured against the baseline of the same run) or "<=300" /
// ">=20000" (absolute, in unit). Anything else it prints is commentary for the log.
//
// Modes (see tests/bench/run for how they are chained):
//   commit  --work DIR --count N --baseline EXE   durable 5-line sale vs raw SQLite C API
//   search  --work DIR --products N               search-as-you-type, p99 per keystroke
//   prepare --data DB                             open today's market day and ring up sales
//   start   --data DB --work DIR --runs N         cold start (fresh processes) vs empty database
//   report  --data DB                             a year's sales-by-item report
//   export  --data DB --work DIR --sqlite3 EXE    CSV export of every line vs sqlite3 -csv
//   memory  --data DB                             resident memory after start + Reports

#include "core/Catalog.h"
#include "core/Database.h"
#include "core/DemoData.h"
#include "core/Exports.h"
#include "core/MarketDay.h"
#include "core/SaleEngine.h"
#include "core/SaleRepository.h"
#include "core/checkout/CartStore.h"
#include "core/checkout/PinStore.h"

#include "core/reports/ReportRunner.h"
#include "tests/bench/BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

#include <time.h>

using namespace sk;

namespace {

using bench::check;
using bench::childrenCpuMs;
using bench::die;
using bench::out;

void bench(const char *id,
           double measured,
           double baseline,
           const char *unit,
           const char *budget,
           const QString &what)
{
    out() << "BENCH " << id << ' ' << QString::number(measured, 'f', 3) << ' '
          << (std::isnan(baseline) ? QStringLiteral("-") : QString::number(baseline, 'f', 3)) << ' '
          << unit << ' ' << budget << ' ' << what << Qt::endl;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min<qsizetype>(v.size() - 1, qsizetype(std::ceil(p * v.size())) - 1);
    return v[std::max<qsizetype>(0, i)];
}

// CPU time of this process (user + system), in ms. Absolute budgets (search, start, report)
// are judged on it: on a shared, loaded machine the wall clock mostly measures the other
// processes, while an idle till's wall clock is close to its CPU time. Wall times go to the log.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(const QList<double> &v)
{
    return percentile(v, 0.5);
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

std::unique_ptr<Database> openDb(const QString &path)
{
    return check(Database::open(path), "open database");
}

// A shop with an open market day: what the commit benchmark sells from.
std::unique_ptr<Database> freshShop(const QString &path)
{
    removeDatabase(path);
    auto db = openDb(path);
    check(seedDemoCatalog(*db), "demo catalog");
    MarketDayRepository days(*db);
    check(days.open(QStringLiteral("Bench Market"), 15000), "open market day");
    return db;
}

// ---- commit ----------------------------------------------------------------------------------

Cart fiveLineCart(const QList<Product> &products)
{
    Cart cart;
    // Weighed and each items, SNAP-eligible and not, as a real basket at a produce stall.
    for (int i = 0; i < 5; ++i) {
        CartLine l;
        l.product = products[(i * 5) % products.size()];
        l.qty = l.product.unit == Unit::Each ? 2000 : 1375;
        cart.lines << l;
    }
    cart.tenders << TenderEntry{QStringLiteral("snap"), 500, {}};
    cart.tenders << TenderEntry{QStringLiteral("cash"), 20000, {}};
    return cart;
}

int modeCommit(const QCommandLineParser &args)
{
    const QString work = args.value(QStringLiteral("work"));
    const int count = std::max(3, args.value(QStringLiteral("count")).toInt());
    const QString baselineExe = args.value(QStringLiteral("baseline"));
    QDir().mkpath(work);
    const QString corePath = work + QStringLiteral("/commit-core.sqlite");
    const QString rawPath = work + QStringLiteral("/commit-raw.sqlite");
    const QString payloadPath = work + QStringLiteral("/commit-payload.json");

    // The baseline's file: same schema, catalog and open market day, made by the core.
    freshShop(rawPath).reset();

    auto db = freshShop(corePath);
    ProductRepository repo(*db);
    const QList<Product> products = check(repo.all(), "catalog");
    const SaleRules rules = check(SaleRules::load(*db), "rules");
    const Cart cart = fiveLineCart(products);
    SaleRepository sales(*db);
    // Warm up (first statements prepared, file grown) and take a real outbox payload for the
    // baseline to store.
    for (int i = 0; i < 3; ++i)
        check(sales.commit(cart, rules), "commit");
    {
        const QVariant payload = check(
            db->scalar(QStringLiteral("SELECT payload FROM outbox ORDER BY seq DESC LIMIT 1")),
            "payload");
        QFile f(payloadPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(payload.toString().toUtf8()) < 0)
            die(QStringLiteral("cannot write %1").arg(payloadPath));
    }

    // Interleave rounds of core commits and baseline commits so that a burst of load from
    // other processes hits both alike.
    QList<double> core, raw;
    const int rounds = 4;
    const int perRound = std::max(1, count / rounds);
    for (int round = 0; round < rounds; ++round) {
        QProcess p;
        p.start(baselineExe, {rawPath, payloadPath, QString::number(perRound)});
        if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit
            || p.exitCode() != 0)
            die(QStringLiteral("baseline failed: %1")
                    .arg(QString::fromLocal8Bit(p.readAllStandardError())));
        for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
            if (line.startsWith("COMMIT_NS "))
                raw << line.mid(10).toDouble() / 1e6;
        for (int i = 0; i < perRound; ++i) {
            QElapsedTimer t;
            t.start();
            check(sales.commit(cart, rules), "commit");
            core << double(t.nsecsElapsed()) / 1e6;
        }
    }
    if (raw.size() != core.size())
        die(QStringLiteral("baseline made %1 commits, expected %2")
                .arg(raw.size())
                .arg(core.size()));
    out() << "# commit: " << core.size() << " sales each; core median " << median(core)
          << " ms p90 " << percentile(core, 0.9) << " ms; raw SQLite median " << median(raw)
          << " ms p90 " << percentile(raw, 0.9) << " ms" << Qt::endl;
    bench("commit",
          median(core),
          median(raw),
          "ms",
          "<=1.3x",
          QStringLiteral("durable commit of a 5-line sale (median of %1; SaleRepository::commit "
                         "vs raw sqlite3_* program)")
              .arg(core.size()));
    return 0;
}

// ---- search ----------------------------------------------------------------------------------

// 10,000 products named the way a big market catalog reads: variety + produce + pack.
QList<Product> bigCatalog(int n)
{
    static const char *const varieties[]
        = {"Heirloom", "Cherry",     "Roma",    "Early Girl", "Brandywine", "Sungold", "Green",
           "Red",      "Yellow",     "Purple",  "Baby",       "Organic",    "Wild",    "Smoked",
           "Aged",     "Fresh",      "Dried",   "Honeycrisp", "Gala",       "Fuji",    "Granny",
           "Russet",   "Fingerling", "Rainbow", "Lacinato",   "Curly",      "Sweet",   "Hot",
           "Mild",     "Spicy",      "Golden",  "White",      "Black",      "Blue",    "Pink",
           "Striped",  "Mini",       "Jumbo",   "Local",      "Mountain"};
    static const char *const items[]
        = {"Tomatoes",    "Apples",    "Potatoes",  "Carrots",  "Kale",     "Zucchini",  "Peppers",
           "Onions",      "Garlic",    "Beans",     "Squash",   "Pumpkins", "Lettuce",   "Spinach",
           "Beets",       "Radishes",  "Cucumbers", "Eggplant", "Corn",     "Peaches",   "Plums",
           "Pears",       "Berries",   "Cherries",  "Melons",   "Honey",    "Jam",       "Cheddar",
           "Goat cheese", "Sourdough", "Rye bread", "Cookies",  "Pie",      "Salsa",     "Pickles",
           "Eggs",        "Coffee",    "Tea",       "Soap",     "Candles",  "Flowers",   "Herbs",
           "Basil",       "Mint",      "Chard",     "Leeks",    "Shallots", "Mushrooms", "Sprouts",
           "Microgreens"};
    static const char *const packs[]
        = {"", " (pint)", " (quart)", " (bunch)", " 1 lb bag", " (dozen)", " 8 oz", " (half peck)"};
    const int nv = int(std::size(varieties)), ni = int(std::size(items)),
              np = int(std::size(packs));
    QList<Product> out;
    std::mt19937 rng(11);
    for (int i = 0; i < n; ++i) {
        Product p;
        p.sku = QStringLiteral("P%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        p.name = QString::fromLatin1(varieties[i % nv]) + QLatin1Char(' ')
                 + QString::fromLatin1(items[(i / nv) % ni])
                 + QString::fromLatin1(packs[(i / (nv * ni)) % np]);
        if (i >= nv * ni * np)
            p.name += QStringLiteral(" #%1").arg(i / (nv * ni * np) + 1);
        p.category = QString::fromLatin1(items[(i / nv) % ni]);
        p.unit = (i % 3 == 0) ? Unit::Lb : Unit::Each;
        p.price = 100 + Minor(rng() % 2000);
        p.setClass(QStringLiteral("snap"), i % 7 != 0);
        if (i % 2 == 0)
            p.barcodes << QStringLiteral("20%1").arg(i + 1, 11, 10, QLatin1Char('0'));
        out << p;
    }
    return out;
}

int modeSearch(const QCommandLineParser &args)
{
    const QString work = args.value(QStringLiteral("work"));
    const int n = std::max(10, args.value(QStringLiteral("products")).toInt());
    QDir().mkpath(work);
    const QString path = work + QStringLiteral("/search-%1.sqlite").arg(n);
    // The catalog is reused between runs: making 10,000 products is not what is measured.
    {
        auto db = openDb(path);
        if (check(db->scalar(QStringLiteral("SELECT count(*) FROM products")), "count").toInt()
            != n) {
            db.reset();
            removeDatabase(path);
            db = openDb(path);
            ProductRepository repo(*db);
            Transaction tx(*db);
            check(tx.begun(), "begin");
            for (const Product &p : bigCatalog(n))
                check(repo.save(p, true), "save product");
            check(tx.commit(), "commit catalog");
        }
    }
    auto db = openDb(path);
    ProductRepository repo(*db);
    // What a vendor types at the counter, one keystroke at a time: names, a word in the middle
    // of a name, SKUs, a barcode typed by hand, and a miss.
    const QStringList typed = {QStringLiteral("tomato"),
                               QStringLiteral("heirloom tom"),
                               QStringLiteral("sourdough"),
                               QStringLiteral("honey"),
                               QStringLiteral("pint"),
                               QStringLiteral("goat"),
                               QStringLiteral("P0042"),
                               QStringLiteral("P9"),
                               QStringLiteral("apples"),
                               QStringLiteral("e"),
                               QStringLiteral("kale"),
                               QStringLiteral("200000000"),
                               QStringLiteral("microgreens"),
                               QStringLiteral("zzz"),
                               QStringLiteral("Sungold cher")};
    QList<double> times, wall;
    qint64 found = 0;
    const int repeats = args.isSet(QStringLiteral("quick")) ? 1 : 8;
    for (int warm = 0; warm < 1 + repeats; ++warm)
        for (const QString &word : typed)
            for (qsizetype k = 1; k <= word.size(); ++k) {
                const QString prefix = word.left(k);
                QElapsedTimer t;
                t.start();
                const double c0 = cpuMs();
                const QList<Product> hits = check(repo.search(prefix, 40), "search");
                const double cpu = cpuMs() - c0;
                const double ms = double(t.nsecsElapsed()) / 1e6;
                if (warm > 0) {
                    times << cpu;
                    wall << ms;
                    found += hits.size();
                }
            }
    if (found == 0)
        die(QStringLiteral("search found nothing"));
    out() << "# search: " << times.size() << " keystrokes over " << n << " products; CPU median "
          << median(times) << " ms, p99 " << percentile(times, 0.99) << " ms, max "
          << percentile(times, 1.0) << " ms; wall median " << median(wall) << " ms, p99 "
          << percentile(wall, 0.99) << " ms" << Qt::endl;
    bench("search_p99",
          percentile(times, 0.99),
          std::nan(""),
          "ms",
          "<=5",
          QStringLiteral("search-as-you-type over %1 products, CPU p99 of %2 keystrokes "
                         "(ProductRepository::search, 40 results)")
              .arg(n)
              .arg(times.size()));
    return 0;
}

// ---- prepare: today's market day on the big database --------------------------------------

int modePrepare(const QCommandLineParser &args)
{
    auto db = openDb(args.value(QStringLiteral("data")));
    MarketDayRepository days(*db);
    const int n = std::max(1, args.value(QStringLiteral("count")).toInt());
    auto open = check(days.current(), "market day");
    if (!open) {
        const QDate last = QDate::fromString(
            check(db->scalar(QStringLiteral("SELECT max(business_date) FROM market_days")), "date")
                .toString(),
            Qt::ISODate);
        open = check(days.open(QStringLiteral("Downtown Saturday Market"),
                               15000,
                               last.isValid() ? last.addDays(1) : QDate::currentDate()),
                     "open market day");
    }
    const int already = check(db->scalar(QStringLiteral("SELECT count(*) FROM sales WHERE "
                                                        "market_day_id = ?"),
                                         {open->id}),
                              "count")
                            .toInt();
    if (already >= n)
        return 0; // prepared before
    // A market day in full swing: a few hundred sales already rung up today.
    ProductRepository repo(*db);
    const QList<Product> products = check(repo.all(), "catalog");
    const SaleRules rules = check(SaleRules::load(*db), "rules");
    SaleRepository sales(*db);
    Transaction tx(*db);
    check(tx.begun(), "begin");
    for (int i = already; i < n; ++i) {
        Cart c;
        CartLine l;
        l.product = products[i % products.size()];
        l.qty = l.product.unit == Unit::Each ? 1000 : 800;
        c.lines << l;
        c.tenders << TenderEntry{QStringLiteral("cash"), 10000, {}};
        check(sales.record(c, rules, true), "sale");
    }
    check(tx.commit(), "commit");
    return 0;
}

// ---- start -----------------------------------------------------------------------------------

// What the desktop app does before the checkout takes its first scan (app/desktop/main.cpp,
// ui/MainWindow.cpp, ui/checkout/CheckoutPage.cpp), through the same core calls: open and
// check the database, the first-run catalog check, PIN lock state, sale rules, the open market
// day, the catalog for quick keys, the cart left open, today's sales for the status bar, and
// the sync queue length.
qint64 startOnce(const QString &path, QElapsedTimer &since)
{
    auto db = openDb(path);
    ProductRepository products(*db);
    check(products.all(true), "first-run check");
    PinStore pins(*db);
    check(pins.lockEnabled(), "pin lock");
    check(SaleRules::load(*db), "rules");
    MarketDayRepository days(*db);
    auto day = check(days.current(), "market day");
    check(products.all(), "catalog");
    CartStore carts(*db);
    check(carts.loadOpen(), "open cart");
    qint64 today = 0;
    if (day)
        today = check(SaleRepository(*db).daySummary(day->id), "today's sales").sales;
    check(db->pendingOutboxCount(), "outbox");
    const qint64 ns = since.nsecsElapsed();
    out() << "READY_NS " << ns << " CPU_MS " << cpuMs() << " TODAY " << today << Qt::endl;
    return ns;
}

int modeStartOnce(const QCommandLineParser &args, QElapsedTimer &since)
{
    startOnce(args.value(QStringLiteral("db")), since);
    return 0;
}

struct StartTimes
{
    QList<double> ready;   // ms, from main() to a usable checkout
    QList<double> cpu;     // CPU ms of the same
    QList<double> process; // ms, process spawn to exit (adds loading Qt and shutdown)
};

void startRun(const QString &db, StartTimes &t)
{
    QElapsedTimer wall;
    wall.start();
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("start-once"), QStringLiteral("--db"), db});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        die(QStringLiteral("start-once failed: %1")
                .arg(QString::fromLocal8Bit(p.readAllStandardError())));
    t.process << double(wall.nsecsElapsed()) / 1e6;
    const QByteArray o = p.readAllStandardOutput();
    const qsizetype i = o.indexOf("READY_NS ");
    if (i < 0)
        die(QStringLiteral("start-once printed no time"));
    t.ready << o.mid(i + 9).split(' ').first().toDouble() / 1e6;
    const qsizetype c = o.indexOf("CPU_MS ");
    if (c < 0)
        die(QStringLiteral("start-once printed no CPU time"));
    t.cpu << o.mid(c + 7).split(' ').first().toDouble();
}

int modeStart(const QCommandLineParser &args)
{
    const QString data = args.value(QStringLiteral("data"));
    const QString work = args.value(QStringLiteral("work"));
    const int runs = std::max(1, args.value(QStringLiteral("runs")).toInt());
    QDir().mkpath(work);
    // The empty shop: first run's demo catalog and an open market day, no sales.
    const QString empty = work + QStringLiteral("/start-empty.sqlite");
    freshShop(empty).reset();
    const qint64 sales
        = check(openDb(data)->scalar(QStringLiteral("SELECT count(*) FROM sales")), "count")
              .toLongLong();
    StartTimes full, none;
    startRun(data, full); // page cache warm-up, not counted
    startRun(empty, none);
    full = {};
    none = {};
    for (int i = 0; i < runs; ++i) {
        startRun(empty, none);
        startRun(data, full);
    }
    out() << "# start: " << sales << " sales; ready median " << median(full.ready) << " ms (empty "
          << median(none.ready) << " ms); whole process median " << median(full.process)
          << " ms (empty " << median(none.process) << " ms)" << Qt::endl;
    const QString what = QStringLiteral(
        "start to a usable checkout with %1 sales, CPU ms from main() (median of %2 fresh "
        "processes: open + rules + catalog + market day + today's sales + cart + outbox)");
    bench("start", median(full.cpu), std::nan(""), "ms", "<=500", what.arg(sales).arg(runs));
    bench("start_vs_empty",
          median(full.cpu),
          median(none.cpu),
          "ms",
          "<=1.3x",
          QStringLiteral("the same start against an empty database (CPU ms)"));
    return 0;
}

// ---- report ----------------------------------------------------------------------------------

struct YearRange
{
    QDate from, to;
};

// The first year of the history: every sale the generator made at the full size.
YearRange firstYear(Database &db)
{
    const QDate first = QDate::fromString(
        check(db.scalar(QStringLiteral("SELECT min(business_date) FROM market_days")), "date")
            .toString(),
        Qt::ISODate);
    if (!first.isValid())
        die(QStringLiteral("the database has no market days"));
    return {first, first.addYears(1).addDays(-1)};
}

int modeReport(const QCommandLineParser &args)
{
    auto db = openDb(args.value(QStringLiteral("data")));
    const YearRange y = firstYear(*db);
    QList<double> times, wall;
    qint64 rows = 0;
    QString how;
    const int runs = 4; // the first warms the page cache and is not counted
    const reports::ReportDefinition *def = reports::ReportCatalog::find(QStringLiteral("by_item"));
    if (!def)
        die(QStringLiteral("no by_item report in the catalog"));
    how = QStringLiteral("ReportRunner::table(by_item)");
    reports::ReportRunner runner(*db);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double c0 = cpuMs();
        const reports::ReportTable table
            = check(runner.table(*def, reports::ReportFilter{y.from, y.to, {}, {}}), "report");
        if (i > 0) {
            times << cpuMs() - c0;
            wall << double(t.nsecsElapsed()) / 1e6;
        }
        rows = table.rows.size();
    }
    const qint64 yearSales
        = check(db->scalar(QStringLiteral("SELECT count(*) FROM sales s WHERE ")
                               + sqlx::localDate(QStringLiteral("s"))
                               + QStringLiteral(" BETWEEN ? AND ?"),
                           {y.from.toString(Qt::ISODate), y.to.toString(Qt::ISODate)}),
                "count")
              .toLongLong();
    if (rows == 0)
        die(QStringLiteral("the report has no rows"));
    out() << "# report: " << how << " " << y.from.toString(Qt::ISODate) << ".."
          << y.to.toString(Qt::ISODate) << ", " << yearSales << " sales, " << rows
          << " rows; runs ms:" << bench::runs(times) << Qt::endl;
    bench("report_by_item",
          median(times),
          std::nan(""),
          "ms",
          "<=300",
          QStringLiteral("a year's sales by item, %1 sales, CPU ms (%2, median of %3)")
              .arg(yearSales)
              .arg(how)
              .arg(times.size()));
    return 0;
}

// ---- export ----------------------------------------------------------------------------------

// The query exportLines runs (Exports.cpp) for the whole history, for sqlite3 -csv.
QString linesSql()
{
    const QString s = QStringLiteral("s");
    return QStringLiteral("SELECT s.id, s.receipt_no, s.kind, ") + sqlx::isoTime(s)
           + QStringLiteral(", ") + sqlx::localDate(s)
           + QStringLiteral(", s.market_name, l.line_no, l.sku, l.name, l.category, l.unit, "
                            "l.qty, l.unit_price, l.gross, l.discount, l.net, l.tax_category, "
                            "l.tax_rate_ppm, l.tax, s.currency FROM sales s JOIN sale_lines l ON "
                            "l.sale_id = s.id WHERE 1 ORDER BY s.created_at, s.id, l.line_no");
}

int modeExport(const QCommandLineParser &args)
{
    const QString data = args.value(QStringLiteral("data"));
    const QString work = args.value(QStringLiteral("work"));
    const QString sqlite3 = args.value(QStringLiteral("sqlite3"));
    QDir().mkpath(work);
    const QString coreOut = work + QStringLiteral("/export-core.csv");
    const QString rawOut = work + QStringLiteral("/export-sqlite3.csv");
    const int runs = std::max(1, args.value(QStringLiteral("runs")).toInt());
    QList<double> core, raw, coreWall, rawWall;
    qint64 rows = 0;
    for (int i = 0; i < runs; ++i) {
        {
            QElapsedTimer t;
            t.start();
            const double c0 = childrenCpuMs();
            QProcess p;
            p.setStandardOutputFile(rawOut);
            p.start(sqlite3,
                    {QStringLiteral("-readonly"),
                     QStringLiteral("-csv"),
                     QStringLiteral("-header"),
                     data,
                     linesSql()});
            if (!p.waitForFinished(3600000) || p.exitCode() != 0)
                die(QStringLiteral("sqlite3 failed: %1")
                        .arg(QString::fromLocal8Bit(p.readAllStandardError())));
            raw << childrenCpuMs() - c0;
            rawWall << double(t.nsecsElapsed()) / 1e6;
        }
        {
            QElapsedTimer t;
            t.start();
            const double c0 = cpuMs();
            auto db = openDb(data);
            QFile f(coreOut);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                die(QStringLiteral("cannot write %1").arg(coreOut));
            rows = check(exportLines(*db, {}, &f, {}), "export");
            f.close();
            core << cpuMs() - c0;
            coreWall << double(t.nsecsElapsed()) / 1e6;
        }
    }
    out() << "# export: " << rows << " lines; core " << QFileInfo(coreOut).size()
          << " bytes, sqlite3 " << QFileInfo(rawOut).size()
          << " bytes; CPU ms core:" << bench::runs(core) << " sqlite3:" << bench::runs(raw)
          << "; wall ms core:" << bench::runs(coreWall) << " sqlite3:" << bench::runs(rawWall)
          << Qt::endl;
    if (rows == 0)
        die(QStringLiteral("the export has no rows"));
    bench("export_lines",
          *std::min_element(core.begin(), core.end()),
          *std::min_element(raw.begin(), raw.end()),
          "ms",
          "<=1.5x",
          QStringLiteral("CSV export of %1 lines, CPU ms (exportLines vs sqlite3 -csv of its "
                         "query, best of %2)")
              .arg(rows)
              .arg(runs));
    return 0;
}

// ---- memory ----------------------------------------------------------------------------------

qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    return -1;
}

int modeMemoryOnce(const QCommandLineParser &args, QElapsedTimer &since)
{
    const QString path = args.value(QStringLiteral("db"));
    startOnce(path, since);
    auto db = openDb(path);
    // Opening Reports: the section shows a report for the last year; the vendor looks at sales
    // by item and by day. Each runs on its own connection, as the worker thread does.
    const YearRange y = firstYear(*db);
    for (const char *name : {"by_item", "by_day", "by_tender"}) {
        const reports::ReportDefinition *def
            = reports::ReportCatalog::find(QString::fromLatin1(name));
        if (!def)
            continue;
        auto worker = openDb(path);
        reports::ReportRunner runner(*worker);
        check(runner.table(*def, reports::ReportFilter{y.from, y.to, {}, {}}), "report");
    }
    out() << "REPORTS ReportRunner" << Qt::endl;
    out() << "RSS_KB " << statusKb("VmRSS:") << " HWM_KB " << statusKb("VmHWM:") << Qt::endl;
    return 0;
}

int modeMemory(const QCommandLineParser &args)
{
    const QString data = args.value(QStringLiteral("data"));
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("memory-once"), QStringLiteral("--db"), data});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        die(QStringLiteral("memory-once failed: %1")
                .arg(QString::fromLocal8Bit(p.readAllStandardError())));
    const QByteArray o = p.readAllStandardOutput();
    const qsizetype i = o.indexOf("HWM_KB ");
    const qsizetype r = o.indexOf("RSS_KB ");
    if (i < 0 || r < 0)
        die(QStringLiteral("memory-once printed no figures"));
    const double hwm = o.mid(i + 7).split('\n').first().toDouble() / 1024.0;
    const double rss = o.mid(r + 7).split(' ').first().toDouble() / 1024.0;
    const bool reports = o.contains("REPORTS ");
    out() << "# memory: resident " << rss << " MB, peak " << hwm << " MB" << Qt::endl;
    bench("memory_reports",
          hwm,
          std::nan(""),
          "MB",
          "<=80",
          QStringLiteral("peak resident memory of a core process (no widgets) after start%1")
              .arg(reports ? QStringLiteral(" + Reports (by item, by day, by tender for a year)")
                           : QStringLiteral(" (no reports module in this build)")));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer since;
    since.start();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stallkeeper-bench"));
    QCommandLineParser args;
    args.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("what to measure"));
    for (const char *o : {"work", "data", "db", "baseline", "sqlite3", "count", "products", "runs"})
        args.addOption(
            QCommandLineOption(QString::fromLatin1(o), QString(), QStringLiteral("value")));
    args.addOption(QCommandLineOption(QStringLiteral("quick")));
    args.addHelpOption();
    args.process(app);
    const QString mode = args.positionalArguments().value(0);
    if (mode == u"commit")
        return modeCommit(args);
    if (mode == u"search")
        return modeSearch(args);
    if (mode == u"prepare")
        return modePrepare(args);
    if (mode == u"start")
        return modeStart(args);
    if (mode == u"start-once")
        return modeStartOnce(args, since);
    if (mode == u"report")
        return modeReport(args);
    if (mode == u"export")
        return modeExport(args);
    if (mode == u"memory")
        return modeMemory(args);
    if (mode == u"memory-once")
        return modeMemoryOnce(args, since);
    std::fprintf(stderr, "stallkeeper-bench: unknown mode \"%s\"\n", qPrintable(mode));
    return 2;
}
