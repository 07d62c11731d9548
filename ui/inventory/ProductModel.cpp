#include "ui/inventory/ProductModel.h"

#include "ui/common/DisplayNames.h"
#include "ui/common/Style.h"
#include "ui/inventory/InventoryPage.h"

#include <QBrush>
#include <QColor>

namespace sk::ui {

namespace {

// The column titles, in the order of Column.
constexpr const char *kTitles[] = {
    QT_TRANSLATE_NOOP("sk::ui::InventoryPage", "SKU"),
    QT_TRANSLATE_NOOP("sk::ui::InventoryPage", "Name"),
    QT_TRANSLATE_NOOP("sk::ui::InventoryPage", "Category"),
    QT_TRANSLATE_NOOP("sk::ui::InventoryPage", "Unit"),
    QT_TRANSLATE_NOOP("sk::ui::InventoryPage", "Price"),
    QT_TRANSLATE_NOOP("sk::ui::InventoryPage", "Tax"),
    QT_TRANSLATE_NOOP("sk::ui::InventoryPage", "Quick key"),
    QT_TRANSLATE_NOOP("sk::ui::InventoryPage", "Active"),
};
static_assert(std::size(kTitles) == ProductModel::ColumnCount);

} // namespace

ProductModel::ProductModel(QObject *parent)
    : TitledTableModel("sk::ui::InventoryPage", kTitles, parent)
{}

void ProductModel::setProducts(const QList<Product> &products, const Currency &currency)
{
    beginResetModel();
    m_products = products;
    m_currency = currency;
    endResetModel();
}

const Product *ProductModel::byId(const QString &id) const
{
    for (const Product &p : m_products)
        if (p.id == id)
            return &p;
    return nullptr;
}

int ProductModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

QVariant ProductModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_products.size())
        return {};
    const Product &p = m_products[index.row()];
    const QColor quick(p.quickColor);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Sku:
            return p.sku;
        case Name:
            return p.name;
        case Category:
            return p.category;
        case UnitCol:
            return DisplayNames::unit(p.unit);
        case Price:
            return money(p.price, m_currency);
        case Tax:
            return p.taxCategory;
        case QuickKey:
            return p.quickPos ? QString::number(*p.quickPos) : QString();
        case Active:
            return p.active ? InventoryPage::tr("yes") : InventoryPage::tr("no");
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Price || index.column() == QuickKey)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == QuickKey && quick.isValid())
            return QBrush(quick);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == QuickKey)
            return QBrush(readableOn(quick.isValid() ? quick : QColor(Qt::white)));
        return {};
    case ProductIdRole:
        return p.id;
    default:
        return {};
    }
}

ProductFilter::ProductFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void ProductFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool ProductFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel *m = sourceModel();
    return m->index(sourceRow, ProductModel::Sku, sourceParent)
               .data()
               .toString()
               .startsWith(m_text, Qt::CaseInsensitive)
           || m->index(sourceRow, ProductModel::Name, sourceParent)
                  .data()
                  .toString()
                  .contains(m_text, Qt::CaseInsensitive);
}

} // namespace sk::ui
