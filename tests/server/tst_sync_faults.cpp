// Thousands of events pushed and pulled through a proxy that drops connections, cuts answers in
// half, delays and replays requests. Retrying until the queue is empty must lose nothing and
// store nothing twice: the server holds exactly the events the tablet made, and a second tablet
// pulling through the same proxy ends with the same sales.

#include "core/DemoData.h"
#include "core/sync/SyncClient.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncService.h"
#include "tests/server/FaultProxy.h"
#include "tests/server/ServerFixture.h"
#include "tests/support/TestSupport.h"

#include <QTcpServer>
#include <QtTest>

using namespace sk;

class TestSyncFaults : public QObject
{
    Q_OBJECT

    // Sync through the proxy until one run succeeds with nothing left to push.
    static int syncUntilDone(Database &db, const QString &proxyUrl, int maxRuns)
    {
        const QString real = db.localSetting(sync::keys::server());
        db.setLocalSetting(sync::keys::server(), proxyUrl);
        int runs = 0;
        for (; runs < maxRuns; ++runs) {
            const sync::SyncReport report = test::syncOnce(db, [](sync::SyncClient &client) {
                client.setTimeoutMs(3000);
                client.setBatchSize(40);
                client.setPageSize(150);
            });
            if (report.errorCode == u"timeout")
                return maxRuns;
            if (report.ok && *db.pendingOutboxCount() == 0)
                break;
            qInfo("run %d: %s", runs, qPrintable(report.message));
        }
        db.setLocalSetting(sync::keys::server(), real);
        return runs;
    }

private slots:
    void backoffWaitsAtMostAMinute()
    {
        // 5 s, doubling, never longer than the regular one-minute interval: a till that was
        // offline for an hour is back within a minute of the network; jitter keeps each wait
        // between half and all of its ceiling so devices do not retry in step.
        for (int failures = 0; failures <= 40; ++failures) {
            const qint64 ceiling = std::min<qint64>(60000, qint64(5000) << std::min(failures, 16));
            for (int i = 0; i < 50; ++i) {
                const int ms = sk::sync::SyncService::backoffMs(failures);
                QVERIFY2(ms >= ceiling / 2 && ms <= ceiling,
                         qPrintable(QStringLiteral("%1 failures: %2 ms").arg(failures).arg(ms)));
            }
        }
    }

    // A till whose sync failed (the server unreachable) waits out a backoff of 5-10 s; when the
    // system reports the network back it tries within 2.5 s and succeeds. Without a failure the
    // news changes nothing.
    void networkBackSyncsWithinSeconds()
    {
        test::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        test::TempDb a;
        QVERIFY(test::pairDevice(server, a.db(), QStringLiteral("Orchard"), QStringLiteral("A"))
                    .isEmpty());
        const QString real = a.db().localSetting(sync::keys::server());
        QTcpServer closed; // a port nobody answers on once closed
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 dead = closed.serverPort();
        closed.close();
        a.db().setLocalSetting(sync::keys::server(),
                               QStringLiteral("http://127.0.0.1:%1").arg(dead));

        sync::SyncService service(a.path());
        service.setDebounce(0);
        QSignalSpy finished(&service, &sync::SyncService::syncFinished);
        service.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.last().first().value<sync::SyncReport>().ok);
        QCOMPARE(service.consecutiveFailures(), 1);

        a.db().setLocalSetting(sync::keys::server(), real);
        QElapsedTimer clock;
        clock.start();
        service.networkReachable();
        QVERIFY(finished.wait(4000));
        const sync::SyncReport back = finished.last().first().value<sync::SyncReport>();
        QVERIFY2(back.ok, qPrintable(back.message));
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(service.consecutiveFailures(), 0);

        // Healthy: the regular interval stays as it was.
        service.setInterval(60000);
        service.networkReachable();
        QVERIFY(!finished.wait(3000));
    }

    void nothingLostNothingDuplicated()
    {
        test::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        test::TempDb a, b;
        QVERIFY(test::pairDevice(server, a.db(), QStringLiteral("Orchard"), QStringLiteral("A"))
                    .isEmpty());
        QVERIFY(test::pairDevice(server, b.db(), QStringLiteral("Orchard"), QStringLiteral("B"))
                    .isEmpty());
        // A full season on tablet A, every sale queued: a few thousand events.
        auto summary = test::demoSales(a.db(), 12, 160, true);
        QVERIFY(summary);
        const qint64 made
            = a.db().scalar(QStringLiteral("SELECT count(*) FROM outbox"))->toLongLong();
        QVERIFY2(made >= 2000, qPrintable(QString::number(made)));

        test::FaultProxy proxy(server.port(), 20261123, 0.3);
        const quint16 port = proxy.listen();
        QVERIFY(port);
        const QString via = QStringLiteral("http://127.0.0.1:%1").arg(port);

        const int runsA = syncUntilDone(a.db(), via, 400);
        QVERIFY2(runsA < 400, "tablet A never finished pushing");
        QCOMPARE(*a.db().pendingOutboxCount(), 0);
        QCOMPARE(a.db()
                     .scalar(QStringLiteral(
                         "SELECT count(*) FROM outbox WHERE rejected_reason IS NOT NULL"))
                     ->toLongLong(),
                 0);

        // Zero lost, zero duplicated: the server holds exactly A's events, each once.
        const QString vendor = server.vendor(QStringLiteral("Orchard"));
        QCOMPARE(*server.store().eventCount(vendor), made);

        const int runsB = syncUntilDone(b.db(), via, 400);
        QVERIFY2(runsB < 400, "tablet B never finished pulling");
        for (const char *sql : {"SELECT count(*) FROM sales",
                                "SELECT sum(total) FROM sales",
                                "SELECT count(*) FROM stock_movements",
                                "SELECT count(*) FROM sale_lines"})
            QCOMPARE(b.db().scalar(QLatin1String(sql))->toLongLong(),
                     a.db().scalar(QLatin1String(sql))->toLongLong());
        QCOMPARE(b.db().scalar(QStringLiteral("SELECT count(*) FROM applied_events"))->toLongLong(),
                 made);

        // The proxy really misbehaved, in every way, many times.
        for (int f = test::FaultProxy::DropRequest; f < test::FaultProxy::FaultCount; ++f)
            QVERIFY2(proxy.count(test::FaultProxy::Fault(f)) >= 3,
                     qPrintable(QStringLiteral("fault %1 happened %2 times")
                                    .arg(f)
                                    .arg(proxy.count(test::FaultProxy::Fault(f)))));
        qInfo("%lld events, %d runs for A, %d for B, %d chunks through the proxy",
              made,
              runsA + 1,
              runsB + 1,
              proxy.chunks());
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
