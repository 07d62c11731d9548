#include "CheckoutPage.h"

#include "BarcodeScanner.h"
#include "DiscountDialog.h"
#include "MarketDay.h"
#include "MarketDayDialog.h"
#include "PriceDialog.h"
#include "QuickKeysPanel.h"
#include "Receipt.h"
#include "ResumeDialog.h"
#include "SalesDialog.h"
#include "TenderDialog.h"
#include "WeightDialog.h"
#include "checkout/CartStore.h"
#include "common/ColumnFitter.h"
#include "common/Dialogs.h"
#include "common/DisplayNames.h"
#include "common/FileSaving.h"
#include "common/InputGuard.h"
#include "common/NumberField.h"
#include "common/Style.h"
#include "common/TouchPrompt.h"
#include "hardware/Barcode.h"
#include "models/CartModel.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sk::ui {

namespace {
// Every change to the open cart is one of these: the cart before and after. Restoring a whole
// (small) cart is simpler and safer than inverse operations, and the model turns it into
// row-level change notifications.
class CartCommand : public QUndoCommand
{
public:
    CartCommand(CartModel *model, Cart before, Cart after, const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void redo() override { m_model->setCart(m_after); }
    void undo() override { m_model->setCart(m_before); }

private:
    CartModel *m_model;
    Cart m_before;
    Cart m_after;
};

QPushButton *touchButton(const QString &text, QWidget *parent, qreal font = 1.0)
{
    auto *b = new QPushButton(text, parent);
    b->setFocusPolicy(Qt::NoFocus);
    b->setAutoDefault(false);
    makeTouch(b);
    if (font != 1.0)
        setScaledFont(b, font, font > 1.0);
    // Ignored: the label never forces the window wider than a 1024 px screen.
    b->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    return b;
}
} // namespace

CheckoutPage::CheckoutPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_model(new CartModel(this))
    , m_undo(new QUndoStack(this))
    , m_scanner(new BarcodeScanner(this))
{
    setObjectName(QStringLiteral("CheckoutPage"));
    if (auto r = SaleRules::load(m_ctx.db()))
        m_rules = *r;
    m_model->setRules(m_rules);

    auto *lay = new QHBoxLayout(this);
    lay->setContentsMargins(6, 6, 6, 6);
    lay->setSpacing(8);
    lay->addWidget(buildLeft(), 11);
    m_right = new QStackedWidget(this);
    m_cartPanel = buildCartPanel();
    m_lastPanel = buildLastSalePanel();
    m_right->addWidget(m_cartPanel);
    m_right->addWidget(m_lastPanel);
    lay->addWidget(m_right, 9);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(0);
    connect(&m_saveTimer, &QTimer::timeout, this, &CheckoutPage::saveOpenCart);
    connect(m_model, &CartModel::totalsChanged, this, [this] {
        refreshTotals();
        m_saveTimer.start();
    });
    connect(m_model, &CartModel::quantityEdited, this, [this](int row, Milli qty) {
        Cart c = m_model->cart();
        if (row < 0 || row >= c.lines.size())
            return;
        c.lines[row].qty = qty;
        applyCart(c, tr("Change quantity"));
    });

    // Keyboard: everything at the counter has a key (docs/user-guide.md "Keys").
    auto shortcut = [this](const QKeySequence &key, auto slot) {
        auto *s = new QShortcut(key, this);
        // Only while the focus is on this page: a dialog it opens is a child widget, and
        // window-wide keys here would make the dialog's own F-keys ambiguous.
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
        return s;
    };
    shortcut(QKeySequence(Qt::Key_F12), &CheckoutPage::pay);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &CheckoutPage::pay);
    shortcut(QKeySequence(Qt::Key_F4), &CheckoutPage::park);
    shortcut(QKeySequence(Qt::Key_F5), &CheckoutPage::resume);
    shortcut(QKeySequence(Qt::Key_F9), &CheckoutPage::clearCart);
    shortcut(QKeySequence(Qt::Key_F3), &CheckoutPage::showSales);
    shortcut(QKeySequence(Qt::Key_F6), &CheckoutPage::editSelectedQty);
    shortcut(QKeySequence(Qt::Key_F7), &CheckoutPage::discountSelected);
    shortcut(QKeySequence(Qt::Key_F8), &CheckoutPage::discountCart);
    shortcut(QKeySequence(Qt::Key_F10), &CheckoutPage::changeSelectedPrice);
    shortcut(QKeySequence(Qt::Key_F11), &CheckoutPage::openDrawerNoSale);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Z), [this] { m_undo->undo(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Y), [this] { m_undo->redo(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), [this] { m_undo->redo(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_P), &CheckoutPage::printLastReceipt);
    shortcut(QKeySequence(Qt::Key_F2), [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { m_keysPanel->nextView(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { m_keysPanel->previousView(); });

    // Alt+1..Alt+9: the quick keys of the view on screen, for keyboard-only selling.
    for (int n = 1; n <= 9; ++n)
        shortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + n)),
                 [this, n] { m_keysPanel->clickNth(n); });

    // The scanner listens while the counter is on screen, and in every dialog (of any page):
    // there a scan is never typed into a field (a code read as a cash amount, a weight or a
    // count), it is refused in words and nothing is taken.
    m_scanner->setActiveWhen([this] {
        return !QApplication::activePopupWidget()
               && (QApplication::activeModalWidget() || isVisible());
    });
    qApp->installEventFilter(m_scanner);
    connect(m_scanner, &BarcodeScanner::scanned, this, [this](const QString &code) {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            QApplication::beep();
            if (auto *tender = qobject_cast<TenderDialog *>(modal))
                tender->refuseScan();
            else
                Dialogs::warning(modal,
                                 tr("Scan not taken"),
                                 tr("That was a scan (%1), not typing: nothing was entered. "
                                    "Finish or close this window, then scan the item again.")
                                     .arg(code));
            return;
        }
        addCode(code);
    });
    // Focus back to the search field after every dialog; keys typed ahead of a dialog reach it.
    InputGuard::install()->setHome(m_search);

    connect(&m_ctx, &AppContext::catalogChanged, this, &CheckoutPage::reloadCatalog);
    connect(&m_ctx, &AppContext::marketDayChanged, this, [this] {
        MarketDayRepository days(m_ctx.db());
        auto d = days.current();
        m_dayOpen = d && d->has_value();
    });
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        m_right->setCurrentWidget(m_cartPanel);
    });

    MarketDayRepository days(m_ctx.db());
    auto d = days.current();
    m_dayOpen = d && d->has_value();
    reloadCatalog();

    // A cart that was on screen when the app stopped comes back (crash, flat battery).
    CartStore store(m_ctx.db());
    if (auto open = store.loadOpen(); open && *open && !(*open)->lines.isEmpty()) {
        m_model->setCart(**open);
        QTimer::singleShot(0, this, [this] {
            emit statusMessage(tr("The cart that was open when Stallkeeper stopped is back."));
        });
    }
    refreshTotals();
    m_search->setFocus();
}

