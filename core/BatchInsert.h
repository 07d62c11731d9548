#pragma once

#include "Database.h"

#include <QVariantList>

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

} // namespace sk
