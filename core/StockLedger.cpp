#include "StockLedger.h"

#include "Catalog.h"
#include "Limits.h"

#include <algorithm>

namespace sk {

namespace {
const QStringList kKinds = {QStringLiteral("receive"),
                            QStringLiteral("sale"),
                            QStringLiteral("refund"),
                            QStringLiteral("waste"),
                            QStringLiteral("adjust"),
                            QStringLiteral("count")};

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

QJsonObject StockMovement::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("product_id"), productId},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("qty"), QString::number(qty)},
            {QStringLiteral("hlc"), QString::number(hlc)},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("created_at"), QString::number(createdAt)},
            {QStringLiteral("sale_id"), saleId},
            {QStringLiteral("market_day_id"), marketDayId},
            {QStringLiteral("context"), context},
            {QStringLiteral("reason"), reason}};
}

Result<StockMovement> StockMovement::fromJson(const QJsonObject &o)
{
    StockMovement m;
    auto s = [&](const char *k) {
        return o.value(QLatin1String(k)).toString();
    };
    bool ok1 = false, ok2 = false, ok3 = false;
    m.id = s("id");
    m.productId = s("product_id");
    m.kind = s("kind");
    m.qty = s("qty").toLongLong(&ok1);
    m.hlc = s("hlc").toLongLong(&ok2);
    m.deviceId = s("device_id");
    m.createdAt = s("created_at").toLongLong(&ok3);
    m.saleId = s("sale_id");
    m.marketDayId = s("market_day_id");
    m.context = s("context");
    m.reason = s("reason");
    if (!ok1 || !ok2 || !ok3 || m.id.isEmpty() || m.productId.isEmpty() || !isKind(m.kind))
        return fail(Error::Code::InvalidInput, QStringLiteral("malformed stock movement"));
    return m;
}

bool StockMovement::isKind(QAnyStringView kind)
{
    return std::any_of(kKinds.cbegin(), kKinds.cend(), [kind](const QString &k) {
        return QAnyStringView::equal(k, kind);
    });
}

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
         m.kind,
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
    if (!kKinds.contains(kind) || kind == u"sale" || kind == u"refund")
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("stock movement kind must be receive, waste, adjust or count"));
    if (qty < -kMaxQuantity || qty > kMaxQuantity)
        return fail(Error::Code::InvalidInput, QStringLiteral("quantity out of range"));
    if ((kind == u"receive" || kind == u"waste") && qty <= 0)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 quantity must be above 0").arg(kind));
    if (kind == u"count" && qty < 0)
        return fail(Error::Code::InvalidInput, QStringLiteral("a count cannot be negative"));
    if (reason.size() > 500)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("reason is longer than 500 characters"));
    std::optional<Transaction> tx;
    if (!inTransaction) {
        tx.emplace(m_db);
        if (auto b = tx->begun(); !b)
            return std::unexpected(b.error());
    }
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
    m.qty = kind == u"waste" ? -qty : qty; // waste is entered as a positive amount thrown away
    m.hlc = Database::hlc().now();
    m.deviceId = m_db.deviceId();
    m.createdAt = Clock::nowMs();
    m.marketDayId = day ? day->toString() : QString();
    m.context = context;
    m.reason = reason;
    if (auto s = insert(m); !s)
        return std::unexpected(s.error());
    if (auto o = appendOutbox(m_db, QStringLiteral("stock_movement"), m.id, m.hlc, m.toJson()); !o)
        return std::unexpected(o.error());
    if (tx)
        if (auto c = tx->commit(); !c)
            return std::unexpected(c.error());
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
    auto ids = m_db.exec(QStringLiteral("SELECT id FROM products ORDER BY category, name"));
    if (!ids)
        return std::unexpected(ids.error());
    QStringList list;
    while (ids->next())
        list << ids->value(0).toString();
    QList<StockLevel> out;
    for (const QString &id : list) {
        auto l = level(id);
        if (!l)
            return std::unexpected(l.error());
        out << *l;
    }
    return out;
}

Result<QList<StockMovement>> StockLedger::history(const QString &productId, int limit)
{
    auto q
        = m_db.exec(QStringLiteral("SELECT id, product_id, kind, qty, hlc, device_id, created_at, "
                                   "coalesce(sale_id, ''), coalesce(market_day_id, ''), context, "
                                   "reason FROM stock_movements WHERE product_id = ? ORDER BY "
                                   "hlc DESC, id DESC LIMIT ?"),
                    {productId, limit});
    if (!q)
        return std::unexpected(q.error());
    QList<StockMovement> out;
    while (q->next()) {
        StockMovement m;
        m.id = q->value(0).toString();
        m.productId = q->value(1).toString();
        m.kind = q->value(2).toString();
        m.qty = q->value(3).toLongLong();
        m.hlc = q->value(4).toLongLong();
        m.deviceId = q->value(5).toString();
        m.createdAt = q->value(6).toLongLong();
        m.saleId = q->value(7).toString();
        m.marketDayId = q->value(8).toString();
        m.context = q->value(9).toString();
        m.reason = q->value(10).toString();
        out << m;
    }
    return out;
}

} // namespace sk