CheckoutPage::~CheckoutPage()
{
    if (m_saveTimer.isActive())
        saveOpenCart();
    // The undo stack clears itself when it is destroyed, after this object is gone; its
    // signals must not reach this page any more.
    m_undo->disconnect(this);
}

QWidget *CheckoutPage::buildLeft()
{
    auto *w = new QWidget(this);
    auto *v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(w);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search name or SKU, or scan (F2)"));
    m_search->setAccessibleName(tr("Search products"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumHeight(kTouchMin);
    setScaledFont(m_search, 1.3);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &CheckoutPage::updateSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &CheckoutPage::searchEntered);
    // Searching by name on a tablet: the on-screen keyboard, then a tap on the match.
    v->addWidget(withTouchEntry(m_search, tr("Search products")));

    m_leftStack = new QStackedWidget(w);
    m_keysPanel = new QuickKeysPanel(w);
    connect(m_keysPanel, &QuickKeysPanel::productChosen, this, [this](const Product &p) {
        addProduct(p);
    });
    m_results = new QListWidget(w);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setUniformItemSizes(true);
    setScaledFont(m_results, 1.25);
    connect(
        m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *) { searchEntered(); });
    m_leftStack->addWidget(m_keysPanel);
    m_leftStack->addWidget(m_results);
    v->addWidget(m_leftStack, 1);
    return w;
}

