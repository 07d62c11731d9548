#include "inventory/InventoryPage.h"

#include "Exports.h"
#include "MarketDay.h"
#include "SaleEngine.h"
#include "StockLedger.h"
#include "TaxTenderRepository.h"
#include "common/ColumnFitter.h"
#include "common/Dialogs.h"
#include "common/DisplayNames.h"
#include "common/NumberField.h"
#include "common/Style.h"
#include "common/TouchPrompt.h"
#include "eod/EodText.h"
#include "eod/StockReconciliation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sk::ui {

using eod::errorText;
using eod::signedQuantity;

namespace {

// `stretch` is the column that takes the room left (a name, a note): the others fit their
// contents, so the table never scrolls sideways on a 1024 px screen and amounts show whole.
QTableWidget *
makeTable(QWidget *parent, const QStringList &headers, const QString &name, int stretch)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    t->setTextElideMode(Qt::ElideMiddle);
    return t;
}

QTableWidgetItem *cell(const QString &text, bool right = false)
{
    auto *i = new QTableWidgetItem(text);
    if (right)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

// Dialogs has one queue of file answers for tests; it answers open and save choosers alike.
QString openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (Dialogs::testMode())
        return Dialogs::saveFileName(parent, title, {}, filter);
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

} // namespace

InventoryPage::InventoryPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("inventoryTabs"));
    m_tabs->addTab(buildStockTab(), tr("Stock"));
    m_tabs->addTab(buildProductsTab(), tr("Products"));
    m_tabs->addTab(buildTaxTab(), tr("Tax and tenders"));
    layout->addWidget(m_tabs);

    auto stale = [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    };
    for (auto signal : {&AppContext::catalogChanged,
                        &AppContext::stockChanged,
                        &AppContext::syncStateChanged,
                        &AppContext::marketDayChanged})
        connect(&m_ctx, signal, this, stale);
    connect(&m_ctx, &AppContext::saleCommitted, this, stale);
    refresh();
}

void InventoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void InventoryPage::refresh()
{
    m_stale = false;
    m_currency
        = Currency::fromCode(m_ctx.db().setting(QStringLiteral("currency"), QStringLiteral("USD")));
    NumberField::attachMoney(m_price, m_currency);
    ProductRepository repo(m_ctx.db());
    if (auto all = repo.all(true))
        m_products = *all;
    loadStock();
    loadProducts();
    loadTax();
}

// ---- Stock ------------------------------------------------------------------------------

