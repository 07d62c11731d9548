#pragma once

#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

// What the store's source files share (StoreConnection.cpp, EventLog.cpp, Projections.cpp,
// ServerViews.cpp, ServerSnapshot.cpp); not for other callers.

// The start of a query on a vendor's stock (the vendor bound first): `latest`, each product's
// latest count (by HLC, then id) as product_id, qty, hlc. A level is that count plus every
// movement after it, the same rule as on every device. A literal, to prefix another.
#define SK_LATEST_STOCK_COUNTS                                                                     \
    "WITH counts AS (SELECT product_id, qty, hlc, ROW_NUMBER() OVER (PARTITION BY product_id "     \
    "ORDER BY hlc DESC, id DESC) AS rn FROM stock_movements WHERE vendor_id = ? AND "              \
    "kind = 'count'), latest AS (SELECT product_id, qty, hlc FROM counts WHERE rn = 1),"

namespace sk::server {

// A reused statement in use: reset and its bindings cleared when it goes.
struct StatementUse
{
    sqlite3_stmt *stmt;
    ~StatementUse()
    {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
    }
};

// A number as the JSON answers carry it: a decimal string.
inline QJsonValue num(const QVariant &v)
{
    return QString::number(v.toLongLong());
}

} // namespace sk::server
