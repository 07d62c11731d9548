#include "core/SaleEngine.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

using namespace sk;

namespace {
SaleRules rules()
{
    SaleRules r;
    r.taxCategories.insert(QStringLiteral("exempt"), {QStringLiteral("exempt"), {}, 0});
    r.taxCategories.insert(QStringLiteral("prepared"), {QStringLiteral("prepared"), {}, 80000});
    r.taxCategories.insert(QStringLiteral("general"), {QStringLiteral("general"), {}, 82500});
    auto t = [](const char *code, bool change, const char *elig, bool untaxed, Minor face) {
        return test::makeTender(code, code, change, elig, untaxed, face);
    };
    r.tenders = {t("cash", true, "any", false, 0),
                 t("card", false, "any", false, 0),
                 t("snap", false, "snap", true, 0),
                 t("snap_token", false, "snap", true, 100),
                 t("credit_token", true, "token", false, 500),
                 t("fmnp", false, "fmnp", false, 0)};
    r.tenders[2].name = QStringLiteral("SNAP");
    return r;
}

const Product jam = test::makeProduct("Jam", 850, "exempt", true);
const Product cider = test::makeProduct("Hot cider", 400, "prepared", false);
const Product soda = test::makeProduct("Soda", 200, "general", true); // taxable yet SNAP-eligible
const Product tomatoes = test::makeProduct("Tomatoes", 450, "exempt", true, true, Unit::Lb);
const Product tote = test::makeProduct("Tote", 1800, "general", false);

CartLine line(const Product &p, Milli qty, Discount d = {})
{
    return CartLine{p, qty, d};
}

// The cart of `lines` paid with `tenders`, as the engine computes it under rules().
auto compute(const QList<CartLine> &lines, const QList<TenderEntry> &tenders = {})
{
    Cart c;
    c.lines = lines;
    c.tenders = tenders;
    return computeCart(rules(), c);
}

} // namespace

class TestSaleEngine : public QObject
{
    Q_OBJECT
private slots:
    void cashWithChange()
    {
        auto r
            = compute({line(jam, 2000), line(tomatoes, 375)}, {{QStringLiteral("cash"), 2000, {}}});
        QVERIFY(r);
        QCOMPARE(r->subtotal, 1869); // 17.00 + 1.69 (168.75 rounded half up)
        QCOMPARE(r->tax, 0);
        QCOMPARE(r->total, 1869);
        QCOMPARE(r->change, 131);
        QVERIFY(r->complete());
    }

    void taxRoundedOncePerCategory()
    {
        // Three lines of 2.00 at 8.25 %: per line 0.165 -> 0.17 each = 0.51; once: 0.495 -> 0.50.
        auto r = compute({line(soda, 1000), line(soda, 1000), line(soda, 1000)});
        QCOMPARE(r->tax, 50);
        QCOMPARE(r->lines[0].tax + r->lines[1].tax + r->lines[2].tax, 50);
        QCOMPARE(r->total, 650);
        QCOMPARE(r->taxByCategory.value(QStringLiteral("general")), 50);
    }

    void taxInclusive()
    {
        SaleRules rr = rules();
        rr.taxInclusive = true;
        Cart c;
        c.lines = {line(cider, 2000)}; // 8.00 including 8 %: 8.00 * 0.08 / 1.08 = 0.5926 -> 0.59
        auto r = computeCart(rr, c);
        QCOMPARE(r->tax, 59);
        QCOMPARE(r->total, 800);
    }

    void discounts()
    {
        Cart c;
        c.lines = {line(jam, 1000, Discount::percent(100000)),
                   line(tote, 1000),
                   line(cider, 1000, Discount::amount(400))}; // the whole line
        c.discount = Discount::amount(100);
        auto r = computeCart(rules(), c);
        QVERIFY(r);
        QCOMPARE(r->lines[0].gross, 850);
        QCOMPARE(r->lines[2].net, 0);
        // 7.65 + 18.00 = 25.65 net before the cart discount of 1.00, spread 0.30 / 0.70.
        QCOMPARE(r->lines[0].discount, 85 + 30);
        QCOMPARE(r->lines[1].discount, 70);
        QCOMPARE(r->net, 2465);
        QCOMPARE(r->discount, 85 + 400 + 100);
        QCOMPARE(r->tax, 143); // 17.30 * 8.25 % = 1.427
        QCOMPARE(r->total, 2465 + 143);
    }

