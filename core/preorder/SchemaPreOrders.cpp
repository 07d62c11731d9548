#include "core/Schema.h"

namespace sk {

// Migration 18: pre-orders (core/preorder/PreOrderRepository.h). The published lists and the
// orders are synced records kept whole as JSON with the columns they are found by; reservations
// are stock movements of their own kind, apart from the on-hand log so that no level, count or
// report of it changes; preorder_sales links a sale to the order it handed over. IF NOT EXISTS,
// as migration 12: a file taken back to an older version number upgrades again cleanly.
Migration migrationPreOrders()
{
    return {18,
            {QStringLiteral(R"(CREATE TABLE IF NOT EXISTS preorder_lists (
                market_date TEXT PRIMARY KEY,
                id TEXT NOT NULL,
                hlc INTEGER NOT NULL,
                payload TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE IF NOT EXISTS preorders (
                id TEXT PRIMARY KEY,
                number TEXT NOT NULL,
                market_date TEXT NOT NULL,
                state TEXT NOT NULL,
                customer_name TEXT NOT NULL,
                contact TEXT NOT NULL DEFAULT '',
                hlc INTEGER NOT NULL,
                closed_at INTEGER NOT NULL DEFAULT 0,
                payload TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS preorders_day ON preorders (market_date, "
                            "state)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS preorders_number ON preorders (number)"),
             QStringLiteral(R"(CREATE TABLE IF NOT EXISTS stock_reservations (
                id TEXT PRIMARY KEY,
                product_id TEXT NOT NULL,
                order_id TEXT NOT NULL,
                qty INTEGER NOT NULL,
                hlc INTEGER NOT NULL,
                created_at INTEGER NOT NULL,
                reason TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS stock_reservations_product ON "
                            "stock_reservations (product_id)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS stock_reservations_order ON "
                            "stock_reservations (order_id, product_id)"),
             QStringLiteral(R"(CREATE TABLE IF NOT EXISTS preorder_sales (
                sale_id TEXT PRIMARY KEY,
                order_id TEXT NOT NULL))")}};
}

} // namespace sk
