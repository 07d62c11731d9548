#pragma once

#include "core/Database.h"

#include <QList>
#include <QStringList>

#include <type_traits>
#include <utility>

namespace sk {

// Every row of a query, each made into a value by `make` (given the query on that row).
template<class Make>
auto queryRows(Database &db, const QString &sql, std::initializer_list<QVariant> binds, Make make)
    -> Result<QList<std::invoke_result_t<Make &, const QSqlQuery &>>>
{
    auto q = db.exec(sql, binds);
    if (!q)
        return std::unexpected(q.error());
    QList<std::invoke_result_t<Make &, const QSqlQuery &>> out;
    while (q->next())
        out << make(std::as_const(*q));
    return out;
}

// The first column of every row, as text (ids, codes).
inline Result<QStringList>
queryTexts(Database &db, const QString &sql, std::initializer_list<QVariant> binds = {})
{
    return queryRows(db, sql, binds, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

} // namespace sk
