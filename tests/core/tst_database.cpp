#include "core/BatchInsert.h"
#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/Exports.h"
#include "core/FileSafety.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/Schema.h"
#include "core/StorageError.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlRecord>
#include <QtTest>

#include <sqlite3.h>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

using namespace sk;

namespace {
using test::fileHash;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

ino_t inodeOf(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

Result<SaleRecord> sellJam(Database &db)
{
    auto rules = SaleRules::load(db);
    Cart c;
    c.lines = {CartLine{*ProductRepository(db).bySku(QStringLiteral("JAM-STR")), 1000, {}}};
    c.tenders = {{QStringLiteral("cash"), 1000, {}}};
    return SaleRepository(db).commit(c, *rules);
}

qint64 salesCount(Database &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM sales"))->toLongLong();
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void pragmas()
    {
        test::TempDb t;
        QCOMPARE(t->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(),
                 QStringLiteral("wal"));
        QCOMPARE(t->scalar(QStringLiteral("PRAGMA synchronous"))->toInt(), 2); // FULL
        QCOMPARE(t->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QCOMPARE(t->scalar(QStringLiteral("PRAGMA user_version"))->toInt(),
                 Database::kSchemaVersion);
        QVERIFY(!t->deviceId().isEmpty());
        QCOMPARE(t->deviceCode().size(), 3);
        const QString id = t->deviceId();
        t.reopen();
        QCOMPARE(t->deviceId(), id); // identity is stable
    }

    // A query queryCached hands out is read to its end while each row prepares and keeps other
    // statements (a reader that looks something up per row): it stays where it is.
    void cachedQueryStaysValidWhileOthersArePrepared()
    {
        test::TempDb t;
        auto q
            = t->queryCached(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                            "SELECT i + 1 FROM n WHERE i < 200) SELECT i FROM n"),
                             {});
        QVERIFY(q);
        QSqlQuery *rows = *q;
        qint64 sum = 0;
        int looked = 0;
        while (rows->next()) {
            sum += rows->value(0).toLongLong();
            ++looked;
            auto v = t->scalarCached(QStringLiteral("SELECT %1").arg(looked), {});
            QVERIFY(v);
            QCOMPARE(v->toInt(), looked);
            QVERIFY(t->sqliteCached(QStringLiteral("SELECT -%1").arg(looked)));
        }
        rows->finish();
        QCOMPARE(looked, 200);
        QCOMPARE(sum, qint64(200 * 201 / 2));
    }

    // The end of day's summary (built when the app starts) asks for a market day's stock counts
    // by the day: found through an index, not by walking every stock movement.
    void aMarketDaysCountsAreFoundByTheirDay()
    {
        test::TempDb t;
        auto plan = t->exec(
            QStringLiteral(
                "EXPLAIN QUERY PLAN SELECT m.id, m.product_id, m.qty, m.hlc, coalesce(p.price, 0) "
                "FROM stock_movements m LEFT JOIN products p ON p.id = m.product_id WHERE m.kind = "
                "'count' AND m.context = ? AND m.market_day_id = ? ORDER BY m.hlc, m.id"),
            {QStringLiteral("eod"), QStringLiteral("day")});
        QVERIFY(plan);
        QStringList steps;
        while (plan->next())
            steps << plan->value(3).toString();
        QVERIFY2(steps.join(u'|').contains(QLatin1String("stock_movements_day_counts")),
                 qPrintable(steps.join(u'|')));
    }

    void newerSchemaIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
        }
        rawExec(path, "PRAGMA user_version = 99");
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::SchemaTooNew);
        QVERIFY(db.error().detail.contains(QLatin1String("newer Stallkeeper")));
        QCOMPARE(fileHash(path), before);
    }

    // A database of schema 7 (sent events marked in outbox.sent_at) upgraded to the queue of
    // unsent events: what was unsent stays unsent, rejected stays rejected, sent stays sent; new
    // events join the queue, and marking one sent leaves its row as it was.
    void outboxUpgradeKeepsWhatIsUnsent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
        QStringList script;
        for (const Migration &m : migrations())
            if (m.version <= 7)
                script << m.statements;
        script << QStringLiteral("PRAGMA user_version = 7");
        const auto event = [](int seq, const char *sentAt, const char *rejected) {
            return QStringLiteral("INSERT INTO outbox (seq, event_id, event_type, hlc, payload, "
                                  "created_at, sent_at, rejected_reason) VALUES (%1, 'e%1', "
                                  "'sale', %1, '{\"n\":%1}', 1, %2, %3)")
                .arg(seq)
                .arg(QLatin1String(sentAt), QLatin1String(rejected));
        };
        script << event(1, "5", "NULL") << event(2, "NULL", "NULL")
               << event(3, "NULL", "'invalid: no'") << event(4, "NULL", "NULL")
               << event(5, "6", "NULL");
        rawExec(path, (script.join(QStringLiteral(";\n")) + u';').toUtf8().constData());

        auto opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
        Database &db = **opened;
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version"))->toInt(),
                 Database::kSchemaVersion);
        sync::SyncEngine engine(db);
        const auto seqs = [&](qint64 after = 0) {
            QList<qint64> out;
            const auto batch = engine.pendingBatch(10, after);
            if (batch)
                for (const sync::OutboxEvent &e : *batch)
                    out << e.seq;
            return out;
        };
        QCOMPARE(*db.pendingOutboxCount(), 2);
        QCOMPARE(seqs(), (QList<qint64>{2, 4}));
        QCOMPARE(seqs(2), (QList<qint64>{4}));
        QCOMPARE(engine.state()->pending, 2);
        QCOMPARE(engine.state()->rejected, 1);
        QCOMPARE(engine.rejectedEvents()->size(), 1);
        QCOMPARE(engine.rejectedEvents()->first().id, QStringLiteral("e3"));

        // An event written after the upgrade is queued by the trigger, behind the older ones.
        QVERIFY(db.exec(QStringLiteral("INSERT INTO outbox (event_id, event_type, hlc, payload, "
                                       "created_at) VALUES ('e6', 'sale', 6, '{}', 2)")));
        const QList<qint64> queued = seqs();
        QCOMPARE(queued.size(), 3);
        QCOMPARE(queued.mid(0, 2), (QList<qint64>{2, 4}));
        QCOMPARE(*db.pendingOutboxCount(), 3);

        const auto row = [&](int seq) {
            QStringList cells;
            auto q = db.exec(QStringLiteral("SELECT * FROM outbox WHERE seq = ?"), {seq});
            if (q && q->next())
                for (int i = 0; i < q->record().count(); ++i)
                    cells << q->value(i).toString();
            return cells;
        };
        const QStringList before = row(2);
        QCOMPARE(before.size(), 8);
        QVERIFY(engine.recordPushResult({QStringLiteral("e2"), QStringLiteral("e1")}, {}));
        QCOMPARE(row(2), before);
        QCOMPARE(seqs(), queued.mid(1));
        QCOMPARE(*db.pendingOutboxCount(), 2);

        // A rejection on an event already sent changes nothing; a retry puts e3 back in line.
        QVERIFY(engine.recordPushResult({},
                                        {sync::Rejection{QStringLiteral("e5"),
                                                         QStringLiteral("invalid"),
                                                         QStringLiteral("late")}}));
        QCOMPARE(engine.state()->rejected, 1);
        QVERIFY(engine.retryRejected(QStringLiteral("e3")));
        QCOMPARE(seqs().first(), 3);
        QCOMPARE(engine.state()->rejected, 0);
        QCOMPARE(*db.pendingOutboxCount(), 3);
    }

    // A push's answer is recorded by the outbox numbers of the batch that was sent: runs of
    // them leave the queue, a set-aside event stays rejected, an event the server did not
    // mention stays pending, and an acknowledged id from outside the batch is found by its id.
    void pushedBatchIsMarkedByItsNumbers()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("marks.sqlite")));
        QVERIFY(opened);
        Database &db = **opened;
        for (int i = 1; i <= 7; ++i)
            QVERIFY(db.exec(QStringLiteral("INSERT INTO outbox (event_id, event_type, hlc, "
                                           "payload, created_at) VALUES (?, 'sale', ?, '{}', 1)"),
                            {QStringLiteral("e%1").arg(i), i}));
        sync::SyncEngine engine(db);
        const auto pending = [&] {
            QStringList ids;
            if (const auto batch = engine.pendingBatch(10))
                for (const sync::OutboxEvent &e : *batch)
                    ids << e.id;
            return ids;
        };
        const auto batch = engine.pendingBatch(6);
        QVERIFY(batch);
        QCOMPARE(batch->size(), 6);
        const auto id = [](int i) {
            return QStringLiteral("e%1").arg(i);
        };
        QVERIFY(engine.recordPushResult(
            *batch,
            {id(2), id(1), id(2), id(4), id(6)},
            {sync::Rejection{id(3), QStringLiteral("invalid"), QStringLiteral("no")}}));
        QCOMPARE(pending(), (QStringList{id(5), id(7)}));
        QCOMPARE(engine.state()->rejected, 1);
        QCOMPARE(*db.pendingOutboxCount(), 2);
        // e7 was not in the batch: looked up by its id.
        QVERIFY(engine.recordPushResult(*batch, {id(7), id(5)}, {}));
        QCOMPARE(pending(), QStringList());
        QCOMPARE(engine.state()->rejected, 1);
        QCOMPARE(*db.pendingOutboxCount(), 0);
    }

    void foreignFilesAreRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        rawExec(other, "CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('keep me')");
        QByteArray before = fileHash(other);
        QVERIFY(!Database::open(other));
        QCOMPARE(fileHash(other), before);

        const QString text = dir.filePath(QStringLiteral("text.sqlite"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        before = fileHash(text);
        QVERIFY(!Database::open(text));
        QCOMPARE(fileHash(text), before);
    }

    void backupAndRestore()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        QVERIFY(MarketDayRepository(t.db()).open(QStringLiteral("M"), 0));
        QVERIFY(sellJam(t.db()));
        // A folder that is not there (a USB stick not plugged in) is refused, not made.
        const QString stick = t.dir() + QStringLiteral("/stick");
        auto refused = t->backupTo(stick + QStringLiteral("/b1.sqlite"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().detail.contains(QStringLiteral("the folder %1 does not exist")
                                                     .arg(QDir::toNativeSeparators(stick))),
                 qPrintable(refused.error().detail));
        QVERIFY(!QFileInfo::exists(stick));
        const QString backup = t.dir() + QStringLiteral("/b1.sqlite");
        QVERIFY(t->backupTo(backup));
        QVERIFY(QFile::exists(backup));
        QVERIFY(!QFile::exists(backup + QStringLiteral(".partial")));
        QVERIFY(sellJam(t.db()));
        QCOMPARE(salesCount(t.db()), 2);
        QVERIFY(t->restoreFrom(backup));
        QCOMPARE(salesCount(t.db()), 1);
        QVERIFY(t->integrityCheck()->isEmpty());
        // Selling after a restore works (device row and counters came back with the data).
        QVERIFY(sellJam(t.db()));
    }

    void damagedBackupIsRefused()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        const QString backup = t.dir() + QStringLiteral("/b.sqlite");
        QVERIFY(t->backupTo(backup));
        // Damage the middle of the copy.
        QFile f(backup);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        f.seek(f.size() / 2);
        f.write(QByteArray(4096, '\xA5'));
        f.close();
        const qint64 products
            = t->scalar(QStringLiteral("SELECT count(*) FROM products"))->toLongLong();
        auto r = t->restoreFrom(backup);
        QVERIFY(!r);
        QCOMPARE(t->scalar(QStringLiteral("SELECT count(*) FROM products"))->toLongLong(),
                 products);
        QVERIFY(!t->restoreFrom(t.dir() + QStringLiteral("/missing.sqlite")));
    }

    // A full disk (simulated with max_page_count) fails the sale cleanly: nothing partial,
    // the error says so, and selling resumes once there is room.
    void fullDiskLosesNothing()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        QVERIFY(MarketDayRepository(t.db()).open(QStringLiteral("M"), 0));
        QVERIFY(sellJam(t.db()));
        const qint64 pages = t->scalar(QStringLiteral("PRAGMA page_count"))->toLongLong();
        QVERIFY(t->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        int ok = 0;
        Result<SaleRecord> r;
        for (int i = 0; i < 500; ++i) {
            r = sellJam(t.db());
            if (!r)
                break;
            ++ok;
        }
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::DiskFull);
        QVERIFY2(r.error().detail.contains(QLatin1String("full")), qPrintable(r.error().detail));
        const qint64 sales = salesCount(t.db());
        QCOMPARE(sales, 1 + ok);
        // Every stored sale is whole.
        QCOMPARE(t->scalar(QStringLiteral("SELECT count(*) FROM sale_lines"))->toLongLong(), sales);
        QCOMPARE(t->scalar(QStringLiteral("SELECT count(*) FROM sale_tenders"))->toLongLong(),
                 sales);
        QCOMPARE(t->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = 'sale'"))
                     ->toLongLong(),
                 sales);
        QVERIFY(t->exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        QVERIFY(sellJam(t.db()));
        QVERIFY(t->integrityCheck()->isEmpty());
    }

    void hlcIsMonotonicAcrossReopen()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        const qint64 last = t->scalar(QStringLiteral("SELECT max(hlc) FROM outbox"))->toLongLong();
        {
            // Even with the wall clock behind (by less than the allowed skew: a clock set back
            // further restarts the HLC, tst_hlc), new timestamps come after stored ones.
            test::FakeClock clock(Hlc::physicalMs(last) - kMaxClockSkewMs / 2);
            t.reopen();
            QVERIFY(Database::hlc().now() > last);
        }
    }

    // Every name an output path can give the open database, its companions or another SQLite
    // file is refused; plain files are not.
    void outputPathsThatLeadToADatabase_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("the database") << "test.sqlite" << true << "the database in use";
        QTest::newRow("dot-dot") << "sub/../test.sqlite" << true << "the database in use";
        QTest::newRow("symlink") << "link.csv" << true << "the database in use";
        QTest::newRow("hard link") << "hard.csv" << true << "the database in use";
        QTest::newRow("wal") << "test.sqlite-wal" << true << "-wal file of the database in use";
        QTest::newRow("shm") << "test.sqlite-shm" << true << "-shm file of the database in use";
        QTest::newRow("journal, not there yet") << "test.sqlite-journal" << true << "-journal";
        QTest::newRow("dangling symlink to journal") << "dangling.csv" << true << "-journal";
        QTest::newRow("hard link to the wal") << "hard-wal.csv" << true << "-wal file";
        QTest::newRow("another SQLite file") << "other.sqlite" << true << "an SQLite database";
        QTest::newRow("its wal, not there") << "other.sqlite-wal" << true << "other.sqlite";
        QTest::newRow("a write-ahead log") << "old-wal.bin" << true << "write-ahead log";
        QTest::newRow("a folder") << "sub" << true << "a folder";
        QTest::newRow("a device") << "/dev/null" << true << "not a regular file";
        QTest::newRow("a loop of links") << "loop-a" << true << "loop";
        QTest::newRow("a new file") << "new.csv" << false << "";
        QTest::newRow("a text file") << "old.csv" << false << "";
        QTest::newRow("a link to a new file") << "link-new.csv" << false << "";
    }
    void outputPathsThatLeadToADatabase()
    {
        QFETCH(QString, name);
        QFETCH(bool, refused);
        QFETCH(QString, fragment);
        test::TempDb t; // held open, as the app holds it
        QDir d(t.dir());
        QVERIFY(d.mkdir(QStringLiteral("sub")));
        QVERIFY(QFile::link(t.path(), d.filePath(QStringLiteral("link.csv"))));
        QVERIFY(QFile::link(t.path() + QStringLiteral("-journal"),
                            d.filePath(QStringLiteral("dangling.csv"))));
        QVERIFY(QFile::link(d.filePath(QStringLiteral("loop-b")),
                            d.filePath(QStringLiteral("loop-a"))));
        QVERIFY(QFile::link(d.filePath(QStringLiteral("loop-a")),
                            d.filePath(QStringLiteral("loop-b"))));
        QVERIFY(QFile::link(d.filePath(QStringLiteral("new.csv")),
                            d.filePath(QStringLiteral("link-new.csv"))));
        QCOMPARE(::link(QFile::encodeName(t.path()).constData(),
                        QFile::encodeName(d.filePath(QStringLiteral("hard.csv"))).constData()),
                 0);
        QCOMPARE(::link(QFile::encodeName(t.path() + QStringLiteral("-wal")).constData(),
                        QFile::encodeName(d.filePath(QStringLiteral("hard-wal.csv"))).constData()),
                 0);
        rawExec(d.filePath(QStringLiteral("other.sqlite")), "CREATE TABLE t (x)");
        writeFile(d.filePath(QStringLiteral("old-wal.bin")),
                  QByteArray::fromHex("377f0682002de21800001000") + QByteArray(100, '\0'));
        writeFile(d.filePath(QStringLiteral("old.csv")), "a,b\n");
        const QString path = name.startsWith(u'/') ? name : d.filePath(name);
        const auto r = checkOutputPath(path);
        QCOMPARE(!r, refused);
        if (refused) {
            QCOMPARE(r.error().code, Error::Code::ProtectedFile);
            QVERIFY2(r.error().detail.contains(fragment), qPrintable(r.error().detail));
            QVERIFY2(r.error().detail.contains(QLatin1String("nothing was written")),
                     qPrintable(r.error().detail));
        }
        // The held connection is untouched.
        QVERIFY(t->setLocalSetting(QStringLiteral("k"), QStringLiteral("v")));
        QVERIFY(t->integrityCheck()->isEmpty());
    }

    // An existing file is replaced by a rename, never truncated: a writer that fails or is
    // cancelled leaves it as it was, and no temporary file behind.
    void atomicWriterReplacesByRename()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.csv"));
        writeFile(path, "old content\n");
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        const ino_t before = inodeOf(path);
        for (const Error::Code code : {Error::Code::Io, Error::Code::Cancelled}) {
            auto s = writeFileAtomically(path, [&](QIODevice *out) -> Status {
                out->write("half of the new");
                return fail(code, QStringLiteral("stopped"));
            });
            QVERIFY(!s);
            QCOMPARE(s.error().code, code);
            QCOMPARE(fileHash(path),
                     QCryptographicHash::hash("old content\n", QCryptographicHash::Sha256));
            QCOMPARE(inodeOf(path), before);
        }
        QVERIFY(writeFileAtomically(path, [](QIODevice *out) -> Status {
            out->write("new content\n");
            return {};
        }));
        QCOMPARE(fileHash(path),
                 QCryptographicHash::hash("new content\n", QCryptographicHash::Sha256));
        QVERIFY(inodeOf(path) != before);
        QCOMPARE(QFile::permissions(path),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser
                     | QFile::ReadGroup);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("report.csv")});
    }

    // Only a path that does not exist becomes a new database; the files refused are untouched.
    void emptyTruncatedAndForeignFilesAreRefused()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
        writeFile(empty, {});
        auto r = Database::open(empty);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::NotADatabase);
        QVERIFY2(
            r.error().detail.contains(QLatin1String("is empty; delete it to start a new database")),
            qPrintable(r.error().detail));
        QCOMPARE(QFileInfo(empty).size(), 0);
        QVERIFY(!QFile::exists(empty + QStringLiteral("-wal")));

        const QString text = dir.filePath(QStringLiteral("text.sqlite"));
        writeFile(text, QByteArray("sku,name,price\n").repeated(400));
        r = Database::open(text);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::NotADatabase);
        QVERIFY2(r.error().detail.contains(QLatin1String("not an SQLite database")),
                 qPrintable(r.error().detail));

        const QString cut = dir.filePath(QStringLiteral("cut.sqlite"));
        {
            test::TempDb t;
            QVERIFY(seedDemoCatalog(t.db()));
            QVERIFY(t->backupTo(cut));
        }
        QVERIFY(QFile::resize(cut, QFileInfo(cut).size() / 2));
        const QByteArray cutHash = fileHash(cut);
        r = Database::open(cut);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Damaged);
        QVERIFY2(r.error().detail.contains(QLatin1String("truncated")),
                 qPrintable(r.error().detail));
        QCOMPARE(fileHash(cut), cutHash);

        // A new database never takes the name of another's companion file.
        rawExec(dir.filePath(QStringLiteral("other.sqlite")), "CREATE TABLE t (x)");
        r = Database::open(dir.filePath(QStringLiteral("other.sqlite-wal")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::ProtectedFile);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("other.sqlite-wal"))));
    }

    // The till holds a connection; a backup onto the database or its -wal is refused and the
    // till goes on writing into the same file everyone else reads.
    void backupOntoTheDatabaseIsRefused()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        QVERIFY(MarketDayRepository(t.db()).open(QStringLiteral("M"), 0));
        auto other = Database::open(t.path());
        QVERIFY(other);
        for (const QString &target :
             {t.path(), t.path() + QStringLiteral("-wal"), t.path() + QStringLiteral("-shm")}) {
            auto r = (*other)->backupTo(target);
            QVERIFY(!r);
            QCOMPARE(r.error().code, Error::Code::ProtectedFile);
        }
        QVERIFY(sellJam(t.db()));
        auto fresh = Database::open(t.path());
        QVERIFY(fresh);
        QCOMPARE(salesCount(**fresh), 1);
        QVERIFY((*fresh)->integrityCheck()->isEmpty());
    }

    // Damage met by any statement, even inside a loop whose caller saw only fewer rows, marks
    // the file damaged for every connection of the process: every later write is refused, by
    // the Database layer and, for statements it never sees, by SQLite's commit hook.
    void damageStopsEveryWrite()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        const QString good = t.dir() + QStringLiteral("/good.sqlite");
        const QString copy = t.dir() + QStringLiteral("/copy.sqlite");
        QVERIFY(t->backupTo(good));
        QVERIFY(t->backupTo(copy));
        test::damageTable(copy, QStringLiteral("products"));
        auto a = Database::open(copy);
        auto b = Database::open(copy);
        QVERIFY(a && b);
        QVERIFY(!(*a)->damaged());
        auto all = ProductRepository(**a).all(true);
        if (all) // never blank rows presented as the catalog
            for (const Product &p : *all)
                QVERIFY(!p.name.isEmpty());
        QVERIFY((*a)->damaged());
        QVERIFY((*b)->damaged());
        QCOMPARE((*a)->damage()->code, Error::Code::Damaged);
        auto w = (*b)->setLocalSetting(QStringLiteral("k"), QStringLiteral("v"));
        QVERIFY(!w);
        QCOMPARE(w.error().code, Error::Code::Damaged);
        QVERIFY(!Transaction(**a).begun());
        sqlite3 *raw = sqliteHandle(**b);
        QVERIFY(raw);
        QVERIFY(sqlite3_exec(raw,
                             "INSERT INTO local_settings (key, value) VALUES ('raw', '1')",
                             nullptr,
                             nullptr,
                             nullptr)
                != SQLITE_OK);
        // A restore of a proven backup puts it right for every connection.
        auto restored = (*a)->restoreFrom(good);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().detail));
        QVERIFY(QFile::exists(restored->keptAs));
        QVERIFY(!(*b)->damaged());
        QVERIFY((*b)->setLocalSetting(QStringLiteral("k"), QStringLiteral("v")));
        QVERIFY(!ProductRepository(**a).all(true)->isEmpty());
    }

    // One mapping from SQLite's extended codes and errno to what the vendor reads.
    void storageErrorsNameTheCause_data()
    {
        QTest::addColumn<int>("sqlite");
        QTest::addColumn<int>("system");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("fragment");
        using C = Error::Code;
        QTest::newRow("full") << SQLITE_FULL << 0 << int(C::DiskFull) << "is full";
        QTest::newRow("write, ENOSPC")
            << SQLITE_IOERR_WRITE << ENOSPC << int(C::DiskFull) << "is full";
        QTest::newRow("shm, ENOSPC")
            << SQLITE_IOERR_SHMSIZE << ENOSPC << int(C::DiskFull) << "is full";
        QTest::newRow("open, ENOSPC") << SQLITE_CANTOPEN << ENOSPC << int(C::DiskFull) << "is full";
        QTest::newRow("read, EIO") << SQLITE_IOERR_READ << EIO << int(C::Io) << "I/O error";
        QTest::newRow("fsync, EIO") << SQLITE_IOERR_FSYNC << EIO << int(C::Io) << "I/O error";
        QTest::newRow("write, EROFS")
            << SQLITE_IOERR_WRITE << EROFS << int(C::ReadOnly) << "read-only";
        QTest::newRow("readonly") << SQLITE_READONLY << 0 << int(C::ReadOnly) << "read-only";
        QTest::newRow("moved") << SQLITE_READONLY_DBMOVED << 0 << int(C::Io) << "moved or deleted";
        QTest::newRow("corrupt") << SQLITE_CORRUPT << 0 << int(C::Damaged) << "is damaged";
        QTest::newRow("corrupt index")
            << SQLITE_CORRUPT_INDEX << 0 << int(C::Damaged) << "is damaged";
        QTest::newRow("not a database")
            << SQLITE_NOTADB << 0 << int(C::NotADatabase) << "not an SQLite database";
        QTest::newRow("unique") << SQLITE_CONSTRAINT_UNIQUE << 0 << int(C::Conflict) << "UNIQUE";
        QTest::newRow("other") << SQLITE_ERROR << 0 << int(C::Database) << "query: ";
    }
    void storageErrorsNameTheCause()
    {
        QFETCH(int, sqlite);
        QFETCH(int, system);
        QFETCH(int, code);
        QFETCH(QString, fragment);
        QTemporaryDir dir; // on a disk with room, writable
        const Error e = sqliteError(sqlite,
                                    system,
                                    dir.filePath(QStringLiteral("x.sqlite")),
                                    QStringLiteral("query"),
                                    QStringLiteral("UNIQUE or not"));
        QCOMPARE(int(e.code), code);
        QVERIFY2(e.detail.contains(fragment), qPrintable(e.detail));
    }

    void systemErrorsNameTheCause()
    {
        const QString path = QStringLiteral("/tmp/x.csv");
        QCOMPARE(fileError(ENOSPC, path, QStringLiteral("write")).code, Error::Code::DiskFull);
        QCOMPARE(fileError(EDQUOT, path, QStringLiteral("write")).code, Error::Code::DiskFull);
        QCOMPARE(fileError(EROFS, path, QStringLiteral("write")).code, Error::Code::ReadOnly);
        QCOMPARE(fileError(EACCES, path, QStringLiteral("write")).code, Error::Code::ReadOnly);
        const Error io = fileError(EIO, path, QStringLiteral("write"));
        QCOMPARE(io.code, Error::Code::Io);
        QVERIFY2(io.detail.contains(QLatin1String("I/O error")), qPrintable(io.detail));
    }

    // Rows bound from SqlRows (UTF-8 from one buffer) are stored as the same rows bound from
    // QVariants (UTF-16 that SQLite converts): text, NULL, "" and integers alike, over several
    // multi-row statements (70 rows: 32 + 32 + 4 + 2).
    void sqlRowsStoreWhatQVariantsStore()
    {
        test::TempDb t;
        for (const char *table : {"via_variants", "via_rows"})
            QVERIFY(t->exec(
                QStringLiteral("CREATE TABLE %1 (n INTEGER, a, b, c)").arg(QLatin1String(table))));
        const QStringList texts{QString(),
                                QStringLiteral(""),
                                QStringLiteral("plain"),
                                QStringLiteral("Crème brûlée, 500 g"),
                                QStringLiteral("日本の柿"),
                                QStringLiteral("🍓 jam\t\"quoted\"\n"),
                                QString(300, QChar(u'é'))};
        QVariantList variants;
        SqlRows rows;
        for (int i = 0; i < 70; ++i) {
            const QString &s = texts[i % texts.size()];
            const qint64 n = i % 3 ? qint64(i) * 1'000'000'007 : -i;
            variants << n << s << (s.isNull() ? QVariant() : QVariant(s))
                     << (s.isEmpty() ? QVariant() : QVariant(s));
            rows.number(n).text(s).textOrNull(s).nonEmptyOrNull(s);
        }
        const QString what = QStringLiteral("test");
        QVERIFY(insertRows(t.db(), QStringLiteral("INSERT INTO via_variants"), 4, variants, what));
        QVERIFY(insertRows(t.db(), QStringLiteral("INSERT INTO via_rows"), 4, rows, what));
        const auto dump = [&](const char *table) {
            QStringList out;
            auto q = t->exec(QStringLiteral("SELECT quote(n), typeof(n), quote(a), typeof(a), "
                                            "quote(b), typeof(b), quote(c), typeof(c) FROM %1 "
                                            "ORDER BY rowid")
                                 .arg(QLatin1String(table)));
            while (q && q->next())
                for (int c = 0; c < 8; ++c)
                    out << q->value(c).toString();
            return out;
        };
        const QStringList expected = dump("via_variants");
        QCOMPARE(expected.size(), 70 * 8);
        QCOMPARE(dump("via_rows"), expected);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
