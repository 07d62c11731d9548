#include "BatchInsert.h"

#include "Exports.h"

#include <QHash>

#include <sqlite3.h>

namespace sk {

namespace {
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
} // namespace

Status insertRows(
    Database &db, const QString &head, int columns, const QVariantList &values, const QString &what)
{
    if (columns == 0) { // a statement without values, run once
        auto st = db.sqliteCached(head);
        if (!st)
            return std::unexpected(st.error());
        const int rc = sqlite3_step(*st);
        const QString message = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(*st)));
        sqlite3_reset(*st);
        if (rc != SQLITE_DONE)
            return fail(Error::Code::Database, QStringLiteral("%1: %2").arg(what, message));
        return {};
    }
    const qsizetype rows = values.size() / columns;
    for (qsizetype first = 0; first < rows;) {
        qsizetype n = kRows;
        while (n > rows - first)
            n /= 2;
        auto st = db.sqliteCached(statementText(head, columns, n));
        if (!st)
            return std::unexpected(st.error());
        // The values stay alive and unchanged until the bindings are cleared below.
        int rc = bindSqlite(*st, values.constData() + first * columns, n * columns, true);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(*st);
        const QString message = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(*st)));
        sqlite3_reset(*st);
        sqlite3_clear_bindings(*st);
        if (rc != SQLITE_DONE)
            return fail(Error::Code::Database, QStringLiteral("%1: %2").arg(what, message));
        first += n;
    }
    return {};
}

} // namespace sk
