#pragma once

#include "core/Database.h"

#include <QList>
#include <QStringList>

#include <type_traits>
#include <utility>

namespace sk {

// A statement run for its effect: its error, or nothing.
inline Status executed(const Result<QSqlQuery> &q)
{
    if (!q)
        return std::unexpected(q.error());
    return {};
}

// The first column of the first row (a null QVariant when there is none); the query's error
// when it failed.
inline Result<QVariant> firstValue(Result<QSqlQuery> q)
{
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return QVariant();
    return q->value(0);
}

// Runs `read` on the first row a query returned, when it returned one (sums, a single record's
// fields); the query's error when it failed.
template<typename Read>
Status readFirstRow(Result<QSqlQuery> q, Read read)
{
    if (!q)
        return std::unexpected(q.error());
    if (q->next())
        read(std::as_const(*q));
    return {};
}

// The first row a query returned, made into a value by `row` (a record looked up by its id or
// name); `none` when it returned no row, the query's error when it failed.
template<typename Row>
auto queryFirstRow(Result<QSqlQuery> q, Row row, Error none)
    -> Result<std::decay_t<std::invoke_result_t<Row &, const QSqlQuery &>>>
{
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::unexpected(std::move(none));
    return row(std::as_const(*q));
}

// The rows a query returned, each made into a value by `row` (which reads the query's current
// row); the query's error when it failed.
template<typename Row>
auto queryRows(Result<QSqlQuery> q, Row row)
    -> Result<QList<std::decay_t<std::invoke_result_t<Row &, const QSqlQuery &>>>>
{
    if (!q)
        return std::unexpected(q.error());
    QList<std::decay_t<std::invoke_result_t<Row &, const QSqlQuery &>>> out;
    while (q->next())
        out << row(std::as_const(*q));
    return out;
}

// The same, running `sql` with `binds` first.
template<typename Row>
auto queryRows(Database &db, const QString &sql, std::initializer_list<QVariant> binds, Row row)
{
    return queryRows(db.exec(sql, binds), std::move(row));
}

// The same where `read` may give nothing (a std::optional or a Result): the rows it cannot
// read are passed over.
template<typename Read>
auto queryReadableRows(Result<QSqlQuery> q, Read read) -> Result<
    QList<typename std::decay_t<std::invoke_result_t<Read &, const QSqlQuery &>>::value_type>>
{
    if (!q)
        return std::unexpected(q.error());
    QList<typename std::decay_t<std::invoke_result_t<Read &, const QSqlQuery &>>::value_type> out;
    while (q->next())
        if (auto v = read(std::as_const(*q)))
            out << std::move(*v);
    return out;
}

// A two-column query's rows as a map from the first column (an id, a code) to the second as a
// whole number (a count, a quantity, an amount): `Map` is a QMap or a QHash of them.
template<typename Map>
Result<Map> queryTotals(Result<QSqlQuery> q)
{
    if (!q)
        return std::unexpected(q.error());
    Map out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toLongLong());
    return out;
}

// The first column of every row, as text (ids, codes).
inline Result<QStringList>
queryTexts(Database &db, const QString &sql, std::initializer_list<QVariant> binds = {})
{
    return queryRows(db, sql, binds, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

} // namespace sk
