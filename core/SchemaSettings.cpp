#include "core/Schema.h"

namespace sk {

// Migration 7: tax categories can be deactivated (Settings). A deactivated category is no longer
// offered for products; products still using it keep it, and past sales keep their own rate.
Migration migrationSettings()
{
    return {7,
            {
                QStringLiteral("ALTER TABLE tax_categories ADD COLUMN active INTEGER NOT NULL "
                               "DEFAULT 1 CHECK (active IN (0, 1))"),
            }};
}

} // namespace sk
