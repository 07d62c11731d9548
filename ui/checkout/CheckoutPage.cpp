#include "ui/checkout/CheckoutPage.h"

#include "core/hardware/Barcode.h"
#include "core/hardware/WeightPolicy.h"
#include "core/preorder/PreOrderPickup.h"
#include "core/preorder/PreOrderRepository.h"
#include "ui/checkout/BarcodeScanner.h"
#include "ui/checkout/CartPanel.h"
#include "ui/checkout/CheckoutKeys.h"
#include "ui/checkout/LastSalePanel.h"
#include "ui/checkout/MarketDayDialog.h"
#include "ui/checkout/QuickKeysPanel.h"
#include "ui/checkout/Receipt.h"
#include "ui/checkout/SalesDialog.h"
#include "ui/checkout/SearchPanel.h"
#include "ui/checkout/TenderDialog.h"
#include "ui/checkout/WeightDialog.h"
#include "ui/common/Dialogs.h"
#include "ui/common/FileSaving.h"
#include "ui/common/InputGuard.h"
#include "ui/common/Style.h"
#include "ui/models/CartModel.h"
#include "ui/orders/OrdersDialog.h"
#include "ui/orders/ReservedStockGuard.h"

#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

namespace sk::ui {

CheckoutPage::CheckoutPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_session(new CheckoutSession(ctx.db(), this))
    , m_model(new CartModel(this))
    , m_scanner(new BarcodeScanner(this))
{
    setObjectName(QStringLiteral("CheckoutPage"));
    m_model->setRules(m_session->rules());

    auto *lay = new QHBoxLayout(this);
    lay->setContentsMargins(6, 6, 6, 6);
    lay->setSpacing(8);
    m_searchPanel = new SearchPanel(*m_session, this);
    lay->addWidget(m_searchPanel, 11);
    m_right = new QStackedWidget(this);
    m_cartPanel = new CartPanel(m_model, m_right);
    m_lastPanel = new LastSalePanel(m_right);
    m_right->addWidget(m_cartPanel);
    m_right->addWidget(m_lastPanel);
    lay->addWidget(m_right, 9);
    m_keys = new CheckoutKeys(this);
    m_reserved = new ReservedStockGuard(m_ctx, this);

    connect(m_searchPanel, &SearchPanel::productChosen, this, [this](const Product &p) {
        addProduct(p);
    });
    connect(m_searchPanel, &SearchPanel::emptyEntered, this, [this] {
        if (!m_session->isEmpty())
            pay();
    });
    connect(m_searchPanel, &SearchPanel::nothingMatched, this, [this](const QString &t) {
        // A pick-up code (an order number, as the customer's QR code types it).
        if (PreOrderRepository(m_ctx.db()).find(t)) {
            m_searchPanel->reset();
            showOrders(t);
            return;
        }
        emit statusMessage(tr("Nothing matches “%1”.").arg(t));
        QApplication::beep();
    });
    connect(m_cartPanel, &CartPanel::stepRequested, this, &CheckoutPage::stepSelectedQty);
    connect(m_cartPanel, &CartPanel::quantityRequested, this, &CheckoutPage::editSelectedQty);
    connect(m_cartPanel, &CartPanel::lineDiscountRequested, this, &CheckoutPage::discountSelected);
    connect(m_cartPanel, &CartPanel::saleDiscountRequested, this, &CheckoutPage::discountCart);
    connect(m_cartPanel, &CartPanel::removeRequested, this, &CheckoutPage::removeSelected);
    connect(m_cartPanel, &CartPanel::priceTapped, this, &CheckoutPage::changeSelectedPrice);
    connect(m_cartPanel, &CartPanel::payRequested, this, &CheckoutPage::pay);
    connect(m_cartPanel, &CartPanel::parkRequested, this, &CheckoutPage::park);
    connect(m_cartPanel, &CartPanel::resumeRequested, this, &CheckoutPage::resume);
    connect(m_cartPanel, &CartPanel::undoRequested, m_session, &CheckoutSession::undo);
    connect(m_cartPanel, &CartPanel::clearRequested, this, &CheckoutPage::clearCart);
    connect(m_cartPanel, &CartPanel::salesRequested, this, &CheckoutPage::showSales);
    connect(m_cartPanel, &CartPanel::ordersRequested, this, [this] { showOrders(); });
    connect(m_lastPanel, &LastSalePanel::printRequested, this, &CheckoutPage::printLastReceipt);
    connect(m_lastPanel, &LastSalePanel::pdfRequested, this, &CheckoutPage::saveLastReceiptPdf);
    connect(m_lastPanel, &LastSalePanel::nextRequested, this, &CheckoutPage::newSale);
    connect(m_lastPanel, &LastSalePanel::salesRequested, this, &CheckoutPage::showSales);

    // The session is the open sale; the model and the panels show it.
    connect(m_session, &CheckoutSession::cartChanged, this, [this] {
        m_model->setCart(m_session->cart());
        if (m_session->isEmpty())
            m_reserved->reset();
    });
    connect(m_session, &CheckoutSession::historyChanged, this, [this] {
        m_cartPanel->setUndoEnabled(m_session->canUndo());
        m_right->setCurrentWidget(m_cartPanel);
    });
    connect(m_session, &CheckoutSession::openCartNotSaved, this, [this](const QString &detail) {
        emit statusMessage(tr("Could not save the open cart: %1").arg(detail));
    });
    // What the session stored, the rest of the app hears about.
    connect(m_session, &CheckoutSession::saleCommitted, &m_ctx, &AppContext::saleCommitted);
    connect(m_session, &CheckoutSession::stockChanged, &m_ctx, &AppContext::stockChanged);
    connect(m_session, &CheckoutSession::marketDayChanged, &m_ctx, &AppContext::marketDayChanged);
    connect(m_model, &CartModel::totalsChanged, this, [this] {
        m_cartPanel->refreshTotals(m_session->rules().currency);
    });
    connect(m_model, &CartModel::quantityEdited, this, [this](int row, Milli qty) {
        Cart c = m_session->cart();
        if (row < 0 || row >= c.lines.size())
            return;
        c.lines[row].qty = qty;
        applyCart(c, tr("Change quantity"));
    });

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
    InputGuard::install()->setHome(searchField());

    connect(&m_ctx, &AppContext::catalogChanged, this, &CheckoutPage::reloadCatalog);
    connect(&m_ctx, &AppContext::marketDayChanged, m_session, &CheckoutSession::refreshMarketDay);
    reloadCatalog();

    // A cart that was on screen when the app stopped comes back (crash, flat battery).
    if (m_session->restoreOpenCart())
        QTimer::singleShot(0, this, [this] {
            emit statusMessage(tr("The cart that was open when Stallkeeper stopped is back."));
        });
    m_cartPanel->refreshTotals(m_session->rules().currency);
    searchField()->setFocus();
}

CheckoutPage::~CheckoutPage()
{
    // The session outlives the panels for a moment (it writes a cart changed an instant before
    // the window closed); nothing it says reaches them any more.
    m_session->disconnect(this);
    // The keys watch the search field, which is destroyed after this page's own members.
    delete m_keys;
}

QLineEdit *CheckoutPage::searchField() const
{
    return m_searchPanel->field();
}

QListWidget *CheckoutPage::searchResults() const
{
    return m_searchPanel->results();
}

QTableView *CheckoutPage::cartView() const
{
    return m_cartPanel->view();
}

QTabWidget *CheckoutPage::quickKeyTabs() const
{
    return quickKeys()->tabs();
}

QuickKeysPanel *CheckoutPage::quickKeys() const
{
    return m_searchPanel->quickKeys();
}

QPushButton *CheckoutPage::quickKey(const QString &sku) const
{
    return quickKeys()->key(sku);
}

QPushButton *CheckoutPage::payButton() const
{
    return m_cartPanel->payButton();
}

QLabel *CheckoutPage::changeLabel() const
{
    return m_lastPanel->changeLabel();
}

QLabel *CheckoutPage::totalLabel() const
{
    return m_cartPanel->totalLabel();
}

bool CheckoutPage::showingLastSale() const
{
    return m_right->currentWidget() == m_lastPanel;
}

void CheckoutPage::reloadCatalog()
{
    if (m_session->reloadRules())
        m_model->setRules(m_session->rules());
    m_searchPanel->reloadCatalog();
}

int CheckoutPage::selectedRow() const
{
    return m_cartPanel->selectedRow();
}

int CheckoutPage::selectedOrLastRow() const
{
    const int r = selectedRow();
    return r < 0 ? m_model->rowCount() - 1 : r;
}

void CheckoutPage::selectRow(int row)
{
    m_cartPanel->selectRow(row);
}

bool CheckoutPage::reservedAllowed(const Cart &next)
{
    return m_reserved->allow(next, m_session->openOrderId(), this);
}

void CheckoutPage::applyCart(const Cart &cart, const QString &what)
{
    if (!reservedAllowed(cart))
        return;
    m_session->apply(cart, what);
    m_right->setCurrentWidget(m_cartPanel);
}

bool CheckoutPage::ensureMarketDay(std::function<void()> then)
{
    if (m_session->marketDayOpen() || m_session->refreshMarketDay())
        return true;
    auto *dlg = new MarketDayDialog(
        m_session->marketNames().value_or(QStringList{}), m_session->rules().currency, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg, then] {
        if (auto r = m_session->openMarketDay(dlg->marketName(), dlg->openingFloat()); !r) {
            Dialogs::warning(this,
                             tr("Market day"),
                             tr("The market day could not be opened: %1").arg(r.error().detail));
            return;
        }
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

void CheckoutPage::addProduct(const Product &p, Milli qty, bool manualWeight)
{
    if (!ensureMarketDay([this, p, qty, manualWeight] { addProduct(p, qty, manualWeight); }))
        return;
    if (p.unit != Unit::Each && qty <= 0) {
        auto *dlg = new WeightDialog(p, m_session->rules().currency, this);
        dlg->setManualAllowed(hw::weightPolicy::manualAllowed(m_ctx.db()));
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        connect(dlg, &QDialog::accepted, this, [this, dlg, p] {
            addProduct(p, dlg->quantity(), dlg->manualWeight());
        });
        openTracked(dlg);
        return;
    }
    CartLine line;
    line.product = p;
    line.qty = qty > 0 ? qty : 1000;
    line.manualWeight = manualWeight && p.unit != Unit::Each;
    const Cart next = cartWithAdded(m_session->cart(), line);
    if (!reservedAllowed(next))
        return;
    if (auto ok = m_session->applyChecked(next, tr("Add %1").arg(p.name)); !ok) {
        Dialogs::warning(this, tr("Weigh it on the scale"), ok.error().detail);
        return;
    }
    m_right->setCurrentWidget(m_cartPanel);
    // Select the line that changed: the merged one or the new last line.
    int row = int(next.lines.size()) - 1;
    for (int i = 0; i < next.lines.size(); ++i)
        if (next.lines[i].product.id == p.id && next.lines.size() == m_model->rowCount())
            row = i;
    if (p.unit != Unit::Each)
        row = int(next.lines.size()) - 1;
    selectRow(row);
    m_searchPanel->reset();
    if (!searchField()->hasFocus() && !QApplication::activeModalWidget())
        searchField()->setFocus();
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
    // A customer's pick-up code (its order number): the order, ready to hand over.
    if (!p && PreOrderRepository(m_ctx.db()).find(code)) {
        showOrders(code.trimmed());
        return true;
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
    auto *dlg = new TenderDialog(m_session->rules(), m_model->cart(), this, &m_ctx.db());
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    // An order paid online: its credit is the first tender, only the rest is taken here.
    if (!m_session->openOrderId().isEmpty())
        if (auto o = PreOrderRepository(m_ctx.db()).byId(m_session->openOrderId());
            o && o->paidElsewhere > 0)
            if (auto credit = paidElsewhereTender(*o, m_session->rules(), m_model->cart()))
                dlg->setPrepaid(*credit, o->paidElsewhere);
    connect(dlg, &QDialog::accepted, this, [this, dlg] {
        commitSale(dlg->tenders(), dlg->benefitCard());
        // Recorded as a payout of the drawer with the sale (core/preorder/PreOrderPickup.h).
        if (const Minor back = m_session->lastPaidBack(); back > 0 && m_session->isEmpty())
            emit statusMessage(tr("Give the customer %1 back: paid online for more than was "
                                  "handed over.")
                                   .arg(money(back, m_session->rules().currency)));
    });
    openTracked(dlg);
}

void CheckoutPage::commitSale(const QList<TenderEntry> &tenders, const QString &benefitCard)
{
    Result<SaleRecord> r = m_session->pay(tenders, benefitCard);
    if (!r) {
        Dialogs::warning(this,
                         tr("Sale not saved"),
                         tr("The sale was not saved and nothing was charged in the till: %1")
                             .arg(r.error().detail));
        return;
    }
    m_lastSale = *r;
    m_lastHtml
        = receiptHtml(m_lastSale, ReceiptInfo::load(m_ctx.db(), m_session->rules(), m_lastSale));
    m_lastPanel->showSale(m_lastSale, m_lastHtml, m_session->rules(), m_session->lastPaidBack());
    m_right->setCurrentWidget(m_lastPanel);
    searchField()->setFocus();
    emit statusMessage(tr("Sale %1 saved.").arg(m_lastSale.receiptNo));
    emit saleCompleted(m_lastSale);
    if (m_ctx.db().localSetting(QStringLiteral("auto_print_receipt")) == u"1")
        printLastReceipt();
}

void CheckoutPage::newSale()
{
    m_right->setCurrentWidget(m_cartPanel);
    searchField()->setFocus();
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
    if (auto l = m_session->recordNoSale(by); !l) {
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
    auto *dlg = new SalesDialog(m_ctx, *m_session, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &SalesDialog::noSaleRequested, this, [this, dlg] { openDrawerNoSaleFrom(dlg); });
    openTracked(dlg);
}

} // namespace sk::ui
