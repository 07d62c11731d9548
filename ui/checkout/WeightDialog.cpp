#include "ui/checkout/WeightDialog.h"

#include "ui/checkout/NumericKeypad.h"
#include "ui/common/Dialogs.h"
#include "ui/common/DisplayNames.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"
#include "ui/common/Widgets.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk::ui {

namespace {
std::optional<hw::SerialScaleSettings> &scaleSettings()
{
    static std::optional<hw::SerialScaleSettings> s;
    return s;
}
} // namespace

void WeightDialog::setScale(std::optional<hw::SerialScaleSettings> settings)
{
    scaleSettings() = std::move(settings);
}

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
    m_edit = touchEdit(
        QStringLiteral("weight"), tr("Weight in %1").arg(DisplayNames::unit(product.unit)), this);
    m_edit->setAccessibleName(tr("Weight in %1").arg(DisplayNames::unit(product.unit)));
    m_edit->setAlignment(Qt::AlignRight);
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
    // A line already in the cart is weighed again (its weight shown to start with): its weight
    // changes, nothing is added.
    m_ok = buttons->addButton(initial > 0 ? tr("Change",
                                               "button: take the new weight of a line "
                                               "already in the cart")
                                          : tr("Add"),
                              QDialogButtonBox::AcceptRole);
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
    // What the scale says shares the line total's row, and "Use" sits with Add and Cancel: the
    // keypad keeps its height on a 600 px screen.
    auto *totalRow = new QHBoxLayout;
    if (scaleSettings()) {
        m_scaleStatus = new QLabel(tr("Reading the scale…"), this);
        m_scaleStatus->setObjectName(QStringLiteral("scaleStatus"));
        m_scaleStatus->setWordWrap(true);
        m_useScale = buttons->addButton(tr("Use"), QDialogButtonBox::ActionRole);
        m_useScale->setObjectName(QStringLiteral("useScale"));
        m_useScale->setFocusPolicy(Qt::NoFocus);
        makeTouch(m_useScale, 56);
        m_useScale->hide();
        connect(m_useScale, &QPushButton::clicked, this, [this] {
            if (m_offered > 0) {
                m_scaleQty = m_offered;
                m_edit->setText(formatQuantity(m_offered, m_product.unit, QLocale()));
            }
        });
        totalRow->addWidget(m_scaleStatus, 3);
    }
    totalRow->addWidget(m_total, 2);
    lay->addLayout(totalRow);
    m_keypad = new NumericKeypad(m_edit, this);
    lay->addWidget(m_keypad, 1);
    lay->addWidget(buttons);
    m_edit->setFocus();
    update();
    if (scaleSettings())
        startScale();
}

void WeightDialog::startScale()
{
    m_scale = hw::SerialScale::create(*scaleSettings(), this).release();
    // Readings that repeat the stable weight already shown change nothing.
    connect(m_scale, &hw::ScaleDevice::reading, this, [this](const hw::ScaleReading &r) {
        if (m_stable && r == *m_stable)
            return;
        m_stable.reset();
        showReading(r, false);
    });
    connect(m_scale, &hw::ScaleDevice::stable, this, [this](const hw::ScaleReading &r) {
        m_stable = r;
        showReading(r, true);
    });
    connect(m_scale, &hw::ScaleDevice::failed, this, [this](const QString &why) {
        setScaleStatus(tr("Scale: %1 Type the weight instead.").arg(why));
        m_useScale->hide();
    });
    if (auto started = m_scale->start(); !started) {
        setScaleStatus(tr("Scale: %1 Type the weight instead.").arg(started.error().detail));
    }
}

void WeightDialog::showReading(const hw::ScaleReading &r, bool stable)
{
    const QString shown = formatQuantity(r.weight, r.unit, QLocale()) + QLatin1Char(' ')
                          + DisplayNames::unit(r.unit);
    const hw::WeightCheck c = hw::checkReading(r, m_product.unit);
    m_offered = 0;
    m_useScale->hide();
    if (c.problems.contains(hw::WeightProblem::Fault)) {
        setScaleStatus(tr("The scale reports a fault (%1).").arg(r.fault));
    } else if (c.problems.contains(hw::WeightProblem::OverCapacity)) {
        setScaleStatus(tr("Too heavy for the scale: not taken."));
    } else if (c.problems.contains(hw::WeightProblem::Negative)) {
        setScaleStatus(
            tr("The scale shows %1, below zero: zero it with nothing on it.").arg(shown));
    } else if (c.problems.contains(hw::WeightProblem::Unstable) || !stable) {
        setScaleStatus(tr("Scale: %1, settling…").arg(shown));
    } else if (c.problems.contains(hw::WeightProblem::Zero)) {
        setScaleStatus(tr("Put the item on the scale."));
    } else if (c.problems.contains(hw::WeightProblem::OtherUnit)) {
        m_offered = c.qty;
        setScaleStatus(
            tr("The scale weighs in %1: %2 is %3. Tap Use to take it.")
                .arg(DisplayNames::unit(r.unit), shown, sk::ui::quantity(c.qty, m_product.unit)));
        m_useScale->show();
    } else {
        m_scaleQty = c.qty;
        m_edit->setText(formatQuantity(c.qty, m_product.unit, QLocale()));
        setScaleStatus(tr("Weight from the scale: %1").arg(shown));
    }
}

void WeightDialog::setScaleStatus(const QString &text)
{
    m_scaleStatus->setText(text);
    // A wrapped label's height is not part of the window's minimum: grow to what the words need.
    if (QLayout *l = layout(); l && l->hasHeightForWidth() && isVisible()) {
        l->activate();
        const int need = l->totalHeightForWidth(width());
        if (need > height())
            resize(width(), need);
    }
}

void WeightDialog::setManualAllowed(bool allowed)
{
    m_manualAllowed = allowed;
    m_edit->setReadOnly(!allowed);
    m_keypad->setEnabled(allowed);
    if (!allowed)
        m_edit->setPlaceholderText(tr("Put the item on the scale"));
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
    if (!m_manualAllowed && manualWeight()) {
        Dialogs::warning(this,
                         tr("Weigh it on the scale"),
                         tr("Typed weights are turned off in Settings: put %1 on the scale and "
                            "wait for a steady weight.")
                             .arg(m_product.name));
        return;
    }
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
