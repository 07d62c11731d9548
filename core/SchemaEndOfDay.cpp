#include "Schema.h"

namespace sk {

// Migration 3: drawer counts and end-of-day wizard progress.
Migration migrationEndOfDay()
{
    return {3, {}};
}

} // namespace sk
