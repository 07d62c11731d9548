#pragma once

#include "AppContext.h"
#include "Catalog.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace sk::ui {

// The Inventory section.
//  Stock: level of every item in its unit, its value at price, low-stock and oversold
//    highlight, search / category / low-only filters; receive, waste (with reason), adjust
//    (with reason), count and load-out for the selected item; the item's movement history.
//  Products: add, edit, deactivate products with every catalog field (quick-key position and
//    colour, tax category, SNAP / token / FMNP eligibility, barcodes, low-stock threshold);
//    import and export the catalog CSV with a report of rejected rows.
//  Tax and tenders: the tax categories with their rates and the tenders with what they may
//    pay for, as the till applies them.
class InventoryPage : public QWidget
{
    Q_OBJECT
public:
    enum StockColumn { Sku, Name, Category, Level, UnitCol, Price, Value, Status, StockColumns };

    explicit InventoryPage(AppContext &ctx, QWidget *parent = nullptr);

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildStockTab();
    QWidget *buildProductsTab();
    QWidget *buildTaxTab();
    void loadStock();
    void applyStockFilter();
    void loadHistory();
    void recordStock();
    QString selectedStockProduct() const;

    void loadProducts();
    void applyProductFilter();
    void showProduct(const Product &p);
    void newProduct();
    void saveProduct();
    void toggleActive();
    void importCsv();
    void exportCsv();
    void loadTax();
    void updateColourSwatch();

    AppContext &m_ctx;
    Currency m_currency;
    bool m_stale = true;
    QList<Product> m_products; // all, including inactive

    QTabWidget *m_tabs = nullptr;

    QLineEdit *m_stockSearch = nullptr;
    QComboBox *m_stockCategory = nullptr;
    QCheckBox *m_lowOnly = nullptr;
    QTableWidget *m_stock = nullptr;
    QLabel *m_stockTotal = nullptr;
    QLabel *m_stockItem = nullptr;
    QComboBox *m_stockKind = nullptr;
    QLineEdit *m_stockQty = nullptr;
    QLineEdit *m_stockReason = nullptr;
    QPushButton *m_stockRecord = nullptr;
    QLabel *m_stockStatus = nullptr;
    QTableWidget *m_history = nullptr;

    QLineEdit *m_productSearch = nullptr;
    QTableWidget *m_productTable = nullptr;
    QString m_editingId;
    QLineEdit *m_sku = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_price = nullptr;
    QComboBox *m_tax = nullptr;
    QCheckBox *m_snap = nullptr;
    QCheckBox *m_token = nullptr;
    QCheckBox *m_fmnp = nullptr;
    QCheckBox *m_active = nullptr;
    QLineEdit *m_barcodes = nullptr;
    QSpinBox *m_quickPos = nullptr;
    QLineEdit *m_quickColor = nullptr;
    QLabel *m_swatch = nullptr;
    QLineEdit *m_lowStock = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_deactivate = nullptr;
    QLabel *m_productStatus = nullptr;
    QPlainTextEdit *m_importReport = nullptr;

    QTableWidget *m_taxTable = nullptr;
    QTableWidget *m_tenderTable = nullptr;
};

} // namespace sk::ui
