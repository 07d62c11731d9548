#include "Schema.h"

namespace sk {

// Migration 5: indexes the hot paths need once a device holds years of history.
// Opening a database seeds the hybrid logical clock from the newest hlc in sales,
// stock_movements and outbox; without an index on hlc that was a scan of every sale and
// movement in the file on each start (about half a second with 1M sales). Each index adds one
// entry per row at the right edge of its b-tree (hlc only grows on a device), so the cost on a
// sale's commit is small.
Migration migrationPerformance()
{
    return {5,
            {
                QStringLiteral("CREATE INDEX sales_hlc ON sales (hlc)"),
                QStringLiteral("CREATE INDEX stock_movements_hlc ON stock_movements (hlc)"),
                QStringLiteral("CREATE INDEX outbox_hlc ON outbox (hlc)"),
            }};
}

} // namespace sk
