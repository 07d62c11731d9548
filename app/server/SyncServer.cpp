#include "SyncServer.h"

#include "GuardedListener.h"
#include "Ids.h"
#include "PushWriter.h"
#include "sync/EventValidator.h"
#include "sync/SaleEventReader.h"

#include <QFile>
#include <QFutureWatcher>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QThreadPool>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <memory>

namespace sk::server {

namespace {

QByteArray errorJson(const QString &code, const QString &message)
{
    return QJsonDocument(sync::errorBody(code, message)).toJson(QJsonDocument::Compact);
}

bool exactKeys(const QJsonObject &o, const QStringList &allowed, QString *unknown)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key())) {
            *unknown = it.key().left(40);
            return false;
        }
    return true;
}

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

RateLimiter::RateLimiter(double perSecond, double burst)
    : m_rate(perSecond)
    , m_burst(burst)
{
    m_clock.start();
}

int RateLimiter::take(const QString &key)
{
    if (m_rate <= 0)
        return 0;
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() > 100000)
            m_buckets.clear();
        it = m_buckets.insert(key, Bucket{m_burst, now});
    }
    it->tokens = std::min(m_burst, it->tokens + double(now - it->at) / 1000.0 * m_rate);
    it->at = now;
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - it->tokens) / m_rate)));
}

SyncServer::SyncServer(ServerStore &store, ServerConfig config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_config(config)
    , m_deviceLimiter(config.ratePerSecond, config.burst)
    , m_pairLimiter(config.pairPerMinute / 60.0, std::max(1.0, config.pairPerMinute))
{
    ConnectionLimits limits = config.connections;
    limits.maxBodyBytes = config.maxBodyBytes;
    m_guard = new ConnectionGuard(limits, this);
    // Pushes are stored through a second connection, on the writer's thread; an in-memory
    // store has only the one, so its pushes are stored on this thread.
    if (auto w = PushWriter::start(store.spec(), this))
        m_writer = std::move(*w);
    else if (w.error().code != Error::Code::InvalidInput)
        qWarning("stallkeeper-server: pushes are stored on the HTTP thread: %s",
                 qPrintable(w.error().detail));
}

// The writer stores what it was given before the members it answers through go away.
SyncServer::~SyncServer()
{
    m_writer.reset();
}

Result<QSslConfiguration> SyncServer::loadTls(const QString &certFile, const QString &keyFile)
{
    const auto certs = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (certs.isEmpty())
        return fail(Error::Code::Io, QStringLiteral("no PEM certificate in %1").arg(certFile));
    QFile kf(keyFile);
    if (!kf.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, QStringLiteral("cannot read %1").arg(keyFile));
    const QByteArray pem = kf.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 is not an unencrypted PEM RSA or EC key").arg(keyFile));
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setLocalCertificate(certs.first());
    if (certs.size() > 1)
        c.setLocalCertificateChain(certs);
    c.setPrivateKey(key);
    c.setPeerVerifyMode(QSslSocket::VerifyNone);
    c.setProtocol(QSsl::TlsV1_2OrLater);
    return c;
}

Result<quint16> SyncServer::listen(const QHostAddress &address,
                                   quint16 port,
                                   const std::optional<QSslConfiguration> &tls)
{
    if (!tls && !address.isLoopback() && !m_config.insecureHttp)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("plain HTTP on %1 would carry pairing codes and device tokens "
                                   "unencrypted: give --tls-cert and --tls-key, listen on "
                                   "127.0.0.1 behind a reverse proxy that serves HTTPS, or pass "
                                   "--insecure-http")
                        .arg(address.toString()));
    QTcpServer *server = guardedListener(*m_guard, tls, m_config.connections.headerTimeoutMs, this);
    // Qt's default queue of 50 connections not yet accepted drops the SYN of the 51st of a
    // burst (a market's tills coming back online at once), which then waits a second or more
    // for its retry; the kernel caps this at net.core.somaxconn.
    server->setListenBacklogSize(1024);
    if (!server->listen(address, port)) {
        const QString why = server->errorString();
        delete server;
        return fail(Error::Code::Network,
                    QStringLiteral("cannot listen on %1:%2: %3")
                        .arg(address.toString())
                        .arg(port)
                        .arg(why));
    }
    m_guard->listening(server);
    bind(server);
    return server->serverPort();
}

