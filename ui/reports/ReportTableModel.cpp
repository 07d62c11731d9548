#include "ui/reports/ReportTableModel.h"

#include "ui/common/DisplayNames.h"
#include "ui/common/Style.h"

#include <QFont>
#include <QLocale>
#include <QTime>
#include <QtGlobal>

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
            return totals && v.toString() == u"total"
                       ? tr("Total")
                       : shownText(m_table, index.row(), index.column());
        case CsvColumn::Type::Integer:
            return locale.toString(v.toLongLong());
        case CsvColumn::Type::Money:
            return money(v.toLongLong(), m_currency);
        case CsvColumn::Type::Quantity: {
            // Whole quantities read as counts ("26", not "26.000"); weights keep 3 decimals.
            const qint64 q = v.toLongLong();
            if (q % 1000 == 0)
                return locale.toString(q / 1000);
            return formatFixed(q, 3, locale, true);
        }
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

QString ReportTableModel::shownText(const reports::ReportTable &table, int row, int column)
{
    const QString text = table.rows[row][column].toString();
    const QString &name = table.columns[column].name;
    const auto sibling = [&](QLatin1StringView other) {
        for (qsizetype k = 0; k < table.columns.size(); ++k)
            if (table.columns[k].name == other)
                return table.rows[row][k].toString();
        return QString();
    };
    if (name == u"tender_name")
        return DisplayNames::tender(sibling(QLatin1StringView("tender")), text);
    if (name == u"program")
        return DisplayNames::program(text);
    if (name == u"tax_category_name")
        return DisplayNames::taxCategory(sibling(QLatin1StringView("tax_category")), text);
    if (name == u"unit") {
        if (auto u = unitFromCode(text))
            return DisplayNames::unit(*u);
        return text;
    }
    if (name == u"weekday" || name == u"weekday_name") {
        // Stored in English (core/reports/ReportCatalog.cpp weekdayName()), Monday first.
        for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
            if (text == QLocale::c().dayName(day))
                return QLocale().dayName(day);
        return text;
    }
    if (name == u"hour_range") {
        // "08:00-09:00": from one hour to the next, as the locale's clock writes them.
        const QStringList ends = text.split(QLatin1Char('-'));
        const QTime from = QTime::fromString(ends.value(0), QStringLiteral("HH:mm"));
        const QTime to = ends.value(1) == u"24:00"
                             ? QTime(0, 0)
                             : QTime::fromString(ends.value(1), QStringLiteral("HH:mm"));
        if (from.isValid() && to.isValid())
            return tr("%1–%2").arg(QLocale().toString(from, QLocale::ShortFormat),
                                   QLocale().toString(to, QLocale::ShortFormat));
        return text;
    }
    return text;
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

namespace {
// Column titles on screen, in the vendor's language; the CSV keeps the stable snake_case names
// (docs/cli.md "Reports"), shown as the tooltip.
struct ColumnTitle
{
    const char *column;
    const char *title;
};
constexpr ColumnTitle kColumnTitles[] = {
    {"business_date", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Date")},
    {"cancelled", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Cancelled")},
    {"cash_refunds", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Cash refunds")},
    {"cash_sales", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Cash handed over")},
    {"category", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Category")},
    {"change_due", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Change due")},
    {"change_given", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Change given")},
    {"collected", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Collected")},
    {"context", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Context")},
    {"counted_at", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Counted at")},
    {"counted_cash", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Counted cash")},
    {"counted_qty", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Counted")},
    {"created_at", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Time")},
    {"currency", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Currency")},
    {"device_id", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Device")},
    {"difference", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Difference")},
    {"discount", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Discount")},
    {"discount_percent", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Discount %")},
    {"expected_cash", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Expected cash")},
    {"expected_qty", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Expected")},
    {"fee_due", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Fee due")},
    {"fill_rate_percent", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Fill rate %")},
    {"gross", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Gross")},
    {"hour", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Hour")},
    {"hour_range", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Hours")},
    {"incentive_issued", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Incentive issued")},
    {"incentive_redeemed", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Redeemed")},
    {"kind", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Kind")},
    {"line_no", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Line")},
    {"lines", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Lines")},
    {"manual_weight", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Weight typed in")},
    {"market", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Market")},
    {"market_date", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Market day")},
    {"market_days", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Market days")},
    {"min_max_adjustment",
     QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Raised or lowered to the limit")},
    {"name", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Name")},
    {"net", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Net")},
    {"net_amount", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Net amount")},
    {"net_qty", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Net quantity")},
    {"net_sales", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Net sales")},
    {"no_shows", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "No-shows")},
    {"opening_float", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Opening float")},
    {"orders", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Orders")},
    {"original_receipt_no", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Original receipt")},
    {"original_sale_id", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Original sale")},
    {"paid_ins", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Paid-ins")},
    {"partly", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Partly picked up")},
    {"payments", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Payments")},
    {"payouts", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Payouts")},
    {"period", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Period")},
    {"period_start", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Period start")},
    {"picked_up", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Picked up")},
    {"program", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Program")},
    {"qty", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Quantity")},
    {"qty_returned", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Returned")},
    {"qty_sold", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Sold")},
    {"rate_percent", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Rate %")},
    {"reason", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Reason")},
    {"receipt_no", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Receipt")},
    {"received", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Received")},
    {"ref_sale_id", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Refers to sale")},
    {"refunded", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Refunded")},
    {"returns", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Returns")},
    {"rounding", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Rounding")},
    {"sale_id", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Sale")},
    {"sales", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Sales")},
    {"sales_base", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Sales the share is taken of")},
    {"share", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Share of sales")},
    {"sku", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "SKU")},
    {"snap_sales", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "SNAP sales")},
    {"stall_fee", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Stall fee")},
    {"subtotal", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Subtotal")},
    {"tax", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Tax")},
    {"tax_category", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Tax category")},
    {"tax_category_name", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Tax category name")},
    {"tax_rate_percent", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Tax rate %")},
    {"taxable_base", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Taxable base")},
    {"tender", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Tender")},
    {"tender_name", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Tender name")},
    {"tendered", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Tendered")},
    {"tenders", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Tenders")},
    {"times_sold", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Times sold")},
    {"tokens", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Tokens")},
    {"total", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Total")},
    {"transactions", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Transactions")},
    {"unit", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Unit")},
    {"unit_price", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Unit price")},
    {"untaxed_paid", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Paid untaxed")},
    {"variance_qty", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Variance")},
    {"variance_value", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Variance value")},
    {"waiting", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Waiting")},
    {"weekday", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Weekday")},
    {"weekday_name", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Day")},
    {"weight_difference", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Weight difference")},
    {"weight_handed_over", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Weight handed over")},
    {"weight_ordered", QT_TRANSLATE_NOOP("sk::ui::ReportTableModel", "Weight ordered")},
};
} // namespace

bool ReportTableModel::hasColumnTitle(const QString &name)
{
    for (const ColumnTitle &c : kColumnTitles)
        if (name == QLatin1String(c.column))
            return true;
    return false;
}

QString ReportTableModel::columnTitle(const QString &name)
{
    for (const ColumnTitle &c : kColumnTitles)
        if (name == QLatin1String(c.column))
            return tr(c.title);
    // A column without a title of its own: its name, made readable.
    QString t = name;
    t.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!t.isEmpty())
        t[0] = t[0].toUpper();
    return t;
}

} // namespace sk::ui
