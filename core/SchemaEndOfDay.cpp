#include "core/Schema.h"

namespace sk {

// Migration 3: drawer counts and end-of-day wizard progress.
//
// A drawer count is a record (append-only, synced): a recount is a new row and the latest one
// (by hlc) of a market day is the one that stands. Each count keeps a snapshot of the expected
// figures it was compared with, so a report shows what the vendor saw even if a late event
// from another device changes the expectation afterwards.
//
// Wizard progress is state, not a record: one row per market day, rewritten as the vendor
// moves through the steps, never synced.
Migration migrationEndOfDay()
{
    QStringList s = {
        QStringLiteral(R"(CREATE TABLE drawer_counts (
            id TEXT PRIMARY KEY,
            market_day_id TEXT NOT NULL,
            device_id TEXT NOT NULL,
            counted_at INTEGER NOT NULL,
            hlc INTEGER NOT NULL,
            currency TEXT NOT NULL,
            opening_float INTEGER NOT NULL,
            cash_sales INTEGER NOT NULL,
            change_given INTEGER NOT NULL,
            cash_refunds INTEGER NOT NULL,
            payouts INTEGER NOT NULL,
            paid_ins INTEGER NOT NULL,
            cash_expected INTEGER NOT NULL,
            cash_counted INTEGER NOT NULL,
            over_short INTEGER NOT NULL,
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX drawer_counts_day ON drawer_counts (market_day_id, hlc)"),
        // kind 'cash': one row per denomination (value = face value in minor units, pieces
        // counted). kind 'tender': tokens and vouchers held (code = tender code; value = face
        // value or 0 when counted as an amount), with what was expected for that tender.
        QStringLiteral(R"(CREATE TABLE drawer_count_lines (
            count_id TEXT NOT NULL REFERENCES drawer_counts (id),
            kind TEXT NOT NULL CHECK (kind IN ('cash', 'tender')),
            code TEXT NOT NULL,
            value INTEGER NOT NULL CHECK (value >= 0),
            pieces INTEGER NOT NULL CHECK (pieces >= 0),
            amount INTEGER NOT NULL CHECK (amount >= 0),
            expected INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (count_id, kind, code)))"),
        QStringLiteral(R"(CREATE TABLE eod_progress (
            market_day_id TEXT PRIMARY KEY,
            step INTEGER NOT NULL DEFAULT 0,
            state TEXT NOT NULL DEFAULT '{}',
            updated_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX cash_movements_day ON cash_movements (market_day_id)"),
        // Which tenders stay in the drawer as paper or tokens and are counted with the cash.
        QStringLiteral("INSERT OR IGNORE INTO settings (key, value) VALUES "
                       "('drawer_tenders', 'snap_token credit_token fmnp voucher')"),
    };
    s << immutableTriggers({QStringLiteral("drawer_counts"), QStringLiteral("drawer_count_lines")});
    return {3, s};
}

} // namespace sk
