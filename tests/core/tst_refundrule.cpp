// The refund rule as a pure function: which tender paid for which line, where each part of a
// refund goes back, cash rounding, and the check a synced refund must pass.
#include "core/RefundRule.h"
#include "tests/support/TestSupport.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace sk;
using test::cart;
using test::cartLine;
using test::pay;

namespace {

TenderType tender(const char *code,
                  const char *name,
                  bool change,
                  const char *eligibility,
                  bool untaxed,
                  Minor face = 0)
{
    TenderType t = test::makeTender(code, name, change, eligibility, untaxed, face);
    t.refundTo = defaultRefundTo(t.eligibility);
    return t;
}

SaleRules rules(Minor cashRounding = 0)
{
    SaleRules r;
    r.cashRounding = cashRounding;
    r.taxCategories.insert(QStringLiteral("exempt"), {QStringLiteral("exempt"), {}, 0});
    r.taxCategories.insert(QStringLiteral("general"), {QStringLiteral("general"), {}, 80000});
    r.tenders = {tender("cash", "Cash", true, "any", false),
                 tender("card", "Card", false, "any", false),
                 tender("snap", "SNAP/EBT", false, "snap", true),
                 tender("snap_token", "SNAP token", false, "snap", true, 100),
                 tender("credit_token", "Market token", true, "token", false, 500),
                 tender("fmnp", "WIC/FMNP check", false, "fmnp", false),
                 tender("voucher", "Gift voucher", false, "any", false)};
    return r;
}

const Product bread = test::makeProduct("BRD", 500, "exempt", true, true);
const Product soap = test::makeProduct("SOAP", 400, "general", false);
const Product soda = test::makeProduct("SODA", 200, "general", true); // SNAP-eligible yet taxable
const Product candy = test::makeProduct("PEN", 102, "exempt", false);

// A sale record as SaleRepository::record stores it, without a database.
SaleRecord saleOf(const SaleRules &r, const Cart &cart)
{
    SaleRecord s;
    auto c = computeCart(r, cart);
    if (!c || !c->complete())
        qFatal("test cart does not complete: %s",
               qPrintable(
                   c ? (c->problems.isEmpty() ? QStringLiteral("due") : c->problems.first().detail)
                     : c.error().detail));
    s.id = QStringLiteral("S");
    s.receiptNo = QStringLiteral("T-000001");
    s.taxInclusive = r.taxInclusive;
    s.subtotal = c->subtotal;
    s.discount = c->discount;
    s.tax = c->tax;
    s.rounding = c->rounding;
    s.total = c->total;
    for (qsizetype i = 0; i < cart.lines.size(); ++i) {
        SaleLineRecord l;
        const CartLine &cl = cart.lines[i];
        l.id = QStringLiteral("L%1").arg(i + 1);
        l.lineNo = int(i) + 1;
        l.productId = cl.product.id;
        l.sku = cl.product.sku;
        l.name = cl.product.name;
        l.qty = cl.qty;
        l.unitPrice = cl.product.price;
        l.gross = c->lines[i].gross;
        l.discount = c->lines[i].discount;
        l.net = c->lines[i].net;
        l.tax = c->lines[i].tax;
        l.taxCategory = cl.product.taxCategory;
        l.taxRatePpm = c->lines[i].taxRatePpm;
        QStringList e;
        if (cl.product.inClass(QStringLiteral("snap")))
            e << QStringLiteral("snap");
        if (cl.product.inClass(QStringLiteral("token")))
            e << QStringLiteral("token");
        if (cl.product.inClass(QStringLiteral("fmnp")))
            e << QStringLiteral("fmnp");
        l.eligibility = e.join(QLatin1Char(' '));
        s.lines << l;
    }
    for (qsizetype k = 0; k < c->tenders.size(); ++k) {
        const ComputedTender &t = c->tenders[k];
        s.tenders << SaleTenderRecord{QStringLiteral("T%1").arg(k + 1),
                                      int(k) + 1,
                                      t.code,
                                      t.applied,
                                      t.tendered,
                                      t.change,
                                      t.untaxedBase,
                                      {},
                                      {}};
    }
    return s;
}

// The plan as the record SaleRepository stores.
SaleRecord recordOf(const SaleRecord &sale, const RefundPlan &p, int n, bool isVoid = false)
{
    SaleRecord r;
    r.id = QStringLiteral("R%1").arg(n);
    r.receiptNo = QStringLiteral("T-1%1").arg(n, 5, 10, QLatin1Char('0'));
    r.kind = isVoid ? QStringLiteral("void") : QStringLiteral("refund");
    r.refSaleId = sale.id;
    r.taxInclusive = sale.taxInclusive;
    r.subtotal = p.subtotal;
    r.discount = p.discount;
    r.tax = p.tax;
    r.rounding = p.rounding;
    r.total = p.total;
    r.lines = p.lines;
    for (qsizetype j = 0; j < r.lines.size(); ++j)
        r.lines[j].id = QStringLiteral("R%1L%2").arg(n).arg(j);
    int k = 0;
    for (const RefundShare &s : p.shares)
        r.tenders << SaleTenderRecord{QStringLiteral("R%1T%2").arg(n).arg(k),
                                      ++k,
                                      s.tender,
                                      -s.amount,
                                      -s.amount,
                                      0,
                                      -s.untaxed,
                                      s.reference,
                                      s.originId};
    return r;
}

QMap<QString, Minor> back(const RefundPlan &p)
{
    QMap<QString, Minor> out;
    for (const auto &[code, amount] : p.byTender())
        out[code] += amount;
    return out;
}

QHash<QString, Milli> lines(std::initializer_list<std::pair<const char *, Milli>> l)
{
    QHash<QString, Milli> out;
    for (const auto &[id, q] : l)
        out.insert(QLatin1String(id), q);
    return out;
}

} // namespace

