#include "core/Database.h"

#include "core/Backups.h"
#include "core/DatabaseRows.h"
#include "core/FileSafety.h"
#include "core/Schema.h"
#include "core/StorageError.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlResult>
#include <QStandardPaths>

#include <sqlite3.h>

namespace sk {

namespace {
QAtomicInteger<quint64> g_connectionCounter;

// Does this prepared statement write? (BEGIN, COMMIT and ROLLBACK count as not writing.)
bool writes(const QSqlQuery &q)
{
    const QVariant h = q.result() ? q.result()->handle() : QVariant();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3_stmt*") == 0)
        if (auto *st = *static_cast<sqlite3_stmt *const *>(h.constData()))
            return !sqlite3_stmt_readonly(st);
    return true;
}

QString sqlText(const QSqlError &e)
{
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

QString randomDeviceCode()
{
    // Short, unambiguous, printed on receipts: 3 characters without 0/O/1/I.
    static const char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString code;
    for (int i = 0; i < 3; ++i)
        code.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]));
    return code;
}
} // namespace

QString Database::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/stallkeeper");
    return dir + QStringLiteral("/stallkeeper.sqlite");
}

Hlc &Database::hlc()
{
    static Hlc clock;
    return clock;
}

// Qt binds a null QString as SQL NULL; Stallkeeper's text columns mean "" by an empty string.
// A deliberate NULL is an invalid QVariant or one made from a QMetaType alone.
static QVariant bindable(const QVariant &v)
{
    if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QString(QLatin1String("")));
    return v;
}

Error Database::sqlError(const QSqlQuery &q, const QString &what)
{
    const QSqlError e = q.lastError();
    return sqliteError(e.nativeErrorCode().toInt(), 0, QString(), what, sqlText(e));
}

Error Database::error(const QSqlQuery &q, const QString &what) const
{
    const QSqlError e = q.lastError();
    const int code = e.nativeErrorCode().toInt();
    // The commit hook refused a write to a damaged file.
    if (code == SQLITE_CONSTRAINT_COMMITHOOK && damaged())
        return damagedError();
    sqlite3 *h = handle();
    const int primary = code & 0xff;
    const int system = h && (primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN)
                           ? sqlite3_system_errno(h)
                           : 0;
    Error err = sqliteError(code, system, m_path, what, sqlText(e));
    if (err.code == Error::Code::Damaged || err.code == Error::Code::NotADatabase)
        markDamaged(err);
    return err;
}

sqlite3 *Database::handle() const
{
    const QVariant h = m_db.isValid() && m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(h.constData());
    return nullptr;
}

int Database::onStatementEnd(unsigned type, void *database, void *statement, void *)
{
    if (type != SQLITE_TRACE_PROFILE)
        return 0;
    sqlite3 *h = sqlite3_db_handle(static_cast<sqlite3_stmt *>(statement));
    const int code = sqlite3_extended_errcode(h);
    if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB) {
        const auto *db = static_cast<const Database *>(database);
        db->markDamaged(sqliteError(
            code, 0, db->m_path, QStringLiteral("query"), QString::fromUtf8(sqlite3_errmsg(h))));
    }
    return 0;
}

int Database::onCommit(void *file)
{
    // Non-zero turns the commit into a rollback: nothing reaches a damaged file.
    return static_cast<const DatabaseFile *>(file)->damaged() ? 1 : 0;
}

void Database::installHooks()
{
    // The profile trace runs when each statement ends, also after an error that the caller only
    // saw as next() returning false; the commit hook sees every write transaction, whichever
    // code path prepared it (QtSql, cached statements, the raw handle).
    if (sqlite3 *h = handle()) {
        sqlite3_trace_v2(h, SQLITE_TRACE_PROFILE, &Database::onStatementEnd, this);
        sqlite3_commit_hook(h, &Database::onCommit, m_file.get());
    }
}

void Database::markDamaged(const Error &damage) const
{
    if (!m_file || m_file->damaged())
        return;
    QString detail = damage.detail;
    if (damage.code == Error::Code::NotADatabase) // it was one when it was opened
        detail = QStringLiteral("%1 is damaged (%2)").arg(m_path, damage.detail);
    m_file->markDamaged({Error::Code::Damaged, detail});
}

bool Database::damaged() const
{
    return m_file && m_file->damaged();
}

std::optional<Error> Database::damage() const
{
    if (!damaged())
        return std::nullopt;
    return damagedError();
}

Error Database::damagedError() const
{
    return {Error::Code::Damaged,
            m_file->damage().detail + QStringLiteral("; nothing more is written to it")};
}

