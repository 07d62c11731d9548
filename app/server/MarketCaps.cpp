#include "ServerStore.h"

#include "StoreConnection.h"
#include "booth/BoothLedger.h"
#include "booth/BoothStore.h"

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

} // namespace

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

Result<QJsonObject> ServerStore::reserveIncentive(const QString &marketId,
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
    if (snap <= 0 || snap > kMaxAmount)
        return fail(Error::Code::InvalidInput, QStringLiteral("snap_amount must be above 0"));
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
    auto held = m_db->scalar(
        QStringLiteral("SELECT amount FROM market_cap_holds WHERE txn_id = ? AND market_id = ?"),
        {txnId, market->id});
    if (!held)
        return std::unexpected(held.error());
    if (!held->isNull()) // the same sale asking again (its answer was lost): the same answer
        return QJsonObject{{QStringLiteral("txn_id"), txnId},
                           {QStringLiteral("incentive"), num(held->toLongLong())},
                           {QStringLiteral("repeat"), true}};

    // The rules and the customer's sales, from the office's events.
    auto q = m_db->exec(QStringLiteral("SELECT type, payload FROM events WHERE vendor_id = ? AND "
                                       "type IN ('booth_txn', 'booth_config', 'booth_kind')"),
                        {market->officeVendorId});
    if (!q)
        return std::unexpected(q.error());
    booth::CapRules rules;
    const QString from = booth::monthStart(day), to = booth::monthEnd(day);
    Minor today = 0, month = 0;
    QSet<QString> sold;
    while (q->next()) {
        const QString type = q->value(0).toString();
        const QJsonObject data = dataOf(q->value(1));
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
    auto h = m_db->exec(QStringLiteral("SELECT txn_id, market_day, amount FROM market_cap_holds "
                                       "WHERE market_id = ? AND customer_ref = ? AND market_day "
                                       ">= ? AND market_day <= ?"),
                        {market->id, *ref, from, to});
    if (!h)
        return std::unexpected(h.error());
    while (h->next()) {
        if (sold.contains(h->value(0).toString()))
            continue; // its sale is counted above, with what it really gave
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
                            {txnId, market->id, *ref, day, quote.incentive, Clock::nowMs()});
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
                       {QStringLiteral("capped"), quote.capped}};
}

Status ServerStore::releaseIncentive(const QString &marketId, const QString &txnId)
{
    // Only a hold whose sale never came: a sale the office received stays counted.
    auto market = marketByName(marketId);
    if (!market)
        return std::unexpected(market.error());
    auto r = m_db->exec(QStringLiteral("DELETE FROM market_cap_holds WHERE txn_id = ? AND "
                                       "market_id = ? AND NOT EXISTS (SELECT 1 FROM events WHERE "
                                       "vendor_id = ? AND id = ?)"),
                        {txnId, market->id, market->officeVendorId, txnId});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

} // namespace sk::server
