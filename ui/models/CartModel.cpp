#include "ui/models/CartModel.h"

#include "core/checkout/CheckoutSession.h"

#include "ui/common/DisplayNames.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"

#include <QLocale>

namespace sk::ui {

namespace {

// The column titles, in the order of Column.
constexpr const char *kTitles[] = {
    QT_TRANSLATE_NOOP("sk::ui::CartModel", "Item"),
    QT_TRANSLATE_NOOP("sk::ui::CartModel", "Qty"),
    QT_TRANSLATE_NOOP("sk::ui::CartModel", "Price"),
    QT_TRANSLATE_NOOP("sk::ui::CartModel", "Disc."),
    QT_TRANSLATE_NOOP("sk::ui::CartModel", "Total"),
};
static_assert(std::size(kTitles) == CartModel::ColumnCount);

} // namespace

CartModel::CartModel(QObject *parent)
    : TitledTableModel("sk::ui::CartModel", kTitles, parent)
{
    recompute();
}

void CartModel::setRules(const SaleRules &rules)
{
    m_rules = rules;
    recompute();
    if (!m_cart.lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool CartModel::sameLine(const CartLine &a, const CartLine &b)
{
    return a.product.id == b.product.id && a.product.price == b.product.price
           && a.product.name == b.product.name && a.qty == b.qty && a.manualWeight == b.manualWeight
           && a.discount.kind == b.discount.kind && a.discount.value == b.discount.value;
}

Cart CartModel::withAdded(const CartLine &line) const
{
    return cartWithAdded(m_cart, line);
}

void CartModel::setCart(const Cart &cart)
{
    const qsizetype n = m_cart.lines.size();
    const qsizetype m = cart.lines.size();
    auto prefixEqual = [&](qsizetype count) {
        for (qsizetype i = 0; i < count; ++i)
            if (!sameLine(m_cart.lines[i], cart.lines[i]))
                return false;
        return true;
    };
    if (m == n + 1 && prefixEqual(n)) {
        beginInsertRows({}, int(n), int(n));
        m_cart = cart;
        recompute();
        endInsertRows();
        // Amounts of earlier lines can move (cart discount share, tax spread).
        if (n > 0)
            emit dataChanged(index(0, 0), index(int(n) - 1, ColumnCount - 1));
    } else if (m == n - 1) {
        qsizetype k = 0;
        while (k < m && sameLine(m_cart.lines[k], cart.lines[k]))
            ++k;
        bool restEqual = true;
        for (qsizetype i = k; i < m; ++i)
            restEqual = restEqual && sameLine(m_cart.lines[i + 1], cart.lines[i]);
        if (!restEqual) {
            beginResetModel();
            m_cart = cart;
            recompute();
            endResetModel();
        } else {
            beginRemoveRows({}, int(k), int(k));
            m_cart = cart;
            recompute();
            endRemoveRows();
            if (m > 0)
                emit dataChanged(index(0, 0), index(int(m) - 1, ColumnCount - 1));
        }
    } else if (m == n) {
        m_cart = cart;
        recompute();
        if (m > 0)
            emit dataChanged(index(0, 0), index(int(m) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_cart = cart;
        recompute();
        endResetModel();
    }
    emit totalsChanged();
}

void CartModel::recompute()
{
    Cart c = m_cart;
    c.tenders.clear();
    auto r = computeCart(m_rules, c);
    if (r) {
        m_comp = *r;
        m_error.clear();
    } else {
        m_error = r.error().detail;
        m_comp = Computation{};
        m_comp.lines.resize(m_cart.lines.size());
    }
}

Minor CartModel::ownDiscount(int row) const
{
    if (row < 0 || row >= m_cart.lines.size() || row >= m_comp.lines.size())
        return 0;
    const CartLine &l = m_cart.lines[row];
    const Minor gross = m_comp.lines[row].gross;
    switch (l.discount.kind) {
    case Discount::Kind::None:
        return 0;
    case Discount::Kind::Amount:
        return std::min(l.discount.value, gross);
    case Discount::Kind::Percent:
        return applyPpm(gross, l.discount.value).value_or(0);
    }
    return 0;
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cart.lines.size());
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const CartLine &l = m_cart.lines[row];
    const ComputedLine &c = m_comp.lines.value(row);
    const Currency &cur = m_rules.currency;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Item:
            return l.product.name;
        case Quantity:
            // A typed weight says so on the line, as it will on the receipt.
            // On a line of its own, so the quantity column stays narrow.
            return l.manualWeight ? tr("%1\n(manual)").arg(quantity(l.qty, l.product.unit))
                                  : quantity(l.qty, l.product.unit);
        case Price:
            return l.product.unit == Unit::Each
                       ? money(l.product.price, cur)
                       : tr("%1/%2").arg(money(l.product.price, cur),
                                         DisplayNames::unit(l.product.unit));
        case Discount: {
            const Minor d = ownDiscount(row);
            if (d == 0)
                return QString();
            if (l.discount.kind == Discount::Kind::Percent)
                return tr("−%1%").arg(formatPercent(l.discount.value, QLocale()));
            return tr("−%1").arg(money(d, cur));
        }
        case Total:
            return money(c.gross - ownDiscount(row), cur);
        }
        break;
    case Qt::EditRole:
        if (index.column() == Quantity)
            return NumberField::text(l.qty, quantityShape(l.product.unit));
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == Item)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("%1 (%2)").arg(l.product.name, l.product.sku);
    case ProductIdRole:
        return l.product.id;
    case UnitRole:
        return unitCode(l.product.unit);
    }
    return {};
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return section == Item ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return TitledTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags CartModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Quantity)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() != Quantity)
        return false;
    const CartLine &l = m_cart.lines[index.row()];
    auto q = parseQuantity(value.toString(), l.product.unit, NumberSource::Typed, QLocale());
    if (!q || *q <= 0)
        return false;
    if (*q == l.qty)
        return true;
    emit quantityEdited(index.row(), *q);
    return true;
}

} // namespace sk::ui
