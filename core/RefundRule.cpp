#include "core/RefundRule.h"

#include "core/EnumCodes.h"
#include "core/UntaxedOrder.h"

#include <algorithm>
#include <numeric>

namespace sk {

namespace {

QString plain(Minor m)
{
    return formatFixed(m, 2);
}

// round(value * part / whole) as the difference of cumulative roundings, so that giving back a
// line in several steps gives back exactly `value` in the end.
Minor share(Minor value, qint64 already, qint64 part, qint64 whole)
{
    if (whole == 0)
        return 0;
    const Minor upto = divRound(static_cast<__int128>(value) * (already + part), whole).value_or(0);
    const Minor before = divRound(static_cast<__int128>(value) * already, whole).value_or(0);
    return upto - before;
}

QString tenderName(const SaleRules &rules, const QString &code)
{
    const TenderType *t = rules.tender(code);
    return t ? t->name : code;
}

// How a tender takes money back; a tender this device does not know keeps what it paid.
RefundTo policyOf(const SaleRules &rules, const QString &code)
{
    const TenderType *t = rules.tender(code);
    return t ? t->refundTo : RefundTo::Same;
}

bool inClass(const SaleLineRecord &l, const QString &cls)
{
    return l.eligibility.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(cls);
}

bool eligible(const SaleLineRecord &l, const TenderType *t)
{
    if (!t || t->eligibility == u"any")
        return true;
    return inClass(l, t->eligibility);
}

Minor owedOf(const SaleLineRecord &l, bool taxInclusive)
{
    return taxInclusive ? l.net : l.net + l.tax;
}

// What `l` owes for `part` of its quantity after `already` was given back.
Minor owedShare(const SaleLineRecord &l, bool taxInclusive, Milli already, Milli part)
{
    const Minor net = share(l.net, already, part, l.qty);
    return taxInclusive ? net : net + share(l.tax, already, part, l.qty);
}

} // namespace

QList<std::pair<QString, Minor>> RefundPlan::byTender() const
{
    QList<std::pair<QString, Minor>> out;
    for (const RefundShare &s : shares) {
        auto it = std::find_if(
            out.begin(), out.end(), [&](const auto &p) { return p.first == s.tender; });
        if (it == out.end())
            out.append({s.tender, s.amount});
        else
            it->second += s.amount;
    }
    return out;
}

Result<PaymentSplit> splitPayments(const SaleRules &rules, const SaleRecord &sale)
{
    const qsizetype n = sale.lines.size();
    const qsizetype m = sale.tenders.size();
    PaymentSplit s;
    s.paid = QList<QList<Minor>>(m, QList<Minor>(n, 0));
    s.rounding = QList<Minor>(m, 0);
    auto unbalanced = [&] {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("sale %1: its lines and tenders do not add up to its total")
                        .arg(sale.receiptNo));
    };
    __int128 owed = sale.rounding, paid = 0;
    for (const SaleLineRecord &l : sale.lines) {
        if (l.qty <= 0 || l.net < 0 || l.tax < 0)
            return unbalanced();
        owed += owedOf(l, sale.taxInclusive);
    }
    for (const SaleTenderRecord &t : sale.tenders) {
        if (t.amount < 0)
            return unbalanced();
        paid += t.amount;
    }
    if (owed != sale.total || paid != sale.total)
        return unbalanced();

