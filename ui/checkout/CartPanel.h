#pragma once

#include "core/Money.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sk::ui {

class CartModel;

// The open cart on the counter's right: its lines (a tap on a price changes it), the buttons
// for the selected line, the totals, Pay, and park / resume / undo / clear / today's sales.
// It shows the cart model and says what was asked; the page does it.
class CartPanel : public QWidget
{
    Q_OBJECT
public:
    CartPanel(CartModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QPushButton *payButton() const { return m_pay; }
    QLabel *totalLabel() const { return m_total; }

    int selectedRow() const;
    void selectRow(int row);
    void setUndoEnabled(bool enabled);
    // Item count, subtotal, discount, tax and total of the cart, or what is wrong with it.
    void refreshTotals(const Currency &currency);

signals:
    void stepRequested(int delta); // one more or one less of the selected line
    void quantityRequested();
    void lineDiscountRequested();
    void saleDiscountRequested();
    void removeRequested();
    void priceTapped(int row);
    void payRequested();
    void parkRequested();
    void resumeRequested();
    void undoRequested();
    void clearRequested();
    void salesRequested();
    void ordersRequested(); // pick-up orders (ui/orders/OrdersDialog.h)

private:
    CartModel *m_model;
    QTableView *m_view = nullptr;
    QLabel *m_subtotal = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_itemCount = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_undo = nullptr;
};

// A button the counter's panels share: touch-sized, never taking the keyboard focus (it stays
// in the search field), and never forcing the window wider than a 1024 px screen.
QPushButton *counterButton(const QString &text, QWidget *parent, qreal font = 1.0);

} // namespace sk::ui
