#pragma once

#include "core/SaleEngine.h"

#include <QDialog>
#include <QHash>

class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sk::ui {

class NumericKeypad;

// Takes payment for a cart: one big button per enabled tender type (cash, card, SNAP/EBT,
// tokens, vouchers...), quick cash amounts (exact and the next round figures), split tenders.
// The amount field starts at what is left to pay, so "card" or "exact cash" is one tap or one
// key. A tender that may not pay for some items is refused with the reason in words and the
// most it can pay is offered instead. The dialog closes by itself the moment nothing is left
// to pay; the caller then commits the sale with tenders().
//
// Keys: Enter or F1 = cash with the amount typed; F2... = the other tenders in order;
// Delete = remove the last tender taken; Esc = back to the cart.
class TenderDialog : public QDialog
{
    Q_OBJECT
public:
    // `db`: where the customer's incentive cap is read (IncentiveLedger); without it the
    // whole cap is offered (the sale's own commit checks it again).
    TenderDialog(const SaleRules &rules,
                 const Cart &cart,
                 QWidget *parent = nullptr,
                 Database *db = nullptr);

    // What was taken here (a credit paid elsewhere is not in it: the hand-over adds it).
    const QList<TenderEntry> &tenders() const { return m_tenders; }
    // An order paid online (core/preorder/PreOrderPickup.h): `credit` (paidElsewhereTender)
    // is shown as the first tender line, "Paid online", and only the rest is asked for; when it
    // covers the whole (re-weighed) sale, what is owed back of `paidElsewhere` is shown and a
    // tap hands the order over.
    void setPrepaid(const TenderEntry &credit, Minor paidElsewhere);
    Minor refundOwed() const { return m_refundOwed; }
    const Computation &computation() const { return m_comp; }
    // The cart with the tenders taken so far (what the customer's display shows).
    Cart payingCart() const
    {
        Cart c = m_cart;
        c.tenders = m_tenders;
        return c;
    }
    QString errorText() const;
    QLineEdit *amountField() const { return m_amount; }
    // The customer's card for the incentive match, as stored (empty: none given).
    QString benefitCard() const { return m_cart.benefitCard; }
    // Reads the card typed (last 4 digits or program card number); false, with the reason on
    // screen, when it is not one.
    bool setBenefitCard(const QString &typed);
    // Takes the split over the programs (planProgramSplit): the incentive for the produce, SNAP
    // for the rest of the food; cash or card is then left the rest.
    bool takeProgramSplit();

    // Take `amount` (minor units; < 0 = the amount field) by tender `code`. Returns false and
    // explains on screen when the tender is refused.
    bool take(const QString &code, Minor amount = -1);
    // A scanner's code arrived while paying: say so, take nothing.
    void refuseScan();
    NumericKeypad *keypad() const { return m_keypad; }
    // Round figures a customer is likely to hand over for `due` (exact first).
    static QList<Minor> quickCashAmounts(Minor due, const Currency &currency);

signals:
    // A tender was taken or removed, or the card changed: payingCart() is new.
    void paymentChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<TenderEntry> withPrepaid(const QList<TenderEntry> &taken) const;
    void refresh();
    void rebuildQuickCash();
    void removeLast();
    bool confirmLargeAmount(const QString &code, Minor amount);
    QString tenderName(const QString &code) const;
    QString explain(const TenderProblem &p) const;
    void refreshMatch();

    SaleRules m_rules;
    Cart m_cart;
    QList<TenderEntry> m_tenders;
    TenderEntry m_prepaid; // amount 0: none
    Minor m_refundOwed = 0;
    QPushButton *m_finish = nullptr;
    Computation m_comp;
    Database *m_db = nullptr;
    QLineEdit *m_card = nullptr;
    QLabel *m_match = nullptr;
    QLabel *m_total;
    QLabel *m_due;
    QLabel *m_error;
    QListWidget *m_taken;
    QLineEdit *m_amount;
    QLineEdit *m_reference; // a check's serial, the EBT balance the terminal printed
    QGridLayout *m_quickGrid;
    static constexpr int kQuickSlots = 5; // quickCashAmounts() gives at most 5
    QList<QPushButton *> m_quick;
    QList<Minor> m_quickAmounts;
    NumericKeypad *m_keypad = nullptr;
    QHash<int, QString> m_keyTender; // F-key -> tender code
};

} // namespace sk::ui
