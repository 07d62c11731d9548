#include "WeightDialog.h"

#include "NumericKeypad.h"
#include "common/Dialogs.h"
#include "common/DisplayNames.h"
#include "common/NumberField.h"
#include "common/Style.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk::ui {

WeightDialog::WeightDialog(const Product &product,
                           const Currency &currency,
                           QWidget *parent,
                           Milli initial)
    : QDialog(parent)
    , m_product(product)
    , m_currency(currency)
{
    setWindowTitle(tr("Weigh %1").arg(product.name));
    auto *lay = new QVBoxLayout(this);
    auto *name = new QLabel(product.name, this);
    setScaledFont(name, 1.4, true);
    auto *price = new QLabel(
        tr("%1 per %2").arg(money(product.price, currency), DisplayNames::unit(product.unit)),
        this);
    setScaledFont(price, 1.2);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("weight"));
    m_edit->setPlaceholderText(tr("Weight in %1").arg(DisplayNames::unit(product.unit)));
    m_edit->setAccessibleName(tr("Weight in %1").arg(DisplayNames::unit(product.unit)));
    m_edit->setAlignment(Qt::AlignRight);
    m_edit->setMinimumHeight(kTouchMin);
    setScaledFont(m_edit, 1.8, true);
    m_field = NumberField::attachQuantity(m_edit, product.unit);
    if (initial > 0)
        m_edit->setText(formatQuantity(initial, product.unit, QLocale()));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("lineTotal"));
    m_total->setAlignment(Qt::AlignRight);
    m_total->setWordWrap(true);
    setScaledFont(m_total, 1.8, true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_ok = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    for (QPushButton *b : {m_ok, cancel}) {
        makeTouch(b, 56);
        b->setMinimumWidth(140);
        b->setFocusPolicy(Qt::NoFocus);
    }
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &WeightDialog::update);

    lay->addWidget(name);
    lay->addWidget(price);
    lay->addWidget(m_edit);
    lay->addWidget(m_total);
    lay->addWidget(new NumericKeypad(m_edit, this), 1);
    lay->addWidget(buttons);
    m_edit->setFocus();
    update();
}

void WeightDialog::update()
{
    const auto q = m_field->read();
    if (q && *q > 0 && *q <= 1000000000) {
        m_qty = *q;
        m_total->setText(money(lineAmount(m_product.price, m_qty).value_or(0), m_currency));
        m_ok->setEnabled(true);
    } else {
        m_qty = 0;
        m_total->setText(m_edit->text().trimmed().isEmpty() ? tr("Enter the weight")
                         : q                                ? tr("Not a weight")
                                                            : NumberField::problemText(q.error()));
        m_ok->setEnabled(false);
    }
}

Milli WeightDialog::usualMost(Unit unit)
{
    // What one customer carries off from a market stall at most, per unit: 20 lb, 10 kg,
    // 320 oz, 10,000 g. Simple on purpose (no history of the item needed): a weight above it is
    // rare enough to be worth one question, and it catches the weights that lost their decimal
    // separator ("0.35" typed as "35", a $630 cheese).
    switch (unit) {
    case Unit::Lb:
        return 20 * 1000;
    case Unit::Kg:
        return 10 * 1000;
    case Unit::Oz:
        return 320 * 1000;
    case Unit::G:
        return 10000 * 1000;
    case Unit::Each:
        break;
    }
    return 100 * 1000;
}

void WeightDialog::accept()
{
    if (m_qty <= 0)
        return;
    if (m_qty > usualMost(m_product.unit)
        && Dialogs::question(
               this,
               tr("Check the weight"),
               tr("%1 of %2 comes to %3. That is more than usual (up to %4): is it right?")
                   .arg(sk::ui::quantity(m_qty, m_product.unit),
                        m_product.name,
                        money(lineAmount(m_product.price, m_qty).value_or(0), m_currency),
                        sk::ui::quantity(usualMost(m_product.unit), m_product.unit)),
               QMessageBox::Yes | QMessageBox::No,
               QMessageBox::No)
               != QMessageBox::Yes) {
        m_edit->setFocus();
        m_edit->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace sk::ui