    void snapPaysEligibleOnlyAndIsUntaxed()
    {
        // Soda is SNAP-eligible but taxable: the part SNAP pays is not taxed.
        auto r = compute({line(soda, 2000), line(cider, 1000)},
                         {{QStringLiteral("snap"), 400, {}}, {QStringLiteral("card"), 432, {}}});
        QVERIFY(r);
        QCOMPARE(r->lines[0].untaxedPaid, 400);
        QCOMPARE(r->lines[0].tax, 0);
        QCOMPARE(r->tax, 32); // only the cider is taxed
        QCOMPARE(r->total, 832);
        QVERIFY(r->complete());
        QCOMPARE(r->tenders[0].untaxedBase, 400);
    }

    void snapRefusedForIneligible()
    {
        auto r
            = compute({line(jam, 1000), line(cider, 1000)}, {{QStringLiteral("snap"), 1250, {}}});
        QVERIFY(r);
        QVERIFY(!r->complete());
        QCOMPARE(r->problems.size(), 1);
        QCOMPARE(r->problems[0].ineligibleItems, QStringList{QStringLiteral("Hot cider")});
        QCOMPARE(r->problems[0].remaining, 432);
        QCOMPARE(
            r->problems[0].detail,
            QStringLiteral("SNAP can't pay for Hot cider; 4.32 left to pay by another tender"));
    }

    void eligibility_data()
    {
        QTest::addColumn<QString>("tender");
        QTest::addColumn<Minor>("amount");
        QTest::addColumn<int>("product"); // 0 jam, 1 cider, 2 tomatoes, 3 tote
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Minor>("change");
        const Minor jamP = 850, ciderTotal = 432, tomP = 450, toteTotal = 1949;
        QTest::newRow("snap jam exact") << "snap" << jamP << 0 << true << Minor(0);
        QTest::newRow("snap jam over: no change") << "snap" << Minor(900) << 0 << false << Minor(0);
        QTest::newRow("snap cider") << "snap" << ciderTotal << 1 << false << Minor(0);
        QTest::newRow("snap tote") << "snap" << toteTotal << 3 << false << Minor(0);
        QTest::newRow("snap token not whole")
            << "snap_token" << Minor(850) << 0 << false << Minor(0);
        QTest::newRow("snap tokens over: no change")
            << "snap_token" << Minor(900) << 0 << false << Minor(0);
        QTest::newRow("snap tokens exact")
            << "snap_token" << Minor(400) << 2 << false << Minor(0); // 4.50 due
        QTest::newRow("credit token jam with change")
            << "credit_token" << Minor(1000) << 0 << true << Minor(150);
        QTest::newRow("credit token cider with change")
            << "credit_token" << Minor(500) << 1 << true << Minor(68);
        QTest::newRow("fmnp tomatoes") << "fmnp" << tomP << 2 << true << Minor(0);
        QTest::newRow("fmnp jam") << "fmnp" << jamP << 0 << false << Minor(0);
        QTest::newRow("fmnp over: no change") << "fmnp" << Minor(500) << 2 << false << Minor(0);
        QTest::newRow("card over: no change") << "card" << Minor(500) << 2 << false << Minor(0);
        QTest::newRow("card exact tote") << "card" << toteTotal << 3 << true << Minor(0);
        QTest::newRow("cash change") << "cash" << Minor(2000) << 3 << true << Minor(51);
    }
    void eligibility()
    {
        QFETCH(QString, tender);
        QFETCH(Minor, amount);
        QFETCH(int, product);
        QFETCH(bool, ok);
        QFETCH(Minor, change);
        const Product ps[] = {jam, cider, tomatoes, tote};
        auto r = compute({line(ps[product], 1000)}, {{tender, amount, {}}});
        if (!r) {
            QVERIFY(!ok); // refused outright (e.g. tokens must be whole)
            return;
        }
        QCOMPARE(r->complete(), ok);
        if (ok)
            QCOMPARE(r->change, change);
    }

    void splitCashAndSnap()
    {
        auto r = compute({line(jam, 1000), line(cider, 1000)},
                         {{QStringLiteral("cash"), 500, {}}, {QStringLiteral("snap"), 850, {}}});
        QVERIFY(r->complete());
        QCOMPARE(r->tenders[1].applied, 850); // SNAP applied first though entered second
        QCOMPARE(r->tenders[0].applied, 432);
        QCOMPARE(r->change, 68);
    }

