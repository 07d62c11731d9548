#include <QStringList>

// The server's migration 6: markets. A market's office is a vendor row of its own, so its
// managers' devices pair, push and pull through the same paths as a vendor's (their events are
// the booth's: token sales, inventory, counts, statements); `market_members` lists the vendors
// that joined with a join code. IF NOT EXISTS: migrations of parallel changes may be re-ordered
// when they meet, and this one then runs on a store that already has its tables.

namespace sk::server {

QStringList marketMigration()
{
    return {
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS markets (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            office_vendor_id TEXT NOT NULL UNIQUE REFERENCES vendors (id),
            created_at BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS market_members (
            market_id TEXT NOT NULL REFERENCES markets (id),
            vendor_id TEXT NOT NULL REFERENCES vendors (id),
            joined_at BIGINT NOT NULL,
            PRIMARY KEY (market_id, vendor_id)))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS market_members_vendor ON market_members "
                       "(vendor_id)"),
        // code_id: the first group of the code, to find the row; only a hash of the rest.
        // A join code is used by every vendor of the market until it expires.
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS market_join_codes (
            code_id TEXT PRIMARY KEY,
            market_id TEXT NOT NULL REFERENCES markets (id),
            code_hash TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            expires_at BIGINT NOT NULL,
            failures INTEGER NOT NULL DEFAULT 0))"),
    };
}

} // namespace sk::server
