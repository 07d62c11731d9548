#include "core/Schema.h"

namespace sk {

// Migration 17: who reimburses a tender, and what the market charges.
// - tender_programs: the program that pays the vendor back for a tender (the turn-in slip groups
//   by it; empty: nobody, as cash or card) and, for paper checks (FMNP, WIC), the days the
//   vendor has to deposit one after taking it (0: not a check). A table of its own rather than
//   columns of tender_types, so the migration is CREATE ... IF NOT EXISTS and INSERT OR IGNORE
//   and re-runs cleanly on a file taken back to an older version. A tender without a row has no
//   program.
// - market_fees: per market (by name, as market days carry it) the share of sales the market
//   takes, over which tenders (space-separated codes, empty: all) and whether tax counts, the
//   least and most per day (0: no maximum), a flat stall fee per market day, and whether it is
//   paid daily or weekly. Device-local, as the other settings.
Migration migrationTenderPrograms()
{
    return {17,
            {QStringLiteral(R"(CREATE TABLE IF NOT EXISTS tender_programs (
                tender TEXT PRIMARY KEY,
                program TEXT NOT NULL DEFAULT '',
                deposit_days INTEGER NOT NULL DEFAULT 0 CHECK (deposit_days BETWEEN 0 AND 3650)))"),
             QStringLiteral(
                 "INSERT OR IGNORE INTO tender_programs (tender, program, deposit_days) SELECT "
                 "code, CASE code WHEN 'snap_token' THEN 'SNAP' WHEN 'credit_token' THEN "
                 "'Market tokens' ELSE 'FMNP' END, CASE code WHEN 'fmnp' THEN 30 ELSE 0 END FROM "
                 "tender_types WHERE code IN ('snap_token', 'credit_token', 'fmnp')"),
             QStringLiteral(R"(CREATE TABLE IF NOT EXISTS market_fees (
                market TEXT PRIMARY KEY,
                share_ppm INTEGER NOT NULL DEFAULT 0 CHECK (share_ppm BETWEEN 0 AND 1000000),
                tenders TEXT NOT NULL DEFAULT '',
                include_tax INTEGER NOT NULL DEFAULT 0,
                min_daily INTEGER NOT NULL DEFAULT 0 CHECK (min_daily >= 0),
                max_daily INTEGER NOT NULL DEFAULT 0 CHECK (max_daily >= 0),
                stall_fee INTEGER NOT NULL DEFAULT 0 CHECK (stall_fee >= 0),
                period TEXT NOT NULL DEFAULT 'daily' CHECK (period IN ('daily', 'weekly'))))")}};
}

} // namespace sk
