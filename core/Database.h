#pragma once

#include "Error.h"
#include "Ids.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <memory>

namespace sk {

// Owns one SQLite connection (QtSql, QSQLITE) with the pragmas every Stallkeeper connection
// needs: WAL, synchronous=FULL, foreign keys, a busy timeout. Opening runs the numbered
// migrations (PRAGMA user_version) in one transaction; a file from a newer schema is refused
// and left untouched. One Database per thread: worker threads open their own.
class Database
{
public:
    static constexpr int kSchemaVersion = 9;

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

    // PRAGMA integrity_check; returns the problems found (empty when the file is sound).
    Result<QStringList> integrityCheck();

    // Consistent copy through SQLite itself (VACUUM INTO a temporary file, fsync, verify with
    // integrity_check, rename into place). Safe while other connections are writing.
    Status backupTo(const QString &destination);

    // Replace this database's content with `source` through the SQLite backup API. The source
    // is verified first (opens, integrity_check ok, schema not newer); on failure nothing changes.
    Status restoreFrom(const QString &source);

    // Number of outbox events not yet acknowledged by the server.
    Result<qint64> pendingOutboxCount();

    // Business settings stored in the database (they sync); local ones never leave the device.
    QString setting(const QString &key, const QString &fallback = {});
    Status setSetting(const QString &key, const QString &value);
    QString localSetting(const QString &key, const QString &fallback = {});
    Status setLocalSetting(const QString &key, const QString &value);

    static Error sqlError(const QSqlQuery &q, const QString &what);

private:
    Database() = default;
    Status configure(const Options &options);
    Status migrate();
    Status ensureDevice();

    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_cache;
    QString m_connectionName;
    QString m_path;
    QString m_deviceId;
    QString m_deviceCode;
};

// RAII write transaction (BEGIN IMMEDIATE, so the write lock is taken up front and a busy
// database fails here rather than halfway through). Rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begun() const { return m_begin; }
    Status commit();
    void rollback();

private:
    Database &m_db;
    Status m_begin;
    bool m_active = false;
};

} // namespace sk