QWidget *CheckoutPage::buildCartPanel()
{
    auto *w = new QWidget(this);
    auto *v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(6);
    m_view = new QTableView(w);
    m_view->setObjectName(QStringLiteral("cart"));
    m_view->setModel(m_model);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked);
    m_view->setItemDelegateForColumn(
        CartModel::Quantity,
        new NumberDelegate(
            [](const QModelIndex &i) {
                return quantityShape(
                    unitFromCode(i.data(CartModel::UnitRole).toString()).value_or(Unit::Each));
            },
            m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(kTouchMin);
    m_view->horizontalHeader()->setHighlightSections(false);
    setScaledFont(m_view, 1.15);
    // The columns beside the item's name are as wide as their widest line, measured from the
    // model itself: the view's own ResizeToContents measures only the rows it has laid out, and
    // the first line rung up as the market day opened kept the empty cart's widths ("$8…").
    ColumnFitter::install(m_view, CartModel::Item, {});
    v->addWidget(m_view, 1);
    // A tap on a line's price changes it for this sale (F10 on the keyboard).
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &i) {
        if (i.column() != CartModel::Price)
            return;
        selectRow(i.row());
        changeSelectedPrice();
    });

    auto *lineRow = new QHBoxLayout;
    lineRow->setSpacing(4);
    auto *minus = touchButton(tr("−"), w, 1.4);
    minus->setToolTip(tr("One less (-)"));
    minus->setAccessibleName(tr("One less"));
    auto *plus = touchButton(tr("+"), w, 1.4);
    plus->setToolTip(tr("One more (+)"));
    plus->setAccessibleName(tr("One more"));
    auto *qty = touchButton(tr("Qty\nF6"), w);
    auto *disc = touchButton(tr("Item %\nF7"), w);
    auto *cartDisc = touchButton(tr("Sale %\nF8"), w);
    disc->setObjectName(QStringLiteral("lineDiscount"));
    cartDisc->setObjectName(QStringLiteral("saleDiscount"));
    auto *remove = touchButton(tr("Remove\nDel"), w);
    connect(minus, &QPushButton::clicked, this, [this] { stepSelectedQty(-1); });
    connect(plus, &QPushButton::clicked, this, [this] { stepSelectedQty(+1); });
    connect(qty, &QPushButton::clicked, this, &CheckoutPage::editSelectedQty);
    connect(disc, &QPushButton::clicked, this, &CheckoutPage::discountSelected);
    connect(cartDisc, &QPushButton::clicked, this, &CheckoutPage::discountCart);
    connect(remove, &QPushButton::clicked, this, &CheckoutPage::removeSelected);
    for (QPushButton *b : {minus, plus, qty, disc, cartDisc, remove}) {
        b->setMinimumHeight(52);
        lineRow->addWidget(b);
    }
    v->addLayout(lineRow);

    auto *totals = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_itemCount = new QLabel(w);
    m_subtotal = new QLabel(w);
    m_subtotal->setObjectName(QStringLiteral("subtotal"));
    m_subtotal->setTextFormat(Qt::PlainText);
    setScaledFont(m_subtotal, 1.05);
    setScaledFont(m_itemCount, 1.05);
    // A long "Subtotal · Discount · Tax" line elides rather than widening the cart panel.
    for (QLabel *l : {m_itemCount, m_subtotal}) {
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        l->setWordWrap(true);
    }
    left->addWidget(m_itemCount);
    left->addWidget(m_subtotal);
    m_total = new QLabel(w);
    m_total->setObjectName(QStringLiteral("total"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setScaledFont(m_total, 2.6, true);
    totals->addLayout(left, 1);
    totals->addWidget(m_total);
    v->addLayout(totals);

    m_pay = new QPushButton(tr("Pay  (F12)"), w);
    m_pay->setObjectName(QStringLiteral("pay"));
    m_pay->setFocusPolicy(Qt::NoFocus);
    m_pay->setAutoDefault(false);
    m_pay->setMinimumHeight(68);
    setScaledFont(m_pay, 1.7, true);
    m_pay->setStyleSheet(
        QStringLiteral("QPushButton { background: #1b7f3b; color: white; border-radius: 6px; }"
                       "QPushButton:pressed { background: #135c2a; }"
                       "QPushButton:disabled { background: #7a9a84; color: #e8e8e8; }"));
    connect(m_pay, &QPushButton::clicked, this, &CheckoutPage::pay);
    v->addWidget(m_pay);

    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    auto *park = touchButton(tr("Park\nF4"), w);
    auto *resume = touchButton(tr("Resume\nF5"), w);
    auto *undo = touchButton(tr("Undo\nCtrl+Z"), w);
    auto *clear = touchButton(tr("Clear\nF9"), w);
    auto *sales = touchButton(tr("Sales\nF3"), w);
    sales->setObjectName(QStringLiteral("sales"));
    park->setObjectName(QStringLiteral("park"));
    resume->setObjectName(QStringLiteral("resume"));
    connect(park, &QPushButton::clicked, this, &CheckoutPage::park);
    connect(resume, &QPushButton::clicked, this, &CheckoutPage::resume);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    undo->setEnabled(false);
    connect(clear, &QPushButton::clicked, this, &CheckoutPage::clearCart);
    connect(sales, &QPushButton::clicked, this, &CheckoutPage::showSales);
    for (QPushButton *b : {park, resume, undo, clear, sales}) {
        b->setMinimumHeight(52);
        row->addWidget(b);
    }
    v->addLayout(row);
    return w;
}

QWidget *CheckoutPage::buildLastSalePanel()
{
    auto *w = new QWidget(this);
    auto *v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    m_change = new QLabel(w);
    m_change->setObjectName(QStringLiteral("change"));
    m_change->setAlignment(Qt::AlignCenter);
    setScaledFont(m_change, 3.0, true);
    m_lastInfo = new QLabel(w);
    m_lastInfo->setAlignment(Qt::AlignCenter);
    m_lastInfo->setWordWrap(true);
    setScaledFont(m_lastInfo, 1.2);
    m_receipt = new QTextBrowser(w);
    m_receipt->setObjectName(QStringLiteral("receipt"));
    m_receipt->setFocusPolicy(Qt::NoFocus);
    v->addWidget(m_change);
    v->addWidget(m_lastInfo);
    v->addWidget(m_receipt, 1);
    auto *row = new QGridLayout;
    row->setSpacing(4);
    auto *print = touchButton(tr("Print receipt\nCtrl+P"), w);
    auto *pdf = touchButton(tr("Save as PDF"), w);
    auto *next = touchButton(tr("No receipt\nnext customer"), w);
    next->setObjectName(QStringLiteral("next"));
    // Today's sales stay one tap away while the receipt is on screen (a void or a refund
    // right after a sale is when it is most often needed).
    auto *sales = touchButton(tr("Sales\nF3"), w);
    sales->setObjectName(QStringLiteral("lastSaleSales"));
    connect(print, &QPushButton::clicked, this, &CheckoutPage::printLastReceipt);
    connect(pdf, &QPushButton::clicked, this, &CheckoutPage::saveLastReceiptPdf);
    connect(next, &QPushButton::clicked, this, &CheckoutPage::newSale);
    connect(sales, &QPushButton::clicked, this, &CheckoutPage::showSales);
    // Two rows of two: four labels side by side do not fit half a tablet in Spanish or German.
    int i = 0;
    for (QPushButton *b : {print, pdf, sales, next}) {
        b->setMinimumHeight(56);
        row->addWidget(b, i / 2, i % 2);
        ++i;
    }
    v->addLayout(row);
    return w;
}

QTabWidget *CheckoutPage::quickKeyTabs() const
{
    return m_keysPanel->tabs();
}

QPushButton *CheckoutPage::quickKey(const QString &sku) const
{
    return m_keysPanel->key(sku);
}

bool CheckoutPage::showingLastSale() const
{
    return m_right->currentWidget() == m_lastPanel;
}

void CheckoutPage::reloadCatalog()
{
    if (auto r = SaleRules::load(m_ctx.db())) {
        m_rules = *r;
        m_model->setRules(m_rules);
    }
    ProductRepository repo(m_ctx.db());
    auto all = repo.all(false);
    m_keysPanel->setProducts(all ? *all : QList<Product>{}, m_rules.currency);
    updateSearch(m_search->text());
}

void CheckoutPage::updateSearch(const QString &text)
{
    m_results->clear();
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        m_leftStack->setCurrentWidget(m_keysPanel);
        return;
    }
    m_leftStack->setCurrentWidget(m_results);
    ProductRepository repo(m_ctx.db());
    auto found = repo.search(t, 40);
    if (!found)
        return;
    for (const Product &p : *found) {
        const QString price
            = p.unit == Unit::Each
                  ? money(p.price, m_rules.currency)
                  : tr("%1/%2").arg(money(p.price, m_rules.currency), DisplayNames::unit(p.unit));
        auto *item
            = new QListWidgetItem(tr("%1   %2   ·  %3").arg(p.name, price, p.sku), m_results);
        item->setData(Qt::UserRole, p.id);
        item->setSizeHint(QSize(0, kTouchMin));
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

void CheckoutPage::searchEntered()
{
    const QString t = m_search->text().trimmed();
    if (t.isEmpty()) {
        if (!m_model->isEmpty())
            pay();
        return;
    }
    ProductRepository repo(m_ctx.db());
    if (auto exact = repo.byCode(t); exact && exact->active) {
        resetSearch();
        addProduct(*exact);
        return;
    }
    if (QListWidgetItem *item = m_results->currentItem()) {
        if (auto p = repo.byId(item->data(Qt::UserRole).toString())) {
            resetSearch();
            addProduct(*p);
            return;
        }
    }
    emit statusMessage(tr("Nothing matches “%1”.").arg(t));
    QApplication::beep();
}

bool CheckoutPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ContextMenu) {
        // The field's own menu without Undo and Redo: they would bring back another
        // customer's code.
        std::unique_ptr<QMenu> menu(m_search->createStandardContextMenu());
        // Qt names them only by their text, in its own translation context (held in variables:
        // these are Qt's strings, not the app's to translate).
        static const char context[] = "QLineEdit", undoText[] = "&Undo", redoText[] = "&Redo";
        const QString undo = QCoreApplication::translate(context, undoText);
        const QString redo = QCoreApplication::translate(context, redoText);
        for (QAction *a : menu->actions())
            if (a->text().startsWith(undo) || a->text().startsWith(redo))
                menu->removeAction(a);
        menu->exec(static_cast<QContextMenuEvent *>(event)->globalPos());
        return true;
    }
    const bool empty = m_search->text().isEmpty();
    if (event->type() == QEvent::ShortcutOverride) {
        auto *k = static_cast<QKeyEvent *>(event);
        // With an empty search field, Undo/Redo/Delete mean the cart, not the text.
        if (empty
            && (k->matches(QKeySequence::Undo) || k->matches(QKeySequence::Redo)
                || k->key() == Qt::Key_Delete))
            return true;
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *k = static_cast<QKeyEvent *>(event);
    const bool resultsShown = m_leftStack->currentWidget() == m_results;
    switch (k->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up: {
        const int d = k->key() == Qt::Key_Down ? 1 : -1;
        if (resultsShown && m_results->count() > 0) {
            m_results->setCurrentRow(
                std::clamp(m_results->currentRow() + d, 0, m_results->count() - 1));
        } else if (m_model->rowCount() > 0) {
            const int r = selectedRow() < 0 ? m_model->rowCount() - 1 : selectedRow() + d;
            selectRow(std::clamp(r, 0, m_model->rowCount() - 1));
        }
        return true;
    }
    case Qt::Key_Delete:
        if (empty) {
            removeSelected();
            return true;
        }
        break;
    case Qt::Key_Plus:
        if (empty) {
            stepSelectedQty(+1);
            return true;
        }
        break;
    case Qt::Key_Minus:
        if (empty) {
            stepSelectedQty(-1);
            return true;
        }
        break;
    case Qt::Key_Escape:
        if (!empty) {
            resetSearch();
            return true;
        }
        if (showingLastSale()) {
            newSale();
            return true;
        }
        break;
    default:
        break;
    }
    return false;
}

int CheckoutPage::selectedRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void CheckoutPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
}

