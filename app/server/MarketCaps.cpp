#include "app/server/ServerStore.h"

#include "app/server/StoreConnection.h"
#include "core/DatabaseRows.h"
#include "core/booth/BoothLedger.h"
#include "core/booth/BoothStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>

// The incentive's caps held on the server for all of a market's booth devices. A booth device
// that is online asks for a customer's incentive before it sells (POST market/reserve): in one
// write transaction, per market, the server adds up what the customer already had on the
// sale's market day and in its month, from every booth sale the market's office has received
// and every hold not yet followed by its sale, applies the same rule the devices apply
// (core/booth/BoothCaps.h) and holds the answer under the sale's id. Two devices asking at once
// are served one after the other, so together they never give more than the caps. The day
// that counts is the market day the booth sells on, never the server's or the device's clock.
//
// A hold lasts only as long as its sale may still come: it stops counting when the sale
// arrives (the sale counts instead), when its device gives it back (POST market/release), when
// its device's close of that market day arrives (a device pushes its events in order, so every
// sale it made before the close is already here), or kHoldLifetimeMs after it was made, by the
// server's own clock: a booth that crashed or lost its sale cannot keep a customer's cap, and a
// booth whose clock is a day off neither shortens nor stretches the time. A sale that arrives
// after its hold ran out still counts in full (sales are never refused after the fact); if it
// takes the customer over a cap, BoothLedger::capExceptions reports it on every booth device.

namespace sk::server {

namespace {

QJsonObject dataOf(const QVariant &payload)
{
    return QJsonDocument::fromJson(payload.toString().toUtf8())
        .object()
        .value(QLatin1String("data"))
        .toObject();
}

QString num(qint64 v)
{
    return QString::number(v);
}

std::function<qint64()> &holdClock()
{
    static std::function<qint64()> clock;
    return clock;
}

qint64 holdNow()
{
    return holdClock() ? holdClock()() : QDateTime::currentMSecsSinceEpoch();
}

} // namespace

void ServerStore::setHoldClock(std::function<qint64()> clock)
{
    holdClock() = std::move(clock);
}

QStringList marketCapMigration()
{
    return {QStringLiteral(R"(CREATE TABLE IF NOT EXISTS market_cap_holds (
                txn_id TEXT PRIMARY KEY,
                market_id TEXT NOT NULL REFERENCES markets (id),
                customer_ref TEXT NOT NULL,
                market_day TEXT NOT NULL,
                amount BIGINT NOT NULL,
                created_at BIGINT NOT NULL))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS market_cap_holds_customer ON "
                           "market_cap_holds (market_id, customer_ref, market_day)")};
}

// The server's migration 9: the booth device a hold was made for, so that device's close of
// the market day releases it (and no other device's). A table of its own, so the migration is
// CREATE ... IF NOT EXISTS and runs again cleanly.
QStringList marketHoldDeviceMigration()
{
    return {QStringLiteral(R"(CREATE TABLE IF NOT EXISTS market_cap_hold_devices (
                txn_id TEXT PRIMARY KEY,
                device_id TEXT NOT NULL))")};
}