class TestRefundRule : public QObject
{
    Q_OBJECT
private slots:
    void splitFollowsTheSale()
    {
        // Soda (SNAP-eligible, taxable) and soap; SNAP pays the soda untaxed, cash the rest.
        const SaleRules r = rules();
        const SaleRecord s = saleOf(r,
                                    cart({cartLine(soda, 2000), cartLine(soap, 1000)},
                                         {pay("cash", 1000), pay("snap", 400)}));
        auto split = splitPayments(r, s);
        QVERIFY(split);
        QCOMPARE(split->paid[1], (QList<Minor>{400, 0})); // SNAP: the soda only
        QCOMPARE(split->paid[0], (QList<Minor>{0, 432})); // cash: the soap with its tax
        // A record that does not add up is refused, not guessed at.
        SaleRecord broken = s;
        broken.tenders[0].amount += 1;
        QVERIFY(!splitPayments(r, broken));
    }

    void refundGoesBackThroughThePayingTender()
    {
        const SaleRules r = rules();
        const SaleRecord s = saleOf(r,
                                    cart({cartLine(bread, 1000), cartLine(soap, 1000)},
                                         {pay("snap", 500), pay("cash", 500)}));
        auto p = planRefund(r, s, {}, lines({{"L1", 1000}}));
        QVERIFY(p);
        QVERIFY(!p->refusal);
        QCOMPARE(back(*p), (QMap<QString, Minor>{{QStringLiteral("snap"), 500}}));
        QCOMPARE(p->total, -500);
        QCOMPARE(p->shares.first().untaxed, 500);
        // Cash for the soap, as asked; the SNAP part would have stayed with SNAP.
        p = planRefund(r, s, {}, lines({{"L2", 1000}}), QStringLiteral("card"));
        QVERIFY(p && !p->refusal);
        QCOMPARE(back(*p), (QMap<QString, Minor>{{QStringLiteral("card"), 432}}));
        QCOMPARE(p->choices,
                 (QStringList{
                     QStringLiteral("cash"), QStringLiteral("card"), QStringLiteral("voucher")}));
        p = planRefund(r, s, {}, lines({{"L1", 1000}, {"L2", 1000}}), QStringLiteral("card"));
        QVERIFY(p && !p->refusal);
        QCOMPARE(
            back(*p),
            (QMap<QString, Minor>{{QStringLiteral("snap"), 500}, {QStringLiteral("card"), 432}}));
    }