QWidget *InventoryPage::buildStockTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *filters = new QHBoxLayout;
    m_stockSearch = new QLineEdit(tab);
    m_stockSearch->setObjectName(QStringLiteral("stockSearch"));
    m_stockSearch->setPlaceholderText(tr("Search by name, SKU or barcode"));
    m_stockSearch->setClearButtonEnabled(true);
    m_stockSearch->setMinimumHeight(kTouchMin);
    m_stockCategory = new QComboBox(tab);
    m_stockCategory->setObjectName(QStringLiteral("stockCategory"));
    m_stockCategory->setMinimumHeight(kTouchMin);
    m_lowOnly = new QCheckBox(tr("Low or oversold only"), tab);
    m_lowOnly->setObjectName(QStringLiteral("stockLowOnly"));
    filters->addWidget(m_stockSearch, 1);
    filters->addWidget(m_stockCategory);
    filters->addWidget(m_lowOnly);
    layout->addLayout(filters);

    auto *split = new QSplitter(Qt::Horizontal, tab);
    auto *left = new QWidget(split);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    m_stock = makeTable(left,
                        {tr("SKU"),
                         tr("Item"),
                         tr("Category"),
                         tr("Level"),
                         tr("Unit"),
                         tr("Price"),
                         tr("Value"),
                         tr("Status")},
                        QStringLiteral("stockTable"),
                        1);
    m_stock->setSortingEnabled(true);
    // Least needed first when a tablet has no room for them all: the category, the value at
    // price, the SKU (the item's name stays, and the level, unit, price and status).
    ColumnFitter::install(m_stock, 1, {2, 6, 0});
    ll->addWidget(m_stock, 1);
    m_stockTotal = new QLabel(left);
    m_stockTotal->setObjectName(QStringLiteral("stockTotal"));
    ll->addWidget(m_stockTotal);

    auto *right = new QWidget(split);
    auto *rl = new QVBoxLayout(right);
    m_stockItem = new QLabel(tr("Pick an item"), right);
    setScaledFont(m_stockItem, 1.2, true);
    m_stockItem->setWordWrap(true);
    rl->addWidget(m_stockItem);
    auto *form = new QFormLayout;
    m_stockKind = new QComboBox(right);
    m_stockKind->setObjectName(QStringLiteral("stockKind"));
    m_stockKind->addItem(tr("Receive (delivery)"), QStringLiteral("receive"));
    m_stockKind->addItem(tr("Waste or spoilage"), QStringLiteral("waste"));
    m_stockKind->addItem(tr("Adjust (+/−)"), QStringLiteral("adjust"));
    m_stockKind->addItem(tr("Count (what is there now)"), QStringLiteral("count"));
    m_stockKind->addItem(tr("Load-out (onto the truck)"), QStringLiteral("loadout"));
    m_stockKind->setMinimumHeight(kTouchMin);
    m_stockQty = new QLineEdit(right);
    m_stockQty->setObjectName(QStringLiteral("stockQty"));
    m_stockQty->setMinimumHeight(kTouchMin);
    NumberField::attach(m_stockQty, quantityShape(Unit::Lb)); // read in the item's unit
    m_stockReason = new QLineEdit(right);
    m_stockReason->setObjectName(QStringLiteral("stockReason"));
    m_stockReason->setMaxLength(500);
    m_stockReason->setMinimumHeight(kTouchMin);
    m_stockReason->setPlaceholderText(tr("For waste and adjustments"));
    form->addRow(tr("&What"), m_stockKind);
    m_stockQty->setAccessibleName(tr("Quantity"));
    m_stockReason->setAccessibleName(tr("Reason"));
    form->addRow(tr("&Quantity"), withTouchEntry(m_stockQty, tr("Stock")));
    form->addRow(tr("&Reason"), withTouchEntry(m_stockReason, tr("Stock"), stockReasons()));
    rl->addLayout(form);
    m_stockRecord = new QPushButton(tr("Record"), right);
    m_stockRecord->setObjectName(QStringLiteral("stockRecord"));
    makeTouch(m_stockRecord);
    rl->addWidget(m_stockRecord);
    m_stockStatus = new QLabel(right);
    m_stockStatus->setObjectName(QStringLiteral("stockStatus"));
    m_stockStatus->setWordWrap(true);
    rl->addWidget(m_stockStatus);
    rl->addWidget(new QLabel(tr("History"), right));
    m_history = makeTable(right,
                          {tr("When"), tr("What"), tr("Quantity"), tr("Note")},
                          QStringLiteral("historyTable"),
                          3);
    rl->addWidget(m_history, 1);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_stockSearch, &QLineEdit::textChanged, this, &InventoryPage::applyStockFilter);
    connect(m_stockSearch, &QLineEdit::returnPressed, this, [this] {
        // A scan picks the item and moves on to the quantity.
        for (int r = 0; r < m_stock->rowCount(); ++r)
            if (!m_stock->isRowHidden(r)) {
                m_stock->selectRow(r);
                m_stockQty->setFocus();
                return;
            }
    });
    connect(
        m_stockCategory, &QComboBox::currentIndexChanged, this, &InventoryPage::applyStockFilter);
    connect(m_lowOnly, &QCheckBox::toggled, this, &InventoryPage::applyStockFilter);
    connect(m_stock, &QTableWidget::itemSelectionChanged, this, &InventoryPage::loadHistory);
    connect(m_stockRecord, &QPushButton::clicked, this, &InventoryPage::recordStock);
    connect(m_stockQty, &QLineEdit::returnPressed, this, [this] {
        const QString kind = m_stockKind->currentData().toString();
        if ((kind == u"waste" || kind == u"adjust") && m_stockReason->text().trimmed().isEmpty())
            m_stockReason->setFocus();
        else
            recordStock();
    });
    connect(m_stockReason, &QLineEdit::returnPressed, this, &InventoryPage::recordStock);
    return tab;
}

