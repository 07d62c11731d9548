#pragma once

#include "app/server/ConnectionGuard.h"
#include "app/server/RateLimiter.h"
#include "app/server/ServerStore.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>

#include <memory>
#include <optional>
#include <vector>

namespace sk::server {

struct ServerConfig
{
    qsizetype maxBodyBytes = sync::limits::kMaxBodyBytes;
    int maxPushEvents = sync::limits::kMaxPushEvents;
    int maxPullPage = sync::limits::kMaxPullPage;
    // Per device: a bucket of `burst` requests refilled at `ratePerSecond`.
    double ratePerSecond = 20;
    double burst = 60;
    // Pairing attempts per remote address (codes are short: guessing must be slow).
    double pairPerMinute = 10;
    // Deadlines and caps of connections (its maxBodyBytes is taken from above).
    ConnectionLimits connections;
    // Orders on the order page (/shop/): bursts of this many per remote address and per
    // vendor, refilled at a fifth of that per minute.
    double shopOrdersPerAddress = 5;
    double shopOrdersPerVendor = 60;
    // Plain HTTP on an address other than the loopback: pairing codes and tokens in clear.
    bool insecureHttp = false;
};

// The HTTP side of stallkeeper-server: routes /api/v1/..., authenticates bearer tokens, applies
// the limits and turns every failure into a JSON error {code, message} with a 4xx or 5xx status.
// Listens on its own QTcpServer or QSslServer (bind() of Qt 6.4's QAbstractHttpServer); its
// ConnectionGuard sees every connection first and keeps slow, idle, oversized and too many
// connections from starving the others.
struct CheckedEvent;
struct DeferredPush;
class PushWriter;

class SyncServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    SyncServer(ServerStore &store, ServerConfig config = {}, QObject *parent = nullptr);
    ~SyncServer() override;

    // Returns the port (useful with port 0). Plain HTTP is refused on any address but the
    // loopback unless the config says insecureHttp.
    Result<quint16> listen(const QHostAddress &address,
                           quint16 port,
                           const std::optional<QSslConfiguration> &tls = std::nullopt);
    // Open connections, body bytes they announced and hold, and how many connections fit.
    int connectionCount() const;
    qint64 bufferedBodyBytes() const;
    int connectionCap() const;
    static Result<QSslConfiguration> loadTls(const QString &certFile, const QString &keyFile);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Response
    {
        int status = 200;
        QByteArray body;
        int retryAfter = 0;
        // Set instead of an answer to a push: its answer is written once its events have been
        // checked (on the thread pool for a large batch) and stored (by the writer).
        std::shared_ptr<DeferredPush> deferred;
        // The order page's answers (ShopHttp): their own type and the headers of HTML.
        QByteArray contentType;
    };
    // A checked push: the answer already (a body refused as a whole), or the events to store
    // and the ones refused.
    struct Prepared
    {
        std::optional<Response> answer;
        QList<IncomingEvent> valid;
        QList<sync::Rejection> rejected;
    };
    void answer(QTcpSocket *socket, const Response &r);
    // Whether a push on this connection is still waiting for its answer.
    bool pushPending(QTcpSocket *socket) const;
    // Answers a push once its events are checked (on the pool when `push` is still Checking)
    // and stored.
    void defer(QTcpSocket *socket, const std::shared_ptr<DeferredPush> &push);
    // Hands the pushes whose checks are done to the store, in the order they arrived.
    void storeDeferred();
    void answerDeferred(const std::shared_ptr<DeferredPush> &push, const Response &r);
    Response route(const QHttpServerRequest &request);
    Response error(int status, const QString &code, const QString &message, int retryAfter = 0);
    Response json(const QJsonObject &o, int status = 200);
    // The body as a JSON object with no keys but `allowed`, or the 400 answer saying what is
    // wrong with it.
    std::optional<Response>
    readObject(const QByteArray &body, const QStringList &allowed, QJsonObject *out);
    // Counts a pairing or join attempt from the request's address: the 429 answer when there
    // were too many (`attempts` names them), else nullopt.
    std::optional<Response> tooManyAttempts(const QHttpServerRequest &request,
                                            const QString &attempts);
    Response fromStoreError(const Error &e);
    Result<DeviceInfo> authenticate(const QHttpServerRequest &request, Response &failure);
    // The offset (ms ahead) of the device's clock to this server's, from the X-Device-Time
    // header every request of a current device carries, recorded for the device; nullopt
    // without one.
    std::optional<qint64> noteClock(const QHttpServerRequest &request, const DeviceInfo &device);
    Response health();
    Response pair(const QHttpServerRequest &request);
    Response push(const QHttpServerRequest &request, const DeviceInfo &device);
    Response tooManyEvents();
    Prepared
    prepare(const DeviceInfo &device, const QByteArray &body, std::vector<CheckedEvent> &checked);
    Response pushAnswer(const QList<sync::Rejection> &refused, const Result<PushOutcome> &out);
    Response pull(const QHttpServerRequest &request, const DeviceInfo &device);
    Response snapshot(const QHttpServerRequest &request, const DeviceInfo &device);
    Response sales(const QHttpServerRequest &request, const DeviceInfo &device);
    Response stock(const DeviceInfo &device);
    Response sale(const QString &saleId, const DeviceInfo &device);
    // GET /device: who the token belongs to, and its clock's offset (`clock`, else the one
    // recorded last).
    Response deviceInfo(const DeviceInfo &device, const std::optional<qint64> &clock);
    // /market/...: joining a market, and what a market and its vendors share (MarketRoutes.cpp).
    Response
    market(const QHttpServerRequest &request, const DeviceInfo &device, const QString &endpoint);

    ServerStore &m_store;
    ServerConfig m_config;
    ConnectionGuard *m_guard = nullptr;
    RateLimiter m_deviceLimiter;
    RateLimiter m_pairLimiter;
    QList<std::shared_ptr<DeferredPush>> m_deferred;    // in the order they arrived
    QHash<QString, std::pair<qint64, qint64>> m_clocks; // device -> offset, when recorded
    std::unique_ptr<class ShopHttp> m_shop;             // /shop/..., made on its first request
    // Stores pushes on its own thread; none for an in-memory store (pushes are stored here).
    std::unique_ptr<PushWriter> m_writer;
};

} // namespace sk::server
