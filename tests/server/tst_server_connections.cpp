// The server under hostile connections: silent, idle and slow connections are closed at their
// deadlines, connections per address and bodies held in memory are capped (a JSON 429 or 503
// beyond), the open-file limit is never reached (the longest-waiting idle connection makes room,
// or a newcomer is refused), accepting resumes after the process ran out of files, plain HTTP
// is served only on the loopback unless asked for, and the serve command says so.
// Deadlines are a few hundred milliseconds here (ServerConfig); every wait is a QTRY with a
// margin far above them, so a slow machine only makes the tests slower.

#include "app/server/ConnectionGuard.h"
#include "tests/server/ServerFixture.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#include <memory>
#include <type_traits>

#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace sk;

namespace {

const QByteArray kHealth = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

// A raw HTTP client that keeps everything it receives and notices when the server closes.
struct Raw
{
    explicit Raw(quint16 port, const QHostAddress &from = {})
    {
        QObject::connect(socket.get(), &QIODevice::readyRead, socket.get(), [this] {
            got += socket->readAll();
        });
        QObject::connect(
            socket.get(), &QAbstractSocket::disconnected, socket.get(), [this] { closed = true; });
        if (!from.isNull())
            socket->bind(from);
        socket->connectToHost(QHostAddress::LocalHost, port);
    }
    bool connected() { return socket->waitForConnected(5000); }
    void send(const QByteArray &bytes) { socket->write(bytes); }
    // Connects, sends `bytes` (if any) and waits until the server closes the connection; false
    // when it could not connect or the connection stayed open.
    bool closedAfter(const QByteArray &bytes = {})
    {
        if (!connected())
            return false;
        if (!bytes.isEmpty())
            send(bytes);
        return QTest::qWaitFor([this] { return closed; }, 10000);
    }
    // Asks for /api/v1/health and waits for its "ok"; false when it did not come.
    bool healthy()
    {
        send(kHealth);
        return QTest::qWaitFor([this] { return got.contains("\"status\":\"ok\""); });
    }
    int status() const { return got.startsWith("HTTP/1.1 ") ? got.mid(9, 3).toInt() : 0; }
    QJsonObject json() const
    {
        const qsizetype at = got.indexOf("\r\n\r\n");
        return at < 0 ? QJsonObject() : QJsonDocument::fromJson(got.mid(at + 4)).object();
    }
    QString code() const { return json().value(QLatin1String("code")).toString(); }

    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray got;
    bool closed = false;
};

using Raws = std::vector<std::unique_ptr<Raw>>;

// `n` connections, each made before the next (the server sees them in this order); none when
// one could not connect.
Raws connectMany(quint16 port, int n)
{
    Raws out;
    for (int i = 0; i < n; ++i) {
        out.push_back(std::make_unique<Raw>(port));
        if (!out.back()->connected())
            return {};
    }
    return out;
}

QByteArray pushHead(qint64 length)
{
    return "POST /api/v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Content-Length: "
           + QByteArray::number(length) + "\r\n\r\n";
}

// Deadlines long enough never to be reached in a test that is not about them.
server::ServerConfig patient()
{
    server::ServerConfig c;
    c.connections.headerTimeoutMs = 120000;
    c.connections.bodyTimeoutMs = 120000;
    c.connections.idleTimeoutMs = 120000;
    return c;
}

// The same but for one limit of the connections, the one a test is about.
template<typename T>
server::ServerConfig patientBut(T server::ConnectionLimits::*limit, std::type_identity_t<T> value)
{
    server::ServerConfig c = patient();
    c.connections.*limit = value;
    return c;
}

// The lowest file descriptor number not in use.
int lowestFreeFd()
{
    const int fd = ::dup(0);
    ::close(fd);
    return fd;
}
} // namespace

