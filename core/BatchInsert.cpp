#include "core/BatchInsert.h"

#include "core/Exports.h"
#include "core/StorageError.h"

#include <QHash>

#include <QStringEncoder>
#include <functional>

#include <sqlite3.h>

namespace sk {

namespace {
// SQLite's failure of `st` as Database names a failed query's (StorageError.h): a full disk, a
// read-only file or a failing disk is said so; anything else keeps SQLite's words.
Status failure(Database &db, sqlite3_stmt *st, const QString &what)
{
    sqlite3 *h = sqlite3_db_handle(st);
    const int code = sqlite3_extended_errcode(h);
    const int primary = code & 0xff;
    const int system
        = primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN ? sqlite3_system_errno(h) : 0;
    return std::unexpected(
        sqliteError(code, system, db.path(), what, QString::fromUtf8(sqlite3_errmsg(h))));
}

// At most kRows rows per statement, in statements of 32, 16, 8, 4, 2 and 1 rows (a few small
// batches are common: a pulled page's sales between two other events). Bigger statements cost
// more to prepare than they save.
constexpr qsizetype kRows = 32;

// "head VALUES (?,?),(?,?)" for `n` rows, made once per head and size on each thread.
const QString &statementText(const QString &head, int columns, qsizetype n)
{
    thread_local QHash<QString, QString> made;
    const QString key = head + u'#' + QString::number(n);
    auto it = made.find(key);
    if (it == made.end()) {
        QString sql = head + QStringLiteral(" VALUES ");
        for (qsizetype r = 0; r < n; ++r) {
            sql += r ? QStringLiteral(",(?") : QStringLiteral("(?");
            for (int c = 1; c < columns; ++c)
                sql += QStringLiteral(",?");
            sql += QLatin1Char(')');
        }
        it = made.insert(key, sql);
    }
    return *it;
}

// Runs `head` with `rows` rows of `columns` values, which `bind(statement, first row, rows)`
// binds; with `columns` 0, runs `head` once as it is.
Status insertBound(Database &db,
                   const QString &head,
                   int columns,
                   qsizetype rows,
                   const std::function<int(sqlite3_stmt *, qsizetype, qsizetype)> &bind,
                   const QString &what)
{
    // As Database::execCached: nothing more is written to a file found damaged.
    if (auto damage = db.damage())
        return std::unexpected(*damage);
    if (columns == 0) { // a statement without values, run once
        auto st = db.sqliteCached(head);
        if (!st)
            return std::unexpected(st.error());
        const int rc = sqlite3_step(*st);
        Status result;
        if (rc != SQLITE_DONE)
            result = failure(db, *st, what);
        sqlite3_reset(*st);
        return result;
    }
    for (qsizetype first = 0; first < rows;) {
        qsizetype n = kRows;
        while (n > rows - first)
            n /= 2;
        auto st = db.sqliteCached(statementText(head, columns, n));
        if (!st)
            return std::unexpected(st.error());
        int rc = bind(*st, first, n);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(*st);
        Status result;
        if (rc != SQLITE_DONE)
            result = failure(db, *st, what);
        sqlite3_reset(*st);
        sqlite3_clear_bindings(*st);
        if (!result)
            return result;
        first += n;
    }
    return {};
}

// Binds values [first, first + count) of `values` to parameters 1..count of `st`; they stay
// alive and unchanged until the bindings are cleared.
int bindValues(sqlite3_stmt *st, const QVariantList &values, qsizetype first, qsizetype count)
{
    return bindSqlite(st, values.constData() + first, count, true);
}

int bindValues(sqlite3_stmt *st, const SqlRows &values, qsizetype first, qsizetype count)
{
    return values.bind(st, first, count);
}

// insertRows for either kind of value list: `columns` values make a row.
template<typename Values>
Status insertValues(
    Database &db, const QString &head, int columns, const Values &values, const QString &what)
{
    return insertBound(
        db,
        head,
        columns,
        columns ? values.size() / columns : 0,
        [&](sqlite3_stmt *st, qsizetype first, qsizetype n) {
            return bindValues(st, values, first * columns, n * columns);
        },
        what);
}
} // namespace

Status insertRows(
    Database &db, const QString &head, int columns, const QVariantList &values, const QString &what)
{
    return insertValues(db, head, columns, values, what);
}

Status insertRows(
    Database &db, const QString &head, int columns, const SqlRows &values, const QString &what)
{
    return insertValues(db, head, columns, values, what);
}

void SqlRows::reserve(qsizetype values, qsizetype textBytes)
{
    m_values.reserve(size_t(values));
    m_text.reserve(textBytes);
}

SqlRows &SqlRows::number(qint64 v)
{
    m_values.push_back({v, kNumber});
    return *this;
}

SqlRows &SqlRows::null()
{
    m_values.push_back({0, kNull});
    return *this;
}

SqlRows &SqlRows::text(QStringView s)
{
    // Room for the longest UTF-8 form, then cut to what the encoder wrote (no reallocation).
    const qsizetype at = m_text.size();
    m_text.resize(at + s.size() * 3);
    // Stateless: a lone surrogate at the end becomes U+FFFD, as QString::toUtf8 writes it.
    QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    char *end = utf8.appendToBuffer(m_text.data() + at, s);
    m_text.resize(end - m_text.constData());
    written(at);
    return *this;
}

void SqlRows::written(qsizetype start)
{
    m_values.push_back({start, qint32(m_text.size() - start)});
}

void SqlRows::clear()
{
    m_values.clear();
    m_text.resize(0);
}

int SqlRows::bind(sqlite3_stmt *st, qsizetype first, qsizetype count) const
{
    for (qsizetype i = 0; i < count; ++i) {
        const Value &v = m_values[size_t(first + i)];
        const int n = int(i) + 1;
        int rc = SQLITE_OK;
        if (v.length == kNull)
            rc = sqlite3_bind_null(st, n);
        else if (v.length == kNumber)
            rc = sqlite3_bind_int64(st, n, v.value);
        else // never a null pointer, which SQLite would bind as NULL
            rc = sqlite3_bind_text(st, n, m_text.constData() + v.value, v.length, SQLITE_STATIC);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

Result<qint64> stepOnce(
    Database &db, const QString &sql, const QVariantList &binds, const QString &what, bool changes)
{
    if (auto damage = db.damage())
        return std::unexpected(*damage);
    auto st = db.sqliteCached(sql);
    if (!st)
        return std::unexpected(st.error());
    int rc = bindSqlite(*st, binds.constData(), binds.size(), true);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(*st);
    Result<qint64> result = 0;
    if (rc == SQLITE_ROW && !changes)
        result = sqlite3_column_int64(*st, 0);
    else if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        result = changes ? sqlite3_changes(sqlite3_db_handle(*st)) : 0;
    else
        result = std::unexpected(failure(db, *st, what).error());
    sqlite3_reset(*st);
    sqlite3_clear_bindings(*st);
    return result;
}

} // namespace sk
