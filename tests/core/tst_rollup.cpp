#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/Schema.h"
#include "core/reports/ReportRunner.h"
#include "core/sync/SaleBatch.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <sqlite3.h>

using namespace sk;

// The daily summaries of migration 6 (sale_items_daily, sales_daily) against a GROUP BY over
// the sales and lines themselves, whichever way the sales arrived, and after the upgrade of a
// database that had sales before the summaries existed.

namespace {

// Every row of a query as text, one string per row.
QStringList rows(Database &db, const QString &sql)
{
    QStringList out;
    auto q = db.exec(sql);
    if (!q)
        return {QStringLiteral("error: ") + q.error().detail};
    while (q->next()) {
        QStringList cells;
        for (int i = 0; i < q->record().count(); ++i)
            cells << q->value(i).toString();
        out << cells.join(u'|');
    }
    return out;
}

const char *kLocalDate = "date(s.created_at / 1000 + s.utc_offset, 'unixepoch')";

QString expectedItems()
{
    return QStringLiteral("SELECT ") + QLatin1String(kLocalDate)
           + QStringLiteral(
               ", s.market_name, s.currency, l.product_id, l.category, max(l.sku), max(l.name), "
               "max(l.unit), sum(s.kind = 'sale'), "
               "sum(CASE WHEN s.kind = 'sale' THEN l.qty ELSE 0 END), "
               "-sum(CASE WHEN s.kind <> 'sale' THEN l.qty ELSE 0 END), "
               "sum(CASE WHEN s.kind = 'sale' THEN l.gross ELSE 0 END), "
               "sum(CASE WHEN s.kind = 'sale' THEN l.discount ELSE 0 END), "
               "sum(CASE WHEN s.kind <> 'sale' THEN l.net ELSE 0 END), sum(l.net), sum(l.tax) "
               "FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
               "GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5");
}

QString actualItems()
{
    return QStringLiteral(
        "SELECT day, market_name, currency, product_id, category, sku, name, unit, lines_sold, "
        "qty_sold, qty_returned, gross, discount, returns, net, tax FROM sale_items_daily "
        "ORDER BY 1, 2, 3, 4, 5");
}

QString expectedSales()
{
    return QStringLiteral("SELECT s.market_day_id, ") + QLatin1String(kLocalDate)
           + QStringLiteral(
               ", s.market_name, s.currency, sum(s.kind = 'sale'), "
               "sum(CASE WHEN s.kind = 'sale' THEN s.subtotal ELSE 0 END), "
               "sum(CASE WHEN s.kind = 'sale' THEN s.discount ELSE 0 END), "
               "sum(CASE WHEN s.kind <> 'sale' THEN s.subtotal - s.discount ELSE 0 END), "
               "sum(s.subtotal - s.discount), sum(s.tax), sum(s.total) FROM sales s "
               "GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4");
}

QString actualSales()
{
    return QStringLiteral("SELECT market_day_id, day, market_name, currency, sales, gross, "
                          "discount, returns, net, tax, total FROM sales_daily "
                          "ORDER BY 1, 2, 3, 4");
}

// Rows of `sql` with positional binds, as rows() does.
QStringList rows(Database &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db.sql());
    if (!q.prepare(sql))
        return {QStringLiteral("error: prepare")};
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return {QStringLiteral("error: exec")};
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        out << cells.join(u'|');
    }
    return out;
}

// A report's rows (without its totals row) as text, as rows() gives them.
QStringList reportRows(Database &db, const QString &name, const reports::ReportFilter &f)
{
    auto t = reports::ReportRunner(db).table(*reports::ReportCatalog::find(name), f);
    if (!t)
        return {QStringLiteral("error: ") + t.error().detail};
    QStringList out;
    for (qsizetype r = 0; r < t->rows.size() - (t->hasTotals ? 1 : 0); ++r) {
        QStringList cells;
        for (const QVariant &v : t->rows[r])
            cells << v.toString();
        out << cells.join(u'|');
    }
    return out;
}

