#include "core/Catalog.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/eod/ClosingSummary.h"
#include "core/eod/WizardProgress.h"
#include "tests/eod/ScriptedDay.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QtTest>

using namespace sk;

// The error text is read only when the result holds one.
#define VERIFY_OK(r) QVERIFY2(bool(r), (r) ? "" : qPrintable((r).error().detail))

namespace {

Product makeProduct(Database &db, const char *sku, Minor price, const char *tax, bool snap)
{
    return test::saveProduct(
        db, sku, price, tax, snap ? test::sl({"snap", "token"}) : test::sl({"token"}));
}

} // namespace

// A scripted market day with every way cash moves: a cash sale with change, card, market
// tokens that give change in cash, SNAP plus cash, an exact cash sale that is voided, a
// partial cash refund, a payout and a paid-in.
class TestCashDrawer : public test::ScriptedDaySuite
{
    Q_OBJECT

    QString m_firstSale;

public:
    TestCashDrawer()
        : ScriptedDaySuite(1750000000000)
    {}

private slots:
    void initTestCase()
    {
        m_t = std::make_unique<test::TempDb>();
        Database &db = m_t->db();
        const Product bread = makeProduct(db, "BREAD", 700, "exempt", true);
        const Product jam = makeProduct(db, "JAM", 850, "exempt", true);
        const Product croissant = makeProduct(db, "CROISSANT", 350, "exempt", true);
        const Product eggs = makeProduct(db, "EGGS", 650, "exempt", true);
        const Product coffee = makeProduct(db, "COFFEE", 300, "prepared", false); // 8 % tax
        const Product cookie = makeProduct(db, "COOKIE", 250, "exempt", true);
        m_rules = *SaleRules::load(db);

        CashDrawer drawer(db);
        QVERIFY(!drawer.recordMovement(QStringLiteral("payout"), 500, QStringLiteral("ice")));
        auto day = MarketDayRepository(db).open(QStringLiteral("Riverside"), 15000);
        QVERIFY(day);
        m_day = day->id;

        // 1: 2 loaves 14.00, cash 20.00, change 6.00.
        auto s1 = ring({{bread, 2000}}, {test::pay("cash", 2000)});
        VERIFY_OK(s1);
        QCOMPARE(s1->changeDue, 600);
        m_firstSale = s1->id;
        // 2: jam 8.50 by card.
        QVERIFY(ring({{jam, 1000}}, {test::pay("card", 850)}));
        // 3: 2 croissants 7.00 with two 5.00 market tokens: 3.00 change in cash.
        auto s3 = ring({{croissant, 2000}}, {test::pay("credit_token", 1000)});
        VERIFY_OK(s3);
        QCOMPARE(s3->changeDue, 300);
        // 4: eggs 6.50 by SNAP, coffee 3.00 + 0.24 tax by cash 5.00: 1.76 change.
        auto s4 = ring({{eggs, 1000}, {coffee, 1000}},
                       {test::pay("snap", 650), test::pay("cash", 500)});
        VERIFY_OK(s4);
        QCOMPARE(s4->tax, 24);
        QCOMPARE(s4->changeDue, 176);
        // 5: a cookie paid exactly in cash, then voided (2.50 back in cash).
        auto s5 = ring({{cookie, 1000}}, {test::pay("cash", 250)});
        QVERIFY(s5);
        QVERIFY(SaleRepository(db).voidSale(s5->id, QStringLiteral("rang twice")));
        // 6: one of the two loaves of sale 1 comes back: 7.00 in cash.
        QVERIFY(SaleRepository(db).refund(
            s1->id, {RefundItem{{}, QStringLiteral("BREAD"), 1000}}, QStringLiteral("stale")));
        // Bought ice; change from the bank.
        QVERIFY(drawer.recordMovement(QStringLiteral("payout"), 500, QStringLiteral("bought ice")));
        QVERIFY(drawer.recordMovement(QStringLiteral("paid_in"), 2000, QStringLiteral("bank")));
    }

    void expectedCash()
    {
        CashDrawer drawer(m_t->db());
        auto e = drawer.expected(m_day);
        QVERIFY(e);
        QCOMPARE(e->openingFloat, 15000);
        QCOMPARE(e->cashSales, 2000 + 500 + 250);
        QCOMPARE(e->changeGiven, 600 + 300 + 176); // token change comes out of the cash too
        QCOMPARE(e->cashRefunds, 250 + 700);
        QCOMPARE(e->payouts, 500);
        QCOMPARE(e->paidIns, 2000);
        // 150.00 + 27.50 − 10.76 − 9.50 − 5.00 + 20.00
        QCOMPARE(e->expectedCash(), 17224);
        const auto tokens = std::find_if(e->held.cbegin(), e->held.cend(), [](const auto &h) {
            return h.tender == u"credit_token";
        });
        QVERIFY(tokens != e->held.cend());
        QCOMPARE(tokens->expected, 1000);
        QCOMPARE(tokens->faceValue, 500);
        QVERIFY(std::none_of(e->held.cbegin(), e->held.cend(), [](const auto &h) {
            return h.tender == u"card" || h.tender == u"snap";
        }));
    }

