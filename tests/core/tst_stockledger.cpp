#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/StockLedger.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

#include <algorithm>
#include <random>

using namespace sk;

class TestStockLedger : public QObject
{
    Q_OBJECT

    static StockMovement mv(const QString &product,
                            const char *kind,
                            Milli qty,
                            qint64 hlc,
                            const char *device = "other-device")
    {
        return test::stockMovement(product, kind, qty, hlc, device);
    }

private slots:
    void levelIsLatestCountPlusLaterMovements()
    {
        test::DemoDb t;
        const QString jam = t.idOf("JAM-STR");
        StockLedger ledger(t.db());
        QCOMPARE(ledger.level(jam)->level, 0);
        QVERIFY(ledger.record(jam, QStringLiteral("receive"), 24000));
        QCOMPARE(ledger.level(jam)->level, 24000);
        QVERIFY(ledger.record(jam, QStringLiteral("waste"), 1000, QStringLiteral("broken jar")));
        QCOMPARE(ledger.level(jam)->level, 23000);
        QVERIFY(ledger.record(jam, QStringLiteral("count"), 20000, {}, QStringLiteral("eod")));
        QCOMPARE(ledger.level(jam)->level, 20000);
        QVERIFY(ledger.record(jam, QStringLiteral("adjust"), -2000, QStringLiteral("gift")));
        QCOMPARE(ledger.level(jam)->level, 18000);
        QVERIFY(!ledger.record(jam, QStringLiteral("count"), -1));
        QVERIFY(!ledger.record(jam, QStringLiteral("sale"), 1000));
        QVERIFY(!ledger.record(QStringLiteral("nope"), QStringLiteral("receive"), 1000));
    }

    // The inventory's one-statement read of every level says what level() says of each product:
    // counted, never counted, counted then moved, and a level taken over from a snapshot.
    void levelsAgreeWithEachLevel()
    {
        test::DemoDb t;
        ProductRepository products(t.db());
        StockLedger ledger(t.db());
        QVERIFY(ledger.record(t.idOf("JAM-STR"), QStringLiteral("receive"), 24000));
        QVERIFY(ledger.record(t.idOf("JAM-STR"), QStringLiteral("count"), 20000));
        QVERIFY(ledger.record(t.idOf("JAM-STR"), QStringLiteral("waste"), 1000));
        QVERIFY(ledger.record(t.idOf("BRD-BAG"), QStringLiteral("receive"), 12000));
        QVERIFY(ledger.record(t.idOf("EGG-DOZ"), QStringLiteral("count"), 5000));
        QVERIFY(ledger.record(t.idOf("EGG-DOZ"), QStringLiteral("count"), 7000));
        QVERIFY(ledger.record(t.idOf("BRD-RYE"), QStringLiteral("receive"), 3000));
        // A snapshot newer than every movement of rye bread, older than its next one.
        QVERIFY(t.db().exec(QStringLiteral("INSERT INTO stock_snapshot (product_id, level, hlc) "
                                           "SELECT ?, 9000, max(hlc) + 1 FROM stock_movements"),
                            {t.idOf("BRD-RYE")}));
        QVERIFY(ledger.record(t.idOf("BRD-RYE"), QStringLiteral("adjust"), -500));
        auto all = ledger.levels();
        QVERIFY(all);
        QCOMPARE(all->size(), products.all()->size());
        for (const StockLevel &l : std::as_const(*all)) {
            auto one = ledger.level(l.productId);
            QVERIFY(one);
            QCOMPARE(l.level, one->level);
            QCOMPARE(l.counted, one->counted);
            QCOMPARE(l.lastCountHlc, one->lastCountHlc);
        }
        QCOMPARE(ledger.level(t.idOf("JAM-STR"))->level, 19000);
        QCOMPARE(ledger.level(t.idOf("EGG-DOZ"))->level, 7000);
        QCOMPARE(ledger.level(t.idOf("BRD-RYE"))->level, 8500);
    }

    // docs/architecture.md "Stock is a log": B sells 2 offline; A, still seeing 10, counts 8.
    // Truth is 8.
    void lateEventsMergeByTimestamp()
    {
        test::DemoDb t;
        const QString p = t.idOf("BRD-SOUR");
        StockLedger ledger(t.db());
        const qint64 base = Hlc::pack(1700000000000, 0);
        QList<StockMovement> events = {
            mv(p, "count", 10000, base, "A"),      // morning count
            mv(p, "sale", -2000, base + 100, "B"), // B sells 2 before A's count
            mv(p, "count", 8000, base + 200, "A"), // A counts 8 (absorbs B's sale)
            mv(p, "sale", -1000, base + 300, "B"), // B sells 1 after the count
            mv(p, "receive", 5000, base + 400, "A"),
        };
        // Any arrival order gives the same level: 8 - 1 + 5 = 12.
        std::mt19937 rng(7);
        for (int round = 0; round < 20; ++round) {
            test::DemoDb fresh;
            const QString q = fresh.idOf("BRD-SOUR");
            StockLedger l(fresh.db());
            std::shuffle(events.begin(), events.end(), rng);
            for (StockMovement e : events) {
                e.productId = q;
                QVERIFY(l.insert(e));
            }
            QCOMPARE(l.level(q)->level, 12000);
            // What the 8 was compared with: 10 - 2 = 8, no variance.
            QCOMPARE(*l.levelBefore(q, base + 200), 8000);
        }
    }

    void salesMoveStockAndOversellIsAllowed()
    {
        test::DemoDb t;
        ProductRepository repo(t.db());
        const Product jam = *repo.bySku(QStringLiteral("JAM-STR"));
        StockLedger ledger(t.db());
        QVERIFY(
            ledger.record(jam.id, QStringLiteral("count"), 1000, {}, QStringLiteral("loadout")));
        QVERIFY(MarketDayRepository(t.db()).open(QStringLiteral("M"), 0));
        SaleRepository sales(t.db());
        Cart c;
        c.lines = {CartLine{jam, 3000, {}}};
        c.tenders = {{QStringLiteral("cash"), 3000, {}}};
        auto s = sales.commit(c, *SaleRules::load(t.db()));
        QVERIFY(s);
        QCOMPARE(ledger.level(jam.id)->level, -2000); // oversold, flagged by the UI, not blocked
        QVERIFY(sales.refund(s->id, {{{}, jam.sku, 1000}}, {}));
        QCOMPARE(ledger.level(jam.id)->level, -1000);
        auto h = ledger.history(jam.id);
        QCOMPARE(h->size(), 3);
        QCOMPARE(h->first().kind, QStringLiteral("refund"));
    }
};

QTEST_GUILESS_MAIN(TestStockLedger)
#include "tst_stockledger.moc"
