#include "core/Schema.h"

namespace sk {

// Migration 16: benefit programs as data.
// - eligibility_classes: the classes products belong to and tenders pay for; the built-in
//   ones, and the vendor's own (builtin = 0).
// - products.classes: the product's classes, space-separated and sorted; filled from the three
//   flags products had before ('snap', 'token', 'fmnp'), which stay, written in step, for the
//   reports and files of older versions. products.kind: 'nonfood' for fees, deposits and bags.
// - category_classes: what a new product of a category starts with.
// - tender_types.pays_class: the class a tender pays for (any class; `eligibility` keeps the
//   nearest value older versions know).
// - incentive_rules: "SNAP spent on class X is matched by Y % up to Z per customer per day or
//   month", paid by the tender `tender_code` (Incentive.h).
// - the 'incentive' tender, off until the vendor sets a rule.
// Re-runnable: IF NOT EXISTS, INSERT OR IGNORE, updates that only fill what is empty, and
// Database::migrate skips an ADD COLUMN whose column is there.
Migration migrationPrograms()
{
    return {
        16,
        {QStringLiteral(R"(CREATE TABLE IF NOT EXISTS eligibility_classes (
                code TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                builtin INTEGER NOT NULL DEFAULT 0,
                sort INTEGER NOT NULL DEFAULT 0,
                hlc INTEGER NOT NULL DEFAULT 0))"),
         QStringLiteral(R"(INSERT OR IGNORE INTO eligibility_classes (code, name, builtin, sort)
                VALUES ('snap', 'SNAP food', 1, 1), ('fv', 'Fresh fruit and vegetables', 1, 2),
                ('fmnp', 'FMNP', 1, 3), ('wic_cvb', 'WIC cash-value benefit', 1, 4),
                ('token', 'Market tokens', 1, 5))"),
         QStringLiteral("ALTER TABLE products ADD COLUMN classes TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE products ADD COLUMN kind TEXT NOT NULL DEFAULT 'goods' "
                        "CHECK (kind IN ('goods', 'nonfood'))"),
         QStringLiteral(R"(UPDATE products SET classes = trim(
                (CASE WHEN fmnp_eligible THEN 'fmnp ' ELSE '' END) ||
                (CASE WHEN snap_eligible THEN 'snap ' ELSE '' END) ||
                (CASE WHEN token_eligible THEN 'token' ELSE '' END))
                WHERE classes = '')"),
         QStringLiteral(R"(CREATE TABLE IF NOT EXISTS category_classes (
                category TEXT PRIMARY KEY COLLATE NOCASE,
                classes TEXT NOT NULL DEFAULT '',
                kind TEXT NOT NULL DEFAULT 'goods',
                hlc INTEGER NOT NULL DEFAULT 0))"),
         QStringLiteral("ALTER TABLE tender_types ADD COLUMN pays_class TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("UPDATE tender_types SET pays_class = eligibility WHERE pays_class = ''"),
         QStringLiteral(R"(CREATE TABLE IF NOT EXISTS incentive_rules (
                tender_code TEXT PRIMARY KEY,
                source_class TEXT NOT NULL DEFAULT 'snap',
                match_class TEXT NOT NULL DEFAULT 'fv',
                match_ppm INTEGER NOT NULL CHECK (match_ppm BETWEEN 1 AND 10000000),
                cap INTEGER NOT NULL CHECK (cap >= 0),
                period TEXT NOT NULL CHECK (period IN ('day', 'month')),
                enabled INTEGER NOT NULL DEFAULT 1,
                hlc INTEGER NOT NULL DEFAULT 0))"),
         QStringLiteral(R"(INSERT OR IGNORE INTO tender_types (code, name, gives_change,
                eligibility, untaxed, face_value, enabled, sort, refund_to, pays_class)
                VALUES ('incentive', 'Produce match', 0, 'fmnp', 1, 0, 0, 9, 'same', 'fv'))"),
         // The cap is counted from the incentive tender rows of a card (their reference).
         QStringLiteral("CREATE INDEX IF NOT EXISTS sale_tenders_reference ON sale_tenders "
                        "(tender, reference) WHERE reference <> ''")}};
}

} // namespace sk
