#pragma once

#include "core/Error.h"
#include "core/ScopedTransaction.h"

#include <QByteArrayView>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace sk::server {

class WalCheckpointer;

// One connection to the server's store and the SQL dialect it speaks: an SQLite file, or
// PostgreSQL through Qt's QPSQL driver. The statements of ServerStore's files are written
// once for both; what differs (pragmas, BEGIN IMMEDIATE or a row lock, multi-row inserts or
// SQLite's own reused statements, how text is bound) is decided here. Core's Database is the
// device's SQLite connection (its pragmas, its damage hooks, its device row); its free helpers
// sqliteHandle() and bindSqlite() (core/Exports.h) serve this connection's SQLite side too.
// One StoreConnection per thread.
class StoreConnection
{
public:
    // Connects to `spec` as ServerStore::open() takes it, with the pragmas and the
    // checkpointer an SQLite store needs; no migrations (ServerSchema.cpp runs them).
    static Result<std::unique_ptr<StoreConnection>> open(const QString &spec);
    ~StoreConnection();
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    bool postgres() const { return m_postgres; }
    // Rows per multi-row INSERT and ids per lookup: well under the bound-value limits of SQLite
    // (32,766) and PostgreSQL (65,535) at 15 columns, and few distinct statements to prepare.
    static constexpr int kRowsPerStatement = 100;
    const QString &spec() const { return m_spec; }

    // Prepare, bind and run; a statement without values runs unprepared (PostgreSQL cannot
    // PREPARE transaction control or DDL, and those never carry input). A broken unique key
    // is a Conflict.
    Result<QSqlQuery> exec(const QString &sql, std::initializer_list<QVariant> binds = {});
    Result<QVariant> scalar(const QString &sql, std::initializer_list<QVariant> binds = {});
    // Like exec, for hot paths: the statement is prepared once per connection and reused. The
    // query stays valid until the same SQL runs again; finish() it once its rows are read.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &binds);
    // INSERT INTO `head` VALUES (...), ... `tail`: `values` holds the rows' `columns` values
    // one row after the other. SQLite: one reused statement stepped per row; PostgreSQL:
    // multi-row statements.
    Status
    insertRows(const QString &head, const QString &tail, int columns, const QVariantList &values);

    // Text as this dialect binds it best: UTF-8 bytes for SQLite, which stores them as they
    // are (bound as UTF-16 they were converted value by value inside SQLite); a QString for
    // PostgreSQL's driver.
    QVariant text(const QString &s) const
    {
        return m_postgres ? QVariant(s) : QVariant(s.toUtf8());
    }
    // The same for a view into bytes that live until the statements ran: bound in place.
    QVariant bytes(QByteArrayView v) const
    {
        return m_postgres ? QVariant(QString::fromUtf8(v))
                          : QVariant(QByteArray::fromRawData(v.data(), v.size()));
    }

    // SQLite's own interface, for the push's inserts and the pull's and projection's reads:
    // statements prepared once and reused (bound with bindSqlite), text read in place. Through
    // QSqlQuery every value became a QVariant copy and every text was converted to UTF-16 and
    // back (a sale's 3 KB payload twice over). Not for PostgreSQL.
    Result<sqlite3_stmt *> sqliteStatement(const QString &sql);
    Error sqliteError(const char *what) const;

    // SQLite: this connection's commits stop waiting for the WAL to reach the disk (see
    // ServerStore::leaveSyncToCaller).
    Result<QString> leaveSyncToCaller();

private:
    StoreConnection() = default;
    Result<QSqlQuery *> prepared(const QString &sql);
    Status insertRowsSqlite(const QString &sql, int columns, const QVariantList &values);
    sqlite3 *sqliteHandle(); // m_db's own (SQLite), nullptr on PostgreSQL

    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_prepared;
    // SQLite: checkpoints the WAL on its own thread (WalCheckpointer.h).
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    sqlite3 *m_sqlite = nullptr; // m_db's own handle (SQLite)
    QHash<QString, sqlite3_stmt *> m_sqliteStatements;
    QString m_connection;
    QString m_spec;
    bool m_postgres = false;
};

// A transaction on a StoreConnection, in the shape of core's Transaction (core/Database.h):
// a write transaction takes the write lock up front on SQLite (BEGIN IMMEDIATE) and is a plain
// BEGIN on PostgreSQL, where row locks (SELECT ... FOR UPDATE) order the writers; a read
// transaction sees one moment (REPEATABLE READ on PostgreSQL). Rolled back unless commit()
// succeeded, so every early return leaves it closed. One at a time per connection.
class StoreTransaction : public ScopedTransaction<StoreConnection>
{
public:
    enum class Kind { Write, Read };
    explicit StoreTransaction(StoreConnection &db, Kind kind = Kind::Write);
};

} // namespace sk::server
