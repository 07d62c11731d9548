#pragma once

#include <QStringList>

#include <vector>

namespace sk {

// Numbered schema migrations. Entry i (0-based) takes the schema from user_version i to i + 1.
// Append only: a released migration is never edited.
struct Migration
{
    int version;
    QStringList statements;
};

const std::vector<Migration> &migrations();

// BEFORE UPDATE/DELETE triggers that make the listed append-only tables immutable.
QStringList immutableTriggers(const QStringList &tables);

// Each area owns the migration that adds its tables (file named after it), so areas can grow
// their schema without touching each other's statements. Versions are fixed here.
Migration migrationCore();         // 1: Schema.cpp
Migration migrationCheckout();     // 2: SchemaCheckout.cpp (parked carts, users and PINs)
Migration migrationEndOfDay();     // 3: SchemaEndOfDay.cpp (drawer counts, wizard progress)
Migration migrationSync();         // 4: SchemaSync.cpp (sync state, rejected events)
Migration migrationPerformance();  // 5: SchemaPerformance.cpp (indexes for large histories)
Migration migrationRollup();       // 6: SchemaRollup.cpp (daily summaries for reports)
Migration migrationSettings();     // 7: SchemaSettings.cpp (tax categories can be deactivated)
Migration migrationOutboxQueue();  // 8: SchemaOutbox.cpp (unsent outbox events, by number)
Migration migrationMoney();        // 9: SchemaMoney.cpp (refund_to, refund origins, client refs)
Migration migrationRoles();        // 10: SchemaRoles.cpp (till action log: who, who approved)
Migration migrationReports();      // 11: SchemaReports.cpp (summaries and indexes for every report)
Migration migrationCatchUp();      // 12: SchemaCatchUp.cpp (a new device's snapshot of stock)
Migration migrationCountsByDay();  // 13: SchemaPerformance.cpp (a market day's stock counts)
Migration migrationHardware();     // 14: hardware/SchemaHardware.cpp (receipts waiting to print)
Migration migrationSummaryBatch(); // 15: SchemaSummaryBatch.cpp (summaries of a batch of sales)
Migration migrationPrograms();     // 16: SchemaPrograms.cpp (eligibility classes, incentive match)
Migration migrationTenderPrograms(); // 17: SchemaTenderPrograms.cpp (who reimburses a tender, fees)
Migration migrationPreOrders();    // 18: preorder/SchemaPreOrders.cpp (orders, lists, reservations)
Migration migrationManualWeight(); // 19: hardware/SchemaHardware.cpp (weights typed in by hand)
Migration migrationBooth();        // 20: booth/SchemaBooth.cpp (the market office's token booth)
Migration migrationProgramSync();  // 21: SchemaProgramSync.cpp (market fees carry an HLC for sync)
Migration migrationIncentiveProgram(); // 22: SchemaIncentiveProgram.cpp (the match has a program)
Migration migrationProgramSummary(); // 23: SchemaProgramSummary.cpp (tender sets, redemption)

// Schema 15: the summaries of migrations 6 and 11 for a batch of sales whose ids are in
// summary_batch, one statement per summary table; the sales' row triggers leave them out.
// The batch writes its sales' ids, the sales, runs these, then empties summary_batch, in one
// transaction (sync::SaleBatch).
QStringList summaryBatchStatements();
// The condition that the sale with id `saleId` is not in the batch; the batch's sales as a FROM
// clause with the sales row `s`.
QString summaryBatchGuard(const char *saleId);
QString summaryBatchSales();
// Parts of the statements above and of schema 15's triggers (SchemaRollup.cpp, SchemaReports.cpp).
QStringList rollupSummaryInserts();
QStringList rollupTriggersBatched();
QStringList reportSummaryInserts();
QStringList reportTriggersBatched();
QStringList programSummaryInserts();

// Schema 8's queue of unsent outbox events (pending or rejected): a FROM clause of their rows
// as `o`, in queue order by `u.seq`; and the condition that a row of `outbox` is one of them.
QString unsentOutbox();
QString outboxIsUnsent();

} // namespace sk
