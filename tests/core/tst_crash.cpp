#include "core/Database.h"
#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

#include <signal.h>

using namespace sk;

// A child rings up sales as fast as it can and is killed with SIGKILL at random moments, many
// times. Every sale it reported committed must be present whole (3 lines, 2 tenders, 3 stock
// movements, 1 outbox event), no sale may be partial, and integrity_check must pass.
class TestCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedMidSaleLosesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        const int rounds = qEnvironmentVariableIntValue("STALLKEEPER_CRASH_ROUNDS") > 0
                               ? qEnvironmentVariableIntValue("STALLKEEPER_CRASH_ROUNDS")
                               : 30;
        QStringList reported;
        for (int round = 0; round < rounds; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(test::binary(QStringLiteral("tests/core/crash_child")), {path});
            QVERIFY(child.waitForStarted());
            QVERIFY(child.waitForReadyRead(30000));
            QVERIFY(child.readLine().startsWith("ready"));
            QTest::qWait(20 + int(QRandomGenerator::global()->bounded(250)));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(30000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (const QByteArray &l : lines)
                if (l.size() == 36)
                    reported << QString::fromLatin1(l);
        }
        QVERIFY2(reported.size() > rounds, "the child committed too few sales to prove anything");

        auto db = Database::open(path);
        QVERIFY(db);
        Database &d = **db;
        QVERIFY(d.integrityCheck()->isEmpty());
        for (const QString &id : std::as_const(reported)) {
            QCOMPARE(
                d.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"), {id})->toInt(),
                1);
        }
        // No partial sale anywhere, reported or not (a sale committed just before the kill may
        // not have been reported yet; it must still be whole).
        auto partial = d.scalar(QStringLiteral(
            "SELECT count(*) FROM sales s WHERE (SELECT count(*) FROM sale_lines l WHERE l.sale_id "
            "= s.id) <> 3 "
            "OR (SELECT count(*) FROM sale_tenders t WHERE t.sale_id = s.id) <> 2 "
            "OR (SELECT count(*) FROM stock_movements m WHERE m.sale_id = s.id) <> 3 "
            "OR (SELECT count(*) FROM outbox o WHERE o.event_id = s.id) <> 1"));
        QCOMPARE(partial->toInt(), 0);
        const qint64 stored = d.scalar(QStringLiteral("SELECT count(*) FROM sales"))->toLongLong();
        QVERIFY(stored >= reported.size());
        QVERIFY2(stored - reported.size() <= rounds, "more unreported sales than kills");
        // Receipt numbers have no gaps or repeats: the counter is in the same transaction.
        QCOMPARE(
            d.scalar(QStringLiteral("SELECT count(DISTINCT receipt_no) FROM sales"))->toLongLong(),
            stored);
        QCOMPARE(d.scalar(QStringLiteral("SELECT receipt_counter FROM device"))->toLongLong(),
                 stored);
        qInfo(
            "%d kills, %lld sales stored, %lld reported", rounds, stored, qint64(reported.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