    struct Row
    {
        qsizetype k;
        const TenderType *type;
        int phase;
        bool incentive;
    };
    // computeCart's order: an incentive tender pays first, for its class, then SNAP pays the
    // incentive's class first among lines of one tax rate.
    QList<Row> rows;
    for (qsizetype k = 0; k < m; ++k) {
        const TenderType *t = rules.tender(sale.tenders[k].tender);
        const bool incentive = t && rules.incentive(t->code);
        const bool restricted = t && t->eligibility != u"any";
        const int phase = incentive || (restricted && t->untaxed) ? 0
                          : restricted                            ? 1
                          : t && t->givesChange                   ? 3
                                                                  : 2;
        rows.append({k, t, phase, incentive});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.phase != b.phase ? a.phase < b.phase : a.incentive && !b.incentive;
    });
    // The rounding belongs to the row of cash that settled the sale (else the first that paid).
    qsizetype roundingRow = -1;
    for (const Row &r : rows)
        if (sale.tenders[r.k].amount > 0 && (roundingRow < 0 || r.phase == 3)) {
            roundingRow = r.k;
            if (r.phase == 3)
                break;
        }
    if (sale.rounding != 0) {
        if (roundingRow < 0)
            return unbalanced();
        s.rounding[roundingRow] = sale.rounding;
    }

    QList<Minor> left(m);
    for (qsizetype k = 0; k < m; ++k)
        left[k] = sale.tenders[k].amount - s.rounding[k];

    // Phase 0: untaxed tenders pay the net of their eligible lines, taxable lines first.
    auto matched = [&](qsizetype i) {
        for (const IncentiveRule &r : rules.incentives)
            if (inClass(sale.lines[i], r.matchClass))
                return true;
        return false;
    };
    auto claimed = [&](qsizetype i) {
        for (const Row &r : rows)
            if (r.phase == 1 && eligible(sale.lines[i], r.type))
                return true;
        return false;
    };
    const QList<qsizetype> byRate = untaxedPaymentOrder(sale.lines, matched, claimed);
    QList<Minor> rem(n);
    for (qsizetype i = 0; i < n; ++i)
        rem[i] = owedOf(sale.lines[i], sale.taxInclusive);
    QList<Minor> untaxedPaid(n, 0);
    for (const Row &r : rows) {
        if (r.phase != 0)
            continue;
        for (qsizetype i : byRate) {
            if (r.incentive ? !inClass(sale.lines[i], rules.incentive(r.type->code)->matchClass)
                            : !eligible(sale.lines[i], r.type))
                continue;
            const Minor take = std::clamp<Minor>(
                std::min(sale.lines[i].net - untaxedPaid[i], rem[i]), 0, left[r.k]);
            untaxedPaid[i] += take;
            rem[i] -= take;
            s.paid[r.k][i] += take;
            left[r.k] -= take;
        }
    }
    // Then each tender in its phase's order over what its lines still owe; what a tender
    // cannot place on its own lines (flags changed since) goes on any line still owing.
    auto fill = [&](const Row &r, bool eligibleOnly) {
        for (qsizetype i = 0; i < n && left[r.k] > 0; ++i) {
            if (eligibleOnly && !eligible(sale.lines[i], r.type))
                continue;
            const Minor take = std::min(left[r.k], rem[i]);
            rem[i] -= take;
            s.paid[r.k][i] += take;
            left[r.k] -= take;
        }
    };
    for (int phase = 1; phase <= 3; ++phase)
        for (const Row &r : rows)
            if (r.phase == phase)
                fill(r, true);
    for (const Row &r : rows)
        fill(r, false);
    for (qsizetype k = 0; k < m; ++k)
        if (left[k] != 0)
            return unbalanced();
    for (Minor x : rem)
        if (x != 0)
            return unbalanced();
    return s;
}

QHash<QString, Milli> refundableLeft(const SaleRecord &sale, const QList<SaleRecord> &earlier)
{
    QHash<QString, Milli> left;
    for (const SaleLineRecord &l : sale.lines)
        left.insert(l.id, l.qty);
    for (const SaleRecord &e : earlier)
        for (const SaleLineRecord &l : e.lines)
            if (left.contains(l.refLineId))
                left[l.refLineId] += l.qty; // negative on refunds and voids
    return left;
}

SaleStanding saleStanding(const SaleRecord &sale, const QList<SaleRecord> &reversals)
{
    bool refunded = false;
    for (const SaleRecord &r : reversals) {
        if (r.refSaleId != sale.id)
            continue;
        if (r.kind == saleKindVoid())
            return SaleStanding::Voided;
        refunded = refunded || r.kind == saleKindRefund();
    }
    if (!refunded)
        return SaleStanding::Open;
    const QHash<QString, Milli> left = refundableLeft(sale, reversals);
    for (const SaleLineRecord &l : sale.lines)
        if (left.value(l.id) > 0)
            return SaleStanding::PartlyRefunded;
    return SaleStanding::Refunded;
}

