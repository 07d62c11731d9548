#pragma once

#include "core/Database.h"
#include "core/Money.h"
#include "core/model/StockMovement.h"

#include <QAnyStringView>
#include <QJsonObject>
#include <QList>

namespace sk {

struct StockLevel
{
    QString productId;
    Milli level = 0;
    bool counted = false; // a count exists; otherwise the level is the sum of all movements
    qint64 lastCountHlc = 0;
};

// What every stock view flags (the till, the CLI, the server): oversold below zero, low at or
// below the product's low-stock level when it has one.
enum class StockStatus { Ok, Low, Oversold };
StockStatus stockStatus(Milli level, Milli lowStock);

// Stock is a log, never a stored number. The level of a product is its latest count (by HLC,
// ties broken by id) plus every non-count movement with a later HLC. This gives the same
// answer whatever order devices' events arrive in. Levels may go negative (oversold).
class StockLedger
{
public:
    explicit StockLedger(Database &db);

    // Record a movement (receive / waste / adjust / count) in its own transaction, or inside
    // the caller's when inTransaction. For "count", qty is the absolute observed level.
    Result<StockMovement> record(const QString &productId,
                                 StockKind kind,
                                 Milli qty,
                                 const QString &reason = {},
                                 const QString &context = {},
                                 bool inTransaction = false);
    // The same with the kind as its code, as a script or a form gives it ("waste").
    Result<StockMovement> record(const QString &productId,
                                 const QString &kind,
                                 Milli qty,
                                 const QString &reason = {},
                                 const QString &context = {},
                                 bool inTransaction = false);
    // Insert a movement exactly as given (sales, sync); the caller holds the transaction.
    Status insert(const StockMovement &m);

    Result<StockLevel> level(const QString &productId);
    // The level just before `hlc` (what a count at that time is compared with).
    Result<Milli> levelBefore(const QString &productId, qint64 hlc);
    Result<QList<StockLevel>> levels();
    Result<QList<StockMovement>> history(const QString &productId, int limit = 500);

private:
    Database &m_db;
};

} // namespace sk