void InventoryPage::loadStock()
{
    const QString selected = selectedStockProduct();
    const QString category = m_stockCategory->currentData().toString();
    {
        const QSignalBlocker block(m_stockCategory);
        m_stockCategory->clear();
        m_stockCategory->addItem(tr("All categories"), QString());
        if (auto cats = ProductRepository(m_ctx.db()).categories())
            for (const QString &c : *cats)
                m_stockCategory->addItem(c.isEmpty() ? tr("(none)") : c, c);
        const int at = m_stockCategory->findData(category);
        m_stockCategory->setCurrentIndex(at < 0 ? 0 : at);
    }
    StockLedger ledger(m_ctx.db());
    m_stock->setSortingEnabled(false);
    m_stock->setRowCount(0);
    Minor total = 0;
    int row = 0;
    for (const Product &p : std::as_const(m_products)) {
        if (!p.active)
            continue;
        auto l = ledger.level(p.id);
        const Milli level = l ? l->level : 0;
        const Minor value = level > 0 ? lineAmount(p.price, level).value_or(0) : 0;
        total += value;
        m_stock->insertRow(row);
        auto *sku = cell(p.sku);
        sku->setData(Qt::UserRole, p.id);
        sku->setData(Qt::UserRole + 1, QStringList(p.barcodes).join(QLatin1Char(' ')));
        m_stock->setItem(row, Sku, sku);
        m_stock->setItem(row, Name, cell(p.name));
        auto *cat = cell(p.category);
        cat->setData(Qt::UserRole, p.category);
        m_stock->setItem(row, Category, cat);
        auto *lv = cell(formatQuantity(level, p.unit, QLocale()), true);
        lv->setData(Qt::UserRole, level);
        m_stock->setItem(row, Level, lv);
        m_stock->setItem(row, UnitCol, cell(DisplayNames::unit(p.unit)));
        m_stock->setItem(row, Price, cell(money(p.price, m_currency), true));
        m_stock->setItem(row, Value, cell(money(value, m_currency), true));
        QString status;
        QColor bg;
        if (level < 0) {
            status = tr("oversold");
            bg = QColor(0xf8, 0xd7, 0xda);
        } else if (p.lowStock > 0 && level <= p.lowStock) {
            status = tr("low (≤ %1)").arg(formatQuantity(p.lowStock, p.unit, QLocale()));
            bg = QColor(0xff, 0xf0, 0xc2);
        }
        auto *st = cell(status);
        st->setData(Qt::UserRole, status.isEmpty() ? 0 : 1);
        m_stock->setItem(row, Status, st);
        if (bg.isValid())
            for (int c = 0; c < StockColumns; ++c)
                m_stock->item(row, c)->setBackground(bg);
        ++row;
    }
    m_stock->setSortingEnabled(true);
    // Least needed first when a tablet has no room for them all: the category, the value at
    // price, the SKU (the item's name stays, and the level, unit, price and status).
    ColumnFitter::install(m_stock, 1, {2, 6, 0});
    m_stockTotal->setText(
        tr("%n item(s) in stock worth %1 at price", nullptr, row).arg(money(total, m_currency)));
    applyStockFilter();
    for (int r = 0; r < m_stock->rowCount(); ++r)
        if (m_stock->item(r, Sku)->data(Qt::UserRole).toString() == selected)
            m_stock->selectRow(r);
}

void InventoryPage::applyStockFilter()
{
    const QString text = m_stockSearch->text().trimmed();
    const QString category = m_stockCategory->currentData().toString();
    const bool anyCategory = m_stockCategory->currentIndex() <= 0;
    for (int r = 0; r < m_stock->rowCount(); ++r) {
        const bool matches = text.isEmpty()
                             || m_stock->item(r, Sku)->text().startsWith(text, Qt::CaseInsensitive)
                             || m_stock->item(r, Name)->text().contains(text, Qt::CaseInsensitive)
                             || m_stock->item(r, Sku)
                                    ->data(Qt::UserRole + 1)
                                    .toString()
                                    .split(QLatin1Char(' '))
                                    .contains(text);
        const bool inCategory
            = anyCategory || m_stock->item(r, Category)->data(Qt::UserRole).toString() == category;
        const bool low
            = !m_lowOnly->isChecked() || m_stock->item(r, Status)->data(Qt::UserRole).toInt();
        m_stock->setRowHidden(r, !(matches && inCategory && low));
    }
}

QString InventoryPage::selectedStockProduct() const
{
    const QList<QTableWidgetItem *> sel = m_stock->selectedItems();
    if (sel.isEmpty())
        return {};
    return m_stock->item(sel.first()->row(), Sku)->data(Qt::UserRole).toString();
}

