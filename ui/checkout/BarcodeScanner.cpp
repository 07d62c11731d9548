#include "ui/checkout/BarcodeScanner.h"

#include <QApplication>
#include <QWidget>

namespace sk::ui {

BarcodeScanner::BarcodeScanner(QObject *parent)
    : QObject(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kMaxGapMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &BarcodeScanner::flush);
}

bool BarcodeScanner::isDigitKey(const QKeyEvent *e)
{
    const Qt::KeyboardModifiers mods = e->modifiers() & ~Qt::KeypadModifier;
    return e->key() >= Qt::Key_0 && e->key() <= Qt::Key_9
           && (mods == Qt::NoModifier || mods == Qt::ShiftModifier);
}

bool BarcodeScanner::eventFilter(QObject *watched, QEvent *event)
{
    if (m_replaying)
        return false;
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::KeyRelease && type != QEvent::ShortcutOverride)
        return false;
    // Key events reach the focus widget's window first; act once, on the widget itself.
    if (!watched->isWidgetType())
        return false;
    auto *key = static_cast<QKeyEvent *>(event);

    if (m_held.isEmpty() && (!m_active || !m_active()))
        return false;

    const bool digit = isDigitKey(key);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;

    if (type == QEvent::KeyRelease || type == QEvent::ShortcutOverride) {
        // Swallow the releases of held digits and the Enter that ends a scan; their presses are
        // replayed as complete clicks when the burst turns out to be typing.
        if (!m_held.isEmpty() && (digit || enter)) {
            if (type == QEvent::ShortcutOverride)
                event->accept(); // keep shortcuts from firing on a held key
            return true;
        }
        return false;
    }

    const bool quick = m_held.isEmpty() || m_sinceLast.elapsed() <= kMaxGapMs;
    if (digit && !key->isAutoRepeat()) {
        if (!m_held.isEmpty() && !quick)
            flush();
        if (m_held.isEmpty())
            m_target = static_cast<QWidget *>(watched); // the widget the keys were meant for
        m_held.append({key->key(), key->modifiers(), key->text()});
        m_sinceLast.restart();
        m_flushTimer.start();
        return true;
    }
    if (enter && !m_held.isEmpty() && quick && m_held.size() >= kMinLength) {
        QString code;
        for (const HeldKey &k : std::as_const(m_held))
            code += k.text;
        m_held.clear();
        m_flushTimer.stop();
        emit scanned(code);
        return true;
    }
    if (!m_held.isEmpty())
        flush(); // typing, not scanning: give the digits back before this key
    return false;
}

void BarcodeScanner::flush()
{
    m_flushTimer.stop();
    const QList<HeldKey> held = std::exchange(m_held, {});
    QWidget *target = m_target ? m_target.data() : QApplication::focusWidget();
    if (!target)
        return;
    m_replaying = true;
    for (const HeldKey &k : held) {
        QKeyEvent press(QEvent::KeyPress, k.key, k.modifiers, k.text);
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, k.key, k.modifiers, k.text);
        QApplication::sendEvent(target, &release);
    }
    m_replaying = false;
}

} // namespace sk::ui