    void cashRounding()
    {
        SaleRules rr = rules();
        rr.cashRounding = 5;
        Cart c;
        c.lines = {line(tomatoes, 375)}; // 1.69 -> cash 1.70
        c.tenders = {{QStringLiteral("cash"), 200, {}}};
        auto r = computeCart(rr, c);
        QCOMPARE(r->rounding, 1);
        QCOMPARE(r->total, 170);
        QCOMPARE(r->change, 30);
        // Card pays exactly: no rounding.
        c.tenders = {{QStringLiteral("card"), 169, {}}};
        r = computeCart(rr, c);
        QCOMPARE(r->rounding, 0);
        QVERIFY(r->complete());
    }

    // Under 0.05 rounding cash changes hands in whole steps: an exact 1.03 is refused (never
    // stored unrounded), and what cash must hand over is the rounded amount due.
    void cashComesInSteps()
    {
        SaleRules rr = rules();
        rr.cashRounding = 5;
        Product gum = jam;
        gum.price = 103;
        Cart c;
        c.lines = {line(gum, 1000)};
        auto open = computeCart(rr, c);
        QCOMPARE(open->due, 103);
        QCOMPARE(open->cashDue, 105);
        c.tenders = {{QStringLiteral("cash"), 103, {}}};
        auto r = computeCart(rr, c);
        QVERIFY(!r);
        QCOMPARE(r.error().detail,
                 QStringLiteral("cash changes hands in steps of 0.05 (cash rounding): 1.03 is not "
                                "one; take 1.05"));
        c.tenders = {{QStringLiteral("cash"), 105, {}}};
        r = computeCart(rr, c);
        QVERIFY(r->complete());
        QCOMPARE(r->total, 105);
        QCOMPARE(r->rounding, 2);
        // Card pays to the cent, and cash after it settles the rest in steps.
        c.tenders = {{QStringLiteral("card"), 100, {}}, {QStringLiteral("cash"), 5, {}}};
        r = computeCart(rr, c);
        QVERIFY(r->complete());
        QCOMPARE(r->total, 105);
        QCOMPARE(computeCart(rules(), Cart{c.lines, {}, {}})->cashDue, 103); // no rounding
    }

    // A tender that comes when nothing is left to pay is refused in words, and a tender that
    // gives no change is told it was given too much, not that it cannot pay for other items.
    void whatIsWrongWithATender()
    {
        Cart c;
        c.lines = {line(jam, 1000), line(cider, 1000)};
        c.tenders = {{QStringLiteral("snap"), 1000, {}}, {QStringLiteral("card"), 432, {}}};
        auto r = computeCart(rules(), c);
        QCOMPARE(r->problems.size(), 1);
        QCOMPARE(r->problems[0].kind, TenderProblem::Kind::NoChange);
        QVERIFY(r->problems[0].ineligibleItems.isEmpty());
        QCOMPARE(r->problems[0].detail,
                 QStringLiteral("SNAP gives no change: it can pay at most 8.50 of this sale, and "
                                "was given 1.50 too much"));
        c.tenders = {{QStringLiteral("snap"), 1000, {}}};
        r = computeCart(rules(), c);
        QCOMPARE(r->problems[0].kind, TenderProblem::Kind::Ineligible);

        c.tenders = {{QStringLiteral("card"), 1282, {}}, {QStringLiteral("cash"), 500, {}}};
        r = computeCart(rules(), c);
        QVERIFY(!r->complete());
        QCOMPARE(r->problems.size(), 1);
        QCOMPARE(r->problems[0].kind, TenderProblem::Kind::NothingDue);
        QCOMPARE(r->problems[0].detail,
                 QStringLiteral("nothing is left to pay when cash comes: the other tenders "
                                "already pay the 12.82"));
        c.discount = Discount::percent(1000000);
        c.tenders = {{QStringLiteral("cash"), 500, {}}};
        r = computeCart(rules(), c);
        QCOMPARE(r->problems[0].kind, TenderProblem::Kind::NothingDue);
        QVERIFY(r->problems[0].detail.startsWith(
            QLatin1String("nothing is left to pay: the sale comes to 0.00")));
        // Cash that settles 1.02 as 1.00 after a card paid 1.00 pays nothing, and that is fine.
        SaleRules rr = rules();
        rr.cashRounding = 5;
        Product candy = jam;
        candy.price = 102;
        c = Cart{{line(candy, 1000)}, {}, {}};
        c.tenders = {{QStringLiteral("card"), 100, {}}, {QStringLiteral("cash"), 5, {}}};
        r = computeCart(rr, c);
        QVERIFY(r->complete());
        QCOMPARE(r->total, 100);
        QCOMPARE(r->change, 5);
    }

