#pragma once

#include "app/server/ServerStore.h"
#include "app/server/SyncServer.h"
#include "core/Database.h"
#include "core/model/SaleRecord.h"

#include "core/sync/SyncClient.h"
#include "tests/support/TestSupport.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace sk::test {

// An in-process stallkeeper-server on loopback (a free port) for tests. The store is SQLite in a
// temporary folder, or, when STALLKEEPER_TEST_PG names a PostgreSQL server
// (postgresql://user@127.0.0.1:PORT/postgres, set by run_pg_tests.sh), a fresh database created
// for this fixture and dropped after it.
class TestServer
{
public:
    explicit TestServer(server::ServerConfig config = {},
                        std::optional<QSslConfiguration> tls = std::nullopt);
    ~TestServer();

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    QString url() const;
    quint16 port() const { return m_port; }
    server::ServerStore &store() { return *m_store; }
    server::SyncServer &http() { return *m_http; }
    const QString &storeSpec() const { return m_spec; }
    static bool usingPostgres();

    // Vendor id (created on first use) and a fresh pairing code.
    QString vendor(const QString &name);
    QString pairCode(const QString &vendorName);

private:
    QTemporaryDir m_dir;
    QString m_spec;
    QString m_pgDatabase;
    std::unique_ptr<server::ServerStore> m_store;
    std::unique_ptr<server::SyncServer> m_http;
    quint16 m_port = 0;
    bool m_tls = false;
    QString m_error;
};

// Pair a device database with a vendor on the server; empty string on success, else why not.
QString pairDevice(TestServer &server, Database &db, const QString &vendor, const QString &name);
// The same for a till that brings the demo catalog (stored first).
QString pairDemoTill(TestServer &server, Database &db, const QString &vendor, const QString &name);

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
};

// Blocking HTTP exchange for tests (runs the event loop, so an in-process server answers).
HttpResult http(const QByteArray &verb,
                const QString &url,
                const QByteArray &token = {},
                const QByteArray &body = {},
                const QList<QSslCertificate> &ca = {},
                const QList<std::pair<QByteArray, QByteArray>> &headers = {});

// The cart paid in full by `tender` and stored; the run ends (qFatal) when it cannot be.
SaleRecord payInFull(Database &db, const SaleRules &rules, Cart c, const QString &tender);
// A sale of `qty` of `sku` paid by card, in the market day open or in one opened for it; the
// run ends (qFatal) when it cannot be stored.
SaleRecord sellByCard(Database &db, const char *sku, Milli qty);

// What a push's answer says of the `i`th event it refused (empty when there is none).
QJsonObject rejection(const HttpResult &r, int i = 0);

// A server's limits loose enough for tests that are not about them.
server::ServerConfig unthrottled();
// A server whose devices may each send `burst` requests, refilled at `ratePerSecond`.
server::ServerConfig rateLimited(double ratePerSecond, double burst);

struct ProcessRun
{
    int exitCode = -1; // -1: did not end in time or crashed
    QByteArray out;
    QByteArray err;
};
// Runs a program of this build to its end with the event loop running (an in-process server
// answers it meanwhile).
ProcessRun runProcess(const QString &program, const QStringList &args, int timeoutMs = 60000);

// One sync run of a client that `configure` sets up (batch size, page size, timeouts), waited
// for with the event loop running; errorCode "timeout" when it did not end within `timeoutMs`.
sync::SyncReport syncOnce(Database &db,
                          const std::function<void(sync::SyncClient &)> &configure,
                          int timeoutMs = 60000);

// A suite with a fresh in-process server for each test.
class ServerSuite : public QObject
{
protected:
    std::unique_ptr<TestServer> server;

    // False when the server did not start (server->error() says why).
    bool startServer(server::ServerConfig config = {})
    {
        server = std::make_unique<TestServer>(config);
        return server->ok();
    }
    QString api(const char *path) const { return server->url() + QLatin1String(path); }
};

// A server and the databases of N devices of one vendor, Hillside Farm.
template<int N>
class FarmSuite : public ServerSuite
{
protected:
    std::unique_ptr<TempDb> dev[N];

    // Device `d` synced, none of its events refused.
    void syncOk(int d)
    {
        const sync::SyncReport r = sync::SyncClient::syncBlocking(dev[d]->db());
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.rejected, 0);
    }
    // Device `d` paired with the farm as `name`.
    void joinFarm(int d, const char *name)
    {
        const QString why = pairDevice(
            *server, dev[d]->db(), QStringLiteral("Hillside Farm"), QLatin1String(name));
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }
};

} // namespace sk::test
