#pragma once

#include "core/Database.h"

#include <QVariantList>

#include <functional>

struct sqlite3_stmt;

namespace sk {

// Inserts `values` (`columns` per row, in order) with `head` ("INSERT INTO t (a, b)"): 32 rows
// per statement and the rest one by one, each statement prepared once per connection and its
// values bound straight from the list (no QtSql binding per value). Bigger statements cost more
// to prepare than they save. With `columns` 0, runs `head` once as it is. A failure says
// `what` and SQLite's message. The caller holds the transaction.
Status insertRows(Database &db,
                  const QString &head,
                  int columns,
                  const QVariantList &values,
                  const QString &what);

// The same for values the caller binds itself: `bind(statement, first, n)` binds rows
// first .. first + n - 1 (`columns` values each) to the statement's parameters from 1 on and
// gives SQLite's result code. The values stay alive and unchanged until insertRows returns.
Status insertRows(Database &db,
                  const QString &head,
                  int columns,
                  qsizetype rows,
                  const std::function<int(sqlite3_stmt *, qsizetype, qsizetype)> &bind,
                  const QString &what);

// Runs `sql` once with `binds` (bound as insertRows binds them), prepared once per connection:
// the first column of the row it gives as an integer (0 when it gives none), or with `changes`
// the rows it changed. For statements run once per row of a long loop, where QtSql's
// statement and value handling costs more than SQLite's work.
Result<qint64> stepOnce(Database &db,
                        const QString &sql,
                        const QVariantList &binds,
                        const QString &what,
                        bool changes = false);

} // namespace sk
