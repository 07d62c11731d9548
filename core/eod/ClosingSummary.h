#pragma once

#include "core/MarketDay.h"
#include "core/checkout/Permissions.h"
#include "core/eod/CashDrawer.h"
#include "core/eod/StockReconciliation.h"

#include <QIODevice>

namespace sk {

struct TenderTotal
{
    QString code;
    QString name;
    int count = 0;    // sales paid (partly) with it
    Minor amount = 0; // applied to sales, less what refunds and voids gave back through it
};

struct ItemTotal
{
    QString productId;
    QString sku;
    QString name;
    Unit unit = Unit::Each;
    Milli qty = 0; // sold less returned
    Minor net = 0; // after discounts, before tax
};

// The closing summary of one market day, the figures the vendor checks before closing:
//   net taken = Σ total of every sale, refund and void of the day
//             = gross − discounts + tax + rounding on sales − refunds − voids
// (tax-exclusive prices; with inclusive prices the tax is inside gross). Refunds and voids are
// positive amounts here. The counted cash comes from the latest drawer count, if any, and is
// compared with what was expected at that count; the expectation shown is the current one.
struct ClosingSummary
{
    MarketDay day;
    Currency currency;
    int sales = 0;
    int refunds = 0;
    int voids = 0;
    Minor gross = 0;
    Minor discounts = 0;
    Minor refundsAmount = 0;
    Minor voidsAmount = 0;
    Minor tax = 0; // net of refunds and voids
    Minor rounding = 0;
    Minor netTotal = 0;
    QList<TenderTotal> tenders;
    QList<ItemTotal> topItems;

    int itemsCounted = 0;         // distinct items with an end-of-day count
    Minor stockVarianceValue = 0; // Σ variance × price of the day's end-of-day counts
    Reconciliation reconciliation;

    DrawerExpectation drawer;
    std::optional<DrawerCount> drawerCount;
    QList<CashMovement> cashMovements;
    // Owner-only actions at this till during the day (TillActionLog): the drawer opened with no
    // sale, price changes, and voids and refunds with who did and who approved them.
    QList<TillAction> tillActions;
    // Sales, voids and refunds that took or paid back cash or gave change: each opened the
    // drawer (with no-sale openings from tillActions, every time the drawer opened).
    int drawerOpeningsWithSale = 0;

    // Counted cash against what was expected when it was counted. What is recorded after the
    // count (a payout, a paid-in, a late sale) happened after it: it moves the expected cash
    // now (cashSinceCount), never the count's balance.
    std::optional<Minor> cashOverShort() const
    {
        return drawerCount ? std::optional<Minor>(drawerCount->overShort) : std::nullopt;
    }
    // Cash in or out of the drawer recorded since the count (expected now − expected then).
    Minor cashSinceCount() const
    {
        return drawerCount ? drawer.expectedCash() - drawerCount->cashExpected : 0;
    }
};

Result<ClosingSummary> closingSummary(Database &db, const QString &marketDayId, int topItems = 10);

// CSV (docs/cli.md "End of day"): section, key, name, count, quantity, unit, amount.
Status writeClosingSummaryCsv(const ClosingSummary &s, QIODevice *out, bool bom = false);
// Per-item load-out/load-in reconciliation as CSV.
Status writeReconciliationCsv(const ClosingSummary &s, QIODevice *out, bool bom = false);

} // namespace sk
