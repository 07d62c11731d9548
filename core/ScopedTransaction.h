#pragma once

#include "core/Error.h"

#include <QString>

#include <utility>

namespace sk {

// A transaction that rolls back when it goes out of scope uncommitted: the one shape shared by
// the device's Transaction (core/Database.h) and the server's StoreTransaction
// (app/server/StoreConnection.h). Connection needs exec(const QString &) returning a Result.
template<typename Connection>
class ScopedTransaction
{
public:
    ScopedTransaction(const ScopedTransaction &) = delete;
    ScopedTransaction &operator=(const ScopedTransaction &) = delete;
    ~ScopedTransaction() { rollback(); }

    // Whether BEGIN succeeded; the error says why not.
    const Status &begun() const { return m_begin; }

    Status commit()
    {
        if (!m_active)
            return fail(Error::Code::Database, QStringLiteral("no transaction to commit"));
        auto r = m_db.exec(QStringLiteral("COMMIT"));
        if (!r) {
            rollback();
            return std::unexpected(r.error());
        }
        m_active = false;
        return {};
    }

    void rollback()
    {
        if (m_active) {
            // Explicit: after an error SQLite may have undone only the failing statement.
            m_db.exec(QStringLiteral("ROLLBACK"));
            m_active = false;
        }
    }

protected:
    explicit ScopedTransaction(Connection &db)
        : m_db(db)
    {}

    void begin(const QString &statement)
    {
        if (auto r = m_db.exec(statement); r)
            m_active = true;
        else
            m_begin = std::unexpected(r.error());
    }

    void refuse(Error why) { m_begin = std::unexpected(std::move(why)); }

private:
    Connection &m_db;
    Status m_begin;
    bool m_active = false;
};

} // namespace sk
