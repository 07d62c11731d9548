#include "ui/common/Dialogs.h"

#include "ui/common/NumberField.h"
#include "ui/common/Style.h"
#include "ui/common/TouchPrompt.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QList>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace sk::ui {

namespace {
struct Hooks
{
    bool testMode = false;
    QList<QMessageBox::StandardButton> answers;
    QList<std::optional<QString>> texts;
    QList<QString> files;
    QList<bool> prints;
    QString lastMessage;
};

Hooks &hooks()
{
    static Hooks h;
    return h;
}

void showNonBlocking(QWidget *parent,
                     QMessageBox::Icon icon,
                     const QString &title,
                     const QString &text)
{
    hooks().lastMessage = text;
    if (hooks().testMode)
        return;
    auto *box = new MessageDialog(icon, title, text, QMessageBox::Ok, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    fitToScreen(box);
    box->open();
}

// A prompt for a text of `kind`, or the next queued answer; `prepareField`, when given, readies
// its field first.
std::optional<QString> promptText(QWidget *parent,
                                  TouchPrompt::Kind kind,
                                  const QString &title,
                                  const QString &label,
                                  const QString &text,
                                  const std::function<void(QLineEdit *)> &prepareField)
{
    if (!hooks().texts.isEmpty())
        return hooks().texts.takeFirst();
    if (hooks().testMode) {
        qWarning("unanswered text prompt in test mode: %s", qPrintable(label));
        return std::nullopt;
    }
    TouchPrompt prompt(kind, title, label, text, parent);
    if (prepareField)
        prepareField(prompt.field());
    fitToScreen(&prompt);
    if (prompt.exec() != QDialog::Accepted)
        return std::nullopt;
    return prompt.text();
}
} // namespace

void Dialogs::setTestMode(bool on)
{
    hooks().testMode = on;
}

bool Dialogs::testMode()
{
    return hooks().testMode;
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    hooks().answers.append(answer);
}

void Dialogs::setNextText(const std::optional<QString> &text)
{
    hooks().texts.append(text);
}

void Dialogs::setNextFile(const QString &path)
{
    hooks().files.append(path);
}

void Dialogs::setNextPrintAccepted(bool accepted)
{
    hooks().prints.append(accepted);
}

QString Dialogs::lastMessage()
{
    return hooks().lastMessage;
}

void Dialogs::clearLastMessage()
{
    hooks().lastMessage.clear();
}

QMessageBox::StandardButton Dialogs::question(QWidget *parent,
                                              const QString &title,
                                              const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    hooks().lastMessage = text;
    if (!hooks().answers.isEmpty())
        return hooks().answers.takeFirst();
    if (hooks().testMode) {
        qWarning("unanswered question in test mode: %s", qPrintable(text));
        return QMessageBox::Cancel;
    }
    MessageDialog box(QMessageBox::Question, title, text, buttons, defaultButton, parent);
    fitToScreen(&box);
    box.exec();
    return box.answer() == QMessageBox::NoButton ? QMessageBox::Cancel : box.answer();
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    showNonBlocking(parent, QMessageBox::Information, title, text);
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    showNonBlocking(parent, QMessageBox::Warning, title, text);
}

std::optional<QString> Dialogs::getText(
    QWidget *parent, const QString &title, const QString &label, const QString &text, bool password)
{
    // A PIN is digits: the keypad. Anything else: the keyboard.
    return promptText(parent,
                      password ? TouchPrompt::Kind::Pin : TouchPrompt::Kind::Text,
                      title,
                      label,
                      text,
                      {});
}

std::optional<QString> Dialogs::getText(QWidget *parent,
                                        const QString &title,
                                        const QString &label,
                                        const QString &text,
                                        const std::function<void(QLineEdit *)> &prepareField)
{
    return promptText(parent, TouchPrompt::Kind::Text, title, label, text, prepareField);
}

std::optional<qint64> Dialogs::getNumber(QWidget *parent,
                                         const QString &title,
                                         const QString &label,
                                         const NumberShape &shape,
                                         qint64 value)
{
    const auto check = [](const QString &text, const NumberShape &shape) -> QString {
        const auto n = NumberField::read(text, shape);
        if (!n)
            return NumberField::problemText(n.error());
        if (*n <= 0)
            return TouchPrompt::tr("Type a number above 0.");
        return {};
    };
    if (!hooks().texts.isEmpty()) {
        const std::optional<QString> t = hooks().texts.takeFirst();
        if (!t)
            return std::nullopt;
        if (const QString problem = check(*t, shape); !problem.isEmpty()) {
            hooks().lastMessage = problem;
            return std::nullopt;
        }
        return *NumberField::read(*t, shape);
    }
    if (hooks().testMode) {
        qWarning("unanswered number prompt in test mode: %s", qPrintable(label));
        return std::nullopt;
    }
    TouchPrompt prompt(shape.whole || shape.decimals == 0 ? TouchPrompt::Kind::WholeNumber
                                                          : TouchPrompt::Kind::Number,
                       title,
                       label,
                       value >= 0 ? NumberField::text(value, shape) : QString(),
                       parent);
    NumberField::attach(prompt.field(), shape);
    prompt.field()->selectAll();
    prompt.setCheck([&](const QString &text) { return check(text, shape); });
    fitToScreen(&prompt);
    if (prompt.exec() != QDialog::Accepted)
        return std::nullopt;
    return NumberField::read(prompt.text(), shape).value_or(0);
}

std::optional<QString> Dialogs::getReason(QWidget *parent,
                                          const QString &title,
                                          const QString &label,
                                          const QStringList &common)
{
    if (!hooks().texts.isEmpty())
        return hooks().texts.takeFirst();
    if (hooks().testMode) {
        qWarning("unanswered reason prompt in test mode: %s", qPrintable(label));
        return std::nullopt;
    }
    TouchPrompt prompt(TouchPrompt::Kind::Text, title, label, {}, parent);
    prompt.setChoices(common);
    prompt.field()->setMaxLength(500);
    prompt.setCheck([](const QString &text) {
        return text.trimmed().isEmpty() ? TouchPrompt::tr("Tap a reason or type one.") : QString();
    });
    fitToScreen(&prompt);
    if (prompt.exec() != QDialog::Accepted)
        return std::nullopt;
    return prompt.text().trimmed();
}

QString Dialogs::saveFileName(QWidget *parent,
                              const QString &title,
                              const QString &suggested,
                              const QString &filter)
{
    if (!hooks().files.isEmpty())
        return hooks().files.takeFirst();
    if (hooks().testMode) {
        qWarning("unanswered file chooser in test mode");
        return {};
    }
    // A bare file name lands in the vendor's Documents folder, not wherever the app was started.
    QString start = suggested;
    if (!suggested.isEmpty() && QFileInfo(suggested).isRelative()) {
        const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (!docs.isEmpty() && QDir(docs).exists())
            start = QDir(docs).filePath(suggested);
    }
    return QFileDialog::getSaveFileName(parent, title, start, filter);
}

bool Dialogs::printDialog(QPrinter *printer, QWidget *parent)
{
    if (!hooks().prints.isEmpty())
        return hooks().prints.takeFirst();
    if (hooks().testMode) {
        qWarning("unanswered print dialog in test mode");
        return false;
    }
    QPrintDialog dialog(printer, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace sk::ui
