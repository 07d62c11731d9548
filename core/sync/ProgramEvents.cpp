#include "core/sync/ProgramEvents.h"

#include "core/model/MarketDay.h"

#include <QRegularExpression>

namespace sk::programsync {

namespace {

std::unexpected<Error> bad(const QString &what, const QString &why)
{
    return std::unexpected(Error::invalid(QStringLiteral("%1: %2").arg(what, why)));
}

bool isTenderCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_]{1,40}$"));
    return re.match(code).hasMatch();
}

// An amount as the wire carries it: a decimal string within [lo, hi].
std::optional<qint64> decimal(const QJsonObject &o, const char *key, qint64 lo, qint64 hi)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        return std::nullopt;
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    if (!ok || n < lo || n > hi)
        return std::nullopt;
    return n;
}

bool flag(const QJsonObject &o, const char *key, bool *out, bool optional = false)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (optional && v.isUndefined()) {
        *out = false;
        return true;
    }
    *out = v.toBool();
    return v.isBool();
}

} // namespace

bool isProgramEvent(const QString &type)
{
    return type == QLatin1String(kClassType) || type == QLatin1String(kCategoryType)
           || type == QLatin1String(kIncentiveType) || type == QLatin1String(kFeeType);
}

QJsonObject classJson(const EligibilityClass &c, bool removed)
{
    return {{QStringLiteral("code"), c.code},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("sort"), c.sort},
            {QStringLiteral("removed"), removed}};
}

QJsonObject categoryJson(const CategoryDefault &d)
{
    QStringList classes = d.classes;
    classes.sort();
    return {{QStringLiteral("category"), d.category.trimmed()},
            {QStringLiteral("classes"), classes.join(u' ')},
            {QStringLiteral("kind"), productKindCode(d.kind)}};
}

QJsonObject incentiveJson(const IncentiveRule &r)
{
    return {{QStringLiteral("tender_code"), r.tenderCode},
            {QStringLiteral("source_class"), r.sourceClass},
            {QStringLiteral("match_class"), r.matchClass},
            {QStringLiteral("match_ppm"), QString::number(r.matchPpm)},
            {QStringLiteral("cap"), QString::number(r.cap)},
            {QStringLiteral("period"), incentivePeriodCode(r.period)},
            {QStringLiteral("enabled"), r.enabled}};
}

QJsonObject feeJson(const MarketFee &f, bool removed)
{
    return {{QStringLiteral("market"), f.market.trimmed()},
            {QStringLiteral("share_ppm"), QString::number(f.sharePpm)},
            {QStringLiteral("tenders"), f.tenders.join(u' ')},
            {QStringLiteral("include_tax"), f.includeTax},
            {QStringLiteral("min_daily"), QString::number(f.minDaily)},
            {QStringLiteral("max_daily"), QString::number(f.maxDaily)},
            {QStringLiteral("stall_fee"), QString::number(f.stallFee)},
            {QStringLiteral("weekly"), f.weekly},
            {QStringLiteral("removed"), removed}};
}

Result<EligibilityClass> classFromJson(const QJsonObject &o, bool *removed)
{
    const QString what = QStringLiteral("eligibility class");
    EligibilityClass c;
    c.code = o.value(QLatin1String("code")).toString();
    c.name = o.value(QLatin1String("name")).toString();
    const QJsonValue sort = o.value(QLatin1String("sort"));
    c.sort = sort.toInt();
    if (!isClassCode(c.code) || c.code == u"any")
        return bad(what, QStringLiteral("code must be 1-32 lower-case letters, digits or _"));
    if (c.name.trimmed().isEmpty() || c.name.size() > 60)
        return bad(what, QStringLiteral("a class needs a name of 1-60 characters"));
    if (!sort.isDouble() || sort.toDouble() != double(c.sort) || c.sort < 0)
        return bad(what, QStringLiteral("sort must be a whole number, 0 or more"));
    if (!flag(o, "removed", removed))
        return bad(what, QStringLiteral("\"removed\" must be true or false"));
    return c;
}

Result<CategoryDefault> categoryFromJson(const QJsonObject &o)
{
    const QString what = QStringLiteral("category default");
    CategoryDefault d;
    d.category = o.value(QLatin1String("category")).toString();
    if (d.category.trimmed().isEmpty() || d.category.size() > 200)
        return bad(what, QStringLiteral("a category name has 1-200 characters"));
    const QJsonValue classes = o.value(QLatin1String("classes"));
    if (!classes.isString())
        return bad(what, QStringLiteral("\"classes\" must be a list of class codes"));
    auto list = parseClassList(classes.toString());
    if (!list)
        return bad(what, list.error().detail);
    d.classes = *list;
    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind != u"goods" && kind != u"nonfood")
        return bad(what, QStringLiteral("kind must be goods or nonfood"));
    d.kind = kind == u"nonfood" ? ProductKind::NonFood : ProductKind::Goods;
    if (d.kind == ProductKind::NonFood)
        for (const QString &c : foodProgramClasses())
            if (d.classes.contains(c))
                return bad(
                    what,
                    QStringLiteral("fees, deposits and bags cannot be in class \"%1\"").arg(c));
    return d;
}

