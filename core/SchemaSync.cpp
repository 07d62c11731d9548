#include "Schema.h"

namespace sk {

// Migration 4: sync state and events the server rejected.
Migration migrationSync()
{
    return {4, {}};
}

} // namespace sk
