#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace sk::ui {

// A 4x3 keypad of large buttons that types into a line edit (touch screens without a
// keyboard). The buttons never take focus, so a physical keyboard keeps working alongside.
// Its decimal key types the language's decimal separator as NumberField does.
class NumericKeypad : public QWidget
{
    Q_OBJECT
public:
    explicit NumericKeypad(QLineEdit *target, QWidget *parent = nullptr, bool decimalPoint = true);
    // 56 px keys by default; a page that needs the room may take them down to kTouchMin.
    void setKeyHeight(int height);

private:
    QLineEdit *m_target;
    QList<QPushButton *> m_keys;
};

} // namespace sk::ui
