#pragma once

#include "Database.h"
#include "Money.h"

#include <QDate>

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
};

class MarketDayRepository
{
public:
    explicit MarketDayRepository(Database &db);

    static constexpr Minor kMaxOpeningFloat = 100'000'000; // 1,000,000.00
    static constexpr int kMaxMarketName = 200;

    Result<std::optional<MarketDay>> current();
    Result<MarketDay> byId(const QString &id);
    Result<QList<MarketDay>> all();
    Result<MarketDay>
    open(const QString &marketName, Minor openingFloat, QDate businessDate = QDate());
    Result<MarketDay> close();
    Result<QStringList> marketNames();

private:
    Database &m_db;
};

} // namespace sk
