// Three tablets of one vendor sell offline (sales, voids, refunds, counts, deliveries, price and
// name edits), then sync with the server in different orders. Every database and the server must
// end with the same sales totals, the same stock levels and the same catalog; every event stored
// exactly once.

#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/StockLedger.h"
#include "core/TaxTenderRepository.h"
#include "core/sync/SyncClient.h"
#include "core/sync/SyncEngine.h"
#include "tests/server/ServerFixture.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sk;

namespace {

struct Snapshot
{
    qint64 records = 0, total = 0, tax = 0;
    QMap<QString, Milli> stock;     // product id -> level
    QMap<QString, QString> catalog; // product id -> "sku|name|price|active"
};

Snapshot snapshot(Database &db)
{
    Snapshot s;
    auto t
        = db.exec(QStringLiteral("SELECT count(*), coalesce(sum(total), 0), coalesce(sum(tax), 0) "
                                 "FROM sales"));
    if (t && t->next()) {
        s.records = t->value(0).toLongLong();
        s.total = t->value(1).toLongLong();
        s.tax = t->value(2).toLongLong();
    }
    auto levels = StockLedger(db).levels();
    if (levels)
        for (const StockLevel &l : *levels)
            s.stock.insert(l.productId, l.level);
    auto products = ProductRepository(db).all(true);
    if (products)
        for (const Product &p : *products)
            s.catalog.insert(
                p.id, QStringLiteral("%1|%2|%3|%4").arg(p.sku, p.name).arg(p.price).arg(p.active));
    return s;
}

QByteArray tokenOf(Database &db)
{
    return db.localSetting(sync::keys::token()).toUtf8();
}

} // namespace

class TestSyncConvergence : public test::FarmSuite<3>
{
    Q_OBJECT

    SaleRules rules;

    Product product(int d, const char *sku)
    {
        return *ProductRepository(dev[d]->db()).bySku(QLatin1String(sku));
    }

    SaleRecord
    sell(int d, std::initializer_list<std::pair<const char *, Milli>> items, const char *tender)
    {
        Cart c;
        for (const auto &[sku, qty] : items)
            c.lines << CartLine{product(d, sku), qty, {}};
        return test::payInFull(dev[d]->db(), rules, c, QLatin1String(tender));
    }

private slots:
    void init()
    {
        QVERIFY2(startServer(), qPrintable(server->error()));
        for (auto &d : dev)
            d = std::make_unique<test::TempDb>();
        // Tablet A brings the catalog; B and C get it from the server.
        QVERIFY(seedDemoCatalog(dev[0]->db()));
        rules = *SaleRules::load(dev[0]->db());
        const char *names[] = {"A", "B", "C"};
        for (int i = 0; i < 3; ++i) {
            joinFarm(i, names[i]);
            syncOk(i);
        }
        QCOMPARE(snapshot(dev[1]->db()).catalog, snapshot(dev[0]->db()).catalog);
        QCOMPARE(snapshot(dev[2]->db()).catalog, snapshot(dev[0]->db()).catalog);
        for (auto &d : dev)
            QVERIFY(MarketDayRepository(d->db()).open(QStringLiteral("Saturday Market"), 10000));
    }

    void cleanup()
    {
        for (auto &d : dev)
            d.reset();
        server.reset();
    }

    void convergesWhateverTheOrder_data()
    {
        QTest::addColumn<QList<int>>("order");
        QTest::newRow("A B C") << QList<int>{0, 1, 2, 0, 1, 2};
        QTest::newRow("C A B, then B C A") << QList<int>{2, 0, 1, 1, 2, 0};
        QTest::newRow("B alone twice, C, A") << QList<int>{1, 1, 2, 0, 1, 2};
    }

