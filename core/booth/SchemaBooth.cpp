#include "core/Schema.h"

namespace sk {

// Migration 20: the market office's booth (core/booth/). Token kinds and the booth's settings
// (the newer HLC wins), the customer transaction log, token movements between states, vendors'
// turn-in counts and the booth's close (append-only: a correction is a new row), statements
// (their status changes), and the vendors' slips as last read from the server (device-local).
// IF NOT EXISTS throughout: migrations of parallel changes may be re-ordered when they meet.
Migration migrationBooth()
{
    QStringList s = {
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS booth_token_kinds (
            id TEXT PRIMARY KEY, record TEXT NOT NULL, hlc INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS booth_config (
            id INTEGER PRIMARY KEY CHECK (id = 1), record TEXT NOT NULL, hlc INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS booth_txns (
            id TEXT PRIMARY KEY,
            device_id TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            hlc INTEGER NOT NULL,
            market_day TEXT NOT NULL,
            customer_ref TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('snap', 'card', 'refund')),
            payment TEXT NOT NULL,
            snap_amount INTEGER NOT NULL,
            incentive_amount INTEGER NOT NULL CHECK (incentive_amount >= 0),
            card_amount INTEGER NOT NULL CHECK (card_amount >= 0),
            fee_amount INTEGER NOT NULL CHECK (fee_amount >= 0),
            approval TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS booth_txns_customer ON booth_txns "
                       "(customer_ref, market_day)"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS booth_moves (
            id TEXT PRIMARY KEY,
            device_id TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            hlc INTEGER NOT NULL,
            market_day TEXT NOT NULL,
            kind_id TEXT NOT NULL,
            from_state TEXT NOT NULL,
            to_state TEXT NOT NULL,
            count INTEGER NOT NULL CHECK (count > 0),
            txn_id TEXT NOT NULL DEFAULT '',
            vendor_id TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS booth_moves_kind ON booth_moves (kind_id)"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS booth_turnins (
            id TEXT PRIMARY KEY,
            device_id TEXT NOT NULL,
            hlc INTEGER NOT NULL,
            market_day TEXT NOT NULL,
            vendor_id TEXT NOT NULL,
            vendor_name TEXT NOT NULL,
            kind_id TEXT NOT NULL,
            count INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS booth_turnins_day ON booth_turnins "
                       "(market_day, vendor_id)"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS booth_closes (
            id TEXT PRIMARY KEY,
            device_id TEXT NOT NULL,
            hlc INTEGER NOT NULL,
            market_day TEXT NOT NULL,
            record TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS booth_statements (
            id TEXT PRIMARY KEY,
            market_day TEXT NOT NULL,
            vendor_id TEXT NOT NULL,
            record TEXT NOT NULL,
            hlc INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS booth_slips (
            vendor_id TEXT NOT NULL,
            market_day TEXT NOT NULL,
            type TEXT NOT NULL,
            vendor_name TEXT NOT NULL,
            record TEXT NOT NULL,
            fetched_at INTEGER NOT NULL,
            PRIMARY KEY (vendor_id, market_day, type)))"),
    };
    for (const QString &t : {QStringLiteral("booth_txns"),
                             QStringLiteral("booth_moves"),
                             QStringLiteral("booth_turnins"),
                             QStringLiteral("booth_closes")}) {
        s << QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_immutable_update BEFORE UPDATE ON %1 "
                            "BEGIN SELECT RAISE(ABORT, '%1 rows are immutable'); END")
                 .arg(t);
        s << QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_immutable_delete BEFORE DELETE ON %1 "
                            "BEGIN SELECT RAISE(ABORT, '%1 rows are immutable'); END")
                 .arg(t);
    }
    return {20, s};
}

} // namespace sk
