#pragma once

#include "core/SaleRepository.h"
#include "core/checkout/CheckoutSession.h"
#include "ui/AppContext.h"

#include <QWidget>

#include <functional>

class QDialog;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace sk::ui {

class BarcodeScanner;
class CartModel;
class CartPanel;
class CheckoutKeys;
class LastSalePanel;
class QuickKeysPanel;
class ReservedStockGuard;
class SearchPanel;

// The counter: quick keys (all, and by category), search-as-you-type, scanner input, the cart with
// its totals, and payment. The open sale itself (cart, undo, park and resume, payment, voids and
// refunds) is a CheckoutSession; this page shows it in three panels (SearchPanel, CartPanel,
// LastSalePanel), asks what it needs in dialogs and passes the session's announcements on to
// the rest of the app (AppContext). After a sale the change due and the receipt stay on screen
// until the next item is rung up, so the till is ready for the next customer without a tap.
class CheckoutPage : public QWidget
{
    Q_OBJECT
public:
    explicit CheckoutPage(AppContext &ctx, QWidget *parent = nullptr);
    ~CheckoutPage() override;

    CheckoutSession *session() const { return m_session; }
    CartModel *cartModel() const { return m_model; }
    // The open cart's undo history (count(), undo(), redo()).
    CheckoutSession *undoStack() const { return m_session; }
    QLineEdit *searchField() const;
    QListWidget *searchResults() const;
    QTableView *cartView() const;
    QTabWidget *quickKeyTabs() const;
    QuickKeysPanel *quickKeys() const;
    QPushButton *quickKey(const QString &sku) const;
    QPushButton *payButton() const;
    bool showingLastSale() const;
    const SaleRecord &lastSale() const { return m_lastSale; }
    QString lastReceiptHtml() const { return m_lastHtml; }
    qint64 lastCommitNs() const { return m_session->lastPayNs(); }
    QLabel *changeLabel() const;
    QLabel *totalLabel() const;

    // Ring up `p`; items sold by weight ask for it unless `qty` is given (milli-units).
    // `manualWeight`: a weight typed in, not read from the scale.
    void addProduct(const Product &p, Milli qty = 0, bool manualWeight = false);
    // A scanned barcode or typed SKU; false (and a message) when nothing matches.
    bool addCode(const QString &code);
    void pay();
    void park();
    void resume();
    // Pick-up orders: the list, found by `search`; the one chosen opens as the cart.
    void showOrders(const QString &search = {});
    void clearCart();
    void removeSelected();
    void stepSelectedQty(int delta);
    void editSelectedQty();
    void discountSelected();
    void discountCart();
    // This sale's price of the selected line (owner, or a helper with an owner's approval),
    // written to the till action log.
    void changeSelectedPrice();
    // "No sale": the cash drawer opened without a sale, logged with who and who approved.
    void openDrawerNoSale();
    void openDrawerNoSaleFrom(QWidget *parent);
    // What opens the drawer (a printer's kick or a USB drawer); nothing by default.
    void setDrawerOpener(std::function<void()> opener) { m_drawerOpener = std::move(opener); }
    void showSales();
    void printLastReceipt();
    void saveLastReceiptPdf();
    void newSale();
    void reloadCatalog();

signals:
    void dialogOpened(QDialog *dialog); // every dialog the page opens (tests drive them)
    void saleCompleted(const sk::SaleRecord &sale);
    void statusMessage(const QString &text);

private:
    friend class CheckoutKeys;

    void openTracked(QDialog *dialog); // sized to the screen, opened, focus handed back after
    void applyCart(const Cart &cart, const QString &what);
    // False (nothing changes) when the seller keeps stock reserved for pick-up orders.
    bool reservedAllowed(const Cart &next);
    void selectRow(int row);
    int selectedRow() const;
    // The line actions act on the selected line, or on the last one when none is selected.
    int selectedOrLastRow() const;
    bool ensureMarketDay(std::function<void()> then);
    void commitSale(const QList<TenderEntry> &tenders, const QString &benefitCard = {});
    void logPriceChange(const ActedBy &by, const QString &detail);
    // The line a price or discount change acts on (selectedOrLastRow()) once an owner allows it
    // (`by` says who), else -1.
    int priceChangeRow(ActedBy *by);

    AppContext &m_ctx;
    CheckoutSession *m_session;
    CartModel *m_model;
    BarcodeScanner *m_scanner;
    CheckoutKeys *m_keys = nullptr;
    ReservedStockGuard *m_reserved = nullptr; // asks before selling what orders wait for

    SearchPanel *m_searchPanel = nullptr;
    QStackedWidget *m_right = nullptr;
    CartPanel *m_cartPanel = nullptr;
    LastSalePanel *m_lastPanel = nullptr;

    SaleRecord m_lastSale;
    QString m_lastHtml;
    std::function<void()> m_drawerOpener;
};

} // namespace sk::ui
