#include "core/Backups.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/Schema.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QtTest>

#include <sqlite3.h>

using namespace sk;

// 2026-06-01 09:00 UTC, where each test's clock starts.
static qint64 juneFirstMorning()
{
    return QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

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
        test::FakeClock clock(juneFirstMorning());
        // A chosen folder that is not there (the stick not plugged in) is not made: the copy
        // would land on the tablet's own disk where the vendor does not look.
        auto unplugged = m.dailyIfDue();
        QVERIFY(!unplugged);
        QVERIFY2(unplugged.error().detail.contains(QStringLiteral("does not exist")),
                 qPrintable(unplugged.error().detail));
        QVERIFY(!QFileInfo::exists(t.dir() + QStringLiteral("/usb")));
        QVERIFY(QDir().mkpath(folder));
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

    // The copies' own folder beside the database is made on the first backup.
    void theDefaultFolderIsMade()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        const QString folder = BackupManager::defaultFolder(t.db());
        QVERIFY(!QFileInfo::exists(folder));
        auto made = BackupManager(t.db(), folder).backupNow();
        QVERIFY2(made, made ? "" : qPrintable(made.error().detail));
        QCOMPARE(QFileInfo(made->path).absolutePath(), QFileInfo(folder).absoluteFilePath());
    }

    void newestGoodSkipsDamagedCopies()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        QVERIFY(QDir().mkpath(t.dir() + QStringLiteral("/b")));
        BackupManager m(t.db(), t.dir() + QStringLiteral("/b"));
        test::FakeClock clock(juneFirstMorning());
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
        // A file at schema 1, as the first release wrote it (with its device's identity).
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        for (const QString &stmt : migrationCore().statements)
            QCOMPARE(sqlite3_exec(raw, stmt.toUtf8().constData(), nullptr, nullptr, nullptr),
                     SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw,
                              "INSERT INTO device (singleton, device_id, device_code, created_at) "
                              "VALUES (1, '0190a0e0-0000-7000-8000-000000000001', 'K7Q', 1)",
                              nullptr,
                              nullptr,
                              nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "PRAGMA user_version = 1", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        // Every upgrade below falls in the same second.
        test::FakeClock clock(juneFirstMorning());
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
        auto restored
            = (*db)->restoreFrom(dir.filePath(QStringLiteral("backups/")) + copies.first());
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().detail));
        QCOMPARE(restored->backup.schema, 1);
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA user_version"))->toInt(),
                 Database::kSchemaVersion);
        // A second old file in the same folder upgraded in the same second keeps its own copy
        // beside the first one, not over it.
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(QFile::copy(dir.filePath(QStringLiteral("backups/")) + copies.first(), other));
        QVERIFY(Database::open(other));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("backups")))
                     .entryList({QStringLiteral("*-pre-migration.sqlite")})
                     .size(),
                 2);
    }

    // A damaged copy never counts toward the copies kept: pruning keeps the good ones.
    void pruneNeverDropsAGoodBackupForADamagedOne()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        QVERIFY(QDir().mkpath(t.dir() + QStringLiteral("/b")));
        BackupManager m(t.db(), t.dir() + QStringLiteral("/b"));
        test::FakeClock clock(juneFirstMorning());
        QList<BackupInfo> made;
        for (int day = 0; day < 4; ++day) {
            made << *m.backupNow(QStringLiteral("daily"));
            clock.advance(24 * 3600 * 1000);
        }
        // The two newest went bad on the stick.
        test::damageTable(made[2].path, QStringLiteral("products"));
        test::damageTable(made[3].path, QStringLiteral("products"));
        QVERIFY(m.prune(2, 20));
        for (const BackupInfo &b : made)
            QVERIFY2(QFile::exists(b.path), qPrintable(b.path));
        QCOMPARE(m.newestGood()->path, made[1].path);
        // One more good copy: now the oldest good one may go, the damaged ones never count.
        made << *m.backupNow(QStringLiteral("daily"));
        QVERIFY(m.prune(2, 20));
        QVERIFY(!QFile::exists(made[0].path));
        QVERIFY(QFile::exists(made[1].path));
        QVERIFY(QFile::exists(made[4].path));
    }

    // A daily backup of a damaged database fails and rotates nothing out.
    void dailyBackupOfADamagedDatabaseKeepsTheGoodOnes()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        const QString folder = t.dir() + QStringLiteral("/b");
        QVERIFY(QDir().mkpath(folder));
        test::FakeClock clock(juneFirstMorning());
        QVERIFY(BackupManager(t.db(), folder).backupNow(QStringLiteral("daily")));
        const QString copy = t.dir() + QStringLiteral("/copy.sqlite");
        QVERIFY(t->backupTo(copy));
        test::damageTable(copy, QStringLiteral("products"));
        auto damaged = Database::open(copy);
        QVERIFY(damaged);
        clock.advance(24 * 3600 * 1000);
        BackupManager m(**damaged, folder);
        QVERIFY(!m.dailyIfDue());
        QCOMPARE(m.list()->size(), 1);
        QVERIFY(m.newestGood());
        QVERIFY((*damaged)->damaged());
    }

    // Restore proves its backup: a file that is not one changes nothing and keeps nothing.
    void restoreProvesTheBackupFirst()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        QVERIFY(MarketDayRepository(t.db()).open(QStringLiteral("M"), 0));
        const QString empty = t.dir() + QStringLiteral("/e.bak");
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const qint64 products
            = t->scalar(QStringLiteral("SELECT count(*) FROM products"))->toLongLong();
        auto r = t->restoreFrom(empty);
        QVERIFY(!r);
        QVERIFY2(r.error().detail.contains(QLatin1String("is empty")),
                 qPrintable(r.error().detail));
        QCOMPARE(t->scalar(QStringLiteral("SELECT count(*) FROM products"))->toLongLong(),
                 products);
        QVERIFY(!t->deviceId().isEmpty());
        QCOMPARE(QDir(t.dir()).entryList({QStringLiteral("*.before-restore-*")}).size(), 0);
        // The database itself is no backup of itself.
        QVERIFY(!t->restoreFrom(t.path()));

        const QString good = t.dir() + QStringLiteral("/good.sqlite");
        QVERIFY(t->backupTo(good));
        auto summary = Database::inspectBackup(good);
        QVERIFY(summary);
        QCOMPARE(summary->products, products);
        QCOMPARE(summary->deviceCode, t->deviceCode());
        QVERIFY(t->exec(QStringLiteral("DELETE FROM product_barcodes")));
        auto done = t->restoreFrom(good);
        QVERIFY(done);
        QVERIFY(done->keptAs.startsWith(t.path() + QStringLiteral(".before-restore-")));
        auto kept = Database::open(done->keptAs, {.readOnly = true, .createIfMissing = false});
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().detail));
        QCOMPARE((*kept)->scalar(QStringLiteral("SELECT count(*) FROM product_barcodes"))->toInt(),
                 0);
        QVERIFY(t->scalar(QStringLiteral("SELECT count(*) FROM product_barcodes"))->toInt() > 0);
    }

    // A database too damaged to open is replaced beside itself; the old file is kept whole.
    void restoreReplacesAFileThatCannotOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("till.sqlite"));
        const QString good = test::seededWithBackup(path, dir.filePath(QStringLiteral("backups")));
        test::breakHeader(path);
        const QByteArray broken = test::fileHash(path);
        auto opened = Database::open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::NotADatabase);
        auto done = Database::restoreFile(path, good);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().detail));
        QCOMPARE(test::fileHash(done->keptAs), broken);
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        QVERIFY((*db)->scalar(QStringLiteral("SELECT count(*) FROM products"))->toInt() > 0);
        QVERIFY((*db)->integrityCheck()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
