#pragma once

#include "core/SaleEngine.h"
#include "ui/models/TitledTableModel.h"

namespace sk::ui {

// The open cart as a table: one row per line, the computed amounts from sk::computeCart after
// every change. The model holds lines and the cart discount, never tenders (they belong to the
// tender dialog). Changes come in through setCart(), which tells views exactly which rows were
// inserted, removed or changed, so the undo stack can restore any earlier state cheaply.
class CartModel : public TitledTableModel
{
    Q_OBJECT
public:
    enum Column { Item, Quantity, Price, Discount, Total, ColumnCount };
    enum Roles { ProductIdRole = Qt::UserRole + 1, UnitRole };

    explicit CartModel(QObject *parent = nullptr);

    void setRules(const SaleRules &rules);
    const SaleRules &rules() const { return m_rules; }

    const Cart &cart() const { return m_cart; }
    void setCart(const Cart &cart);
    bool isEmpty() const { return m_cart.lines.isEmpty(); }
    // The cart with `line` added: merged into an identical undiscounted "each" line when there
    // is one (tapping a key twice gives qty 2), appended otherwise. Does not change the model.
    Cart withAdded(const CartLine &line) const;

    const Computation &computation() const { return m_comp; }
    // Non-empty when the last change could not be computed (e.g. absurd quantity).
    QString error() const { return m_error; }
    // What a line's own discount takes off (without its share of the cart discount).
    Minor ownDiscount(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Quantity column only: text in the line's unit. The change goes through editRequested
    // (so the page can put it on the undo stack) instead of being applied here.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static bool sameLine(const CartLine &a, const CartLine &b);

signals:
    void totalsChanged();
    void quantityEdited(int row, sk::Milli qty);

private:
    void recompute();

    SaleRules m_rules;
    Cart m_cart;
    Computation m_comp;
    QString m_error;
};

} // namespace sk::ui
