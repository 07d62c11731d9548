#include "Schema.h"

namespace sk {

// Migration 14: receipts waiting for a printer. A job is written before it is sent, so a
// printer that is off, out of paper or unreachable never loses a receipt; a printed job keeps
// its row (when it printed) for the day's record. Device-local: never synced. IF NOT EXISTS, as
// migration 12: a file taken back to an older version number upgrades again cleanly.
Migration migrationHardware()
{
    return {14,
            {QStringLiteral(R"(CREATE TABLE IF NOT EXISTS print_jobs (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                created_at INTEGER NOT NULL,
                device TEXT NOT NULL,
                title TEXT NOT NULL DEFAULT '',
                sale_id TEXT,
                payload BLOB NOT NULL,
                state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'printed')),
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT NOT NULL DEFAULT '',
                printed_at INTEGER))"),
             QStringLiteral(
                 "CREATE INDEX IF NOT EXISTS print_jobs_waiting ON print_jobs (state, id)")}};
}

} // namespace sk