    void dueAndRefusals()
    {
        Cart c;
        c.lines = {line(jam, 1000)};
        auto r = computeCart(rules(), c);
        QCOMPARE(r->due, 850);
        QVERIFY(!r->complete());
        c.lines = {line(jam, 0)};
        QVERIFY(!computeCart(rules(), c));
        c.lines = {line(jam, -1000)};
        QVERIFY(!computeCart(rules(), c));
        c.lines = {line(jam, 1000)};
        c.tenders = {{QStringLiteral("bitcoin"), 850, {}}};
        QVERIFY(!computeCart(rules(), c));
        c.tenders = {{QStringLiteral("cash"), -5, {}}};
        QVERIFY(!computeCart(rules(), c));
        c.tenders = {};
        c.discount = Discount::percent(2000000);
        QVERIFY(!computeCart(rules(), c));
        Product huge = jam;
        huge.price = std::numeric_limits<qint64>::max();
        c.discount = {};
        c.lines = {line(huge, 2000)};
        QVERIFY(!computeCart(rules(), c));
    }

    void allocateIsExact_data()
    {
        QTest::addColumn<Minor>("total");
        QTest::addColumn<QList<Minor>>("weights");
        QTest::addColumn<QList<Minor>>("expected");
        QTest::newRow("thirds") << Minor(100) << QList<Minor>{1, 1, 1} << QList<Minor>{34, 33, 33};
        QTest::newRow("negative") << Minor(-100) << QList<Minor>{1, 1, 1}
                                  << QList<Minor>{-34, -33, -33};
        QTest::newRow("zero weights") << Minor(7) << QList<Minor>{0, 0} << QList<Minor>{7, 0};
        QTest::newRow("proportional") << Minor(10) << QList<Minor>{300, 700} << QList<Minor>{3, 7};
    }
    void allocateIsExact()
    {
        QFETCH(Minor, total);
        QFETCH(QList<Minor>, weights);
        QFETCH(QList<Minor>, expected);
        QCOMPARE(*allocate(total, weights), expected);
    }

    void discountParse()
    {
        const Currency usd;
        QCOMPARE(Discount::parse(QStringLiteral("10%"), usd, NumberSource::Machine)->value, 100000);
        QCOMPARE(Discount::parse(QStringLiteral("12.5%"), usd, NumberSource::Machine)->value,
                 125000);
        QCOMPARE(Discount::parse(QStringLiteral("1.50"), usd, NumberSource::Machine)->value, 150);
        QVERIFY(!Discount::parse(QStringLiteral("150%"), usd, NumberSource::Machine));
        QVERIFY(!Discount::parse(QStringLiteral("-1"), usd, NumberSource::Machine));
    }

    void discountOn()
    {
        // The one rule the cart and the discount dialog's preview both use.
        QCOMPARE(*Discount{}.on(850), 0);
        QCOMPARE(*Discount::amount(100).on(850), 100);
        QCOMPARE(*Discount::amount(850).on(850), 850);
        // More than the base is refused in words, not quietly capped (--discount 100 on 8.50).
        const auto over = Discount::amount(10000).on(850);
        QVERIFY(!over);
        QCOMPARE(over.error().detail,
                 QStringLiteral("a discount of 100.00 is more than the 8.50 it is taken off (for "
                                "a percentage, write 100%)"));
        QCOMPARE(Discount::amount(851).on(850).error().detail,
                 QStringLiteral("a discount of 8.51 is more than the 8.50 it is taken off"));
        QCOMPARE(*Discount::percent(100000).on(850), 85);
        QCOMPARE(*Discount::percent(125000).on(1), 0); // 0.125 cent rounds to 0
        QCOMPARE(*Discount::percent(500000).on(1), 1); // half a cent rounds away from zero
        QCOMPARE(*Discount::percent(1000000).on(850), 850);
        QVERIFY(!Discount::amount(-1).on(850));
        QVERIFY(!Discount::percent(-1).on(850));
        QVERIFY(!Discount::percent(1000001).on(850));
    }
};

QTEST_GUILESS_MAIN(TestSaleEngine)
#include "tst_saleengine.moc"
