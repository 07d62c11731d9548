#pragma once

#include "core/Error.h"
#include "core/Ids.h"
#include "core/ScopedTransaction.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace sk {

class DatabaseFile;

// What a backup holds, read before anything is replaced.
struct BackupSummary
{
    QString path;
    int schema = 0;
    QString deviceCode;
    qint64 sales = 0;
    QDate lastSaleDate; // local business date of the newest sale; invalid when none
    qint64 products = 0;
    // "b.sqlite holds 42 sale(s), the last on 2026-06-01, and 25 product(s) (device K7Q, schema 8)"
    QString describe() const;
};

struct RestoreReport
{
    BackupSummary backup;
    QString keptAs; // the replaced database, kept beside it
};

// Owns one SQLite connection (QtSql, QSQLITE) with the pragmas every Stallkeeper connection
// needs: WAL, synchronous=FULL, foreign keys, a busy timeout, cell_size_check (damaged pages
// fail rather than read as blank rows). Opening runs the numbered migrations (PRAGMA
// user_version) in one transaction; a file from a newer schema is refused and left untouched.
// Only a path that does not exist becomes a new database: an empty or foreign file is refused.
// One Database per thread: worker threads open their own.
//
// Damage: an SQLITE_CORRUPT or SQLITE_NOTADB from any statement on any connection of this
// process to the file, or an integrity check that finds problems, marks the file damaged. From
// then on every write is refused (a commit hook turns each write transaction into a rollback,
// whichever code path prepared it) until a restore replaces the content.
class Database
{
public:
    static constexpr int kSchemaVersion = 23;

    // <user data folder>/stallkeeper.sqlite (QStandardPaths::AppDataLocation).
    static QString defaultPath();

    struct Options
    {
        bool readOnly = false;
        bool createIfMissing = true;
        // Read-only inspection of an older file (backups): no upgrade is needed or made.
        bool allowOldSchema = false;
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, {}); }
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &sql() { return m_db; }
    const QString &path() const { return m_path; }
    const QString &deviceId() const { return m_deviceId; }
    const QString &deviceCode() const { return m_deviceCode; }

    // Process-wide hybrid logical clock, seeded from the newest timestamp in the file.
    static Hlc &hlc();

    // Prepare + bind + exec in one call; positional binds. Never paste values into SQL.
    Result<QSqlQuery> exec(const QString &sql, std::initializer_list<QVariant> binds = {});
    Result<QVariant> scalar(const QString &sql, std::initializer_list<QVariant> binds = {});
    // Like exec, for hot paths: the statement is prepared once per connection and reused.
    Status execCached(const QString &sql, std::initializer_list<QVariant> binds);
    // A statement on the connection's own SQLite handle, prepared once and kept until the
    // Database goes (hot paths that bind many values: no QVariant per value). The caller binds,
    // steps, then resets it and clears its bindings.
    Result<sqlite3_stmt *> sqliteCached(const QString &sql);
    // Like exec with a statement prepared once per connection. The query stays valid until the
    // same SQL runs again; finish() it once its rows are read.
    Result<QSqlQuery *> queryCached(const QString &sql, std::initializer_list<QVariant> binds);
    // The first column of the first row, from a statement prepared once per connection.
    Result<QVariant> scalarCached(const QString &sql, std::initializer_list<QVariant> binds);

    // PRAGMA integrity_check; returns the problems found (empty when the file is sound). Problems
    // mark the file damaged.
    Result<QStringList> integrityCheck();

    bool damaged() const;
    std::optional<Error> damage() const;
    // Told once per damaged file, from the thread that found it, possibly inside SQLite: post
    // the news elsewhere, never query from the handler. The desktop app offers a restore.
    using DamageHandler = std::function<void(const QString &path, const Error &damage)>;
    static void setDamageHandler(DamageHandler handler);

    // Consistent copy through SQLite itself (VACUUM INTO a temporary file in the destination's
    // folder, fsync, verify with integrity_check, rename into place). Safe while other
    // connections are writing. A destination that is (or leads to) this database, its -wal or
    // -shm, or any SQLite file, is refused.
    Status backupTo(const QString &destination);

    // Proves that `source` can replace `database`, reading it only: not that same file, an
    // SQLite file (header), integrity_check clean, a schema this build knows, a device row; and
    // says what it holds.
    static Result<BackupSummary> inspectBackup(const QString &source, const QString &database = {});
    // Replace this database's content with a proven `source` through the SQLite backup API;
    // connections other processes hold stay valid. The replaced content is first kept beside
    // the database as <db>.before-restore-<yyyyMMdd-HHmmss> (through SQLite, consistent, pages
    // as they are). On failure nothing changes.
    Result<RestoreReport> restoreFrom(const QString &source);
    // The same for a database file that cannot be opened (damaged header, truncated): the new
    // file is written beside it and renamed into place; the old one (and its -wal) is kept.
    static Result<RestoreReport> restoreFile(const QString &databasePath, const QString &source);

    // Number of outbox events not yet acknowledged by the server.
    Result<qint64> pendingOutboxCount();

    // Business settings stored in the database (they sync); local ones never leave the device.
    QString setting(const QString &key, const QString &fallback = {});
    Status setSetting(const QString &key, const QString &value);
    QString localSetting(const QString &key, const QString &fallback = {});
    Status setLocalSetting(const QString &key, const QString &value);

    // The error of a failed query, naming the real cause (StorageError.h). The member form
    // also names the file and reads the operating system's errno.
    static Error sqlError(const QSqlQuery &q, const QString &what);
    Error error(const QSqlQuery &q, const QString &what) const;

private:
    Database() = default;
    Status configure(const Options &options);
    Status migrate();
    Status ensureDevice(bool mayCreate);
    sqlite3 *handle() const;
    void installHooks();
    void markDamaged(const Error &damage) const;
    Error damagedError() const;
    Result<QString> keepBeforeRestore();
    static int onStatementEnd(unsigned type, void *database, void *statement, void *);
    static int onCommit(void *file);
    // Finalizes every statement the connection prepared once (before it closes or its content
    // is replaced).
    void dropStatements();

    QSqlDatabase m_db;
    std::shared_ptr<DatabaseFile> m_file;
    // The statements prepared once per connection, by their SQL: as a QSqlQuery (queryCached,
    // execCached, scalarCached) and as SQLite's own (sqliteCached), each form once it is asked.
    // A node map: a query handed out stays where it is while other statements are added.
    struct CachedStatement
    {
        std::optional<QSqlQuery> query;
        sqlite3_stmt *raw = nullptr;
    };
    std::unordered_map<QString, CachedStatement> m_statements;
    QString m_connectionName;
    QString m_path;
    QString m_deviceId;
    QString m_deviceCode;
};

// RAII write transaction (BEGIN IMMEDIATE, so the write lock is taken up front and a busy
// database fails here rather than halfway through). Rolls back unless commit() succeeded.
class Transaction : public ScopedTransaction<Database>
{
public:
    explicit Transaction(Database &db);
};

} // namespace sk
