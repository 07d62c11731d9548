#include "app/server/StoreConnection.h"

#include "app/server/StoreSupport.h"
#include "app/server/WalCheckpointer.h"
#include "core/DatabaseRows.h"
#include "core/Exports.h"
#include "core/StorageError.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>

namespace sk::server {

namespace {
QAtomicInteger<quint64> g_connections;

QString parameterRows(int rows, int columns)
{
    QString row = QStringLiteral("(?");
    for (int c = 1; c < columns; ++c)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    QString out;
    out.reserve(rows * (row.size() + 2));
    for (int r = 0; r < rows; ++r) {
        if (r)
            out += QStringLiteral(", ");
        out += row;
    }
    return out;
}
} // namespace

Result<std::unique_ptr<StoreConnection>> StoreConnection::open(const QString &spec)
{
    std::unique_ptr<StoreConnection> s(new StoreConnection);
    s->m_connection = QStringLiteral("sk-server-%1").arg(g_connections.fetchAndAddRelaxed(1));
    s->m_spec = spec;
    if (spec.startsWith(QLatin1String("postgresql://"))
        || spec.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(spec);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
            return fail(
                Error::Code::InvalidInput,
                QStringLiteral("database URL must look like postgresql://user@host:5432/db"));
        s->m_postgres = true;
        s->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), s->m_connection);
        if (!s->m_db.isValid())
            return fail(Error::Code::Database,
                        QStringLiteral("the PostgreSQL driver for Qt (QPSQL, package "
                                       "libqt6sql6-psql) is not installed"));
        s->m_db.setHostName(url.host());
        s->m_db.setPort(url.port(5432));
        s->m_db.setDatabaseName(url.path().mid(1));
        s->m_db.setUserName(url.userName());
        s->m_db.setPassword(url.password());
        s->m_db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    } else {
        const QFileInfo fi(spec);
        if (spec.isEmpty() || fi.isDir())
            return fail(Error::Code::InvalidInput, QStringLiteral("--db needs a file name"));
        if (auto folder = requireFolderOf(spec, QStringLiteral("server database")); !folder)
            return std::unexpected(folder.error());
        s->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), s->m_connection);
        s->m_db.setDatabaseName(spec);
        s->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!s->m_db.open())
        return fail(
            Error::Code::Database,
            QStringLiteral("cannot open the server database: %1").arg(s->m_db.lastError().text()));
    if (!s->m_postgres) {
        // A push of 500 sales writes a few MB: the 64 MB page cache keeps a transaction's pages
        // in memory until its commit instead of spilling them to the WAL half-way. A new
        // database gets 16 KB pages: a pushed sale's 3 KB event fills a 4 KB page only 3/4,
        // and the WAL is written one page per system call.
        for (const char *p : {"PRAGMA page_size = 16384",
                              "PRAGMA journal_mode = WAL",
                              "PRAGMA synchronous = FULL",
                              "PRAGMA foreign_keys = ON",
                              "PRAGMA cache_size = -65536",
                              "PRAGMA journal_size_limit = 67108864"})
            if (auto r = s->exec(QString::fromLatin1(p)); !r)
                return std::unexpected(r.error());
        if (spec != u":memory:") {
            sqlite3 *handle = s->sqliteHandle();
            if (!handle)
                return std::unexpected(Error::database(QStringLiteral("no SQLite handle")));
            s->m_checkpointer = std::make_unique<WalCheckpointer>(spec);
            sqlite3_wal_hook(handle, &WalCheckpointer::committed, s->m_checkpointer.get());
        }
    }
    return s;
}

StoreConnection::~StoreConnection()
{
    if (m_checkpointer)
        sqlite3_wal_hook(m_sqlite, nullptr, nullptr);
    m_checkpointer.reset();
    for (sqlite3_stmt *stmt : std::as_const(m_sqliteStatements))
        sqlite3_finalize(stmt);
    m_prepared.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Result<QSqlQuery> StoreConnection::exec(const QString &sql, std::initializer_list<QVariant> binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    bool ran = false;
    if (binds.size() == 0) {
        ran = q.exec(sql);
    } else {
        if (!q.prepare(sql))
            return std::unexpected(
                Error::database(QStringLiteral("prepare: %1").arg(q.lastError().text())));
        int i = 0;
        for (const QVariant &b : binds)
            q.bindValue(i++, b);
        ran = q.exec();
    }
    if (!ran) {
        const QString text = q.lastError().text();
        Error::Code code = Error::Code::Database;
        if (text.contains(u"UNIQUE") || text.contains(u"unique") || text.contains(u"duplicate key"))
            code = Error::Code::Conflict;
        return fail(code, QStringLiteral("query: %1").arg(text));
    }
    return q;
}

Result<QVariant> StoreConnection::scalar(const QString &sql, std::initializer_list<QVariant> binds)
{
    return firstValue(exec(sql, binds));
}

Result<QSqlQuery *> StoreConnection::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return std::unexpected(
                Error::database(QStringLiteral("prepare: %1").arg(q.lastError().text())));
        it = m_prepared.insert(sql, q);
    }
    return &it.value();
}

