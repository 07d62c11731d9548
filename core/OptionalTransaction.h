#pragma once

#include "core/Database.h"

#include <optional>

namespace sk {

// A transaction of its own unless the caller already has one open (`inTransaction`): then
// begun() and commit() succeed and do nothing, and the caller commits or rolls back.
class OptionalTransaction
{
public:
    OptionalTransaction(Database &db, bool inTransaction)
    {
        if (!inTransaction)
            m_tx.emplace(db);
    }

    Status begun() const { return m_tx ? m_tx->begun() : Status{}; }
    Status commit() { return m_tx ? m_tx->commit() : Status{}; }

private:
    std::optional<Transaction> m_tx;
};

} // namespace sk
