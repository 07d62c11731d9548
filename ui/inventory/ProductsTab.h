#pragma once

#include "core/Catalog.h"
#include "ui/AppContext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace sk::ui {

class ClassPicker;
class ProductModel;

// Inventory's products tab: add, edit, deactivate products with every catalog field (quick-key
// position and colour, tax category, SNAP / token / FMNP eligibility, barcodes, low-stock
// threshold); import and export the catalog CSV with a report of rejected rows. Every field
// can be filled by touch: the app's keypad beside the numbers, its keyboard beside the texts.
class ProductsTab : public QWidget
{
    Q_OBJECT
public:
    ProductsTab(AppContext &ctx, QWidget *parent = nullptr);

    void load(const QList<Product> &products, const Currency &currency);

signals:
    void catalogEdited();

private:
    QWidget *buildForm();
    void showProduct(const Product &p);
    void newProduct();
    void save();
    void toggleActive();
    void importCsv();
    void exportCsv();
    void updateColourSwatch();

    AppContext &m_ctx;
    Currency m_currency;
    ProductModel *m_model;
    QPlainTextEdit *m_importReport = nullptr;
    QString m_editingId;
    QLineEdit *m_sku = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_price = nullptr;
    QComboBox *m_tax = nullptr;
    ClassPicker *m_classes = nullptr;
    QCheckBox *m_active = nullptr;
    QLineEdit *m_barcodes = nullptr;
    QSpinBox *m_quickPos = nullptr;
    QLineEdit *m_quickColor = nullptr;
    QLabel *m_swatch = nullptr;
    QLineEdit *m_lowStock = nullptr;
    QPushButton *m_deactivate = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace sk::ui