    void quantitiesFromWhatTheVendorAsks()
    {
        // Bread twice (two lines of one SKU) and soap, paid in cash.
        const SaleRules r = rules();
        const SaleRecord s
            = saleOf(r,
                     cart({cartLine(bread, 2000), cartLine(soap, 1000), cartLine(bread, 1000)},
                          {pay("cash", 2000)}));

        // Nothing named: everything that is left.
        auto q = refundQuantities(s, {}, {});
        QVERIFY(q);
        QCOMPARE(*q, lines({{"L1", 2000}, {"L2", 1000}, {"L3", 1000}}));
        // A SKU takes from its lines in turn, the first until it is used up.
        q = refundQuantities(s, {}, {RefundItem{{}, QStringLiteral("BRD"), 2500}});
        QVERIFY(q);
        QCOMPARE(*q, lines({{"L1", 2000}, {"L3", 500}}));
        // By line id; qty 0 is all that is left of it.
        q = refundQuantities(s, {}, {RefundItem{QStringLiteral("L2"), {}, 0}});
        QVERIFY(q);
        QCOMPARE(*q, lines({{"L2", 1000}}));
        // After an earlier refund, only what that one left.
        auto first = planRefund(r, s, {}, lines({{"L1", 1500}}));
        QVERIFY(first && !first->refusal);
        const QList<SaleRecord> earlier{recordOf(s, *first, 1)};
        q = refundQuantities(s, earlier, {RefundItem{{}, QStringLiteral("BRD"), 0}});
        QVERIFY(q);
        QCOMPARE(*q, lines({{"L1", 500}, {"L3", 1000}}));

        // Refused: more than is left, a line the sale does not have, a negative quantity.
        q = refundQuantities(s, earlier, {RefundItem{{}, QStringLiteral("BRD"), 1600}});
        QVERIFY(!q);
        QCOMPARE(q.error().code, Error::Code::InvalidInput);
        QCOMPARE(q.error().detail,
                 QStringLiteral("cannot refund more BRD than is left on sale T-000001"));
        q = refundQuantities(s, {}, {RefundItem{{}, QStringLiteral("PEN"), 1000}});
        QVERIFY(!q);
        QCOMPARE(q.error().code, Error::Code::NotFound);
        QCOMPARE(q.error().detail, QStringLiteral("sale T-000001 has no line PEN"));
        q = refundQuantities(s, {}, {RefundItem{QStringLiteral("L2"), {}, -1000}});
        QVERIFY(!q);
        QCOMPARE(q.error().code, Error::Code::InvalidInput);
    }

    void reversalPlanIsTheRuleOnTheAskedLines()
    {
        // SNAP paid the bread, cash the soap: giving back the bread by SKU returns SNAP only.
        const SaleRules r = rules();
        const SaleRecord s = saleOf(r,
                                    cart({cartLine(bread, 1000), cartLine(soap, 1000)},
                                         {pay("snap", 500), pay("cash", 500)}));
        auto p = planReversal(r, s, {}, {RefundItem{{}, QStringLiteral("BRD"), 0}});
        QVERIFY(p && !p->refusal);
        QCOMPARE(back(*p), (QMap<QString, Minor>{{QStringLiteral("snap"), 500}}));
        QCOMPARE(p->lines.size(), 1);
        QCOMPARE(p->lines.first().refLineId, QStringLiteral("L1"));
        // The soap back to the card, as asked.
        p = planReversal(
            r, s, {}, {RefundItem{QStringLiteral("L2"), {}, 0}}, QStringLiteral("card"));
        QVERIFY(p && !p->refusal);
        QCOMPARE(back(*p), (QMap<QString, Minor>{{QStringLiteral("card"), 432}}));
        // A void: everything, exactly as paid.
        p = planReversal(r, s, {}, {}, {}, true);
        QVERIFY(p && !p->refusal);
        QCOMPARE(
            back(*p),
            (QMap<QString, Minor>{{QStringLiteral("snap"), 500}, {QStringLiteral("cash"), 432}}));
        QVERIFY(p->rest);
        // What cannot be given back is refused before any money is planned.
        QVERIFY(!planReversal(r, s, {}, {RefundItem{{}, QStringLiteral("SODA"), 1000}}));
    }