void InventoryPage::loadHistory()
{
    m_history->setRowCount(0);
    const QString id = selectedStockProduct();
    const auto p = std::find_if(
        m_products.cbegin(), m_products.cend(), [&](const Product &x) { return x.id == id; });
    if (p == m_products.cend()) {
        m_stockItem->setText(tr("Pick an item"));
        return;
    }
    auto level = StockLedger(m_ctx.db()).level(id);
    m_stockItem->setText(
        tr("%1: %2 in stock").arg(p->name, quantity(level ? level->level : 0, p->unit)));
    auto h = StockLedger(m_ctx.db()).history(id, 200);
    if (!h)
        return;
    const QHash<QString, QString> kinds = {{QStringLiteral("receive"), tr("received")},
                                           {QStringLiteral("sale"), tr("sold")},
                                           {QStringLiteral("refund"), tr("returned")},
                                           {QStringLiteral("waste"), tr("wasted")},
                                           {QStringLiteral("adjust"), tr("adjusted")},
                                           {QStringLiteral("count"), tr("counted")}};
    const QHash<QString, QString> contexts = {{QStringLiteral("loadout"), tr("load-out")},
                                              {QStringLiteral("eod"), tr("end of day")},
                                              {QStringLiteral("manual"), tr("manual")}};
    m_history->setRowCount(int(h->size()));
    for (int r = 0; r < h->size(); ++r) {
        const StockMovement &m = h->at(r);
        m_history->setItem(r,
                           0,
                           cell(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.createdAt),
                                                   QLocale::ShortFormat)));
        m_history->setItem(r, 1, cell(kinds.value(stockKindCode(m.kind))));
        m_history->setItem(r,
                           2,
                           cell(m.kind == StockKind::Count ? quantity(m.qty, p->unit)
                                                           : signedQuantity(m.qty, p->unit),
                                true));
        QString note = m.reason;
        if (!m.context.isEmpty())
            note = contexts.value(m.context, m.context)
                   + (note.isEmpty() ? QString() : QStringLiteral(": ") + note);
        m_history->setItem(r, 3, cell(note));
    }
}

void InventoryPage::recordStock()
{
    if (!m_ctx.require(Action::StockChange, this))
        return;
    const QString id = selectedStockProduct();
    const auto p = std::find_if(
        m_products.cbegin(), m_products.cend(), [&](const Product &x) { return x.id == id; });
    if (p == m_products.cend()) {
        m_stockStatus->setText(tr("Pick an item first."));
        return;
    }
    const QString kind = m_stockKind->currentData().toString();
    const auto qty = NumberField::read(m_stockQty->text(), quantityShape(p->unit));
    if (!qty) {
        m_stockStatus->setText(NumberField::problemText(
            qty.error(),
            p->unit == Unit::Each
                ? tr("Type a whole number.")
                : tr("Type a quantity in %1, e.g. %2.")
                      .arg(DisplayNames::unit(p->unit), formatFixed(25, 1, QLocale()))));
        m_stockQty->setFocus();
        return;
    }
    const QString reason = m_stockReason->text().trimmed();
    if ((kind == u"waste" || kind == u"adjust") && reason.isEmpty()) {
        m_stockStatus->setText(tr("Say why (spoiled, samples, miscounted…)."));
        m_stockReason->setFocus();
        return;
    }
    // A count (or load-out) far from the level on record is asked about first, as at the end
    // of the day: a slip of the finger would move the level by the whole difference.
    if (kind == u"count" || kind == u"loadout")
        if (auto level = StockLedger(m_ctx.db()).level(p->id);
            level && countFarFromExpected(*qty, level->level)) {
            const QString text = tr("You counted %1, expected about %2. Keep %1?")
                                     .arg(quantity(*qty, p->unit), quantity(level->level, p->unit));
            if (Dialogs::question(this, tr("Check the count of %1").arg(p->name), text)
                != QMessageBox::Yes) {
                m_stockStatus->setText(
                    tr("Not recorded: type the count of %1 again.").arg(p->name));
                m_stockQty->setFocus();
                m_stockQty->selectAll();
                return;
            }
        }
    sk::Status ok;
    if (kind == u"loadout") {
        auto day = MarketDayRepository(m_ctx.db()).current();
        if (day && !*day) {
            m_stockStatus->setText(tr("Open a market day first: the load-out belongs to it."));
            return;
        }
        ok = StockCount(m_ctx.db()).recordLoadOut({{p->id, *qty}});
    } else {
        auto r = StockLedger(m_ctx.db())
                     .record(p->id,
                             kind,
                             *qty,
                             reason,
                             kind == u"count" ? QStringLiteral("manual") : QString());
        if (!r)
            ok = std::unexpected(r.error());
    }
    if (!ok) {
        m_stockStatus->setText(errorText(ok.error()));
        return;
    }
    m_stockStatus->setText(tr("Recorded for %1.").arg(p->name));
    m_stockQty->clear();
    m_stockReason->clear();
    emit m_ctx.stockChanged(); // refreshes this page too
    if (!isVisible())
        refresh();
    m_stockQty->setFocus();
}

