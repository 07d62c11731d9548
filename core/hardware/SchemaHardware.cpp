#include "core/Schema.h"

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

// Migration 19: sale lines whose weight was typed in rather than read from the scale, so the
// receipt (and a reprint of it) says "manual weight". Append-only, beside sale_lines rather
// than in it, so the sale rows keep their shape; the mark travels in the sale's JSON
// ("manual_weight" on the line, model/SaleRecord.cpp) and a pulled sale brings its rows here too
// (SaleRepository::insert, sync/SaleBatch.cpp). IF NOT EXISTS throughout, so the migration also
// runs again cleanly when it is renumbered.
Migration migrationManualWeight()
{
    QStringList s = {QStringLiteral(R"(CREATE TABLE IF NOT EXISTS manual_weight_lines (
                line_id TEXT PRIMARY KEY,
                sale_id TEXT NOT NULL))"),
                     QStringLiteral("CREATE INDEX IF NOT EXISTS manual_weight_lines_sale ON "
                                    "manual_weight_lines (sale_id)")};
    for (const char *op : {"UPDATE", "DELETE"})
        s << QStringLiteral("CREATE TRIGGER IF NOT EXISTS manual_weight_lines_immutable_%1 "
                            "BEFORE %2 ON manual_weight_lines BEGIN SELECT RAISE(ABORT, "
                            "'manual_weight_lines rows are immutable'); END")
                 .arg(QString::fromLatin1(op).toLower(), QString::fromLatin1(op));
    return {19, s};
}

} // namespace sk
