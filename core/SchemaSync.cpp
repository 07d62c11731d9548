#include "core/Schema.h"

namespace sk {

// Migration 4: sync state and what the sync engine sets aside.
// - sync_deferred_events: pulled events this version cannot apply (a type it does not know yet,
//   or a record that failed to apply). Kept with the reason so nothing pulled is ever lost and a
//   newer version can apply them later.
// - stock_review_flags: stock movements whose time lies within the clock-skew window of a count
//   of the same product made on another device; whether they were absorbed by the count or come
//   after it depends on clocks we cannot trust to the second, so the vendor reviews them.
// Rejected outbox events stay in `outbox` (rejected_reason); the server's cursor, token and clock
// offset are device-local settings (local_settings, never synced).
Migration migrationSync()
{
    return {4,
            {
                QStringLiteral(R"(CREATE TABLE sync_deferred_events (
                    event_id TEXT PRIMARY KEY,
                    server_seq INTEGER NOT NULL,
                    event_type TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    received_at INTEGER NOT NULL))"),
                QStringLiteral(R"(CREATE TABLE stock_review_flags (
                    movement_id TEXT NOT NULL,
                    count_id TEXT NOT NULL,
                    product_id TEXT NOT NULL,
                    distance_ms INTEGER NOT NULL,
                    window_ms INTEGER NOT NULL,
                    created_at INTEGER NOT NULL,
                    reviewed_at INTEGER,
                    PRIMARY KEY (movement_id, count_id)))"),
                QStringLiteral("CREATE INDEX stock_review_flags_open ON stock_review_flags "
                               "(product_id) WHERE reviewed_at IS NULL"),
                QStringLiteral("CREATE INDEX outbox_rejected ON outbox (seq) WHERE "
                               "rejected_reason IS NOT NULL"),
            }};
}

} // namespace sk
