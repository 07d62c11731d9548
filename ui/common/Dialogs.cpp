#include "Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QList>
#include <QPrintDialog>
#include <QPrinter>

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
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
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
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
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
    if (!hooks().texts.isEmpty())
        return hooks().texts.takeFirst();
    if (hooks().testMode) {
        qWarning("unanswered text prompt in test mode: %s", qPrintable(label));
        return std::nullopt;
    }
    bool ok = false;
    const QString v = QInputDialog::getText(
        parent, title, label, password ? QLineEdit::Password : QLineEdit::Normal, text, &ok);
    if (!ok)
        return std::nullopt;
    return v;
}

std::optional<QString> Dialogs::getText(QWidget *parent,
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
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextValue(text);
    if (auto *edit = dialog.findChild<QLineEdit *>())
        prepareField(edit);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
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
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
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