// The reports' WHERE over the sales `s` and lines `l` themselves, as they read before the
// summaries existed.
QString rawWhere(const reports::ReportFilter &f, QVariantList &binds, bool lines)
{
    QStringList w{QStringLiteral("1")};
    if (f.from.isValid()) {
        w << QLatin1String(kLocalDate) + QStringLiteral(" >= ?");
        binds << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        w << QLatin1String(kLocalDate) + QStringLiteral(" <= ?");
        binds << f.to.toString(Qt::ISODate);
    }
    if (!f.market.isEmpty()) {
        w << QStringLiteral("s.market_name = ?");
        binds << f.market;
    }
    if (lines && !f.category.isEmpty()) {
        w << QStringLiteral("l.category = ?");
        binds << f.category;
    }
    return w.join(QStringLiteral(" AND "));
}

// A copy of a stored sale as another device's sale: new ids, no stock movements.
SaleRecord asOtherDevice(SaleRecord r, const QString &receiptNo)
{
    r.id = newUuid7();
    r.deviceId = newUuid7();
    r.receiptNo = receiptNo;
    for (SaleLineRecord &l : r.lines)
        l.id = newUuid7();
    for (SaleTenderRecord &x : r.tenders)
        x.id = newUuid7();
    r.movements.clear();
    return r;
}

bool rawExec(const QString &path, const char *sql)
{
    sqlite3 *h = nullptr;
    bool ok = sqlite3_open(path.toUtf8().constData(), &h) == SQLITE_OK
              && sqlite3_exec(h, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(h);
    return ok;
}

} // namespace

class TestRollup : public test::DemoSaleSuite
{
    Q_OBJECT

    CartLine line(const Product &p, Milli q, Discount d = {}) { return CartLine{p, q, d}; }

