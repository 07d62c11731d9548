#pragma once

#include "AppContext.h"
#include "SaleRepository.h"

#include <QTimer>
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
class QTextBrowser;
class QUndoStack;

namespace sk::ui {

class BarcodeScanner;
class CartModel;
class QuickKeysPanel;

// The counter: quick keys (all, and by category), search-as-you-type, scanner input, the cart with
// its totals, and payment. The open cart is saved on every change (a crash loses nothing) and is
// the only thing with undo; after payment a mistake is a void or refund (Today's sales).
// After a sale the change due and the receipt stay on screen until the next item is rung up,
// so the till is ready for the next customer without another tap.
class CheckoutPage : public QWidget
{
    Q_OBJECT
public:
    explicit CheckoutPage(AppContext &ctx, QWidget *parent = nullptr);
    ~CheckoutPage() override;

    CartModel *cartModel() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *searchResults() const { return m_results; }
    QTableView *cartView() const { return m_view; }
    QTabWidget *quickKeyTabs() const;
    QuickKeysPanel *quickKeys() const { return m_keysPanel; }
    QPushButton *quickKey(const QString &sku) const;
    QPushButton *payButton() const { return m_pay; }
    bool showingLastSale() const;
    const SaleRecord &lastSale() const { return m_lastSale; }
    QString lastReceiptHtml() const { return m_lastHtml; }
    qint64 lastCommitNs() const { return m_lastCommitNs; }
    QLabel *changeLabel() const { return m_change; }
    QLabel *totalLabel() const { return m_total; }

    // Ring up `p`; items sold by weight ask for it unless `qty` is given (milli-units).
    void addProduct(const Product &p, Milli qty = 0);
    // A scanned barcode or typed SKU; false (and a message) when nothing matches.
    bool addCode(const QString &code);
    void pay();
    void park();
    void resume();
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildLeft();
    QWidget *buildCartPanel();
    QWidget *buildLastSalePanel();
    void openTracked(QDialog *dialog); // sized to the screen, opened, focus handed back after
    void applyCart(const Cart &cart, const QString &what);
    void refreshTotals();
    void updateSearch(const QString &text);
    void resetSearch();
    void searchEntered();
    void selectRow(int row);
    int selectedRow() const;
    bool ensureMarketDay(std::function<void()> then);
    void commitSale(const QList<TenderEntry> &tenders);
    void saveOpenCart();
    void logPriceChange(const ActedBy &by, const QString &detail);

    AppContext &m_ctx;
    SaleRules m_rules;
    CartModel *m_model;
    QUndoStack *m_undo;
    BarcodeScanner *m_scanner;
    bool m_dayOpen = false;
    QTimer m_saveTimer;

    QLineEdit *m_search = nullptr;
    QStackedWidget *m_leftStack = nullptr;
    QuickKeysPanel *m_keysPanel = nullptr;
    QListWidget *m_results = nullptr;
    QStackedWidget *m_right = nullptr;
    QWidget *m_cartPanel = nullptr;
    QWidget *m_lastPanel = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_subtotal = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_itemCount = nullptr;
    QPushButton *m_pay = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_lastInfo = nullptr;
    QTextBrowser *m_receipt = nullptr;

    SaleRecord m_lastSale;
    QString m_lastHtml;
    qint64 m_lastCommitNs = 0;
    std::function<void()> m_drawerOpener;
};

} // namespace sk::ui