// ---- Products ---------------------------------------------------------------------------

QWidget *InventoryPage::buildProductsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QHBoxLayout(tab);
    auto *left = new QVBoxLayout;
    m_productSearch = new QLineEdit(tab);
    m_productSearch->setObjectName(QStringLiteral("productSearch"));
    m_productSearch->setPlaceholderText(tr("Search products"));
    m_productSearch->setClearButtonEnabled(true);
    left->addWidget(m_productSearch);
    m_productTable = makeTable(tab,
                               {tr("SKU"),
                                tr("Name"),
                                tr("Category"),
                                tr("Unit"),
                                tr("Price"),
                                tr("Tax"),
                                tr("Quick key"),
                                tr("Active")},
                               QStringLiteral("productTable"),
                               1);
    // The form beside it shows every field of the chosen product: on a tablet the list keeps
    // the SKU, the name and the price.
    ColumnFitter::install(m_productTable, 1, {6, 5, 7, 3, 2});
    left->addWidget(m_productTable, 1);
    auto *io = new QHBoxLayout;
    auto *import = new QPushButton(tr("Import CSV…"), tab);
    import->setObjectName(QStringLiteral("catalogImport"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), tab);
    exportButton->setObjectName(QStringLiteral("catalogExport"));
    io->addWidget(import);
    io->addWidget(exportButton);
    io->addStretch(1);
    left->addLayout(io);
    m_importReport = new QPlainTextEdit(tab);
    m_importReport->setObjectName(QStringLiteral("importReport"));
    m_importReport->setReadOnly(true);
    m_importReport->setMaximumHeight(110);
    m_importReport->setPlaceholderText(tr("Rows an import rejects are listed here."));
    left->addWidget(m_importReport);
    layout->addLayout(left, 3);

    auto *formBox = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_sku = new QLineEdit(tab);
    m_sku->setObjectName(QStringLiteral("productSku"));
    m_name = new QLineEdit(tab);
    m_name->setObjectName(QStringLiteral("productName"));
    m_category = new QComboBox(tab);
    m_category->setObjectName(QStringLiteral("productCategory"));
    m_category->setEditable(true);
    m_unit = new QComboBox(tab);
    m_unit->setObjectName(QStringLiteral("productUnit"));
    for (Unit u : {Unit::Each, Unit::Lb, Unit::Kg, Unit::Oz, Unit::G})
        m_unit->addItem(DisplayNames::unit(u), unitCode(u));
    m_price = new QLineEdit(tab);
    m_price->setObjectName(QStringLiteral("productPrice"));
    m_tax = new QComboBox(tab);
    m_tax->setObjectName(QStringLiteral("productTax"));
    m_snap = new QCheckBox(tr("SNAP/EBT"), tab);
    m_token = new QCheckBox(tr("Market tokens"), tab);
    m_fmnp = new QCheckBox(tr("WIC/FMNP checks"), tab);
    auto *elig = new QHBoxLayout;
    elig->addWidget(m_snap);
    elig->addWidget(m_token);
    elig->addWidget(m_fmnp);
    m_active = new QCheckBox(tr("Sold at the till"), tab);
    m_active->setObjectName(QStringLiteral("productActive"));
    m_barcodes = new QLineEdit(tab);
    m_barcodes->setObjectName(QStringLiteral("productBarcodes"));
    m_barcodes->setPlaceholderText(tr("Separated by spaces"));
    m_quickPos = new QSpinBox(tab);
    m_quickPos->setObjectName(QStringLiteral("productQuickPos"));
    m_quickPos->setRange(-1, 999);
    m_quickPos->setSpecialValueText(tr("none"));
    auto *colour = new QHBoxLayout;
    m_quickColor = new QLineEdit(tab);
    m_quickColor->setObjectName(QStringLiteral("productQuickColor"));
    m_quickColor->setPlaceholderText(QStringLiteral("#rrggbb"));
    m_quickColor->setMaxLength(7);
    m_swatch = new QLabel(tab);
    m_swatch->setFixedSize(32, 24);
    colour->addWidget(m_quickColor);
    colour->addWidget(m_swatch);
    m_lowStock = new QLineEdit(tab);
    m_lowStock->setObjectName(QStringLiteral("productLowStock"));
    NumberField::attach(m_lowStock, quantityShape(Unit::Lb)); // read in the item's unit
    form->addRow(tr("SKU"), m_sku);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Sold by"), m_unit);
    form->addRow(tr("Price per unit"), m_price);
    form->addRow(tr("Tax category"), m_tax);
    form->addRow(tr("May be paid with"), elig);
    form->addRow(QString(), m_active);
    form->addRow(tr("Barcodes"), m_barcodes);
    form->addRow(tr("Quick key position"), m_quickPos);
    form->addRow(tr("Quick key colour"), colour);
    form->addRow(tr("Low stock at"), m_lowStock);
    formBox->addLayout(form);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("New product"), tab);
    add->setObjectName(QStringLiteral("productNew"));
    m_save = new QPushButton(tr("Save"), tab);
    m_save->setObjectName(QStringLiteral("productSave"));
    m_deactivate = new QPushButton(tr("Deactivate"), tab);
    m_deactivate->setObjectName(QStringLiteral("productDeactivate"));
    for (QPushButton *b : {add, m_save, m_deactivate}) {
        makeTouch(b);
        buttons->addWidget(b);
    }
    formBox->addLayout(buttons);
    m_productStatus = new QLabel(tab);
    m_productStatus->setObjectName(QStringLiteral("productStatus"));
    m_productStatus->setWordWrap(true);
    formBox->addWidget(m_productStatus);
    formBox->addStretch(1);
    layout->addLayout(formBox, 2);

    connect(m_productSearch, &QLineEdit::textChanged, this, &InventoryPage::applyProductFilter);
    connect(m_productTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> sel = m_productTable->selectedItems();
        if (sel.isEmpty())
            return;
        const QString id
            = m_productTable->item(sel.first()->row(), 0)->data(Qt::UserRole).toString();
        for (const Product &p : std::as_const(m_products))
            if (p.id == id)
                showProduct(p);
    });
    connect(add, &QPushButton::clicked, this, &InventoryPage::newProduct);
    connect(m_save, &QPushButton::clicked, this, &InventoryPage::saveProduct);
    connect(m_deactivate, &QPushButton::clicked, this, &InventoryPage::toggleActive);
    connect(import, &QPushButton::clicked, this, &InventoryPage::importCsv);
    connect(exportButton, &QPushButton::clicked, this, &InventoryPage::exportCsv);
    connect(m_quickColor, &QLineEdit::textChanged, this, &InventoryPage::updateColourSwatch);
    return tab;
}