    // Sales, a void, a partial and a full refund on two market days of two markets, and a sale
    // of another device arriving through sync for an earlier date in another time zone.
    void history()
    {
        test::FakeClock clock(
            QDateTime(QDate(2026, 6, 6), QTime(15, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        MarketDayRepository days(t->db());
        SaleRepository sales(t->db());
        QVERIFY(days.open(QStringLiteral("Saturday"), 10000));
        Cart a;
        a.lines = {line(jam, 2000), line(tomatoes, 375), line(cider, 1000)};
        a.tenders = {{QStringLiteral("snap"), 1869, {}}, {QStringLiteral("cash"), 500, {}}};
        auto first = sales.commit(a, rules);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().detail));
        clock.advance(60000);
        Cart b;
        b.lines = {line(jam, 1000, Discount::percent(100000)), line(tomatoes, 1250)};
        b.discount = Discount::amount(50);
        b.tenders = {{QStringLiteral("cash"), 2000, {}}};
        auto second = sales.commit(b, rules);
        QVERIFY(second);
        clock.advance(60000);
        Cart c;
        c.lines = {line(cider, 2000)};
        c.tenders = {{QStringLiteral("card"), 864, {}}};
        auto third = sales.commit(c, rules);
        QVERIFY(third);
        clock.advance(60000);
        QVERIFY(sales.voidSale(third->id, QStringLiteral("wrong item")));
        clock.advance(60000);
        QVERIFY(sales.refund(first->id,
                             {RefundItem{{}, QStringLiteral("JAM-STR"), 1000}},
                             QStringLiteral("dented jar")));
        QVERIFY(days.close());

        clock.advance(24 * 3600 * 1000);
        QVERIFY(days.open(QStringLiteral("Sunday market"), 0));
        clock.advance(60000);
        auto fourth = sales.commit(a, rules);
        QVERIFY(fourth);
        clock.advance(60000);
        QVERIFY(sales.refund(second->id, {}, QStringLiteral("changed mind")));

        // Another device's sale, pulled late: an earlier date, five hours west of UTC, so its
        // business date is the day before its UTC date.
        auto copy = sales.load(first->id);
        QVERIFY(copy);
        SaleRecord late = asOtherDevice(*copy, QStringLiteral("B-000001"));
        late.marketDayId = newUuid7();
        late.marketName = QStringLiteral("Tuesday market");
        late.createdAt
            = QDateTime(QDate(2026, 6, 2), QTime(2, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        late.utcOffset = -5 * 3600;
        late.hlc = Hlc::pack(late.createdAt, 0);
        Transaction tx(t->db());
        QVERIFY(tx.begun());
        QVERIFY(sales.insert(late));
        QVERIFY(tx.commit());
    }

    void compareWithRawTables()
    {
        const QStringList items = rows(t->db(), expectedItems());
        QVERIFY(items.size() > 5);
        QCOMPARE(rows(t->db(), actualItems()), items);
        QCOMPARE(rows(t->db(), actualSales()), rows(t->db(), expectedSales()));
    }

private slots:
    void init() { QVERIFY(startDemo()); }

    void summariesEqualTheLines()
    {
        history();
        if (QTest::currentTestFailed())
            return;
        compareWithRawTables();
        QCOMPARE(rows(t->db(), actualSales()).size(), 3); // three market days
        // The late sale is filed under its own local date, the day before its UTC date.
        QCOMPARE(rows(t->db(),
                      QStringLiteral("SELECT day FROM sales_daily WHERE market_name = "
                                     "'Tuesday market'")),
                 QStringList{QStringLiteral("2026-06-01")});
        // Refunds and voids land as returns: nothing of the voided cider sale is left in net.
        QCOMPARE(rows(t->db(),
                      QStringLiteral("SELECT qty_sold, qty_returned, net FROM sale_items_daily "
                                     "WHERE day = '2026-06-06' AND sku = 'CID-HOT'")),
                 rows(t->db(),
                      QStringLiteral("SELECT 3000, 2000, sum(l.net) FROM sale_lines l JOIN sales "
                                     "s ON s.id = l.sale_id WHERE l.sku = 'CID-HOT' AND "
                                     "date(s.created_at / 1000 + s.utc_offset, 'unixepoch') = "
                                     "'2026-06-06'")));
    }

    void daySummaryCountsSalesAndNetTotal()
    {
        test::FakeClock clock(
            QDateTime(QDate(2026, 6, 6), QTime(15, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        MarketDayRepository days(t->db());
        auto day = days.open(QStringLiteral("Saturday"), 0);
        QVERIFY(day);
        SaleRepository sales(t->db());
        auto empty = sales.daySummary(day->id);
        QVERIFY(empty);
        QCOMPARE(empty->sales, 0);
        QCOMPARE(empty->total, 0);
        Cart a;
        a.lines = {line(jam, 2000)};
        a.tenders = {{QStringLiteral("cash"), 2000, {}}};
        auto s1 = sales.commit(a, rules);
        QVERIFY(s1);
        auto s2 = sales.commit(a, rules);
        QVERIFY(s2);
        QVERIFY(sales.voidSale(s2->id, QStringLiteral("test")));
        auto summary = sales.daySummary(day->id);
        QVERIFY(summary);
        // Two sales rung up; the void takes the second one's money back out.
        QCOMPARE(summary->sales, 2);
        QCOMPARE(summary->total, s1->total);
    }

    // The reports that read the summaries give what the same sums over the sales and lines give,
    // under every filter they take.
    void reportsMatchTheLinesUnderEveryFilter()
    {
        history();
        if (QTest::currentTestFailed())
            return;
        using reports::ReportFilter;
        const QString saturday = QStringLiteral("Saturday");
        const QString cat = jam.category;
        const QDate d6(2026, 6, 6), d7(2026, 6, 7), d1(2026, 6, 1);
        const QList<ReportFilter> filters = {ReportFilter{},
                                             ReportFilter{d6, d6, {}, {}},
                                             ReportFilter{d1, d6, {}, {}},
                                             ReportFilter{d7, {}, {}, {}},
                                             ReportFilter{{}, d1, {}, {}},
                                             ReportFilter{{}, {}, saturday, {}},
                                             ReportFilter{{}, {}, {}, cat},
                                             ReportFilter{d6, d7, saturday, cat}};
        for (const ReportFilter &f : filters) {
            QVariantList b;
            const QString item
                = QStringLiteral(
                      "SELECT coalesce(p.sku, a.sku), coalesce(p.name, a.name), a.category, "
                      "coalesce(p.unit, a.unit), a.qs, a.qr, a.qs - a.qr, a.n, a.g, a.d, a.r, "
                      "a.net, "
                      "a.t, a.c FROM (SELECT l.product_id AS pid, max(l.sku) AS sku, max(l.name) "
                      "AS "
                      "name, max(l.category) AS category, max(l.unit) AS unit, "
                      "sum(CASE WHEN s.kind = 'sale' THEN l.qty ELSE 0 END) AS qs, "
                      "-sum(CASE WHEN s.kind <> 'sale' THEN l.qty ELSE 0 END) AS qr, "
                      "sum(s.kind = 'sale') AS n, "
                      "sum(CASE WHEN s.kind = 'sale' THEN l.gross ELSE 0 END) AS g, "
                      "sum(CASE WHEN s.kind = 'sale' THEN l.discount ELSE 0 END) AS d, "
                      "sum(CASE WHEN s.kind <> 'sale' THEN l.net ELSE 0 END) AS r, sum(l.net) AS "
                      "net, "
                      "sum(l.tax) AS t, s.currency AS c FROM sales s JOIN sale_lines l ON "
                      "l.sale_id = s.id WHERE ")
                  + rawWhere(f, b, true)
                  + QStringLiteral(" GROUP BY l.product_id, s.currency) a LEFT "
                                   "JOIN products p ON p.id = a.pid "
                                   "ORDER BY a.net DESC, 1");
            const QStringList expected = rows(t->db(), item, b);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(reportRows(t->db(), QStringLiteral("by_item"), f), expected);
            b.clear();
            const QString category
                = QStringLiteral(
                      "SELECT l.category, sum(s.kind = 'sale'), "
                      "sum(CASE WHEN s.kind = 'sale' THEN l.gross ELSE 0 END), "
                      "sum(CASE WHEN s.kind = 'sale' THEN l.discount ELSE 0 END), "
                      "sum(CASE WHEN s.kind <> 'sale' THEN l.net ELSE 0 END), sum(l.net), "
                      "sum(l.tax), s.currency FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
                      "WHERE ")
                  + rawWhere(f, b, true)
                  + QStringLiteral(" GROUP BY l.category, s.currency ORDER BY sum(l.net) DESC, 1");
            QCOMPARE(reportRows(t->db(), QStringLiteral("by_category"), f),
                     rows(t->db(), category, b));
            if (!f.category.isEmpty())
                continue;
            const QString sums = QStringLiteral(
                ", sum(s.kind = 'sale'), sum(CASE WHEN s.kind = 'sale' THEN s.subtotal ELSE 0 "
                "END), sum(CASE WHEN s.kind = 'sale' THEN s.discount ELSE 0 END), "
                "sum(CASE WHEN s.kind <> 'sale' THEN s.subtotal - s.discount ELSE 0 END), "
                "sum(s.subtotal - s.discount), sum(s.tax), s.currency FROM sales s WHERE ");
            const QString day = QLatin1String(kLocalDate);
            const QString weekday = QStringLiteral("((CAST(strftime('%w', ") + day
                                    + QStringLiteral(") AS INTEGER) + 6) % 7 + 1)");
            const QString names = QStringLiteral(
                "CASE %1 WHEN 1 THEN 'Monday' WHEN 2 THEN 'Tuesday' WHEN 3 THEN 'Wednesday' WHEN "
                "4 THEN 'Thursday' WHEN 5 THEN 'Friday' WHEN 6 THEN 'Saturday' ELSE 'Sunday' END");
            // Each of these reports: its leading columns, grouped by the first, over the sales.
            const QList<std::pair<QString, QString>> byHeader = {
                {QStringLiteral("by_day"), day + QStringLiteral(", ") + names.arg(weekday)},
                {QStringLiteral("by_weekday"), weekday + QStringLiteral(", ") + names.arg(weekday)},
                {QStringLiteral("by_market"),
                 QStringLiteral("s.market_name, count(DISTINCT s.market_day_id)")}};
            for (const auto &[name, keys] : byHeader) {
                b.clear();
                const QString sql = QStringLiteral("SELECT ") + keys + sums + rawWhere(f, b, false)
                                    + QStringLiteral(" GROUP BY 1, s.currency ORDER BY 1");
                QCOMPARE(reportRows(t->db(), name, f), rows(t->db(), sql, b));
            }
        }
    }

    // A pulled page's sales go in together (sync::SaleBatch) and the batch adds up their
    // summaries once for the page (schema 15) instead of each row's triggers: every summary of
    // migrations 6 and 11 ends with the same rows, on top of rows the triggers wrote before it.
    void aBatchOfSalesSumsUpAsTheTriggersDo()
    {
        history();
        if (QTest::currentTestFailed())
            return;
        SaleRepository from(t->db());
        const QStringList ids = rows(t->db(), QStringLiteral("SELECT id FROM sales ORDER BY hlc"));
        QVERIFY(ids.size() > 5);
        test::TempDb other;
        SaleRepository to(other.db());
        Transaction tx(other.db());
        QVERIFY(tx.begun());
        sync::SaleBatch batch;
        // As a page comes: runs of sales flushed before each other event (here a sale stored
        // by its triggers every fifth), their summaries added up once at the end.
        for (qsizetype i = 0; i < ids.size(); ++i) {
            auto sale = from.load(ids[i]);
            QVERIFY(sale);
            if (i < 2 || i % 5 == 0) {
                const Status flushed = batch.flush(other.db());
                QVERIFY2(flushed, qPrintable(flushed ? QString() : flushed.error().detail));
                QVERIFY(to.insert(*sale)); // the triggers
            } else {
                batch.add(*sale, i + 1);
            }
        }
        const Status flushed = batch.flush(other.db());
        QVERIFY2(flushed, qPrintable(flushed ? QString() : flushed.error().detail));
        const Status summed = batch.addSummaries(other.db());
        QVERIFY2(summed, qPrintable(summed ? QString() : summed.error().detail));
        QVERIFY(tx.commit());
        const auto sorted = [](Database &db, const char *table) {
            QStringList r = rows(db, QStringLiteral("SELECT * FROM ") + QLatin1String(table));
            r.sort();
            return r;
        };
        for (const char *table : {"sales_daily",
                                  "sale_items_daily",
                                  "sales_hourly",
                                  "tenders_daily",
                                  "tax_daily",
                                  "discount_lines",
                                  "program_daily"}) {
            const QStringList expected = sorted(t->db(), table);
            QVERIFY2(!expected.isEmpty(), table);
            QCOMPARE(sorted(other.db(), table), expected);
        }
        // The untaxed (SNAP) spread of the tax summary is in it.
        QVERIFY(
            !rows(other.db(), QStringLiteral("SELECT 1 FROM tax_daily WHERE paid <> 0")).isEmpty());
        QCOMPARE(rows(other.db(), QStringLiteral("SELECT count(*) FROM summary_batch")),
                 QStringList{QStringLiteral("0")});
    }

    // A database written before migration 6 (schema 5, no summaries) with sales in it: the
    // upgrade fills the summaries from the sales already stored, and later sales add to them.
    void upgradeFromVersion5Backfills()
    {
        history();
        if (QTest::currentTestFailed())
            return;
        const QStringList items = rows(t->db(), expectedItems());
        const QStringList days = rows(t->db(), expectedSales());

        // Schema 5 exactly as those versions created it, then this history's sales copied in.
        const QString old = t->dir() + QStringLiteral("/v5.sqlite");
        QStringList script;
        for (const Migration &m : migrations())
            if (m.version <= 5)
                script << m.statements;
        script << QStringLiteral("PRAGMA user_version = 5");
        script << QStringLiteral("ATTACH DATABASE '") + t->path() + QStringLiteral("' AS cur");
        for (const char *table : {"sales", "sale_lines"})
            script << QStringLiteral("INSERT INTO main.%1 SELECT * FROM cur.%1")
                          .arg(QLatin1String(table));
        script << QStringLiteral("INSERT INTO main.sale_tenders SELECT id, sale_id, line_no, "
                                 "tender, amount, tendered, change, untaxed, reference FROM "
                                 "cur.sale_tenders"); // the columns schema 5 had
        script << QStringLiteral("DETACH DATABASE cur");
        QVERIFY(rawExec(old, (script.join(QStringLiteral(";\n")) + u';').toUtf8().constData()));

        auto upgraded = Database::open(old);
        QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().detail));
        Database &db = **upgraded;
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version"))->toInt(),
                 Database::kSchemaVersion);
        QCOMPARE(rows(db, actualItems()), items);
        QCOMPARE(rows(db, actualSales()), days);

        // The triggers are in place after the upgrade: one more sale arriving through sync.
        SaleRepository repo(db);
        auto any = repo.list({}, 1);
        QVERIFY(any && !any->isEmpty());
        auto copy = repo.load(any->first().id);
        QVERIFY(copy);
        const SaleRecord more = asOtherDevice(*copy, QStringLiteral("C-000001"));
        Transaction tx(db);
        QVERIFY(tx.begun());
        QVERIFY(repo.insert(more));
        QVERIFY(tx.commit());
        QCOMPARE(rows(db, actualItems()), rows(db, expectedItems()));
        QCOMPARE(rows(db, actualSales()), rows(db, expectedSales()));
        QVERIFY(rows(db, actualSales()) != days);
    }
};

QTEST_GUILESS_MAIN(TestRollup)
#include "tst_rollup.moc"
