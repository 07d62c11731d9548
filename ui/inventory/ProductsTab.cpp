#include "ui/inventory/ProductsTab.h"

#include "core/Exports.h"
#include "core/SaleEngine.h"
#include "core/TaxTenderRepository.h"
#include "ui/common/ColumnFitter.h"
#include "ui/common/Dialogs.h"
#include "ui/common/DisplayNames.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"
#include "ui/common/TouchPrompt.h"
#include "ui/common/Widgets.h"
#include "ui/eod/EodText.h"
#include "ui/inventory/ClassPicker.h"
#include "ui/inventory/InventoryPage.h"
#include "ui/inventory/ProductModel.h"
#include "ui/inventory/StockTab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace sk::ui {

using eod::errorText;

namespace {

// Dialogs has one queue of file answers for tests; it answers open and save choosers alike.
QString openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (Dialogs::testMode())
        return Dialogs::saveFileName(parent, title, {}, filter);
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

} // namespace

// The texts are Inventory's own (InventoryPage's translation context).
ProductsTab::ProductsTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_model(new ProductModel(this))
{
    auto *filter = new ProductFilter(this);
    filter->setSourceModel(m_model);
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    QLineEdit *search
        = searchField(QStringLiteral("productSearch"), InventoryPage::tr("Search products"), this);
    search->setMinimumHeight(kTouchMin); // as tall as its keyboard button, as on the Stock tab
    left->addWidget(withTouchEntry(search, InventoryPage::tr("Products")));
    auto *view = new QTableView(this);
    view->setModel(filter);
    setUpInventoryTable(view, QStringLiteral("productTable"), ProductModel::Name);
    // The form beside it shows every field of the chosen product: on a tablet the list keeps
    // the SKU, the name and the price.
    ColumnFitter::install(view,
                          ProductModel::Name,
                          {ProductModel::QuickKey,
                           ProductModel::Tax,
                           ProductModel::Active,
                           ProductModel::UnitCol,
                           ProductModel::Category});
    left->addWidget(view, 1);
    auto *io = new QHBoxLayout;
    auto *import
        = touchButton(InventoryPage::tr("Import CSV…"), QStringLiteral("catalogImport"), this);
    auto *exportButton
        = touchButton(InventoryPage::tr("Export CSV…"), QStringLiteral("catalogExport"), this);
    io->addWidget(import);
    io->addWidget(exportButton);
    io->addStretch(1);
    left->addLayout(io);
    m_importReport = new QPlainTextEdit(this);
    m_importReport->setObjectName(QStringLiteral("importReport"));
    m_importReport->setReadOnly(true);
    m_importReport->setMaximumHeight(110);
    m_importReport->setPlaceholderText(
        InventoryPage::tr("Rows an import rejects are listed here."));
    left->addWidget(m_importReport);
    layout->addLayout(left, 3);
    layout->addWidget(buildForm(), 2);

    connect(search, &QLineEdit::textChanged, filter, &ProductFilter::setText);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, view] {
        const QModelIndexList sel = view->selectionModel()->selectedRows();
        if (sel.isEmpty())
            return;
        if (const Product *p
            = m_model->byId(sel.first().data(ProductModel::ProductIdRole).toString()))
            showProduct(*p);
    });
    connect(import, &QPushButton::clicked, this, &ProductsTab::importCsv);
    connect(exportButton, &QPushButton::clicked, this, &ProductsTab::exportCsv);
}