    void convergesWhateverTheOrder()
    {
        QFETCH(QList<int>, order);
        // --- Offline sessions, interleaved in time -----------------------------------------
        // A sells, counts jam, then raises the tomato price.
        const SaleRecord a1 = sell(0, {{"JAM-STR", 2000}, {"VEG-TOM", 1500}}, "cash");
        sell(0, {{"CID-HOT", 1000}}, "card");
        // B receives a jam delivery and sells.
        const Product jamB = product(1, "JAM-STR");
        QVERIFY(StockLedger(dev[1]->db()).record(jamB.id, QStringLiteral("receive"), 12000));
        const SaleRecord b1 = sell(1, {{"JAM-STR", 1000}, {"VEG-TOM", 750}}, "cash");
        sell(1, {{"VEG-TOM", 2000}}, "card");
        // A counts the jam on its table: an absolute observation.
        const Product jamA = product(0, "JAM-STR");
        QVERIFY(StockLedger(dev[0]->db())
                    .record(jamA.id, QStringLiteral("count"), 20000, {}, QStringLiteral("manual")));
        // C sells jam after the count (it counts against the count), and wastes some.
        const SaleRecord c1 = sell(2, {{"JAM-STR", 3000}}, "cash");
        QVERIFY(StockLedger(dev[2]->db())
                    .record(product(2, "JAM-STR").id,
                            QStringLiteral("waste"),
                            1000,
                            QStringLiteral("dropped")));
        // Refunds and voids.
        QVERIFY(SaleRepository(dev[0]->db())
                    .refund(a1.id,
                            {RefundItem{a1.lines[0].id, {}, 1000}},
                            QStringLiteral("cracked jar")));
        QVERIFY(SaleRepository(dev[1]->db()).voidSale(b1.id, QStringLiteral("rang twice")));
        QVERIFY(SaleRepository(dev[2]->db()).refund(c1.id, {}, QStringLiteral("changed mind")));
        // Catalog edits on the same product from different tablets: A sets the price, B renames
        // it, C sets the price again later. Per field, the last writer wins everywhere.
        Product tomA = product(0, "VEG-TOM");
        tomA.price = 399;
        QVERIFY(ProductRepository(dev[0]->db()).save(tomA));
        Product tomB = product(1, "VEG-TOM");
        tomB.name = QStringLiteral("Heirloom tomatoes");
        QVERIFY(ProductRepository(dev[1]->db()).save(tomB));
        Product tomC = product(2, "VEG-TOM");
        tomC.price = 475;
        QVERIFY(ProductRepository(dev[2]->db()).save(tomC));
        // B counts tomatoes at the end of its day.
        QVERIFY(StockLedger(dev[1]->db())
                    .record(tomB.id, QStringLiteral("count"), 30000, {}, QStringLiteral("eod")));
        sell(0, {{"VEG-TOM", 1000}}, "card"); // after B's count: subtracts from it

        // --- Back online, in the given order -----------------------------------------------
        for (int d : order)
            syncOk(d);

        // --- Everyone agrees -----------------------------------------------------------------
        const Snapshot s0 = snapshot(dev[0]->db());
        for (int d = 1; d < 3; ++d) {
            const Snapshot s = snapshot(dev[d]->db());
            QCOMPARE(s.records, s0.records);
            QCOMPARE(s.total, s0.total);
            QCOMPARE(s.tax, s0.tax);
            QCOMPARE(s.stock, s0.stock);
            QCOMPARE(s.catalog, s0.catalog);
        }
        for (auto &d : dev)
            QCOMPARE(*d->db().pendingOutboxCount(), 0);
        QCOMPARE(s0.records, 9); // 6 sales, 2 refunds and 1 void
        const Product tom = product(0, "VEG-TOM");
        QCOMPARE(tom.price, 475);
        QCOMPARE(tom.name, QStringLiteral("Heirloom tomatoes"));
        // Jam: A's count of 20 absorbs what happened before it (B's delivery and sale, A's
        // sale); what came after follows: C's sale (-3), waste (-1) and refund (+3), A's refund
        // (+1) and B's void of its jam sale (+1).
        QCOMPARE(s0.stock.value(jamA.id), 20000 - 3000 - 1000 + 3000 + 1000 + 1000);
        // Tomatoes: B's count of 30 minus A's sale after it.
        QCOMPARE(s0.stock.value(tom.id), 30000 - 1000);

        // The server holds every event once and reports the same totals and levels.
        const QString vendorId = server->vendor(QStringLiteral("Hillside Farm"));
        auto sales = test::http("GET",
                                server->url() + QStringLiteral("/api/v1/sales?limit=1000"),
                                tokenOf(dev[1]->db()));
        QCOMPARE(sales.status, 200);
        const QJsonObject totals = sales.json.value(QLatin1String("totals")).toObject();
        QCOMPARE(totals.value(QLatin1String("records")).toString().toLongLong(), s0.records);
        QCOMPARE(totals.value(QLatin1String("total")).toString().toLongLong(), s0.total);
        QCOMPARE(totals.value(QLatin1String("tax")).toString().toLongLong(), s0.tax);
        auto stock = test::http(
            "GET", server->url() + QStringLiteral("/api/v1/stock"), tokenOf(dev[2]->db()));
        QCOMPARE(stock.status, 200);
        int compared = 0;
        for (const QJsonValue &v : stock.json.value(QLatin1String("levels")).toArray()) {
            const QJsonObject l = v.toObject();
            const QString id = l.value(QLatin1String("product_id")).toString();
            QCOMPARE(l.value(QLatin1String("level")).toString().toLongLong(), s0.stock.value(id));
            ++compared;
        }
        QVERIFY(compared >= 3);
        // Every event each tablet made is on the server exactly once (plus the catalog A sent
        // and the market days each opened before this session).
        auto count = server->store().eventCount(vendorId);
        QVERIFY(count);
        qint64 everything = 0;
        for (auto &d : dev)
            everything
                += d->db().scalar(QStringLiteral("SELECT count(*) FROM outbox"))->toLongLong();
        QCOMPARE(*count, everything);
        // A count made on another device within the clock-skew window of these sales is flagged
        // for review on the devices that received it.
        qint64 flags = 0;
        for (auto &d : dev)
            flags += sync::SyncEngine(d->db()).state()->reviewFlags;
        QVERIFY(flags > 0);
    }

