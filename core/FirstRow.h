#pragma once

#include "core/Database.h"

#include <utility>

namespace sk {

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

} // namespace sk