QWidget *ProductsTab::buildForm()
{
    auto *box = new QWidget(this);
    auto *formBox = new QVBoxLayout(box);
    formBox->setContentsMargins(0, 0, 0, 0);
    // The fields scroll under a finger when a 600 px screen has no room for them all (each has
    // a touch button beside it); the buttons below them stay in place.
    auto *scroll = new QScrollArea(box);
    scroll->setObjectName(QStringLiteral("productFields"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QScroller::grabGesture(scroll->viewport(), QScroller::TouchGesture);
    auto *fields = new QWidget(scroll);
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    const QString title = InventoryPage::tr("Products");
    m_sku = new QLineEdit(box);
    m_sku->setObjectName(QStringLiteral("productSku"));
    m_sku->setAccessibleName(InventoryPage::tr("SKU"));
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("productName"));
    m_name->setAccessibleName(InventoryPage::tr("Name"));
    m_category = new QComboBox(box);
    m_category->setObjectName(QStringLiteral("productCategory"));
    m_category->setEditable(true);
    m_unit = new QComboBox(box);
    m_unit->setObjectName(QStringLiteral("productUnit"));
    for (Unit u : {Unit::Each, Unit::Lb, Unit::Kg, Unit::Oz, Unit::G})
        m_unit->addItem(DisplayNames::unit(u), unitCode(u));
    m_price = new QLineEdit(box);
    m_price->setObjectName(QStringLiteral("productPrice"));
    m_price->setAccessibleName(InventoryPage::tr("Price per unit"));
    // A number field from the start, so its touch button is the keypad (the currency is set
    // again when the catalog is loaded).
    NumberField::attachMoney(m_price, m_currency);
    m_tax = new QComboBox(box);
    m_tax->setObjectName(QStringLiteral("productTax"));
    m_classes = new ClassPicker(box);
    m_classes->setObjectName(QStringLiteral("productClasses"));
    m_active = new QCheckBox(InventoryPage::tr("Sold at the till"), box);
    m_active->setObjectName(QStringLiteral("productActive"));
    m_barcodes = new QLineEdit(box);
    m_barcodes->setObjectName(QStringLiteral("productBarcodes"));
    m_barcodes->setPlaceholderText(InventoryPage::tr("Separated by spaces"));
    m_barcodes->setAccessibleName(InventoryPage::tr("Barcodes"));
    m_quickPos = new QSpinBox(box);
    m_quickPos->setObjectName(QStringLiteral("productQuickPos"));
    m_quickPos->setRange(-1, 999);
    m_quickPos->setSpecialValueText(InventoryPage::tr("none"));
    auto *colour = new QHBoxLayout;
    m_quickColor = new QLineEdit(box);
    m_quickColor->setObjectName(QStringLiteral("productQuickColor"));
    m_quickColor->setPlaceholderText(QStringLiteral("#rrggbb"));
    m_quickColor->setAccessibleName(InventoryPage::tr("Quick key colour"));
    m_quickColor->setMaxLength(7);
    m_swatch = new QLabel(box);
    m_swatch->setFixedSize(32, 24);
    colour->addWidget(withTouchEntry(m_quickColor, title), 1);
    colour->addWidget(m_swatch);
    m_lowStock = new QLineEdit(box);
    m_lowStock->setObjectName(QStringLiteral("productLowStock"));
    m_lowStock->setAccessibleName(InventoryPage::tr("Low stock at"));
    NumberField::attach(m_lowStock, quantityShape(Unit::Lb)); // read in the item's unit
    // Fields and lists a finger opens or taps into, as tall as the touch buttons beside them.
    for (QWidget *w : std::initializer_list<QWidget *>{m_sku,
                                                       m_name,
                                                       m_category,
                                                       m_unit,
                                                       m_price,
                                                       m_tax,
                                                       m_barcodes,
                                                       m_quickPos,
                                                       m_quickColor,
                                                       m_lowStock})
        w->setMinimumHeight(kTouchMin);
    form->addRow(InventoryPage::tr("SKU"), withTouchEntry(m_sku, title));
    form->addRow(InventoryPage::tr("Name"), withTouchEntry(m_name, title));
    form->addRow(InventoryPage::tr("Category"),
                 withTouchButton(
                     m_category,
                     TouchPrompt::Kind::Text,
                     title,
                     InventoryPage::tr("Category"),
                     [this] { return m_category->currentText(); },
                     [this](const QString &t) { m_category->setCurrentText(t.trimmed()); }));
    form->addRow(InventoryPage::tr("Sold by"), m_unit);
    form->addRow(InventoryPage::tr("Price per unit"), withTouchEntry(m_price, title));
    form->addRow(InventoryPage::tr("Tax category"), m_tax);
    form->addRow(InventoryPage::tr("Classes (who may pay)"), m_classes);
    form->addRow(QString(), m_active);
    form->addRow(InventoryPage::tr("Barcodes"), withTouchEntry(m_barcodes, title));
    form->addRow(InventoryPage::tr("Quick key position"),
                 withTouchButton(
                     m_quickPos,
                     TouchPrompt::Kind::WholeNumber,
                     title,
                     InventoryPage::tr("Quick key position"),
                     [this] {
                         return m_quickPos->value() < 0 ? QString()
                                                        : QString::number(m_quickPos->value());
                     },
                     // Nothing typed: no quick key.
                     [this](const QString &t) {
                         bool ok = false;
                         const int v = t.trimmed().toInt(&ok);
                         m_quickPos->setValue(ok ? v : -1);
                     }));
    form->addRow(InventoryPage::tr("Quick key colour"), colour);
    form->addRow(InventoryPage::tr("Low stock at"), withTouchEntry(m_lowStock, title));
    scroll->setWidget(fields);
    // As wide as the fields need, so that they never scroll sideways; only down.
    scroll->setMinimumWidth(fields->minimumSizeHint().width()
                            + scroll->verticalScrollBar()->sizeHint().width());
    formBox->addWidget(scroll, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = touchButton(InventoryPage::tr("New product"), QStringLiteral("productNew"), box);
    auto *saveButton = touchButton(InventoryPage::tr("Save"), QStringLiteral("productSave"), box);
    m_deactivate
        = touchButton(InventoryPage::tr("Deactivate"), QStringLiteral("productDeactivate"), box);
    for (QPushButton *b : {add, saveButton, m_deactivate})
        buttons->addWidget(b);
    formBox->addLayout(buttons);
    m_status = messageLabel(QStringLiteral("productStatus"), box);
    formBox->addWidget(m_status);

    connect(add, &QPushButton::clicked, this, &ProductsTab::newProduct);
    connect(saveButton, &QPushButton::clicked, this, &ProductsTab::save);
    connect(m_deactivate, &QPushButton::clicked, this, &ProductsTab::toggleActive);
    connect(m_quickColor, &QLineEdit::textChanged, this, &ProductsTab::updateColourSwatch);
    // A new product takes its category's classes (Settings, or `class default`).
    connect(m_category, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (!m_editingId.isEmpty())
            return;
        Product p;
        p.category = text.trimmed();
        p.classes = m_classes->selected();
        p.kind = m_classes->kind();
        if (EligibilityRepository(m_ctx.db()).applyCategoryDefault(p))
            m_classes->setValue(p.classes, p.kind);
    });
    return box;
}

void ProductsTab::load(const QList<Product> &products, const Currency &currency)
{
    m_currency = currency;
    NumberField::attachMoney(m_price, m_currency);
    const QString editing = m_editingId;
    m_model->setProducts(products, currency);
    {
        const QSignalBlocker block(m_category);
        const QString text = m_category->currentText();
        m_category->clear();
        if (auto cats = ProductRepository(m_ctx.db()).categories())
            m_category->addItems(*cats);
        m_category->setCurrentText(text);
    }
    if (auto classes = EligibilityRepository(m_ctx.db()).classes())
        m_classes->setClasses(*classes);
    {
        const QSignalBlocker block(m_tax);
        const QString cur = m_tax->currentData().toString();
        m_tax->clear();
        if (auto rules = SaleRules::load(m_ctx.db())) {
            QList<TaxCategory> cats = rules->taxCategories.values();
            std::sort(cats.begin(), cats.end(), [](const TaxCategory &a, const TaxCategory &b) {
                return a.code < b.code;
            });
            for (const TaxCategory &t : cats) {
                m_tax->addItem(InventoryPage::tr("%1 (%2)").arg(
                                   DisplayNames::taxCategory(t.code, t.name),
                                   TaxTenderRepository::formatRate(t.ratePpm, QLocale())),
                               t.code);
                // Withdrawn in Settings: still shown for products that have it, not chosen anew.
                if (auto *model = qobject_cast<QStandardItemModel *>(m_tax->model());
                    model && !t.active)
                    model->item(m_tax->count() - 1)->setEnabled(false);
            }
        }
        m_tax->setCurrentIndex(std::max(0, m_tax->findData(cur)));
    }
    if (const Product *p = m_model->byId(editing))
        showProduct(*p);
    else
        newProduct();
}

void ProductsTab::showProduct(const Product &p)
{
    m_editingId = p.id;
    m_sku->setText(p.sku);
    m_sku->setReadOnly(!p.id.isEmpty()); // the SKU is the product's key in CSV files
    if (auto *touch = findChild<QPushButton *>(QStringLiteral("productSkuTouch")))
        touch->setEnabled(!m_sku->isReadOnly());
    m_name->setText(p.name);
    m_category->setCurrentText(p.category);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(unitCode(p.unit))));
    m_price->setText(p.id.isEmpty()
                         ? QString()
                         : NumberField::text(p.price, NumberField::moneyShape(m_currency)));
    m_tax->setCurrentIndex(std::max(0, m_tax->findData(p.taxCategory)));
    m_classes->setValue(p.classes, p.kind);
    m_active->setChecked(p.active);
    m_barcodes->setText(p.barcodes.join(QLatin1Char(' ')));
    m_quickPos->setValue(p.quickPos ? *p.quickPos : -1);
    m_quickColor->setText(p.quickColor);
    m_lowStock->setText(p.lowStock ? NumberField::text(p.lowStock, quantityShape(p.unit))
                                   : QString());
    m_deactivate->setText(p.active ? InventoryPage::tr("Deactivate")
                                   : InventoryPage::tr("Reactivate"));
    m_deactivate->setEnabled(!p.id.isEmpty());
    m_status->clear();
}