void CheckoutPage::applyCart(const Cart &cart, const QString &what)
{
    m_undo->push(new CartCommand(m_model, m_model->cart(), cart, what));
    m_right->setCurrentWidget(m_cartPanel);
}

bool CheckoutPage::ensureMarketDay(std::function<void()> then)
{
    if (m_dayOpen)
        return true;
    MarketDayRepository days(m_ctx.db());
    if (auto d = days.current(); d && *d) {
        m_dayOpen = true;
        return true;
    }
    QStringList names;
    if (auto n = days.marketNames())
        names = *n;
    auto *dlg = new MarketDayDialog(names, m_rules.currency, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg, then] {
        MarketDayRepository days(m_ctx.db());
        auto r = days.open(dlg->marketName(), dlg->openingFloat());
        if (!r) {
            Dialogs::warning(this,
                             tr("Market day"),
                             tr("The market day could not be opened: %1").arg(r.error().detail));
            return;
        }
        m_dayOpen = true;
        emit m_ctx.marketDayChanged();
        then();
    });
    openTracked(dlg);
    return false;
}

void CheckoutPage::openTracked(QDialog *dialog)
{
    // The keyboard comes back to the search field when it closes: InputGuard does that for
    // every dialog of the app.
    fitToScreen(dialog);
    dialog->open();
    emit dialogOpened(dialog);
}

