#pragma once

#include "core/Money.h"

#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

class QLineEdit;
class QPrinter;
class QWidget;

namespace sk::ui {

// Every message box, text prompt, file chooser and print dialog of the app goes through here,
// so GUI tests can answer them without a real modal loop: queue the answers with setNext*()
// before the action. In test mode an unanswered prompt is a test failure (it returns "cancel"
// and is logged as a warning) instead of blocking forever. Information and warnings never
// block: they are shown with open() and remembered in lastMessage().
//
// Messages and prompts are the app's own (TouchPrompt.h): buttons at least 56 px high, and
// every value can be given by touch alone: text on the on-screen keyboard, numbers and PINs on
// the keypad, reasons also from a list of common ones.
class Dialogs
{
public:
    static void setTestMode(bool on);
    static bool testMode();
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextText(const std::optional<QString> &text); // nullopt = user cancelled
    static void setNextFile(const QString &path);                // empty = user cancelled
    static void setNextPrintAccepted(bool accepted);
    static QString lastMessage();
    static void clearLastMessage();

    static QMessageBox::StandardButton
    question(QWidget *parent,
             const QString &title,
             const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static std::optional<QString> getText(QWidget *parent,
                                          const QString &title,
                                          const QString &label,
                                          const QString &text = {},
                                          bool password = false);
    // getText whose field is first given to `prepareField` (e.g. to make it a NumberField).
    static std::optional<QString> getText(QWidget *parent,
                                          const QString &title,
                                          const QString &label,
                                          const QString &text,
                                          const std::function<void(QLineEdit *)> &prepareField);
    // A number on the keypad, read as `shape` (prefilled with `value` when >= 0, selected so
    // the first key replaces it). nullopt = cancelled. A number the shape refuses is explained
    // in the prompt, which stays open.
    static std::optional<qint64> getNumber(QWidget *parent,
                                           const QString &title,
                                           const QString &label,
                                           const NumberShape &shape,
                                           qint64 value = -1);
    // A reason, tapped from `common` or typed on the keyboard; never empty. nullopt = cancelled.
    static std::optional<QString> getReason(QWidget *parent,
                                            const QString &title,
                                            const QString &label,
                                            const QStringList &common);
    static QString saveFileName(QWidget *parent,
                                const QString &title,
                                const QString &suggested,
                                const QString &filter);
    static bool printDialog(QPrinter *printer, QWidget *parent);
};

} // namespace sk::ui
