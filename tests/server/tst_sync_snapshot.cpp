// A new tablet joining a vendor with history starts from the server's snapshot (catalog, tax,
// tenders, market days, stock levels), sells at once, and fills in the history in the
// background. It must end with exactly what a tablet that pulled every event holds, also when
// sales, counts and deliveries arrive (and it sells itself) while the history comes down.

#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/StockLedger.h"
#include "core/sync/SyncClient.h"
#include "core/sync/SyncEngine.h"
#include "tests/server/ServerFixture.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QtTest>

#include <optional>

using namespace sk;

namespace {

struct Holding
{
    qint64 records = 0, total = 0, tax = 0, lines = 0, movements = 0;
    QMap<QString, Milli> stock;     // product id -> level
    QMap<QString, QString> catalog; // product id -> "sku|name|price|active"
};

Holding holding(Database &db)
{
    Holding s;
    auto t = db.exec(QStringLiteral(
        "SELECT count(*), coalesce(sum(total), 0), coalesce(sum(tax), 0), (SELECT count(*) FROM "
        "sale_lines), (SELECT count(*) FROM stock_movements) FROM sales"));
    if (t && t->next()) {
        s.records = t->value(0).toLongLong();
        s.total = t->value(1).toLongLong();
        s.tax = t->value(2).toLongLong();
        s.lines = t->value(3).toLongLong();
        s.movements = t->value(4).toLongLong();
    }
    if (auto levels = StockLedger(db).levels())
        for (const StockLevel &l : *levels)
            s.stock.insert(l.productId, l.level);
    if (auto products = ProductRepository(db).all(true))
        for (const Product &p : *products)
            s.catalog.insert(
                p.id, QStringLiteral("%1|%2|%3|%4").arg(p.sku, p.name).arg(p.price).arg(p.active));
    return s;
}

} // namespace

class TestSyncSnapshot : public test::ServerSuite
{
    Q_OBJECT

    // A sells for the vendor; B pulls every event; C starts from the snapshot.
    std::unique_ptr<test::TempDb> a, b, c;

    Product product(Database &db, const char *sku)
    {
        return *ProductRepository(db).bySku(QLatin1String(sku));
    }

    void sell(Database &db, const char *sku, Milli qty, const char *tender = "card")
    {
        const SaleRules rules = *SaleRules::load(db);
        Cart cart;
        cart.lines << CartLine{product(db, sku), qty, {}};
        auto comp = computeCart(rules, cart);
        cart.tenders << TenderEntry{QLatin1String(tender), comp->due, {}};
        auto r = SaleRepository(db).commit(cart, rules);
        QVERIFY2(r, r ? "" : qPrintable(r.error().detail));
    }

    void syncOk(Database &db, const std::function<void(sync::SyncClient &)> &configure = {})
    {
        const sync::SyncReport r = test::syncOnce(db, [&](sync::SyncClient &client) {
            client.setPageSize(5);
            if (configure)
                configure(client);
        });
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.rejected, 0);
    }

    void pullEverything(Database &db)
    {
        syncOk(db, [](sync::SyncClient &client) { client.setUseSnapshot(false); });
    }

    // One run of C taking one page of its history at most.
    void catchUpStep()
    {
        syncOk(c->db(), [](sync::SyncClient &client) { client.setHistoryPagesPerRun(1); });
    }

