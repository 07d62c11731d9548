// The CLI never destroys a database: outputs that lead to one are refused, backups and restores
// keep a connection held open by the till whole, a restore proves its backup first, damage
// stops writing, and every failure names its real cause. Runs the real stallkeeper-cli.
#include "core/Catalog.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <sqlite3.h>

#include <unistd.h>

using namespace sk;
using test::runCli;
using test::sl;

namespace {
void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

// Not a database: a CSV file, repeated.
const QByteArray kText = QByteArray("sku,name,price\r\nJAM,Strawberry jam,8.50\r\n").repeated(200);
} // namespace

class TestCliFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_other;                  // an SQLite file that is not the database
    std::unique_ptr<Database> m_till; // held open for the whole run, as the app holds it

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString sellThroughTill()
    {
        auto rules = SaleRules::load(*m_till);
        Cart c;
        c.lines = {CartLine{*ProductRepository(*m_till).byCode(QStringLiteral("JAM")), 1000, {}}};
        c.tenders = {{QStringLiteral("card"), 850, {}}};
        auto r = SaleRepository(*m_till).commit(c, *rules);
        if (!r)
            qWarning("till sale failed: %s", qPrintable(r.error().detail));
        return r ? r->id : QString();
    }

    qint64 tillSales()
    {
        return m_till->scalar(QStringLiteral("SELECT count(*) FROM sales"))->toLongLong();
    }

    // The till can still write, and a fresh process sees what it wrote.
    void verifyTillWhole()
    {
        const QString id = sellThroughTill();
        QVERIFY(!id.isEmpty());
        const test::CliRun show = runCli(m_db, {QStringLiteral("show"), id});
        QVERIFY2(show.code == 0, qPrintable(show.err));
        QVERIFY(m_till->integrityCheck()->isEmpty());
        QCOMPARE(runCli(m_db, {QStringLiteral("check")}).out, QStringLiteral("ok\n"));
    }

    QStringList beforeRestoreCopies() const
    {
        return QDir(m_dir.path()).entryList({QStringLiteral("cli.sqlite.before-restore-*")});
    }