void ProductsTab::newProduct()
{
    if (!m_ctx.require(Action::StockChange, this))
        return;
    Product p;
    p.id.clear();
    showProduct(p);
    m_sku->setFocus();
}

void ProductsTab::save()
{
    if (!m_ctx.require(Action::StockChange, this))
        return;
    Product p;
    if (const Product *editing = m_model->byId(m_editingId))
        p = *editing;
    p.sku = m_sku->text().trimmed();
    p.name = m_name->text().trimmed();
    p.category = m_category->currentText().trimmed();
    p.unit = unitFromCode(m_unit->currentData().toString()).value_or(Unit::Each);
    const auto price = NumberField::of(m_price)->read();
    if (!price || *price < 0) {
        const QString hint = InventoryPage::tr("Type the price, such as %1.")
                                 .arg(formatFixed(450, m_currency.decimals, QLocale()));
        m_status->setText(price ? hint : NumberField::problemText(price.error(), hint));
        m_price->setFocus();
        return;
    }
    p.price = *price;
    p.taxCategory = m_tax->currentData().toString();
    p.classes = m_classes->selected();
    p.kind = m_classes->kind();
    p.active = m_active->isChecked();
    p.barcodes = m_barcodes->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    p.quickPos = m_quickPos->value() < 0 ? std::nullopt : std::optional<int>(m_quickPos->value());
    p.quickColor = m_quickColor->text().trimmed();
    if (m_lowStock->text().trimmed().isEmpty()) {
        p.lowStock = 0;
    } else {
        const auto low = NumberField::read(m_lowStock->text(), quantityShape(p.unit));
        if (!low) {
            m_status->setText(
                NumberField::problemText(low.error(),
                                         InventoryPage::tr("Type the low-stock level in %1.")
                                             .arg(DisplayNames::unit(p.unit))));
            m_lowStock->setFocus();
            return;
        }
        p.lowStock = *low;
    }
    auto saved = ProductRepository(m_ctx.db()).save(p);
    if (!saved) {
        m_status->setText(errorText(saved.error()));
        return;
    }
    m_editingId = saved->id;
    emit catalogEdited();
    m_status->setText(InventoryPage::tr("Saved %1.").arg(saved->name));
}

