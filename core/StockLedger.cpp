#include "core/StockLedger.h"

#include "core/Catalog.h"
#include "core/DatabaseRows.h"
#include "core/Limits.h"
#include "core/OptionalTransaction.h"
#include "core/QueueAndCommit.h"
#include "core/TextChecks.h"

#include <QSqlRecord>

#include <algorithm>

namespace sk {

namespace {
// Latest count strictly before `hlc` for a product, then the sum of movements after it and
// before `hlc`. Used with hlc = max for the current level. A level from the server's snapshot
// (stock_snapshot, while a new device's history is still coming down) counts as a count at the
// newest HLC it covers, and wins a tie: the movements it covers are never newer.
// Binds: product, hlc, product, hlc, product, hlc.
const QString kLevelSql = QStringLiteral(R"(
    WITH c AS (SELECT qty, hlc, id, 0 AS base FROM stock_movements
               WHERE product_id = ? AND kind = 'count' AND hlc < ?
               UNION ALL
               SELECT level, hlc, '', 1 FROM stock_snapshot WHERE product_id = ? AND hlc < ?
               ORDER BY hlc DESC, base DESC, id DESC LIMIT 1)
    SELECT (SELECT qty FROM c), (SELECT hlc FROM c),
           (SELECT coalesce(sum(qty), 0) FROM stock_movements
            WHERE product_id = ? AND kind <> 'count' AND hlc < ?
              AND hlc > coalesce((SELECT hlc FROM c), -1)),
           (SELECT base FROM c))");
} // namespace

StockStatus stockStatus(Milli level, Milli lowStock)
{
    if (level < 0)
        return StockStatus::Oversold;
    if (lowStock > 0 && level <= lowStock)
        return StockStatus::Low;
    return StockStatus::Ok;
}

StockLedger::StockLedger(Database &db)
    : m_db(db)
{}

Status StockLedger::insert(const StockMovement &m)
{
    return m_db.execCached(
        QStringLiteral("INSERT INTO stock_movements (id, product_id, kind, qty, hlc, device_id, "
                       "created_at, sale_id, market_day_id, context, reason) VALUES "
                       "(?,?,?,?,?,?,?,?,?,?,?)"),
        {m.id,
         m.productId,
         stockKindCode(m.kind),
         m.qty,
         m.hlc,
         m.deviceId,
         m.createdAt,
         m.saleId.isEmpty() ? QVariant() : QVariant(m.saleId),
         m.marketDayId.isEmpty() ? QVariant() : QVariant(m.marketDayId),
         m.context,
         m.reason});
}

Result<StockMovement> StockLedger::record(const QString &productId,
                                          const QString &kind,
                                          Milli qty,
                                          const QString &reason,
                                          const QString &context,
                                          bool inTransaction)
{
    const std::optional<StockKind> k = stockKindFromCode(kind);
    if (!k)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("stock movement kind must be receive, waste, adjust or count"));
    return record(productId, *k, qty, reason, context, inTransaction);
}

Result<StockMovement> StockLedger::record(const QString &productId,
                                          StockKind kind,
                                          Milli qty,
                                          const QString &reason,
                                          const QString &context,
                                          bool inTransaction)
{
    if (kind == StockKind::Sale || kind == StockKind::Refund || kind == StockKind::Reserve)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("stock movement kind must be receive, waste, adjust or count"));
    if (qty < -kMaxQuantity || qty > kMaxQuantity)
        return fail(Error::Code::InvalidInput, QStringLiteral("quantity out of range"));
    if ((kind == StockKind::Receive || kind == StockKind::Waste) && qty <= 0)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 quantity must be above 0").arg(stockKindCode(kind)));
    if (kind == StockKind::Count && qty < 0)
        return fail(Error::Code::InvalidInput, QStringLiteral("a count cannot be negative"));
    if (auto n = checkNoteLength(reason, QStringLiteral("reason")); !n)
        return std::unexpected(n.error());
    OptionalTransaction tx(m_db, inTransaction);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    auto exists
        = m_db.scalar(QStringLiteral("SELECT count(*) FROM products WHERE id = ?"), {productId});
    if (!exists)
        return std::unexpected(exists.error());
    if (exists->toInt() == 0)
        return fail(Error::Code::NotFound, QStringLiteral("no product %1").arg(productId));
    auto day = m_db.scalar(QStringLiteral("SELECT id FROM market_days WHERE device_id = ? AND "
                                          "closed_at IS NULL ORDER BY opened_at DESC LIMIT 1"),
                           {m_db.deviceId()});
    StockMovement m;
    m.id = newUuid7();
    m.productId = productId;
    m.kind = kind;
    m.qty = kind == StockKind::Waste ? -qty
                                     : qty; // waste is entered as a positive amount thrown away
    m.hlc = Database::hlc().now();
    m.deviceId = m_db.deviceId();
    m.createdAt = Clock::nowMs();
    m.marketDayId = day ? day->toString() : QString();
    m.context = context;
    m.reason = reason;
    if (auto s = insert(m); !s)
        return std::unexpected(s.error());
    if (auto q
        = queueAndCommit(m_db, tx, QStringLiteral("stock_movement"), m.id, m.hlc, m.toJson());
        !q)
        return std::unexpected(q.error());
    return m;
}

