#pragma once

#include <QEvent>
#include <QWidget>

namespace sk::ui {

// For a combo box inside a scrolling page: the mouse wheel scrolls the page unless the field has
// the focus, so scrolling past it never changes a setting by accident.
class WheelGuard : public QObject
{
public:
    using QObject::QObject;

    static void install(QWidget *w)
    {
        w->setFocusPolicy(Qt::StrongFocus);
        w->installEventFilter(new WheelGuard(w));
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Wheel || static_cast<QWidget *>(watched)->hasFocus())
            return false;
        event->ignore(); // handled here, not accepted: the application passes it to the parents
        return true;
    }
};

} // namespace sk::ui
