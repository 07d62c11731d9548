#pragma once

#include "core/reports/ReportCatalog.h"

#include <QIODevice>

#include <atomic>
#include <functional>

namespace sk::reports {

// A report held in memory for the UI: raw cells (QString for text, qint64 for numbers in
// minor / milli / ppm units, a null QVariant for an empty cell). When `hasTotals`, the last
// row is the totals row.
struct ReportTable
{
    QString report;
    QList<ReportColumn> columns;
    QList<QVariantList> rows;
    bool hasTotals = false;
    QString currency; // of the money columns (settings)
    int moneyDecimals = 2;
};

struct RunOptions
{
    // Rows so far; called every few thousand rows and while SQLite works on a long aggregate.
    // Return false to cancel: the run ends with Error::Code::Cancelled.
    std::function<bool(qint64 rows)> progress;
    // Checked from SQLite's progress handler too, so a cancel stops a long GROUP BY at once.
    const std::atomic<bool> *cancel = nullptr;
    bool bom = false; // CSV only
};

// Receives a report row by row: CSV streaming and the in-memory table share one loop.
class ReportSink
{
public:
    virtual ~ReportSink() = default;
    virtual Status begin(const QList<ReportColumn> &columns, int moneyDecimals) = 0;
    virtual Status row(const QVariantList &cells, bool totals) = 0;
};

// Runs report definitions: SQL on the given connection (a worker thread passes its own),
// a totals row summed with overflow checks, cancellation through the progress callback.
class ReportRunner
{
public:
    explicit ReportRunner(Database &db);

    // Data rows produced (the totals row not counted).
    Result<qint64> run(const ReportDefinition &report,
                       const ReportFilter &filter,
                       ReportSink &sink,
                       const RunOptions &options = {});
    Result<ReportTable> table(const ReportDefinition &report,
                              const ReportFilter &filter,
                              const RunOptions &options = {});
    // CSV per docs/cli.md "CSV files": RFC 4180, CRLF, UTF-8 (BOM if asked), numbers with a dot and
    // no grouping, formula cells neutralised. Streams: memory stays flat.
    Result<qint64> writeCsv(const ReportDefinition &report,
                            const ReportFilter &filter,
                            QIODevice *out,
                            const RunOptions &options = {});
    // writeCsv into a temporary file renamed over `path` only on success.
    Result<qint64> exportCsv(const ReportDefinition &report,
                             const ReportFilter &filter,
                             const QString &path,
                             const RunOptions &options = {});

private:
    Database &m_db;
};

// The text a cell has in CSV (locale-independent) for a column type.
QString csvCellText(CsvColumn::Type type, const QVariant &value, int moneyDecimals);

} // namespace sk::reports
