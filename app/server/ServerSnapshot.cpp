#include "app/server/ServerStore.h"

#include "app/server/StoreConnection.h"
#include "app/server/StoreSupport.h"

#include <QSqlQuery>

// ServerStore::snapshot: what a newly paired device needs before it can sell (GET
// /api/v1/snapshot), so that it does not wait for a season of sales to come down first.

namespace sk::server {

namespace {
// The records a till needs to sell: the catalog, tax categories, tenders, the benefit-program
// settings (classes, incentive rules, market fees) and the market days.
// Sales, stock movements and drawer records come later with the history; their effect on
// stock is in the levels. Those of the vendor (bound first) up to the cursor (bound next).
const char *const kSnapshotEvents
    = "FROM events WHERE vendor_id = ? AND type IN ('product', 'tax_category', 'tender_type', "
      "'market_day', 'eligibility_class', 'category_class', 'incentive_rule', 'market_fee') AND "
      "seq <= ?";
} // namespace

Result<Snapshot> ServerStore::snapshot(const DeviceInfo &device,
                                       int maxEvents,
                                       int maxProducts,
                                       const std::function<qint64()> &unsyncedFloor)
{
    // The views hold every event up to `projections.seq`: the levels read below are the state
    // at that number, which becomes the cursor.
    if (auto c = catchUp(device.vendorId); !c)
        return std::unexpected(c.error());
    // One read transaction: the cursor, the events and the levels are of the same moment.
    StoreTransaction tx(*m_db, StoreTransaction::Kind::Read);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto cursor = m_db->scalar(QStringLiteral("SELECT seq FROM projections WHERE vendor_id = ?"),
                               {device.vendorId});
    if (!cursor)
        return std::unexpected(cursor.error());
    Snapshot out;
    out.cursor = cursor->toLongLong();
    // A number not yet on disk (the writer syncs before it answers the push): the device asks
    // again in a moment rather than hold what a crash could take back.
    if (const qint64 floor = unsyncedFloor ? unsyncedFloor() : 0;
        floor > 0 && floor <= out.cursor) {
        out.retry = true;
        return out;
    }

    auto n = m_db->scalar(QStringLiteral("SELECT count(*) %1").arg(QLatin1String(kSnapshotEvents)),
                          {device.vendorId, out.cursor});
    if (!n)
        return std::unexpected(n.error());
    if (n->toLongLong() > maxEvents) {
        out.tooLarge = QStringLiteral("%1 catalog, tax, tender and market day records, more "
                                      "than a snapshot carries (%2)")
                           .arg(n->toLongLong())
                           .arg(maxEvents);
        return out;
    }
    auto events = m_db->exec(
        QStringLiteral("SELECT seq, payload %1 ORDER BY seq").arg(QLatin1String(kSnapshotEvents)),
        {device.vendorId, out.cursor});
    if (!events)
        return std::unexpected(events.error());
    out.eventsJson = "[";
    while (events->next()) {
        const QByteArray payload = events->value(1).toString().toUtf8();
        if (payload.size() < 2)
            continue;
        if (out.events)
            out.eventsJson += ',';
        out.eventsJson += "{\"seq\":\"" + QByteArray::number(events->value(0).toLongLong()) + "\","
                          + payload.sliced(1);
        ++out.events;
    }
    out.eventsJson += ']';
    events->finish();

    // Per product: the level by the rule every device uses (latest count by HLC, then id, plus
    // every other movement after it), and the newest HLC among its movements. A device takes
    // the level as standing at that HLC: a history movement (never newer) leaves it as it is.
    auto levels = m_db->exec(QStringLiteral(SK_LATEST_STOCK_COUNTS R"(
        ids AS (SELECT product_id, max(hlc) AS top FROM stock_movements WHERE vendor_id = ?
                GROUP BY product_id)
        SELECT ids.product_id, coalesce(latest.qty, 0)
               + (SELECT coalesce(sum(m.qty), 0) FROM stock_movements m
                  WHERE m.vendor_id = ? AND m.product_id = ids.product_id AND m.kind <> 'count'
                    AND m.hlc > coalesce(latest.hlc, -1)),
               ids.top
        FROM ids LEFT JOIN latest ON latest.product_id = ids.product_id
        ORDER BY ids.product_id)"),
                             {device.vendorId, device.vendorId, device.vendorId});
    if (!levels)
        return std::unexpected(levels.error());
    out.stockJson = "[";
    while (levels->next()) {
        if (++out.products > maxProducts) {
            out.tooLarge = QStringLiteral("stock of more than %1 products").arg(maxProducts);
            return out;
        }
        const QString product = levels->value(0).toString();
        if (!sync::isUuid(product))
            continue; // the views hold checked events only; never put other text in the JSON
        if (out.products > 1)
            out.stockJson += ',';
        out.stockJson += "{\"product_id\":\"" + product.toUtf8() + "\",\"level\":\""
                         + QByteArray::number(levels->value(1).toLongLong()) + "\",\"hlc\":\""
                         + QByteArray::number(levels->value(2).toLongLong()) + "\"}";
    }
    out.stockJson += ']';
    levels->finish();
    tx.rollback(); // read only
    return out;
}

} // namespace sk::server
