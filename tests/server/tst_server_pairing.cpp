// Pairing over a bad network and in the clear: a pairing whose answer was lost (or whose request
// was replayed) can be retried by the same device with the same code while the code lives, and
// leaves exactly one valid token; anyone else still finds the code used. A device refuses plain
// http:// to anything but the loopback unless told so explicitly, and says why: in the core
// client, in `stallkeeper-cli pair`, and for a device paired that way before.

#include "core/DemoData.h"
#include "core/sync/SyncClient.h"
#include "core/sync/SyncEngine.h"
#include "tests/server/ServerFixture.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QNetworkInterface>
#include <QtTest>

using namespace sk;

namespace {
QByteArray pairBody(const QString &code, const QString &deviceId)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("code"), code},
                                     {QStringLiteral("device_id"), deviceId},
                                     {QStringLiteral("device_name"), QStringLiteral("till")}})
        .toJson(QJsonDocument::Compact);
}

QByteArray tokenOf(Database &db)
{
    return db.localSetting(sync::keys::token()).toUtf8();
}

// An address of this machine that is not the loopback (empty when it has none).
QString lanAddress()
{
    for (const QHostAddress &a : QNetworkInterface::allAddresses())
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            return a.toString();
    return {};
}
} // namespace

class TestServerPairing : public test::ServerSuite
{
    Q_OBJECT

    int statusWith(const QByteArray &token)
    {
        return test::http("GET", api("/api/v1/device"), token).status;
    }

private slots:
    void init() { QVERIFY2(startServer(test::unthrottled()), qPrintable(server->error())); }
    void cleanup() { server.reset(); }

    void aPairingWhoseAnswerWasLostCanBeRetried()
    {
        test::TempDb d;
        const QString code = server->pairCode(QStringLiteral("Alpha"));
        // The server pairs and answers; the answer never reaches the device.
        auto lost = test::http("POST", api("/api/v1/pair"), {}, pairBody(code, d.db().deviceId()));
        QCOMPARE(lost.status, 200);
        const QByteArray lostToken = lost.json.value(QLatin1String("token")).toString().toUtf8();
        // The device tries again with the same code: paired, and syncing.
        const sync::SyncReport r
            = sync::SyncClient::pairBlocking(d.db(), server->url(), code, QStringLiteral("till"));
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(statusWith(tokenOf(d.db())), 200);
        QVERIFY(sync::SyncClient::syncBlocking(d.db()).ok);
        // Exactly one valid token: the one the device holds.
        QCOMPARE(statusWith(lostToken), 401);
        // Once the device has used its token it had the answer: a replay changes nothing.
        QCOMPARE(
            test::http("POST", api("/api/v1/pair"), {}, pairBody(code, d.db().deviceId())).status,
            401);
        QCOMPARE(statusWith(tokenOf(d.db())), 200);
        auto devices = server->store().devices(QStringLiteral("Alpha"));
        QVERIFY(devices);
        QCOMPARE(devices->size(), 1);
        QCOMPARE(devices->first().id, d.db().deviceId());
    }

    void aReplayedPairingLeavesOneValidToken()
    {
        test::TempDb d;
        const QString code = server->pairCode(QStringLiteral("Alpha"));
        const QByteArray body = pairBody(code, d.db().deviceId());
        QList<QByteArray> tokens;
        for (int i = 0; i < 3; ++i) {
            auto r = test::http("POST", api("/api/v1/pair"), {}, body);
            QCOMPARE(r.status, 200);
            tokens << r.json.value(QLatin1String("token")).toString().toUtf8();
        }
        QCOMPARE(statusWith(tokens[0]), 401);
        QCOMPARE(statusWith(tokens[1]), 401);
        QCOMPARE(statusWith(tokens[2]), 200);
    }

    void aUsedCodeIsStillRefusedToAnotherDevice()
    {
        test::TempDb first, second;
        const QString code = server->pairCode(QStringLiteral("Alpha"));
        QVERIFY(sync::SyncClient::pairBlocking(first.db(), server->url(), code, QStringLiteral("a"))
                    .ok);
        const sync::SyncReport r
            = sync::SyncClient::pairBlocking(second.db(), server->url(), code, QStringLiteral("b"));
        QVERIFY(!r.ok);
        QCOMPARE(r.httpStatus, 401);
        QCOMPARE(statusWith(tokenOf(first.db())), 200);
        // Nor does a wrong secret for the used code do anything but count as a failure.
        QString wrong = code;
        wrong[wrong.size() - 1] = wrong.at(wrong.size() - 1) == u'A' ? u'B' : u'A';
        QCOMPARE(test::http("POST", api("/api/v1/pair"), {}, pairBody(wrong, first.db().deviceId()))
                     .status,
                 401);
        QCOMPARE(statusWith(tokenOf(first.db())), 200);
        QCOMPARE(server->store().devices(QStringLiteral("Alpha"))->size(), 1);
    }