void CheckoutPage::addProduct(const Product &p, Milli qty)
{
    if (!ensureMarketDay([this, p, qty] { addProduct(p, qty); }))
        return;
    if (p.unit != Unit::Each && qty <= 0) {
        auto *dlg = new WeightDialog(p, m_rules.currency, this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        connect(dlg, &QDialog::accepted, this, [this, dlg, p] { addProduct(p, dlg->quantity()); });
        openTracked(dlg);
        return;
    }
    CartLine line;
    line.product = p;
    line.qty = qty > 0 ? qty : 1000;
    const Cart next = m_model->withAdded(line);
    applyCart(next, tr("Add %1").arg(p.name));
    // Select the line that changed: the merged one or the new last line.
    int row = int(next.lines.size()) - 1;
    for (int i = 0; i < next.lines.size(); ++i)
        if (next.lines[i].product.id == p.id && next.lines.size() == m_model->rowCount())
            row = i;
    if (p.unit != Unit::Each)
        row = int(next.lines.size()) - 1;
    selectRow(row);
    resetSearch();
    if (!m_search->hasFocus() && !QApplication::activeModalWidget())
        m_search->setFocus();
}

bool CheckoutPage::addCode(const QString &code)
{
    ProductRepository repo(m_ctx.db());
    auto p = repo.byCode(code.trimmed());
    // A price- or weight-embedded label (prefix 2) whose code is not in the catalog itself.
    if (auto label = p ? std::nullopt : hw::barcode::lineForScan(repo, code.trimmed())) {
        if (*label) {
            addProduct((*label)->product, (*label)->qty);
            return true;
        }
        QApplication::beep();
        Dialogs::warning(this,
                         tr("Label not taken"),
                         label->error().code == Error::Code::NotFound
                             ? tr("No item has the item code on label %1. Give the item that "
                                  "code as its SKU or a barcode under Inventory.")
                                   .arg(code)
                             : tr("Label %1 did not read right. Scan it again, or weigh the "
                                  "item.")
                                   .arg(code));
        return false;
    }
    if (!p || !p->active) {
        QApplication::beep();
        Dialogs::warning(this,
                         tr("Unknown code"),
                         tr("No item has the code %1. Add it to the catalog under Inventory, or "
                            "ring it up by name.")
                             .arg(code));
        return false;
    }
    addProduct(*p);
    return true;
}

void CheckoutPage::resetSearch()
{
    // setText() and not clear(): clear() is an undoable edit, so every code of the day stayed
    // in the field's undo history (half a megabyte a busy day, and Undo brought back the last
    // customer's code). setText() empties the history.
    m_search->setText(QString());
}

void CheckoutPage::refreshTotals()
{
    const Computation &c = m_model->computation();
    const Currency &cur = m_rules.currency;
    Milli each = 0;
    int weighed = 0;
    for (const CartLine &l : m_model->cart().lines) {
        if (l.product.unit == Unit::Each)
            each += l.qty;
        else
            ++weighed;
    }
    const int items = int(each / 1000) + weighed;
    // Two short lines rather than one long one: they fit the cart panel of a 1024 px screen.
    const QString dot = QStringLiteral("  ·  ");
    m_itemCount->setText(m_model->isEmpty() ? tr("Ready for the next customer")
                                            : tr("%n item(s)", nullptr, items) + dot
                                                  + tr("Subtotal %1").arg(money(c.subtotal, cur)));
    QString sub = tr("Tax %1").arg(money(c.tax, cur));
    if (c.discount != 0)
        sub = tr("Discount −%1").arg(money(c.discount, cur)) + dot + sub;
    m_subtotal->setText(m_model->error().isEmpty() ? sub : m_model->error());
    m_total->setText(money(c.total, cur));
    m_pay->setEnabled(!m_model->isEmpty() && m_model->error().isEmpty());
    m_pay->setText(m_model->isEmpty() ? tr("Pay  (F12)")
                                      : tr("Pay %1  (F12)").arg(money(c.total, cur)));
}

void CheckoutPage::pay()
{
    if (m_model->isEmpty() || QApplication::activeModalWidget())
        return;
    if (!m_model->error().isEmpty()) {
        Dialogs::warning(this, tr("Cannot take payment"), m_model->error());
        return;
    }
    if (!ensureMarketDay([this] { pay(); }))
        return;
    auto *dlg = new TenderDialog(m_rules, m_model->cart(), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg] { commitSale(dlg->tenders()); });
    openTracked(dlg);
}

