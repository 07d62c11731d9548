#include "core/model/TaxTender.h"

#include "core/EnumCodes.h"
#include "core/model/Product.h"

#include <QJsonValue>
#include <QRegularExpression>

namespace sk {

namespace {
// In the order of RefundTo.
constexpr auto kRefundTo = enumCodes<RefundTo>("any", "same", "exchange");
} // namespace

QString refundToCode(RefundTo r)
{
    return kRefundTo.code(r, QLatin1String("same"));
}

Result<RefundTo> refundToFromCode(const QString &code)
{
    if (const auto r = kRefundTo.value(code))
        return *r;
    return fail(Error::Code::InvalidInput,
                QStringLiteral("where refunds go back must be one of: any, same or exchange"));
}

RefundTo defaultRefundTo(const QString &eligibility)
{
    return eligibility == u"any" ? RefundTo::Any : RefundTo::Same;
}

namespace taxtender {

namespace {
QString codeOf(const QJsonObject &o, bool *ok)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_]{1,40}$"));
    const QString code = o.value(QLatin1String("code")).toString();
    *ok = re.match(code).hasMatch();
    return code;
}
} // namespace

bool paysForKnown(const QString &cls)
{
    return cls == u"any" || isClassCode(cls);
}

QJsonObject toJson(const TaxCategory &t)
{
    return {{QStringLiteral("code"), t.code},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("rate_ppm"), QString::number(t.ratePpm)},
            {QStringLiteral("active"), t.active}};
}

QJsonObject toJson(const TenderType &t)
{
    return {{QStringLiteral("code"), t.code},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("gives_change"), t.givesChange},
            {QStringLiteral("eligibility"), t.eligibility},
            {QStringLiteral("untaxed"), t.untaxed},
            {QStringLiteral("face_value"), QString::number(t.faceValue)},
            {QStringLiteral("enabled"), t.enabled},
            {QStringLiteral("sort"), t.sort},
            {QStringLiteral("refund_to"), refundToCode(t.refundTo)},
            {QStringLiteral("program"), t.program},
            {QStringLiteral("deposit_days"), t.depositDays}};
}

Result<TaxCategory> taxCategoryFromJson(const QJsonObject &o)
{
    TaxCategory t;
    bool ok = false;
    t.code = codeOf(o, &ok);
    bool rateOk = false;
    t.ratePpm = o.value(QLatin1String("rate_ppm")).toString().toLongLong(&rateOk);
    t.name = o.value(QLatin1String("name")).toString();
    t.active = o.value(QLatin1String("active")).toBool(true);
    if (!ok || !rateOk || t.name.trimmed().isEmpty() || t.name.size() > kMaxName || t.ratePpm < 0
        || t.ratePpm > 1000000 || !o.value(QLatin1String("active")).isBool())
        return fail(Error::Code::InvalidInput, QStringLiteral("malformed tax category"));
    return t;
}

Result<TenderType> tenderTypeFromJson(const QJsonObject &o)
{
    TenderType t;
    bool ok = false;
    t.code = codeOf(o, &ok);
    bool faceOk = false;
    t.faceValue = o.value(QLatin1String("face_value")).toString().toLongLong(&faceOk);
    t.name = o.value(QLatin1String("name")).toString();
    t.givesChange = o.value(QLatin1String("gives_change")).toBool();
    t.eligibility = o.value(QLatin1String("eligibility")).toString();
    t.untaxed = o.value(QLatin1String("untaxed")).toBool();
    t.enabled = o.value(QLatin1String("enabled")).toBool();
    t.sort = o.value(QLatin1String("sort")).toInt();
    for (const char *flag : {"gives_change", "untaxed", "enabled"})
        ok = ok && o.value(QLatin1String(flag)).isBool();
    // Absent from events of older versions: a new tender then starts as its kind does.
    const QJsonValue refundTo = o.value(QLatin1String("refund_to"));
    if (refundTo.isUndefined()) {
        t.refundTo = defaultRefundTo(t.eligibility);
    } else {
        auto r = refundToFromCode(refundTo.toString());
        ok = ok && r.has_value();
        t.refundTo = r.value_or(RefundTo::Same);
    }
    // Absent from events of versions without programs: applyTenderTypeEvent keeps the stored one.
    const QJsonValue program = o.value(QLatin1String("program"));
    const QJsonValue days = o.value(QLatin1String("deposit_days"));
    if (!program.isUndefined() || !days.isUndefined()) {
        ok = ok && program.isString() && days.isDouble();
        t.program = program.toString().trimmed();
        t.depositDays = days.toInt(-1);
        ok = ok && t.program.size() <= kMaxName && t.depositDays >= 0
             && t.depositDays <= kMaxDepositDays && days.toDouble() == t.depositDays;
    }
    if (!ok || !faceOk || t.name.trimmed().isEmpty() || t.name.size() > kMaxName
        || !paysForKnown(t.eligibility) || t.faceValue < 0 || t.faceValue > kMaxFaceValue
        || !o.value(QLatin1String("sort")).isDouble()
        || (t.eligibility != u"any" && t.refundTo == RefundTo::Any))
        return fail(Error::Code::InvalidInput, QStringLiteral("malformed tender type"));
    return t;
}

} // namespace taxtender

} // namespace sk