    void refusals()
    {
        SaleRules r = rules();
        Cart c = cart({cartLine(bread, 2000)}, {pay("snap", 1000)});
        const SaleRecord snapOnly = saleOf(r, c);
        auto p = planRefund(r, snapOnly, {}, lines({{"L1", 1000}}), QStringLiteral("cash"));
        QVERIFY(p && p->refusal);
        QCOMPARE(p->refusal->kind, RefundRefusal::Kind::StaysWithTender);
        QCOMPARE(p->refusal->detail,
                 QStringLiteral("nothing of this refund can go back as Cash: the 5.00 paid with "
                                "SNAP/EBT goes back to SNAP/EBT only"));
        QVERIFY(p->choices.isEmpty()); // nothing is free to go anywhere
        // Asking for SNAP itself is no refusal.
        p = planRefund(r, snapOnly, {}, lines({{"L1", 1000}}), QStringLiteral("snap"));
        QVERIFY(p && !p->refusal);

        c.tenders = {pay("cash", 1000)};
        const SaleRecord cashOnly = saleOf(r, c);
        p = planRefund(r, cashOnly, {}, lines({{"L1", 1000}}), QStringLiteral("snap"));
        QVERIFY(p && p->refusal);
        QCOMPARE(p->refusal->kind, RefundRefusal::Kind::NotARefundTender);
        QCOMPARE(p->refusal->detail,
                 QStringLiteral("SNAP/EBT takes back only what it paid: the 5.00 paid with Cash "
                                "can go back as Cash, Card, Gift voucher"));
        p = planRefund(r, cashOnly, {}, lines({{"L1", 1000}}), QStringLiteral("bitcoin"));
        QCOMPARE(p->refusal->kind, RefundRefusal::Kind::UnknownTender);

        // Exchange only: never paid back, but a void (rung by mistake) still reverses it.
        r.tenders[5].refundTo = RefundTo::Exchange;
        c.tenders = {pay("fmnp", 1000)};
        const SaleRecord fmnp = saleOf(r, c);
        p = planRefund(r, fmnp, {}, lines({{"L1", 1000}}));
        QCOMPARE(p->refusal->kind, RefundRefusal::Kind::ExchangeOnly);
        p = planRefund(r, fmnp, {}, lines({{"L1", 2000}}), {}, true);
        QVERIFY(p && !p->refusal);
        QCOMPARE(back(*p), (QMap<QString, Minor>{{QStringLiteral("fmnp"), 1000}}));

        // Quantities beyond what is left, and lines the sale does not have.
        QVERIFY(!planRefund(r, cashOnly, {}, lines({{"L1", 3000}})));
        QVERIFY(!planRefund(r, cashOnly, {}, lines({{"L9", 1000}})));
        QVERIFY(!planRefund(r, cashOnly, {}, lines({{"L1", 0}})));
        QVERIFY(!planRefund(r, cashOnly, {}, {}));
    }

    // 1.02 paid as 1.00 in cash: refunded in two halves, 0.50 and 0.50; the whole is 1.00.
    void cashRoundedSaleGivesBackWhatWasPaid()
    {
        const SaleRules r = rules(5);
        Cart c = cart({cartLine(candy, 1000)}, {pay("cash", 100)});
        const SaleRecord whole = saleOf(r, c);
        QCOMPARE(whole.total, 100);
        auto all = planRefund(r, whole, {}, lines({{"L1", 1000}}));
        QCOMPARE(all->total, -100);
        QCOMPARE(all->rounding, 2);

        c.lines = {cartLine(candy, 3000)}; // 3.06 paid as 3.05
        c.tenders = {pay("cash", 305)};
        const SaleRecord s = saleOf(r, c);
        QList<SaleRecord> earlier;
        Minor given = 0;
        for (int n = 0; n < 3; ++n) {
            auto p = planRefund(r, s, earlier, lines({{"L1", 1000}}));
            QVERIFY(p && !p->refusal);
            for (const RefundShare &sh : std::as_const(p->shares))
                QCOMPARE(sh.amount % 5, 0); // no coin smaller than the step changes hands
            QCOMPARE(p->rest, n == 2);
            given -= p->total;
            earlier << recordOf(s, *p, n);
            QVERIFY(checkRefund(r, s, earlier.mid(0, n), earlier.last()));
        }
        QCOMPARE(given, 305);
        // A card sale paid back in cash rounds the cash: never more than was paid.
        c.tenders = {pay("card", 306)};
        const SaleRecord card = saleOf(r, c);
        auto p = planRefund(r, card, {}, lines({{"L1", 3000}}), QStringLiteral("cash"));
        QCOMPARE(back(*p), (QMap<QString, Minor>{{QStringLiteral("cash"), 305}}));
        QCOMPARE(p->rounding, 1);
    }