void CheckoutPage::commitSale(const QList<TenderEntry> &tenders)
{
    Cart cart = m_model->cart();
    cart.tenders = tenders;
    CartStore store(m_ctx.db());
    QElapsedTimer timer;
    timer.start();
    Result<SaleRecord> r = store.commitSale(cart, m_rules);
    m_lastCommitNs = timer.nsecsElapsed();
    if (!r) {
        Dialogs::warning(this,
                         tr("Sale not saved"),
                         tr("The sale was not saved and nothing was charged in the till: %1")
                             .arg(r.error().detail));
        return;
    }
    m_lastSale = *r;
    m_saveTimer.stop();
    m_undo->clear();
    m_model->setCart(Cart{});
    m_saveTimer.stop(); // already removed in the sale's transaction
    ReceiptInfo info = ReceiptInfo::load(m_ctx.db(), m_rules);
    m_lastHtml = receiptHtml(m_lastSale, info);
    m_receipt->setHtml(m_lastHtml);
    const Currency &cur = m_rules.currency;
    m_change->setText(m_lastSale.changeDue > 0
                          ? tr("Change %1").arg(money(m_lastSale.changeDue, cur))
                          : tr("No change"));
    QStringList paid;
    for (const SaleTenderRecord &t : m_lastSale.tenders) {
        const TenderType *type = m_rules.tender(t.tender);
        paid << tr("%1 %2").arg(DisplayNames::tender(t.tender, type ? type->name : QString()),
                                money(t.tendered, cur));
    }
    m_lastInfo->setText(tr("Receipt %1 · total %2 · paid by %3")
                            .arg(m_lastSale.receiptNo,
                                 money(m_lastSale.total, cur),
                                 QLocale().createSeparatedList(paid)));
    m_right->setCurrentWidget(m_lastPanel);
    m_search->setFocus();
    emit statusMessage(tr("Sale %1 saved.").arg(m_lastSale.receiptNo));
    emit m_ctx.saleCommitted(m_lastSale.id);
    emit m_ctx.stockChanged();
    emit saleCompleted(m_lastSale);
    if (m_ctx.db().localSetting(QStringLiteral("auto_print_receipt")) == u"1")
        printLastReceipt();
}

void CheckoutPage::newSale()
{
    m_right->setCurrentWidget(m_cartPanel);
    m_search->setFocus();
}

void CheckoutPage::printLastReceipt()
{
    if (!showingLastSale() || m_lastHtml.isEmpty())
        return;
    printReceipt(m_lastHtml, this);
}

void CheckoutPage::saveLastReceiptPdf()
{
    if (m_lastHtml.isEmpty())
        return;
    const QString path = Dialogs::saveFileName(
        this,
        tr("Save receipt as PDF"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("receipt-%1.pdf").arg(m_lastSale.receiptNo)),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto s = saveReceiptPdf(m_lastHtml, path); !s)
        Dialogs::warning(this, tr("Save receipt"), FileSaving::errorText(s.error()));
    else
        emit statusMessage(tr("Receipt saved to %1").arg(QDir::toNativeSeparators(path)));
}

void CheckoutPage::saveOpenCart()
{
    CartStore store(m_ctx.db());
    if (auto s = store.saveOpen(m_model->cart()); !s)
        emit statusMessage(tr("Could not save the open cart: %1").arg(s.error().detail));
}

