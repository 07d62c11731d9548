#include "app/server/ServerStore.h"

#include "app/server/StoreConnection.h"

// The server store's schema: numbered migrations, the same statements on SQLite and
// PostgreSQL, recorded in server_meta's schema_version. Append only.

namespace sk::server {

QStringList marketMigration();
QStringList marketCapMigration();
QStringList marketHoldDeviceMigration();

namespace {

// Numbered migrations; the same statements run on SQLite and PostgreSQL (BIGINT and TEXT mean
// the same to both). Append only.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> list = {
        {
            QStringLiteral(R"(CREATE TABLE vendors (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                created_at BIGINT NOT NULL,
                next_seq BIGINT NOT NULL DEFAULT 0))"),
            // code_id: the first group of the code, to find the row; the rest is the secret.
            QStringLiteral(R"(CREATE TABLE pair_codes (
                code_id TEXT PRIMARY KEY,
                vendor_id TEXT NOT NULL REFERENCES vendors (id),
                code_hash TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                expires_at BIGINT NOT NULL,
                used_at BIGINT,
                failures INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral(R"(CREATE TABLE devices (
                id TEXT PRIMARY KEY,
                vendor_id TEXT NOT NULL REFERENCES vendors (id),
                name TEXT NOT NULL,
                token_hash BYTEA NOT NULL,
                paired_at BIGINT NOT NULL,
                revoked_at BIGINT,
                last_seen_at BIGINT))"),
            QStringLiteral("CREATE INDEX devices_vendor ON devices (vendor_id)"),
            QStringLiteral(R"(CREATE TABLE events (
                vendor_id TEXT NOT NULL REFERENCES vendors (id),
                seq BIGINT NOT NULL,
                id TEXT NOT NULL,
                type TEXT NOT NULL,
                device_id TEXT NOT NULL,
                hlc BIGINT NOT NULL,
                payload TEXT NOT NULL,
                received_at BIGINT NOT NULL,
                PRIMARY KEY (vendor_id, seq),
                UNIQUE (vendor_id, id)))"),
            QStringLiteral(R"(CREATE TABLE sales (
                vendor_id TEXT NOT NULL,
                id TEXT NOT NULL,
                device_id TEXT NOT NULL,
                receipt_no TEXT NOT NULL,
                kind TEXT NOT NULL,
                ref_sale_id TEXT NOT NULL,
                market_name TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                hlc BIGINT NOT NULL,
                currency TEXT NOT NULL,
                subtotal BIGINT NOT NULL,
                discount BIGINT NOT NULL,
                tax BIGINT NOT NULL,
                total BIGINT NOT NULL,
                seq BIGINT NOT NULL,
                PRIMARY KEY (vendor_id, id)))"),
            QStringLiteral("CREATE INDEX sales_created ON sales (vendor_id, created_at)"),
            QStringLiteral(R"(CREATE TABLE stock_movements (
                vendor_id TEXT NOT NULL,
                id TEXT NOT NULL,
                product_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                qty BIGINT NOT NULL,
                hlc BIGINT NOT NULL,
                device_id TEXT NOT NULL,
                PRIMARY KEY (vendor_id, id)))"),
            QStringLiteral("CREATE INDEX stock_movements_product ON stock_movements "
                           "(vendor_id, product_id, hlc)"),
            QStringLiteral(R"(CREATE TABLE products (
                vendor_id TEXT NOT NULL,
                id TEXT NOT NULL,
                sku TEXT NOT NULL,
                name TEXT NOT NULL,
                unit TEXT NOT NULL,
                price BIGINT NOT NULL,
                hlc BIGINT NOT NULL,
                PRIMARY KEY (vendor_id, id)))"),
        },
        {
            // How far each vendor's events are in `sales` and `stock_movements`: those rows
            // are written after the push (see ServerStore::project). Every event stored before
            // this migration already has them.
            QStringLiteral(R"(CREATE TABLE projections (
                vendor_id TEXT PRIMARY KEY REFERENCES vendors (id),
                seq BIGINT NOT NULL))"),
            QStringLiteral("INSERT INTO projections (vendor_id, seq) SELECT id, next_seq FROM "
                           "vendors"),
        },
        {
            // Each device's clock as its requests report it (X-Device-Time), ms ahead of the
            // server's.
            QStringLiteral("ALTER TABLE devices ADD COLUMN clock_offset_ms BIGINT"),
            QStringLiteral("ALTER TABLE devices ADD COLUMN clock_checked_at BIGINT"),
            // Products become part of the views, merged field by field as devices merge them:
            // the whole record and each field's HLC, and the low-stock level the stock view
            // flags.
            QStringLiteral("ALTER TABLE products ADD COLUMN low_stock BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE products ADD COLUMN record TEXT NOT NULL DEFAULT '{}'"),
            QStringLiteral("ALTER TABLE products ADD COLUMN field_hlc TEXT NOT NULL DEFAULT '{}'"),
            // The views are made again from the stored events, through the checks events pass
            // now: what an earlier version stored without them (a sale of 2^63 cents, a count
            // carried by a sale) stays in the events but leaves the views.
            QStringLiteral("DELETE FROM sales"),
            QStringLiteral("DELETE FROM stock_movements"),
            QStringLiteral("DELETE FROM products"),
            QStringLiteral("UPDATE projections SET seq = 0"),
        },
        {
            // The device that used a pairing code: it may use it again while the code lives
            // (its answer was lost), nobody else may.
            QStringLiteral("ALTER TABLE pair_codes ADD COLUMN used_by TEXT"),
        },
        {
            // A new device's snapshot reads a vendor's catalog, tax, tender and market day
            // events among its sales (ServerSnapshot.cpp) without reading every event.
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS events_type ON events (vendor_id, type, seq)"),
        },
        {
            // The order page (ShopStore.cpp): vendors that take orders, and the lists and
            // orders of their events, followed up to shop_vendors.seen_seq.
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS shop_vendors (
                vendor_id TEXT PRIMARY KEY REFERENCES vendors (id),
                slug TEXT NOT NULL UNIQUE,
                device_id TEXT NOT NULL,
                next_number BIGINT NOT NULL DEFAULT 1001,
                seen_seq BIGINT NOT NULL DEFAULT 0,
                enabled_at BIGINT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS shop_lists (
                vendor_id TEXT NOT NULL,
                market_date TEXT NOT NULL,
                hlc BIGINT NOT NULL,
                payload TEXT NOT NULL,
                PRIMARY KEY (vendor_id, market_date)))"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS shop_orders (
                vendor_id TEXT NOT NULL,
                id TEXT NOT NULL,
                number TEXT NOT NULL,
                token_hash TEXT NOT NULL DEFAULT '',
                market_date TEXT NOT NULL,
                state TEXT NOT NULL,
                hlc BIGINT NOT NULL,
                closed_at BIGINT NOT NULL DEFAULT 0,
                payload TEXT NOT NULL,
                PRIMARY KEY (vendor_id, id)))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS shop_orders_number ON shop_orders "
                           "(vendor_id, number)"),
        },
        marketMigration(),           // MarketSchema.cpp: markets, their vendors and join codes
        marketCapMigration(),        // MarketCaps.cpp: incentives held for booth sales
        marketHoldDeviceMigration(), // MarketCaps.cpp: the booth device of each hold
    };
    return list;
}