private slots:
    void init()
    {
        QVERIFY2(startServer(test::unthrottled()), qPrintable(server->error()));
        a = std::make_unique<test::TempDb>();
        b = std::make_unique<test::TempDb>();
        c = std::make_unique<test::TempDb>();
        QVERIFY(seedDemoCatalog(a->db()));
        QVERIFY(
            test::pairDevice(*server, a->db(), QStringLiteral("Hillside Farm"), QStringLiteral("A"))
                .isEmpty());
        QVERIFY(MarketDayRepository(a->db()).open(QStringLiteral("Saturday Market"), 10000));
        // A season in miniature: deliveries, counts, sales, a refund and a price change.
        StockLedger ledger(a->db());
        const QString jam = product(a->db(), "JAM-STR").id;
        const QString tom = product(a->db(), "VEG-TOM").id;
        QVERIFY(ledger.record(jam, QStringLiteral("receive"), 40000));
        QVERIFY(ledger.record(tom, QStringLiteral("count"), 60000, {}, QStringLiteral("loadout")));
        for (int i = 0; i < 30; ++i)
            sell(a->db(),
                 i % 3 ? "JAM-STR" : "VEG-TOM",
                 1000 + 250 * (i % 4),
                 i % 2 ? "cash" : "card");
        QVERIFY(ledger.record(jam, QStringLiteral("count"), 15000, {}, QStringLiteral("manual")));
        sell(a->db(), "JAM-STR", 2000);
        Product p = product(a->db(), "CID-HOT");
        p.price += 50;
        QVERIFY(ProductRepository(a->db()).save(p));
        syncOk(a->db());

        QVERIFY(
            test::pairDevice(*server, b->db(), QStringLiteral("Hillside Farm"), QStringLiteral("B"))
                .isEmpty());
        pullEverything(b->db());
        QVERIFY(
            test::pairDevice(*server, c->db(), QStringLiteral("Hillside Farm"), QStringLiteral("C"))
                .isEmpty());
    }

    void cleanup()
    {
        a.reset();
        b.reset();
        c.reset();
        server.reset();
    }

    // Right after the snapshot the new tablet shows the whole catalog and the stock levels of
    // the device that pulled everything, before any of the sales have come down.
    void readyToSellFromTheSnapshot()
    {
        QVERIFY(sync::SyncEngine(c->db()).wantsSnapshot());
        std::optional<Holding> atReady;
        std::optional<sync::CatchUp> dueAtReady;
        syncOk(c->db(), [&](sync::SyncClient &client) {
            QObject::connect(&client, &sync::SyncClient::snapshotApplied, &client, [&] {
                atReady = holding(c->db());
                dueAtReady = sync::SyncEngine(c->db()).catchUp();
            });
        });
        QVERIFY(atReady);
        const Holding full = holding(b->db());
        // Ready to sell: the whole catalog and the stock levels of the device that pulled
        // everything, before any sale has come down.
        QCOMPARE(atReady->catalog, full.catalog);
        QCOMPARE(atReady->stock, full.stock);
        QCOMPARE(atReady->records, qint64(0));
        QVERIFY(dueAtReady->active);
        QCOMPARE(dueAtReady->done, 0);
        // The same run filled in the history.
        const Holding after = holding(c->db());
        QCOMPARE(after.catalog, full.catalog);
        QCOMPARE(after.stock, full.stock);
        QCOMPARE(after.records, full.records);
        QCOMPARE(after.movements, full.movements);
        QVERIFY(!sync::SyncEngine(c->db()).catchUp().active);
        QCOMPARE(c->db().scalar(QStringLiteral("SELECT count(*) FROM stock_snapshot"))->toInt(), 0);
    }

    void sameAsPullingEverythingWithEventsDuringTheCatchUp()
    {
        // The first run: the snapshot and one page of the history.
        catchUpStep();
        const sync::CatchUp started = sync::SyncEngine(c->db()).catchUp();
        QVERIFY(started.active);
        QVERIFY(started.total > 0);
        Holding early = holding(c->db());
        const Holding full = holding(b->db());
        QCOMPARE(early.catalog, full.catalog);
        QCOMPARE(early.stock, full.stock); // the snapshot's levels, with part of the history in
        QVERIFY(early.records < full.records);

        // C opens its day and sells while its history comes down; A keeps selling, counts and
        // receives, and pushes. The first pages of the history are the catalog (the snapshot
        // had it): what arrives is mixed in once the history's sales are coming down.
        QVERIFY(MarketDayRepository(c->db()).open(QStringLiteral("Saturday Market"), 5000));
        int steps = 0;
        bool comparedAmidSales = false;
        while (sync::SyncEngine(c->db()).catchUp().active) {
            QVERIFY(++steps < 200);
            if (steps == 6) {
                sell(c->db(), "JAM-STR", 1000);
                sell(a->db(), "VEG-TOM", 500);
                syncOk(a->db());
            } else if (steps == 7) {
                QVERIFY(StockLedger(a->db()).record(product(a->db(), "VEG-TOM").id,
                                                    QStringLiteral("count"),
                                                    42000,
                                                    {},
                                                    QStringLiteral("manual")));
                sell(a->db(), "VEG-TOM", 1500, "cash");
                syncOk(a->db());
                sell(c->db(), "VEG-TOM", 250, "cash");
            } else if (steps == 8) {
                QVERIFY(StockLedger(c->db()).record(
                    product(c->db(), "JAM-STR").id, QStringLiteral("receive"), 6000));
            }
            catchUpStep();
            // While it catches up the till's stock is the vendor's stock: every level equals
            // the one of a device holding the same events in full.
            pullEverything(b->db());
            const Holding now = holding(c->db());
            QCOMPARE(now.stock, holding(b->db()).stock);
            const qint64 fromHistory
                = c->db()
                      .scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE "
                                             "device_id <> ?"),
                              {c->db().deviceId()})
                      ->toLongLong();
            comparedAmidSales = comparedAmidSales
                                || (fromHistory > 0 && sync::SyncEngine(c->db()).catchUp().active);
        }
        QVERIFY(steps > 8);
        QVERIFY(comparedAmidSales);

        // Everyone syncs; B, which pulled every event, and C hold exactly the same.
        syncOk(c->db());
        syncOk(a->db());
        pullEverything(b->db());
        syncOk(c->db());
        const Holding hb = holding(b->db());
        const Holding hc = holding(c->db());
        const Holding ha = holding(a->db());
        QCOMPARE(hc.records, hb.records);
        QCOMPARE(hc.total, hb.total);
        QCOMPARE(hc.tax, hb.tax);
        QCOMPARE(hc.lines, hb.lines);
        QCOMPARE(hc.movements, hb.movements);
        QCOMPARE(hc.stock, hb.stock);
        QCOMPARE(hc.catalog, hb.catalog);
        QCOMPARE(ha.stock, hb.stock);
        QCOMPARE(hb.records, qint64(31 + 2 + 2)); // A's 31 + 2, C's 2
        // Nothing applied twice, nothing left aside, no snapshot level left behind.
        for (Database *db : {&b->db(), &c->db()}) {
            QCOMPARE(
                db->scalar(QStringLiteral("SELECT count(*) FROM sync_deferred_events"))->toInt(),
                0);
            QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM stock_snapshot"))->toInt(), 0);
        }
        // Every event of the server is on C once: pulled, or made there.
        const qint64 events
            = *server->store().eventCount(server->vendor(QStringLiteral("Hillside Farm")));
        const auto count = [](Database &db, const char *sql) {
            return db.scalar(QLatin1String(sql))->toLongLong();
        };
        QCOMPARE(count(c->db(), "SELECT count(*) FROM applied_events")
                     + count(c->db(), "SELECT count(*) FROM outbox"),
                 events);
        QCOMPARE(count(b->db(), "SELECT count(*) FROM applied_events")
                     + count(b->db(), "SELECT count(*) FROM outbox"),
                 events);
    }

    // The snapshot is only for a device with nothing of its own yet, and a malformed one is
    // refused whole.
    void snapshotOnlyForANewDeviceAndReadStrictly()
    {
        QVERIFY(!sync::SyncEngine(b->db()).wantsSnapshot());
        const QJsonObject good{{QStringLiteral("schema"), sync::kSnapshotSchema},
                               {QStringLiteral("cursor"), QStringLiteral("5")},
                               {QStringLiteral("events"), QJsonArray{}},
                               {QStringLiteral("stock"), QJsonArray{}}};
        QVERIFY(sync::SyncEngine::parseSnapshot(good));
        QJsonObject wrongSchema = good;
        wrongSchema.insert(QStringLiteral("schema"), 99);
        QVERIFY(!sync::SyncEngine::parseSnapshot(wrongSchema));
        QJsonObject badStock = good;
        badStock.insert(QStringLiteral("stock"),
                        QJsonArray{QJsonObject{{QStringLiteral("product_id"), QStringLiteral("x")},
                                               {QStringLiteral("level"), QStringLiteral("1")},
                                               {QStringLiteral("hlc"), QStringLiteral("1")}}});
        QVERIFY(!sync::SyncEngine::parseSnapshot(badStock));
        auto snapshot = sync::SyncEngine::parseSnapshot(good);
        QVERIFY(!sync::SyncEngine(b->db()).applySnapshot(*snapshot));
    }
};

QTEST_GUILESS_MAIN(TestSyncSnapshot)
#include "tst_sync_snapshot.moc"
