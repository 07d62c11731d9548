#include "core/model/StockMovement.h"

#include "core/EnumCodes.h"

namespace sk {

namespace {
// In the order of StockKind.
constexpr auto kCodes
    = enumCodes<StockKind>("receive", "sale", "refund", "waste", "adjust", "count", "reserve");
} // namespace

QJsonObject StockMovement::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("product_id"), productId},
            {QStringLiteral("kind"), stockKindCode(kind)},
            {QStringLiteral("qty"), QString::number(qty)},
            {QStringLiteral("hlc"), QString::number(hlc)},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("created_at"), QString::number(createdAt)},
            {QStringLiteral("sale_id"), saleId},
            {QStringLiteral("market_day_id"), marketDayId},
            {QStringLiteral("context"), context},
            {QStringLiteral("reason"), reason}};
}

Result<StockMovement> StockMovement::fromJson(const QJsonObject &o)
{
    StockMovement m;
    auto s = [&](const char *k) {
        return o.value(QLatin1String(k)).toString();
    };
    bool ok1 = false, ok2 = false, ok3 = false;
    m.id = s("id");
    m.productId = s("product_id");
    const auto kind = stockKindFromCode(s("kind"));
    m.kind = kind.value_or(StockKind::Adjust);
    m.qty = s("qty").toLongLong(&ok1);
    m.hlc = s("hlc").toLongLong(&ok2);
    m.deviceId = s("device_id");
    m.createdAt = s("created_at").toLongLong(&ok3);
    m.saleId = s("sale_id");
    m.marketDayId = s("market_day_id");
    m.context = s("context");
    m.reason = s("reason");
    if (!ok1 || !ok2 || !ok3 || m.id.isEmpty() || m.productId.isEmpty() || !kind)
        return fail(Error::Code::InvalidInput, QStringLiteral("malformed stock movement"));
    return m;
}

QString stockKindCode(StockKind kind)
{
    return kCodes.code(kind);
}

std::optional<StockKind> stockKindFromCode(QAnyStringView code)
{
    return kCodes.value(code);
}

bool StockMovement::isKind(QAnyStringView kind)
{
    return stockKindFromCode(kind).has_value();
}

} // namespace sk
