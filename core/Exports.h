#pragma once

#include "core/Database.h"
#include "core/FileSafety.h"

#include <QDate>
#include <QIODevice>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace sk {

// How a result column is written to CSV. Money and quantities come out of SQL as integers
// (minor / milli units) and are written as fixed-point decimals with a dot and no grouping.
struct CsvColumn
{
    enum class Type { Text, Integer, Money, Quantity, Ppm };
    QString name;
    Type type = Type::Text;
};

// The decimals a numeric column is written with: money per the currency, quantities in
// thousandths, tax rates (ppm) as a percentage with 4; integers and text 0.
int decimalsOf(CsvColumn::Type type, int moneyDecimals);

struct ExportOptions
{
    bool bom = false;
    int moneyDecimals = 2;
    // Called every few thousand rows with the count so far; return false to cancel.
    std::function<bool(qint64)> progress;
};

// Stream the rows of `sql` as CSV (RFC 4180, formula cells neutralised). Memory stays flat.
// On SQLite, cells go from sqlite3_column_* into one reused byte buffer (csvbytes): the same
// bytes as CsvWriter, without a QVariant and a QString per cell.
Result<qint64> exportQuery(Database &db,
                           const QString &sql,
                           const QVariantList &binds,
                           const QList<CsvColumn> &columns,
                           QIODevice *out,
                           const ExportOptions &options);

// The connection's SQLite handle, for streaming large results without a QVariant per cell;
// null when the driver is not SQLite.
sqlite3 *sqliteHandle(Database &db);
sqlite3 *sqliteHandle(const QSqlDatabase &db);
using SqliteStatement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;
// Binds `count` values to parameters 1..count: null, QByteArray as UTF-8 text, QString as
// text, anything else as an integer. Text is copied unless `inPlace`, which is for values that
// stay alive and unchanged until the statement is reset and bound again (or its bindings
// cleared). SQLite's result code (SQLITE_OK).
int bindSqlite(sqlite3_stmt *stmt, const QVariant *values, qsizetype count, bool inPlace = false);
// Prepare `sql` on that handle and bind `binds` as above; finalized when dropped.
// The error's detail names the step that failed and SQLite's message.
Result<SqliteStatement>
prepareSqlite(sqlite3 *handle, const QString &sql, const QVariantList &binds);

// SQL expressions shared by exports and reports.
namespace sqlx {
// ISO 8601 local time with offset, from created_at (ms UTC) and utc_offset (s).
QString isoTime(const QString &table);
// Local business date of a sale, YYYY-MM-DD.
QString localDate(const QString &table);
} // namespace sqlx

struct DateRange
{
    QDate from; // inclusive, invalid = open
    QDate to;   // inclusive, invalid = open
};

// The two exports of the core issue; the Reports section adds the rest on the same machinery.
Result<qint64>
exportSales(Database &db, const DateRange &range, QIODevice *out, const ExportOptions &options);
Result<qint64>
exportLines(Database &db, const DateRange &range, QIODevice *out, const ExportOptions &options);

} // namespace sk
