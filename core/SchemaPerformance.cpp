#include "core/Schema.h"

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

// Migration 13: the stock counts of a market day by that day. The end of day's summary (and so
// the desktop app's start, which builds the End of day section) asks for them with the market
// day and the count's context; without this index SQLite walked every stock movement in hlc
// order, 1.6 s of CPU with 3M movements. Only count movements enter it: a few a day.
Migration migrationCountsByDay()
{
    return {13,
            {
                QStringLiteral(
                    "CREATE INDEX IF NOT EXISTS stock_movements_day_counts ON stock_movements "
                    "(market_day_id, context) WHERE kind = 'count'"),
            }};
}

} // namespace sk
