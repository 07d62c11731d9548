#pragma once

#include "core/Money.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QMessageBox>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sk::ui {

class NumericKeypad;
class TouchKeyboard;

// The app's own message box: the text in a large font and buttons at least 56 px high, the
// standard ones (Yes, No, OK, Cancel...) with the texts Qt's translations give them. Qt's
// QMessageBox has ~22 px buttons a finger misses on a tablet.
class MessageDialog : public QDialog
{
    Q_OBJECT
public:
    MessageDialog(QMessageBox::Icon icon,
                  const QString &title,
                  const QString &text,
                  QMessageBox::StandardButtons buttons,
                  QMessageBox::StandardButton defaultButton,
                  QWidget *parent = nullptr);
    QMessageBox::StandardButton answer() const { return m_answer; }
    QAbstractButton *button(QMessageBox::StandardButton which) const;

private:
    QDialogButtonBox *m_buttons;
    QMessageBox::StandardButton m_answer = QMessageBox::NoButton;
};

// One value typed by touch alone: a prompt, a field, and under it the app's numeric keypad
// (numbers and PINs) or its on-screen keyboard (names, reasons). Reasons also offer a list of
// common ones to tap, which fill the field. A prefilled field starts selected, so the first
// key replaces it. OK and Cancel are 56 px high; a problem shows in a line reserved for it.
class TouchPrompt : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Text, Number, WholeNumber, Pin };

    TouchPrompt(Kind kind,
                const QString &title,
                const QString &label,
                const QString &text,
                QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    // How the field is typed (Qt::ImhNoAutoUppercase: a path or code as it is, no capital
    // first); the keyboard follows.
    void setInputHints(Qt::InputMethodHints hints);
    // Common answers as big buttons above the keyboard; a tap puts the answer in the field.
    void setChoices(const QStringList &choices);
    // Called on OK; a non-empty result is shown and keeps the dialog open.
    void setCheck(std::function<QString(const QString &)> check) { m_check = std::move(check); }
    QString text() const;

    void accept() override;

private:
    Kind m_kind;
    QLineEdit *m_field;
    QLabel *m_problem;
    QWidget *m_choices;
    NumericKeypad *m_keypad = nullptr;
    TouchKeyboard *m_keyboard = nullptr;
    std::function<QString(const QString &)> m_check;
};

// Gives a line edit on a page (not in a prompt of its own) a touch button beside it that opens
// a TouchPrompt for its value: the keypad for a NumberField, else the keyboard and, when
// `choices` are given, the common answers to tap. The returned widget holds both; put it in
// the layout where the edit would go.
QWidget *withTouchEntry(QLineEdit *edit, const QString &title, const QStringList &choices = {});
// The same for an editable drop-down: its own items are the answers to tap, and the keyboard
// types a new one.
QWidget *withTouchEntry(QComboBox *combo, const QString &title);

// The same touch button for a field that is not a line edit (a spin box, an editable list): a
// prompt of `kind` for `label`, starting from `current()`, its answer handed to `apply`.
QWidget *withTouchButton(QWidget *field,
                         TouchPrompt::Kind kind,
                         const QString &title,
                         const QString &label,
                         std::function<QString()> current,
                         std::function<void(const QString &)> apply);

// Opens that TouchPrompt for `edit` now (as its touch button does); `done` runs after a value
// was taken, e.g. to go on with what was waiting for it.
void openTouchEntry(QLineEdit *edit,
                    const QString &title,
                    const QStringList &choices = {},
                    std::function<void()> done = {});

// Common reasons for a void, a refund, a stock change and a payout, translated, to tap instead
// of typing.
QStringList voidReasons();
QStringList refundReasons();
QStringList stockReasons();
QStringList movementReasons();

} // namespace sk::ui
