#pragma once

#include "core/MarketDay.h"
#include "core/SaleEngine.h"
#include "core/SaleRepository.h"
#include "core/checkout/CartStore.h"
#include "core/checkout/Permissions.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace sk {

class Database;

// The cart with `line` added: merged into an identical undiscounted "each" line when there is
// one (tapping a key twice gives qty 2), appended otherwise.
Cart cartWithAdded(const Cart &cart, const CartLine &line);

// The open sale at one till, without any widget: the cart, its undo history, parking and
// resuming, payment, voids and refunds from the sales list, the market day it belongs to and
// the till action log of price changes and "no sale". The counter's widgets only show it and
// call it; whoever made a change announces it here (saleCommitted, stockChanged,
// marketDayChanged), so listeners hear about a change however it was made.
//
// Invariants: the open cart is saved (CartStore::saveOpen) after every change, as soon as the
// event loop runs (several changes in one go are written once) and at the latest when the
// session ends, so a crash loses nothing; the undo history holds whole carts
// (restoring a small cart is simpler and safer than inverse operations) and is emptied by
// payment, parking and resuming, because after payment a mistake is a void or refund.
class CheckoutSession : public QObject
{
    Q_OBJECT
public:
    explicit CheckoutSession(Database &db, QObject *parent = nullptr);
    ~CheckoutSession() override;

    Database &db() { return m_db; }
    const SaleRules &rules() const { return m_rules; }
    // Tax, tenders and currency read again (after they were edited); false when unreadable.
    bool reloadRules();

    const Cart &cart() const { return m_cart; }
    bool isEmpty() const { return m_cart.lines.isEmpty(); }
    // The cart that was open when the app stopped; true when one came back.
    bool restoreOpenCart();

    // One undoable change to the open cart: `next` replaces it, `what` names the step.
    void apply(const Cart &next, const QString &what);
    // The same, refused (nothing changes) when `next` breaks the till's rules for lines: a
    // typed weight where the owner allows only the scale's (hardware/WeightPolicy.h).
    Status applyChecked(const Cart &next, const QString &what);

    // Undo history of the open cart (the same counting as QUndoStack: count() steps, index()
    // of them applied).
    int count() const { return int(m_steps.size()); }
    int index() const { return m_index; }
    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < m_steps.size(); }
    QString undoText() const;
    void undo();
    void redo();
    void clear();

    // The market day is open (as last read; refreshMarketDay() reads it again).
    bool marketDayOpen() const { return m_dayOpen; }
    bool refreshMarketDay();
    Result<QStringList> marketNames();
    Status openMarketDay(const QString &marketName, Minor openingFloat);

    // Pays the open cart with `tenders`: the sale and the removal of the saved open cart in
    // one transaction; then the cart is empty and its history gone.
    // `benefitCard`: the customer an incentive match is counted for (Cart::benefitCard).
    Result<SaleRecord> pay(const QList<TenderEntry> &tenders, const QString &benefitCard = {});
    // A pre-order opened for hand-over (core/preorder/PreOrderPickup.h): its cart (what is still
    // promised, at the promised prices) replaces the open cart, which must be empty; it is then
    // changed like any cart (re-weighed, lines removed or added) and pay() hands the order over
    // with the sale. Parking or clearing the cart lets the order go.
    Status openOrder(const QString &orderId);
    const QString &openOrderId() const { return m_orderId; }
    // How long the last payment took to store, in nanoseconds.
    qint64 lastPayNs() const { return m_lastPayNs; }
    // Cash paid back by the last payment (an order paid online for more than was handed over,
    // recorded as a payout: core/preorder/PreOrderPickup.h); 0 for any other sale.
    Minor lastPaidBack() const { return m_lastPaidBack; }

    // Parks the open cart under `label`; then the cart is empty and its history gone.
    Status park(const QString &label);
    Result<QList<ParkedCart>> parked();
    // Brings back a parked cart; a non-empty open cart is parked in its place first under
    // `labelForOpen`, so nothing is ever lost by resuming.
    Status resume(const QString &parkedId, const QString &labelForOpen);

    // Sales list actions on stored sales, recorded with who did them.
    Result<SaleRecord> voidSale(const QString &saleId, const QString &reason, const ActedBy &by);
    Result<SaleRecord> refund(const QString &saleId,
                              const QList<RefundItem> &items,
                              const QString &reason,
                              const QString &refundTender,
                              const ActedBy &by);

    // The till action log: a price or discount change in this sale, the drawer with no sale.
    Status logPriceChange(const ActedBy &by, const QString &detail);
    Status recordNoSale(const ActedBy &by);

    // The open cart written now (normally done after every change).
    Status saveOpenCart();

signals:
    void cartChanged();    // the open cart is another one (any change, undo, payment...)
    void historyChanged(); // canUndo()/canRedo()/count() may differ
    void saleCommitted(const QString &saleId); // a sale, void or refund stored
    void stockChanged();                       // stock moved with it
    void marketDayChanged();                   // opened here
    void openCartNotSaved(const QString &detail);

private:
    struct Step
    {
        Cart before;
        Cart after;
        QString text;
    };
    void setCart(const Cart &cart, bool save);

    Database &m_db;
    SaleRules m_rules;
    Cart m_cart;
    QList<Step> m_steps;
    int m_index = 0;
    bool m_dayOpen = false;
    qint64 m_lastPayNs = 0;
    Minor m_lastPaidBack = 0;
    QString m_orderId; // the pre-order the open cart hands over, if any
    QTimer m_saveTimer;
};

} // namespace sk
