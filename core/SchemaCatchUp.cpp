#include "core/Schema.h"

namespace sk {

// Migration 12: a new device that starts from the server's snapshot (sync/SyncEngine.h).
// - stock_snapshot: each product's stock level as the snapshot gave it, standing at the newest
//   HLC of the movements it covers. StockLedger takes it as the latest count while the history
//   those movements belong to is still coming down; it is emptied once the history is in.
// - stock_movements_device: this device's own movements after a mark (the review flags'
//   pass after every pulled page) without reading every other device's movements.
Migration migrationCatchUp()
{
    return {
        12,
        {
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS stock_snapshot (
                    product_id TEXT PRIMARY KEY,
                    level INTEGER NOT NULL,
                    hlc INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS stock_movements_device ON stock_movements "
                           "(device_id, hlc)"),
        }};
}

} // namespace sk
