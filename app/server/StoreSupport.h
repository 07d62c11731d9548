#pragma once

#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

// What the store's source files share (StoreConnection.cpp, EventLog.cpp, Projections.cpp,
// ServerViews.cpp); not for other callers.
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
