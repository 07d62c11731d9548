#include "app/server/SyncServer.h"

#include "app/server/PushWriter.h"
#include "core/Ids.h"
#include "core/sync/EventValidator.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

#include <limits>

// SyncServer's reads: GET /pull (the vendor's events after a cursor), /snapshot (what a new
// device starts from), and the vendor's views /sales, /sales/{id} and /stock.

namespace sk::server {

namespace {

// Whole, non-negative decimal query parameter within [min, max]; `fallback` when absent.
std::optional<qint64>
queryNumber(const QUrlQuery &q, const QString &key, qint64 fallback, qint64 min, qint64 max)
{
    if (!q.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const qint64 v = q.queryItemValue(key).toLongLong(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return v;
}

} // namespace

SyncServer::Response SyncServer::pull(const QHttpServerRequest &request, const DeviceInfo &device)
{
    const QUrlQuery q(request.url());
    for (const auto &[k, v] : q.queryItems())
        if (k != u"since" && k != u"limit")
            return error(400,
                         QStringLiteral("unknown_field"),
                         QStringLiteral("unknown parameter \"%1\"").arg(k.left(40)));
    const auto since
        = queryNumber(q, QStringLiteral("since"), 0, 0, std::numeric_limits<qint64>::max());
    const auto limit = queryNumber(
        q, QStringLiteral("limit"), sync::limits::kDefaultPullPage, 1, m_config.maxPullPage);
    if (!since || !limit)
        return error(400,
                     QStringLiteral("wrong_type"),
                     QStringLiteral("since must be a cursor (0 or more) and limit 1-%1")
                         .arg(m_config.maxPullPage));
    auto page = m_store.pull(device, *since, int(*limit), [this, &device] {
        return m_writer ? m_writer->unsyncedFloor(device.vendorId) : qint64(0);
    });
    if (!page)
        return fromStoreError(page.error());
    // The page is most of the answer (200 sales are 600 KB): it is copied once, not once per
    // `+` (that was 40 % of the server's time under 200 devices).
    QByteArray body = std::move(page->eventsJson);
    body.prepend("{\"events\":");
    body += ",\"next\":\"" + QByteArray::number(page->next)
            + "\",\"more\":" + (page->more ? "true" : "false") + ",\"server_time\":\""
            + QByteArray::number(Clock::nowMs()) + "\"}";
    return Response{200, std::move(body), 0, {}, {}};
}

SyncServer::Response SyncServer::snapshot(const QHttpServerRequest &request,
                                          const DeviceInfo &device)
{
    const QUrlQuery q(request.url());
    if (!q.isEmpty())
        return error(400,
                     QStringLiteral("unknown_field"),
                     QStringLiteral("the snapshot takes no parameters"));
    auto s = m_store.snapshot(device,
                              sync::limits::kMaxSnapshotEvents,
                              sync::limits::kMaxSnapshotProducts,
                              [this, &device] {
                                  return m_writer ? m_writer->unsyncedFloor(device.vendorId)
                                                  : qint64(0);
                              });
    if (!s)
        return fromStoreError(s.error());
    if (s->retry)
        return error(503,
                     QStringLiteral("unavailable"),
                     QStringLiteral("the server is storing events; try again in a moment"),
                     1);
    if (!s->tooLarge.isEmpty())
        return error(413, QStringLiteral("snapshot_too_large"), s->tooLarge);
    QByteArray body;
    body.reserve(s->eventsJson.size() + s->stockJson.size() + 200);
    body += "{\"schema\":" + QByteArray::number(sync::kSnapshotSchema) + ",\"cursor\":\""
            + QByteArray::number(s->cursor) + "\",\"events\":" + s->eventsJson + ",\"stock\":"
            + s->stockJson + ",\"server_time\":\"" + QByteArray::number(Clock::nowMs()) + "\"}";
    return Response{200, std::move(body), 0, {}, {}};
}

SyncServer::Response SyncServer::sales(const QHttpServerRequest &request, const DeviceInfo &device)
{
    const QUrlQuery q(request.url());
    for (const auto &[k, v] : q.queryItems())
        if (k != u"from" && k != u"to" && k != u"limit" && k != u"offset")
            return error(400,
                         QStringLiteral("unknown_field"),
                         QStringLiteral("unknown parameter \"%1\"").arg(k.left(40)));
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    const auto from = queryNumber(q, QStringLiteral("from"), 0, 0, kMax);
    const auto to = queryNumber(q, QStringLiteral("to"), kMax, 0, kMax);
    const auto limit = queryNumber(q, QStringLiteral("limit"), 100, 1, 1000);
    const auto offset = queryNumber(q, QStringLiteral("offset"), 0, 0, 100000000);
    if (!from || !to || !limit || !offset)
        return error(
            400,
            QStringLiteral("wrong_type"),
            QStringLiteral("from/to are ms since the epoch, limit 1-1000, offset 0 or more"));
    auto r = m_store.sales(device.vendorId, *from, *to, int(*limit), int(*offset));
    if (!r)
        return fromStoreError(r.error());
    return json(*r);
}

SyncServer::Response SyncServer::stock(const DeviceInfo &device)
{
    auto r = m_store.stock(device.vendorId);
    if (!r)
        return fromStoreError(r.error());
    return json(*r);
}

SyncServer::Response SyncServer::sale(const QString &saleId, const DeviceInfo &device)
{
    if (!sync::isUuid(saleId))
        return error(404, QStringLiteral("not_found"), QStringLiteral("no such sale"));
    auto s = m_store.sale(device.vendorId, saleId);
    if (!s)
        return fromStoreError(s.error());
    return json(*s);
}

} // namespace sk::server