void InventoryPage::loadProducts()
{
    const QString editing = m_editingId;
    m_productTable->setRowCount(int(m_products.size()));
    for (int r = 0; r < m_products.size(); ++r) {
        const Product &p = m_products[r];
        auto *sku = cell(p.sku);
        sku->setData(Qt::UserRole, p.id);
        m_productTable->setItem(r, 0, sku);
        m_productTable->setItem(r, 1, cell(p.name));
        m_productTable->setItem(r, 2, cell(p.category));
        m_productTable->setItem(r, 3, cell(DisplayNames::unit(p.unit)));
        m_productTable->setItem(r, 4, cell(money(p.price, m_currency), true));
        m_productTable->setItem(r, 5, cell(p.taxCategory));
        auto *quick = cell(p.quickPos ? QString::number(*p.quickPos) : QString(), true);
        if (QColor(p.quickColor).isValid())
            quick->setBackground(QColor(p.quickColor));
        quick->setForeground(
            readableOn(QColor(p.quickColor).isValid() ? QColor(p.quickColor) : QColor(Qt::white)));
        m_productTable->setItem(r, 6, quick);
        m_productTable->setItem(r, 7, cell(p.active ? tr("yes") : tr("no")));
    }
    {
        const QSignalBlocker block(m_category);
        const QString text = m_category->currentText();
        m_category->clear();
        if (auto cats = ProductRepository(m_ctx.db()).categories())
            m_category->addItems(*cats);
        m_category->setCurrentText(text);
    }
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
                m_tax->addItem(
                    tr("%1 (%2)").arg(DisplayNames::taxCategory(t.code, t.name),
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
    applyProductFilter();
    bool found = false;
    for (const Product &p : std::as_const(m_products))
        if (p.id == editing) {
            showProduct(p);
            found = true;
        }
    if (!found)
        newProduct();
}

void InventoryPage::applyProductFilter()
{
    const QString text = m_productSearch->text().trimmed();
    for (int r = 0; r < m_productTable->rowCount(); ++r)
        m_productTable->setRowHidden(
            r,
            !text.isEmpty()
                && !m_productTable->item(r, 0)->text().startsWith(text, Qt::CaseInsensitive)
                && !m_productTable->item(r, 1)->text().contains(text, Qt::CaseInsensitive));
}

void InventoryPage::showProduct(const Product &p)
{
    m_editingId = p.id;
    m_sku->setText(p.sku);
    m_sku->setReadOnly(!p.id.isEmpty()); // the SKU is the product's key in CSV files
    m_name->setText(p.name);
    m_category->setCurrentText(p.category);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(unitCode(p.unit))));
    m_price->setText(p.id.isEmpty()
                         ? QString()
                         : NumberField::text(p.price, NumberField::moneyShape(m_currency)));
    m_tax->setCurrentIndex(std::max(0, m_tax->findData(p.taxCategory)));
    m_snap->setChecked(p.snapEligible);
    m_token->setChecked(p.tokenEligible);
    m_fmnp->setChecked(p.fmnpEligible);
    m_active->setChecked(p.active);
    m_barcodes->setText(p.barcodes.join(QLatin1Char(' ')));
    m_quickPos->setValue(p.quickPos ? *p.quickPos : -1);
    m_quickColor->setText(p.quickColor);
    m_lowStock->setText(p.lowStock ? NumberField::text(p.lowStock, quantityShape(p.unit))
                                   : QString());
    m_deactivate->setText(p.active ? tr("Deactivate") : tr("Reactivate"));
    m_deactivate->setEnabled(!p.id.isEmpty());
    m_productStatus->clear();
}

