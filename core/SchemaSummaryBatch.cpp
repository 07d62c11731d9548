#include "core/Schema.h"

namespace sk {

QString summaryBatchGuard(const char *saleId)
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM summary_batch WHERE sale_id = ")
           + QLatin1String(saleId) + QLatin1Char(')');
}

QString summaryBatchSales()
{
    // CROSS JOIN keeps this order: the batch's few ids, each sale by its key.
    return QStringLiteral("summary_batch b CROSS JOIN sales s ON s.id = b.sale_id");
}

QStringList summaryBatchStatements()
{
    return rollupSummaryInserts() + reportSummaryInserts() + programSummaryInserts();
}

// Migration 15: the daily summaries of a batch of sales written once for the batch. A new
// device pulling a season of sales spent most of its time in the summaries' row triggers
// (migrations 6 and 11): an upsert into each summary for every sale, line and tender. The sales
// of a batch (their ids in summary_batch, in the batch's own transaction, so no other
// connection ever sees a row there) are left out by the triggers, and the batch adds up their
// summaries in one statement per table, the statements of the migrations' backfills: the rows
// are the same as the triggers write. Every other way a sale arrives keeps the triggers.
// IF EXISTS / IF NOT EXISTS: a file taken back to an older version upgrades again cleanly.
Migration migrationSummaryBatch()
{
    QStringList statements{QStringLiteral(
        "CREATE TABLE IF NOT EXISTS summary_batch (sale_id TEXT PRIMARY KEY) WITHOUT ROWID")};
    for (const QString &create : rollupTriggersBatched() + reportTriggersBatched()) {
        // "CREATE TRIGGER <name> AFTER ..."
        const QString name = create.section(QLatin1Char(' '), 2, 2);
        statements << QStringLiteral("DROP TRIGGER IF EXISTS ") + name << create;
    }
    return {15, statements};
}

} // namespace sk
