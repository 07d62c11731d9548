#include "ui/inventory/StockTab.h"

#include "core/MarketDay.h"
#include "core/StockLedger.h"
#include "core/eod/StockReconciliation.h"
#include "ui/common/ColumnFitter.h"
#include "ui/common/Dialogs.h"
#include "ui/common/DisplayNames.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"
#include "ui/common/TouchPrompt.h"
#include "ui/common/Widgets.h"
#include "ui/eod/EodText.h"
#include "ui/inventory/InventoryPage.h"
#include "ui/inventory/StockModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sk::ui {

using eod::errorText;
using eod::signedQuantity;

void setUpInventoryTable(QTableView *t, const QString &name, int stretch)
{
    t->setObjectName(name);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    t->setTextElideMode(Qt::ElideMiddle);
}

// The texts are Inventory's own (InventoryPage's translation context).
StockTab::StockTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_model(new StockModel(this))
    , m_filter(new StockFilter(this))
{
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_search = searchField(
        QStringLiteral("stockSearch"), InventoryPage::tr("Search by name, SKU or barcode"), this);
    m_search->setMinimumHeight(kTouchMin);
    m_category = touchField<QComboBox>(QStringLiteral("stockCategory"), this);
    m_lowOnly = new QCheckBox(InventoryPage::tr("Low or oversold only"), this);
    m_lowOnly->setObjectName(QStringLiteral("stockLowOnly"));
    filters->addWidget(withTouchEntry(m_search, InventoryPage::tr("Stock")), 1);
    filters->addWidget(m_category);
    filters->addWidget(m_lowOnly);
    layout->addLayout(filters);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView(left);
    m_view->setModel(m_filter);
    setUpInventoryTable(m_view, QStringLiteral("stockTable"), StockModel::Name);
    m_view->setSortingEnabled(true);
    // Least needed first when a tablet has no room for them all: the category, the value at
    // price, the SKU (the item's name stays, and the level, unit, price and status).
    ColumnFitter::install(m_view, StockModel::Name, {StockModel::Category, StockModel::Value, 0});
    ll->addWidget(m_view, 1);
    m_total = new QLabel(left);
    m_total->setObjectName(QStringLiteral("stockTotal"));
    ll->addWidget(m_total);

    auto *right = new QWidget(split);
    auto *rl = new QVBoxLayout(right);
    m_item = new QLabel(InventoryPage::tr("Pick an item"), right);
    setScaledFont(m_item, 1.2, true);
    m_item->setWordWrap(true);
    rl->addWidget(m_item);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(right);
    m_kind->setObjectName(QStringLiteral("stockKind"));
    m_kind->addItem(InventoryPage::tr("Receive (delivery)"), QStringLiteral("receive"));
    m_kind->addItem(InventoryPage::tr("Waste or spoilage"), QStringLiteral("waste"));
    m_kind->addItem(InventoryPage::tr("Adjust (+/−)"), QStringLiteral("adjust"));
    m_kind->addItem(InventoryPage::tr("Count (what is there now)"), QStringLiteral("count"));
    m_kind->addItem(InventoryPage::tr("Load-out (onto the truck)"), QStringLiteral("loadout"));
    m_kind->setMinimumHeight(kTouchMin);
    m_qty = touchField<QLineEdit>(QStringLiteral("stockQty"), right);
    NumberField::attach(m_qty, quantityShape(Unit::Lb)); // read in the item's unit
    m_reason = touchEdit(
        QStringLiteral("stockReason"), InventoryPage::tr("For waste and adjustments"), right);
    m_reason->setMaxLength(500);
    form->addRow(InventoryPage::tr("&What"), m_kind);
    m_qty->setAccessibleName(InventoryPage::tr("Quantity"));
    m_reason->setAccessibleName(InventoryPage::tr("Reason"));
    form->addRow(InventoryPage::tr("&Quantity"), withTouchEntry(m_qty, InventoryPage::tr("Stock")));
    form->addRow(InventoryPage::tr("&Reason"),
                 withTouchEntry(m_reason, InventoryPage::tr("Stock"), stockReasons()));
    rl->addLayout(form);
    auto *recordButton
        = touchButton(InventoryPage::tr("Record"), QStringLiteral("stockRecord"), right);
    rl->addWidget(recordButton);
    m_status = messageLabel(QStringLiteral("stockStatus"), right);
    rl->addWidget(m_status);
    rl->addWidget(new QLabel(InventoryPage::tr("History"), right));
    m_history = new QTableWidget(0, 4, right);
    m_history->setHorizontalHeaderLabels({InventoryPage::tr("When"),
                                          InventoryPage::tr("What"),
                                          InventoryPage::tr("Quantity"),
                                          InventoryPage::tr("Note")});
    setUpInventoryTable(m_history, QStringLiteral("historyTable"), 3);
    // The pane is narrow on a 10" tablet: a long note wraps onto more lines instead of being
    // cut short, and the rows grow to fit it.
    m_history->setWordWrap(true);
    m_history->setTextElideMode(Qt::ElideNone);
    m_history->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    rl->addWidget(m_history, 1);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, this, &StockTab::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // A scan picks the item and moves on to the quantity.
        if (m_filter->rowCount() > 0) {
            m_view->selectRow(0);
            m_qty->setFocus();
        }
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, &StockTab::applyFilter);
    connect(m_lowOnly, &QCheckBox::toggled, this, &StockTab::applyFilter);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &StockTab::loadHistory);
    connect(recordButton, &QPushButton::clicked, this, &StockTab::record);
    connect(m_qty, &QLineEdit::returnPressed, this, [this] {
        const QString kind = m_kind->currentData().toString();
        if ((kind == u"waste" || kind == u"adjust") && m_reason->text().trimmed().isEmpty())
            m_reason->setFocus();
        else
            record();
    });
    connect(m_reason, &QLineEdit::returnPressed, this, &StockTab::record);
}

