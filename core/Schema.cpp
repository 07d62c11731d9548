#include "core/Schema.h"

namespace sk {

QStringList immutableTriggers(const QStringList &tables)
{
    QStringList out;
    for (const QString &t : tables) {
        out << QStringLiteral("CREATE TRIGGER %1_immutable_update BEFORE UPDATE ON %1 BEGIN "
                              "SELECT RAISE(ABORT, '%1 rows are immutable'); END")
                   .arg(t);
        out << QStringLiteral("CREATE TRIGGER %1_immutable_delete BEFORE DELETE ON %1 BEGIN "
                              "SELECT RAISE(ABORT, '%1 rows are immutable'); END")
                   .arg(t);
    }
    return out;
}

Migration migrationCore()
{
    QStringList s = {
        // This device's identity; one row.
        QStringLiteral(R"(CREATE TABLE device (
            singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
            device_id TEXT NOT NULL,
            device_code TEXT NOT NULL,
            receipt_counter INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL))"),
        // Business settings: sync between a vendor's devices (last writer wins by hlc).
        QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY, value TEXT NOT NULL, hlc INTEGER NOT NULL DEFAULT 0))"),
        // Device-local settings: server URL, token, cursors. Never synced.
        QStringLiteral(
            R"(CREATE TABLE local_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE tax_categories (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            rate_ppm INTEGER NOT NULL CHECK (rate_ppm BETWEEN 0 AND 1000000),
            hlc INTEGER NOT NULL DEFAULT 0))"),
        // eligibility: which product flag a tender needs ('any' pays for everything).
        QStringLiteral(R"(CREATE TABLE tender_types (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            gives_change INTEGER NOT NULL CHECK (gives_change IN (0, 1)),
            eligibility TEXT NOT NULL CHECK (eligibility IN ('any', 'snap', 'token', 'fmnp')),
            untaxed INTEGER NOT NULL DEFAULT 0 CHECK (untaxed IN (0, 1)),
            face_value INTEGER NOT NULL DEFAULT 0 CHECK (face_value >= 0),
            enabled INTEGER NOT NULL DEFAULT 1,
            sort INTEGER NOT NULL DEFAULT 0,
            hlc INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE products (
            id TEXT PRIMARY KEY,
            sku TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            category TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL CHECK (unit IN ('each', 'lb', 'kg', 'oz', 'g')),
            price INTEGER NOT NULL CHECK (price >= 0),
            tax_category TEXT NOT NULL DEFAULT 'exempt',
            snap_eligible INTEGER NOT NULL DEFAULT 0,
            token_eligible INTEGER NOT NULL DEFAULT 1,
            fmnp_eligible INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1,
            quick_pos INTEGER,
            quick_color TEXT NOT NULL DEFAULT '',
            low_stock INTEGER NOT NULL DEFAULT 0,
            hlc INTEGER NOT NULL DEFAULT 0,
            field_hlc TEXT NOT NULL DEFAULT '{}'))"),
        QStringLiteral("CREATE INDEX products_name ON products (name COLLATE NOCASE)"),
        QStringLiteral(R"(CREATE TABLE product_barcodes (
            barcode TEXT PRIMARY KEY,
            product_id TEXT NOT NULL REFERENCES products (id) ON DELETE CASCADE))"),
        QStringLiteral("CREATE INDEX product_barcodes_product ON product_barcodes (product_id)"),
        QStringLiteral(R"(CREATE TABLE markets (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            weekday INTEGER CHECK (weekday BETWEEN 1 AND 7),
            address TEXT NOT NULL DEFAULT '',
            hlc INTEGER NOT NULL DEFAULT 0))"),
        // A market day belongs to the device that opened it (each device has its own drawer).
        QStringLiteral(R"(CREATE TABLE market_days (
            id TEXT PRIMARY KEY,
            device_id TEXT NOT NULL,
            market_name TEXT NOT NULL,
            business_date TEXT NOT NULL,
            opened_at INTEGER NOT NULL,
            opening_float INTEGER NOT NULL CHECK (opening_float >= 0),
            closed_at INTEGER,
            hlc INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX market_days_date ON market_days (business_date)"),
        // Amounts are signed: a refund or void has negative lines, totals and tenders.
        QStringLiteral(R"(CREATE TABLE sales (
            id TEXT PRIMARY KEY,
            device_id TEXT NOT NULL,
            receipt_no TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('sale', 'void', 'refund')),
            ref_sale_id TEXT REFERENCES sales (id),
            market_day_id TEXT NOT NULL,
            market_name TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            utc_offset INTEGER NOT NULL DEFAULT 0,
            hlc INTEGER NOT NULL,
            currency TEXT NOT NULL,
            tax_inclusive INTEGER NOT NULL,
            subtotal INTEGER NOT NULL,
            discount INTEGER NOT NULL,
            tax INTEGER NOT NULL,
            rounding INTEGER NOT NULL,
            total INTEGER NOT NULL,
            change_due INTEGER NOT NULL,
            reason TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX sales_created ON sales (created_at)"),
        QStringLiteral("CREATE INDEX sales_market_day ON sales (market_day_id)"),
        QStringLiteral(
            "CREATE INDEX sales_ref ON sales (ref_sale_id) WHERE ref_sale_id IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE sale_lines (
            id TEXT PRIMARY KEY,
            sale_id TEXT NOT NULL REFERENCES sales (id),
            line_no INTEGER NOT NULL,
            ref_line_id TEXT,
            product_id TEXT NOT NULL,
            sku TEXT NOT NULL,
            name TEXT NOT NULL,
            category TEXT NOT NULL,
            unit TEXT NOT NULL,
            qty INTEGER NOT NULL,
            unit_price INTEGER NOT NULL,
            gross INTEGER NOT NULL,
            discount INTEGER NOT NULL,
            net INTEGER NOT NULL,
            tax_category TEXT NOT NULL,
            tax_rate_ppm INTEGER NOT NULL,
            tax INTEGER NOT NULL,
            eligibility TEXT NOT NULL DEFAULT '',
            UNIQUE (sale_id, line_no)))"),
        QStringLiteral("CREATE INDEX sale_lines_product ON sale_lines (product_id)"),
        QStringLiteral("CREATE INDEX sale_lines_ref ON sale_lines (ref_line_id) WHERE ref_line_id "
                       "IS NOT NULL"),
        // amount: what the tender paid toward the sale; tendered - amount = change given.
        QStringLiteral(R"(CREATE TABLE sale_tenders (
            id TEXT PRIMARY KEY,
            sale_id TEXT NOT NULL REFERENCES sales (id),
            line_no INTEGER NOT NULL,
            tender TEXT NOT NULL,
            amount INTEGER NOT NULL,
            tendered INTEGER NOT NULL,
            change INTEGER NOT NULL,
            untaxed INTEGER NOT NULL DEFAULT 0,
            reference TEXT NOT NULL DEFAULT '',
            UNIQUE (sale_id, line_no)))"),
        QStringLiteral("CREATE INDEX sale_tenders_sale ON sale_tenders (sale_id)"),
        // qty is a signed delta in milli-units, except kind = 'count' where it is the absolute
        // level observed at hlc. context tells where a count came from (loadout, eod, manual).
        QStringLiteral(R"(CREATE TABLE stock_movements (
            id TEXT PRIMARY KEY,
            product_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('receive', 'sale', 'refund', 'waste', 'adjust', 'count')),
            qty INTEGER NOT NULL,
            hlc INTEGER NOT NULL,
            device_id TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            sale_id TEXT,
            market_day_id TEXT,
            context TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(
            "CREATE INDEX stock_movements_product_hlc ON stock_movements (product_id, hlc)"),
        QStringLiteral("CREATE INDEX stock_movements_count ON stock_movements (product_id, hlc) "
                       "WHERE kind = 'count'"),
        QStringLiteral("CREATE INDEX stock_movements_sale ON stock_movements (sale_id) WHERE "
                       "sale_id IS NOT NULL"),
        // Cash in or out of the drawer that is not a sale (bought ice, change from the bank).
        QStringLiteral(R"(CREATE TABLE cash_movements (
            id TEXT PRIMARY KEY,
            market_day_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('payout', 'paid_in')),
            amount INTEGER NOT NULL CHECK (amount > 0),
            reason TEXT NOT NULL DEFAULT '',
            hlc INTEGER NOT NULL,
            device_id TEXT NOT NULL,
            created_at INTEGER NOT NULL))"),
        // Events for the server, written in the same transaction as the change they describe.
        QStringLiteral(R"(CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            event_id TEXT NOT NULL UNIQUE,
            event_type TEXT NOT NULL,
            hlc INTEGER NOT NULL,
            payload TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            sent_at INTEGER,
            rejected_reason TEXT))"),
        QStringLiteral("CREATE INDEX outbox_pending ON outbox (seq) WHERE sent_at IS NULL AND "
                       "rejected_reason IS NULL"),
        // Events pulled from the server that are already applied here (idempotent pull).
        QStringLiteral(
            R"(CREATE TABLE applied_events (event_id TEXT PRIMARY KEY, server_seq INTEGER NOT NULL))"),
    };
    s << immutableTriggers({QStringLiteral("sales"),
                            QStringLiteral("sale_lines"),
                            QStringLiteral("sale_tenders"),
                            QStringLiteral("stock_movements"),
                            QStringLiteral("cash_movements")});

    // Defaults a US farmers' market vendor starts from; all editable, all data.
    s << QStringLiteral(R"(INSERT INTO tax_categories (code, name, rate_ppm) VALUES
            ('exempt', 'Exempt (raw food)', 0),
            ('prepared', 'Prepared food', 80000),
            ('general', 'General merchandise', 80000))");
    s << QStringLiteral(R"(INSERT INTO tender_types
            (code, name, gives_change, eligibility, untaxed, face_value, sort) VALUES
            ('cash', 'Cash', 1, 'any', 0, 0, 1),
            ('card', 'Card', 0, 'any', 0, 0, 2),
            ('snap', 'SNAP/EBT', 0, 'snap', 1, 0, 3),
            ('snap_token', 'SNAP token', 0, 'snap', 1, 100, 4),
            ('credit_token', 'Market token', 1, 'token', 0, 500, 5),
            ('fmnp', 'WIC/FMNP check', 0, 'fmnp', 0, 0, 6),
            ('voucher', 'Gift voucher', 0, 'any', 0, 0, 7),
            ('other', 'Other', 0, 'any', 0, 0, 8))");
    s << QStringLiteral(R"(INSERT INTO settings (key, value) VALUES
            ('currency', 'USD'), ('tax_inclusive', '0'), ('cash_rounding', '0'),
            ('store_name', 'My Stall'), ('receipt_footer', 'Thank you!'))");
    return {1, s};
}

const std::vector<Migration> &migrations()
{
    // One migration a line, so that added ones merge line by line.
    // clang-format off
    static const std::vector<Migration> list = {migrationCore(),
                                                migrationCheckout(),
                                                migrationEndOfDay(),
                                                migrationSync(),
                                                migrationPerformance(),
                                                migrationRollup(),
                                                migrationSettings(),
                                                migrationOutboxQueue(),
                                                migrationMoney(),
                                                migrationRoles(),
                                                migrationReports(),
                                                migrationCatchUp(),
                                                migrationCountsByDay(),
                                                migrationHardware(),
                                                migrationSummaryBatch(),
                                                migrationPrograms(),
                                                migrationTenderPrograms(),
                                                migrationPreOrders(),
                                                migrationManualWeight(),
                                                migrationBooth(),
                                                migrationProgramSync(),
                                                migrationIncentiveProgram(),
                                                migrationProgramSummary()};
    // clang-format on
    return list;
}

} // namespace sk
