#pragma once

#include "core/hardware/PoleDisplay.h"
#include "core/hardware/ReceiptPrinter.h"
#include "ui/AppContext.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QLabel;
class QStatusBar;

namespace sk::ui {

class CheckoutPage;
class CustomerDisplay;
class TenderDialog;

// The till's devices as this machine's settings name them: the receipt printer (every sale,
// void and refund; the drawer kick), the scale the weight dialog reads, the customer's second
// screen and the pole display. What is wrong with one of them shows in the status bar (and
// only then), as the devices' names so it fits a small screen; a tap on it says what is wrong
// with each. reload() after the settings changed.
class TillHardware : public QObject
{
    Q_OBJECT
public:
    static inline const QString kCustomerScreenKey = QStringLiteral("customer_screen");

    TillHardware(AppContext &ctx, CheckoutPage *checkout, QStatusBar *bar, QObject *parent);
    ~TillHardware() override;

    hw::ReceiptPrinter *printer() const { return m_printer; }
    CustomerDisplay *customerDisplay() const { return m_display; }
    QLabel *statusLabel() const { return m_status; }
    void reload();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void print(const SaleRecord &sale);
    void followCart();
    void followPayment(TenderDialog *tender);
    void showView(hw::CustomerView view);
    void setProblem(const QString &device, const QString &text); // empty text: fixed
    void checkScale();

    AppContext &m_ctx;
    QPointer<CheckoutPage> m_checkout;
    QPointer<TenderDialog> m_tender; // payment being taken: the displays follow it
    QStatusBar *m_bar;
    hw::ReceiptPrinter *m_printer;
    QLabel *m_status;
    CustomerDisplay *m_display = nullptr;
    hw::PoleDisplay *m_pole = nullptr;
    QSet<QString> m_printed; // sales already sent to the printer
    QMap<QString, QString> m_problems;
};

} // namespace sk::ui