private slots:
    void initTestCase()
    {
        m_db = path(QStringLiteral("cli.sqlite"));
        test::makeCliDatabase(m_db);
        QCOMPARE(runCli(m_db, sl({"sale", "--item", "JAM=2", "--tender", "cash=20"})).code, 0);
        QCOMPARE(runCli(m_db, {QStringLiteral("backup")}).code, 0); // backups/ beside it
        m_other = path(QStringLiteral("other.sqlite"));
        rawExec(m_other, "CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('keep me')");
        QVERIFY(QDir().mkpath(path(QStringLiteral("sub"))));
        auto till = Database::open(m_db);
        QVERIFY(till);
        m_till = std::move(*till);
        // The files a live WAL database has beside it, as the app has them while it runs.
        QVERIFY(QFile::exists(m_db + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(m_db + QStringLiteral("-shm")));
    }

    void cleanupTestCase() { m_till.reset(); }

    // Every command that writes a file, onto the database, its -wal and -shm files (held open
    // by the till) and another SQLite file: refused in one line, nothing touched.
    void writersRefuseDatabases_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("target");
        const QList<std::pair<const char *, QStringList>> commands = {
            {"export sales", sl({"export", "sales"})},
            {"export lines", sl({"export", "lines"})},
            {"catalog export", sl({"catalog", "export"})},
            {"report", sl({"report", "by_item"})},
            {"eod report", sl({"eod", "report"})},
            {"eod reconcile", sl({"eod", "reconcile"})},
            {"backup", sl({"backup"})},
        };
        for (const auto &[name, args] : commands)
            for (const char *target : {"database", "wal", "shm", "other sqlite"})
                QTest::addRow("%s onto %s", name, target) << args << QString::fromUtf8(target);
    }
    void writersRefuseDatabases()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, target);
        QString out = m_db;
        if (target == u"wal" || target == u"shm")
            out += QLatin1Char('-') + target;
        else if (target == u"other sqlite")
            out = m_other;
        const QByteArray otherBefore = test::fileHash(m_other);
        const qint64 sales = tillSales();
        test::verifyCliFailure(runCli(m_db, command << out), QStringLiteral("nothing was written"));
        QCOMPARE(test::fileHash(m_other), otherBefore);
        QCOMPARE(tillSales(), sales);
        verifyTillWhole();
    }

    // The same database reached through other names: refused the same way.
    void otherNamesOfTheDatabaseAreRefused_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("fragment");
        const QString db = m_db;
        QVERIFY(QFile::link(db, path(QStringLiteral("link.csv"))));
        QVERIFY(QFile::link(path(QStringLiteral("link.csv")), path(QStringLiteral("chain.csv"))));
        QVERIFY(QFile::link(db + QStringLiteral("-wal"), path(QStringLiteral("wal-link.csv"))));
        QCOMPARE(::link(QFile::encodeName(db).constData(),
                        QFile::encodeName(path(QStringLiteral("hard.csv"))).constData()),
                 0);
        QCOMPARE(::link(QFile::encodeName(m_other).constData(),
                        QFile::encodeName(path(QStringLiteral("hard-other.csv"))).constData()),
                 0);
        const QString database = QStringLiteral("database");
        QTest::newRow("dot-dot") << path(QStringLiteral("sub/../cli.sqlite")) << database;
        QTest::newRow("symlink") << path(QStringLiteral("link.csv")) << database;
        QTest::newRow("symlink chain") << path(QStringLiteral("chain.csv")) << database;
        QTest::newRow("hard link") << path(QStringLiteral("hard.csv")) << database;
        QTest::newRow("symlink to wal") << path(QStringLiteral("wal-link.csv")) << database;
        QTest::newRow("journal") << db + QStringLiteral("-journal") << database;
        QTest::newRow("hard link to other") << path(QStringLiteral("hard-other.csv")) << database;
        QTest::newRow("wal of other") << m_other + QStringLiteral("-wal") << database;
        QTest::newRow("folder") << path(QStringLiteral("sub")) << QStringLiteral("folder");
    }
    void otherNamesOfTheDatabaseAreRefused()
    {
        QFETCH(QString, target);
        QFETCH(QString, fragment);
        const QByteArray otherBefore = test::fileHash(m_other);
        const test::CliRun r = runCli(m_db, sl({"export", "sales"}) << target);
        test::verifyCliFailure(r, QStringLiteral("nothing was written"));
        QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
        QCOMPARE(test::fileHash(m_other), otherBefore);
        QVERIFY(!QFile::exists(m_db + QStringLiteral("-journal")));
        QVERIFY(!QFile::exists(m_other + QStringLiteral("-wal")));
        verifyTillWhole();
    }

    // A plain file is still written, and replaced (not truncated) when it exists.
    void plainFilesAreWritten()
    {
        const QString csv = path(QStringLiteral("sales.csv"));
        test::writeFile(csv, "old\n");
        const test::CliRun r = runCli(m_db, sl({"export", "sales"}) << csv);
        QCOMPARE(r.code, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("sale_id,"));
        const QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : left)
            QVERIFY2(!name.contains(QLatin1String(".tmp")), qPrintable(name));
    }

    // A backup onto the live database broke the till's connection: its later sales were lost.
    void tillKeepsItsWritesThroughBackupAndRestore()
    {
        const QString kept = sellThroughTill();
        test::verifyCliFailure(runCli(m_db, {QStringLiteral("backup"), m_db}),
                               QStringLiteral("nothing was written"));
        verifyTillWhole();
        const QString copy = path(QStringLiteral("till-backup.sqlite"));
        QCOMPARE(runCli(m_db, {QStringLiteral("backup"), copy}).code, 0);
        const QString afterBackup = sellThroughTill();
        const test::CliRun r
            = runCli(m_db, {QStringLiteral("restore"), copy, QStringLiteral("--force")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The till sees the restored content at once and goes on writing into it.
        QCOMPARE(runCli(m_db, {QStringLiteral("show"), kept}).code, 0);
        QCOMPARE(runCli(m_db, {QStringLiteral("show"), afterBackup}).code, 1);
        verifyTillWhole();
    }

    // Restore proves the file first; a file that is not a good backup changes nothing.
    void restoreProvesTheBackup_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << "empty"
                               << "is empty";
        QTest::newRow("text") << "text"
                              << "not an SQLite database";
        QTest::newRow("truncated") << "truncated"
                                   << "truncated";
        QTest::newRow("other sqlite") << "other"
                                      << "not a Stallkeeper database";
        QTest::newRow("newer schema") << "newer"
                                      << "newer Stallkeeper";
        QTest::newRow("no device") << "nodevice"
                                   << "no device";
        QTest::newRow("damaged") << "damaged"
                                 << "damaged";
        QTest::newRow("the database itself") << "self"
                                             << "is the database";
    }
    void restoreProvesTheBackup()
    {
        QFETCH(QString, kind);
        QFETCH(QString, fragment);
        QTemporaryDir dir;
        QString source = dir.filePath(QStringLiteral("e.bak"));
        if (kind == u"empty") {
            test::writeFile(source, {});
        } else if (kind == u"text") {
            test::writeFile(source, kText);
        } else if (kind == u"other") {
            source = m_other;
        } else if (kind == u"self") {
            source = m_db;
        } else {
            QCOMPARE(runCli(m_db, {QStringLiteral("backup"), source}).code, 0);
            if (kind == u"truncated")
                QVERIFY(QFile::resize(source, QFileInfo(source).size() / 2));
            else if (kind == u"newer")
                rawExec(source, "PRAGMA user_version = 99");
            else if (kind == u"nodevice")
                rawExec(source, "DELETE FROM device");
            else if (kind == u"damaged")
                test::damageTable(source, QStringLiteral("products"));
        }
        const qint64 sales = tillSales();
        const QStringList copies = beforeRestoreCopies();
        const test::CliRun r
            = runCli(m_db, {QStringLiteral("restore"), source, QStringLiteral("--force")});
        test::verifyCliFailure(r, fragment);
        QCOMPARE(tillSales(), sales);
        QCOMPARE(beforeRestoreCopies(), copies);
        verifyTillWhole();
    }

    // It says what the backup holds before replacing, and keeps the replaced database beside.
    void restoreSaysWhatItHoldsAndKeepsTheOld()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("good.sqlite"));
        QCOMPARE(runCli(m_db, {QStringLiteral("backup"), source}).code, 0);
        qint64 inBackup = 0;
        {
            auto b = Database::open(source, {.readOnly = true, .createIfMissing = false});
            QVERIFY(b);
            inBackup = (*b)->scalar(QStringLiteral("SELECT count(*) FROM sales"))->toLongLong();
        }
        QVERIFY(!sellThroughTill().isEmpty());
        const qint64 before = tillSales();
        QCOMPARE(before, inBackup + 1);
        const QStringList copies = beforeRestoreCopies();
        const test::CliRun r
            = runCli(m_db, {QStringLiteral("restore"), source, QStringLiteral("--force")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("holds %1 sale(s)").arg(inBackup)),
                 qPrintable(r.out));
        QVERIFY2(
            r.out.contains(
                QStringLiteral("the last on %1").arg(QDate::currentDate().toString(Qt::ISODate))),
            qPrintable(r.out));
        QCOMPARE(tillSales(), inBackup);
        const QStringList now = beforeRestoreCopies();
        QCOMPARE(now.size(), copies.size() + 1);
        QString kept;
        for (const QString &name : now)
            if (!copies.contains(name))
                kept = path(name);
        QVERIFY2(r.out.contains(kept), qPrintable(r.out));
        auto old = Database::open(kept, {.readOnly = true, .createIfMissing = false});
        QVERIFY2(old, qPrintable(old ? QString() : old.error().detail));
        QCOMPARE((*old)->scalar(QStringLiteral("SELECT count(*) FROM sales"))->toLongLong(),
                 before);
        QVERIFY((*old)->integrityCheck()->isEmpty());
    }

    // Only a path that does not exist becomes a new database.
    void emptyDatabaseFileIsRefused()
    {
        const QString empty = path(QStringLiteral("empty.sqlite"));
        test::writeFile(empty, {});
        test::verifyCliFailure(runCli(empty, sl({"catalog", "list"})),
                               QStringLiteral("is empty; delete it to start a new database"));
        QCOMPARE(QFileInfo(empty).size(), 0);
        QVERIFY(!QFile::exists(empty + QStringLiteral("-wal")));
        // The backups beside it are another database's: none is offered.
        QVERIFY(!runCli(empty, sl({"catalog", "list"})).err.contains(QLatin1String("backup")));
        const QString fresh = path(QStringLiteral("fresh.sqlite"));
        QCOMPARE(runCli(fresh, sl({"check"})).out, QStringLiteral("ok\n"));
    }

    // A database path in a folder that is not there (typed wrong, a stick not plugged in) is
    // refused, and no folder is made for it; an empty path is a usage error.
    void missingFolderIsRefused()
    {
        const QString folder = path(QStringLiteral("not-plugged-in"));
        const QString db = folder + QStringLiteral("/stall.sqlite");
        test::verifyCliFailure(runCli(db, sl({"market", "status"})),
                               QStringLiteral("no folder %1 for the database stall.sqlite")
                                   .arg(QDir::toNativeSeparators(folder)));
        QVERIFY(!QFileInfo::exists(folder));
        // A backup to it too, as an export is: nothing written elsewhere.
        test::verifyCliFailure(
            runCli(m_db, {QStringLiteral("backup"), folder + QStringLiteral("/copy.sqlite")}),
            QStringLiteral("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder)));
        QVERIFY(!QFileInfo::exists(folder));
        const test::CliRun empty = runCli(QString(), sl({"market", "status"}));
        QCOMPARE(empty.code, 2);
        QVERIFY2(empty.err.contains(QLatin1String("--db needs a FILE")), qPrintable(empty.err));
    }

    // Page-level damage stops every command, names the newest good backup, writes nothing.
    void damageStopsWriting()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QCOMPARE(runCli(m_db, {QStringLiteral("backup"), copy}).code, 0);
        const test::CliRun made = runCli(copy, {QStringLiteral("backup")});
        QCOMPARE(made.code, 0);
        const QString backup = made.out.trimmed().section(QLatin1Char(' '), 3);
        QVERIFY2(QFile::exists(backup), qPrintable(made.out));
        test::damageTable(copy, QStringLiteral("products"));
        const QByteArray damaged = test::fileHash(copy);
        for (const QStringList &args :
             {sl({"catalog", "list"}),
              sl({"sale", "--item", "JAM=1", "--tender", "cash=10"}),
              sl({"catalog", "export"}) << dir.filePath(QStringLiteral("catalog.csv")),
              sl({"check"})}) {
            const test::CliRun r = runCli(copy, args);
            test::verifyCliFailure(r, QStringLiteral("damaged"));
            QVERIFY2(r.err.contains(backup), qPrintable(r.err));
            QCOMPARE(test::fileHash(copy), damaged);
        }
        // The named backup puts it right.
        QCOMPARE(runCli(copy, {QStringLiteral("restore"), backup, QStringLiteral("--force")}).code,
                 0);
        const test::CliRun list = runCli(copy, sl({"catalog", "list"}));
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.startsWith(QLatin1String("JAM\tStrawberry jam")));

        // A header that is no longer SQLite's: said so, with the backup to restore.
        test::breakHeader(copy);
        const test::CliRun r = runCli(copy, sl({"catalog", "list"}));
        test::verifyCliFailure(r, QStringLiteral("not an SQLite database"));
        QVERIFY2(r.err.contains(backup), qPrintable(r.err));
        // Restore works even when the file cannot be opened at all; the old one is kept.
        QCOMPARE(runCli(copy, {QStringLiteral("restore"), backup, QStringLiteral("--force")}).code,
                 0);
        QCOMPARE(runCli(copy, sl({"catalog", "list"})).code, 0);
        QCOMPARE(
            QDir(dir.path()).entryList({QStringLiteral("copy.sqlite.before-restore-*")}).size(), 2);
    }

    void truncatedAndForeignFilesSaySo()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("cut.sqlite"));
        QCOMPARE(runCli(m_db, {QStringLiteral("backup"), copy}).code, 0);
        QVERIFY(QFile::resize(copy, QFileInfo(copy).size() * 6 / 10));
        test::verifyCliFailure(runCli(copy, sl({"catalog", "list"})), QStringLiteral("truncated"));
        const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
        test::writeFile(text, kText);
        test::verifyCliFailure(runCli(text, sl({"catalog", "list"})),
                               QStringLiteral("not an SQLite database"));
        QCOMPARE(test::fileHash(text), QCryptographicHash::hash(kText, QCryptographicHash::Sha256));
    }
};

QTEST_GUILESS_MAIN(TestCliFiles)
#include "tst_cli_files.moc"