void CheckoutPage::park()
{
    if (m_model->isEmpty())
        return;
    const Computation &c = m_model->computation();
    const QString label = tr("%n item(s), %1", nullptr, int(m_model->cart().lines.size()))
                              .arg(money(c.total, m_rules.currency));
    CartStore store(m_ctx.db());
    m_saveTimer.stop();
    auto r = store.park(m_model->cart(), label);
    if (!r) {
        Dialogs::warning(this, tr("Park"), tr("The cart was not parked: %1").arg(r.error().detail));
        return;
    }
    m_undo->clear();
    m_model->setCart(Cart{});
    m_saveTimer.stop(); // park() already removed the open cart
    emit statusMessage(tr("Parked (%1). Resume brings it back.").arg(label));
}

void CheckoutPage::resume()
{
    CartStore store(m_ctx.db());
    auto list = store.parked();
    if (!list || list->isEmpty()) {
        emit statusMessage(tr("No sale is parked."));
        return;
    }
    auto *dlg = new ResumeDialog(*list, m_rules.currency, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg] {
        const QString id = dlg->chosenId();
        if (id.isEmpty())
            return;
        CartStore store(m_ctx.db());
        // The cart on screen is parked in its place, so nothing is ever lost by resuming.
        if (!m_model->isEmpty())
            park();
        auto c = store.take(id);
        if (!c) {
            Dialogs::warning(this, tr("Resume"), c.error().detail);
            return;
        }
        m_undo->clear();
        m_model->setCart(*c);
        m_right->setCurrentWidget(m_cartPanel);
        selectRow(m_model->rowCount() - 1);
        emit statusMessage(tr("Resumed a parked sale."));
    });
    openTracked(dlg);
}

