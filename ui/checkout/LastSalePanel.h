#pragma once

#include "core/SaleEngine.h"
#include "core/SaleRepository.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace sk::ui {

// The sale just paid, in place of the cart until the next item is rung up: the change due in
// large type, how it was paid, the receipt, and print / PDF / today's sales / next customer.
class LastSalePanel : public QWidget
{
    Q_OBJECT
public:
    explicit LastSalePanel(QWidget *parent = nullptr);

    // `paidBack`: cash given back from the drawer on an order paid online for more than was
    // handed over; shown in place of the change.
    void showSale(const SaleRecord &sale,
                  const QString &receiptHtml,
                  const SaleRules &rules,
                  Minor paidBack = 0);
    QLabel *changeLabel() const { return m_change; }

signals:
    void printRequested();
    void pdfRequested();
    void nextRequested();
    void salesRequested();

private:
    QLabel *m_change = nullptr;
    QLabel *m_info = nullptr;
    QTextBrowser *m_receipt = nullptr;
};

} // namespace sk::ui