QString sqliteTypes(QString s)
{
    return s.replace(QLatin1String("BYTEA"), QLatin1String("BLOB"));
}

} // namespace

Status ServerStore::migrate()
{
    StoreTransaction tx(*m_db);
    if (!tx.begun())
        return tx.begun();
    // Several server processes may start at once against one PostgreSQL.
    if (m_db->postgres())
        if (auto l = m_db->exec(QStringLiteral("SELECT pg_advisory_xact_lock(727274001)")); !l)
            return std::unexpected(l.error());
    if (auto c
        = m_db->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS server_meta (key TEXT PRIMARY "
                                    "KEY, value TEXT NOT NULL)"));
        !c)
        return std::unexpected(c.error());
    auto v = m_db->scalar(
        QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema_version'"));
    if (!v)
        return std::unexpected(v.error());
    const int version = v->toInt();
    if (version > kSchemaVersion)
        return fail(Error::Code::SchemaTooNew,
                    QStringLiteral("the server database has schema %1; this server understands up "
                                   "to %2 and did not modify it")
                        .arg(version)
                        .arg(kSchemaVersion));
    const auto &list = migrations();
    for (int i = version; i < list.size(); ++i) {
        for (const QString &stmt : list[i])
            if (auto r = m_db->exec(m_db->postgres() ? stmt : sqliteTypes(stmt)); !r)
                return fail(Error::Code::Database,
                            QStringLiteral("server migration %1 failed: %2")
                                .arg(i + 1)
                                .arg(r.error().detail));
    }
    if (version < list.size()) {
        if (auto d
            = m_db->exec(QStringLiteral("DELETE FROM server_meta WHERE key = 'schema_version'"));
            !d)
            return std::unexpected(d.error());
        if (auto r = m_db->exec(QStringLiteral("INSERT INTO server_meta (key, value) VALUES "
                                               "('schema_version', ?)"),
                                {QString::number(list.size())});
            !r)
            return std::unexpected(r.error());
    }
    return tx.commit();
}

} // namespace sk::server
