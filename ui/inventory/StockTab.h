#pragma once

#include "core/Catalog.h"
#include "ui/AppContext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;

namespace sk::ui {

class StockFilter;
class StockModel;

// Inventory's stock tab: the level of every item in its unit, its value at price, low-stock
// and oversold highlight, search / category / low-only filters; receive, waste (with reason),
// adjust (with reason), count and load-out for the selected item; the item's movement history.
class StockTab : public QWidget
{
    Q_OBJECT
public:
    StockTab(AppContext &ctx, QWidget *parent = nullptr);

    // The levels of `products` read again (one query for all of them).
    void load(const QList<Product> &products, const Currency &currency);

signals:
    void stockRecorded();

private:
    void applyFilter();
    void loadHistory();
    void record();
    QString selectedProduct() const;
    // The selected item, or nullptr.
    const Product *selectedItem() const;

    AppContext &m_ctx;
    QList<Product> m_products;
    StockModel *m_model;
    StockFilter *m_filter;
    QLineEdit *m_search = nullptr;
    QComboBox *m_category = nullptr;
    QCheckBox *m_lowOnly = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_item = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_qty = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_history = nullptr;
};

// A read-only table (its model already set) that selects whole rows, with `stretch` the column that
// takes the room left (a name, a note): the others fit their contents, so the table never scrolls
// sideways on a 1024 px screen and amounts show whole.
void setUpInventoryTable(QTableView *view, const QString &name, int stretch);

} // namespace sk::ui
