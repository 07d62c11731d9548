#include "core/Incentive.h"

#include "core/CardNumber.h"
#include "core/Eligibility.h"
#include "core/ProgramSync.h"
#include "core/RefundRule.h"
#include "core/RuleRows.h"
#include "core/sync/EventValidator.h"
#include "core/sync/SyncEngine.h"

#include <QDateTime>

namespace sk {

Result<QList<IncentiveRule>> IncentiveRepository::rules(bool includeDisabled)
{
    auto q = m_db.exec(QStringLiteral("SELECT tender_code, source_class, match_class, match_ppm, "
                                      "cap, period, enabled FROM incentive_rules ORDER BY "
                                      "tender_code"));
    if (!q)
        return std::unexpected(q.error());
    QList<IncentiveRule> out;
    while (q->next()) {
        IncentiveRule r = incentiveRuleRow(*q);
        r.enabled = q->value(6).toBool();
        if (r.enabled || includeDisabled)
            out << r;
    }
    return out;
}

Result<IncentiveRule> IncentiveRepository::save(const IncentiveRule &r)
{
    auto bad = [](const QString &m) {
        return fail(Error::Code::InvalidInput, m);
    };
    if (r.matchPpm < kMinIncentivePpm || r.matchPpm > kMaxIncentivePpm)
        return bad(QStringLiteral("the match must be 1-1000 %"));
    if (r.cap < 0 || r.cap > kMaxIncentiveCap)
        return bad(QStringLiteral("the cap must be 0 to %1").arg(formatFixed(kMaxIncentiveCap, 2)));
    EligibilityRepository classes(m_db);
    for (const QString &c : {r.sourceClass, r.matchClass})
        if (!isClassCode(c) || !classes.exists(c))
            return bad(QStringLiteral("no class \"%1\" (class list)").arg(c.left(40)));
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    auto rules = SaleRules::load(m_db);
    if (!rules)
        return std::unexpected(rules.error());
    const TenderType *t = rules->tender(r.tenderCode);
    if (!t)
        return bad(QStringLiteral("no tender \"%1\" (tender list)").arg(r.tenderCode.left(40)));
    if (t->eligibility != r.matchClass || t->givesChange || t->refundTo == RefundTo::Any)
        return bad(QStringLiteral("tender %1 must pay only for class %2, give no change and take "
                                  "its refunds back itself (tender set %1 --pays %2)")
                       .arg(r.tenderCode, r.matchClass));
    const qint64 hlc = Database::hlc().now();
    auto w = m_db.exec(QStringLiteral("INSERT INTO incentive_rules (tender_code, source_class, "
                                      "match_class, match_ppm, cap, period, enabled, hlc) VALUES "
                                      "(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tender_code) DO "
                                      "UPDATE SET source_class = excluded.source_class, "
                                      "match_class = excluded.match_class, match_ppm = "
                                      "excluded.match_ppm, cap = excluded.cap, period = "
                                      "excluded.period, enabled = excluded.enabled, hlc = "
                                      "excluded.hlc"),
                       {r.tenderCode,
                        r.sourceClass,
                        r.matchClass,
                        r.matchPpm,
                        r.cap,
                        incentivePeriodCode(r.period),
                        int(r.enabled),
                        hlc});
    if (!w)
        return std::unexpected(w.error());
    if (auto o = programsync::append(
            m_db, programsync::kIncentiveType, programsync::incentiveJson(r), hlc);
        !o)
        return std::unexpected(o.error());
    if (r.enabled) {
        auto on = m_db.exec(QStringLiteral("UPDATE tender_types SET enabled = 1 WHERE code = ?"),
                            {r.tenderCode});
        if (!on)
            return std::unexpected(on.error());
    }
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return r;
}

Result<Minor> IncentiveLedger::used(const IncentiveRule &rule, const QString &card, qint64 atMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs > 0 ? atMs : Clock::nowMs());
    const bool month = rule.period == IncentiveRule::Period::Month;
    const QString period
        = at.toString(month ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd"));
    // A refund counts in the period of the sale it gives back part of.
    auto v = m_db.scalar(
        QStringLiteral("SELECT coalesce(sum(st.amount), 0) FROM sale_tenders st JOIN sales s ON "
                       "s.id = st.sale_id LEFT JOIN sale_tenders o ON o.id = st.ref_tender_id "
                       "LEFT JOIN sales os ON os.id = o.sale_id WHERE st.tender = ? AND "
                       "st.reference = ? AND strftime(?, (coalesce(os.created_at, s.created_at) "
                       "/ 1000) + coalesce(os.utc_offset, s.utc_offset), 'unixepoch') = ?"),
        {rule.tenderCode,
         card,
         month ? QStringLiteral("%Y-%m") : QStringLiteral("%Y-%m-%d"),
         period});
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

namespace {
// A cap is counted by the calendar day or month of this device's clock: with a clock known to
// be off, a match would count on the wrong day (a second full cap the same day, or a cap used up
// tomorrow), so the match waits until the clock is set. Known off: by the offset to the server's
// clock measured at the last sync, or by a match of this card recorded later than now (the clock
// was set back since).
Status checkClockForCaps(Database &db, const SaleRules &rules, const QString &card)
{
    const qint64 now = Clock::nowMs();
    const qint64 offset = db.localSetting(sync::keys::clockOffset()).toLongLong();
    if (offset > kMaxClockSkewMs || offset < -kMaxClockSkewMs)
        return fail(Error::Code::Conflict,
                    QStringLiteral("this device's clock is %1 %2 the server's: set its date and "
                                   "time before applying an incentive match (its cap counts by "
                                   "day)")
                        .arg(sync::durationText(offset),
                             offset > 0 ? QStringLiteral("behind") : QStringLiteral("ahead of")));
    for (const IncentiveRule &r : rules.incentives) {
        auto latest = db.scalar(QStringLiteral("SELECT max(s.created_at) FROM sale_tenders st "
                                               "JOIN sales s ON s.id = st.sale_id WHERE "
                                               "st.tender = ? AND st.reference = ?"),
                                {r.tenderCode, card});
        if (!latest)
            return std::unexpected(latest.error());
        const qint64 at = latest->toLongLong();
        if (!latest->isNull() && at > now && at - now > kMaxClockSkewMs)
            return fail(Error::Code::Conflict,
                        QStringLiteral("this device's clock is %1 behind the last match of card "
                                       "%2: set its date and time before applying an incentive "
                                       "match (its cap counts by day)")
                            .arg(sync::durationText(at - now), card));
    }
    return {};
}
} // namespace

Status IncentiveLedger::prepare(const SaleRules &rules, Cart &cart)
{
    cart.incentiveLeft.clear();
    if (!cart.benefitCard.isEmpty()) {
        auto card = normalizeBenefitCard(cart.benefitCard);
        if (!card)
            return std::unexpected(card.error());
        cart.benefitCard = *card;
        if (auto c = checkClockForCaps(m_db, rules, cart.benefitCard); !c)
            return c;
        for (const IncentiveRule &r : rules.incentives) {
            auto u = used(r, cart.benefitCard);
            if (!u)
                return std::unexpected(u.error());
            cart.incentiveLeft.insert(r.tenderCode, std::max<Minor>(0, r.cap - *u));
        }
    }
    for (TenderEntry &e : cart.tenders) {
        if (rules.incentive(e.code))
            e.reference = cart.benefitCard;
        // A benefit or bank card number is never stored whole.
        if (holdsCardNumber(e.reference))
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("a tender's reference looks like a whole card number: keep "
                                       "only its last 4 digits"));
    }
    return {};
}

namespace {
// It can pay `amount` when that makes no tender a problem that was not one before (taking
// from SNAP what an FMNP check already pays is not a split).
bool payable(const SaleRules &rules,
             const Cart &cart,
             const QStringList &troubled,
             const QString &code,
             Minor amount)
{
    Cart trial = cart;
    trial.tenders.append(TenderEntry{code, amount, cart.benefitCard});
    auto c = computeCart(rules, trial);
    if (!c)
        return false;
    return std::all_of(c->problems.cbegin(), c->problems.cend(), [&](const TenderProblem &p) {
        return p.tender != code && troubled.contains(p.tender);
    });
}
} // namespace

Minor mostTenderCanPay(const SaleRules &rules, const Cart &cart, const QString &code)
{
    const TenderType *t = rules.tender(code);
    auto now = computeCart(rules, cart);
    if (!t || !t->enabled || !now || now->due <= 0)
        return 0;
    QStringList troubled;
    for (const TenderProblem &p : now->problems)
        troubled << p.tender;
    const Minor step = t->faceValue > 0 ? t->faceValue : 1;
    // Whether it can pay an amount only gets harder as the amount grows: the largest one.
    Minor lo = 0, hi = now->due / step;
    while (lo < hi) {
        const Minor mid = lo + (hi - lo + 1) / 2;
        if (payable(rules, cart, troubled, code, mid * step))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo * step;
}

QList<TenderEntry>
planProgramSplit(const SaleRules &rules, const Cart &cart, const QStringList &offered)
{
    auto usable = [&](const TenderType &t) {
        return t.enabled && (offered.isEmpty() || offered.contains(t.code));
    };
    QList<TenderEntry> plan;
    Cart work = cart;
    auto base = computeCart(rules, cart);
    if (!base)
        return plan;
    for (const IncentiveRule &rule : rules.incentives) {
        const TenderType *inc = rules.tender(rule.tenderCode);
        const TenderType *source = nullptr;
        for (const TenderType &t : rules.tenders)
            if (!source && usable(t) && t.eligibility == rule.sourceClass && t.faceValue == 0
                && !rules.incentive(t.code))
                source = &t;
        if (!inc || !usable(*inc) || !source || cart.benefitCard.isEmpty())
            continue;
        // With a match of r, SNAP x on the class earns r x, and x + r x pays the class's F:
        // the incentive's part is F r / (1 + r), within the cap.
        Minor f = 0;
        for (qsizetype i = 0; i < cart.lines.size(); ++i)
            if (cart.lines[i].product.inClass(rule.matchClass)
                && cart.lines[i].product.eligibleFor(rule.sourceClass))
                f += base->lines[i].net - base->lines[i].untaxedPaid;
        const Minor capLeft = cart.incentiveLeft.value(rule.tenderCode, rule.cap);
        Minor share = static_cast<Minor>(static_cast<__int128>(f) * rule.matchPpm
                                         / (1000000 + rule.matchPpm));
        share = std::min(share, capLeft);
        if (share <= 0)
            continue;
        Cart trial = work;
        trial.tenders << TenderEntry{inc->code, share, cart.benefitCard};
        const Minor snap = mostTenderCanPay(rules, trial, source->code);
        trial.tenders << TenderEntry{source->code, snap, {}};
        auto check = computeCart(rules, trial);
        if (!check || snap <= 0 || !check->problems.isEmpty())
            continue;
        plan << trial.tenders[trial.tenders.size() - 2] << trial.tenders.last();
        work = trial;
    }
    // SNAP (and any other untaxed program) for the rest of its food.
    for (const TenderType &t : rules.tenders) {
        if (!usable(t) || !t.untaxed || t.eligibility == u"any" || t.faceValue > 0
            || rules.incentive(t.code))
            continue;
        if (std::any_of(plan.cbegin(), plan.cend(), [&](auto &e) { return e.code == t.code; }))
            continue;
        const Minor most = mostTenderCanPay(rules, work, t.code);
        if (most > 0) {
            plan << TenderEntry{t.code, most, {}};
            work.tenders << plan.last();
        }
    }
    return plan;
}

} // namespace sk

namespace sk {

Result<QList<IncentiveReceipt>>
incentiveReceipt(Database &db, const SaleRules &rules, const SaleRecord &sale)
{
    QList<IncentiveReceipt> out;
    if (sale.kind != u"sale")
        return out;
    auto split = splitPayments(rules, sale);
    for (const IncentiveRule &rule : rules.incentives) {
        IncentiveReceipt r;
        r.tender = rule.tenderCode;
        r.period = rule.period;
        Minor spent = 0;
        for (qsizetype k = 0; k < sale.tenders.size(); ++k) {
            const SaleTenderRecord &t = sale.tenders[k];
            const TenderType *type = rules.tender(t.tender);
            if (t.tender == rule.tenderCode) {
                r.applied += t.amount;
                r.card = t.reference;
            } else if (type && type->eligibility == rule.sourceClass) {
                r.snapPaid += t.amount;
                if (split)
                    for (qsizetype i = 0; i < sale.lines.size(); ++i)
                        if (sale.lines[i].eligibility.split(u' ').contains(rule.matchClass))
                            spent += split->paid[k][i];
            }
        }
        if (r.card.isEmpty())
            continue;
        auto used = IncentiveLedger(db).used(rule, r.card, sale.createdAt);
        if (!used)
            return std::unexpected(used.error());
        r.capLeft = std::max<Minor>(0, rule.cap - *used);
        auto share = applyPpm(spent, rule.matchPpm);
        r.earned = std::min(share.value_or(0), r.capLeft + r.applied);
        out << r;
    }
    return out;
}

} // namespace sk