void Database::setDamageHandler(DamageHandler handler)
{
    OpenDatabases::setDamageHandler(std::move(handler));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Options options)
{
    std::unique_ptr<Database> d(new Database);
    d->m_path = path;
    const QFileInfo fi(path);
    {
        // While a file's header is read here no connection of this process opens it, and a
        // file this process has open is never read through a second handle.
        QMutexLocker lock(&OpenDatabases::mutex());
        if (!fi.exists()) {
            // Only a path that does not exist becomes a new database.
            if (!options.createIfMissing || options.readOnly)
                return fail(Error::Code::NotFound, QStringLiteral("no database at %1").arg(path));
            // Whoever owns a default place (defaultPath()) makes its folder first.
            if (auto folder = requireFolderOf(path, QStringLiteral("database")); !folder)
                return std::unexpected(folder.error());
            // Never under the name of another database's -wal, -shm or journal.
            if (auto target = checkOutputPath(path); !target)
                return std::unexpected(target.error());
        } else if (!OpenDatabases::isOpen(path)) {
            if (auto s = checkDatabaseFile(path); !s)
                return std::unexpected(s.error());
        }
        d->m_connectionName
            = QStringLiteral("sk-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
        d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->m_connectionName);
        d->m_db.setDatabaseName(path);
        QString opts = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
        if (options.readOnly)
            opts += QStringLiteral(";QSQLITE_OPEN_READONLY");
        d->m_db.setConnectOptions(opts);
        if (!d->m_db.open()) {
            const QSqlError e = d->m_db.lastError();
            return std::unexpected(sqliteError(e.nativeErrorCode().toInt(),
                                               d->handle() ? sqlite3_system_errno(d->handle()) : 0,
                                               path,
                                               QStringLiteral("open"),
                                               sqlText(e)));
        }
        d->m_file = OpenDatabases::attach(path);
    }
    d->installHooks();
    if (auto s = d->configure(options); !s)
        return std::unexpected(s.error());
    return d;
}

Database::~Database()
{
    dropStatements();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Status Database::configure(const Options &options)
{
    // Damaged pages fail when they are read, rather than come back as blank rows.
    if (auto r = exec(QStringLiteral("PRAGMA cell_size_check = ON")); !r)
        return std::unexpected(r.error());
    // Refuse a file that is not a database, or one from a newer Stallkeeper, before any write;
    // the error names the cause (a full or read-only disk, an I/O error, damage).
    auto version = scalar(QStringLiteral("PRAGMA user_version"));
    if (!version) {
        if (version.error().code != Error::Code::Database)
            return std::unexpected(version.error());
        return fail(
            Error::Code::Database,
            QStringLiteral("%1 could not be read (%2)").arg(m_path, version.error().detail));
    }
    const int v = version->toInt();
    if (v > kSchemaVersion)
        return fail(Error::Code::SchemaTooNew,
                    QStringLiteral("%1 was written by a newer Stallkeeper (schema %2, this "
                                   "version understands up to %3); it was not modified")
                        .arg(m_path)
                        .arg(v)
                        .arg(kSchemaVersion));
    if (v == 0) {
        auto tables = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (tables && tables->toInt() > 0)
            return fail(Error::Code::NotADatabase,
                        QStringLiteral("%1 is an SQLite file but not a Stallkeeper database; "
                                       "it was not modified")
                            .arg(m_path));
    }
    // temp_store stays at its default (files): with MEMORY a year's report sorted its 2M rows
    // in RAM (264 MB peak for sales by item over 912k sales, 8 MB with files, and less CPU).
    const QStringList pragmas
        = {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL")};
    if (!options.readOnly) {
        if (auto r = exec(QStringLiteral("PRAGMA journal_mode = WAL")); !r)
            return std::unexpected(r.error());
    }
    for (const QString &p : pragmas)
        if (auto r = exec(p); !r)
            return std::unexpected(r.error());
    if (options.readOnly) {
        if (v < kSchemaVersion && options.allowOldSchema)
            return {};
        if (v < kSchemaVersion)
            return fail(
                Error::Code::Database,
                QStringLiteral("%1 needs an upgrade; open it read-write first").arg(m_path));
    } else if (v < kSchemaVersion) {
        if (v > 0) {
            // Keep the file as it was before changing its schema, next to the database, under
            // a name no earlier copy has (two upgrades can fall in the same second).
            if (auto b = BackupManager(*this, BackupManager::defaultFolder(*this))
                             .backupNow(QStringLiteral("pre-migration"));
                !b)
                return fail(Error::Code::Io,
                            QStringLiteral("not upgrading %1: the backup before the upgrade "
                                           "failed (%2)")
                                .arg(m_path, b.error().detail));
        }
        if (auto s = migrate(); !s)
            return s;
    }
    if (auto s = ensureDevice(!options.readOnly); !s)
        return s;
    auto maxHlc = scalar(QStringLiteral(
        "SELECT max(h) FROM (SELECT max(hlc) AS h FROM outbox UNION ALL SELECT max(hlc) FROM "
        "stock_movements UNION ALL SELECT max(hlc) FROM sales)"));
    if (maxHlc && !maxHlc->isNull())
        hlc().observe(maxHlc->toLongLong());
    return {};
}

Status Database::migrate()
{
    Transaction tx(*this);
    if (auto b = tx.begun(); !b)
        return b;
    // Re-read inside the write lock: another process may have migrated meanwhile.
    auto version = scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return std::unexpected(version.error());
    for (const Migration &m : migrations()) {
        if (m.version <= version->toInt())
            continue;
        for (const QString &stmt : m.statements) {
            // A column a re-run (or another branch's migration) already added is left as is.
            static const QRegularExpression addColumn(
                QStringLiteral("^ALTER TABLE (\\w+) ADD COLUMN (\\w+)"));
            if (const auto a = addColumn.match(stmt); a.hasMatch()) {
                auto has = scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info(?) "
                                                 "WHERE name = ?"),
                                  {a.captured(1), a.captured(2)});
                if (has && has->toInt() > 0)
                    continue;
            }
            if (auto r = exec(stmt); !r)
                return fail(
                    Error::Code::Database,
                    QStringLiteral("migration %1 failed: %2").arg(m.version).arg(r.error().detail));
        }
        if (auto r = exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)); !r)
            return std::unexpected(r.error());
    }
    return tx.commit();
}

