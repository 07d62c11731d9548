#include "Backups.h"
#include "DemoData.h"
#include "Schema.h"
#include "TestSupport.h"

#include <QDir>
#include <QtTest>

#include <sqlite3.h>

using namespace sk;

class TestBackups : public QObject
{
    Q_OBJECT
private slots:
    void rotatingBackups()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        const QString folder = t.dir() + QStringLiteral("/usb/stallkeeper");
        BackupManager m(t.db(), folder);
        test::FakeClock clock(
            QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        auto first = m.dailyIfDue();
        QVERIFY(first && *first);
        QVERIFY(QFile::exists((*first)->path));
        auto again = m.dailyIfDue();
        QVERIFY(again && !*again); // one per day
        for (int day = 1; day <= 20; ++day) {
            clock.advance(24 * 3600 * 1000);
            QVERIFY(m.dailyIfDue());
        }
        auto list = m.list();
        QCOMPARE(list->size(), 14); // keepDaily
        QCOMPARE(list->first().createdAt.date(), QDate(2026, 6, 21));
        for (int i = 0; i < 3; ++i)
            QVERIFY(m.backupNow());
        QCOMPARE(m.list()->size(), 17);
        QCOMPARE(m.list()->first().kind, QStringLiteral("manual"));
        auto good = m.newestGood();
        QVERIFY(good);
        QCOMPARE(good->path, m.list()->first().path);
    }

    void newestGoodSkipsDamagedCopies()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        BackupManager m(t.db(), t.dir() + QStringLiteral("/b"));
        test::FakeClock clock(
            QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        auto older = m.backupNow();
        clock.advance(60000);
        auto newer = m.backupNow();
        QFile f(newer->path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("not a database any more");
        f.close();
        auto good = m.newestGood();
        QVERIFY(good);
        QCOMPARE(good->path, older->path);
    }

    void uncleanExitIsDetected()
    {
        test::TempDb t;
        SessionMarker s(t.db());
        QCOMPARE(*s.begin(), false);
        // The app died without end(): the next start knows.
        t.reopen();
        SessionMarker s2(t.db());
        QCOMPARE(*s2.begin(), true);
        QVERIFY(s2.end());
        t.reopen();
        QCOMPARE(*SessionMarker(t.db()).begin(), false);
    }

    void upgradeKeepsACopyOfTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        // A file at schema 1, as the first release wrote it.
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        for (const QString &stmt : migrationCore().statements)
            QCOMPARE(sqlite3_exec(raw, stmt.toUtf8().constData(), nullptr, nullptr, nullptr),
                     SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "PRAGMA user_version = 1", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA user_version"))->toInt(),
                 Database::kSchemaVersion);
        const QStringList copies = QDir(dir.filePath(QStringLiteral("backups")))
                                       .entryList({QStringLiteral("*-pre-migration.sqlite")});
        QCOMPARE(copies.size(), 1);
        auto copy
            = Database::open(dir.filePath(QStringLiteral("backups/")) + copies.first(),
                             {.readOnly = true, .createIfMissing = false, .allowOldSchema = true});
        QVERIFY(copy);
        QCOMPARE((*copy)->scalar(QStringLiteral("PRAGMA user_version"))->toInt(), 1);
        // Restoring the old copy brings it back up to the current schema.
        QVERIFY((*db)->restoreFrom(dir.filePath(QStringLiteral("backups/")) + copies.first()));
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA user_version"))->toInt(),
                 Database::kSchemaVersion);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
