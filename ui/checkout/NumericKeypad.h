#pragma once

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace sk::ui {

// A 4x3 keypad of large buttons that types into a line edit (touch screens without a
// keyboard). The buttons never take focus, so a physical keyboard keeps working alongside.
// Its decimal key types the language's decimal separator as NumberField does.
//
// A value the field was given (the amount due, a float of 0.00, an offer after a refusal) is
// replaced by the first key tapped, not appended to: "0.00" then 1, 5, 0 is 150, never
// "0.00150". Once the vendor has typed, keys add to what is there.
class NumericKeypad : public QWidget
{
    Q_OBJECT
public:
    explicit NumericKeypad(QLineEdit *target, QWidget *parent = nullptr, bool decimalPoint = true);
    // 56 px keys by default; a page that needs the room may take them down to kTouchMin.
    void setKeyHeight(int height);
    void setTarget(QLineEdit *target);
    QLineEdit *target() const { return m_target; }
    // The line edit that has the focus inside `scope` becomes the target (a page of fields).
    void follow(QWidget *scope);
    // The key that types `text` ("0".."9", the decimal separator, "⌫"), or nullptr.
    QPushButton *key(const QString &text) const;

private:
    void type(const QString &text);

    QPointer<QLineEdit> m_target;
    QMetaObject::Connection m_changed;
    QMetaObject::Connection m_edited;
    bool m_fresh = false; // the target holds a value given to it: the next key replaces it
    bool m_typing = false;
    QList<QPushButton *> m_keys;
};

} // namespace sk::ui
