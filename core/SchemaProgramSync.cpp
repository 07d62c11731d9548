#include "core/Schema.h"

namespace sk {

// Migration 21: the market fees travel between a vendor's devices (ProgramSync.h), the newer
// edit winning, as the classes and incentive rules already do with their own `hlc`. Re-runnable:
// Database::migrate skips an ADD COLUMN whose column is there.
Migration migrationProgramSync()
{
    return {21,
            {QStringLiteral("ALTER TABLE market_fees ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0")}};
}

} // namespace sk
