#pragma once

#include "core/SaleRepository.h"
#include "core/checkout/CheckoutSession.h"
#include "ui/AppContext.h"

#include <QDialog>

class QLabel;
class QMenu;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace sk::ui {

class SalesListModel;
class RefundDialog;

// Today's sales (the open market day, else today's date): pick one to see its receipt, print
// it, void it or refund some of its lines. Voids and refunds are owner-only (a helper gets an
// owner's PIN approval there and then) and need a reason;
// the result is a new record with its own (refund) receipt, shown and printable at once. The
// session stores them and announces them.
class SalesDialog : public QDialog
{
    Q_OBJECT
public:
    // Voids and refunds go through the counter's session, which announces them.
    SalesDialog(AppContext &ctx, CheckoutSession &session, QWidget *parent = nullptr);
    // On its own (no counter): a session of its own, its announcements passed on to `ctx`.
    SalesDialog(AppContext &ctx, const SaleRules &rules, QWidget *parent = nullptr);
    // As much of the screen as it gets (fitToScreen() keeps it inside): the list's columns and
    // the receipt side by side.
    QSize sizeHint() const override { return {1280, 800}; }

    QTableView *view() const { return m_view; }
    SalesListModel *model() const { return m_model; }
    QString shownReceiptHtml() const { return m_html; }
    QString selectedSaleId() const;
    void selectSale(const QString &saleId);

    // Actions (buttons and keys): V = void, R = refund, P = print.
    void voidSelected();
    void refundSelected();
    void printSelected();
    void savePdfSelected();
    // The list's context menu (long press or right click): void, refund, print.
    QMenu *contextMenu();
    QString actedByText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void refundDialogOpened(sk::ui::RefundDialog *dialog);
    void noSaleRequested(); // "No sale": open the drawer without a sale

private:
    void reload();
    void showSelected();
    // The selected sale once the one at the till may do `action` to it (`by` says who did),
    // else empty.
    QString saleToReverse(Action action, ActedBy *by);

    SalesDialog(AppContext &ctx, CheckoutSession *session, const SaleRules &rules, QWidget *parent);

    AppContext &m_ctx;
    CheckoutSession *m_session;
    SaleRules m_rules;
    SalesListModel *m_model;
    QTableView *m_view;
    QTextBrowser *m_receipt;
    QLabel *m_summary;
    QPushButton *m_void;
    QPushButton *m_refund;
    QLabel *m_actedBy;
    QMenu *m_menu = nullptr;
    QString m_html;
    QHash<int, QPushButton *> m_keys; // V, R, P
};

} // namespace sk::ui