QString saleStandingText(SaleStanding standing)
{
    // In the order of SaleStanding; an open sale has none.
    static constexpr auto kTexts
        = enumCodes<SaleStanding>("", "partly refunded", "refunded", "voided");
    return kTexts.code(standing);
}

Result<RefundPlan> planRefund(const SaleRules &rules,
                              const SaleRecord &sale,
                              const QList<SaleRecord> &earlier,
                              const QHash<QString, Milli> &take,
                              const QString &payBackBy,
                              bool isVoid)
{
    if (sale.kind != saleKindSale())
        return fail(Error::Code::Conflict,
                    QStringLiteral("%1 is a %2, not a sale").arg(sale.receiptNo, sale.kind));
    const QHash<QString, Milli> left = refundableLeft(sale, earlier);
    bool anythingLeft = false;
    for (const SaleLineRecord &l : sale.lines)
        anythingLeft = anythingLeft || left.value(l.id) > 0;
    if (!anythingLeft)
        return fail(
            Error::Code::Conflict,
            QStringLiteral("sale %1 is already fully refunded or voided").arg(sale.receiptNo));
    if (isVoid && !earlier.isEmpty())
        return fail(Error::Code::Conflict,
                    QStringLiteral("sale %1 was partly refunded; refund what is left instead of "
                                   "voiding")
                        .arg(sale.receiptNo));
    if (take.isEmpty())
        return fail(Error::Code::Conflict, QStringLiteral("nothing left to refund"));
    for (auto it = take.cbegin(); it != take.cend(); ++it) {
        auto line = std::find_if(sale.lines.cbegin(), sale.lines.cend(), [&](const auto &l) {
            return l.id == it.key();
        });
        if (line == sale.lines.cend())
            return fail(Error::Code::NotFound,
                        QStringLiteral("sale %1 has no line %2").arg(sale.receiptNo, it.key()));
        if (it.value() <= 0)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("refund quantity must be above 0"));
        if (it.value() > left.value(it.key()))
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("cannot refund more %1 than is left on sale %2")
                            .arg(line->sku, sale.receiptNo));
    }
    auto split = splitPayments(rules, sale);
    if (!split)
        return std::unexpected(split.error());

    RefundPlan p;
    const bool incl = sale.taxInclusive;
    Minor owedAll = 0, owedBefore = 0, owedNow = 0;
    p.rest = true;
    for (const SaleLineRecord &o : sale.lines) {
        const Milli q = take.value(o.id);
        const Milli already = o.qty - left.value(o.id);
        owedAll += owedOf(o, incl);
        owedBefore += owedShare(o, incl, 0, already);
        if (left.value(o.id) - q > 0)
            p.rest = false;
        if (q <= 0)
            continue;
        SaleLineRecord l = o;
        l.id.clear();
        l.lineNo = int(p.lines.size()) + 1;
        l.refLineId = o.id;
        l.qty = -q;
        l.gross = -share(o.gross, already, q, o.qty);
        l.discount = -share(o.discount, already, q, o.qty);
        l.net = -share(o.net, already, q, o.qty);
        l.tax = -share(o.tax, already, q, o.qty);
        p.subtotal += l.gross;
        p.discount += l.discount;
        p.tax += l.tax;
        owedNow -= incl ? l.net : l.net + l.tax;
        p.lines << l;
    }
    if (isVoid && !p.rest)
        return fail(Error::Code::Conflict, QStringLiteral("a void gives back the whole sale"));

    // What each tender row paid and what earlier refunds already took back from it. Rows of
    // older refunds name no origin: they are matched by tender code, else to a tender whose
    // money may go anywhere.
    const qsizetype m = sale.tenders.size();
    QList<Minor> drawn(m, 0);
    auto originOf = [&](const SaleTenderRecord &t) -> qsizetype {
        for (qsizetype k = 0; k < m; ++k)
            if (!t.refTenderId.isEmpty() ? sale.tenders[k].id == t.refTenderId
                                         : sale.tenders[k].tender == t.tender)
                return k;
        return -1;
    };
    for (const SaleRecord &e : earlier)
        for (const SaleTenderRecord &t : e.tenders) {
            qsizetype k = originOf(t);
            for (qsizetype j = 0; k < 0 && j < m; ++j)
                if (policyOf(rules, sale.tenders[j].tender) == RefundTo::Any
                    && drawn[j] < sale.tenders[j].amount)
                    k = j;
            if (k >= 0)
                drawn[k] += -t.amount;
        }
    QList<Minor> room(m);
    for (qsizetype k = 0; k < m; ++k)
        room[k] = std::max<Minor>(0, sale.tenders[k].amount - drawn[k]);

    QList<Minor> give(m, 0);
    if (isVoid) {
        for (qsizetype k = 0; k < m; ++k)
            give[k] = sale.tenders[k].amount;
    } else if (p.rest) {
        give = room;
    } else {
        // This refund's part of the sale's rounding, in proportion to what it gives back.
        const Minor roundingNow
            = owedAll == 0 ? 0 : share(sale.rounding, owedBefore, owedNow, owedAll);
        QList<Minor> ideal(m, 0);
        QList<Minor> roundingWeights;
        for (qsizetype k = 0; k < m; ++k) {
            for (qsizetype i = 0; i < sale.lines.size(); ++i) {
                const SaleLineRecord &o = sale.lines[i];
                const Milli q = take.value(o.id);
                if (q > 0)
                    ideal[k] += share(split->paid[k][i], o.qty - left.value(o.id), q, o.qty);
            }
            roundingWeights << std::abs(split->rounding[k]);
        }
        auto roundingParts = allocate(roundingNow, roundingWeights);
        if (!roundingParts)
            return std::unexpected(roundingParts.error());
        for (qsizetype k = 0; k < m; ++k)
            ideal[k] = std::max<Minor>(0, ideal[k] + (*roundingParts)[k]);
        // Lines nobody paid for (given away) with a rounding cent on them: that cent goes
        // back through money that is free to go anywhere, never through SNAP.
        if (std::all_of(ideal.cbegin(), ideal.cend(), [](Minor x) { return x == 0; }))
            for (qsizetype k = 0; k < m; ++k)
                if (policyOf(rules, sale.tenders[k].tender) == RefundTo::Any)
                    ideal[k] = room[k];
        const Minor total = owedNow + roundingNow;
        if (std::accumulate(ideal.begin(), ideal.end(), Minor(0)) == total) {
            give = ideal;
        } else {
            auto parts = allocate(total, ideal);
            if (!parts)
                return std::unexpected(parts.error());
            give = *parts;
        }
        // Never more from a tender than is left of it: the excess of a rounding cent goes to
        // the tenders with room, those that paid for these lines first. What finds no room
        // was already given back when earlier cash refunds were rounded up.
        Minor over = 0;
        for (qsizetype k = 0; k < m; ++k)
            if (give[k] > room[k]) {
                over += give[k] - room[k];
                give[k] = room[k];
            }
        for (int pass = 0; pass < 2 && over > 0; ++pass)
            for (qsizetype k = 0; k < m && over > 0; ++k)
                if (pass == 1 || ideal[k] > 0) {
                    const Minor more = std::min(over, room[k] - give[k]);
                    give[k] += more;
                    over -= more;
                }
    }

    // Where each part goes back.
    bool anyFree = false;
    for (qsizetype k = 0; k < m; ++k) {
        const SaleTenderRecord &o = sale.tenders[k];
        if (give[k] == 0)
            continue;
        const RefundTo policy = policyOf(rules, o.tender);
        RefundShare s;
        s.originId = o.id;
        s.origin = o.tender;
        s.tender = o.tender;
        s.amount = give[k];
        s.untaxed = o.amount == 0 ? 0 : share(o.untaxed, drawn[k], give[k], o.amount);
        s.reference = o.reference;
        if (!isVoid && policy == RefundTo::Exchange && !p.refusal) {
            RefundRefusal r;
            r.kind = RefundRefusal::Kind::ExchangeOnly;
            r.tender = o.tender;
            r.amount = give[k];
            r.detail = QStringLiteral("%1 paid %2 of this refund and is exchange only: it is "
                                      "never paid back; exchange the item instead")
                           .arg(tenderName(rules, o.tender), plain(give[k]));
            p.refusal = r;
        }
        if (!isVoid && policy == RefundTo::Any) {
            anyFree = true;
            if (!payBackBy.isEmpty())
                s.tender = payBackBy;
        }
        p.shares << s;
    }
    if (anyFree)
        for (const TenderType &t : rules.tenders)
            if (t.enabled && t.refundTo == RefundTo::Any)
                p.choices << t.code;

    if (!isVoid && !payBackBy.isEmpty() && !p.refusal) {
        const TenderType *asked = rules.tender(payBackBy);
        RefundRefusal r;
        r.asked = payBackBy;
        r.allowed = p.choices;
        QStringList allowedNames;
        for (const QString &c : std::as_const(p.choices))
            allowedNames << tenderName(rules, c);
        const auto freeShare = std::find_if(p.shares.cbegin(), p.shares.cend(), [&](const auto &s) {
            return policyOf(rules, s.origin) == RefundTo::Any && s.origin != payBackBy;
        });
        const bool lands = std::any_of(p.shares.cbegin(), p.shares.cend(), [&](const auto &s) {
            return s.tender == payBackBy;
        });
        if (!asked || !asked->enabled) {
            r.kind = RefundRefusal::Kind::UnknownTender;
            r.detail = QStringLiteral("unknown tender \"%1\"").arg(payBackBy.left(40));
            p.refusal = r;
        } else if (asked->refundTo != RefundTo::Any && freeShare != p.shares.cend()) {
            r.kind = RefundRefusal::Kind::NotARefundTender;
            r.tender = freeShare->origin;
            r.amount = freeShare->amount;
            r.detail = QStringLiteral("%1 takes back only what it paid: the %2 paid with %3 can "
                                      "go back as %4")
                           .arg(asked->name,
                                plain(freeShare->amount),
                                tenderName(rules, freeShare->origin),
                                allowedNames.join(QStringLiteral(", ")));
            p.refusal = r;
        } else if (!lands && !p.shares.isEmpty()) {
            const RefundShare &s = p.shares.first();
            r.kind = RefundRefusal::Kind::StaysWithTender;
            r.tender = s.origin;
            r.amount = s.amount;
            r.detail = QStringLiteral("nothing of this refund can go back as %1: the %2 paid "
                                      "with %3 goes back to %3 only")
                           .arg(asked->name, plain(s.amount), tenderName(rules, s.origin));
            p.refusal = r;
        }
    }

    // Cash paid back under cash rounding is rounded to the step too (never beyond what is
    // left of the tenders it comes from); a void reverses the sale exactly.
    if (!isVoid && rules.cashStep() > 0) {
        QList<qsizetype> cash;
        Minor given = 0, cap = 0;
        for (qsizetype j = 0; j < p.shares.size(); ++j) {
            const TenderType *t = rules.tender(p.shares[j].tender);
            if (t && rules.roundsCash(*t)) {
                cash << j;
                given += p.shares[j].amount;
                for (qsizetype k = 0; k < m; ++k)
                    if (sale.tenders[k].id == p.shares[j].originId)
                        cap += room[k];
            }
        }
        Minor rounded = roundToStep(given, rules.cashStep());
        if (rounded > cap)
            rounded -= rules.cashStep();
        rounded = std::max<Minor>(0, rounded);
        Minor delta = rounded - given;
        std::stable_sort(cash.begin(), cash.end(), [&](qsizetype a, qsizetype b) {
            return p.shares[a].amount > p.shares[b].amount;
        });
        for (qsizetype j : std::as_const(cash)) {
            const Minor d = delta > 0 ? delta : std::max(delta, -p.shares[j].amount);
            p.shares[j].amount += d;
            delta -= d;
        }
        p.shares.removeIf([](const RefundShare &s) { return s.amount == 0; });
    }

    for (const RefundShare &s : std::as_const(p.shares))
        p.total -= s.amount;
    p.rounding = isVoid ? -sale.rounding : p.total + owedNow;
    return p;
}