Result<QJsonObject> ServerStore::reserveIncentive(const QString &marketId,
                                                  const QString &deviceId,
                                                  const QString &txnId,
                                                  const QString &customer,
                                                  const QString &day,
                                                  Minor snap)
{
    if (txnId.isEmpty() || txnId.size() > 64)
        return fail(Error::Code::InvalidInput, QStringLiteral("txn_id is the sale's id"));
    if (auto d = booth::checkMarketDay(day); !d)
        return std::unexpected(d.error());
    auto ref = booth::customerReference(customer);
    if (!ref)
        return std::unexpected(ref.error());
    if (const QString p = positiveAmountProblem(snap, QStringLiteral("snap_amount")); !p.isEmpty())
        return fail(Error::Code::InvalidInput, p);
    auto market = marketByName(marketId);
    if (!market)
        return std::unexpected(market.error());
    StoreTransaction tx(*m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    // PostgreSQL: one reservation of a market at a time (SQLite: BEGIN IMMEDIATE already is).
    if (m_db->postgres())
        if (auto l = m_db->exec(QStringLiteral("SELECT id FROM markets WHERE id = ? FOR UPDATE"),
                                {market->id});
            !l)
            return std::unexpected(l.error());
    // Holds whose time ran out go first: the same sale asking again after that is asked anew.
    const qint64 now = holdNow();
    if (auto d = m_db->exec(QStringLiteral("DELETE FROM market_cap_holds WHERE market_id = ? AND "
                                           "created_at < ?"),
                            {market->id, now - kHoldLifetimeMs});
        !d)
        return std::unexpected(d.error());
    if (auto d = m_db->exec(QStringLiteral("DELETE FROM market_cap_hold_devices WHERE txn_id NOT "
                                           "IN (SELECT txn_id FROM market_cap_holds)"));
        !d)
        return std::unexpected(d.error());
    auto held = m_db->scalar(
        QStringLiteral("SELECT amount FROM market_cap_holds WHERE txn_id = ? AND market_id = ?"),
        {txnId, market->id});
    if (!held)
        return std::unexpected(held.error());
    if (!held->isNull()) // the same sale asking again (its answer was lost): the same answer
        return QJsonObject{{QStringLiteral("txn_id"), txnId},
                           {QStringLiteral("incentive"), num(held->toLongLong())},
                           {QStringLiteral("repeat"), true}};

    // The rules, the customer's sales and the devices' closes, from the office's events.
    auto q = m_db->exec(QStringLiteral("SELECT type, payload, device_id FROM events WHERE "
                                       "vendor_id = ? AND type IN ('booth_txn', 'booth_config', "
                                       "'booth_kind', 'booth_close')"),
                        {market->officeVendorId});
    if (!q)
        return std::unexpected(q.error());
    booth::CapRules rules;
    const QString from = booth::monthStart(day), to = booth::monthEnd(day);
    Minor today = 0, month = 0;
    QSet<QString> sold;
    QSet<QString> closed; // "device/market day"
    while (q->next()) {
        const QString type = q->value(0).toString();
        const QJsonObject data = dataOf(q->value(1));
        if (type == booth::events::close()) {
            closed.insert(q->value(2).toString() + QLatin1Char('/')
                          + data.value(QLatin1String("market_day")).toString());
            continue;
        }
        if (type != booth::events::txn()) {
            rules.add(type, data);
            continue;
        }
        const auto t = booth::BoothTxn::fromJson(data);
        if (!t || t->customerRef != *ref || t->marketDay < from || t->marketDay > to)
            continue;
        sold.insert(t->id);
        month += t->incentiveAmount;
        if (t->marketDay == day)
            today += t->incentiveAmount;
    }
    auto h = m_db->exec(QStringLiteral("SELECT h.txn_id, h.market_day, h.amount, "
                                       "COALESCE(d.device_id, '') FROM market_cap_holds h LEFT "
                                       "JOIN market_cap_hold_devices d ON d.txn_id = h.txn_id "
                                       "WHERE h.market_id = ? AND h.customer_ref = ? AND "
                                       "h.market_day >= ? AND h.market_day <= ?"),
                        {market->id, *ref, from, to});
    if (!h)
        return std::unexpected(h.error());
    while (h->next()) {
        if (sold.contains(h->value(0).toString()))
            continue; // its sale is counted above, with what it really gave
        if (closed.contains(h->value(3).toString() + QLatin1Char('/') + h->value(1).toString()))
            continue; // its device closed that day without the sale
        month += h->value(2).toLongLong();
        if (h->value(1).toString() == day)
            today += h->value(2).toLongLong();
    }
    h->finish();
    const booth::MatchQuote quote
        = booth::capMatch(rules.config(), rules.incentiveFace(), snap, today, month);
    if (auto r = m_db->exec(QStringLiteral("INSERT INTO market_cap_holds (txn_id, market_id, "
                                           "customer_ref, market_day, amount, created_at) VALUES "
                                           "(?, ?, ?, ?, ?, ?)"),
                            {txnId, market->id, *ref, day, quote.incentive, now});
        !r)
        return std::unexpected(r.error());
    if (auto r = m_db->exec(QStringLiteral("INSERT INTO market_cap_hold_devices (txn_id, "
                                           "device_id) VALUES (?, ?)"),
                            {txnId, deviceId});
        !r)
        return std::unexpected(r.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return QJsonObject{{QStringLiteral("txn_id"), txnId},
                       {QStringLiteral("market_day"), day},
                       {QStringLiteral("incentive"), num(quote.incentive)},
                       {QStringLiteral("match"), num(quote.match)},
                       {QStringLiteral("used_today"), num(today)},
                       {QStringLiteral("used_this_month"), num(month)},
                       {QStringLiteral("capped"), quote.capped},
                       {QStringLiteral("expires_in_ms"), num(kHoldLifetimeMs)}};
}

Status ServerStore::releaseIncentive(const QString &marketId, const QString &txnId)
{
    // Only a hold whose sale never came: a sale the office received stays counted.
    auto market = marketByName(marketId);
    if (!market)
        return std::unexpected(market.error());
    return executed(
        m_db->exec(QStringLiteral("DELETE FROM market_cap_holds WHERE txn_id = ? AND "
                                  "market_id = ? AND NOT EXISTS (SELECT 1 FROM events WHERE "
                                  "vendor_id = ? AND id = ?)"),
                   {txnId, market->id, market->officeVendorId, txnId}));
}

} // namespace sk::server
