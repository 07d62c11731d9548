#include "core/ProgramSync.h"

#include "core/Catalog.h"
#include "core/DatabaseRows.h"
#include "core/Ids.h"
#include "core/Incentive.h"
#include "core/MarketDay.h"
#include "core/sync/SyncEngine.h"

#include <QRegularExpression>

namespace sk::programsync {

namespace {

Status exec(Database &db, const QString &sql, std::initializer_list<QVariant> binds)
{
    return executed(db.exec(sql, binds));
}

} // namespace

Status applyEvent(Database &db, const sync::Event &e)
{
    bool removed = false;
    if (e.type == QLatin1String(kClassType)) {
        auto c = classFromJson(e.data, &removed);
        if (!c)
            return std::unexpected(c.error());
        // A built-in class stays whatever an event says; its name follows the newest edit.
        if (removed)
            return exec(db,
                        QStringLiteral("DELETE FROM eligibility_classes WHERE code = ? AND "
                                       "builtin = 0 AND hlc <= ?"),
                        {c->code, e.hlc});
        return exec(db,
                    QStringLiteral("INSERT INTO eligibility_classes (code, name, builtin, sort, "
                                   "hlc) VALUES (?, ?, 0, ?, ?) ON CONFLICT (code) DO UPDATE SET "
                                   "name = excluded.name, hlc = excluded.hlc WHERE excluded.hlc > "
                                   "eligibility_classes.hlc"),
                    {c->code, c->name.trimmed(), c->sort, e.hlc});
    }
    if (e.type == QLatin1String(kCategoryType)) {
        auto d = categoryFromJson(e.data);
        if (!d)
            return std::unexpected(d.error());
        if (d->classes.isEmpty() && d->kind == ProductKind::Goods)
            return exec(db,
                        QStringLiteral("DELETE FROM category_classes WHERE category = ? AND "
                                       "hlc <= ?"),
                        {d->category.trimmed(), e.hlc});
        return exec(
            db,
            QStringLiteral("INSERT INTO category_classes (category, classes, kind, hlc) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (category) DO UPDATE SET "
                           "classes = excluded.classes, kind = excluded.kind, hlc = "
                           "excluded.hlc WHERE excluded.hlc > category_classes.hlc"),
            {d->category.trimmed(), d->classes.join(u' '), productKindCode(d->kind), e.hlc});
    }
    if (e.type == QLatin1String(kIncentiveType)) {
        auto r = incentiveFromJson(e.data);
        if (!r)
            return std::unexpected(r.error());
        auto w = db.exec(
            QStringLiteral("INSERT INTO incentive_rules (tender_code, source_class, match_class, "
                           "match_ppm, cap, period, enabled, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (tender_code) DO UPDATE SET source_class = "
                           "excluded.source_class, match_class = excluded.match_class, match_ppm "
                           "= excluded.match_ppm, cap = excluded.cap, period = excluded.period, "
                           "enabled = excluded.enabled, hlc = excluded.hlc WHERE excluded.hlc > "
                           "incentive_rules.hlc"),
            {r->tenderCode,
             r->sourceClass,
             r->matchClass,
             r->matchPpm,
             r->cap,
             incentivePeriodCode(r->period),
             int(r->enabled),
             e.hlc});
        if (!w)
            return std::unexpected(w.error());
        // As a local save does: a rule turned on turns its tender on.
        if (r->enabled && w->numRowsAffected() > 0)
            return exec(db,
                        QStringLiteral("UPDATE tender_types SET enabled = 1 WHERE code = ?"),
                        {r->tenderCode});
        return {};
    }
    if (e.type == QLatin1String(kFeeType)) {
        auto f = feeFromJson(e.data, &removed);
        if (!f)
            return std::unexpected(f.error());
        if (removed)
            return exec(db,
                        QStringLiteral("DELETE FROM market_fees WHERE market = ? AND hlc <= ?"),
                        {f->market.trimmed(), e.hlc});
        return exec(
            db,
            QStringLiteral("INSERT INTO market_fees (market, share_ppm, tenders, include_tax, "
                           "min_daily, max_daily, stall_fee, period, hlc) VALUES (?, ?, ?, ?, ?, "
                           "?, ?, ?, ?) ON CONFLICT (market) DO UPDATE SET share_ppm = "
                           "excluded.share_ppm, tenders = excluded.tenders, include_tax = "
                           "excluded.include_tax, min_daily = excluded.min_daily, max_daily = "
                           "excluded.max_daily, stall_fee = excluded.stall_fee, period = "
                           "excluded.period, hlc = excluded.hlc WHERE excluded.hlc > "
                           "market_fees.hlc"),
            {f->market.trimmed(),
             f->sharePpm,
             f->tenders.join(u' '),
             int(f->includeTax),
             f->minDaily,
             f->maxDaily,
             f->stallFee,
             f->weekly ? QStringLiteral("weekly") : QStringLiteral("daily"),
             e.hlc});
    }
    return fail(Error::Code::InvalidInput, QStringLiteral("not a program event: %1").arg(e.type));
}

Status append(Database &db, const char *type, const QJsonObject &data, qint64 hlc)
{
    return appendOutbox(db, QLatin1String(type), newUuid7(), hlc, data);
}

// Applied where every device applies pulled events (sync/SyncEngine.h).
namespace {
const sync::ApplyRegistration kClassReg{kClassType, applyEvent};
const sync::ApplyRegistration kCategoryReg{kCategoryType, applyEvent};
const sync::ApplyRegistration kIncentiveReg{kIncentiveType, applyEvent};
const sync::ApplyRegistration kFeeReg{kFeeType, applyEvent};
} // namespace

} // namespace sk::programsync