Result<IncentiveRule> incentiveFromJson(const QJsonObject &o)
{
    const QString what = QStringLiteral("incentive rule");
    IncentiveRule r;
    r.tenderCode = o.value(QLatin1String("tender_code")).toString();
    r.sourceClass = o.value(QLatin1String("source_class")).toString();
    r.matchClass = o.value(QLatin1String("match_class")).toString();
    if (!isTenderCode(r.tenderCode))
        return bad(what, QStringLiteral("tender_code is not a tender code"));
    if (!isClassCode(r.sourceClass) || !isClassCode(r.matchClass))
        return bad(what, QStringLiteral("source_class and match_class must be class codes"));
    const auto ppm = decimal(o, "match_ppm", kMinIncentivePpm, kMaxIncentivePpm);
    if (!ppm)
        return bad(what, QStringLiteral("the match must be 1-1000 %"));
    r.matchPpm = *ppm;
    const auto cap = decimal(o, "cap", 0, kMaxIncentiveCap);
    if (!cap)
        return bad(what,
                   QStringLiteral("the cap must be 0 to %1").arg(formatFixed(kMaxIncentiveCap, 2)));
    r.cap = *cap;
    const QString period = o.value(QLatin1String("period")).toString();
    if (period != u"day" && period != u"month")
        return bad(what, QStringLiteral("period must be day or month"));
    r.period = period == u"month" ? IncentiveRule::Period::Month : IncentiveRule::Period::Day;
    if (!flag(o, "enabled", &r.enabled))
        return bad(what, QStringLiteral("\"enabled\" must be true or false"));
    return r;
}

Result<MarketFee> feeFromJson(const QJsonObject &o, bool *removed)
{
    const QString what = QStringLiteral("market fee");
    MarketFee f;
    f.market = o.value(QLatin1String("market")).toString();
    if (f.market.trimmed().isEmpty() || f.market.size() > MarketDay::kMaxMarketName)
        return bad(what, QStringLiteral("a market name has 1-200 characters"));
    const auto share = decimal(o, "share_ppm", 0, 1000000);
    if (!share)
        return bad(what, QStringLiteral("the market's share must be 0 to 100 %"));
    f.sharePpm = *share;
    const QJsonValue tenders = o.value(QLatin1String("tenders"));
    if (!tenders.isString())
        return bad(what, QStringLiteral("\"tenders\" must be a list of tender codes"));
    f.tenders = tenders.toString().split(u' ', Qt::SkipEmptyParts);
    for (const QString &t : f.tenders)
        if (!isTenderCode(t))
            return bad(what, QStringLiteral("\"%1\" is not a tender code").arg(t.left(40)));
    Minor *amounts[] = {&f.minDaily, &f.maxDaily, &f.stallFee};
    const char *keys[] = {"min_daily", "max_daily", "stall_fee"};
    for (int i = 0; i < 3; ++i) {
        const auto a = decimal(o, keys[i], 0, kMaxMarketFeeAmount);
        if (!a)
            return bad(what,
                       QStringLiteral("%1 must be 0 to %2")
                           .arg(QLatin1String(keys[i]), formatFixed(kMaxMarketFeeAmount, 2)));
        *amounts[i] = *a;
    }
    if (f.maxDaily > 0 && f.maxDaily < f.minDaily)
        return bad(what, QStringLiteral("the most per day must not be below the least per day"));
    if (!flag(o, "include_tax", &f.includeTax) || !flag(o, "weekly", &f.weekly)
        || !flag(o, "removed", removed))
        return bad(what, QStringLiteral("include_tax, weekly and removed must be true or false"));
    return f;
}

Status checkEvent(const sync::Event &e)
{
    bool removed = false;
    if (e.type == QLatin1String(kClassType)) {
        if (auto c = classFromJson(e.data, &removed); !c)
            return std::unexpected(c.error());
    } else if (e.type == QLatin1String(kCategoryType)) {
        if (auto c = categoryFromJson(e.data); !c)
            return std::unexpected(c.error());
    } else if (e.type == QLatin1String(kIncentiveType)) {
        if (auto r = incentiveFromJson(e.data); !r)
            return std::unexpected(r.error());
    } else if (e.type == QLatin1String(kFeeType)) {
        if (auto f = feeFromJson(e.data, &removed); !f)
            return std::unexpected(f.error());
    }
    return {};
}

} // namespace sk::programsync
