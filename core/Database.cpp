#include "Database.h"

#include "Schema.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

namespace sk {

namespace {
QAtomicInteger<quint64> g_connectionCounter;

Status fsyncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return fail(Error::Code::Io, QStringLiteral("cannot open %1 to sync it").arg(path));
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return fail(Error::Code::Io, QStringLiteral("cannot sync %1 to disk").arg(path));
    return {};
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
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    Error::Code code = Error::Code::Database;
    if (text.contains(u"UNIQUE constraint failed") || text.contains(u"immutable"))
        code = Error::Code::Conflict;
    return Error{code, QStringLiteral("%1: %2").arg(what, text)};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Options options)
{
    std::unique_ptr<Database> d(new Database);
    d->m_path = path;
    const QFileInfo fi(path);
    if (!fi.exists()) {
        if (!options.createIfMissing || options.readOnly)
            return fail(Error::Code::NotFound, QStringLiteral("no database at %1").arg(path));
        if (!QDir().mkpath(fi.absolutePath()))
            return fail(Error::Code::Io,
                        QStringLiteral("cannot create folder %1").arg(fi.absolutePath()));
    }
    d->m_connectionName = QStringLiteral("sk-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->m_connectionName);
    d->m_db.setDatabaseName(path);
    QString opts = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (options.readOnly)
        opts += QStringLiteral(";QSQLITE_OPEN_READONLY");
    d->m_db.setConnectOptions(opts);
    if (!d->m_db.open())
        return fail(Error::Code::Database,
                    QStringLiteral("cannot open %1: %2").arg(path, d->m_db.lastError().text()));
    if (auto s = d->configure(options); !s)
        return std::unexpected(s.error());
    return d;
}

Database::~Database()
{
    m_cache.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Status Database::configure(const Options &options)
{
    // Refuse a file that is not a database, or one from a newer Stallkeeper, before any write.
    auto version = scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return fail(Error::Code::Database,
                    QStringLiteral("%1 is not a Stallkeeper database (%2)")
                        .arg(m_path, version.error().detail));
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
            return fail(Error::Code::Database,
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
            // Keep the file as it was before changing its schema, next to the database.
            const QString copy = QFileInfo(m_path).absolutePath()
                                 + QStringLiteral("/backups/stallkeeper-%1-pre-migration.sqlite")
                                       .arg(QDateTime::currentDateTimeUtc().toString(
                                           QStringLiteral("yyyyMMdd-HHmmss")));
            if (auto b = backupTo(copy); !b)
                return fail(Error::Code::Io,
                            QStringLiteral("not upgrading %1: the backup before the upgrade "
                                           "failed (%2)")
                                .arg(m_path, b.error().detail));
        }
        if (auto s = migrate(); !s)
            return s;
    }
    if (auto s = ensureDevice(); !s)
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
        for (const QString &stmt : m.statements)
            if (auto r = exec(stmt); !r)
                return fail(
                    Error::Code::Database,
                    QStringLiteral("migration %1 failed: %2").arg(m.version).arg(r.error().detail));
        if (auto r = exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)); !r)
            return std::unexpected(r.error());
    }
    return tx.commit();
}

Status Database::ensureDevice()
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
    const QString id = newUuid7();
    const QString code = randomDeviceCode();
    auto ins
        = exec(QStringLiteral("INSERT OR IGNORE INTO device (singleton, device_id, device_code, "
                              "created_at) VALUES (1, ?, ?, ?)"),
               {id, code, Clock::nowMs()});
    if (!ins)
        return std::unexpected(ins.error());
    return ensureDevice();
}

Result<QSqlQuery> Database::exec(const QString &sql, std::initializer_list<QVariant> binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return std::unexpected(sqlError(q, QStringLiteral("prepare")));
    int i = 0;
    for (const QVariant &b : binds)
        q.bindValue(i++, bindable(b));
    if (!q.exec())
        return std::unexpected(sqlError(q, QStringLiteral("query")));
    return q;
}

Status Database::execCached(const QString &sql, std::initializer_list<QVariant> binds)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return std::unexpected(sqlError(q, QStringLiteral("prepare")));
        it = m_cache.insert(sql, q);
    }
    int i = 0;
    for (const QVariant &b : binds)
        it->bindValue(i++, bindable(b));
    const bool ok = it->exec();
    Status result;
    if (!ok)
        result = std::unexpected(sqlError(*it, QStringLiteral("query")));
    it->finish();
    return result;
}

Result<QVariant> Database::scalar(const QString &sql, std::initializer_list<QVariant> binds)
{
    auto q = exec(sql, binds);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return QVariant();
    return q->value(0);
}