Result<QSqlQuery *> StoreConnection::run(const QString &sql, const QVariantList &binds)
{
    auto q = prepared(sql);
    if (!q)
        return q;
    for (qsizetype i = 0; i < binds.size(); ++i)
        (*q)->bindValue(int(i), binds[i]);
    if (!(*q)->exec()) {
        const QString text = (*q)->lastError().text();
        // A failed statement may be half-way through a result set: drop it, prepare anew.
        m_prepared.remove(sql);
        return fail(Error::Code::Database, QStringLiteral("query: %1").arg(text));
    }
    return q;
}

Status StoreConnection::insertRows(const QString &head,
                                   const QString &tail,
                                   int columns,
                                   const QVariantList &values)
{
    const qsizetype rows = values.size() / columns;
    if (!m_postgres)
        return insertRowsSqlite(QStringLiteral("INSERT INTO %1 VALUES %2 %3")
                                    .arg(head, parameterRows(1, columns), tail),
                                columns,
                                values);
    for (qsizetype done = 0; done < rows; done += kRowsPerStatement) {
        const int n = int(std::min<qsizetype>(kRowsPerStatement, rows - done));
        const QString sql = QStringLiteral("INSERT INTO %1 VALUES %2 %3")
                                .arg(head, parameterRows(n, columns), tail);
        auto r = run(sql, values.mid(done * columns, qsizetype(n) * columns));
        if (!r)
            return std::unexpected(r.error());
    }
    return {};
}

Error StoreConnection::sqliteError(const char *what) const
{
    return Error::database(QStringLiteral("%1: %2").arg(
        QLatin1String(what), QString::fromUtf8(m_sqlite ? sqlite3_errmsg(m_sqlite) : "no handle")));
}

sqlite3 *StoreConnection::sqliteHandle()
{
    if (!m_sqlite)
        m_sqlite = sk::sqliteHandle(m_db);
    return m_sqlite;
}

Result<QString> StoreConnection::leaveSyncToCaller()
{
    if (m_postgres)
        return QString();
    sqlite3 *db = sqliteHandle();
    const char *main = db ? sqlite3_db_filename(db, "main") : nullptr;
    if (!main || !*main)
        return fail(Error::Code::InvalidInput, QStringLiteral("the store has no WAL file"));
    if (auto r = exec(QStringLiteral("PRAGMA synchronous = NORMAL")); !r)
        return std::unexpected(r.error());
    return QString::fromUtf8(sqlite3_filename_wal(main));
}

Result<sqlite3_stmt *> StoreConnection::sqliteStatement(const QString &sql)
{
    if (!sqliteHandle())
        return std::unexpected(Error::database(QStringLiteral("no SQLite handle")));
    sqlite3_stmt *&stmt = m_sqliteStatements[sql];
    if (!stmt) {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(m_sqlite,
                               text.constData(),
                               int(text.size()),
                               SQLITE_PREPARE_PERSISTENT,
                               &stmt,
                               nullptr)
            != SQLITE_OK) {
            m_sqliteStatements.remove(sql);
            return std::unexpected(sqliteError("prepare"));
        }
    }
    return stmt;
}

Status
StoreConnection::insertRowsSqlite(const QString &sql, int columns, const QVariantList &values)
{
    auto stmt = sqliteStatement(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    // The rows outlive every step, so their text is bound in place rather than copied (a
    // sale's 3 KB payload, and every id); the bindings are cleared before `values` goes.
    const StatementUse use{*stmt};
    for (qsizetype row = 0; row + columns <= values.size(); row += columns) {
        if (bindSqlite(*stmt, values.constData() + row, columns, true) != SQLITE_OK)
            return std::unexpected(sqliteError("bind"));
        const int rc = sqlite3_step(*stmt);
        sqlite3_reset(*stmt);
        if (rc != SQLITE_DONE)
            return std::unexpected(sqliteError("insert"));
    }
    return {};
}

StoreTransaction::StoreTransaction(StoreConnection &db, Kind kind)
    : ScopedTransaction(db)
{
    if (kind == Kind::Write)
        begin(db.postgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    else
        begin(db.postgres() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")
                            : QStringLiteral("BEGIN"));
}

} // namespace sk::server
