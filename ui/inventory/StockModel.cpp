#include "ui/inventory/StockModel.h"

#include "core/SaleEngine.h"
#include "ui/common/DisplayNames.h"
#include "ui/common/Style.h"
#include "ui/inventory/InventoryPage.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace sk::ui {

namespace {

// The column titles, in the order of Column.
constexpr const char *kTitles[] = {
    QT_TRANSLATE_NOOP("sk::ui::InventoryPage", "SKU"),
    QT_TRANSLATE_NOOP("sk::ui::InventoryPage", "Item"),
    QT_TRANSLATE_NOOP("sk::ui::InventoryPage", "Category"),
    QT_TRANSLATE_NOOP("sk::ui::InventoryPage", "Level"),
    QT_TRANSLATE_NOOP("sk::ui::InventoryPage", "Unit"),
    QT_TRANSLATE_NOOP("sk::ui::InventoryPage", "Price"),
    QT_TRANSLATE_NOOP("sk::ui::InventoryPage", "Value"),
    QT_TRANSLATE_NOOP("sk::ui::InventoryPage", "Status"),
};
static_assert(std::size(kTitles) == StockModel::ColumnCount);

} // namespace

StockModel::StockModel(QObject *parent)
    : TitledTableModel("sk::ui::InventoryPage", kTitles, parent)
{}

void StockModel::setStock(const QList<Product> &products,
                          const QHash<QString, Milli> &levels,
                          const Currency &currency)
{
    beginResetModel();
    m_currency = currency;
    m_rows.clear();
    for (const Product &p : products) {
        if (!p.active)
            continue;
        const Milli level = levels.value(p.id, 0);
        m_rows.append(Row{p, level, level > 0 ? lineAmount(p.price, level).value_or(0) : Minor(0)});
    }
    endResetModel();
}

const Product *StockModel::product(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].product : nullptr;
}

Milli StockModel::level(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].level : 0;
}

Minor StockModel::totalValue() const
{
    Minor total = 0;
    for (const Row &r : m_rows)
        total += r.value;
    return total;
}

int StockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StockModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    const Product &p = r.product;
    const bool oversold = r.level < 0;
    const bool low = !oversold && p.lowStock > 0 && r.level <= p.lowStock;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Sku:
            return p.sku;
        case Name:
            return p.name;
        case Category:
            return p.category;
        case Level:
            return formatQuantity(r.level, p.unit, QLocale());
        case UnitCol:
            return DisplayNames::unit(p.unit);
        case Price:
            return money(p.price, m_currency);
        case Value:
            return money(r.value, m_currency);
        case Status:
            if (oversold)
                return InventoryPage::tr("oversold");
            if (low)
                return InventoryPage::tr("low (≤ %1)")
                    .arg(formatQuantity(p.lowStock, p.unit, QLocale()));
            return QString();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Level || index.column() == Price || index.column() == Value)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (oversold)
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (low)
            return QBrush(QColor(0xff, 0xf0, 0xc2));
        return {};
    case SortRole:
        switch (index.column()) {
        case Level:
            return qlonglong(r.level);
        case Price:
            return qlonglong(p.price);
        case Value:
            return qlonglong(r.value);
        default:
            return data(index, Qt::DisplayRole);
        }
    case ProductIdRole:
        return p.id;
    case BarcodesRole:
        return p.barcodes;
    case CategoryRole:
        return p.category;
    case AttentionRole:
        return oversold || low;
    default:
        return {};
    }
}

StockFilter::StockFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(StockModel::SortRole);
}

void StockFilter::setFilter(const QString &text,
                            const std::optional<QString> &category,
                            bool attentionOnly)
{
    m_text = text.trimmed();
    m_category = category;
    m_attentionOnly = attentionOnly;
    invalidateFilter();
}

bool StockFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex sku = m->index(sourceRow, StockModel::Sku, sourceParent);
    if (m_category && sku.data(StockModel::CategoryRole).toString() != *m_category)
        return false;
    if (m_attentionOnly && !sku.data(StockModel::AttentionRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    return sku.data().toString().startsWith(m_text, Qt::CaseInsensitive)
           || m->index(sourceRow, StockModel::Name, sourceParent)
                  .data()
                  .toString()
                  .contains(m_text, Qt::CaseInsensitive)
           || sku.data(StockModel::BarcodesRole).toStringList().contains(m_text);
}

} // namespace sk::ui