int SyncServer::connectionCount() const
{
    return m_guard->connectionCount();
}

qint64 SyncServer::bufferedBodyBytes() const
{
    return m_guard->bufferedBodyBytes();
}

int SyncServer::connectionCap() const
{
    return m_guard->cap();
}

SyncServer::Response
SyncServer::error(int status, const QString &code, const QString &message, int retryAfter)
{
    return Response{status, errorJson(code, message), retryAfter, {}};
}

SyncServer::Response SyncServer::json(const QJsonObject &o, int status)
{
    return Response{status, QJsonDocument(o).toJson(QJsonDocument::Compact), 0, {}};
}

std::optional<SyncServer::Response>
SyncServer::readObject(const QByteArray &body, const QStringList &allowed, QJsonObject *out)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return error(400,
                     QStringLiteral("malformed_json"),
                     QStringLiteral("the body must be a JSON object"));
    *out = doc.object();
    QString unknown;
    if (!exactKeys(*out, allowed, &unknown))
        return error(400,
                     QStringLiteral("unknown_field"),
                     QStringLiteral("unknown field \"%1\"").arg(unknown));
    return std::nullopt;
}

SyncServer::Response SyncServer::fromStoreError(const Error &e)
{
    switch (e.code) {
    case Error::Code::InvalidInput:
        return error(400, QStringLiteral("invalid"), e.detail);
    case Error::Code::NotFound:
        return error(404, QStringLiteral("not_found"), e.detail);
    case Error::Code::Conflict:
        return error(409, QStringLiteral("conflict"), e.detail);
    case Error::Code::Unauthorized:
        return error(401, QStringLiteral("unauthorized"), e.detail);
    default:
        qWarning("stallkeeper-server: store error: %s", qPrintable(e.detail));
        return error(503,
                     QStringLiteral("unavailable"),
                     QStringLiteral("the server's database is not available; try again later"),
                     5);
    }
}

// One event of a push as it is checked: parsed, its device compared, its data validated.
struct CheckedEvent
{
    QByteArrayView sent;
    QJsonValue value;
    bool malformed = false;
    std::optional<IncomingEvent> event;
    std::optional<sync::Rejection> rejection;
};

// `nowMs`: the server's clock when the push arrived, which the event's times are checked
// against.
void checkEvent(CheckedEvent &c, const DeviceInfo &device, qint64 nowMs)
{
    if (!c.sent.isEmpty()) {
        // Most of a backlog is sales as current devices write them: read those directly.
        IncomingEvent quick;
        if (sync::readSaleEvent(c.sent, quick.event, quick.saleRows.emplace(), nowMs)
            && quick.event.deviceId == device.id) {
            c.event = std::move(quick);
            return;
        }
        QJsonParseError pe;
        const QJsonDocument doc
            = QJsonDocument::fromJson(QByteArray::fromRawData(c.sent.data(), c.sent.size()), &pe);
        if (pe.error != QJsonParseError::NoError) {
            c.malformed = true;
            return;
        }
        c.value = doc.object();
    }
    auto e = sync::parseEnvelope(c.value, c.sent);
    if (!e) {
        c.rejection = sync::Rejection{c.value.toObject().value(QLatin1String("id")).toString(),
                                      QStringLiteral("invalid"),
                                      e.error().detail};
        return;
    }
    if (e->deviceId != device.id) {
        c.rejection = sync::Rejection{e->id,
                                      QStringLiteral("wrong_device"),
                                      QStringLiteral("a device may push only its own events")};
        return;
    }
    IncomingEvent in{std::move(*e), {}, {}};
    if (auto s = sync::validateEvent(in.event, nowMs, &in.parsed); !s) {
        c.rejection = sync::Rejection{in.event.id, QStringLiteral("invalid"), s.error().detail};
        return;
    }
    c.event = std::move(in);
}