    void movementsNeedAReasonAndAnAmount()
    {
        CashDrawer drawer(m_t->db());
        QVERIFY(!drawer.recordMovement(QStringLiteral("payout"), 500, QStringLiteral("  ")));
        QVERIFY(!drawer.recordMovement(QStringLiteral("payout"), 0, QStringLiteral("x")));
        QVERIFY(!drawer.recordMovement(QStringLiteral("refund"), 100, QStringLiteral("x")));
        auto list = drawer.movements(m_day);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).reason, QStringLiteral("bought ice"));
        // Append-only, with an outbox event each.
        QVERIFY(!m_t->db().exec(QStringLiteral("UPDATE cash_movements SET amount = 1")));
        QCOMPARE(m_t->db()
                     .scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = "
                                            "'cash_movement'"))
                     ->toInt(),
                 2);
    }

    void countOverAndShort()
    {
        CashDrawer drawer(m_t->db());
        // 172.24 = 100 + 50 + 20 + 2 × 1 + 2 × 0.10 + 4 × 0.01; two tokens.
        DrawerTally exact;
        exact.pieces = {{10000, 1}, {5000, 1}, {2000, 1}, {100, 2}, {10, 2}, {1, 4}};
        exact.tenders = {{QStringLiteral("credit_token"), 1000}};
        QCOMPARE(*exact.cashTotal(), 17224);
        auto c1 = drawer.recordCount(m_day, exact);
        VERIFY_OK(c1);
        QCOMPARE(c1->cashExpected, 17224);
        QCOMPARE(c1->overShort, 0);
        QCOMPARE(c1->heldOverShort(), 0);

        // Recount: a dollar missing, one token too many. The latest count stands.
        DrawerTally shortBy = exact;
        shortBy.pieces[100] = 1;
        shortBy.tenders[QStringLiteral("credit_token")] = 1500;
        auto c2 = drawer.recordCount(m_day, shortBy, QStringLiteral("recount"));
        QVERIFY(c2);
        QCOMPARE(c2->overShort, -100);
        QCOMPARE(c2->heldOverShort(), 500);
        auto latest = drawer.latestCount(m_day);
        QVERIFY(latest && *latest);
        QCOMPARE((*latest)->id, c2->id);
        QCOMPARE((*latest)->cashCounted, 17124);
        QCOMPARE((*latest)->expectation.changeGiven, 1076);
        QCOMPARE((*latest)->note, QStringLiteral("recount"));

        // Refused: a coin that does not exist, a token count that is not whole tokens, a
        // tender that is not kept in the drawer.
        DrawerTally bad;
        bad.pieces = {{300, 1}};
        QVERIFY(!drawer.recordCount(m_day, bad));
        bad = {};
        bad.tenders = {{QStringLiteral("credit_token"), 250}};
        QVERIFY(!drawer.recordCount(m_day, bad));
        bad.tenders = {{QStringLiteral("card"), 100}};
        QVERIFY(!drawer.recordCount(m_day, bad));
        QVERIFY(!m_t->db().exec(QStringLiteral("DELETE FROM drawer_counts")));
    }

    void closingSummaryFigures()
    {
        auto s = closingSummary(m_t->db(), m_day);
        QVERIFY(s);
        QCOMPARE(s->sales, 5);
        QCOMPARE(s->refunds, 1);
        QCOMPARE(s->voids, 1);
        QCOMPARE(s->gross, 1400 + 850 + 700 + 950 + 250);
        QCOMPARE(s->discounts, 0);
        QCOMPARE(s->refundsAmount, 700);
        QCOMPARE(s->voidsAmount, 250);
        QCOMPARE(s->tax, 24);
        QCOMPARE(s->netTotal, 1400 + 850 + 700 + 974 + 250 - 250 - 700);
        QHash<QString, Minor> byTender;
        for (const TenderTotal &t : s->tenders)
            byTender.insert(t.code, t.amount);
        QCOMPARE(byTender.value(QStringLiteral("cash")), 1400 + 324 + 250 - 250 - 700);
        QCOMPARE(byTender.value(QStringLiteral("card")), 850);
        QCOMPARE(byTender.value(QStringLiteral("credit_token")), 700);
        QCOMPARE(byTender.value(QStringLiteral("snap")), 650);
        Minor tenders = 0;
        for (const TenderTotal &t : s->tenders)
            tenders += t.amount;
        QCOMPARE(tenders, s->netTotal);
        QCOMPARE(s->topItems.first().sku, QStringLiteral("JAM"));
        QVERIFY(s->cashOverShort());
        QCOMPARE(*s->cashOverShort(), -100);

        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        QVERIFY(writeClosingSummaryCsv(*s, &buf));
        const QString csv = QString::fromUtf8(buf.data());
        QVERIFY(csv.startsWith(QStringLiteral("section,key,name,count,quantity,unit,amount\r\n")));
        QVERIFY(csv.contains(QStringLiteral("cash,expected,Expected cash,,,,172.24\r\n")));
        QVERIFY(csv.contains(QStringLiteral("cash,over_short,Over (+) / short (-),,,,-1.00\r\n")));
        QVERIFY(csv.contains(QStringLiteral("tender,credit_token,Market token,1,,,7.00\r\n")));
        QVERIFY(csv.contains(QStringLiteral("sales,refunds,Refunds,1,,,7.00\r\n")));
    }

    // A payout recorded after the drawer count happened after it: the expected cash follows,
    // the count's balance stays.
    void payoutAfterCountKeepsTheBalance()
    {
        CashDrawer drawer(m_t->db());
        DrawerTally exact;
        exact.pieces = {{10000, 1}, {5000, 1}, {2000, 1}, {100, 2}, {10, 2}, {1, 4}};
        exact.tenders = {{QStringLiteral("credit_token"), 1000}};
        auto c = drawer.recordCount(m_day, exact, QStringLiteral("balanced"));
        QVERIFY(c);
        QCOMPARE(c->overShort, 0);
        QVERIFY(drawer.recordMovement(QStringLiteral("payout"), 500, QStringLiteral("ice")));
        auto s = closingSummary(m_t->db(), m_day);
        QVERIFY(s);
        QCOMPARE(s->drawer.expectedCash(), c->cashExpected - 500);
        QCOMPARE(*s->cashOverShort(), 0);
        QCOMPARE(s->cashSinceCount(), -500);
        // A paid-in after it too, and the CSV says both.
        QVERIFY(drawer.recordMovement(QStringLiteral("paid_in"), 200, QStringLiteral("change")));
        s = closingSummary(m_t->db(), m_day);
        QCOMPARE(*s->cashOverShort(), 0);
        QCOMPARE(s->cashSinceCount(), -300);
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        QVERIFY(writeClosingSummaryCsv(*s, &buf));
        const QString csv = QString::fromUtf8(buf.data());
        QVERIFY(csv.contains(QStringLiteral("cash,over_short,Over (+) / short (-),,,,0.00\r\n")));
        QVERIFY2(
            csv.contains(QStringLiteral("cash,since_count,Recorded since the count,,,,-3.00\r\n")),
            qPrintable(csv));
    }

    void wizardProgressSurvivesReopen()
    {
        WizardProgressStore store(m_t->db());
        QCOMPARE(store.load(m_day)->step, 0);
        DrawerTally draft;
        draft.pieces = {{2000, 3}, {25, 7}};
        QVERIFY(store.save(m_day,
                           2,
                           {{QStringLiteral("drawer"), draft.toJson()},
                            {QStringLiteral("skipped"), QJsonArray{QStringLiteral("x")}}}));
        m_t->reopen();
        WizardProgressStore again(m_t->db());
        auto p = again.load(m_day);
        QVERIFY(p);
        QCOMPARE(p->step, 2);
        const DrawerTally back
            = DrawerTally::fromJson(p->state.value(QStringLiteral("drawer")).toObject());
        QCOMPARE(back.pieces, draft.pieces);
        QCOMPARE(*back.cashTotal(), 6175);
        QVERIFY(again.save(m_day, 3, {}));
        QCOMPARE(again.load(m_day)->step, 3);
    }

    void denominations()
    {
        const QList<Denomination> usd = denominationsFor(QStringLiteral("USD"));
        QCOMPARE(usd.first().value, 1);
        QVERIFY(std::any_of(usd.cbegin(), usd.cend(), [](const Denomination &d) {
            return d.value == 2000 && d.note;
        }));
        QSet<Minor> seen;
        for (const QString &code : {QStringLiteral("USD"),
                                    QStringLiteral("EUR"),
                                    QStringLiteral("GBP"),
                                    QStringLiteral("CAD"),
                                    QStringLiteral("MXN"),
                                    QStringLiteral("CHF"),
                                    QStringLiteral("JPY"),
                                    QStringLiteral("XYZ")}) {
            seen.clear();
            for (const Denomination &d : denominationsFor(code)) {
                QVERIFY2(!seen.contains(d.value), qPrintable(code)); // one field per value
                seen.insert(d.value);
            }
        }
        const QList<Denomination> eur = denominationsFor(QStringLiteral("eur"));
        QVERIFY(std::any_of(eur.cbegin(), eur.cend(), [](const Denomination &d) {
            return d.value == 200 && !d.note;
        }));
        const QList<Denomination> jpy = denominationsFor(QStringLiteral("JPY"));
        QCOMPARE(jpy.last().value, 10000);
        QVERIFY(!denominationsFor(QStringLiteral("XYZ")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCashDrawer)
#include "tst_cashdrawer.moc"