    void voidReversesExactly()
    {
        const SaleRules r = rules(5);
        const SaleRecord s = saleOf(r,
                                    cart({cartLine(bread, 1000), cartLine(candy, 1000)},
                                         {pay("snap", 500), pay("cash", 200)}));
        auto v = planRefund(r, s, {}, lines({{"L1", 1000}, {"L2", 1000}}), {}, true);
        QVERIFY(v && !v->refusal);
        QCOMPARE(v->total, -s.total);
        QCOMPARE(v->rounding, -s.rounding);
        QCOMPARE(
            back(*v),
            (QMap<QString, Minor>{{QStringLiteral("snap"), 500}, {QStringLiteral("cash"), 100}}));
        const SaleRecord partly = recordOf(s, *planRefund(r, s, {}, lines({{"L2", 1000}})), 1);
        QVERIFY(!planRefund(r, s, {partly}, lines({{"L1", 1000}}), {}, true));
    }

    // Refund rows written before refunds named their origin are matched by tender code.
    void olderRefundsWithoutOrigin()
    {
        const SaleRules r = rules();
        const SaleRecord s = saleOf(r,
                                    cart({cartLine(bread, 2000), cartLine(soap, 1000)},
                                         {pay("snap", 1000), pay("card", 432)}));
        SaleRecord old = recordOf(s, *planRefund(r, s, {}, lines({{"L1", 1000}})), 1);
        for (SaleTenderRecord &t : old.tenders)
            t.refTenderId.clear();
        auto rest = planRefund(r, s, {old}, lines({{"L1", 1000}, {"L2", 1000}}));
        QVERIFY(rest && rest->rest);
        QCOMPARE(
            back(*rest),
            (QMap<QString, Minor>{{QStringLiteral("snap"), 500}, {QStringLiteral("card"), 432}}));
        QVERIFY(checkRefund(r, s, {}, old)); // no origin named: matched by amount and tender
    }

    void syncedRefundIsChecked()
    {
        const SaleRules r = rules();
        const SaleRecord s = saleOf(r,
                                    cart({cartLine(bread, 1000), cartLine(soap, 1000)},
                                         {pay("snap", 500), pay("cash", 500)}));
        const SaleRecord good = recordOf(s, *planRefund(r, s, {}, lines({{"L1", 1000}})), 1);
        QVERIFY(checkRefund(r, s, {}, good));
        const SaleRecord toCard
            = recordOf(s, *planRefund(r, s, {}, lines({{"L2", 1000}}), QStringLiteral("card")), 2);
        QVERIFY(checkRefund(r, s, {}, toCard));

        // The SNAP-paid bread given back in cash: refused, saying what the rule gives.
        SaleRecord cash = good;
        cash.tenders[0].tender = QStringLiteral("cash");
        auto e = checkRefund(r, s, {}, cash);
        QVERIFY(!e);
        QVERIFY2(e.error().detail.contains(QLatin1String("SNAP/EBT 5.00")),
                 qPrintable(e.error().detail));
        // More money than the lines are worth, a line that is not the sale's, a refund that
        // takes money in, and one after everything was already given back.
        SaleRecord more = good;
        more.tenders[0].amount = more.tenders[0].tendered = -600;
        more.total = -600;
        QVERIFY(!checkRefund(r, s, {}, more));
        SaleRecord stranger = good;
        stranger.lines[0].refLineId = QStringLiteral("L9");
        QVERIFY(!checkRefund(r, s, {}, stranger));
        SaleRecord inward = good;
        inward.tenders[0].amount = inward.tenders[0].tendered = 500;
        QVERIFY(!checkRefund(r, s, {}, inward));
        QVERIFY(!checkRefund(r, s, {good}, good));
        SaleRecord other = good;
        other.refSaleId = QStringLiteral("X");
        QVERIFY(!checkRefund(r, s, {}, other));
    }