void StockTab::load(const QList<Product> &products, const Currency &currency)
{
    m_products = products;
    const QString selected = selectedProduct();
    const QString category = m_category->currentData().toString();
    {
        const QSignalBlocker block(m_category);
        m_category->clear();
        m_category->addItem(InventoryPage::tr("All categories"), QString());
        if (auto cats = ProductRepository(m_ctx.db()).categories())
            for (const QString &c : *cats)
                m_category->addItem(c.isEmpty() ? InventoryPage::tr("(none)") : c, c);
        const int at = m_category->findData(category);
        m_category->setCurrentIndex(at < 0 ? 0 : at);
    }
    // One query for every level: a catalog of hundreds of items opened at once.
    QHash<QString, Milli> levels;
    if (auto all = StockLedger(m_ctx.db()).levels())
        for (const StockLevel &l : std::as_const(*all))
            levels.insert(l.productId, l.level);
    m_model->setStock(products, levels, currency);
    m_total->setText(
        InventoryPage::tr("%n item(s) in stock worth %1 at price", nullptr, m_model->rowCount())
            .arg(money(m_model->totalValue(), currency)));
    applyFilter();
    for (int r = 0; r < m_filter->rowCount(); ++r)
        if (m_filter->index(r, 0).data(StockModel::ProductIdRole).toString() == selected)
            m_view->selectRow(r);
    if (selectedProduct() != selected)
        loadHistory();
}

void StockTab::applyFilter()
{
    const bool anyCategory = m_category->currentIndex() <= 0;
    m_filter->setFilter(m_search->text(),
                        anyCategory ? std::nullopt
                                    : std::optional<QString>(m_category->currentData().toString()),
                        m_lowOnly->isChecked());
}

QString StockTab::selectedProduct() const
{
    const QModelIndexList sel = m_view->selectionModel()->selectedRows();
    return sel.isEmpty() ? QString() : sel.first().data(StockModel::ProductIdRole).toString();
}

const Product *StockTab::selectedItem() const
{
    const QString id = selectedProduct();
    const auto p = std::find_if(
        m_products.cbegin(), m_products.cend(), [&](const Product &x) { return x.id == id; });
    return p == m_products.cend() ? nullptr : &*p;
}

