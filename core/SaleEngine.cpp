#include "core/SaleEngine.h"

#include "core/Limits.h"
#include "core/UntaxedOrder.h"

#include <algorithm>
#include <numeric>

namespace sk {

namespace {
constexpr int kMaxLines = 1000;

QString plain(Minor m)
{
    return formatFixed(m, 2);
}
} // namespace

const TenderType *SaleRules::tender(const QString &code) const
{
    for (const TenderType &t : tenders)
        if (t.code == code)
            return &t;
    return nullptr;
}

const IncentiveRule *SaleRules::incentive(const QString &tenderCode) const
{
    for (const IncentiveRule &r : incentives)
        if (r.tenderCode == tenderCode)
            return &r;
    return nullptr;
}

Result<Minor> Discount::on(Minor base) const
{
    switch (kind) {
    case Kind::None:
        return Minor(0);
    case Kind::Amount:
        if (value < 0)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("a discount must not be negative"));
        if (value > base) {
            // "--discount 100" meant as 100 % is the usual slip: say how to write that.
            const QString percent
                = value % 100 == 0 && value / 100 <= 100
                      ? QStringLiteral(" (for a percentage, write %1%)").arg(value / 100)
                      : QString();
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("a discount of %1 is more than the %2 it is taken off%3")
                            .arg(plain(value), plain(base), percent));
        }
        return value;
    case Kind::Percent:
        if (value < 0 || value > 1000000)
            return fail(Error::Code::InvalidInput, QStringLiteral("a percentage must be 0-100"));
        return applyPpm(base, value);
    }
    return Minor(0);
}

Result<Discount>
Discount::parse(const QString &text, const Currency &c, NumberSource source, const QLocale &locale)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return Discount{};
    if (t.endsWith(QLatin1Char('%'))) {
        t.chop(1);
        auto v = parseFixed(t, 4, source, locale); // percent with up to 4 decimals -> ppm
        if (!v)
            return std::unexpected(v.error());
        if (*v < 0 || *v > 1000000)
            return fail(Error::Code::InvalidInput, QStringLiteral("a percentage must be 0-100"));
        return Discount::percent(*v);
    }
    auto m = parseMoney(t, c, source, locale);
    if (!m)
        return std::unexpected(m.error());
    if (*m < 0)
        return fail(Error::Code::InvalidInput, QStringLiteral("a discount must not be negative"));
    return Discount::amount(*m);
}

Result<QList<Minor>> allocate(Minor total, const QList<Minor> &weights)
{
    QList<Minor> out(weights.size(), 0);
    if (weights.isEmpty() || total == 0)
        return out;
    __int128 sum = 0;
    for (Minor w : weights) {
        if (w < 0)
            return fail(Error::Code::InvalidInput, QStringLiteral("negative allocation weight"));
        sum += w;
    }
    if (sum == 0) {
        out[0] = total;
        return out;
    }
    const bool negative = total < 0;
    const __int128 t = negative ? -static_cast<__int128>(total) : total;
    __int128 given = 0;
    QList<std::pair<__int128, qsizetype>> remainders;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const __int128 exact = t * weights[i];
        out[i] = static_cast<Minor>(exact / sum);
        given += out[i];
        remainders.append({exact % sum, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) {
        return a.first > b.first;
    });
    for (qsizetype k = 0; given < t; ++k, ++given)
        ++out[remainders[k % remainders.size()].second];
    if (negative)
        for (Minor &m : out)
            m = -m;
    return out;
}