Status Database::ensureDevice(bool mayCreate)
{
    auto row
        = exec(QStringLiteral("SELECT device_id, device_code FROM device WHERE singleton = 1"));
    if (!row)
        return std::unexpected(row.error());
    if (row->next()) {
        m_deviceId = row->value(0).toString();
        m_deviceCode = row->value(1).toString();
        return {};
    }
    if (!mayCreate) // a read-only look at a backup
        return {};
    const QString id = newUuid7();
    const QString code = randomDeviceCode();
    auto ins
        = exec(QStringLiteral("INSERT OR IGNORE INTO device (singleton, device_id, device_code, "
                              "created_at) VALUES (1, ?, ?, ?)"),
               {id, code, Clock::nowMs()});
    if (!ins)
        return std::unexpected(ins.error());
    return ensureDevice(true);
}

Result<QSqlQuery> Database::exec(const QString &sql, std::initializer_list<QVariant> binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return std::unexpected(error(q, QStringLiteral("prepare")));
    if (damaged() && writes(q))
        return std::unexpected(damagedError());
    int i = 0;
    for (const QVariant &b : binds)
        q.bindValue(i++, bindable(b));
    if (!q.exec())
        return std::unexpected(error(q, QStringLiteral("query")));
    return q;
}

void Database::dropStatements()
{
    for (auto &[sql, c] : m_statements)
        sqlite3_finalize(c.raw); // a no-op for nullptr
    m_statements.clear();
}

Status Database::execCached(const QString &sql, std::initializer_list<QVariant> binds)
{
    auto q = queryCached(sql, binds);
    if (!q)
        return std::unexpected(q.error());
    (*q)->finish();
    return {};
}

