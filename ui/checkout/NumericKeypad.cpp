#include "NumericKeypad.h"

#include "common/NumberField.h"
#include "common/Style.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>

namespace sk::ui {

NumericKeypad::NumericKeypad(QLineEdit *target, QWidget *parent, bool decimalPoint)
    : QWidget(parent)
    , m_target(target)
{
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
            b->setAccessibleName(tr("Delete last digit"));
            connect(b, &QPushButton::clicked, this, [this] { m_target->backspace(); });
        } else if (i == 9) {
            b->setObjectName(QStringLiteral("decimalPoint"));
            b->setAccessibleName(tr("Decimal separator"));
            connect(b, &QPushButton::clicked, this, [this] {
                NumberField::typeDecimalPoint(m_target);
            });
        } else {
            const QString k = keys[i];
            connect(b, &QPushButton::clicked, this, [this, k] { m_target->insert(k); });
        }
        grid->addWidget(b, i / 3, i % 3);
        m_keys << b;
    }
}

void NumericKeypad::setKeyHeight(int height)
{
    for (QPushButton *b : std::as_const(m_keys))
        b->setMinimumHeight(height);
}

} // namespace sk::ui
