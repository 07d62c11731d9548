#pragma once

#include "core/Money.h"
#include "core/reports/ReportRunner.h"

#include <QAbstractTableModel>

namespace sk::ui {

// A report table for a QTableView: money in the vendor's locale with its symbol, quantities
// and percentages localised, numbers right-aligned, the totals row in bold. Columns come from
// the report definition, so there is no fixed Column enum; RawRole gives the stored value
// (minor / milli / ppm units) for charts and tests.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { RawRole = Qt::UserRole + 1, IsTotalsRole };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(reports::ReportTable table);
    void clear();
    const reports::ReportTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "net_sales" -> "Net sales": the column header a person reads.
    static QString columnTitle(const QString &name);
    // Whether the column has a title of its own (translated), not only its name made readable.
    static bool hasColumnTitle(const QString &name);
    // A text cell as a person reads it: built-in tender and tax names and units in the vendor's
    // language, weekdays and hours as the locale writes them ("Lun.", "8:00 AM"); the CSV keeps
    // the stored value.
    static QString shownText(const reports::ReportTable &table, int row, int column);

private:
    reports::ReportTable m_table;
    Currency m_currency;
};

} // namespace sk::ui
