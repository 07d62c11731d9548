#include "ui/checkout/NumericKeypad.h"

#include "ui/common/NumberField.h"
#include "ui/common/Style.h"

#include <QApplication>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>

namespace sk::ui {

NumericKeypad::NumericKeypad(QLineEdit *target, QWidget *parent, bool decimalPoint)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("numericKeypad"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    const QString point = NumberField::decimalPoint();
    const QStringList keys = {QStringLiteral("7"),
                              QStringLiteral("8"),
                              QStringLiteral("9"),
                              QStringLiteral("4"),
                              QStringLiteral("5"),
                              QStringLiteral("6"),
                              QStringLiteral("1"),
                              QStringLiteral("2"),
                              QStringLiteral("3"),
                              decimalPoint ? point : QString(),
                              QStringLiteral("0"),
                              QStringLiteral("⌫")};
    for (int i = 0; i < keys.size(); ++i) {
        if (keys[i].isEmpty())
            continue;
        auto *b = new QPushButton(keys[i], this);
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoDefault(false);
        makeTouch(b, 56);
        setScaledFont(b, 1.5, true);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        if (i == keys.size() - 1) {
            b->setObjectName(QStringLiteral("backspace"));
            b->setAccessibleName(tr("Delete last digit"));
            connect(b, &QPushButton::clicked, this, [this] {
                if (!m_target)
                    return;
                const QScopedValueRollback typing(m_typing, true);
                if (m_fresh)
                    m_target->selectAll();
                m_target->backspace();
                m_fresh = false;
            });
        } else if (i == 9) {
            b->setObjectName(QStringLiteral("decimalPoint"));
            b->setAccessibleName(tr("Decimal separator"));
            connect(b, &QPushButton::clicked, this, [this] { type(QString()); });
        } else {
            const QString k = keys[i];
            connect(b, &QPushButton::clicked, this, [this, k] { type(k); });
        }
        grid->addWidget(b, i / 3, i % 3);
        m_keys << b;
    }
    setTarget(target);
}

void NumericKeypad::type(const QString &text)
{
    if (!m_target)
        return;
    const QScopedValueRollback typing(m_typing, true);
    if (m_fresh)
        m_target->selectAll(); // typing over a selection replaces it
    m_fresh = false;
    if (text.isEmpty())
        NumberField::typeDecimalPoint(m_target);
    else
        m_target->insert(text);
}

void NumericKeypad::setTarget(QLineEdit *target)
{
    if (m_target == target)
        return;
    disconnect(m_changed);
    disconnect(m_edited);
    m_target = target;
    m_fresh = target && !target->text().isEmpty();
    if (!target)
        return;
    // textChanged comes for every change, textEdited after it for what is typed on a keyboard;
    // the keypad's own keys say so themselves. What is left is a value the field was given.
    m_changed = connect(target, &QLineEdit::textChanged, this, [this] {
        if (!m_typing)
            m_fresh = true;
    });
    m_edited = connect(target, &QLineEdit::textEdited, this, [this] { m_fresh = false; });
}

void NumericKeypad::follow(QWidget *scope)
{
    connect(qApp, &QApplication::focusChanged, this, [this, scope](QWidget *, QWidget *now) {
        if (auto *edit = qobject_cast<QLineEdit *>(now); edit && scope->isAncestorOf(edit))
            setTarget(edit);
    });
}

QPushButton *NumericKeypad::key(const QString &text) const
{
    for (QPushButton *b : m_keys)
        if (b->text() == text)
            return b;
    return nullptr;
}

void NumericKeypad::setKeyHeight(int height)
{
    for (QPushButton *b : std::as_const(m_keys))
        b->setMinimumHeight(height);
}

} // namespace sk::ui