Result<Computation> computeCart(const SaleRules &rules, const Cart &cart)
{
    Computation c;
    if (cart.lines.size() > kMaxLines)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("a sale has at most %1 lines").arg(kMaxLines));
    const qsizetype n = cart.lines.size();
    QList<Minor> net0(n);
    c.lines.resize(n);
    for (qsizetype i = 0; i < n; ++i) {
        const CartLine &l = cart.lines[i];
        if (l.qty <= 0 || l.qty > kMaxQuantity)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("quantity of %1 must be above 0 and at most 1,000,000")
                            .arg(l.product.name));
        if (l.product.price < 0)
            return fail(Error::Code::InvalidInput, QStringLiteral("negative price"));
        auto gross = lineAmount(l.product.price, l.qty);
        if (!gross)
            return std::unexpected(gross.error());
        if (*gross > kMaxAmount || c.subtotal + *gross > kMaxAmount)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("the sale comes to more than %1").arg(plain(kMaxAmount)));
        const auto disc = l.discount.on(*gross);
        if (!disc)
            return std::unexpected(disc.error());
        c.lines[i].gross = *gross;
        c.lines[i].discount = *disc;
        net0[i] = *gross - *disc;
        c.subtotal += *gross;
    }
    const Minor netBeforeCart = std::accumulate(net0.begin(), net0.end(), Minor(0));
    const auto cartDisc = cart.discount.on(netBeforeCart);
    if (!cartDisc)
        return std::unexpected(cartDisc.error());
    auto shares = allocate(*cartDisc, net0);
    if (!shares)
        return std::unexpected(shares.error());
    for (qsizetype i = 0; i < n; ++i) {
        c.lines[i].discount += (*shares)[i];
        c.lines[i].net = net0[i] - (*shares)[i];
        c.discount += c.lines[i].discount;
        c.net += c.lines[i].net;
        const auto tc = rules.taxCategories.constFind(cart.lines[i].product.taxCategory);
        c.lines[i].taxRatePpm = tc == rules.taxCategories.cend() ? 0 : tc->ratePpm;
    }

    // Tenders, validated and put in the order they are applied.
    struct Pending
    {
        qsizetype index;
        const TenderType *type;
        int phase;
        const IncentiveRule *incentive; // an incentive tender: pays before SNAP, for its class
    };
    QList<Pending> order;
    for (qsizetype k = 0; k < cart.tenders.size(); ++k) {
        const TenderEntry &e = cart.tenders[k];
        const TenderType *t = rules.tender(e.code);
        if (!t || !t->enabled)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("unknown tender \"%1\"").arg(e.code.left(40)));
        if (const QString p = positiveAmountProblem(e.amount, t->name + QStringLiteral(" amount"));
            !p.isEmpty())
            return fail(Error::Code::InvalidInput, p);
        if (t->faceValue > 0 && e.amount % t->faceValue != 0)
            return fail(
                Error::Code::InvalidInput,
                QStringLiteral("%1 come in whole tokens of %2").arg(t->name, plain(t->faceValue)));
        // Under cash rounding no coin smaller than the step changes hands, so no amount that
        // is not a whole number of steps is ever stored.
        if (rules.roundsCash(*t) && e.amount % rules.cashStep() != 0)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("%1 changes hands in steps of %2 (cash rounding): %3 is "
                                       "not one; take %4")
                            .arg(t->name,
                                 plain(rules.cashStep()),
                                 plain(e.amount),
                                 plain(roundToStep(e.amount, rules.cashStep()))));
        const bool restricted = t->eligibility != u"any";
        const IncentiveRule *incentive = rules.incentive(t->code);
        const int phase = incentive || (restricted && t->untaxed) ? 0
                          : restricted                            ? 1
                          : t->givesChange                        ? 3
                                                                  : 2;
        order.append({k, t, phase, incentive});
        c.tenders.append(ComputedTender{e.code, e.amount, 0, 0, 0, e.reference});
    }
    std::stable_sort(order.begin(), order.end(), [](const Pending &a, const Pending &b) {
        return a.phase != b.phase ? a.phase < b.phase : a.incentive && !b.incentive;
    });

    auto ineligibleNames = [&](const QString &eligibility) {
        QStringList names;
        for (const CartLine &l : cart.lines)
            if (!l.product.eligibleFor(eligibility) && !names.contains(l.product.name))
                names << l.product.name;
        return names;
    };
    auto overpaid = [&](const Pending &p, Minor excess) {
        const ComputedTender &ct = c.tenders[p.index];
        TenderProblem tp;
        tp.tender = ct.code;
        tp.excess = excess;
        tp.maxAmount = ct.applied;
        if (p.type->eligibility != u"any")
            tp.ineligibleItems = ineligibleNames(p.type->eligibility);
        c.problems << tp;
    };

    // Phase 0: untaxed tenders (SNAP) pay eligible net amounts, taxable lines first; among
    // lines of one rate, those an incentive matches first, so the SNAP paid there earns it,
    auto matched = [&](qsizetype i) {
        for (const IncentiveRule &r : rules.incentives)
            if (cart.lines[i].product.inClass(r.matchClass))
                return true;
        return false;
    };
    // and lines another restricted tender of this sale (an FMNP check) pays for last, so each
    // program is left what it can pay.
    auto claimed = [&](qsizetype i) {
        for (const Pending &p : order)
            if (p.phase == 1 && cart.lines[i].product.eligibleFor(p.type->eligibility))
                return true;
        return false;
    };
    const QList<qsizetype> byRate = untaxedPaymentOrder(c.lines, matched, claimed);
    QList<Minor> spent(rules.incentives.size(), 0); // SNAP paid on each rule's class
    for (const Pending &p : order) {
        if (p.phase != 0)
            continue;
        ComputedTender &ct = c.tenders[p.index];
        Minor left = ct.tendered;
        const QString &cls = p.incentive ? p.incentive->matchClass : p.type->eligibility;
        for (qsizetype i : byRate) {
            if (!cart.lines[i].product.eligibleFor(cls))
                continue;
            const Minor take = std::min(left, c.lines[i].net - c.lines[i].untaxedPaid);
            c.lines[i].untaxedPaid += take;
            left -= take;
            if (!p.incentive)
                for (qsizetype r = 0; r < rules.incentives.size(); ++r)
                    if (p.type->eligibility == rules.incentives[r].sourceClass
                        && cart.lines[i].product.inClass(rules.incentives[r].matchClass))
                        spent[r] += take;
        }
        ct.applied = ct.tendered - left;
        ct.untaxedBase = ct.applied;
        if (left > 0) {
            if (p.type->givesChange)
                ct.change = left;
            else
                overpaid(p, left);
        }
    }

    // Tax per category on what untaxed tenders did not pay; rounded once per category.
    QHash<QString, QList<qsizetype>> byCategory;
    for (qsizetype i = 0; i < n; ++i)
        byCategory[cart.lines[i].product.taxCategory].append(i);
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        const qint64 rate = c.lines[it->first()].taxRatePpm;
        QList<Minor> bases;
        Minor base = 0;
        for (qsizetype i : *it) {
            bases << c.lines[i].net - c.lines[i].untaxedPaid;
            base += bases.last();
        }
        Result<Minor> tax = rules.taxInclusive
                                ? divRound(static_cast<__int128>(base) * rate, 1000000 + rate)
                                : applyPpm(base, rate);
        if (!tax)
            return std::unexpected(tax.error());
        auto parts = allocate(*tax, bases);
        if (!parts)
            return std::unexpected(parts.error());
        for (qsizetype k = 0; k < it->size(); ++k)
            c.lines[(*it)[k]].tax = (*parts)[k];
        if (*tax != 0)
            c.taxByCategory.insert(it.key(), *tax);
        c.tax += *tax;
    }
    c.total = rules.taxInclusive ? c.net : c.net + c.tax;

    QList<Minor> rem(n);
    for (qsizetype i = 0; i < n; ++i)
        rem[i] = (rules.taxInclusive ? c.lines[i].net : c.lines[i].net + c.lines[i].tax)
                 - c.lines[i].untaxedPaid;

    // Phase 1: other restricted tenders pay their eligible lines (with tax).
    for (const Pending &p : order) {
        if (p.phase != 1)
            continue;
        ComputedTender &ct = c.tenders[p.index];
        Minor left = ct.tendered;
        for (qsizetype i = 0; i < n; ++i) {
            if (!cart.lines[i].product.eligibleFor(p.type->eligibility))
                continue;
            const Minor take = std::min(left, rem[i]);
            rem[i] -= take;
            left -= take;
        }
        ct.applied = ct.tendered - left;
        if (left > 0) {
            if (p.type->givesChange)
                ct.change = left;
            else
                overpaid(p, left);
        }
    }

    // Phases 2 and 3: unrestricted tenders, cash (change-giving) last.
    Minor remaining = std::accumulate(rem.begin(), rem.end(), Minor(0));
    Minor cashTendered = 0;
    for (const Pending &p : order)
        if (p.phase == 3)
            cashTendered += c.tenders[p.index].tendered;
    for (const Pending &p : order) {
        if (p.phase < 2)
            continue;
        ComputedTender &ct = c.tenders[p.index];
        if (p.phase == 3 && rules.cashRounding > 1 && c.rounding == 0 && remaining > 0) {
            // Round only when cash settles the sale; a partial cash payment is exact.
            const Minor rounded = roundToStep(remaining, rules.cashRounding);
            if (cashTendered >= rounded) {
                c.rounding = rounded - remaining;
                remaining = rounded;
                c.total += c.rounding;
            }
        }
        const Minor take = std::min(ct.tendered, remaining);
        ct.applied = take;
        remaining -= take;
        const Minor left = ct.tendered - take;
        if (left > 0) {
            if (p.type->givesChange)
                ct.change = left;
            else
                overpaid(p, left);
        }
    }
    for (const ComputedTender &t : c.tenders) {
        c.paid += t.applied;
        c.change += t.change;
    }
    c.due = std::max<Minor>(0, c.total - c.paid);
    c.cashDue = rules.cashStep() > 0 && c.due > 0 ? roundToStep(c.due, rules.cashStep()) : c.due;
    for (TenderProblem &tp : c.problems) {
        tp.remaining = c.due;
        // Items it cannot pay for explain the excess only while something is left to pay;
        // otherwise the tender was simply given more than it can take.
        tp.kind = !tp.ineligibleItems.isEmpty() && c.due > 0 ? TenderProblem::Kind::Ineligible
                                                             : TenderProblem::Kind::NoChange;
        if (tp.kind == TenderProblem::Kind::NoChange)
            tp.ineligibleItems.clear();
    }
    // A tender that found nothing left to pay (the sale was already paid, or comes to 0.00)
    // would be all change; cash that settled the sale by rounding alone is the exception.
    for (const Pending &p : order) {
        const ComputedTender &ct = c.tenders[p.index];
        if (ct.applied != 0 || (rules.roundsCash(*p.type) && c.rounding != 0))
            continue;
        auto existing = std::find_if(c.problems.begin(), c.problems.end(), [&](const auto &tp) {
            return tp.tender == ct.code;
        });
        if (existing != c.problems.end() && existing->kind == TenderProblem::Kind::Ineligible)
            continue;
        if (existing != c.problems.end())
            c.problems.erase(existing);
        TenderProblem tp;
        tp.kind = TenderProblem::Kind::NothingDue;
        tp.tender = ct.code;
        tp.excess = ct.tendered;
        tp.remaining = c.due;
        c.problems << tp;
    }
    // The match each incentive earned: a share of the SNAP paid on its class, within what is
    // left of the customer's cap. Asking for more is refused with the most it can pay.
    for (qsizetype r = 0; r < rules.incentives.size(); ++r) {
        const IncentiveRule &rule = rules.incentives[r];
        IncentiveOutcome out;
        out.tender = rule.tenderCode;
        out.spent = spent[r];
        out.capLeft = std::max<Minor>(0, cart.incentiveLeft.value(rule.tenderCode, rule.cap));
        auto share = applyPpm(spent[r], rule.matchPpm);
        if (!share)
            return std::unexpected(share.error());
        out.earned = std::min(*share, out.capLeft);
        qsizetype used = -1;
        for (const Pending &p : order)
            if (p.incentive == &rule) {
                out.applied += c.tenders[p.index].applied;
                used = p.index;
            }
        if (used < 0 && cart.benefitCard.isEmpty())
            continue;
        c.incentives << out;
        if (used < 0)
            continue;
        // Without the customer's card the match pays nothing: that is what to say first.
        if (cart.benefitCard.isEmpty())
            c.problems.removeIf(
                [&](const TenderProblem &tp) { return tp.tender == rule.tenderCode; });
        const bool known = std::any_of(c.problems.cbegin(), c.problems.cend(), [&](auto &tp) {
            return tp.tender == rule.tenderCode;
        });
        if (known)
            continue;
        if (cart.benefitCard.isEmpty() || out.applied > out.earned) {
            TenderProblem tp;
            tp.kind = cart.benefitCard.isEmpty() ? TenderProblem::Kind::NeedsCard
                                                 : TenderProblem::Kind::OverMatch;
            tp.tender = rule.tenderCode;
            tp.maxAmount = cart.benefitCard.isEmpty() ? 0 : out.earned;
            tp.excess = out.applied - tp.maxAmount;
            tp.remaining = c.due;
            c.problems << tp;
        }
    }
    for (TenderProblem &tp : c.problems) {
        const TenderType *t = rules.tender(tp.tender);
        const QString name = t ? t->name : tp.tender;
        switch (tp.kind) {
        case TenderProblem::Kind::Ineligible:
            tp.detail = QStringLiteral("%1 can't pay for %2; %3 left to pay by another tender")
                            .arg(name,
                                 tp.ineligibleItems.join(QStringLiteral(", ")),
                                 plain(tp.remaining));
            break;
        case TenderProblem::Kind::NoChange:
            tp.detail = QStringLiteral("%1 gives no change: it can pay at most %2 of this sale, "
                                       "and was given %3 too much")
                            .arg(name, plain(tp.maxAmount), plain(tp.excess));
            break;
        case TenderProblem::Kind::NothingDue:
            tp.detail = c.total == 0 ? QStringLiteral("nothing is left to pay: the sale comes to "
                                                      "0.00, so %1 is not needed")
                                           .arg(name)
                                     : QStringLiteral("nothing is left to pay when %1 comes: the "
                                                      "other tenders already pay the %2")
                                           .arg(name, plain(c.total));
            break;
        case TenderProblem::Kind::OverMatch:
            tp.detail = QStringLiteral("%1 matches the SNAP paid for its items: it can pay at most "
                                       "%2 here, and was given %3 too much")
                            .arg(name, plain(tp.maxAmount), plain(tp.excess));
            break;
        case TenderProblem::Kind::NeedsCard:
            tp.detail = QStringLiteral("%1 needs the customer's card: the last 4 digits of the EBT "
                                       "card or the program card number")
                            .arg(name);
            break;
        }
    }
    return c;
}

} // namespace sk
