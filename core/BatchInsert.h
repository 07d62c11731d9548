#pragma once

#include "core/Database.h"

#include <QVariantList>

#include <vector>

struct sqlite3_stmt;

namespace sk {

// Rows of values for insertRows, kept compactly: integers, NULLs, and text as UTF-8 in one
// buffer, bound to SQLite as they are (a pulled page's sales, a catalog import's products). A
// QVariant per value and UTF-16 text (which SQLite converts to the file's UTF-8 for every value,
// one allocation each) were a fifth of the time a new device spent writing pulled sales.
class SqlRows
{
public:
    void reserve(qsizetype values, qsizetype textBytes);
    qsizetype size() const { return qsizetype(m_values.size()); }
    bool isEmpty() const { return m_values.empty(); }
    SqlRows &number(qint64 v);
    SqlRows &null();
    // The text; a null string is "" (as bindSqlite binds a QString).
    SqlRows &text(QStringView s);
    // The text, or NULL for a null string.
    SqlRows &textOrNull(const QString &s) { return s.isNull() ? null() : text(s); }
    // The text, or NULL for an empty one.
    SqlRows &nonEmptyOrNull(const QString &s) { return s.isEmpty() ? null() : text(s); }
    // UTF-8 text written straight to the end of buffer() (a JSON payload), from `start` on.
    QByteArray &buffer() { return m_text; }
    void written(qsizetype start);
    // Emptied, keeping the room.
    void clear();
    // Binds values [first, first + count) to parameters 1..count of `st`; they stay valid
    // while this object is alive and unchanged. SQLite's result code.
    int bind(sqlite3_stmt *st, qsizetype first, qsizetype count) const;

private:
    // text: `value` is its offset in m_text, `length` its bytes; number: length kNumber.
    struct Value
    {
        qint64 value;
        qint32 length;
    };
    static constexpr qint32 kNumber = -1;
    static constexpr qint32 kNull = -2;
    std::vector<Value> m_values;
    QByteArray m_text;
};

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

// The same for rows held in SqlRows.
Status insertRows(
    Database &db, const QString &head, int columns, const SqlRows &values, const QString &what);

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