void InventoryPage::newProduct()
{
    if (!m_ctx.require(Action::StockChange, this))
        return;
    Product p;
    p.id.clear();
    showProduct(p);
    m_sku->setFocus();
}

void InventoryPage::saveProduct()
{
    if (!m_ctx.require(Action::StockChange, this))
        return;
    Product p;
    for (const Product &x : std::as_const(m_products))
        if (x.id == m_editingId)
            p = x;
    p.sku = m_sku->text().trimmed();
    p.name = m_name->text().trimmed();
    p.category = m_category->currentText().trimmed();
    p.unit = unitFromCode(m_unit->currentData().toString()).value_or(Unit::Each);
    const auto price = NumberField::of(m_price)->read();
    if (!price || *price < 0) {
        const QString hint = tr("Type the price, such as %1.")
                                 .arg(formatFixed(450, m_currency.decimals, QLocale()));
        m_productStatus->setText(price ? hint : NumberField::problemText(price.error(), hint));
        m_price->setFocus();
        return;
    }
    p.price = *price;
    p.taxCategory = m_tax->currentData().toString();
    p.snapEligible = m_snap->isChecked();
    p.tokenEligible = m_token->isChecked();
    p.fmnpEligible = m_fmnp->isChecked();
    p.active = m_active->isChecked();
    p.barcodes = m_barcodes->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    p.quickPos = m_quickPos->value() < 0 ? std::nullopt : std::optional<int>(m_quickPos->value());
    p.quickColor = m_quickColor->text().trimmed();
    if (m_lowStock->text().trimmed().isEmpty()) {
        p.lowStock = 0;
    } else {
        const auto low = NumberField::read(m_lowStock->text(), quantityShape(p.unit));
        if (!low) {
            m_productStatus->setText(NumberField::problemText(
                low.error(),
                tr("Type the low-stock level in %1.").arg(DisplayNames::unit(p.unit))));
            m_lowStock->setFocus();
            return;
        }
        p.lowStock = *low;
    }
    auto saved = ProductRepository(m_ctx.db()).save(p);
    if (!saved) {
        m_productStatus->setText(errorText(saved.error()));
        return;
    }
    m_editingId = saved->id;
    emit m_ctx.catalogChanged();
    if (!isVisible())
        refresh();
    m_productStatus->setText(tr("Saved %1.").arg(saved->name));
}

void InventoryPage::toggleActive()
{
    if (!m_ctx.require(Action::StockChange, this))
        return;
    if (m_editingId.isEmpty())
        return;
    m_active->setChecked(!m_active->isChecked());
    saveProduct();
}

void InventoryPage::updateColourSwatch()
{
    const QColor c(m_quickColor->text().trimmed());
    m_swatch->setStyleSheet(
        c.isValid() ? QStringLiteral("background: %1; border: 1px solid #888;").arg(c.name())
                    : QStringLiteral("border: 1px dashed #888;"));
}

