#include "core/Schema.h"

namespace sk {

// Migration 10: the till action log (checkout/Permissions.h). Owner-only actions done at the
// till, with the user who did them and the owner who approved a helper's request with their
// PIN. Device-local like the users it names; append-only.
Migration migrationRoles()
{
    QStringList s = {
        QStringLiteral(R"(CREATE TABLE till_actions (
            id TEXT PRIMARY KEY,
            action TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            market_day_id TEXT NOT NULL DEFAULT '',
            user_name TEXT NOT NULL DEFAULT '',
            approved_by TEXT NOT NULL DEFAULT '',
            sale_id TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX till_actions_sale ON till_actions (sale_id) WHERE sale_id "
                       "<> ''"),
        QStringLiteral("CREATE INDEX till_actions_day ON till_actions (market_day_id, "
                       "created_at)"),
    };
    s << immutableTriggers({QStringLiteral("till_actions")});
    return {10, s};
}

} // namespace sk
