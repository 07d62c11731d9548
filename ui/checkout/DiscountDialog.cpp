#include "ui/checkout/DiscountDialog.h"

#include "ui/checkout/NumericKeypad.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk::ui {

namespace {
// Percentages a stall actually gives (regulars, end of day, bruised fruit, staff).
constexpr int kPresets[] = {5, 10, 15, 20, 25, 50};

QPushButton *bigButton(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setFocusPolicy(Qt::NoFocus);
    b->setAutoDefault(false);
    makeTouch(b, 56);
    setScaledFont(b, 1.2, true);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return b;
}
} // namespace

DiscountDialog::DiscountDialog(const QString &title,
                               const QString &what,
                               Minor base,
                               const Currency &currency,
                               const Discount &current,
                               QWidget *parent)
    : QDialog(parent)
    , m_base(base)
    , m_currency(currency)
    , m_discount(current)
{
    setWindowTitle(title);
    auto *lay = new QVBoxLayout(this);
    auto *heading = new QLabel(what, this);
    heading->setWordWrap(true);
    setScaledFont(heading, 1.3, true);
    auto *baseLabel = new QLabel(tr("Before the discount: %1").arg(money(base, currency)), this);
    setScaledFont(baseLabel, 1.1);

    auto *presets = new QGridLayout;
    presets->setSpacing(6);
    int i = 0;
    for (int p : kPresets) {
        auto *b = bigButton(tr("%1%").arg(p), this);
        b->setObjectName(QStringLiteral("preset%1").arg(p));
        connect(b, &QPushButton::clicked, this, [this, p] {
            m_discount = Discount::percent(qint64(p) * 10000);
            QDialog::accept();
        });
        presets->addWidget(b, i / 3, i % 3);
        ++i;
    }

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("discount"));
    m_edit->setPlaceholderText(
        tr("e.g. %1 or %2%")
            .arg(formatFixed(150, currency.decimals, QLocale()), QLocale().toString(10)));
    m_edit->setAccessibleName(tr("Discount"));
    m_edit->setAlignment(Qt::AlignRight);
    m_edit->setMinimumHeight(kTouchMin);
    setScaledFont(m_edit, 1.6, true);
    // Up to 4 decimals: a percentage can have them; read() checks an amount's own.
    NumberField::attach(m_edit, NumberShape{4});
    if (current.kind == Discount::Kind::Percent)
        m_edit->setText(formatPercent(current.value, QLocale()) + QLatin1Char('%'));
    else if (current.kind == Discount::Kind::Amount)
        m_edit->setText(formatFixed(current.value, currency.decimals, QLocale()));
    m_edit->selectAll();

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAlignment(Qt::AlignRight);
    m_preview->setWordWrap(true);
    setScaledFont(m_preview, 1.3, true);

    auto *apply = new QHBoxLayout;
    m_percentOff = bigButton(tr("% off"), this);
    m_percentOff->setObjectName(QStringLiteral("percentOff"));
    m_amountOff = bigButton(tr("Amount off"), this);
    m_amountOff->setObjectName(QStringLiteral("amountOff"));
    connect(m_percentOff, &QPushButton::clicked, this, [this] { finish(Discount::Kind::Percent); });
    connect(m_amountOff, &QPushButton::clicked, this, [this] { finish(Discount::Kind::Amount); });
    apply->addWidget(m_percentOff);
    apply->addWidget(m_amountOff);

    auto *buttons = new QDialogButtonBox(this);
    QList<QPushButton *> exits{buttons->addButton(QDialogButtonBox::Cancel)};
    if (current.kind != Discount::Kind::None) {
        auto *none = buttons->addButton(tr("No discount"), QDialogButtonBox::ResetRole);
        none->setObjectName(QStringLiteral("noDiscount"));
        connect(none, &QPushButton::clicked, this, [this] {
            m_discount = Discount{};
            QDialog::accept();
        });
        exits << none;
    }
    for (QPushButton *b : exits) {
        makeTouch(b, 56);
        b->setMinimumWidth(140);
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoDefault(false);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &DiscountDialog::preview);
    // Enter takes what is typed (there is no default button: each way out says what it does).
    connect(m_edit, &QLineEdit::returnPressed, this, &DiscountDialog::accept);

    // Presets and the keypad side by side: the dialog fits a 600 px high screen.
    auto *body = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addLayout(presets);
    left->addWidget(m_edit);
    left->addWidget(m_preview);
    left->addStretch(1);
    left->addLayout(apply);
    body->addLayout(left, 1);
    body->addWidget(new NumericKeypad(m_edit, this), 1);

    lay->addWidget(heading);
    lay->addWidget(baseLabel);
    lay->addLayout(body, 1);
    lay->addWidget(buttons);
    m_edit->setFocus();
    preview();
}