void InventoryPage::importCsv()
{
    if (!m_ctx.require(Action::StockChange, this))
        return;
    const QString path = openFileName(this, tr("Import a catalog"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024 * 1024) {
        m_importReport->setPlainText(tr("Cannot read %1.").arg(path));
        return;
    }
    const QByteArray data = f.readAll();
    auto strict = importCatalogCsv(m_ctx.db(), data, false);
    QStringList report;
    if (strict) {
        report << tr("Imported %n product(s).", nullptr, strict->imported);
    } else if (strict.error().code != Error::Code::InvalidInput) {
        // A full or read-only disk, damage: no row is to blame, so none is offered to skip.
        report << errorText(strict.error());
    } else {
        // Nothing was imported: say why, and offer to bring in the good rows.
        report << errorText(strict.error());
        if (Dialogs::question(this,
                              tr("Import a catalog"),
                              tr("Some rows are not valid. Import the valid rows and skip the "
                                 "others?"))
            == QMessageBox::Yes) {
            auto partial = importCatalogCsv(m_ctx.db(), data, true);
            if (partial) {
                report.clear();
                report << tr("Imported %n product(s);", nullptr, partial->imported)
                              + QLatin1Char(' ')
                              + tr("skipped %n row(s):", nullptr, partial->skipped);
                report << partial->errors;
            } else {
                report << errorText(partial.error());
            }
        } else {
            report << tr("Nothing was imported.");
        }
    }
    m_importReport->setPlainText(report.join(QLatin1Char('\n')));
    emit m_ctx.catalogChanged();
    if (!isVisible())
        refresh();
}

void InventoryPage::exportCsv()
{
    if (!m_ctx.require(Action::StockChange, this))
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              + QStringLiteral("/catalog.csv");
    const QString path
        = Dialogs::saveFileName(this, tr("Export the catalog"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    Database &db = m_ctx.db();
    auto s = writeFileAtomically(path,
                                 [&](QIODevice *out) { return exportCatalogCsv(db, out, false); });
    m_importReport->setPlainText(s ? tr("Exported the catalog to %1.").arg(path)
                                   : errorText(s.error()));
}

// ---- Tax and tenders --------------------------------------------------------------------

QWidget *InventoryPage::buildTaxTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(new QLabel(tr("Tax categories"), tab));
    m_taxTable
        = makeTable(tab, {tr("Code"), tr("Name"), tr("Rate")}, QStringLiteral("taxTable"), 1);
    layout->addWidget(m_taxTable, 1);
    layout->addWidget(new QLabel(tr("Tenders and what they may pay for"), tab));
    m_tenderTable = makeTable(tab,
                              {tr("Tender"),
                               tr("Pays for"),
                               tr("Gives change"),
                               tr("Untaxed"),
                               tr("Face value"),
                               tr("Enabled")},
                              QStringLiteral("tenderTable"),
                              1);
    layout->addWidget(m_tenderTable, 2);
    return tab;
}

void InventoryPage::loadTax()
{
    auto rules = SaleRules::load(m_ctx.db());
    if (!rules)
        return;
    QList<TaxCategory> cats = rules->taxCategories.values();
    std::sort(cats.begin(), cats.end(), [](const TaxCategory &a, const TaxCategory &b) {
        return a.code < b.code;
    });
    m_taxTable->setRowCount(int(cats.size()));
    for (int r = 0; r < cats.size(); ++r) {
        m_taxTable->setItem(r, 0, cell(cats[r].code));
        m_taxTable->setItem(r, 1, cell(DisplayNames::taxCategory(cats[r].code, cats[r].name)));
        m_taxTable->setItem(
            r, 2, cell(TaxTenderRepository::formatRate(cats[r].ratePpm, QLocale()), true));
    }
    const QHash<QString, QString> pays = {{QStringLiteral("any"), tr("anything")},
                                          {QStringLiteral("snap"), tr("SNAP-eligible items")},
                                          {QStringLiteral("token"), tr("token-eligible items")},
                                          {QStringLiteral("fmnp"), tr("FMNP-eligible items")}};
    m_tenderTable->setRowCount(int(rules->tenders.size()));
    for (int r = 0; r < rules->tenders.size(); ++r) {
        const TenderType &t = rules->tenders[r];
        m_tenderTable->setItem(r, 0, cell(DisplayNames::tender(t.code, t.name)));
        m_tenderTable->setItem(r, 1, cell(pays.value(t.eligibility, t.eligibility)));
        m_tenderTable->setItem(r, 2, cell(t.givesChange ? tr("yes") : tr("no")));
        m_tenderTable->setItem(r, 3, cell(t.untaxed ? tr("yes") : tr("no")));
        m_tenderTable->setItem(
            r, 4, cell(t.faceValue ? money(t.faceValue, m_currency) : QString(), true));
        m_tenderTable->setItem(r, 5, cell(t.enabled ? tr("yes") : tr("no")));
    }
}

} // namespace sk::ui
