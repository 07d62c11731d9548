#include "ui/checkout/MarketDayDialog.h"

#include "ui/checkout/NumericKeypad.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"
#include "ui/common/TouchPrompt.h"
#include "ui/common/Widgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk::ui {

MarketDayDialog::MarketDayDialog(const QStringList &markets,
                                 const Currency &currency,
                                 QWidget *parent)
    : QDialog(parent)
    , m_currency(currency)
{
    setWindowTitle(tr("Open the market day"));
    setObjectName(QStringLiteral("MarketDayDialog"));
    auto *lay = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Which market are you at today, and how much cash is in the "
                                "drawer to start with?"),
                             this);
    intro->setWordWrap(true);
    setScaledFont(intro, 1.15);
    lay->addWidget(intro);
    auto *form = new QFormLayout;
    m_market = new QComboBox(this);
    m_market->setEditable(true);
    m_market->setObjectName(QStringLiteral("market"));
    m_market->addItems(markets);
    m_market->setMinimumHeight(kTouchMin);
    m_market->setInsertPolicy(QComboBox::NoInsert);
    setScaledFont(m_market, 1.3);
    if (markets.isEmpty())
        m_market->lineEdit()->setPlaceholderText(tr("e.g. Riverside Saturday Market"));
    // A new till has no market to pick yet: its name can be typed on the on-screen keyboard.
    auto *marketRow = new QHBoxLayout;
    marketRow->setSpacing(4);
    marketRow->addWidget(m_market, 1);
    auto *keyboard = new QPushButton(QStringLiteral("⌨"), this);
    keyboard->setObjectName(QStringLiteral("marketTouch"));
    keyboard->setAccessibleName(TouchPrompt::tr("Type with the on-screen keyboard"));
    keyboard->setFocusPolicy(Qt::NoFocus);
    keyboard->setAutoDefault(false);
    keyboard->setMinimumSize(kTouchMin, kTouchMin);
    setScaledFont(keyboard, 1.8);
    marketRow->addWidget(keyboard);
    connect(keyboard, &QPushButton::clicked, this, [this] {
        auto *prompt = new TouchPrompt(TouchPrompt::Kind::Text,
                                       tr("Market"),
                                       tr("Which market are you at today?"),
                                       m_market->currentText(),
                                       this);
        prompt->setAttribute(Qt::WA_DeleteOnClose);
        connect(prompt, &QDialog::accepted, this, [this, prompt] {
            m_market->setEditText(prompt->text().trimmed());
        });
        fitToScreen(prompt);
        prompt->open();
    });
    auto *marketLabel = new QLabel(tr("&Market:"), this);
    marketLabel->setBuddy(m_market);
    form->addRow(marketLabel, marketRow);
    m_floatEdit = touchField<QLineEdit>(QStringLiteral("float"), this);
    m_floatEdit->setAlignment(Qt::AlignRight);
    NumberField::attachMoney(m_floatEdit, currency)->setValue(0);
    setScaledFont(m_floatEdit, 1.3);
    form->addRow(tr("Opening &float:"), m_floatEdit);
    lay->addLayout(form);
    // Keys of the least touch size, so the bottom row fits a 600 px screen in every language
    // (the prompt above wraps to more lines in Spanish or German).
    auto *keypad = new NumericKeypad(m_floatEdit, this);
    keypad->setKeyHeight(kTouchMin);
    lay->addWidget(keypad, 1);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    lay->addWidget(m_error);
    lay->addWidget(okCancelButtons(this, tr("Start selling")));
    m_market->setFocus();
    m_market->lineEdit()->selectAll();
}

QString MarketDayDialog::marketName() const
{
    return m_market->currentText().trimmed();
}

void MarketDayDialog::accept()
{
    if (marketName().isEmpty()) {
        m_error->setText(tr("Type the market's name."));
        m_market->setFocus();
        return;
    }
    const QString f = m_floatEdit->text().trimmed();
    const auto v = f.isEmpty() ? std::expected<qint64, NumberProblem>(0)
                               : NumberField::of(m_floatEdit)->read();
    if (!v || *v < 0) {
        const QString hint = tr("The opening float must be an amount like %1.")
                                 .arg(formatFixed(5000, m_currency.decimals, QLocale()));
        m_error->setText(v ? hint : NumberField::problemText(v.error(), hint));
        m_floatEdit->setFocus();
        return;
    }
    m_float = *v;
    QDialog::accept();
}

} // namespace sk::ui
