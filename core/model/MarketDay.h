#pragma once

#include "core/Error.h"
#include "core/Money.h"

#include <QDate>
#include <QJsonObject>

#include <optional>

namespace sk {

// A market day on this device: which market, which date, the opening cash float. Every sale
// belongs to the open market day; only one is open at a time per device.
struct MarketDay
{
    QString id;
    QString deviceId;
    QString marketName;
    QDate businessDate;
    qint64 openedAt = 0; // ms since epoch, UTC
    Minor openingFloat = 0;
    std::optional<qint64> closedAt;
    qint64 hlc = 0;

    static constexpr Minor kMaxOpeningFloat = 100'000'000; // 1,000,000.00
    static constexpr int kMaxMarketName = 200;

    // The "market_day" event's data. The event's HLC is the record's: fromJson leaves hlc 0.
    QJsonObject toJson() const;
    static Result<MarketDay> fromJson(const QJsonObject &o);
};

} // namespace sk
