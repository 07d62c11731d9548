#pragma once

#include "core/Catalog.h"
#include "core/StockLedger.h"

namespace sk {

// A count far from the level the ledger expects is more often a slip of the finger (138.5 lb
// typed for 38.5) than stock that really went missing or appeared, so the count screens ask
// before storing it: far is a difference of more than half the expected level and more than
// kFarCountUnits whole units (5 jars, 5 lb), so small stock counted at 0 or 3 is never asked.
constexpr Milli kFarCountUnits = 5000;
bool countFarFromExpected(Milli counted, Milli expected);

// One count compared with what the ledger expected at the moment it was taken.
// variance = counted − expected, where expected is the level just before the count's HLC
// (docs/architecture.md "Stock is a log"): sales another device made before the count are
// absorbed by it, sales after it are subtracted from it.
struct CountResult
{
    QString movementId;
    QString productId;
    qint64 hlc = 0;
    Milli expected = 0;
    Milli counted = 0;
    Milli variance = 0;
    Minor varianceValue = 0; // variance × the product's price
};

// The end-of-day count: each entry is an absolute observation (kind "count", context "eod")
// recorded at once, so nothing counted is lost if the app stops. A recount of the same item is
// another observation; the variances of a day's counts add up to the item's true variance
// (each is measured against the one before).
class StockCount
{
public:
    explicit StockCount(Database &db);

    Result<CountResult>
    count(const QString &productId, Milli counted, const QString &context = QStringLiteral("eod"));
    // The counts of `context` recorded on a market day, oldest first, each with its variance.
    Result<QList<CountResult>> countsOf(const QString &marketDayId,
                                        const QString &context = QStringLiteral("eod"));
    // The load-out of a market day: one absolute count per item, all in one transaction.
    Status recordLoadOut(const QList<std::pair<QString, Milli>> &counts);

private:
    Database &m_db;
};

// Per item of a market day, between the load-out (latest "loadout" count of the day) and the
// load-in (latest "eod" count of the day after it):
//   unrecorded = load-out + received ± adjusted − sold − wasted − load-in
// Every movement in between counts, whichever device recorded it. unrecorded > 0 is stock
// that left without a record (missed sales, theft, giveaways); < 0 is more came back than the
// records explain. Items without both counts are listed but not reconciled.
struct ReconciliationLine
{
    QString productId;
    QString sku;
    QString name;
    Unit unit = Unit::Each;
    Minor price = 0;
    bool loadedOut = false;
    bool loadedIn = false;
    Milli loadOut = 0;
    Milli received = 0;
    Milli adjusted = 0;
    Milli sold = 0;   // sales less refunds
    Milli wasted = 0; // waste and samples
    Milli loadIn = 0;
    Milli unrecorded = 0;
    Minor unrecordedValue = 0;

    bool reconciled() const { return loadedOut && loadedIn; }
};

struct Reconciliation
{
    QString marketDayId;
    QList<ReconciliationLine> lines;
    int reconciledItems = 0;
    Minor unrecordedValue = 0; // sum over reconciled items
};

Result<Reconciliation> reconcileMarketDay(Database &db, const QString &marketDayId);

} // namespace sk
