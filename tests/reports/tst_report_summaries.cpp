#include "core/Catalog.h"
#include "core/DatabaseRows.h"
#include "core/DemoData.h"
#include "core/Ids.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/Schema.h"
#include "core/TaxTenderRepository.h"
#include "core/eod/MarketFees.h"
#include "core/reports/ReportRunner.h"
#include "core/sync/SaleBatch.h"
#include "tests/reports/ReportScans.h"
#include "tests/support/TestSupport.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QtTest>

#include <random>

using namespace sk;
using namespace sk::reports;

// Every report read from the summary tables (core/SchemaRollup.cpp, core/SchemaReports.cpp)
// against the same report computed by a scan of the sales, lines, tenders and movements
// (tests/reports/ReportScans.cpp), over a random history: demo sales across the change to
// daylight saving time, two tax rates of one category, prices with and without tax included,
// SNAP paying part of sales, discounts, refunds, voids, sales pulled by sync with their rows in
// another order, an incentive paid beside SNAP (matched sales, their refunds and voids, pulled
// copies of them, SNAP tenders that cancel out), and stock movements arriving late between
// counts. Also: the upgrade fills the
// summaries from the sales already stored, and the reports read summaries and indexes, not
// every sale.

namespace {

QString cellText(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("<null>") : v.toString();
}

QStringList tableText(const ReportTable &t)
{
    QStringList out;
    for (const QVariantList &row : t.rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells << cellText(v);
        out << cells.join(u'|');
    }
    return out;
}

QStringList planOf(Database &db, const ReportQuery &q)
{
    QSqlQuery p(db.sql());
    QStringList out;
    if (!p.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + q.sql))
        return {QStringLiteral("error: ") + p.lastError().text()};
    for (qsizetype i = 0; i < q.binds.size(); ++i)
        p.bindValue(int(i), q.binds[i]);
    if (!p.exec())
        return {QStringLiteral("error: ") + p.lastError().text()};
    while (p.next())
        out << p.value(3).toString();
    return out;
}

bool rawExec(const QString &path, const QString &sql)
{
    auto db = Database::open(path, {.allowOldSchema = true});
    if (!db)
        return false;
    for (const QString &s : sql.split(u';', Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty() && !(*db)->exec(s))
            return false;
    return true;
}

} // namespace

