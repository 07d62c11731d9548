#include "core/Catalog.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/eod/StockReconciliation.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

#include <algorithm>
#include <random>

using namespace sk;

namespace {

Product makeProduct(Database &db, const char *sku, Unit unit, Minor price)
{
    Product p;
    p.sku = QLatin1String(sku);
    p.name = QLatin1String(sku);
    p.unit = unit;
    p.price = price;
    auto r = ProductRepository(db).save(p);
    if (!r)
        qFatal("cannot save product: %s", qPrintable(r.error().detail));
    return *r;
}

StockMovement stockEvent(const QString &product,
                         const char *kind,
                         Milli qty,
                         qint64 hlc,
                         const char *device,
                         const QString &marketDay = {})
{
    StockMovement m = test::stockMovement(product, kind, qty, hlc, device);
    m.marketDayId = marketDay;
    if (m.kind == u"count")
        m.context = QStringLiteral("eod");
    return m;
}

Result<SaleRecord> sell(Database &db, const Product &p, Milli qty)
{
    auto rules = SaleRules::load(db);
    Cart cart;
    cart.lines << CartLine{p, qty, {}};
    auto c = computeCart(*rules, cart);
    cart.tenders << TenderEntry{QStringLiteral("card"), c->total, {}};
    return SaleRepository(db).commit(cart, *rules);
}

} // namespace

class TestEodStock : public QObject
{
    Q_OBJECT

private slots:
    // Which counts are asked about before they are stored: far from the expected level by
    // more than half of it and more than five units.
    void farFromExpected()
    {
        QVERIFY(countFarFromExpected(138500, 38500)); // 138.5 lb typed for 38.5
        QVERIFY(!countFarFromExpected(40000, 38500));
        QVERIFY(!countFarFromExpected(20000, 38500)); // sold well: 18.5 lb gone
        QVERIFY(countFarFromExpected(10000, 38500));
        QVERIFY(!countFarFromExpected(0, 3000)); // sold out
        QVERIFY(!countFarFromExpected(5000, 0)); // five found
        QVERIFY(countFarFromExpected(6000, 0));
        QVERIFY(countFarFromExpected(120000, 12000)); // 120 jars for 12
        QVERIFY(!countFarFromExpected(0, -2000));     // oversold, none left
    }

    // The level is the latest count plus what came after it, in whatever order the events
    // reach this database: here from two devices, one of them syncing late.
    void levelIgnoresArrivalOrder()
    {
        const qint64 t0 = Hlc::pack(1748000000000, 0);
        std::mt19937 rng(11);
        for (int round = 0; round < 24; ++round) {
            test::TempDb t;
            const Product p = makeProduct(t.db(), "EGG", Unit::Each, 650);
            QList<StockMovement> events = {
                stockEvent(p.id, "count", 30000, t0, "A"),     // load-out on A
                stockEvent(p.id, "sale", -4000, t0 + 10, "B"), // B sells 4 offline
                stockEvent(p.id, "sale", -3000, t0 + 20, "A"),
                stockEvent(p.id, "count", 20000, t0 + 30, "A"), // A counts 20: absorbs both
                stockEvent(p.id, "sale", -2000, t0 + 40, "B"),  // after the count: subtracted
                stockEvent(p.id, "waste", -1000, t0 + 50, "A"),
                stockEvent(p.id, "receive", 6000, t0 + 60, "A"),
            };
            std::shuffle(events.begin(), events.end(), rng);
            StockLedger ledger(t.db());
            for (const StockMovement &e : events)
                QVERIFY(ledger.insert(e));
            auto l = ledger.level(p.id);
            QVERIFY(l);
            QCOMPARE(l->level, 20000 - 2000 - 1000 + 6000);
            QVERIFY(l->counted);
            QCOMPARE(l->lastCountHlc, t0 + 30);
            // What the count at t0+30 was compared with: 30 - 4 - 3.
            QCOMPARE(*ledger.levelBefore(p.id, t0 + 30), 23000);
        }
    }

