#include "app/server/SyncServer.h"

#include "app/server/GuardedListener.h"
#include "app/server/HttpWire.h"
#include "app/server/PushWriter.h"
#include "app/server/ShopHttp.h"
#include "core/Ids.h"
#include "core/sync/EventValidator.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

#include <algorithm>
#include <memory>

// SyncServer's own file: listening, routing each request to its handler and answering it, and
// the JSON errors every handler answers with. The handlers are in a file per area:
//   SyncServerDevices.cpp  health, pairing, the device's token and clock, GET /device
//   SyncServerPush.cpp     POST /push: checks on the thread pool, stored by PushWriter
//   SyncServerReads.cpp    GET /pull, /snapshot, /sales, /sales/{id}, /stock
//   MarketRoutes.cpp       /market/...: joining a market, slips, statements

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

} // namespace

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

std::optional<SyncServer::Response> SyncServer::tooManyAttempts(const QHttpServerRequest &request,
                                                                const QString &attempts)
{
    if (const int wait = m_pairLimiter.take(request.remoteAddress().toString()); wait > 0)
        return error(429,
                     QStringLiteral("rate_limited"),
                     QStringLiteral("too many %1 attempts; wait a minute").arg(attempts),
                     wait);
    return std::nullopt;
}

SyncServer::Response
SyncServer::error(int status, const QString &code, const QString &message, int retryAfter)
{
    return Response{status, errorJson(code, message), retryAfter, {}, {}};
}

SyncServer::Response SyncServer::json(const QJsonObject &o, int status)
{
    return Response{status, QJsonDocument(o).toJson(QJsonDocument::Compact), 0, {}, {}};
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

bool SyncServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_guard->requestStarted(socket);
    if (pushPending(socket)) {
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
    defer(socket, r.deferred);
    return true;
}

void SyncServer::answer(QTcpSocket *socket, const Response &r)
{
    QByteArray head = httpStatusLine(r.status);
    head += "Content-Type: " + (r.contentType.isEmpty() ? "application/json" : r.contentType);
    if (!r.contentType.isEmpty())
        head += "\r\n" + ShopHttp::securityHeaders().chopped(2);
    head += "\r\nContent-Length: " + QByteArray::number(r.body.size())
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
    if (path.startsWith(QLatin1String("/shop/"))) {
        if (!m_shop)
            m_shop = std::make_unique<ShopHttp>(
                m_store, m_config.shopOrdersPerAddress, m_config.shopOrdersPerVendor);
        const ShopAnswer a = m_shop->handle(request);
        return Response{a.status, a.body, a.retryAfter, {}, a.contentType};
    }
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
        if (auto refused = tooManyAttempts(request, QStringLiteral("pairing")))
            return *refused;
        return pair(request);
    }
    const bool known = endpoint == u"push" || endpoint == u"pull" || endpoint == u"snapshot"
                       || endpoint == u"sales" || endpoint.startsWith(QLatin1String("sales/"))
                       || endpoint == u"stock" || endpoint == u"device"
                       || endpoint.startsWith(QLatin1String("market/"));
    if (!known)
        return error(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint"));
    Response failure;
    auto device = authenticate(request, failure);
    if (!device)
        return failure;
    const std::optional<qint64> clock = noteClock(request, *device);
    if (endpoint.startsWith(QLatin1String("market/")))
        return market(request, *device, endpoint.mid(7));
    // A manager's token reaches the market's shared data and its own booth's events only.
    if (device->manager()
        && (endpoint == u"sales" || endpoint == u"stock" || endpoint.startsWith(u"sales/")))
        return error(
            403,
            QStringLiteral("manager_only_market"),
            QStringLiteral("a market manager's device reads the market's shared data only"));
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
        return deviceInfo(*device, clock);
    return sale(endpoint.mid(6), *device);
}

} // namespace sk::server