class TestServerConnections : public QObject
{
    Q_OBJECT

private slots:
    void aSilentConnectionIsClosed()
    {
        test::TestServer server(patientBut(&server::ConnectionLimits::headerTimeoutMs, 300));
        QVERIFY2(server.ok(), qPrintable(server.error()));
        const Raws silent = connectMany(server.port(), 20);
        QCOMPARE(silent.size(), size_t(20));
        for (const auto &r : silent) {
            QTRY_VERIFY_WITH_TIMEOUT(r->closed, 10000);
            QVERIFY(r->got.isEmpty()); // nothing was asked: nothing is answered
        }
        QTRY_COMPARE(server.http().connectionCount(), 0);
    }

    void anIdleConnectionIsClosedAfterItsAnswer()
    {
        test::TestServer server(patientBut(&server::ConnectionLimits::idleTimeoutMs, 300));
        QVERIFY(server.ok());
        Raw r(server.port());
        QVERIFY(r.connected());
        QVERIFY(r.healthy());
        QCOMPARE(r.status(), 200);
        const QByteArray answer = r.got;
        QTRY_VERIFY_WITH_TIMEOUT(r.closed, 10000);
        QCOMPARE(r.got, answer);
        // Keep-alive still works within the idle time: two requests on one connection.
        Raw k(server.port());
        QVERIFY(k.connected());
        QVERIFY(k.healthy());
        k.got.clear();
        QVERIFY(k.healthy());
    }

    // One byte every 50 ms, for ever: each byte is progress, but the deadline is for the whole
    // header, or the whole body.
    void aSlowRequestIsCutOffWith408_data()
    {
        QTest::addColumn<bool>("inBody");
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QByteArray>("drip");
        QTest::newRow("header") << false << QByteArray("GET /api/v1/health HTTP/1.1\r\nX-Slow: ")
                                << QByteArray("a");
        QTest::newRow("body") << true << pushHead(1000) + "{\"events\":[" << QByteArray(" ");
    }

