#include "Catalog.h"
#include "DemoData.h"
#include "MarketDay.h"
#include "SaleRepository.h"
#include "Schema.h"
#include "TestSupport.h"
#include "sync/SyncEngine.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlRecord>
#include <QtTest>

#include <sqlite3.h>

using namespace sk;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
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
        const QString backup = t.dir() + QStringLiteral("/backups/b1.sqlite");
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
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