Status checkRefund(const SaleRules &rules,
                   const SaleRecord &sale,
                   const QList<SaleRecord> &earlier,
                   const SaleRecord &refund)
{
    auto bad = [&](const QString &why) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 %2: %3").arg(refund.kind, refund.receiptNo, why));
    };
    if (refund.kind != saleKindRefund() && refund.kind != saleKindVoid())
        return bad(QStringLiteral("not a refund or void"));
    if (refund.refSaleId != sale.id)
        return bad(QStringLiteral("it does not refer to sale %1").arg(sale.receiptNo));
    QHash<QString, Milli> take;
    for (const SaleLineRecord &l : refund.lines) {
        if (l.qty >= 0)
            return bad(QStringLiteral("a line gives back a quantity that is not negative"));
        take[l.refLineId] += -l.qty;
    }
    for (const SaleTenderRecord &t : refund.tenders)
        if (t.amount > 0 || t.tendered != t.amount || t.change != 0)
            return bad(QStringLiteral("a tender takes money in instead of paying it back"));
    const bool isVoid = refund.kind == saleKindVoid();
    // Where the vendor chose to pay back the free part: nowhere, one of the refund's tenders,
    // or a cash tender whose part rounded away to nothing.
    QStringList candidates{QString()};
    if (!isVoid) {
        for (const SaleTenderRecord &t : refund.tenders)
            if (!candidates.contains(t.tender))
                candidates << t.tender;
        for (const TenderType &t : rules.tenders)
            if (t.refundTo == RefundTo::Any && !candidates.contains(t.code))
                candidates << t.code;
    }
    QString expected;
    for (const QString &by : std::as_const(candidates)) {
        auto plan = planRefund(rules, sale, earlier, take, by, isVoid);
        if (!plan)
            return bad(plan.error().detail);
        if (plan->refusal) {
            if (expected.isEmpty())
                expected = plan->refusal->detail;
            continue;
        }
        bool same = plan->lines.size() == take.size() && plan->total == refund.total
                    && plan->rounding == refund.rounding && plan->subtotal == refund.subtotal
                    && plan->discount == refund.discount && plan->tax == refund.tax;
        for (const SaleLineRecord &l : std::as_const(plan->lines)) {
            Minor gross = 0, discount = 0, net = 0, tax = 0;
            for (const SaleLineRecord &r : refund.lines)
                if (r.refLineId == l.refLineId) {
                    gross += r.gross;
                    discount += r.discount;
                    net += r.net;
                    tax += r.tax;
                }
            same = same && gross == l.gross && discount == l.discount && net == l.net
                   && tax == l.tax;
        }
        QList<SaleTenderRecord> rows = refund.tenders;
        for (const RefundShare &s : std::as_const(plan->shares)) {
            const auto row = std::find_if(rows.begin(), rows.end(), [&](const auto &t) {
                return t.tender == s.tender && -t.amount == s.amount
                       && (t.refTenderId.isEmpty() || t.refTenderId == s.originId);
            });
            if (row == rows.end()) {
                same = false;
                break;
            }
            rows.erase(row);
        }
        same = same && rows.isEmpty();
        if (same)
            return {};
        QStringList parts;
        for (const auto &[code, amount] : plan->byTender())
            parts << QStringLiteral("%1 %2").arg(tenderName(rules, code), plain(amount));
        if (expected.isEmpty())
            expected = QStringLiteral("the refund rule gives back %1 (total %2)")
                           .arg(parts.join(QStringLiteral(", ")), plain(-plan->total));
    }
    return bad(expected);
}

} // namespace sk