std::expected<Discount, QString> DiscountDialog::read(Discount::Kind forced) const
{
    QString text = m_edit->text().trimmed();
    if (text.endsWith(QLatin1Char('%')))
        forced = Discount::Kind::Percent;
    else if (forced == Discount::Kind::Percent)
        text += QLatin1Char('%');
    if (text.isEmpty() || text == u"%")
        return std::unexpected(tr("Enter an amount or a percentage."));
    const bool percent = forced == Discount::Kind::Percent;
    if (auto n = NumberField::read(percent ? QStringView(text).chopped(1) : QStringView(text),
                                   percent ? NumberShape{4} : NumberField::moneyShape(m_currency));
        !n && n.error().kind != NumberProblem::Kind::NotANumber)
        return std::unexpected(NumberField::problemText(n.error()));
    auto d = Discount::parse(text, m_currency, NumberSource::Typed, QLocale());
    if (!d)
        return std::unexpected(forced == Discount::Kind::Percent
                                   ? tr("A percentage is a number from 0 to 100.")
                                   : tr("“%1” is not an amount.").arg(m_edit->text().trimmed()));
    if (!d->on(m_base)) // the core's rule: never more than the amount it is taken off
        return std::unexpected(
            tr("That is more than the %1 it is taken off.").arg(money(m_base, m_currency)));
    return *d;
}

void DiscountDialog::preview()
{
    const QString text = m_edit->text().trimmed();
    const bool percent = text.endsWith(QLatin1Char('%'));
    // A bare number is an amount by default: the preview says so, and "% off" turns it into
    // a percentage.
    auto d = read(percent ? Discount::Kind::Percent : Discount::Kind::Amount);
    if (text.isEmpty()) {
        m_preview->setText(tr("Tap a percentage, or type a figure and choose % or amount."));
    } else if (!d) {
        m_preview->setText(d.error());
    } else if (auto o = d->on(m_base)) {
        m_preview->setText(
            tr("%1 off, %2 to pay").arg(money(*o, m_currency), money(m_base - *o, m_currency)));
    }
    const bool hasNumber = !text.isEmpty() && text != u"%";
    m_percentOff->setEnabled(hasNumber && read(Discount::Kind::Percent).has_value());
    m_amountOff->setEnabled(hasNumber && !percent && read(Discount::Kind::Amount).has_value());
}

void DiscountDialog::finish(Discount::Kind kind)
{
    auto d = read(kind);
    if (!d) {
        m_preview->setText(d.error());
        return;
    }
    m_discount = *d;
    QDialog::accept();
}

void DiscountDialog::accept()
{
    // Enter: "10%" is a percentage, "1.50" an amount; empty closes without a change.
    if (m_edit->text().trimmed().isEmpty()) {
        QDialog::reject();
        return;
    }
    finish(m_edit->text().trimmed().endsWith(QLatin1Char('%')) ? Discount::Kind::Percent
                                                               : Discount::Kind::Amount);
}

} // namespace sk::ui