void StockTab::loadHistory()
{
    m_history->setRowCount(0);
    const Product *p = selectedItem();
    if (!p) {
        m_item->setText(InventoryPage::tr("Pick an item"));
        return;
    }
    auto level = StockLedger(m_ctx.db()).level(p->id);
    m_item->setText(InventoryPage::tr("%1: %2 in stock")
                        .arg(p->name, quantity(level ? level->level : 0, p->unit)));
    auto h = StockLedger(m_ctx.db()).history(p->id, 200);
    if (!h)
        return;
    const QHash<QString, QString> kinds
        = {{QStringLiteral("receive"), InventoryPage::tr("received")},
           {QStringLiteral("sale"), InventoryPage::tr("sold")},
           {QStringLiteral("refund"), InventoryPage::tr("returned")},
           {QStringLiteral("waste"), InventoryPage::tr("wasted")},
           {QStringLiteral("adjust"), InventoryPage::tr("adjusted")},
           {QStringLiteral("count"), InventoryPage::tr("counted")}};
    const QHash<QString, QString> contexts
        = {{QStringLiteral("loadout"), InventoryPage::tr("load-out")},
           {QStringLiteral("eod"), InventoryPage::tr("end of day")},
           {QStringLiteral("manual"), InventoryPage::tr("manual")}};
    auto cell = [](const QString &text, bool right = false) {
        auto *i = new QTableWidgetItem(text);
        if (right)
            i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return i;
    };
    m_history->setRowCount(int(h->size()));
    for (int r = 0; r < h->size(); ++r) {
        const StockMovement &m = h->at(r);
        // Today's movements by their time only, older ones by their date: the note beside
        // them gets the room (the whole date and time is the cell's tooltip).
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(m.createdAt);
        auto *when = cell(at.date() == QDate::currentDate()
                              ? QLocale().toString(at.time(), QLocale::ShortFormat)
                              : QLocale().toString(at.date(), QLocale::ShortFormat));
        when->setToolTip(QLocale().toString(at, QLocale::ShortFormat));
        m_history->setItem(r, 0, when);
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
        auto *noteCell = cell(note);
        noteCell->setToolTip(note);
        m_history->setItem(r, 3, noteCell);
    }
}

void StockTab::record()
{
    if (!m_ctx.require(Action::StockChange, this))
        return;
    const Product *p = selectedItem();
    if (!p) {
        m_status->setText(InventoryPage::tr("Pick an item first."));
        return;
    }
    const QString kind = m_kind->currentData().toString();
    const auto qty = NumberField::read(m_qty->text(), quantityShape(p->unit));
    if (!qty) {
        m_status->setText(NumberField::problemText(
            qty.error(),
            p->unit == Unit::Each
                ? InventoryPage::tr("Type a whole number.")
                : InventoryPage::tr("Type a quantity in %1, e.g. %2.")
                      .arg(DisplayNames::unit(p->unit), formatFixed(25, 1, QLocale()))));
        m_qty->setFocus();
        return;
    }
    const QString reason = m_reason->text().trimmed();
    if ((kind == u"waste" || kind == u"adjust") && reason.isEmpty()) {
        m_status->setText(InventoryPage::tr("Say why (spoiled, samples, miscounted…)."));
        m_reason->setFocus();
        openTouchEntry(m_reason, InventoryPage::tr("Stock"), stockReasons(), [this] {
            if (!m_reason->text().trimmed().isEmpty())
                record();
        });
        return;
    }
    // A count (or load-out) far from the level on record is asked about first, as at the end
    // of the day: a slip of the finger would move the level by the whole difference.
    if (kind == u"count" || kind == u"loadout")
        if (auto level = StockLedger(m_ctx.db()).level(p->id);
            level && countFarFromExpected(*qty, level->level)) {
            const QString text = InventoryPage::tr("You counted %1, expected about %2. Keep %1?")
                                     .arg(quantity(*qty, p->unit), quantity(level->level, p->unit));
            if (Dialogs::question(
                    this, InventoryPage::tr("Check the count of %1").arg(p->name), text)
                != QMessageBox::Yes) {
                m_status->setText(
                    InventoryPage::tr("Not recorded: type the count of %1 again.").arg(p->name));
                m_qty->setFocus();
                m_qty->selectAll();
                return;
            }
        }
    sk::Status ok;
    if (kind == u"loadout") {
        auto day = MarketDayRepository(m_ctx.db()).current();
        if (day && !*day) {
            m_status->setText(
                InventoryPage::tr("Open a market day first: the load-out belongs to it."));
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
        m_status->setText(errorText(ok.error()));
        return;
    }
    m_status->setText(InventoryPage::tr("Recorded for %1.").arg(p->name));
    m_qty->clear();
    m_reason->clear();
    emit stockRecorded();
    m_qty->setFocus();
}

} // namespace sk::ui