void CheckoutPage::clearCart()
{
    if (m_model->isEmpty())
        return;
    const auto answer = Dialogs::question(
        this,
        tr("Clear the cart"),
        tr("Remove all %n line(s) (%1) from the cart?", nullptr, m_model->rowCount())
            .arg(money(m_model->computation().total, m_rules.currency)),
        QMessageBox::Yes | QMessageBox::No,
        QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    applyCart(Cart{}, tr("Clear cart"));
    emit statusMessage(tr("Cart cleared. Undo brings it back."));
}

void CheckoutPage::removeSelected()
{
    const int r = selectedRow();
    if (r < 0)
        return;
    Cart c = m_model->cart();
    const QString name = c.lines[r].product.name;
    c.lines.removeAt(r);
    applyCart(c, tr("Remove %1").arg(name));
    selectRow(std::min(r, m_model->rowCount() - 1));
}

void CheckoutPage::stepSelectedQty(int delta)
{
    const int r = selectedRow();
    if (r < 0)
        return;
    Cart c = m_model->cart();
    CartLine &l = c.lines[r];
    if (l.product.unit != Unit::Each) {
        editSelectedQty();
        return;
    }
    const Milli q = l.qty + Milli(delta) * 1000;
    if (q <= 0) {
        removeSelected();
        return;
    }
    l.qty = q;
    applyCart(c, tr("Change quantity"));
    selectRow(r);
}

void CheckoutPage::editSelectedQty()
{
    const int r = selectedRow();
    if (r < 0)
        return;
    const CartLine line = m_model->cart().lines[r];
    if (line.product.unit != Unit::Each) {
        auto *dlg = new WeightDialog(line.product, m_rules.currency, this, line.qty);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        connect(dlg, &QDialog::accepted, this, [this, dlg, r] {
            Cart c = m_model->cart();
            if (r >= c.lines.size())
                return;
            c.lines[r].qty = dlg->quantity();
            applyCart(c, tr("Change weight"));
            selectRow(r);
        });
        openTracked(dlg);
        return;
    }
    const NumberShape shape = quantityShape(line.product.unit);
    const auto q = Dialogs::getNumber(
        this, tr("Quantity"), tr("How many %1?").arg(line.product.name), shape, line.qty);
    if (!q)
        return;
    // More than 50 of one item at a stall is rare enough to ask once: a quantity typed with
    // an extra digit (30 jars for 3) is caught before it is charged.
    constexpr Milli kUsualMost = 50 * 1000;
    if (*q > kUsualMost
        && Dialogs::question(
               this,
               tr("Check the quantity"),
               tr("%1 × %2 comes to %3. That is more than usual (up to %4): is it "
                  "right?")
                   .arg(NumberField::text(*q, shape),
                        line.product.name,
                        money(lineAmount(line.product.price, *q).value_or(0), m_rules.currency),
                        NumberField::text(kUsualMost, shape)),
               QMessageBox::Yes | QMessageBox::No,
               QMessageBox::No)
               != QMessageBox::Yes)
        return;
    Cart c = m_model->cart();
    c.lines[r].qty = *q;
    applyCart(c, tr("Change quantity"));
    selectRow(r);
}

void CheckoutPage::discountSelected()
{
    // Nothing selected (a cart brought back after a restart): the last line added.
    int r = selectedRow();
    if (r < 0)
        r = m_model->rowCount() - 1;
    if (r < 0 || QApplication::activeModalWidget())
        return;
    // A discount changes what the customer pays: an owner's decision.
    ActedBy by;
    if (!m_ctx.require(Action::PriceChange, this, &by))
        return;
    const CartLine line = m_model->cart().lines[r];
    const Minor base = lineAmount(line.product.price, line.qty).value_or(0);
    auto *dlg = new DiscountDialog(tr("Item discount"),
                                   tr("Discount on %1").arg(line.product.name),
                                   base,
                                   m_rules.currency,
                                   line.discount,
                                   this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = line.product.id;
    connect(dlg, &QDialog::accepted, this, [this, dlg, r, id, by] {
        Cart c = m_model->cart();
        if (r >= c.lines.size() || c.lines[r].product.id != id)
            return;
        c.lines[r].discount = dlg->discount();
        logPriceChange(by, tr("Item discount on %1").arg(c.lines[r].product.name));
        applyCart(c, tr("Discount %1").arg(c.lines[r].product.name));
        selectRow(r);
    });
    openTracked(dlg);
}

void CheckoutPage::discountCart()
{
    if (m_model->isEmpty() || QApplication::activeModalWidget())
        return;
    ActedBy by;
    if (!m_ctx.require(Action::PriceChange, this, &by))
        return;
    // The cart discount applies to what the lines come to after their own discounts.
    Cart before = m_model->cart();
    before.discount = Discount{};
    before.tenders.clear();
    Minor base = 0;
    if (auto r = computeCart(m_rules, before))
        base = r->net;
    auto *dlg = new DiscountDialog(tr("Discount on the sale"),
                                   tr("Discount on the whole sale"),
                                   base,
                                   m_rules.currency,
                                   m_model->cart().discount,
                                   this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg, by] {
        Cart c = m_model->cart();
        c.discount = dlg->discount();
        logPriceChange(by, tr("Discount on the sale"));
        applyCart(c, tr("Discount on the sale"));
    });
    openTracked(dlg);
}

void CheckoutPage::logPriceChange(const ActedBy &by, const QString &detail)
{
    TillAction a;
    a.action = Permissions::code(Action::PriceChange);
    a.user = by.user;
    a.approvedBy = by.approvedBy;
    a.detail = detail.left(500);
    if (auto d = MarketDayRepository(m_ctx.db()).current(); d && *d)
        a.marketDayId = (*d)->id;
    if (auto l = TillActionLog(m_ctx.db()).record(a); !l)
        emit statusMessage(tr("The price change was not logged: %1").arg(l.error().detail));
}

void CheckoutPage::changeSelectedPrice()
{
    int r = selectedRow();
    if (r < 0)
        r = m_model->rowCount() - 1;
    if (r < 0 || QApplication::activeModalWidget())
        return;
    ActedBy by;
    if (!m_ctx.require(Action::PriceChange, this, &by))
        return;
    const CartLine line = m_model->cart().lines[r];
    // The usual price is the catalog's; the line may carry an earlier change.
    Product usual = line.product;
    if (auto p = ProductRepository(m_ctx.db()).byId(line.product.id))
        usual.price = p->price;
    auto *dlg = new PriceDialog(usual, line.product.price, m_rules.currency, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = line.product.id;
    connect(dlg, &QDialog::accepted, this, [this, dlg, r, id, by] {
        Cart c = m_model->cart();
        if (r >= c.lines.size() || c.lines[r].product.id != id)
            return;
        const Minor before = c.lines[r].product.price;
        const Minor after = dlg->price();
        if (before == after)
            return;
        const QString name = c.lines[r].product.name;
        const Currency &cur = m_rules.currency;
        c.lines[r].product.price = after;
        applyCart(c, tr("Price of %1").arg(name));
        selectRow(r);
        logPriceChange(by, tr("%1: %2 → %3").arg(name, money(before, cur), money(after, cur)));
        emit statusMessage(tr("%1 is %2 in this sale.").arg(name, money(after, cur)));
    });
    openTracked(dlg);
}

void CheckoutPage::openDrawerNoSale()
{
    if (QApplication::activeModalWidget())
        return;
    openDrawerNoSaleFrom(this);
}

void CheckoutPage::openDrawerNoSaleFrom(QWidget *parent)
{
    ActedBy by;
    if (!m_ctx.require(Action::OpenDrawerNoSale, parent, &by))
        return;
    if (auto l = TillActionLog(m_ctx.db()).recordNoSale(by); !l) {
        Dialogs::warning(parent,
                         tr("No sale"),
                         tr("The drawer stays shut: opening it could not be logged (%1).")
                             .arg(l.error().detail));
        return;
    }
    if (m_drawerOpener)
        m_drawerOpener();
    emit statusMessage(tr("Drawer opened with no sale. It is listed in the end-of-day summary."));
}

void CheckoutPage::showSales()
{
    if (QApplication::activeModalWidget())
        return;
    auto *dlg = new SalesDialog(m_ctx, m_rules, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &SalesDialog::noSaleRequested, this, [this, dlg] { openDrawerNoSaleFrom(dlg); });
    openTracked(dlg);
}

} // namespace sk::ui
