#pragma once

#include "Database.h"
#include "Money.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace sk {

// What a market charges a vendor (table market_fees, by market name): a share of the day's
// sales, paid through `tenders` (empty: every tender) with or without their tax, kept between a
// minimum and a maximum per market day (maxDaily 0: none), plus a flat stall fee per market day.
// Paid daily, or weekly: then the days of a week (Monday to Sunday) are paid together.
struct MarketFee
{
    QString market;
    qint64 sharePpm = 0; // 6 % = 60000
    QStringList tenders;
    bool includeTax = false;
    Minor minDaily = 0;
    Minor maxDaily = 0;
    Minor stallFee = 0;
    bool weekly = false;
};

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

    static constexpr Minor kMaxAmount = 100000000;

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
