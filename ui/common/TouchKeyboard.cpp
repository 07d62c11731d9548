#include "ui/common/TouchKeyboard.h"

#include "ui/common/Style.h"

#include <QApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>

namespace sk::ui {

namespace {

// Two grid columns per key, so a shorter row sits centred under a longer one.
constexpr int kSpan = 2;
constexpr int kRowKeys = 11;

// "&" on a button marks a shortcut letter and is not shown; "&&" shows one.
QString keyLabel(const QString &text)
{
    return QString(text).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QPushButton *makeKey(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(keyLabel(text), parent);
    b->setFocusPolicy(Qt::NoFocus);
    b->setAutoDefault(false);
    makeTouch(b);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setScaledFont(b, 1.3);
    return b;
}

} // namespace

TouchKeyboard::TouchKeyboard(QWidget *parent, const QLocale &locale)
    : QWidget(parent)
    , m_locale(locale)
{
    setObjectName(QStringLiteral("touchKeyboard"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);
    for (int c = 0; c < kRowKeys * kSpan; ++c)
        m_grid->setColumnStretch(c, 1);

    m_shift = makeKey(QStringLiteral("⇧"), this);
    m_shift->setObjectName(QStringLiteral("keyShift"));
    m_shift->setCheckable(true);
    m_shift->setAccessibleName(tr("Capital letter"));
    connect(m_shift, &QPushButton::toggled, this, [this](bool on) {
        m_shiftByHand = true; // the vendor's choice stands until the text changes
        setCapital(on);
    });
    m_backspace = makeKey(QStringLiteral("⌫"), this);
    m_backspace->setObjectName(QStringLiteral("keyBackspace"));
    m_backspace->setAccessibleName(tr("Delete last letter"));
    m_backspace->setAutoRepeat(true);
    connect(m_backspace, &QPushButton::clicked, this, [this] {
        if (m_target)
            m_target->backspace();
    });
    int column = 0;
    for (LayerKey &k : m_layerKeys) {
        k.button = makeKey(QString(), this);
        k.button->setObjectName(k.layer == Layer::Digits ? QStringLiteral("keyDigits")
                                                         : QStringLiteral("keyAccents"));
        connect(k.button, &QPushButton::clicked, this, [this, layer = k.layer] {
            showLayer(m_layer == layer ? Layer::Letters : layer);
        });
        m_grid->addWidget(k.button, 3, column, 1, 3);
        column += 3;
    }
    m_space = makeKey(tr("space", "the keyboard's space bar"), this);
    m_space->setObjectName(QStringLiteral("keySpace"));
    connect(m_space, &QPushButton::clicked, this, [this] { type(QStringLiteral(" ")); });
    m_enter = makeKey(QStringLiteral("↵"), this);
    m_enter->setObjectName(QStringLiteral("keyEnter"));
    m_enter->setAccessibleName(tr("Enter"));
    connect(m_enter, &QPushButton::clicked, this, [this] {
        if (m_target) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
            QApplication::sendEvent(m_target, &press);
        }
        emit entered();
    });

    m_grid->addWidget(m_space, 3, 6, 1, 12);
    m_grid->addWidget(m_enter, 3, 18, 1, 4);
    showLayer(Layer::Letters);
}

QStringList TouchKeyboard::rowsFor(Layer layer) const
{
    if (layer == Layer::Digits)
        return {QStringLiteral("1234567890"),
                QStringLiteral("-/:;()&@\"'"),
                QStringLiteral(".,?!#%+€$")};
    if (layer == Layer::Accents)
        return {
            QStringLiteral("áàâäãéèêëí"), QStringLiteral("ìîïóòôöõúù"), QStringLiteral("ûüçñßœæ")};
    switch (m_locale.language()) {
    case QLocale::Spanish:
        return {
            QStringLiteral("qwertyuiop"), QStringLiteral("asdfghjklñ"), QStringLiteral("zxcvbnm")};
    case QLocale::German:
        return {QStringLiteral("qwertzuiopü"),
                QStringLiteral("asdfghjklöä"),
                QStringLiteral("yxcvbnmß")};
    case QLocale::French:
        return {
            QStringLiteral("azertyuiop"), QStringLiteral("qsdfghjklm"), QStringLiteral("wxcvbn'")};
    default:
        return {
            QStringLiteral("qwertyuiop"), QStringLiteral("asdfghjkl"), QStringLiteral("zxcvbnm")};
    }
}

void TouchKeyboard::showLayer(Layer layer)
{
    m_layer = layer;
    // Later: the key being tapped may be one of them, still inside its clicked signal.
    for (QPushButton *old : std::as_const(m_charKeys)) {
        old->hide();
        m_grid->removeWidget(old);
        old->deleteLater();
    }
    m_charKeys.clear();
    const QStringList rows = rowsFor(layer);
    for (int r = 0; r < rows.size(); ++r) {
        const QString &row = rows[r];
        // The third row leaves room for ⇧ and ⌫ at its ends.
        const int room = r == 2 ? kRowKeys - 2 : kRowKeys;
        const int first = (r == 2 ? kSpan : 0) + (room - int(row.size())) * kSpan / 2;
        for (int k = 0; k < row.size(); ++k) {
            QString text = row.mid(k, 1);
            if (m_capital && layer != Layer::Digits && text != u"ß")
                text = text.toUpper();
            auto *b = makeKey(text, this);
            connect(b, &QPushButton::clicked, this, [this, text] { type(text); });
            m_grid->addWidget(b, r, first + k * kSpan, 1, kSpan);
            b->show(); // now, not when the layout gets round to it: the next tap may be on it
            m_charKeys << b;
        }
    }
    m_grid->addWidget(m_shift, 2, 0, 1, kSpan);
    m_grid->addWidget(m_backspace, 2, (kRowKeys - 1) * kSpan, 1, kSpan);
    m_shift->setEnabled(layer != Layer::Digits);
    updateLayerKeys();
}

void TouchKeyboard::updateLayerKeys()
{
    for (const LayerKey &k : m_layerKeys) {
        const bool digits = k.layer == Layer::Digits;
        if (m_layer == k.layer) {
            k.button->setText(tr("ABC", "back to letters"));
            k.button->setAccessibleName(tr("Letters"));
        } else {
            k.button->setText(digits ? QStringLiteral("123") : QStringLiteral("àé"));
            k.button->setAccessibleName(digits ? tr("Digits and signs") : tr("Accented letters"));
        }
    }
}

void TouchKeyboard::type(const QString &text)
{
    if (m_target)
        m_target->insert(text);
    m_shiftByHand = false;
    if (m_capital)
        setCapital(false); // one capital, as a phone keyboard does
}

void TouchKeyboard::setCapital(bool on)
{
    m_capital = on;
    const QSignalBlocker block(m_shift);
    m_shift->setChecked(on);
    showLayer(m_layer);
}

void TouchKeyboard::setTarget(QLineEdit *target)
{
    for (const QMetaObject::Connection &c : std::as_const(m_targetWatch))
        disconnect(c);
    m_targetWatch.clear();
    m_target = target;
    m_shiftByHand = false;
    if (target)
        // Emptied (⌫, the clear button), filled, or selected to be replaced: decided again.
        m_targetWatch = {
            connect(target,
                    &QLineEdit::textChanged,
                    this,
                    [this] {
                        m_shiftByHand = false;
                        capitalizeStart();
                    }),
            connect(target, &QLineEdit::selectionChanged, this, &TouchKeyboard::capitalizeStart)};
    capitalizeStart();
}

void TouchKeyboard::capitalizeStart()
{
    if (m_shiftByHand)
        return;
    constexpr Qt::InputMethodHints kAsTyped = Qt::ImhNoAutoUppercase | Qt::ImhPreferLowercase
                                              | Qt::ImhLowercaseOnly | Qt::ImhUrlCharactersOnly
                                              | Qt::ImhEmailCharactersOnly | Qt::ImhSensitiveData
                                              | Qt::ImhHiddenText;
    // Empty, or all of it selected so that the next key replaces it.
    const bool start
        = m_target && !(m_target->inputMethodHints() & kAsTyped)
          && m_target->echoMode() == QLineEdit::Normal
          && (m_target->text().isEmpty() || m_target->selectedText() == m_target->text());
    if (start != m_capital)
        setCapital(start);
}

void TouchKeyboard::follow(QWidget *scope)
{
    connect(qApp, &QApplication::focusChanged, this, [this, scope](QWidget *, QWidget *now) {
        if (auto *edit = qobject_cast<QLineEdit *>(now); edit && scope->isAncestorOf(edit))
            setTarget(edit);
    });
}

QPushButton *TouchKeyboard::key(const QString &text) const
{
    for (QPushButton *b : m_charKeys)
        if (b->text() == keyLabel(text))
            return b;
    return nullptr;
}

QPushButton *TouchKeyboard::layerKey(Layer layer) const
{
    return m_layerKeys[layer == Layer::Accents ? 1 : 0].button;
}

} // namespace sk::ui
