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

    // A tmpfs of `size` on `dir`, holding till.sqlite (made through the CLI) and more.csv (two
    // new products); false when it cannot be mounted (the reason is in mounts.reason).
    static bool
    diskWithDatabase(test::TestMounts &mounts, const QTemporaryDir &dir, const char *size)
    {
        if (!mounts.tmpfs(dir.path(), QLatin1String(size)))
            return false;
        test::makeCliDatabase(dir.filePath(QStringLiteral("till.sqlite")));
        test::writeFile(dir.filePath(QStringLiteral("more.csv")),
                        "sku,name,price\nAPL,Apple,1.00\nPEA,Pear,2.00\n");
        return true;
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        test::makeCliDatabase(m_db);
    }

    // A read-only file, folder or disk is named as such; an import does not blame its rows.
    void readOnlyIsNamed()
    {
        QTemporaryDir dir;
        QTemporaryDir viewParent;
        test::TestMounts mounts;
        if (!diskWithDatabase(mounts, dir, "4m"))
            QSKIP(qPrintable(mounts.reason));
        const QString db = dir.filePath(QStringLiteral("till.sqlite"));
        const QString csv = dir.filePath(QStringLiteral("more.csv"));
        const QStringList sale = sl({"sale", "--item", "JAM=1", "--tender", "cash=10"});

        QVERIFY2(mounts.bind(db, db, true), qPrintable(mounts.reason)); // the file only
        test::CliRun r = runCli(db, {QStringLiteral("catalog"), QStringLiteral("import"), csv});
        test::verifyCliFailure(r, QStringLiteral("read-only"));
        QVERIFY2(!r.err.contains(QLatin1String("bad row")), qPrintable(r.err));
        test::verifyCliFailure(runCli(db, sale), QStringLiteral("read-only"));
        QCOMPARE(runCli(db, sl({"catalog", "list"})).code, 0);
        QVERIFY(mounts.unmount(db));
        // A read-only connection leaves them (empty) behind.
        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));

        // The folder is read-only and the file is not: SQLite cannot make its -wal and -shm.
        const QString view = viewParent.filePath(QStringLiteral("view"));
        QVERIFY(QDir().mkpath(view));
        QVERIFY2(mounts.bind(dir.path(), view, true), qPrintable(mounts.reason));
        QVERIFY2(mounts.bind(db, view + QStringLiteral("/till.sqlite")), qPrintable(mounts.reason));
        r = runCli(view + QStringLiteral("/till.sqlite"), sale);
        test::verifyCliFailure(r, QStringLiteral("folder"));
        QVERIFY2(r.err.contains(QLatin1String("read-only")), qPrintable(r.err));
        mounts.unmountAll();
    }

    void readOnlyDiskIsNamed()
    {
        QTemporaryDir dir;
        test::TestMounts mounts;
        if (!diskWithDatabase(mounts, dir, "4m"))
            QSKIP(qPrintable(mounts.reason));
        const QString db = dir.filePath(QStringLiteral("till.sqlite"));
        QVERIFY2(mounts.remount(dir.path(), true), qPrintable(mounts.reason));
        test::verifyCliFailure(runCli(db, sl({"sale", "--item", "JAM=1", "--tender", "cash=10"})),
                               QStringLiteral("read-only"));
        test::verifyCliFailure(
            runCli(m_db, sl({"export", "sales"}) << dir.filePath(QStringLiteral("s.csv"))),
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
        QTemporaryDir dir;
        test::TestMounts mounts;
        if (!diskWithDatabase(mounts, dir, "2m"))
            QSKIP(qPrintable(mounts.reason));
        const QString db = dir.filePath(QStringLiteral("till.sqlite"));
        const QString csv = dir.filePath(QStringLiteral("more.csv"));
        const QString existing = dir.filePath(QStringLiteral("existing.csv"));
        test::writeFile(existing, "keep me\n");
        QVERIFY(test::fillDisk(dir.path()));

        const QString full = QStringLiteral("full");
        const QString csvOut = dir.filePath(QStringLiteral("s.csv"));
        test::CliRun r = runCli(m_db, sl({"export", "sales"}) << csvOut);
        test::verifyCliFailure(r, full);
        QVERIFY(!QFile::exists(csvOut));
        test::verifyCliFailure(runCli(m_db, sl({"export", "sales"}) << existing), full);
        QCOMPARE(test::fileHash(existing),
                 QCryptographicHash::hash("keep me\n", QCryptographicHash::Sha256));
        test::verifyCliFailure(runCli(db, sl({"sale", "--item", "JAM=1", "--tender", "cash=10"})),
                               full);
        r = runCli(db, {QStringLiteral("catalog"), QStringLiteral("import"), csv});
        test::verifyCliFailure(r, full);
        QVERIFY2(!r.err.contains(QLatin1String("bad row")), qPrintable(r.err));
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(!name.contains(QLatin1String(".tmp")), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestCliDisks)
#include "tst_cli_disks.moc"
