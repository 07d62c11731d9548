#include "app/server/SyncServer.h"

#include "core/Ids.h"
#include "core/sync/EventValidator.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

#include <algorithm>

// SyncServer's handlers of a device's identity: health, pairing, authenticating its bearer
// token (and its rate limit), noting its clock, and GET /device.

namespace sk::server {

Result<DeviceInfo> SyncServer::authenticate(const QHttpServerRequest &request, Response &failure)
{
    QByteArray auth;
    for (const auto &[k, v] : request.headers())
        if (k.compare("authorization", Qt::CaseInsensitive) == 0)
            auth = v.trimmed();
    if (!auth.startsWith("Bearer ")) {
        failure = error(401,
                        QStringLiteral("unauthorized"),
                        QStringLiteral("an Authorization: Bearer token is required"));
        return fail(Error::Code::Unauthorized, {});
    }
    auto d = m_store.authenticate(auth.mid(7).trimmed());
    if (!d) {
        if (d.error().code == Error::Code::Conflict)
            failure = error(403,
                            QStringLiteral("device_revoked"),
                            QStringLiteral("this device was revoked; pair it again"));
        else if (d.error().code == Error::Code::Unauthorized)
            failure = error(401, QStringLiteral("unauthorized"), d.error().detail);
        else
            failure = fromStoreError(d.error());
        return std::unexpected(d.error());
    }
    if (const int wait = m_deviceLimiter.take(d->id); wait > 0) {
        failure = error(429,
                        QStringLiteral("rate_limited"),
                        QStringLiteral("too many requests from this device; slow down"),
                        wait);
        return fail(Error::Code::Conflict, {});
    }
    return d;
}

std::optional<qint64> SyncServer::noteClock(const QHttpServerRequest &request,
                                            const DeviceInfo &device)
{
    QByteArray sent;
    for (const auto &[k, v] : request.headers())
        if (k.compare("x-device-time", Qt::CaseInsensitive) == 0)
            sent = v.trimmed();
    bool ok = false;
    const qint64 deviceMs = sent.toLongLong(&ok);
    if (!ok)
        return std::nullopt; // an older device, which sends no clock
    const qint64 now = Clock::nowMs();
    // Clamped into the years a device clock can show, so that the difference cannot overflow.
    const qint64 offset = std::clamp<qint64>(deviceMs, 0, qint64(1) << 53) - now;
    // Written when it moved by more than a second, or once a minute: not a write per request.
    const auto it = m_clocks.constFind(device.id);
    if (it == m_clocks.cend() || qAbs(it->first - offset) > 1000 || now - it->second > 60000) {
        if (m_clocks.size() > 100000)
            m_clocks.clear();
        if (auto r = m_store.recordClock(device.id, offset, now); !r)
            qWarning("stallkeeper-server: device clock not recorded: %s",
                     qPrintable(r.error().detail));
        m_clocks.insert(device.id, {offset, now});
    }
    return offset;
}

SyncServer::Response SyncServer::health()
{
    return json({{QStringLiteral("status"), QStringLiteral("ok")},
                 {QStringLiteral("version"), QStringLiteral(STALLKEEPER_VERSION)},
                 {QStringLiteral("api"), 1},
                 {QStringLiteral("store"),
                  m_store.isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
                 {QStringLiteral("server_time"), QString::number(Clock::nowMs())}});
}

SyncServer::Response SyncServer::pair(const QHttpServerRequest &request)
{
    QJsonObject o;
    if (auto refused = readObject(
            request.body(),
            {QStringLiteral("code"), QStringLiteral("device_id"), QStringLiteral("device_name")},
            &o))
        return *refused;
    const QJsonValue code = o.value(QLatin1String("code")),
                     id = o.value(QLatin1String("device_id")),
                     name = o.value(QLatin1String("device_name"));
    if (!code.isString() || !id.isString() || (!name.isUndefined() && !name.isString()))
        return error(400,
                     QStringLiteral("wrong_type"),
                     QStringLiteral("code and device_id must be strings (device_name optional)"));
    if (code.toString().size() > 64)
        return error(
            401, QStringLiteral("invalid_code"), QStringLiteral("this pairing code is not valid"));
    auto r = m_store.pair(code.toString(), id.toString(), name.toString());
    if (!r) {
        if (r.error().code == Error::Code::Unauthorized)
            return error(401, QStringLiteral("invalid_code"), r.error().detail);
        return fromStoreError(r.error());
    }
    QJsonObject reply{{QStringLiteral("token"), r->token},
                      {QStringLiteral("device_id"), r->device.id},
                      {QStringLiteral("vendor"),
                       QJsonObject{{QStringLiteral("id"), r->device.vendorId},
                                   {QStringLiteral("name"), r->device.vendorName}}},
                      {QStringLiteral("server_time"), QString::number(Clock::nowMs())}};
    if (r->device.manager())
        reply.insert(QStringLiteral("market"),
                     QJsonObject{{QStringLiteral("id"), r->device.marketId},
                                 {QStringLiteral("name"), r->device.marketName},
                                 {QStringLiteral("role"), QStringLiteral("manager")}});
    return json(reply);
}

SyncServer::Response SyncServer::deviceInfo(const DeviceInfo &device,
                                            const std::optional<qint64> &clock)
{
    QJsonObject o(
        {{QStringLiteral("device_id"), device.id},
         {QStringLiteral("name"), device.name},
         {QStringLiteral("clock_offset_ms"), QString::number(clock.value_or(device.clockOffsetMs))},
         {QStringLiteral("vendor"),
          QJsonObject{{QStringLiteral("id"), device.vendorId},
                      {QStringLiteral("name"), device.vendorName}}}});
    if (device.manager())
        o.insert(QStringLiteral("market"),
                 QJsonObject{{QStringLiteral("id"), device.marketId},
                             {QStringLiteral("name"), device.marketName},
                             {QStringLiteral("role"), QStringLiteral("manager")}});
    return json(o);
}

} // namespace sk::server
