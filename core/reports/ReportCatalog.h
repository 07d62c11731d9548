#pragma once

#include "core/Database.h"
#include "core/Exports.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

namespace sk::reports {

// What a report is narrowed to. Dates are local business dates, inclusive; an invalid date or
// an empty name leaves that side open.
struct ReportFilter
{
    QDate from;
    QDate to;
    QString market;   // exact market name
    QString category; // product category (as sold: the line's snapshot)
};

// Which filters a report honours. A filter a report cannot apply honestly (a category on a
// whole-sale listing, say) is refused rather than silently ignored.
enum FilterFlag { FilterDate = 1, FilterMarket = 2, FilterCategory = 4 };

struct ReportColumn
{
    QString name; // stable snake_case CSV header (docs/cli.md "Reports")
    CsvColumn::Type type = CsvColumn::Type::Text;
    bool summed = false; // added up in the totals row
};

// SQL and positional binds of one report run.
struct ReportQuery
{
    QString sql;
    QVariantList binds;
};

// A named report: its columns, the filters it takes and how its SQL is built. The SQL returns
// exactly `columns`, in order: text as text, money in minor units, quantities in milli-units,
// rates in parts per million (written as percent). Definitions are data; ReportRunner runs them.
struct ReportDefinition
{
    QString name;            // "by_item": the CLI name and the export's default file name
    const char *title;       // English; translated in the UI (context "sk::reports")
    const char *description; // one sentence: what a row is
    QList<ReportColumn> columns;
    int filters = FilterDate | FilterMarket;
    bool totals = false; // a last row adds up the summed columns; label in the first text column
    Result<ReportQuery> (*build)(Database &db, const ReportFilter &filter) = nullptr;

    int columnIndex(const QString &column) const;
};

// Every report of the Reports section and `stallkeeper-cli report`, in menu order.
class ReportCatalog
{
public:
    static const QList<ReportDefinition> &all();
    static const ReportDefinition *find(const QString &name);
    // Checks that `filter` only uses filters the report takes and that from <= to.
    static Status validate(const ReportDefinition &report, const ReportFilter &filter);
};

} // namespace sk::reports