    // Random sales paid by every mix of tenders, refunded in random steps: each step's money
    // adds up, no part goes where its tender forbids, SNAP never pays back an item it did not
    // pay for, no tender gives back more than it took, and in the end each gave back exactly
    // what it took (to the rounding step where cash is rounded).
    void randomRefundsAddUp()
    {
        QRandomGenerator rng(20261202);
        const QList<Product> products
            = {bread, soap, soda, candy, test::makeProduct("TOM", 333, "exempt", true)};
        int sales = 0, steps = 0;
        for (int round = 0; round < 400; ++round) {
            const SaleRules r = rules(rng.bounded(3) == 0 ? 5 : 0);
            Cart c;
            for (int i = 0, n = 1 + rng.bounded(4); i < n; ++i)
                c.lines << CartLine{products[rng.bounded(int(products.size()))],
                                    1000 * (1 + rng.bounded(4)),
                                    rng.bounded(5) == 0 ? Discount::percent(100000) : Discount{}};
            if (rng.bounded(4) == 0)
                c.discount = Discount::percent(50000);
            for (const char *code : {"snap", "credit_token", "card"}) {
                if (rng.bounded(2))
                    continue;
                auto now = computeCart(r, c);
                QVERIFY(now);
                Minor amount = rng.bounded(int(std::max<Minor>(1, now->due)) + 1);
                const TenderType *t = r.tender(QLatin1String(code));
                if (t->faceValue)
                    amount -= amount % t->faceValue;
                c.tenders << TenderEntry{t->code, amount, {}};
                auto after = computeCart(r, c);
                if (amount <= 0 || !after || !after->problems.isEmpty())
                    c.tenders.removeLast();
            }
            auto due = computeCart(r, c);
            if (due->due > 0)
                c.tenders << TenderEntry{QStringLiteral("cash"), due->cashDue, {}};
            auto done = computeCart(r, c);
            if (!done || !done->complete() || done->total == 0)
                continue;
            ++sales;
            const SaleRecord s = saleOf(r, c);
            const PaymentSplit split = *splitPayments(r, s);
            QList<SaleRecord> earlier;
            QHash<QString, Minor> drawn; // origin row -> money given back from it
            for (int n = 0; n < 10; ++n) {
                const QHash<QString, Milli> left = refundableLeft(s, earlier);
                QHash<QString, Milli> take;
                for (const SaleLineRecord &l : s.lines)
                    if (left[l.id] > 0 && (n == 9 || rng.bounded(3) == 0))
                        take[l.id] = n == 9 ? left[l.id] : 1 + rng.bounded(int(left[l.id]));
                if (take.isEmpty())
                    continue;
                const QString by = QStringList{
                    {}, QStringLiteral("cash"), QStringLiteral("card")}[rng.bounded(3)];
                auto p = planRefund(r, s, earlier, take, by);
                QVERIFY2(p, qPrintable(p ? QString() : p.error().detail));
                if (p->refusal) {
                    QCOMPARE(p->refusal->kind, RefundRefusal::Kind::StaysWithTender);
                    p = planRefund(r, s, earlier, take);
                    QVERIFY(p && !p->refusal);
                }
                ++steps;
                Minor sum = 0;
                for (const RefundShare &sh : std::as_const(p->shares)) {
                    QVERIFY(sh.amount > 0);
                    sum += sh.amount;
                    drawn[sh.originId] += sh.amount;
                    const TenderType *origin = r.tender(sh.origin);
                    if (origin->refundTo == RefundTo::Same)
                        QCOMPARE(sh.tender, sh.origin);
                    else
                        QCOMPARE(r.tender(sh.tender)->refundTo, RefundTo::Any);
                }
                QCOMPARE(sum, -p->total);
                // SNAP gives back only for lines it paid something of.
                for (qsizetype k = 0; k < s.tenders.size(); ++k) {
                    if (s.tenders[k].tender != u"snap")
                        continue;
                    Minor paidForTaken = 0;
                    for (qsizetype i = 0; i < s.lines.size(); ++i)
                        if (take.value(s.lines[i].id) > 0)
                            paidForTaken += split.paid[k][i];
                    if (paidForTaken == 0)
                        for (const RefundShare &sh : std::as_const(p->shares))
                            QVERIFY(sh.originId != s.tenders[k].id);
                }
                earlier << recordOf(s, *p, n);
                // Checked once: QVERIFY2 builds its message even when the check passes, and a
                // passed check has no error() to read.
                const Status checked
                    = checkRefund(r, s, earlier.mid(0, earlier.size() - 1), earlier.last());
                QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().detail));
                if (p->rest)
                    break;
            }
            Minor back = 0;
            for (const SaleRecord &e : std::as_const(earlier))
                back -= e.total;
            for (const SaleTenderRecord &t : s.tenders) {
                if (r.cashStep() == 0)
                    QCOMPARE(drawn.value(t.id), t.amount);
                else
                    QVERIFY(std::abs(drawn.value(t.id) - t.amount) < r.cashStep());
            }
            if (r.cashStep() == 0)
                QCOMPARE(back, s.total);
        }
        QVERIFY2(sales > 200 && steps > 400, "too few sales to prove anything");
        qInfo("%d sales, %d refunds", sales, steps);
    }
};

QTEST_GUILESS_MAIN(TestRefundRule)
#include "tst_refundrule.moc"
