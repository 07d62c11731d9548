#include "ReportTableModel.h"

#include "common/Style.h"

#include <QFont>
#include <QLocale>

namespace sk::ui {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setTable(reports::ReportTable table)
{
    beginResetModel();
    m_table = std::move(table);
    m_currency = Currency::fromCode(m_table.currency);
    m_currency.decimals = m_table.moneyDecimals;
    endResetModel();
}

void ReportTableModel::clear()
{
    setTable({});
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant &v = m_table.rows[index.row()][index.column()];
    const reports::ReportColumn &c = m_table.columns[index.column()];
    const bool totals = m_table.hasTotals && index.row() == m_table.rows.size() - 1;
    switch (role) {
    case Qt::DisplayRole: {
        if (v.isNull())
            return QString();
        const QLocale locale;
        switch (c.type) {
        case CsvColumn::Type::Text:
            return totals && v.toString() == u"total" ? tr("Total") : v.toString();
        case CsvColumn::Type::Integer:
            return locale.toString(v.toLongLong());
        case CsvColumn::Type::Money:
            return money(v.toLongLong(), m_currency);
        case CsvColumn::Type::Quantity:
            return formatFixed(v.toLongLong(), 3, locale, true);
        case CsvColumn::Type::Ppm:
            return tr("%1 %").arg(formatFixed(v.toLongLong() / 100, 2, locale, true));
        }
        return {};
    }
    case Qt::TextAlignmentRole:
        return c.type == CsvColumn::Type::Text ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totals) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case RawRole:
        return v;
    case IsTotalsRole:
        return totals;
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(m_table.columns[section].name);
    if (role == Qt::ToolTipRole)
        return m_table.columns[section].name; // the CSV column name
    return {};
}

QString ReportTableModel::columnTitle(const QString &name)
{
    QString t = name;
    t.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!t.isEmpty())
        t[0] = t[0].toUpper();
    return t;
}

} // namespace sk::ui
