#pragma once

#include "core/preorder/PreOrder.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace sk {
class Database;
}

namespace sk::ui {

// Pick-up orders at the counter (docs/preorders.md): find an order by name or number (a
// scanned QR code types its number into the search), hand it over (the dialog closes with the
// order chosen; the checkout opens it as a cart), mark a no-show, cancel it or move it to
// another market day (its reservation released or moved), or save the day's pick list and
// packing slips as a PDF. Rows and buttons are touch-sized.
class OrdersDialog : public QDialog
{
    Q_OBJECT
public:
    OrdersDialog(Database &db, const QString &search, QWidget *parent = nullptr);
    // The order to hand over once accepted.
    QString chosenId() const { return m_chosen; }
    // The pick list (totals per product) and a packing slip per open order of `day`, as HTML.
    static QString pickListHtml(Database &db, QDate day);
    // Writes it as a PDF at `path` (temporary file, renamed when whole).
    static Status savePickList(Database &db, QDate day, const QString &path);

    // Moves the chosen order, asking for the day and window (published days offered).
    void moveCurrent();
    void cancelCurrent();

private:
    void refresh();
    PreOrder current() const;
    Database &m_db;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_handOver = nullptr;
    QPushButton *m_noShow = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_move = nullptr;
    QList<PreOrder> m_orders;
    QString m_chosen;
};

} // namespace sk::ui
