#pragma once

#include "core/Database.h"
#include "core/Money.h"
#include "core/model/Programs.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace sk {

// The fee of one market day.
struct FeeDay
{
    QString marketDayId;
    QDate date;
    QString market;
    bool weekly = false;
    Minor base = 0;  // the sales the share is taken of
    Minor share = 0; // share of the base, before the minimum and maximum
    Minor fee = 0;   // the share within the minimum and maximum
    Minor stallFee = 0;
    Minor due() const { return fee + stallFee; }
};

class MarketFees
{
public:
    explicit MarketFees(Database &db)
        : m_db(db)
    {}

    static constexpr Minor kMaxAmount = kMaxMarketFeeAmount;

    Result<QList<MarketFee>> all();
    Result<std::optional<MarketFee>> forMarket(const QString &market);
    // Checked and stored: a market name, a share of 0-100 %, known tenders, a maximum not
    // below the minimum.
    Status save(const MarketFee &fee);
    Status remove(const QString &market);

    // The fee of a market day; nullopt when its market has no fee set.
    Result<std::optional<FeeDay>> day(const QString &marketDayId);
    // Weekly fees: what the days of `marketDayId`'s week at its market owe up to and including
    // it. Daily fees: the day's own fee.
    Result<Minor> dueThrough(const QString &marketDayId);

    // One row per market day of a market with a fee: id, business_date, market, period
    // ('daily' or 'weekly'), period_start (the Monday of a weekly fee's week), base, share, fee,
    // stall_fee. The one definition the end of day and the market_fees report both read.
    static QString daysSql();

private:
    Result<QList<FeeDay>> days(const QString &where, std::initializer_list<QVariant> binds);
    Database &m_db;
};

} // namespace sk