// A push on its way: its events are checked (a large batch on the thread pool, while this
// thread goes on serving), then stored by the writer in the order the pushes arrived, then
// answered.
struct DeferredPush
{
    enum class State { Checking, Checked, Storing };
    DeviceInfo device;
    qint64 receivedAt = 0;
    QByteArray body;
    std::vector<CheckedEvent> checked;
    QPointer<QTcpSocket> socket;
    State state = State::Checking;
};

bool SyncServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_guard->requestStarted(socket);
    if (std::any_of(m_deferred.cbegin(), m_deferred.cend(), [socket](const auto &p) {
            return p->socket == socket;
        })) {
        // A request sent before the answer to the push before it (HTTP pipelining): answering
        // it first would put the answers out of order. No client of this API pipelines.
        qWarning("stallkeeper-server: pipelined request from %s; connection closed",
                 qPrintable(request.remoteAddress().toString()));
        socket->abort();
        return true;
    }
    Response r = route(request);
    if (!r.deferred) {
        answer(socket, r);
        return true;
    }
    r.deferred->socket = socket;
    m_deferred.append(r.deferred);
    if (r.deferred->state == DeferredPush::State::Checked) {
        storeDeferred();
        return true;
    }
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, push = r.deferred] {
        watcher->deleteLater();
        push->state = DeferredPush::State::Checked;
        storeDeferred();
    });
    watcher->setFuture(QtConcurrent::map(r.deferred->checked, [push = r.deferred](CheckedEvent &c) {
        checkEvent(c, push->device, push->receivedAt);
    }));
    return true;
}

void SyncServer::storeDeferred()
{
    // A device's batches are numbered in the order they arrived, even when a later one was
    // checked first. Stored even when the device has gone: it sends the batch again, and gets
    // it acknowledged as a repeat.
    if (!m_writer) {
        while (!m_deferred.isEmpty() && m_deferred.first()->state == DeferredPush::State::Checked) {
            const auto push = m_deferred.takeFirst();
            Prepared p = prepare(push->device, push->body, push->checked);
            const Response r = p.answer
                                   ? *p.answer
                                   : pushAnswer(p.rejected, m_store.push(push->device, p.valid));
            // Freeing 500 parsed sales is a few ms of work the answer need not wait for.
            QThreadPool::globalInstance()->start(
                [parsed = std::move(p.valid)]() mutable { parsed.clear(); });
            answerDeferred(push, r);
        }
        return;
    }
    for (const auto &push : std::as_const(m_deferred)) {
        if (push->state == DeferredPush::State::Checking)
            break;
        if (push->state == DeferredPush::State::Storing)
            continue;
        push->state = DeferredPush::State::Storing;
        Prepared p = prepare(push->device, push->body, push->checked);
        // A refused body goes through the writer too (with nothing to store): answers keep the
        // order of the pushes.
        m_writer->submit(
            PushBatch{push->device, std::move(p.valid)},
            [this, push, refusal = std::move(p.answer), refused = std::move(p.rejected)](
                const Result<PushOutcome> &out) {
                m_deferred.removeOne(push);
                answerDeferred(push, refusal ? *refusal : pushAnswer(refused, out));
            });
    }
}

void SyncServer::answerDeferred(const std::shared_ptr<DeferredPush> &push, const Response &r)
{
    if (QTcpSocket *socket = push->socket;
        socket && socket->state() == QAbstractSocket::ConnectedState)
        answer(socket, r);
    // Freeing a 1.4 MB body and its checked events is work the next answer need not wait for.
    QThreadPool::globalInstance()->start([done = push]() mutable { done.reset(); });
}

void SyncServer::answer(QTcpSocket *socket, const Response &r)
{
    QByteArray head = httpStatusLine(r.status);
    head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(r.body.size())
            + "\r\nCache-Control: no-store\r\nX-Server-Time: " + QByteArray::number(Clock::nowMs())
            + "\r\n";
    if (r.retryAfter > 0)
        head += "Retry-After: " + QByteArray::number(r.retryAfter) + "\r\n";
    head += "\r\n";
    socket->write(head + r.body);
    m_guard->answerQueued(socket);
}

