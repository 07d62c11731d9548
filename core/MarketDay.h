#pragma once

#include "core/Database.h"
#include "core/Money.h"
#include "core/model/MarketDay.h"

#include <QDate>

#include <optional>

namespace sk {

class MarketDayRepository
{
public:
    explicit MarketDayRepository(Database &db);

    static constexpr Minor kMaxOpeningFloat = MarketDay::kMaxOpeningFloat;
    static constexpr int kMaxMarketName = MarketDay::kMaxMarketName;

    Result<std::optional<MarketDay>> current();
    Result<MarketDay> byId(const QString &id);
    Result<QList<MarketDay>> all();
    Result<MarketDay>
    open(const QString &marketName, Minor openingFloat, QDate businessDate = QDate());
    Result<MarketDay> close();
    Result<QStringList> marketNames();
    // A "market_day" event from another device (the sync apply handler; the caller holds the
    // transaction): the day stored as it was opened, or its closing when the event is newer
    // than what is stored. Idempotent.
    Status applyEvent(const QJsonObject &data, qint64 hlc);

private:
    // The two writes of a market day, shared by this device's days and other devices' events.
    Status insertRow(const MarketDay &d);
    Status updateClosed(const MarketDay &d);
    Database &m_db;
};

} // namespace sk
