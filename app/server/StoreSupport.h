#pragma once

#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

#include <functional>

// What ServerStore's source files share (ServerStore.cpp, ServerViews.cpp); not for other
// callers.
namespace sk::server {

// Rolls back unless released: every early return inside a transaction leaves it closed.
struct TxGuard
{
    std::function<void()> rollback;
    ~TxGuard()
    {
        if (rollback)
            rollback();
    }
    void release() { rollback = nullptr; }
};

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
