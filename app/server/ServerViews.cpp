#include "app/server/ServerStore.h"

#include "app/server/StoreConnection.h"
#include "app/server/StoreSupport.h"
#include "core/Catalog.h"
#include "core/DatabaseRows.h"
#include "core/StockLedger.h"
#include "core/sync/SyncEngine.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

// ServerStore's read-only views of a vendor's events, the answers of GET /sales, /sales/{id}
// and /stock: from the rows Projections.cpp makes, brought up to date first (catchUp).

namespace sk::server {

Result<QJsonObject>
ServerStore::sales(const QString &vendorId, qint64 fromMs, qint64 toMs, int limit, int offset)
{
    if (auto c = catchUp(vendorId); !c)
        return std::unexpected(c.error());
    auto q = m_db->exec(
        QStringLiteral("SELECT id, device_id, receipt_no, kind, ref_sale_id, market_name, "
                       "created_at, currency, subtotal, discount, tax, total FROM sales "
                       "WHERE vendor_id = ? AND created_at >= ? AND created_at < ? "
                       "ORDER BY created_at, id LIMIT ? OFFSET ?"),
        {vendorId, fromMs, toMs, limit, offset});
    if (!q)
        return std::unexpected(q.error());
    QJsonArray list;
    while (q->next())
        list.append(QJsonObject{{QStringLiteral("id"), q->value(0).toString()},
                                {QStringLiteral("device_id"), q->value(1).toString()},
                                {QStringLiteral("receipt_no"), q->value(2).toString()},
                                {QStringLiteral("kind"), q->value(3).toString()},
                                {QStringLiteral("ref_sale_id"), q->value(4).toString()},
                                {QStringLiteral("market_name"), q->value(5).toString()},
                                {QStringLiteral("created_at"), num(q->value(6))},
                                {QStringLiteral("currency"), q->value(7).toString()},
                                {QStringLiteral("subtotal"), num(q->value(8))},
                                {QStringLiteral("discount"), num(q->value(9))},
                                {QStringLiteral("tax"), num(q->value(10))},
                                {QStringLiteral("total"), num(q->value(11))}});
    auto t = m_db->exec(
        QStringLiteral("SELECT count(*), coalesce(sum(total), 0), coalesce(sum(tax), 0), "
                       "coalesce(sum(CASE WHEN kind = 'sale' THEN 1 ELSE 0 END), 0) FROM "
                       "sales WHERE vendor_id = ? AND created_at >= ? AND created_at < ?"),
        {vendorId, fromMs, toMs});
    if (!t)
        return std::unexpected(t.error());
    QJsonObject totals;
    if (t->next())
        totals = {{QStringLiteral("records"), num(t->value(0))},
                  {QStringLiteral("total"), num(t->value(1))},
                  {QStringLiteral("tax"), num(t->value(2))},
                  {QStringLiteral("sales"), num(t->value(3))}};
    return QJsonObject{{QStringLiteral("sales"), list},
                       {QStringLiteral("totals"), totals},
                       {QStringLiteral("limit"), limit},
                       {QStringLiteral("offset"), offset}};
}

Result<QJsonObject> ServerStore::sale(const QString &vendorId, const QString &saleId)
{
    auto v = m_db->scalar(
        QStringLiteral("SELECT payload FROM events WHERE vendor_id = ? AND id = ? AND "
                       "type = 'sale'"),
        {vendorId, saleId});
    if (!v)
        return std::unexpected(v.error());
    if (v->isNull())
        return fail(Error::Code::NotFound, QStringLiteral("no sale %1").arg(saleId.left(40)));
    return QJsonDocument::fromJson(v->toString().toUtf8())
        .object()
        .value(QLatin1String("data"))
        .toObject();
}

Result<QJsonObject> ServerStore::stock(const QString &vendorId)
{
    if (auto c = catchUp(vendorId); !c)
        return std::unexpected(c.error());
    // The same rule as on every device: the latest count (by HLC, then id) plus every movement
    // after it.
    auto q = m_db->exec(QStringLiteral(SK_LATEST_STOCK_COUNTS R"(
        ids AS (SELECT DISTINCT product_id FROM stock_movements WHERE vendor_id = ?)
        SELECT ids.product_id, latest.qty, latest.hlc,
               (SELECT coalesce(sum(m.qty), 0) FROM stock_movements m
                WHERE m.vendor_id = ? AND m.product_id = ids.product_id AND m.kind <> 'count'
                  AND m.hlc > coalesce(latest.hlc, -1)),
               p.name, p.unit, p.low_stock
        FROM ids LEFT JOIN latest ON latest.product_id = ids.product_id
        LEFT JOIN products p ON p.vendor_id = ? AND p.id = ids.product_id
        ORDER BY ids.product_id)"),
                        {vendorId, vendorId, vendorId, vendorId});
    if (!q)
        return std::unexpected(q.error());
    struct Row
    {
        QString id, name, unit;
        Milli level = 0, lowStock = 0;
        bool counted = false;
        qint64 countHlc = 0;
    };
    QList<Row> rows;
    while (q->next())
        rows << Row{q->value(0).toString(),
                    q->value(4).toString(),
                    q->value(5).toString(),
                    q->value(1).toLongLong() + q->value(3).toLongLong(),
                    q->value(6).toLongLong(),
                    !q->value(1).isNull(),
                    q->value(2).toLongLong()};
    q->finish();
    // The flags the devices raise (sync::SyncEngine): a movement within the review window of a
    // count made on another device.
    const qint64 reach = (sync::kReviewWindowMs + 1) << 16;
    auto flagged = queryTotals<QHash<QString, qint64>>(
        m_db->exec(QStringLiteral("SELECT c.product_id, count(*) FROM stock_movements c JOIN "
                                  "stock_movements m ON m.vendor_id = c.vendor_id AND "
                                  "m.product_id = c.product_id AND m.hlc BETWEEN c.hlc - ? AND "
                                  "c.hlc + ? WHERE c.vendor_id = ? AND c.kind = 'count' AND m.kind "
                                  "<> 'count' AND m.device_id <> c.device_id AND abs((m.hlc >> "
                                  "16) - (c.hlc >> 16)) <= ? GROUP BY c.product_id"),
                   {reach, reach, vendorId, sync::kReviewWindowMs}));
    if (!flagged)
        return std::unexpected(flagged.error());
    const QHash<QString, qint64> &review = *flagged;
    // SKUs as the devices show them: the one made first (the smaller id) keeps a SKU two devices
    // gave offline, the other gets suffixedSku.
    auto skus = queryRows(
        m_db->exec(QStringLiteral("SELECT id, sku FROM products WHERE vendor_id = ? ORDER BY "
                                  "sku, id"),
                   {vendorId}),
        [](const QSqlQuery &q) { return std::pair(q.value(0).toString(), q.value(1).toString()); });
    if (!skus)
        return std::unexpected(skus.error());
    QHash<QString, QString> shown;
    QString previous;
    for (const auto &[id, sku] : std::as_const(*skus)) {
        shown.insert(id, sku == previous ? suffixedSku(sku, id) : sku);
        previous = sku;
    }
    QJsonArray levels;
    for (const Row &r : std::as_const(rows)) {
        const StockStatus status = stockStatus(r.level, r.lowStock);
        levels.append(
            QJsonObject{{QStringLiteral("product_id"), r.id},
                        {QStringLiteral("level"), QString::number(r.level)},
                        {QStringLiteral("counted"), r.counted},
                        {QStringLiteral("last_count_hlc"),
                         r.counted ? QJsonValue(QString::number(r.countHlc)) : QJsonValue()},
                        {QStringLiteral("sku"), shown.value(r.id)},
                        {QStringLiteral("name"), r.name},
                        {QStringLiteral("unit"), r.unit},
                        {QStringLiteral("low_stock"), QString::number(r.lowStock)},
                        {QStringLiteral("oversold"), status == StockStatus::Oversold},
                        {QStringLiteral("low"), status == StockStatus::Low},
                        {QStringLiteral("review"), review.value(r.id)}});
    }
    return QJsonObject{{QStringLiteral("levels"), levels}};
}

} // namespace sk::server