Result<sqlite3_stmt *> Database::sqliteCached(const QString &sql)
{
    CachedStatement &c = m_statements[sql];
    if (c.raw)
        return c.raw;
    sqlite3 *h = handle();
    if (!h)
        return fail(Error::Code::Database, QStringLiteral("no SQLite handle"));
    sqlite3_stmt *st = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(
            h, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &st, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(st);
        return fail(Error::Code::Database,
                    QStringLiteral("prepare: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))));
    }
    c.raw = st;
    return st;
}

Result<QSqlQuery *> Database::queryCached(const QString &sql, std::initializer_list<QVariant> binds)
{
    CachedStatement &c = m_statements[sql];
    if (!c.query) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return std::unexpected(error(q, QStringLiteral("prepare")));
        c.query = std::move(q);
    }
    QSqlQuery &q = *c.query;
    if (damaged() && writes(q))
        return std::unexpected(damagedError());
    int i = 0;
    for (const QVariant &b : binds)
        q.bindValue(i++, bindable(b));
    if (!q.exec()) {
        Error e = error(q, QStringLiteral("query"));
        q.finish();
        return std::unexpected(e);
    }
    return &q;
}

Result<QVariant> Database::scalarCached(const QString &sql, std::initializer_list<QVariant> binds)
{
    auto q = queryCached(sql, binds);
    if (!q)
        return std::unexpected(q.error());
    QVariant v = (*q)->next() ? (*q)->value(0) : QVariant();
    (*q)->finish();
    return v;
}

Result<QVariant> Database::scalar(const QString &sql, std::initializer_list<QVariant> binds)
{
    return firstValue(exec(sql, binds));
}

Result<QStringList> Database::integrityCheck()
{
    auto q = exec(QStringLiteral("PRAGMA integrity_check"));
    if (!q)
        return std::unexpected(q.error());
    QStringList problems;
    while (q->next()) {
        // One row may hold several problems, under a "*** in database main ***" heading.
        for (const QString &line : q->value(0).toString().split(QLatin1Char('\n')))
            if (line != u"ok" && !line.startsWith(u"***") && !line.isEmpty())
                problems << line;
    }
    // A statement that met the damage ends the loop like the last row would.
    if (q->lastError().isValid())
        return std::unexpected(error(*q, QStringLiteral("integrity check")));
    auto fk = exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (fk)
        while (fk->next())
            problems << QStringLiteral("foreign key violation in %1 row %2")
                            .arg(fk->value(0).toString(), fk->value(1).toString());
    if (!problems.isEmpty())
        markDamaged({Error::Code::Damaged,
                     QStringLiteral("%1 is damaged: it failed its integrity check (%2)")
                         .arg(m_path, problems.first())});
    return problems;
}

Status Database::backupTo(const QString &destination)
{
    // A folder that is not there is refused, as for an export (a USB stick not plugged in, a
    // path typed wrong): the copy is not made somewhere the vendor did not look.
    return writeFileThrough(destination, [&](const QString &temporary) -> Status {
        if (auto r = exec(QStringLiteral("VACUUM INTO ?"), {temporary}); !r) {
            const Error::Code c = r.error().code;
            // A full or read-only disk is the destination's, not this database's.
            if (c == Error::Code::DiskFull || c == Error::Code::ReadOnly)
                return std::unexpected(diagnoseWriteFailure(destination));
            return fail(
                c, QStringLiteral("backup to %1 failed: %2").arg(destination, r.error().detail));
        }
        // Verified here; SQLite does not fsync VACUUM INTO's output, writeFileThrough does
        // before the rename.
        auto check = Database::open(
            temporary, {.readOnly = true, .createIfMissing = false, .allowOldSchema = true});
        if (!check)
            return fail(Error::Code::Io,
                        QStringLiteral("backup copy unreadable: %1").arg(check.error().detail));
        auto problems = (*check)->integrityCheck();
        if (!problems)
            return std::unexpected(problems.error());
        if (!problems->isEmpty())
            return fail(Error::Code::Damaged,
                        QStringLiteral("the backup copy failed its integrity check (%1); %2 was "
                                       "not written")
                            .arg(problems->first(), destination));
        return {};
    });
}

Result<qint64> Database::pendingOutboxCount()
{
    // Every unsent event but the rejected ones (few, found through their own index).
    auto v = scalar(QStringLiteral("SELECT (SELECT count(*) FROM outbox_unsent) - (SELECT count(*) "
                                   "FROM outbox WHERE rejected_reason IS NOT NULL AND %1)")
                        .arg(outboxIsUnsent()));
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

QString Database::setting(const QString &key, const QString &fallback)
{
    auto v = scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return (v && !v->isNull()) ? v->toString() : fallback;
}

Status Database::setSetting(const QString &key, const QString &value)
{
    auto r = exec(QStringLiteral("INSERT INTO settings (key, value, hlc) VALUES (?, ?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                 "hlc = excluded.hlc"),
                  {key, value, hlc().now()});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

QString Database::localSetting(const QString &key, const QString &fallback)
{
    auto v = scalar(QStringLiteral("SELECT value FROM local_settings WHERE key = ?"), {key});
    return (v && !v->isNull()) ? v->toString() : fallback;
}

Status Database::setLocalSetting(const QString &key, const QString &value)
{
    auto r = exec(QStringLiteral("INSERT INTO local_settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                  {key, value});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Transaction::Transaction(Database &db)
    : ScopedTransaction(db)
{
    if (auto damage = db.damage())
        refuse(*damage);
    else
        begin(QStringLiteral("BEGIN IMMEDIATE"));
}

} // namespace sk