Result<Milli> StockLedger::levelBefore(const QString &productId, qint64 hlc)
{
    auto q = m_db.exec(kLevelSql, {productId, hlc, productId, hlc, productId, hlc});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return Milli(0);
    return q->value(0).toLongLong() + q->value(2).toLongLong();
}

Result<StockLevel> StockLedger::level(const QString &productId)
{
    constexpr qint64 kEnd = std::numeric_limits<qint64>::max();
    auto q = m_db.exec(kLevelSql, {productId, kEnd, productId, kEnd, productId, kEnd});
    if (!q)
        return std::unexpected(q.error());
    StockLevel l;
    l.productId = productId;
    if (q->next()) {
        l.counted = !q->value(0).isNull() && q->value(3).toInt() == 0;
        l.lastCountHlc = l.counted ? q->value(1).toLongLong() : 0;
        l.level = q->value(0).toLongLong() + q->value(2).toLongLong();
    }
    return l;
}

Result<QList<StockLevel>> StockLedger::levels()
{
    // kLevelSql for every product in one statement: each product's newest count or snapshot
    // (the same order breaks ties), then the movements after it.
    return queryRows(m_db,
                     QStringLiteral(R"(
        WITH base AS (
            SELECT product_id, qty, hlc, base FROM (
                SELECT product_id, qty, hlc, base, row_number() OVER (
                    PARTITION BY product_id ORDER BY hlc DESC, base DESC, id DESC) AS n
                FROM (SELECT product_id, qty, hlc, id, 0 AS base FROM stock_movements
                      WHERE kind = 'count'
                      UNION ALL
                      SELECT product_id, level, hlc, '', 1 FROM stock_snapshot))
            WHERE n = 1)
        SELECT p.id, b.qty, b.hlc,
               (SELECT coalesce(sum(m.qty), 0) FROM stock_movements m
                WHERE m.product_id = p.id AND m.kind <> 'count'
                  AND m.hlc > coalesce(b.hlc, -1)),
               b.base
        FROM products p LEFT JOIN base b ON b.product_id = p.id
        ORDER BY p.category, p.name)"),
                     {},
                     [](const QSqlQuery &q) {
                         StockLevel l;
                         l.productId = q.value(0).toString();
                         l.counted = !q.value(1).isNull() && q.value(4).toInt() == 0;
                         l.lastCountHlc = l.counted ? q.value(2).toLongLong() : 0;
                         l.level = q.value(1).toLongLong() + q.value(3).toLongLong();
                         return l;
                     });
}

Result<QList<StockMovement>> StockLedger::history(const QString &productId, int limit)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT id, product_id, kind, qty, hlc, device_id, created_at, "
                       "coalesce(sale_id, '') AS sale_id, coalesce(market_day_id, '') AS "
                       "market_day_id, context, "
                       "reason FROM stock_movements WHERE product_id = ? ORDER BY "
                       "hlc DESC, id DESC LIMIT ?"),
        {productId, limit});
    if (!q)
        return std::unexpected(q.error());
    QList<StockMovement> out;
    const QSqlRecord row = q->record();
    const int id = row.indexOf(QLatin1String("id")),
              product = row.indexOf(QLatin1String("product_id")),
              kind = row.indexOf(QLatin1String("kind")), qty = row.indexOf(QLatin1String("qty")),
              hlc = row.indexOf(QLatin1String("hlc")),
              device = row.indexOf(QLatin1String("device_id")),
              created = row.indexOf(QLatin1String("created_at")),
              sale = row.indexOf(QLatin1String("sale_id")),
              day = row.indexOf(QLatin1String("market_day_id")),
              context = row.indexOf(QLatin1String("context")),
              reason = row.indexOf(QLatin1String("reason"));
    while (q->next()) {
        StockMovement m;
        m.id = q->value(id).toString();
        m.productId = q->value(product).toString();
        m.kind = stockKindFromCode(q->value(kind).toString()).value_or(StockKind::Adjust);
        m.qty = q->value(qty).toLongLong();
        m.hlc = q->value(hlc).toLongLong();
        m.deviceId = q->value(device).toString();
        m.createdAt = q->value(created).toLongLong();
        m.saleId = q->value(sale).toString();
        m.marketDayId = q->value(day).toString();
        m.context = q->value(context).toString();
        m.reason = q->value(reason).toString();
        out << m;
    }
    return out;
}

} // namespace sk