Result<QStringList> Database::integrityCheck()
{
    auto q = exec(QStringLiteral("PRAGMA integrity_check"));
    if (!q)
        return std::unexpected(q.error());
    QStringList problems;
    while (q->next()) {
        const QString line = q->value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    auto fk = exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (fk)
        while (fk->next())
            problems << QStringLiteral("foreign key violation in %1 row %2")
                            .arg(fk->value(0).toString(), fk->value(1).toString());
    return problems;
}

Status Database::backupTo(const QString &destination)
{
    const QFileInfo fi(destination);
    if (!QDir().mkpath(fi.absolutePath()))
        return fail(Error::Code::Io,
                    QStringLiteral("cannot create folder %1").arg(fi.absolutePath()));
    const QString tmp = destination + QStringLiteral(".partial");
    QFile::remove(tmp);
    if (auto r = exec(QStringLiteral("VACUUM INTO ?"), {tmp}); !r) {
        QFile::remove(tmp);
        return fail(Error::Code::Io,
                    QStringLiteral("backup to %1 failed: %2").arg(destination, r.error().detail));
    }
    // SQLite does not fsync VACUUM INTO's output; do it before trusting the copy.
    if (auto s = fsyncPath(tmp); !s) {
        QFile::remove(tmp);
        return s;
    }
    {
        auto check = Database::open(
            tmp, {.readOnly = true, .createIfMissing = false, .allowOldSchema = true});
        if (!check) {
            QFile::remove(tmp);
            return fail(Error::Code::Io,
                        QStringLiteral("backup copy unreadable: %1").arg(check.error().detail));
        }
        auto problems = (*check)->integrityCheck();
        if (!problems || !problems->isEmpty()) {
            check->reset();
            QFile::remove(tmp);
            return fail(Error::Code::Io, QStringLiteral("backup copy failed its integrity check"));
        }
    }
    if (std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(destination).constData())
        != 0) {
        QFile::remove(tmp);
        return fail(Error::Code::Io, QStringLiteral("cannot write %1").arg(destination));
    }
    return fsyncPath(fi.absolutePath());
}

Status Database::restoreFrom(const QString &source)
{
    m_cache.clear();
    if (!QFileInfo::exists(source))
        return fail(Error::Code::NotFound, QStringLiteral("no backup at %1").arg(source));
    {
        auto src = Database::open(
            source, {.readOnly = true, .createIfMissing = false, .allowOldSchema = true});
        if (!src)
            return fail(
                src.error().code,
                QStringLiteral("cannot restore from %1: %2").arg(source, src.error().detail));
        auto problems = (*src)->integrityCheck();
        if (!problems)
            return std::unexpected(problems.error());
        if (!problems->isEmpty())
            return fail(Error::Code::Database,
                        QStringLiteral("%1 is damaged (%2); nothing was restored")
                            .arg(source, problems->first()));
    }
    QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail(Error::Code::Database, QStringLiteral("no SQLite handle for restore"));
    sqlite3 *dst = *static_cast<sqlite3 *const *>(handle.data());
    sqlite3 *src = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(source).constData(), &src, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        sqlite3_close(src);
        return fail(Error::Code::Io, QStringLiteral("cannot open %1").arg(source));
    }
    sqlite3_backup *b = sqlite3_backup_init(dst, "main", src, "main");
    if (!b) {
        const QString msg = QString::fromUtf8(sqlite3_errmsg(dst));
        sqlite3_close(src);
        return fail(Error::Code::Database, QStringLiteral("restore failed: %1").arg(msg));
    }
    int rc;
    do {
        rc = sqlite3_backup_step(b, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    sqlite3_close(src);
    if (rc != SQLITE_DONE)
        return fail(Error::Code::Database,
                    QStringLiteral("restore failed (SQLite code %1)").arg(rc));
    // A backup from an older version is brought up to this schema like any old file.
    auto version = scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return std::unexpected(version.error());
    if (version->toInt() < kSchemaVersion)
        if (auto m = migrate(); !m)
            return m;
    return ensureDevice();
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
    : m_db(db)
{
    auto r = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (r)
        m_active = true;
    else
        m_begin = std::unexpected(r.error());
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return fail(Error::Code::Database, QStringLiteral("no transaction to commit"));
    auto r = m_db.exec(QStringLiteral("COMMIT"));
    if (!r) {
        rollback();
        return std::unexpected(r.error());
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (m_active) {
        // Explicit: after an error SQLite may have undone only the failing statement.
        m_db.exec(QStringLiteral("ROLLBACK"));
        m_active = false;
    }
}

} // namespace sk