    void repeatedSyncIsIdempotent()
    {
        sell(0, {{"JAM-STR", 1000}}, "cash");
        syncOk(0);
        syncOk(1);
        const Snapshot before = snapshot(dev[1]->db());
        // Pull everything again from the start: nothing changes.
        QVERIFY(dev[1]->db().setLocalSetting(sync::keys::cursor(), QStringLiteral("0")));
        const sync::SyncReport r = sync::SyncClient::syncBlocking(dev[1]->db());
        QVERIFY(r.ok);
        QVERIFY(r.pulled > 0);
        QCOMPARE(r.applied, 0);
        const Snapshot after = snapshot(dev[1]->db());
        QCOMPARE(after.records, before.records);
        QCOMPARE(after.stock, before.stock);
        QCOMPARE(after.catalog, before.catalog);
    }

    // A refund that reaches another tablet before the sale it refunds (batches stored out of
    // order after a failed push) is set aside, then applied once the sale arrives.
    void aRefundBeforeItsSaleIsAppliedWhenTheSaleArrives()
    {
        const SaleRecord sale = sell(0, {{"JAM-STR", 2000}}, "cash");
        auto refund = SaleRepository(dev[0]->db()).refund(sale.id, {}, QStringLiteral("bruised"));
        QVERIFY2(refund, qPrintable(refund ? QString() : refund.error().detail));
        auto envelope = [&](const QString &id) {
            auto v = dev[0]->db().scalar(
                QStringLiteral("SELECT payload FROM outbox WHERE event_id = ?"), {id});
            auto e = sync::parseEnvelope(QJsonDocument::fromJson(v->toString().toUtf8()).object());
            if (!e)
                qFatal("bad envelope: %s", qPrintable(e.error().detail));
            return *e;
        };
        sync::Event saleEvent = envelope(sale.id), refundEvent = envelope(refund->id);
        refundEvent.seq = 100000;
        saleEvent.seq = 100001;
        Database &b = dev[1]->db();
        sync::SyncEngine engine(b);
        const auto count = [&](const char *sql) {
            return b.scalar(QLatin1String(sql))->toLongLong();
        };
        QVERIFY(engine.applyPage({refundEvent}, 100000));
        QCOMPARE(count("SELECT count(*) FROM sales"), 0);
        QCOMPARE(count("SELECT count(*) FROM sync_deferred_events"), 1);
        QVERIFY(engine.applyPage({saleEvent}, 100001));
        QCOMPARE(count("SELECT count(*) FROM sync_deferred_events"), 0);
        QCOMPARE(count("SELECT count(*) FROM sales"), 2);
        QCOMPARE(count("SELECT sum(total) FROM sales"), 0);
        QCOMPARE(snapshot(b).stock, snapshot(dev[0]->db()).stock);
    }

    // A tax rate and a tender edited in Settings on one tablet reach the others through the
    // server, and their next sale uses them.
    void taxAndTenderEditsReachOtherDevices()
    {
        TaxTenderRepository a(dev[0]->db());
        TaxCategory prepared = *a.taxCategory(QStringLiteral("prepared"));
        prepared.ratePpm = 95000;
        QVERIFY(a.saveTaxCategory(prepared));
        TenderType token = *a.tenderType(QStringLiteral("credit_token"));
        token.faceValue = 200;
        QVERIFY(a.saveTenderType(token));
        syncOk(0);
        syncOk(1);
        TaxTenderRepository b(dev[1]->db());
        QCOMPARE(b.taxCategory(QStringLiteral("prepared"))->ratePpm, 95000);
        QCOMPARE(b.tenderType(QStringLiteral("credit_token"))->faceValue, 200);
        rules = *SaleRules::load(dev[1]->db());
        const SaleRecord sale = sell(1, {{"CID-HOT", 1000}}, "card");
        QCOMPARE(sale.tax, 38); // 4.00 at 9.5 %
    }
};

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "tst_sync_convergence.moc"
