#pragma once

#include "core/Database.h"

#include <QDate>

#include <functional>

namespace sk {

// The products a new install starts with (a mixed farm stall), so the app is usable at once.
Status seedDemoCatalog(Database &db);

struct DemoOptions
{
    int marketDays = 30;
    int salesPerDay = 150;
    quint64 seed = 42;
    QDate start = QDate(2025, 1, 1);
    bool outbox = false; // also queue every sale for sync (for push benchmarks)
    std::function<bool(int dayDone, int days)> progress;
};

struct DemoSummary
{
    qint64 sales = 0;
    qint64 refunds = 0;
    qint64 voids = 0;
    qint64 lines = 0;
    int marketDays = 0;
};

// Realistic, deterministic history: three markets a week, seasonal produce, weighed and each
// items, cash / card / SNAP / tokens / FMNP, refunds and voids, a load-out and an end-of-day
// count. Same seed and options, same rows (ids aside).
Result<DemoSummary> generateDemoData(Database &db, const DemoOptions &options);

} // namespace sk