    void aRetryIsRefusedOnceTheCodeExpiredOrTheDeviceWasRevoked()
    {
        test::TempDb d;
        const QString code = server->pairCode(QStringLiteral("Alpha")); // lives 24 hours
        const QByteArray body = pairBody(code, d.db().deviceId());
        QCOMPARE(test::http("POST", api("/api/v1/pair"), {}, body).status, 200);
        {
            test::FakeClock later(Clock::nowMs() + 25LL * 3600 * 1000);
            QCOMPARE(test::http("POST", api("/api/v1/pair"), {}, body).status, 401);
        }
        QCOMPARE(test::http("POST", api("/api/v1/pair"), {}, body).status, 200);
        // A revoked device stays revoked: only a new code from the admin pairs it again.
        QVERIFY(server->store().revoke(d.db().deviceId()));
        QCOMPARE(test::http("POST", api("/api/v1/pair"), {}, body).status, 401);
        auto devices = server->store().devices(QStringLiteral("Alpha"));
        QVERIFY(devices->first().revoked);
        QCOMPARE(sync::SyncClient::pairBlocking(d.db(),
                                                server->url(),
                                                server->pairCode(QStringLiteral("Alpha")),
                                                QStringLiteral("till"))
                     .ok,
                 true);
        QCOMPARE(statusWith(tokenOf(d.db())), 200);
    }

    void aDeviceRefusesPlainHttpOffTheLoopback()
    {
        test::TempDb d;
        const QString code = server->pairCode(QStringLiteral("Alpha"));
        // Refused before anything is sent: nothing listens there, and the answer is at once.
        for (const char *url :
             {"http://192.0.2.10:8443", "http://sync.example.org", "HTTP://[2001:db8::1]:8443"}) {
            const sync::SyncReport r
                = sync::SyncClient::pairBlocking(d.db(), QLatin1String(url), code, {});
            QVERIFY(!r.ok);
            QCOMPARE(r.errorCode, QStringLiteral("insecure_http"));
            QVERIFY2(r.message.contains(QLatin1String("https://"))
                         && r.message.contains(QLatin1String("unencrypted")),
                     qPrintable(r.message));
        }
        // The loopback (a reverse proxy on this machine, or these tests) is fine.
        for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")})
            QVERIFY(sync::SyncClient::checkServerUrl(
                QStringLiteral("http://%1:%2").arg(host).arg(server->port()), false));
        QVERIFY(sync::SyncClient::checkServerUrl(QStringLiteral("http://[::1]:8443"), false));
        QVERIFY(
            sync::SyncClient::checkServerUrl(QStringLiteral("https://sync.example.org"), false));
        QVERIFY(!sync::SyncClient::checkServerUrl(QStringLiteral("ftp://sync.example.org"), true));
        QVERIFY(sync::SyncClient::checkServerUrl(QStringLiteral("http://192.0.2.10:8443"), true));
        QVERIFY(!sync::SyncEngine(d.db()).state()->paired);
    }

    void aDeviceTakesPlainHttpWhenToldExplicitly()
    {
        // This machine's address on its network; without one, 0.0.0.0 (which Linux connects to
        // this machine too): neither is the loopback.
        QString lan = lanAddress();
        if (lan.isEmpty())
            lan = QStringLiteral("0.0.0.0");
        server::ServerConfig c;
        c.insecureHttp = true;
        server::SyncServer open(server->store(), c);
        auto port = open.listen(QHostAddress::AnyIPv4, 0);
        QVERIFY(port);
        const QString url = QStringLiteral("http://%1:%2").arg(lan).arg(*port);
        test::TempDb d;
        QVERIFY(seedDemoCatalog(d.db()));
        const QString code = server->pairCode(QStringLiteral("Alpha"));
        QCOMPARE(sync::SyncClient::pairBlocking(d.db(), url, code, QStringLiteral("t")).errorCode,
                 QStringLiteral("insecure_http"));
        const sync::SyncReport r
            = sync::SyncClient::pairBlocking(d.db(), url, code, QStringLiteral("t"), true);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(sync::SyncClient::syncBlocking(d.db()).ok);
        // A device paired in the clear before this rule (the setting absent) is told why it
        // does not sync, and keeps everything it holds.
        QVERIFY(d.db().setLocalSetting(sync::keys::insecureHttp(), QString()));
        const sync::SyncReport old = sync::SyncClient::syncBlocking(d.db());
        QVERIFY(!old.ok);
        QCOMPARE(old.errorCode, QStringLiteral("insecure_http"));
        QVERIFY(sync::SyncEngine(d.db()).state()->paired);
    }

    void theCliPairsInTheClearOnlyWithItsFlag()
    {
        test::TempDb d;
        const QString cli = test::binary(QStringLiteral("app/cli/stallkeeper-cli"));
        const QString code = server->pairCode(QStringLiteral("Alpha"));
        auto pair = [&](const QString &url) {
            return test::runProcess(cli,
                                    {QStringLiteral("--db"),
                                     d.path(),
                                     QStringLiteral("pair"),
                                     QStringLiteral("--server"),
                                     url,
                                     QStringLiteral("--code"),
                                     code});
        };
        const test::ProcessRun refused = pair(QStringLiteral("http://192.0.2.10:8443"));
        QVERIFY(refused.exitCode > 0);
        QCOMPARE(refused.err.count('\n'), 1);
        QVERIFY2(refused.err.contains("--insecure-http") && refused.err.contains("unencrypted"),
                 refused.err.constData());
        // Over the loopback the CLI pairs as before.
        const test::ProcessRun ok = pair(server->url());
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestServerPairing)
#include "tst_server_pairing.moc"