    void aSlowRequestIsCutOffWith408()
    {
        QFETCH(bool, inBody);
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, drip);
        test::TestServer server(patientBut(inBody ? &server::ConnectionLimits::bodyTimeoutMs
                                                  : &server::ConnectionLimits::headerTimeoutMs,
                                           400));
        QVERIFY(server.ok());
        Raw r(server.port());
        QVERIFY(r.connected());
        r.send(start);
        QTimer dripping;
        connect(&dripping, &QTimer::timeout, &dripping, [&r, drip] { r.send(drip); });
        dripping.start(50);
        QTRY_VERIFY_WITH_TIMEOUT(r.closed, 10000);
        QCOMPARE(r.status(), 408);
        QCOMPARE(r.code(), QStringLiteral("request_timeout"));
        QTRY_COMPARE(server.http().bufferedBodyBytes(), 0);
    }

    void headersAndBodiesOutOfBoundsAreRefusedBeforeTheyArrive()
    {
        test::TestServer server(patient());
        QVERIFY(server.ok());
        // A body announced larger than the cap: refused at once, nothing of it is read.
        Raw big(server.port());
        QVERIFY(big.closedAfter(pushHead(sync::limits::kMaxBodyBytes + 1)));
        QCOMPARE(big.status(), 413);
        QCOMPARE(big.code(), QStringLiteral("body_too_large"));
        // A header that never ends.
        Raw header(server.port());
        QVERIFY(header.closedAfter("GET /api/v1/health HTTP/1.1\r\nX-Long: "
                                   + QByteArray(100 * 1024, 'a')));
        QCOMPARE(header.status(), 431);
        // A body whose end cannot be known in advance.
        Raw chunked(server.port());
        QVERIFY(chunked.closedAfter(
            "POST /api/v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: "
            "chunked\r\n\r\n5\r\nhello\r\n"));
        QCOMPARE(chunked.status(), 411);
        Raw garbled(server.port());
        QVERIFY(garbled.closedAfter("POST /api/v1/push HTTP/1.1\r\nContent-Length: 12x\r\n\r\n"));
        QCOMPARE(garbled.status(), 400);
        QCOMPARE(test::http("GET", server.url() + QStringLiteral("/api/v1/health")).status, 200);
    }

    void connectionsPerAddressAreCapped()
    {
        test::TestServer server(patientBut(&server::ConnectionLimits::maxConnectionsPerAddress, 4));
        QVERIFY(server.ok());
        const Raws held = connectMany(server.port(), 4);
        QCOMPARE(held.size(), size_t(4));
        QTRY_COMPARE(server.http().connectionCount(), 4);
        Raw fifth(server.port());
        QVERIFY(fifth.closedAfter());
        QCOMPARE(fifth.status(), 429);
        QCOMPARE(fifth.code(), QStringLiteral("too_many_connections"));
        QVERIFY(fifth.got.contains("\r\nRetry-After: "));
        // Another address is not affected (the whole of 127.0.0.0/8 is the loopback).
        Raw other(server.port(), QHostAddress(QStringLiteral("127.0.0.2")));
        QVERIFY(other.connected());
        QVERIFY(other.healthy());
        // A connection closed makes room again.
        held.front()->socket->abort();
        QTRY_COMPARE(server.http().connectionCount(), 4); // three held, one of 127.0.0.2
        Raw again(server.port());
        QVERIFY(again.connected());
        QVERIFY(again.healthy());
    }

    void bodiesHeldInMemoryAreCapped()
    {
        test::TestServer server(
            patientBut(&server::ConnectionLimits::maxBufferedBodyBytes, 1000 * 1000));
        QVERIFY(server.ok());
        Raw first(server.port());
        QVERIFY(first.connected());
        first.send(pushHead(700 * 1000) + QByteArray(1000, ' '));
        QTRY_COMPARE(server.http().bufferedBodyBytes(), 700 * 1000);
        Raw second(server.port());
        QVERIFY(second.closedAfter(pushHead(700 * 1000) + QByteArray(1000, ' ')));
        QCOMPARE(second.status(), 503);
        QCOMPARE(second.code(), QStringLiteral("server_busy"));
        QVERIFY(second.got.contains("\r\nRetry-After: "));
        QCOMPARE(server.http().bufferedBodyBytes(), 700 * 1000);
        // The first one finishes (no token: 401), and its room is given back.
        first.send(QByteArray(699 * 1000, ' '));
        QTRY_COMPARE(first.status(), 401);
        QTRY_COMPARE(server.http().bufferedBodyBytes(), 0);
        Raw third(server.port());
        QVERIFY(third.connected());
        third.send(pushHead(700 * 1000) + QByteArray(700 * 1000, ' '));
        QTRY_COMPARE_WITH_TIMEOUT(third.status(), 401, 10000);
        // Closed halfway: its room is given back too.
        Raw cut(server.port());
        QVERIFY(cut.connected());
        cut.send(pushHead(900 * 1000) + QByteArray(1000, ' '));
        QTRY_COMPARE(server.http().bufferedBodyBytes(), 900 * 1000);
        cut.socket->abort();
        QTRY_COMPARE(server.http().bufferedBodyBytes(), 0);
    }

    void theLongestWaitingIdleConnectionMakesRoom()
    {
        // The cap the open-file limit sets, made small: a newcomer closes the connection that
        // has waited longest without sending a request, so /health is answered at once.
        test::TestServer server(patientBut(&server::ConnectionLimits::maxConnections, 6));
        QVERIFY(server.ok());
        QCOMPARE(server.http().connectionCap(), 6);
        const Raws idle = connectMany(server.port(), 6);
        QCOMPARE(idle.size(), size_t(6));
        QTRY_COMPARE(server.http().connectionCount(), 6);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(test::http("GET", server.url() + QStringLiteral("/api/v1/health")).status,
                     200);
        QTRY_VERIFY(idle[0]->closed);
        QVERIFY(server.http().connectionCount() <= 6);
        QVERIFY(!idle[5]->closed);
    }

    void aNewcomerIsRefusedWhenEveryConnectionIsBusy()
    {
        test::TestServer server(patientBut(&server::ConnectionLimits::maxConnections, 4));
        QVERIFY(server.ok());
        const Raws busy = connectMany(server.port(), 4);
        QCOMPARE(busy.size(), size_t(4));
        for (const auto &b : busy)
            b->send(pushHead(1000) + "{");
        QTRY_COMPARE(server.http().bufferedBodyBytes(), 4000);
        Raw late(server.port());
        QVERIFY(late.closedAfter());
        QCOMPARE(late.status(), 503);
        QCOMPARE(late.code(), QStringLiteral("server_busy"));
        for (const auto &b : busy)
            QVERIFY(!b->closed);
    }

    void theConnectionCapFollowsTheFileLimit()
    {
        // Room is kept for the store's files and connections; never more than configured.
        QVERIFY(server::connectionCapFor(1024, 20, 4096) < 1024 - 20);
        QVERIFY(server::connectionCapFor(1024, 20, 4096) >= 900);
        QCOMPARE(server::connectionCapFor(1 << 20, 20, 4096), 4096);
        QVERIFY(server::connectionCapFor(64, 60, 4096) >= 1);
        // The soft limit is raised to the hard one.
        rlimit was{};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &was), 0);
        rlimit low = was;
        low.rlim_cur = std::min<rlim_t>(1024, was.rlim_max / 2);
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &low), 0);
        const server::FileLimit raised = server::raiseOpenFileLimit();
        rlimit now{};
        ::getrlimit(RLIMIT_NOFILE, &now);
        ::setrlimit(RLIMIT_NOFILE, &was);
        QCOMPARE(raised.before, qint64(low.rlim_cur));
        QCOMPARE(qint64(now.rlim_cur), qint64(was.rlim_max));
        QCOMPARE(raised.now, qint64(was.rlim_max));
    }

    void acceptingResumesAfterRunningOutOfFiles()
    {
        // An in-memory store: no thread of the server opens a file while none are left.
        auto store = server::ServerStore::open(QStringLiteral(":memory:"));
        QVERIFY(store);
        server::SyncServer http(**store, patient());
        auto port = http.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        QTcpServer *listener = http.servers().value(0);
        QVERIFY(listener);
        int acceptErrors = 0;
        connect(listener, &QTcpServer::acceptError, this, [&acceptErrors] { ++acceptErrors; });
        // Sockets made while files remain, connected once none remain: the server cannot
        // accept them.
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(*port);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        std::vector<int> fds;
        for (int i = 0; i < 3; ++i)
            fds.push_back(::socket(AF_INET, SOCK_STREAM, 0));
        rlimit was{};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &was), 0);
        rlimit none = was;
        none.rlim_cur = rlim_t(lowestFreeFd());
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &none), 0);
        for (int fd : fds)
            QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to), 0);
        const bool failed = QTest::qWaitFor([&] { return acceptErrors > 0; }, 10000);
        ::setrlimit(RLIMIT_NOFILE, &was);
        QVERIFY2(failed, "the server did not run out of files");
        // Files are back: the connections waiting in the queue are accepted and answered.
        for (int fd : fds)
            QCOMPARE(::write(fd, kHealth.constData(), size_t(kHealth.size())),
                     ssize_t(kHealth.size()));
        for (int fd : fds) {
            QByteArray got;
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    char buf[4096];
                    const ssize_t n = ::recv(fd, buf, sizeof buf, MSG_DONTWAIT);
                    if (n > 0)
                        got.append(buf, n);
                    return got.contains("\"status\":\"ok\"");
                }(),
                10000);
            ::close(fd);
        }
        QCOMPARE(test::http("GET", QStringLiteral("http://127.0.0.1:%1/api/v1/health").arg(*port))
                     .status,
                 200);
    }

    void aDeviceSyncsThroughShortDeadlines()
    {
        // Real clients keep working when the server closes what they leave idle.
        server::ServerConfig c = test::unthrottled();
        c.connections.headerTimeoutMs = 2000;
        c.connections.idleTimeoutMs = 200;
        test::TestServer server(c);
        QVERIFY(server.ok());
        test::TempDb d;
        QCOMPARE(test::pairDevice(server, d.db(), QStringLiteral("Alpha"), QStringLiteral("d")),
                 QString());
        QTest::qWait(500); // the pairing connection is closed as idle
        for (int i = 0; i < 3; ++i) {
            const sync::SyncReport r = test::syncOnce(d.db(), [](sync::SyncClient &) {});
            QVERIFY2(r.ok, qPrintable(r.message));
            QTest::qWait(300);
        }
        QTRY_COMPARE(server.http().connectionCount(), 0);
    }

    void plainHttpOnlyOnTheLoopbackUnlessAskedFor()
    {
        test::TestServer fixture; // its store
        QVERIFY(fixture.ok());
        {
            server::SyncServer open(fixture.store());
            auto refused = open.listen(QHostAddress::AnyIPv4, 0);
            QVERIFY(!refused);
            QVERIFY2(refused.error().detail.contains(QLatin1String("--insecure-http")),
                     qPrintable(refused.error().detail));
            QVERIFY(open.servers().isEmpty());
        }
        server::ServerConfig c;
        c.insecureHttp = true;
        server::SyncServer allowed(fixture.store(), c);
        auto port = allowed.listen(QHostAddress::AnyIPv4, 0);
        QVERIFY2(port, qPrintable(port ? QString() : port.error().detail));
        QCOMPARE(test::http("GET", QStringLiteral("http://127.0.0.1:%1/api/v1/health").arg(*port))
                     .status,
                 200);
    }

    void serveRefusesPlainHttpOffTheLoopbackAndAnnouncesIt()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("server.sqlite"));
        const QString bin = test::binary(QStringLiteral("app/server/stallkeeper-server"));
        const QStringList serve = {QStringLiteral("--db"),
                                   db,
                                   QStringLiteral("serve"),
                                   QStringLiteral("--listen"),
                                   QStringLiteral("0.0.0.0:0")};
        const test::ProcessRun refused = test::runProcess(bin, serve);
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.err.count('\n'), 1);
        QVERIFY2(refused.err.contains("--insecure-http") && refused.err.contains("--tls-cert"),
                 refused.err.constData());

        QProcess insecure;
        insecure.start(bin, serve + QStringList{QStringLiteral("--insecure-http")});
        QVERIFY(insecure.waitForStarted(10000));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += insecure.readAllStandardOutput()).contains("serving"),
                                 60000);
        const QByteArray warning = insecure.readAllStandardError();
        insecure.terminate();
        QVERIFY(insecure.waitForFinished(10000));
        QVERIFY2(warning.contains("unencrypted"), warning.constData());
        QVERIFY2(out.contains("http://0.0.0.0:"), out.constData());
    }

    // A database path in a folder that is not there is refused in one line, and nothing is
    // made for it.
    void aDatabaseInAMissingFolderIsRefused()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("not-mounted"));
        const test::ProcessRun r
            = test::runProcess(test::binary(QStringLiteral("app/server/stallkeeper-server")),
                               {QStringLiteral("--db"),
                                folder + QStringLiteral("/server.sqlite"),
                                QStringLiteral("vendor"),
                                QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("no folder") && r.err.contains("server.sqlite"), r.err.constData());
        QVERIFY(!QFileInfo::exists(folder));
    }
};

QTEST_GUILESS_MAIN(TestServerConnections)
#include "tst_server_connections.moc"
