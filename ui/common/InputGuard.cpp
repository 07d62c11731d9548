#include "ui/common/InputGuard.h"

#include <QApplication>
#include <QDialog>
#include <QKeyEvent>
#include <QScopeGuard>
#include <QShortcut>
#include <QWidget>
#include <QWindow>

namespace sk::ui {

InputGuard *InputGuard::install()
{
    static QPointer<InputGuard> guard;
    if (!guard) {
        guard = new InputGuard(qApp);
        qApp->installEventFilter(guard);
    }
    return guard;
}

InputGuard::InputGuard(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("inputGuard"));
    // After the events of the closing itself: a dialog that opens another as it closes, or a
    // page that moves the focus on purpose, has had its say first.
    m_restore.setSingleShot(true);
    m_restore.setInterval(0);
    connect(&m_restore, &QTimer::timeout, this, &InputGuard::giveFocusBack);
}

bool InputGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Show:
        if (auto *w = qobject_cast<QWidget *>(watched); w && w->isWindow() && w->isModal())
            catchTypeAhead(w);
        break;
    case QEvent::WindowActivate:
        if (auto *w = qobject_cast<QWidget *>(watched); w && w->isWindow())
            delete w->findChild<QObject *>(QStringLiteral("typeAhead"), Qt::FindDirectChildrenOnly);
        break;
    case QEvent::Hide:
        if (auto *w = qobject_cast<QWidget *>(watched);
            w && w->isWindow() && (qobject_cast<QDialog *>(w) || w->windowType() == Qt::Dialog))
            m_restore.start();
        break;
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
        return routeToModal(watched, event);
    default:
        break;
    }
    return false;
}

bool InputGuard::routeToModal(QObject *watched, QEvent *event)
{

    if (m_routing)
        return false;
    QWidget *modal = QApplication::activeModalWidget();
    if (!modal || !modal->isVisible() || QApplication::activePopupWidget())
        return false;
    // Key events reach a window first, then its focused widget.
    QWidget *receiver = qobject_cast<QWidget *>(watched);
    if (!receiver) {
        auto *window = qobject_cast<QWindow *>(watched);
        if (!window)
            return false;
        for (QWidget *top : QApplication::topLevelWidgets())
            if (top->windowHandle() == window) {
                receiver = top;
                break;
            }
        if (!receiver)
            return false;
    }
    if (receiver == modal || modal->isAncestorOf(receiver))
        return false;
    // Only as the key is delivered, not as an unused key travels up to the parents of the
    // field it was for: the Enter that opened the dialog must not press it too.
    if (watched == receiver && receiver != QApplication::focusWidget())
        return false;
    // A window the dialog does not block (a dialog of its own, opened over it) keeps its keys.
    for (QWidget *w = receiver->window(); w;
         w = w->parentWidget() ? w->parentWidget()->window() : nullptr)
        if (w == modal)
            return false;
    if (event->type() == QEvent::ShortcutOverride)
        return false; // the press itself is handed over below; no shortcut of the blocked window
    auto *key = static_cast<QKeyEvent *>(event);
    QWidget *target = modal->focusWidget() ? modal->focusWidget() : modal;
    QKeyEvent copy(key->type(),
                   key->key(),
                   key->modifiers(),
                   key->text(),
                   key->isAutoRepeat(),
                   ushort(key->count()));
    m_routing = true;
    QApplication::sendEvent(target, &copy);
    m_routing = false;
    return true;
}

void InputGuard::catchTypeAhead(QWidget *dialog)
{
    if (dialog->windowHandle() && QGuiApplication::focusWindow() == dialog->windowHandle())
        return;
    if (dialog->findChild<QObject *>(QStringLiteral("typeAhead"), Qt::FindDirectChildrenOnly))
        return;
    // Until the window system gives the dialog the keyboard, keys still arrive for the window
    // under it, which the dialog blocks: Qt drops them before any event filter sees them. It
    // does look them up as shortcuts first, so application-wide shortcuts owned by the dialog
    // catch what a vendor types ahead (digits, separators, letters, Enter, Backspace) and hand
    // it to the dialog's field in order. They go when the dialog becomes active.
    auto *catcher = new QObject(dialog);
    catcher->setObjectName(QStringLiteral("typeAhead"));
    const auto add = [&](QKeyCombination combo, const QString &text) {
        auto *s = new QShortcut(QKeySequence(combo), dialog);
        s->setObjectName(QStringLiteral("typeAheadKey"));
        s->setContext(Qt::ApplicationShortcut);
        s->setAutoRepeat(false);
        connect(catcher, &QObject::destroyed, s, &QObject::deleteLater);
        connect(s, &QShortcut::activated, dialog, [dialog, combo, text] {
            // Not caught again on its way to the field (a key sent to a widget is looked up
            // as a shortcut too).
            const QList<QShortcut *> all = dialog->findChildren<QShortcut *>(
                QStringLiteral("typeAheadKey"), Qt::FindDirectChildrenOnly);
            for (QShortcut *o : all)
                o->setEnabled(false);
            const auto enableAgain = qScopeGuard([&] {
                for (QShortcut *o : all)
                    o->setEnabled(true);
            });
            QWidget *target = dialog->focusWidget() ? dialog->focusWidget() : dialog;
            QKeyEvent press(QEvent::KeyPress, combo.key(), combo.keyboardModifiers(), text);
            QApplication::sendEvent(target, &press);
            QKeyEvent release(QEvent::KeyRelease, combo.key(), combo.keyboardModifiers(), text);
            QApplication::sendEvent(target, &release);
        });
    };
    for (int k = Qt::Key_0; k <= Qt::Key_9; ++k)
        add(QKeyCombination(Qt::Key(k)), QString(QChar(k)));
    for (int k = Qt::Key_A; k <= Qt::Key_Z; ++k) {
        add(QKeyCombination(Qt::Key(k)), QString(QChar(k)).toLower());
        add(QKeyCombination(Qt::ShiftModifier, Qt::Key(k)), QString(QChar(k)));
    }
    add(QKeyCombination(Qt::Key_Period), QStringLiteral("."));
    add(QKeyCombination(Qt::Key_Comma), QStringLiteral(","));
    add(QKeyCombination(Qt::Key_Space), QStringLiteral(" "));
    add(QKeyCombination(Qt::Key_Backspace), QString());
    add(QKeyCombination(Qt::Key_Return), QStringLiteral("\r"));
    add(QKeyCombination(Qt::Key_Enter), QStringLiteral("\r"));
}

void InputGuard::giveFocusBack()
{
    if (QApplication::activePopupWidget())
        return;
    if (QWidget *modal = QApplication::activeModalWidget()) {
        if (!modal->isVisible())
            return;
        modal->activateWindow();
        QWidget *f = QApplication::focusWidget();
        if (!f || !(f == modal || modal->isAncestorOf(f))) {
            if (QWidget *inner = modal->focusWidget())
                inner->setFocus();
            else
                modal->setFocus();
        }
        return;
    }
    if (m_home && m_home->isVisible() && m_home->isEnabled()) {
        m_home->window()->activateWindow();
        m_home->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top->isVisible() && !qobject_cast<QDialog *>(top) && top->windowType() == Qt::Window) {
            top->activateWindow();
            if (!QApplication::focusWidget() && top->focusWidget())
                top->focusWidget()->setFocus();
            return;
        }
}

} // namespace sk::ui
