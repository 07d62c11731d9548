#include "ui/checkout/PriceDialog.h"

#include "ui/checkout/NumericKeypad.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"
#include "ui/common/Widgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk::ui {

PriceDialog::PriceDialog(const Product &product,
                         Minor current,
                         const Currency &currency,
                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Price for this sale"));
    setObjectName(QStringLiteral("PriceDialog"));
    auto *lay = new QVBoxLayout(this);
    auto *name = new QLabel(product.name, this);
    name->setWordWrap(true);
    setScaledFont(name, 1.4, true);
    auto *usual = new QLabel(tr("For this sale only. The usual price, %1, stays in the catalog.")
                                 .arg(money(product.price, currency)),
                             this);
    usual->setWordWrap(true);
    setScaledFont(usual, 1.1);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("price"));
    m_edit->setAccessibleName(tr("Price"));
    m_edit->setAlignment(Qt::AlignRight);
    m_edit->setMinimumHeight(kTouchMin);
    setScaledFont(m_edit, 1.8, true);
    m_field = NumberField::attachMoney(m_edit, currency);
    m_field->setValue(current);
    // The first tap on the keypad replaces the price shown.
    m_edit->selectAll();
    // A reserved line: the keys and buttons below never move when a message shows.
    m_message = messageLabel(QStringLiteral("message"), this);
    m_message->setMinimumHeight(fontMetrics().height() * 2);
    auto *row = new QHBoxLayout;
    auto *cancel = new QPushButton(tr("Cancel"), this);
    m_ok = new QPushButton(tr("Use this price"), this);
    m_ok->setObjectName(QStringLiteral("ok"));
    for (QPushButton *b : {cancel, m_ok}) {
        makeTouch(b, 56);
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoDefault(false);
        row->addWidget(b, 1);
    }
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, &PriceDialog::accept);
    connect(m_edit, &QLineEdit::textChanged, this, &PriceDialog::update);
    connect(m_edit, &QLineEdit::returnPressed, this, &PriceDialog::accept);

    lay->addWidget(name);
    lay->addWidget(usual);
    lay->addWidget(m_edit);
    lay->addWidget(new NumericKeypad(m_edit, this), 1);
    lay->addWidget(m_message);
    lay->addLayout(row);
    m_edit->setFocus();
    update();
}

void PriceDialog::update()
{
    const auto p = m_field->read();
    if (p && *p >= 0) {
        m_price = *p;
        m_message->clear();
        m_ok->setEnabled(true);
        return;
    }
    m_price = -1;
    m_message->setText(m_edit->text().trimmed().isEmpty() ? tr("Type the price for this sale.")
                       : p                                ? tr("A price cannot be below zero.")
                                                          : NumberField::problemText(p.error()));
    m_ok->setEnabled(false);
}

void PriceDialog::accept()
{
    if (m_price < 0)
        return;
    QDialog::accept();
}

} // namespace sk::ui