    // docs/architecture.md "Stock is a log": B sells 2 offline; A, still seeing 10, counts 8.
    // The truth is 8, and A's count shows no variance once B's sale arrives.
    void endOfDayCountIsAnObservationNotADelta()
    {
        test::FakeClock clock(1748100000000);
        test::TempDb t;
        const Product p = makeProduct(t.db(), "JAM", Unit::Each, 850);
        StockLedger ledger(t.db());
        const qint64 before = Hlc::pack(1748090000000, 0);
        QVERIFY(ledger.insert(stockEvent(p.id, "count", 10000, before, "A")));
        StockCount counter(t.db());
        auto r = counter.count(p.id, 8000);
        QVERIFY(r);
        QCOMPARE(r->expected, 10000);
        QCOMPARE(r->counted, 8000);
        QCOMPARE(r->variance, -2000);
        QCOMPARE(r->varianceValue, -1700);
        QCOMPARE(ledger.level(p.id)->level, 8000);

        // B's two sales arrive: made before A's count, so the count absorbs them.
        QVERIFY(ledger.insert(stockEvent(p.id, "sale", -2000, before + 5, "B")));
        QCOMPARE(ledger.level(p.id)->level, 8000);
        // One made after the count is subtracted.
        QVERIFY(ledger.insert(stockEvent(p.id, "sale", -1000, r->hlc + 1, "B")));
        QCOMPARE(ledger.level(p.id)->level, 7000);

        // Re-reading the count: its expectation now includes B's earlier sale.
        MarketDayRepository days(t.db());
        QVERIFY(days.open(QStringLiteral("Market"), 0));
        auto r2 = counter.count(p.id, 6000); // on a market day this time
        QVERIFY(r2);
        QCOMPARE(r2->expected, 7000);
        QCOMPARE(r2->variance, -1000);
        auto day = days.current();
        auto listed = counter.countsOf((*day)->id);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().movementId, r2->movementId);
        QCOMPARE(listed->first().variance, -1000);
    }

    // A recount of the same item is a second observation; the day's variances add up to the
    // final count against the expectation before the first.
    void recountVariancesAddUp()
    {
        test::FakeClock clock(1748200000000);
        test::TempDb t;
        const Product p = makeProduct(t.db(), "HNY", Unit::Each, 1200);
        MarketDayRepository days(t.db());
        QVERIFY(days.open(QStringLiteral("Market"), 0));
        StockLedger ledger(t.db());
        QVERIFY(ledger.record(p.id, QStringLiteral("count"), 12000, {}, QStringLiteral("loadout")));
        StockCount counter(t.db());
        QCOMPARE(counter.count(p.id, 80000)->variance, 68000); // typed 80 instead of 8
        QCOMPARE(counter.count(p.id, 8000)->variance, -72000);
        Minor value = 0;
        Milli variance = 0;
        const auto counts = counter.countsOf((*days.current())->id);
        QVERIFY(counts);
        for (const CountResult &c : *counts) {
            variance += c.variance;
            value += c.varianceValue;
        }
        QCOMPARE(variance, -4000);
        QCOMPARE(value, -4800);
        QVERIFY(!counter.count(p.id, -1));
        QVERIFY(!counter.count(QStringLiteral("no-such-product"), 1000));
    }

    // load-out − sold − wasted − load-in (± receipts and adjustments) = unrecorded.
    void loadOutLoadInReconciliation()
    {
        test::FakeClock clock(1748300000000);
        test::TempDb t;
        const Product bread = makeProduct(t.db(), "BREAD", Unit::Each, 300);
        const Product cheese = makeProduct(t.db(), "CHEESE", Unit::Lb, 450);
        const Product jam = makeProduct(t.db(), "JAM", Unit::Each, 800);
        const Product tote = makeProduct(t.db(), "TOTE", Unit::Each, 1800);
        MarketDayRepository days(t.db());
        auto day = days.open(QStringLiteral("Riverside"), 10000);
        QVERIFY(day);
        StockCount counter(t.db());
        QVERIFY(counter.recordLoadOut({{bread.id, 40000}, {cheese.id, 30000}, {jam.id, 12000}}));
        clock.advance(60000);
        StockLedger ledger(t.db());
        auto s1 = sell(t.db(), bread, 5000);
        QVERIFY(s1);
        QVERIFY(sell(t.db(), cheese, 2500));
        QVERIFY(sell(t.db(), tote, 1000)); // not loaded out, not counted: not reconciled
        QVERIFY(ledger.record(bread.id, QStringLiteral("waste"), 2000, QStringLiteral("samples")));
        QVERIFY(SaleRepository(t.db()).refund(
            s1->id, {RefundItem{{}, QStringLiteral("BREAD"), 1000}}, QStringLiteral("returned")));
        QVERIFY(
            ledger.record(bread.id, QStringLiteral("receive"), 10000, QStringLiteral("from van")));
        QVERIFY(ledger.record(cheese.id, QStringLiteral("adjust"), -500, QStringLiteral("trim")));
        clock.advance(60000);
        QVERIFY(counter.count(bread.id, 40000));  // expected 44: 4 unrecorded
        QVERIFY(counter.count(cheese.id, 26500)); // expected 27.0 lb: 0.5 lb unrecorded
        // jam is skipped at the end of the day: loaded out, never counted back in.

        auto rec = reconcileMarketDay(t.db(), day->id);
        QVERIFY(rec);
        QCOMPARE(rec->lines.size(), 3);
        QCOMPARE(rec->reconciledItems, 2);
        auto line = [&](const QString &id) {
            return *std::find_if(rec->lines.cbegin(),
                                 rec->lines.cend(),
                                 [&](const ReconciliationLine &l) { return l.productId == id; });
        };
        const ReconciliationLine b = line(bread.id);
        QCOMPARE(b.loadOut, 40000);
        QCOMPARE(b.sold, 4000);
        QCOMPARE(b.wasted, 2000);
        QCOMPARE(b.received, 10000);
        QCOMPARE(b.loadIn, 40000);
        QCOMPARE(b.unrecorded, 4000);
        QCOMPARE(b.unrecordedValue, 1200);
        const ReconciliationLine c = line(cheese.id);
        QCOMPARE(c.sold, 2500);
        QCOMPARE(c.adjusted, -500);
        QCOMPARE(c.unrecorded, 500);
        QCOMPARE(c.unrecordedValue, 225);
        const ReconciliationLine j = line(jam.id);
        QVERIFY(j.loadedOut && !j.loadedIn && !j.reconciled());
        QCOMPARE(rec->unrecordedValue, 1425);

        // A sale from a second till syncs late; it happened during the day, so it explains
        // one of the missing loaves.
        const qint64 mid = s1->hlc + 1; // after the load-out, before the load-in
        QVERIFY(ledger.insert(stockEvent(bread.id, "sale", -1000, mid, "till-2")));
        rec = reconcileMarketDay(t.db(), day->id);
        QCOMPARE(line(bread.id).sold, 5000);
        QCOMPARE(line(bread.id).unrecorded, 3000);
        QCOMPARE(rec->unrecordedValue, 900 + 225);
    }
};

QTEST_GUILESS_MAIN(TestEodStock)
#include "tst_eodstock.moc"