// Required by QAbstractHttpServer; handleRequest answers every request (route() says 404 for a
// path it does not know), so this is reached only if that ever changes.
void SyncServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    answer(socket, error(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint")));
}

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

SyncServer::Response SyncServer::route(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const auto method = request.method();
    using M = QHttpServerRequest::Method;
    if (request.body().size() > m_config.maxBodyBytes)
        return error(
            413,
            QStringLiteral("body_too_large"),
            QStringLiteral("the request body is larger than %1 bytes").arg(m_config.maxBodyBytes));
    if (!path.startsWith(QLatin1String("/api/v1/")))
        return error(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint"));
    const QString endpoint = path.mid(8);
    auto expect = [&](M m) {
        return method == m;
    };
    auto wrongMethod = [&] {
        return error(405,
                     QStringLiteral("method_not_allowed"),
                     QStringLiteral("%1 does not take this method").arg(path.left(60)));
    };
    if (endpoint == u"health")
        return expect(M::Get) ? health() : wrongMethod();
    if (endpoint == u"pair") {
        if (!expect(M::Post))
            return wrongMethod();
        if (const int wait = m_pairLimiter.take(request.remoteAddress().toString()); wait > 0)
            return error(429,
                         QStringLiteral("rate_limited"),
                         QStringLiteral("too many pairing attempts; wait a minute"),
                         wait);
        return pair(request);
    }
    const bool known = endpoint == u"push" || endpoint == u"pull" || endpoint == u"snapshot"
                       || endpoint == u"sales" || endpoint.startsWith(QLatin1String("sales/"))
                       || endpoint == u"stock" || endpoint == u"device";
    if (!known)
        return error(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint"));
    Response failure;
    auto device = authenticate(request, failure);
    if (!device)
        return failure;
    const std::optional<qint64> clock = noteClock(request, *device);
    if (endpoint == u"push") {
        if (!expect(M::Post))
            return wrongMethod();
        // Events from a clock this far off would sit on the wrong side of other devices' counts
        // (and of the day): they wait on the device until its clock is set.
        if (clock && qAbs(*clock) > kMaxClockSkewMs)
            return error(
                422,
                QStringLiteral("clock_skew"),
                QStringLiteral("this device's clock is %1 %2 the server's (at most %3 "
                               "allowed): set its date and time, then sync again; its "
                               "events wait on it")
                    .arg(sync::durationText(*clock),
                         *clock > 0 ? QStringLiteral("ahead of") : QStringLiteral("behind"),
                         sync::durationText(kMaxClockSkewMs)));
        return push(request, *device);
    }
    if (!expect(M::Get))
        return wrongMethod();
    if (endpoint == u"pull")
        return pull(request, *device);
    if (endpoint == u"snapshot")
        return snapshot(request, *device);
    if (endpoint == u"sales")
        return sales(request, *device);
    if (endpoint == u"stock")
        return stock(*device);
    if (endpoint == u"device")
        return json({{QStringLiteral("device_id"), device->id},
                     {QStringLiteral("name"), device->name},
                     {QStringLiteral("clock_offset_ms"),
                      QString::number(clock.value_or(device->clockOffsetMs))},
                     {QStringLiteral("vendor"),
                      QJsonObject{{QStringLiteral("id"), device->vendorId},
                                  {QStringLiteral("name"), device->vendorName}}}});
    const QString saleId = endpoint.mid(6);
    if (!sync::isUuid(saleId))
        return error(404, QStringLiteral("not_found"), QStringLiteral("no such sale"));
    auto s = m_store.sale(device->vendorId, saleId);
    if (!s)
        return fromStoreError(s.error());
    return json(*s);
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
    return json({{QStringLiteral("token"), r->token},
                 {QStringLiteral("device_id"), r->device.id},
                 {QStringLiteral("vendor"),
                  QJsonObject{{QStringLiteral("id"), r->device.vendorId},
                              {QStringLiteral("name"), r->device.vendorName}}},
                 {QStringLiteral("server_time"), QString::number(Clock::nowMs())}});
}

SyncServer::Response SyncServer::push(const QHttpServerRequest &request, const DeviceInfo &device)
{
    // Each event is checked on its own. The events of a well-formed body are checked in
    // parallel from the bytes each was sent as (kept as its identity, so nothing is serialized
    // again); any other body is parsed whole, which also names what is wrong with it.
    const QByteArray body = request.body();
    std::vector<CheckedEvent> checked;
    if (const auto slices = sync::splitPushBody(body)) {
        if (slices->size() > m_config.maxPushEvents)
            return tooManyEvents();
        checked.resize(size_t(slices->size()));
        for (size_t i = 0; i < checked.size(); ++i)
            checked[i].sent = slices->at(qsizetype(i));
    }
    Response later;
    later.deferred = std::make_shared<DeferredPush>();
    later.deferred->device = device;
    later.deferred->receivedAt = Clock::nowMs();
    later.deferred->body = body;
    later.deferred->checked = std::move(checked);
    // A large batch (a backlog being drained) is checked on the pool while this thread goes on
    // serving; a till's few new sales are checked right here (on a busy server the hand-over
    // costs more than it saves). Either way it is stored after the pushes that came before it.
    if (later.deferred->checked.size() < 100) {
        for (CheckedEvent &c : later.deferred->checked)
            checkEvent(c, device, later.deferred->receivedAt);
        later.deferred->state = DeferredPush::State::Checked;
    }
    return later;
}

SyncServer::Response SyncServer::tooManyEvents()
{
    return error(413,
                 QStringLiteral("batch_too_large"),
                 QStringLiteral("at most %1 events per push").arg(m_config.maxPushEvents));
}

SyncServer::Prepared SyncServer::prepare(const DeviceInfo &device,
                                         const QByteArray &body,
                                         std::vector<CheckedEvent> &checked)
{
    // A slice that is not JSON: the whole-body parse below says what is wrong.
    if (std::any_of(
            checked.begin(), checked.end(), [](const CheckedEvent &c) { return c.malformed; }))
        checked.clear();
    if (checked.empty()) {
        QJsonObject o;
        if (auto refused = readObject(body, {QStringLiteral("events")}, &o))
            return {std::move(refused), {}, {}};
        const QJsonValue ev = o.value(QLatin1String("events"));
        if (!ev.isArray())
            return {error(400,
                          QStringLiteral("wrong_type"),
                          QStringLiteral("\"events\" must be an array")),
                    {},
                    {}};
        const QJsonArray events = ev.toArray();
        if (events.size() > m_config.maxPushEvents)
            return {tooManyEvents(), {}, {}};
        checked.resize(size_t(events.size()));
        for (size_t i = 0; i < checked.size(); ++i) {
            checked[i].value = events.at(qsizetype(i));
            checkEvent(checked[i], device, Clock::nowMs());
        }
    }
    Prepared p;
    p.valid.reserve(qsizetype(checked.size()));
    for (CheckedEvent &c : checked) {
        if (c.event)
            p.valid << std::move(*c.event);
        else if (c.rejection)
            p.rejected << std::move(*c.rejection);
    }
    return p;
}

SyncServer::Response SyncServer::pushAnswer(const QList<sync::Rejection> &refused,
                                            const Result<PushOutcome> &out)
{
    if (!out)
        return fromStoreError(out.error());
    QJsonArray rj;
    for (const auto &r : refused + out->rejected)
        rj.append(QJsonObject{{QStringLiteral("id"), r.id},
                              {QStringLiteral("code"), r.code},
                              {QStringLiteral("message"), r.message}});
    QJsonObject answer{{QStringLiteral("acked"), QJsonArray::fromStringList(out->acked)},
                       {QStringLiteral("rejected"), rj},
                       {QStringLiteral("stored"), out->stored},
                       {QStringLiteral("server_time"), QString::number(Clock::nowMs())}};
    // Where the new events went in the vendor's sequence: the device's cursor can move past
    // them without pulling its own events back.
    if (out->stored > 0 && out->firstSeq > 0)
        answer.insert(QStringLiteral("seqs"),
                      QJsonObject{{QStringLiteral("first"), QString::number(out->firstSeq)},
                                  {QStringLiteral("last"),
                                   QString::number(out->firstSeq + out->stored - 1)}});
    return json(answer, out->conflict ? 409 : 200);
}

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
    return Response{200, std::move(body), 0, {}};
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
    return Response{200, std::move(body), 0, {}};
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

} // namespace sk::server