void ProductsTab::toggleActive()
{
    if (!m_ctx.require(Action::StockChange, this))
        return;
    if (m_editingId.isEmpty())
        return;
    m_active->setChecked(!m_active->isChecked());
    save();
}

void ProductsTab::updateColourSwatch()
{
    const QColor c(m_quickColor->text().trimmed());
    m_swatch->setStyleSheet(
        c.isValid() ? QStringLiteral("background: %1; border: 1px solid #888;").arg(c.name())
                    : QStringLiteral("border: 1px dashed #888;"));
}

void ProductsTab::importCsv()
{
    if (!m_ctx.require(Action::StockChange, this))
        return;
    const QString path = openFileName(
        this, InventoryPage::tr("Import a catalog"), InventoryPage::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024 * 1024) {
        m_importReport->setPlainText(InventoryPage::tr("Cannot read %1.").arg(path));
        return;
    }
    const QByteArray data = f.readAll();
    auto strict = importCatalogCsv(m_ctx.db(), data, false);
    QStringList report;
    if (strict) {
        report << InventoryPage::tr("Imported %n product(s).", nullptr, strict->imported);
    } else if (strict.error().code != Error::Code::InvalidInput) {
        // A full or read-only disk, damage: no row is to blame, so none is offered to skip.
        report << errorText(strict.error());
    } else {
        // Nothing was imported: say why, and offer to bring in the good rows.
        report << errorText(strict.error());
        if (Dialogs::question(
                this,
                InventoryPage::tr("Import a catalog"),
                InventoryPage::tr("Some rows are not valid. Import the valid rows and skip the "
                                  "others?"))
            == QMessageBox::Yes) {
            auto partial = importCatalogCsv(m_ctx.db(), data, true);
            if (partial) {
                report.clear();
                report << InventoryPage::tr("Imported %n product(s);", nullptr, partial->imported)
                              + QLatin1Char(' ')
                              + InventoryPage::tr("skipped %n row(s):", nullptr, partial->skipped);
                report << partial->errors;
            } else {
                report << errorText(partial.error());
            }
        } else {
            report << InventoryPage::tr("Nothing was imported.");
        }
    }
    m_importReport->setPlainText(report.join(QLatin1Char('\n')));
    emit catalogEdited();
}

void ProductsTab::exportCsv()
{
    if (!m_ctx.require(Action::StockChange, this))
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              + QStringLiteral("/catalog.csv");
    const QString path = Dialogs::saveFileName(this,
                                               InventoryPage::tr("Export the catalog"),
                                               suggested,
                                               InventoryPage::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    Database &db = m_ctx.db();
    auto s = writeFileAtomically(path,
                                 [&](QIODevice *out) { return exportCatalogCsv(db, out, false); });
    m_importReport->setPlainText(s ? InventoryPage::tr("Exported the catalog to %1.").arg(path)
                                   : errorText(s.error()));
}

} // namespace sk::ui
