#pragma once

#include "core/Database.h"
#include "core/Money.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

#include <optional>

namespace sk {

// A coin or note of a currency, in minor units.
struct Denomination
{
    Minor value = 0;
    bool note = false;
};

// The coins and notes a vendor counts for a currency (ISO 4217), coins then notes, smallest
// first; each value appears once (where a coin and a note share a value, the one found in
// drawers is listed). Unknown currencies get a 1-2-5 series so a count is still possible.
QList<Denomination> denominationsFor(const QString &currencyCode);

// Cash taken out of (payout: bought ice) or put into (paid-in: change from the bank) the
// drawer that is not a sale. Rows of cash_movements are append-only; a mistake is corrected
// by the opposite movement.
struct CashMovement
{
    QString id;
    QString marketDayId;
    QString kind;     // payout, paid_in
    Minor amount = 0; // always > 0
    QString reason;
    qint64 hlc = 0;
    QString deviceId;
    qint64 createdAt = 0;

    QJsonObject toJson() const;
};

// Writes one cash movement and its outbox event inside the caller's transaction (the caller has
// checked kind, amount and reason). CashDrawer::recordMovement and a hand-over that pays back
// cash (core/preorder/PreOrderPickup.cpp) both write through it.
Result<CashMovement> appendCashMovement(Database &db,
                                        const QString &marketDayId,
                                        const QString &kind,
                                        Minor amount,
                                        const QString &reason);

// What should be in the drawer of a market day, from the sales, refunds and cash movements
// recorded on it:
//   expected cash = opening float + cash handed over by customers − change given (in cash,
//                   whatever tender was handed over) − cash paid back on refunds and voids
//                   − payouts + paid-ins
// Tenders kept in the drawer as paper or tokens (setting `drawer_tenders`) are expected
// separately: what was handed over in them minus what was given back in them.
struct DrawerExpectation
{
    QString marketDayId;
    Minor openingFloat = 0;
    Minor cashSales = 0;   // cash handed over on sales (tendered, before change)
    Minor changeGiven = 0; // change given back in cash on every tender
    Minor cashRefunds = 0; // cash paid back on refunds and voids (positive)
    Minor payouts = 0;
    Minor paidIns = 0;

    struct Held
    {
        QString tender;
        QString name;
        Minor faceValue = 0; // > 0: counted in pieces of this value
        Minor expected = 0;
    };
    QList<Held> held;

    Minor expectedCash() const
    {
        return openingFloat + cashSales - changeGiven - cashRefunds - payouts + paidIns;
    }
};

// What the vendor counted: pieces per denomination and the amount held per drawer tender
// (tokens as pieces × face value). Also the draft kept by the wizard while counting.
struct DrawerTally
{
    QMap<Minor, qint64> pieces;   // denomination value -> pieces
    QMap<QString, Minor> tenders; // tender code -> amount held

    Result<Minor> cashTotal() const;
    QJsonObject toJson() const;
    static DrawerTally fromJson(const QJsonObject &o);
};

// One line of a stored drawer count (table drawer_count_lines).
struct DrawerCountLine
{
    QString kind;    // cash (denomination) or tender (tokens and vouchers held)
    QString code;    // denomination value as text, or the tender code
    Minor value = 0; // denomination / face value; 0 for tenders counted as an amount
    qint64 pieces = 0;
    Minor amount = 0;
    Minor expected = 0; // tenders only
};

// A stored drawer count (table drawer_counts): the tally, the expectation it was compared
// with (a snapshot) and the difference. over_short = counted − expected: positive is over.
// Append-only; the latest count of a market day (by hlc) is the one that stands.
struct DrawerCount
{
    QString id;
    QString marketDayId;
    QString deviceId;
    qint64 countedAt = 0;
    qint64 hlc = 0;
    QString currency;
    DrawerExpectation expectation; // figures at the time of the count
    Minor cashExpected = 0;
    Minor cashCounted = 0;
    Minor overShort = 0;
    QString note;
    QList<DrawerCountLine> lines;

    // Tokens and vouchers: counted − expected per tender, summed.
    Minor heldOverShort() const;
    QJsonObject toJson() const;
};

// The cash drawer of this device's market days: expected contents, payouts and paid-ins, and
// counts. Every write runs in its own transaction with its outbox event.
class CashDrawer
{
public:
    explicit CashDrawer(Database &db);

    Result<DrawerExpectation> expected(const QString &marketDayId);

    // Payout or paid-in on the open market day. amount > 0, reason required.
    Result<CashMovement> recordMovement(const QString &kind, Minor amount, const QString &reason);
    Result<QList<CashMovement>> movements(const QString &marketDayId);

    // Store a count of the drawer of `marketDayId` against the current expectation.
    Result<DrawerCount>
    recordCount(const QString &marketDayId, const DrawerTally &tally, const QString &note = {});
    Result<std::optional<DrawerCount>> latestCount(const QString &marketDayId);

private:
    Database &m_db;
};

// The open market day of this device, or else the one it opened last (for reports after
// closing). NotFound when the device has never opened one.
Result<QString> openOrLastMarketDay(Database &db);

} // namespace sk
