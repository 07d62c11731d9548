#include "core/model/MarketDay.h"

namespace sk {

QJsonObject MarketDay::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("market_name"), marketName},
            {QStringLiteral("business_date"), businessDate.toString(Qt::ISODate)},
            {QStringLiteral("opened_at"), QString::number(openedAt)},
            {QStringLiteral("opening_float"), QString::number(openingFloat)},
            {QStringLiteral("closed_at"),
             closedAt ? QJsonValue(QString::number(*closedAt)) : QJsonValue()}};
}

Result<MarketDay> MarketDay::fromJson(const QJsonObject &o)
{
    auto str = [&](const char *k) {
        return o.value(QLatin1String(k)).toString();
    };
    MarketDay d;
    d.id = str("id");
    d.deviceId = str("device_id");
    d.marketName = str("market_name");
    d.businessDate = QDate::fromString(str("business_date"), Qt::ISODate);
    d.openedAt = str("opened_at").toLongLong();
    d.openingFloat = str("opening_float").toLongLong();
    const QJsonValue closed = o.value(QLatin1String("closed_at"));
    if (closed.isString())
        d.closedAt = closed.toString().toLongLong();
    if (d.id.isEmpty() || !d.businessDate.isValid())
        return fail(Error::Code::InvalidInput, QStringLiteral("malformed market day"));
    return d;
}

} // namespace sk
