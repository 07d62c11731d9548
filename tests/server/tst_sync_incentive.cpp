// The incentive match's cap across a vendor's devices: synced, a second device sees what the
// first used; offline, each device holds the cap by itself, and once both have synced the total
// used is whole on both (what went over is visible, nothing is lost).

#include "core/Catalog.h"
#include "core/Incentive.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/sync/SyncClient.h"
#include "tests/server/ServerFixture.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

using namespace sk;

class TestSyncIncentive : public test::FarmSuite<2>
{
    Q_OBJECT

    SaleRules rules(int d) { return *SaleRules::load(dev[d]->db()); }

    // Apples for `amount` of produce: the program split with the card, the rest in cash.
    SaleRecord sellApples(int d, Milli qty, const QString &card)
    {
        const SaleRules r = rules(d);
        Cart c;
        c.lines << CartLine{
            *ProductRepository(dev[d]->db()).bySku(QStringLiteral("APPLES")), qty, {}};
        c.benefitCard = card;
        if (!IncentiveLedger(dev[d]->db()).prepare(r, c))
            qFatal("prepare failed");
        c.tenders = planProgramSplit(r, c);
        const Minor due = computeCart(r, c)->due;
        if (due > 0)
            c.tenders << TenderEntry{QStringLiteral("cash"), due, {}};
        auto s = SaleRepository(dev[d]->db()).commit(c, r);
        if (!s)
            qFatal("sale failed: %s", qPrintable(s.error().detail));
        return *s;
    }

    Minor matched(const SaleRecord &s)
    {
        Minor m = 0;
        for (const SaleTenderRecord &t : s.tenders)
            if (t.tender == u"incentive")
                m += t.amount;
        return m;
    }

    Minor used(int d, const QString &card)
    {
        const SaleRules r = rules(d);
        return *IncentiveLedger(dev[d]->db()).used(*r.incentive(QStringLiteral("incentive")), card);
    }

private slots:
    void init()
    {
        QVERIFY2(startServer(), qPrintable(server->error()));
        for (auto &d : dev)
            d = std::make_unique<test::TempDb>();
        Product apples;
        apples.sku = QStringLiteral("APPLES");
        apples.name = QStringLiteral("Apples");
        apples.price = 1000;
        apples.classes = {QStringLiteral("fv"), QStringLiteral("snap")};
        QVERIFY(ProductRepository(dev[0]->db()).save(apples));
        const char *names[] = {"A", "B"};
        for (int i = 0; i < 2; ++i) {
            joinFarm(i, names[i]);
            syncOk(i);
            IncentiveRule r; // 100 % up to 10.00 per card per day
            r.tenderCode = QStringLiteral("incentive");
            r.cap = 1000;
            QVERIFY(IncentiveRepository(dev[i]->db()).save(r));
            QVERIFY(MarketDayRepository(dev[i]->db()).open(QStringLiteral("Saturday"), 0));
        }
        QVERIFY(ProductRepository(dev[1]->db()).bySku(QStringLiteral("APPLES")));
    }

    void cleanup()
    {
        for (auto &d : dev)
            d.reset();
        server.reset();
    }

    // Online: what tablet A matched for a card is counted by tablet B after a sync.
    void capHoldsAcrossDevices()
    {
        QCOMPARE(matched(sellApples(0, 1200, QStringLiteral("1234"))), Minor(600));
        syncOk(0);
        QCOMPARE(used(1, QStringLiteral("1234")), Minor(0)); // B has not synced yet
        syncOk(1);
        QCOMPARE(used(1, QStringLiteral("1234")), Minor(600));
        QCOMPARE(matched(sellApples(1, 2000, QStringLiteral("1234"))), Minor(400));
        syncOk(1);
        syncOk(0);
        QCOMPARE(used(0, QStringLiteral("1234")), Minor(1000));
        QCOMPARE(matched(sellApples(0, 2000, QStringLiteral("1234"))), Minor(0));
    }

    // Offline, each tablet holds the cap by itself; after both sync, each counts both sales.
    void offlineHoldsPerDeviceAndReconciles()
    {
        QCOMPARE(matched(sellApples(0, 1600, QStringLiteral("5678"))), Minor(800));
        QCOMPARE(matched(sellApples(1, 1600, QStringLiteral("5678"))), Minor(800));
        QCOMPARE(matched(sellApples(1, 1600, QStringLiteral("5678"))), Minor(200)); // B's own cap
        syncOk(0);
        syncOk(1);
        syncOk(0);
        QCOMPARE(used(0, QStringLiteral("5678")), Minor(1800));
        QCOMPARE(used(1, QStringLiteral("5678")), Minor(1800));
        // Over the cap by what the two offline tablets each allowed; no more today on either.
        QCOMPARE(matched(sellApples(0, 1000, QStringLiteral("5678"))), Minor(0));
        QCOMPARE(matched(sellApples(1, 1000, QStringLiteral("5678"))), Minor(0));
    }
};

QTEST_MAIN(TestSyncIncentive)
#include "tst_sync_incentive.moc"
