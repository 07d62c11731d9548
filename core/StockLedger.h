#pragma once

#include "Database.h"
#include "Money.h"

#include <QAnyStringView>
#include <QJsonObject>
#include <QList>

namespace sk {

// One appended stock event. qty is a signed delta in milli-units, except for kind "count"
// where it is the absolute level observed at `hlc`.
struct StockMovement
{
    QString id;
    QString productId;
    QString kind; // receive, sale, refund, waste, adjust, count
    Milli qty = 0;
    qint64 hlc = 0;
    QString deviceId;
    qint64 createdAt = 0;
    QString saleId;
    QString marketDayId;
    QString context; // for counts: loadout, eod, manual
    QString reason;

    QJsonObject toJson() const;
    static Result<StockMovement> fromJson(const QJsonObject &o);
    static bool isKind(QAnyStringView kind);
};

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
