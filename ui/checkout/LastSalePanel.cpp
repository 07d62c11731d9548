#include "ui/checkout/LastSalePanel.h"

#include "core/hardware/ReceiptDoc.h"
#include "ui/checkout/CartPanel.h"
#include "ui/checkout/CheckoutPage.h"
#include "ui/common/DisplayNames.h"
#include "ui/common/Style.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sk::ui {

// The texts are the counter's own (CheckoutPage's translation context).
LastSalePanel::LastSalePanel(QWidget *parent)
    : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("change"));
    m_change->setAlignment(Qt::AlignCenter);
    setScaledFont(m_change, 3.0, true);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("lastSaleInfo"));
    m_info->setAlignment(Qt::AlignCenter);
    m_info->setWordWrap(true);
    setScaledFont(m_info, 1.2);
    m_receipt = new QTextBrowser(this);
    m_receipt->setObjectName(QStringLiteral("receipt"));
    m_receipt->setFocusPolicy(Qt::NoFocus);
    v->addWidget(m_change);
    v->addWidget(m_info);
    v->addWidget(m_receipt, 1);
    auto *row = new QGridLayout;
    row->setSpacing(4);
    auto *print = counterButton(CheckoutPage::tr("Print receipt\nCtrl+P"), this);
    auto *pdf = counterButton(CheckoutPage::tr("Save as PDF"), this);
    auto *next = counterButton(CheckoutPage::tr("No receipt\nnext customer"), this);
    next->setObjectName(QStringLiteral("next"));
    // Today's sales stay one tap away while the receipt is on screen (a void or a refund
    // right after a sale is when it is most often needed).
    auto *sales = counterButton(CheckoutPage::tr("Sales\nF3"), this);
    sales->setObjectName(QStringLiteral("lastSaleSales"));
    connect(print, &QPushButton::clicked, this, &LastSalePanel::printRequested);
    connect(pdf, &QPushButton::clicked, this, &LastSalePanel::pdfRequested);
    connect(next, &QPushButton::clicked, this, &LastSalePanel::nextRequested);
    connect(sales, &QPushButton::clicked, this, &LastSalePanel::salesRequested);
    // Two rows of two: four labels side by side do not fit half a tablet in Spanish or German.
    int i = 0;
    for (QPushButton *b : {print, pdf, sales, next}) {
        b->setMinimumHeight(56);
        row->addWidget(b, i / 2, i % 2);
        ++i;
    }
    v->addLayout(row);
}

void LastSalePanel::showSale(const SaleRecord &sale,
                             const QString &html,
                             const SaleRules &rules,
                             Minor paidBack)
{
    m_receipt->setHtml(html);
    const Currency &cur = rules.currency;
    m_change->setText(paidBack > 0 ? CheckoutPage::tr("Give back %1").arg(money(paidBack, cur))
                      : sale.changeDue > 0
                          ? CheckoutPage::tr("Change %1").arg(money(sale.changeDue, cur))
                          : CheckoutPage::tr("No change"));
    QStringList paid;
    for (const SaleTenderRecord &t : sale.tenders) {
        const TenderType *type = rules.tender(t.tender);
        const QString online = hw::paidOnlineLabel(t); // an order's credit, not "Other"
        paid << CheckoutPage::tr("%1 %2").arg(
            online.isEmpty() ? DisplayNames::tender(t.tender, type ? type->name : QString())
                             : online,
            money(t.tendered, cur));
    }
    m_info->setText(
        CheckoutPage::tr("Receipt %1 · total %2 · paid by %3")
            .arg(sale.receiptNo, money(sale.total, cur), QLocale().createSeparatedList(paid)));
}

} // namespace sk::ui