class TestReportSummaries : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDb> t;

    void generate(QDate start, int days, quint64 seed)
    {
        DemoOptions o;
        o.marketDays = days;
        o.salesPerDay = 45;
        o.seed = seed;
        o.start = start;
        auto s = generateDemoData(t->db(), o);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().detail));
    }

    // Refunds and voids of every 23rd sale, rung up on a market day of their own.
    void moreReturns(QDate day)
    {
        test::FakeClock clock(
            QDateTime(day, QTime(9, 0), QTimeZone::systemTimeZone()).toMSecsSinceEpoch());
        MarketDayRepository days(t->db());
        QVERIFY(days.open(QStringLiteral("Riverside Wednesday Market"), 5000, day));
        SaleRepository sales(t->db());
        const auto ids
            = queryTexts(t->db(),
                         QStringLiteral("SELECT id FROM sales WHERE kind = 'sale' AND id "
                                        "NOT IN (SELECT ref_sale_id FROM sales WHERE "
                                        "ref_sale_id IS NOT NULL) ORDER BY hlc"));
        QVERIFY(ids);
        const QStringList &all = *ids;
        for (qsizetype i = 0; i < all.size(); i += 23) {
            clock.advance(30000);
            if ((i / 23) % 2 == 0)
                QVERIFY(sales.voidSale(all[i], QStringLiteral("rang up twice")));
            else
                QVERIFY(sales.refund(all[i], {}, QStringLiteral("changed mind")));
        }
        QVERIFY(days.close());
    }

    // Copies of some SNAP sales as if pulled from another device: once through
    // SaleRepository::insert with the lines in reverse order, once as raw rows with the tenders
    // stored before the lines. The untaxed spread must not depend on the order rows arrive in.
    void pulledOutOfOrder()
    {
        const auto ids = queryTexts(
            t->db(),
            QStringLiteral("SELECT DISTINCT s.id FROM sales s JOIN sale_tenders t ON t.sale_id = "
                           "s.id WHERE t.untaxed <> 0 AND s.kind = 'sale' AND (SELECT count(*) "
                           "FROM sale_lines l WHERE l.sale_id = s.id) > 1 ORDER BY s.hlc LIMIT 6"));
        QVERIFY(ids);
        const QStringList &snap = *ids;
        QVERIFY(snap.size() >= 4);
        SaleRepository sales(t->db());
        int n = 0;
        for (const QString &id : snap) {
            ++n;
            if (n % 2) {
                auto copy = sales.load(id);
                QVERIFY(copy);
                SaleRecord r = *copy;
                r.id = newUuid7();
                r.deviceId = newUuid7();
                r.receiptNo = QStringLiteral("P-%1").arg(n);
                for (SaleLineRecord &l : r.lines)
                    l.id = newUuid7();
                for (SaleTenderRecord &x : r.tenders)
                    x.id = newUuid7();
                std::reverse(r.lines.begin(), r.lines.end());
                r.movements.clear();
                Transaction tx(t->db());
                QVERIFY(tx.begun());
                QVERIFY(sales.insert(r));
                QVERIFY(tx.commit());
                continue;
            }
            const QString sql
                = QStringLiteral(
                      "CREATE TEMP TABLE xs AS SELECT * FROM sales WHERE id = '%1';"
                      "UPDATE xs SET id = 'copy-' || id, receipt_no = 'Q-%2';"
                      "INSERT INTO sales SELECT * FROM xs;"
                      "CREATE TEMP TABLE xt AS SELECT * FROM sale_tenders WHERE sale_id = '%1';"
                      "UPDATE xt SET id = 'copy-' || id, sale_id = 'copy-' || sale_id;"
                      "INSERT INTO sale_tenders SELECT * FROM xt;"
                      "CREATE TEMP TABLE xl AS SELECT * FROM sale_lines WHERE sale_id = '%1';"
                      "UPDATE xl SET id = 'copy-' || id, sale_id = 'copy-' || sale_id;"
                      "INSERT INTO sale_lines SELECT * FROM xl ORDER BY line_no DESC;"
                      "DROP TABLE xs; DROP TABLE xt; DROP TABLE xl")
                      .arg(id)
                      .arg(n);
            for (const QString &s : sql.split(u';'))
                QVERIFY2(t->db().exec(s), qPrintable(s));
        }
    }

    // A market day of sales an incentive matched: SNAP (on the card or in tokens) with the
    // "Double Up" tender of its own program, an incentive without SNAP, market tokens beside
    // SNAP; then refunds and a void of some of them.
    void matchedSales(QDate day)
    {
        Database &db = t->db();
        // Paid back as it was paid (a market that takes its incentive back on a refund).
        auto saved = test::saveDoubleUp(db, RefundTo::Same);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().detail));
        QCOMPARE(saved->code, QStringLiteral("double_up"));
        Product tom;
        tom.sku = QStringLiteral("DU-TOM");
        tom.name = QStringLiteral("Tomatoes (matched)");
        tom.price = 300;
        tom.taxCategory = QStringLiteral("exempt");
        tom.classes = {QStringLiteral("snap"), QStringLiteral("fmnp"), QStringLiteral("token")};
        auto p = ProductRepository(db).save(tom);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().detail));
        const SaleRules rules = *SaleRules::load(db);
        test::FakeClock clock(
            QDateTime(day, QTime(9, 0), QTimeZone::systemTimeZone()).toMSecsSinceEpoch());
        MarketDayRepository days(db);
        QVERIFY(days.open(QStringLiteral("Hillside Sunday Market"), 5000, day));
        SaleRepository sales(db);
        QStringList rung;
        for (int i = 0; i < 14; ++i) {
            const Minor total = 300 * (3 + i % 4);
            Cart cart;
            cart.lines << CartLine{*p, 1000 * (3 + i % 4), {}};
            const auto tender = [](const char *code, Minor amount) {
                return TenderEntry{QLatin1String(code), amount, {}};
            };
            switch (i % 5) {
            case 0: // SNAP on the card, matched
                cart.tenders << tender("snap", total - 300) << tender("double_up", 300);
                break;
            case 1: // SNAP tokens, matched
                cart.tenders << tender("snap_token", total - 600) << tender("double_up", 600);
                break;
            case 2: // the incentive alone, the rest in cash: nothing issued
                cart.tenders << tender("double_up", 300) << tender("cash", total - 300);
                break;
            case 3: // market tokens beside SNAP: issued for the market's tokens
                cart.tenders << tender("snap", total - 500) << tender("credit_token", 500);
                break;
            default: // SNAP, the incentive and cash
                cart.tenders << tender("snap", 300) << tender("double_up", 300)
                             << tender("cash", total - 600);
            }
            clock.advance(45000);
            auto made = sales.commit(cart, rules);
            QVERIFY2(made, qPrintable(made ? QString() : made.error().detail));
            rung << made->id;
        }
        for (int i : {0, 1, 4, 8}) {
            clock.advance(30000);
            auto r = sales.refund(rung[i], {}, QStringLiteral("bruised"));
            QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
        }
        clock.advance(30000);
        QVERIFY(sales.voidSale(rung[5], QStringLiteral("rang up twice")));
        QVERIFY(days.close());
    }

    // Matched sales as another device sends them: copies applied as a page's batch (their
    // summaries added up once, schema 15), and sales whose SNAP tenders paid with both signs,
    // one cancelling out (no SNAP: nothing issued) and one not.
    void pulledMatched()
    {
        Database &db = t->db();
        SaleRepository sales(db);
        const auto ids = queryTexts(
            db,
            QStringLiteral(
                "SELECT DISTINCT s.id FROM sales s JOIN sale_tenders t ON t.sale_id = s.id WHERE "
                "t.tender = 'double_up' AND s.kind = 'sale' ORDER BY s.hlc"));
        QVERIFY(ids);
        const QStringList &matched = *ids;
        QVERIFY(matched.size() >= 10);
        const auto copyOf = [&](const QString &id, int n) {
            SaleRecord r = *sales.load(id);
            r.id = newUuid7();
            r.deviceId = QStringLiteral("0190a000-0000-7000-8000-00000000000b");
            r.receiptNo = QStringLiteral("PB-%1").arg(n, 6, 10, QLatin1Char('0'));
            r.refSaleId.clear();
            for (SaleLineRecord &l : r.lines) {
                l.id = newUuid7();
                l.refLineId.clear();
            }
            for (SaleTenderRecord &x : r.tenders) {
                x.id = newUuid7();
                x.refTenderId.clear();
            }
            r.movements.clear();
            return r;
        };
        Transaction tx(db);
        QVERIFY(tx.begun());
        sync::SaleBatch batch;
        for (qsizetype i = 0; i < matched.size(); ++i)
            batch.add(copyOf(matched[i], int(i)), 900000 + i);
        const Status flushed = batch.flush(db);
        QVERIFY2(flushed, qPrintable(flushed ? QString() : flushed.error().detail));
        const Status summed = batch.addSummaries(db);
        QVERIFY2(summed, qPrintable(summed ? QString() : summed.error().detail));
        // SNAP +5.00 and SNAP tokens -5.00 (none in all), then -2.00 (3.00 in all), each with
        // the incentive: the same tenders with the same signs, issued only in the second.
        for (const Minor back : {Minor(500), Minor(200)}) {
            SaleRecord r = copyOf(matched[0], int(back));
            QVERIFY(r.tenders.size() >= 2);
            SaleTenderRecord snap = r.tenders[0], token = r.tenders[0], dufb = r.tenders[1];
            snap.tender = QStringLiteral("snap");
            snap.amount = snap.tendered = 500;
            token.id = newUuid7();
            token.lineNo = 3;
            token.tender = QStringLiteral("snap_token");
            token.amount = token.tendered = -back;
            dufb.tender = QStringLiteral("double_up");
            dufb.amount = dufb.tendered = 300;
            r.tenders = {snap, dufb, token};
            QVERIFY(sales.insert(r));
        }
        QVERIFY(tx.commit());
    }

    // Stock movements and counts that arrive late (by sync), between counts already stored.
    void lateStock()
    {
        auto counts = t->db().exec(QStringLiteral(
            "SELECT product_id, hlc FROM stock_movements WHERE kind = 'count' ORDER BY hlc"));
        QVERIFY(counts);
        QList<QPair<QString, qint64>> all;
        while (counts->next())
            all << qMakePair(counts->value(0).toString(), counts->value(1).toLongLong());
        QVERIFY(all.size() > 20);
        std::mt19937 rng(11);
        for (int i = 0; i < 12; ++i) {
            const auto &c = all[qsizetype(rng() % quint32(all.size()))];
            const bool count = i % 3 == 0;
            QVERIFY(t->db().exec(
                QStringLiteral("INSERT INTO stock_movements (id, product_id, kind, qty, hlc, "
                               "device_id, created_at, context) VALUES (?, ?, ?, ?, ?, 'other', "
                               "?, ?)"),
                {newUuid7(),
                 c.first,
                 count ? QStringLiteral("count") : QStringLiteral("waste"),
                 count ? 17000 : -(1000 + i * 250),
                 c.second - 3 - i,
                 (c.second >> 16) - 1000,
                 count ? QStringLiteral("manual") : QString()}));
        }
    }

    void history()
    {
        // Nine market days from 2025-03-01: New York moves its clocks on 2025-03-09.
        generate(QDate(2025, 3, 1), 9, 7);
        // Then the general rate changes and prices start to include tax.
        QVERIFY(t->db().exec(
            QStringLiteral("UPDATE tax_categories SET rate_ppm = 65000 WHERE code = 'general'")));
        QVERIFY(t->db().exec(QStringLiteral("UPDATE tax_categories SET rate_ppm = 50000 WHERE "
                                            "code = 'prepared'")));
        QVERIFY(t->db().exec(
            QStringLiteral("UPDATE settings SET value = '1' WHERE key = 'tax_inclusive'")));
        generate(QDate(2025, 3, 19), 6, 8);
        moreReturns(QDate(2025, 4, 9));
        pulledOutOfOrder();
        matchedSales(QDate(2025, 4, 13));
        pulledMatched();
        lateStock();
        // Every market charges a fee: 5 % of sales without tax, between 2.00 and 30.00 a day.
        Database &db = t->db();
        for (const QString &m : MarketDayRepository(db).marketNames().value_or(QStringList()))
            QVERIFY(MarketFees(db).save(MarketFee{m, 50000, {}, false, 200, 3000, 500}));
    }

    // Every report under every filter it takes: the summaries give the scan's rows exactly.
    void compareEveryReport(Database &db)
    {
        QHash<QString, ReportDefinition> scans;
        for (const ReportDefinition &r : scan::catalog())
            scans.insert(r.name, r);
        QCOMPARE(scans.size(), ReportCatalog::all().size());
        const QList<ReportFilter> filters{
            {},
            {QDate(2025, 3, 8), QDate(2025, 3, 22), {}, {}},
            {QDate(2025, 3, 9), QDate(2025, 3, 9), {}, {}},
            {{}, {}, QStringLiteral("Downtown Saturday Market"), {}},
            {QDate(2025, 3, 1), QDate(2025, 4, 30), QStringLiteral("Hillside Sunday Market"), {}},
            {{}, {}, {}, QStringLiteral("Vegetables")},
            {QDate(2025, 3, 15),
             {},
             QStringLiteral("Riverside Wednesday Market"),
             QStringLiteral("Bread")},
        };
        ReportRunner runner(db);
        for (const ReportDefinition &r : ReportCatalog::all()) {
            // Pick-up orders have no summary to compare (their report reads the orders; this
            // history has none): their golden file in tst_reports covers them.
            if (r.name == u"preorders")
                continue;
            int compared = 0;
            for (const ReportFilter &f : filters) {
                if (!ReportCatalog::validate(r, f))
                    continue;
                auto summary = runner.table(r, f);
                QVERIFY2(summary, qPrintable(r.name));
                auto scan = runner.table(scans[r.name], f);
                QVERIFY2(scan, qPrintable(r.name));
                const QStringList a = tableText(*summary), b = tableText(*scan);
                if (a != b) {
                    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i)
                        if (a.value(i) != b.value(i))
                            qWarning().noquote()
                                << r.name << "row" << i << "\n summary:" << a.value(i)
                                << "\n scan:   " << b.value(i);
                }
                QVERIFY2(a == b, qPrintable(r.name));
                if (!f.from.isValid() && f.market.isEmpty() && f.category.isEmpty())
                    QVERIFY2(b.size() > 1, qPrintable(r.name + QStringLiteral(" has no rows")));
                ++compared;
            }
            QVERIFY2(compared >= 4, qPrintable(r.name));
        }
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "America/New_York");
        tzset();
    }

    void init() { t = std::make_unique<test::TempDb>(); }

    void historyHasWhatTheComparisonNeeds()
    {
        history();
        Database &db = t->db();
        auto count = [&](const char *sql) {
            return db.scalar(QLatin1String(sql))->toLongLong();
        };
        QVERIFY(count("SELECT count(*) FROM sales WHERE kind = 'refund'") >= 5);
        QVERIFY(count("SELECT count(*) FROM sales WHERE kind = 'void'") >= 5);
        QVERIFY(count("SELECT count(DISTINCT utc_offset) FROM sales") >= 2);
        QVERIFY(count("SELECT count(DISTINCT tax_rate_ppm) FROM sale_lines") >= 4);
        QVERIFY(count("SELECT count(DISTINCT tax_inclusive) FROM sales") == 2);
        QVERIFY(count("SELECT count(*) FROM sale_tenders WHERE untaxed <> 0") >= 10);
        QVERIFY(count("SELECT count(*) FROM sale_lines WHERE discount <> 0") >= 10);
        // SNAP sales with a taxed line as well as eligible ones, where the spread matters.
        QVERIFY(count("SELECT count(DISTINCT l.sale_id) FROM sale_lines l JOIN sale_tenders t ON "
                      "t.sale_id = l.sale_id WHERE t.untaxed <> 0 AND l.tax <> 0")
                >= 1);
        // Sales an incentive matched, refunds and a void of some, and pulled copies.
        const char *matched = "SELECT count(DISTINCT s.id) FROM sales s JOIN sale_tenders t ON "
                              "t.sale_id = s.id AND t.tender = 'double_up' JOIN sale_tenders u ON "
                              "u.sale_id = s.id AND u.tender IN ('snap', 'snap_token') WHERE "
                              "s.kind = ";
        QVERIFY(count((QByteArray(matched) + "'sale'").constData()) >= 16);
        QVERIFY(count((QByteArray(matched) + "'refund'").constData()) >= 3);
        QVERIFY(count((QByteArray(matched) + "'void'").constData()) >= 1);
        QVERIFY(count("SELECT count(*) FROM summary_batch") == 0);
        QVERIFY(count("SELECT count(*) FROM applied_events") >= 10);
        QVERIFY(count("SELECT count(*) FROM sale_tenders WHERE tender = 'snap_token' AND "
                      "amount < 0 AND sale_id IN (SELECT id FROM sales WHERE kind = 'sale')")
                == 2);
    }

    void everyReportEqualsItsScan()
    {
        history();
        compareEveryReport(t->db());
        if (QTest::currentTestFailed())
            return;
        // Programs and eligibility are settings: the reports follow them as they are now,
        // over the sales already stored.
        Database &db = t->db();
        QVERIFY(db.exec(QStringLiteral("INSERT OR REPLACE INTO tender_programs (tender, program, "
                                       "deposit_days) VALUES ('snap', 'SNAP', 0), ('cash', "
                                       "'Double Up Food Bucks', 0)")));
        QVERIFY(db.exec(QStringLiteral("UPDATE tender_types SET eligibility = 'snap' WHERE code = "
                                       "'credit_token'")));
        compareEveryReport(db);
    }

    // A database of schema 10 (before these summaries) with this history in it: the upgrade
    // fills the summaries from the rows already stored, and later sales add to them.
    void upgradeFillsTheSummaries()
    {
        history();
        const QString path = t->path();
        (void)t->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QString old = t->dir() + QStringLiteral("/v10.sqlite");
        QVERIFY(QFile::copy(path, old));
        // Migration 11 only adds objects: dropping them is schema 10 with the same rows.
        QStringList drop;
        {
            auto db = Database::open(old);
            QVERIFY(db);
            auto q = (*db)->exec(QStringLiteral(
                "SELECT type, name FROM sqlite_master WHERE name IN ('sales_hourly', "
                "'tenders_daily', 'tax_daily', 'discount_lines', 'stock_count_expected', "
                "'sales_receipt', 'sales_returns') OR (type = 'trigger' AND name IN "
                "('sales_hourly_add', 'tenders_daily_add', 'tax_daily_add', "
                "'tax_daily_line_spread', 'tax_daily_tender_spread', 'discount_lines_add', "
                "'stock_count_expected_count', 'stock_count_expected_move'))"));
            QVERIFY(q);
            while (q->next())
                if (q->value(0).toString() != u"index"
                    || q->value(1).toString().startsWith(u"sales_"))
                    drop << QStringLiteral("DROP %1 IF EXISTS %2")
                                .arg(q->value(0).toString().toUpper(), q->value(1).toString());
        }
        QCOMPARE(drop.size(), 15);
        drop << QStringLiteral("PRAGMA user_version = 10");
        QVERIFY(rawExec(old, drop.join(u';')));

        auto upgraded = Database::open(old);
        QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().detail));
        Database &db = **upgraded;
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version"))->toInt(),
                 Database::kSchemaVersion);
        compareEveryReport(db);
        if (QTest::currentTestFailed())
            return;
        // The triggers are in place after the upgrade: a sale pulled from another device.
        SaleRepository repo(db);
        auto id = db.scalar(QStringLiteral("SELECT s.id FROM sales s JOIN sale_tenders t ON "
                                           "t.sale_id = s.id WHERE t.untaxed <> 0 LIMIT 1"));
        QVERIFY(id);
        auto copy = repo.load(id->toString());
        QVERIFY(copy);
        SaleRecord more = *copy;
        more.id = newUuid7();
        more.deviceId = newUuid7();
        more.receiptNo = QStringLiteral("C-000001");
        for (SaleLineRecord &l : more.lines)
            l.id = newUuid7();
        for (SaleTenderRecord &x : more.tenders)
            x.id = newUuid7();
        more.movements.clear();
        Transaction tx(db);
        QVERIFY(tx.begun());
        QVERIFY(repo.insert(more));
        QVERIFY(tx.commit());
        compareEveryReport(db);
    }

    // The reports of a few rows per day read summaries, never every sale, line or tender; the
    // listings of returns and discounts read only those rows through their own index; a stock
    // count's expected level is stored, not summed over every movement; a receipt number is
    // found through an index.
    void reportsReadSummariesAndIndexes()
    {
        Database &db = t->db();
        const QRegularExpression rawTables(
            QStringLiteral("\\b(FROM|JOIN)\\s+(sales|sale_lines|sale_tenders)\\b"));
        const ReportFilter year{QDate(2025, 1, 1), QDate(2025, 12, 31), {}, {}};
        const QStringList listings{QStringLiteral("sales"),
                                   QStringLiteral("lines"),
                                   QStringLiteral("refunds_voids"),
                                   QStringLiteral("discounts"),
                                   QStringLiteral("stock_variance"),
                                   // Each sale's tax share of the tenders a fee counts is in
                                   // no summary: this reads the sales of its market days.
                                   QStringLiteral("market_fees"),
                                   QStringLiteral("preorders")};
        for (const ReportDefinition &r : ReportCatalog::all()) {
            auto q = r.build(db, year);
            QVERIFY(q);
            const QStringList plan = planOf(db, *q);
            QVERIFY2(!plan.isEmpty() && !plan.first().startsWith(u"error"),
                     qPrintable(r.name + plan.join(u'\n')));
            if (!listings.contains(r.name))
                QVERIFY2(!rawTables.match(q->sql).hasMatch(), qPrintable(r.name + u' ' + q->sql));
        }
        auto plan = [&](const char *name) {
            return planOf(db, *ReportCatalog::find(QLatin1String(name))->build(db, year))
                .join(u'\n');
        };
        QVERIFY2(plan("refunds_voids").contains(u"sales_returns"),
                 qPrintable(plan("refunds_voids")));
        const QString discounts = plan("discounts");
        QVERIFY2(!discounts.contains(u"SCAN s") && !discounts.contains(u"SCAN l"),
                 qPrintable(discounts));
        const QString stock = plan("stock_variance");
        QVERIFY2(!stock.contains(u"stock_movements_product_hlc") && !stock.contains(u"SCAN m"),
                 qPrintable(stock));
        const QString receipt = planOf(db,
                                       {QStringLiteral("SELECT id FROM sales WHERE receipt_no = ?"),
                                        {QStringLiteral("x")}})
                                    .join(u'\n');
        QVERIFY2(receipt.contains(u"sales_receipt"), qPrintable(receipt));
    }

    // The printed receipt number finds its sale (what a refund or void is started from).
    void receiptNumberFindsTheSale()
    {
        generate(QDate(2025, 3, 1), 2, 3);
        SaleRepository sales(t->db());
        auto q = t->db().exec(
            QStringLiteral("SELECT id, receipt_no FROM sales ORDER BY hlc DESC LIMIT 1"));
        QVERIFY(q && q->next());
        auto byReceipt = sales.load(q->value(1).toString());
        QVERIFY(byReceipt);
        QCOMPARE(byReceipt->id, q->value(0).toString());
        QVERIFY(!sales.load(QStringLiteral("ZZZ-999999")));
    }
};

QTEST_GUILESS_MAIN(TestReportSummaries)
#include "tst_report_summaries.moc"
