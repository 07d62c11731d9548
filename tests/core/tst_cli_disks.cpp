// Failures on a read-only file, folder or disk, a full disk and a failing one name their cause,
// through the real stallkeeper-cli. The disks are mounted for the test (root only: skipped with
// the reason otherwise), so these stand apart from the other CLI file tests.
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace sk;
using test::runCli;
using test::sl;

class TestCliDisks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db; // on this machine's disk: exports from it go onto the test disks

    // A tmpfs of `size` on a folder of its own, holding till.sqlite (made through the CLI, at
    // `db`) and more.csv (two new products). `db` is empty when it cannot be mounted (the reason
    // is in mounts.reason). Unmounted before the folder goes.
    struct Disk
    {
        explicit Disk(const char *size)
        {
            if (!mounts.tmpfs(dir.path(), QLatin1String(size)))
                return;
            db = dir.filePath(QStringLiteral("till.sqlite"));
            test::makeCliDatabase(db);
            test::writeFile(dir.filePath(QStringLiteral("more.csv")),
                            "sku,name,price\nAPL,Apple,1.00\nPEA,Pear,2.00\n");
        }
        QTemporaryDir dir;
        test::TestMounts mounts;
        QString db;
    };

    // The sale each test tries on a disk that cannot take it.
    static QStringList aSale() { return sl({"sale", "--item", "JAM=1", "--tender", "cash=10"}); }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        test::makeCliDatabase(m_db);
    }

    // A read-only file, folder or disk is named as such; an import does not blame its rows.
    void readOnlyIsNamed()
    {
        QTemporaryDir viewParent;
        Disk disk("4m");
        if (disk.db.isEmpty())
            QSKIP(qPrintable(disk.mounts.reason));
        const QString csv = disk.dir.filePath(QStringLiteral("more.csv"));

        QVERIFY2(disk.mounts.bind(disk.db, disk.db, true),
                 qPrintable(disk.mounts.reason)); // the file only
        test::CliRun r
            = runCli(disk.db, {QStringLiteral("catalog"), QStringLiteral("import"), csv});
        test::verifyCliFailure(r, QStringLiteral("read-only"));
        QVERIFY2(!r.err.contains(QLatin1String("bad row")), qPrintable(r.err));
        test::verifyCliFailure(runCli(disk.db, aSale()), QStringLiteral("read-only"));
        QCOMPARE(runCli(disk.db, sl({"catalog", "list"})).code, 0);
        QVERIFY(disk.mounts.unmount(disk.db));
        // A read-only connection leaves them (empty) behind.
        QFile::remove(disk.db + QStringLiteral("-wal"));
        QFile::remove(disk.db + QStringLiteral("-shm"));

        // The folder is read-only and the file is not: SQLite cannot make its -wal and -shm.
        const QString view = viewParent.filePath(QStringLiteral("view"));
        QVERIFY(QDir().mkpath(view));
        QVERIFY2(disk.mounts.bind(disk.dir.path(), view, true), qPrintable(disk.mounts.reason));
        QVERIFY2(disk.mounts.bind(disk.db, view + QStringLiteral("/till.sqlite")),
                 qPrintable(disk.mounts.reason));
        r = runCli(view + QStringLiteral("/till.sqlite"), aSale());
        test::verifyCliFailure(r, QStringLiteral("folder"));
        QVERIFY2(r.err.contains(QLatin1String("read-only")), qPrintable(r.err));
        disk.mounts.unmountAll();
    }

    void readOnlyDiskIsNamed()
    {
        Disk disk("4m");
        if (disk.db.isEmpty())
            QSKIP(qPrintable(disk.mounts.reason));
        QVERIFY2(disk.mounts.remount(disk.dir.path(), true), qPrintable(disk.mounts.reason));
        test::verifyCliFailure(runCli(disk.db, aSale()), QStringLiteral("read-only"));
        test::verifyCliFailure(
            runCli(m_db, sl({"export", "sales"}) << disk.dir.filePath(QStringLiteral("s.csv"))),
            QStringLiteral("read-only"));
    }

    // A disk that fails to read is named as such: a file system on a loop device whose backing
    // file was cut short under the database's blocks (the kernel answers EIO).
    void ioErrorIsNamed()
    {
        QTemporaryDir dir;
        test::TestMounts mounts;
        const QString image = dir.filePath(QStringLiteral("disk.img"));
        const QString mnt = dir.filePath(QStringLiteral("mnt"));
        QVERIFY(QDir().mkpath(mnt));
        if (!mounts.ext4(image, mnt))
            QSKIP(qPrintable(mounts.reason));
        const QString db = mnt + QStringLiteral("/io.sqlite");
        test::makeCliDatabase(db);
        // Where the database's blocks are, in bytes from the start of the disk.
        QString extents;
        QVERIFY2(mounts.run(
                     {QStringLiteral("filefrag"), QStringLiteral("-v"), QStringLiteral("-b1"), db},
                     &extents),
                 qPrintable(mounts.reason));
        qint64 first = -1;
        static const QRegularExpression row(
            QStringLiteral("^\\s*\\d+:\\s+\\d+\\.\\.\\s*\\d+:\\s+(\\d+)\\.\\."));
        for (const QString &line : extents.split(QLatin1Char('\n')))
            if (const auto m = row.match(line); m.hasMatch())
                first = first < 0 ? m.captured(1).toLongLong()
                                  : std::min(first, m.captured(1).toLongLong());
        QVERIFY2(first > 0, qPrintable(extents));
        QVERIFY(mounts.unmount(mnt));
        QVERIFY(QFile::resize(image, first));
        QVERIFY2(mounts.remountLoop(mnt, true), qPrintable(mounts.reason));
        test::verifyCliFailure(runCli(db, sl({"catalog", "list"})),
                               QStringLiteral("failed with an I/O error"));
    }

    // A full disk is named; an export onto it fails and leaves no empty file behind.
    void fullDiskIsNamed()
    {
        Disk disk("2m");
        if (disk.db.isEmpty())
            QSKIP(qPrintable(disk.mounts.reason));
        const QString csv = disk.dir.filePath(QStringLiteral("more.csv"));
        const QString existing = disk.dir.filePath(QStringLiteral("existing.csv"));
        test::writeFile(existing, "keep me\n");
        QVERIFY(test::fillDisk(disk.dir.path()));

        const QString full = QStringLiteral("full");
        const QString csvOut = disk.dir.filePath(QStringLiteral("s.csv"));
        test::CliRun r = runCli(m_db, sl({"export", "sales"}) << csvOut);
        test::verifyCliFailure(r, full);
        QVERIFY(!QFile::exists(csvOut));
        test::verifyCliFailure(runCli(m_db, sl({"export", "sales"}) << existing), full);
        QCOMPARE(test::fileHash(existing),
                 QCryptographicHash::hash("keep me\n", QCryptographicHash::Sha256));
        test::verifyCliFailure(runCli(disk.db, aSale()), full);
        r = runCli(disk.db, {QStringLiteral("catalog"), QStringLiteral("import"), csv});
        test::verifyCliFailure(r, full);
        QVERIFY2(!r.err.contains(QLatin1String("bad row")), qPrintable(r.err));
        for (const QString &name : QDir(disk.dir.path()).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(!name.contains(QLatin1String(".tmp")), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestCliDisks)
#include "tst_cli_disks.moc"
