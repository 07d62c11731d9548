#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace sk::ui {

// Application-wide keyboard and focus rules, for tablets with no window manager and tills that
// run slow. One instance, installed on the application (install()):
//  - Focus comes home. When any dialog or message box closes (the app's own or not, tracked
//    by the page that opened it or not), the window under it gets the keyboard back: the
//    dialog still open beneath, else the till's search field when it is on screen, else the
//    main window. Without a window manager nothing else does, and the digits typed next
//    vanished while F12 did nothing.
//  - Keys typed ahead of a dialog reach it, in order. A key that arrives for a window a modal
//    dialog now blocks (typed while the dialog was opening, before it had the keyboard) is
//    handed to the dialog's focused field instead of being dropped by Qt's modality check:
//    "0.35" typed as a weight dialog opens is 0.35, never "35". Keys the window system still
//    sends to the blocked window are caught too (see catchTypeAhead()).
class InputGuard : public QObject
{
    Q_OBJECT
public:
    static InputGuard *install();
    // Where the keyboard goes when the last dialog closes (the till's search field).
    void setHome(QWidget *home) { m_home = home; }
    QWidget *home() const { return m_home; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit InputGuard(QObject *parent);
    void giveFocusBack();
    bool routeToModal(QObject *watched, QEvent *event);
    void catchTypeAhead(QWidget *dialog);

    QPointer<QWidget> m_home;
    QTimer m_restore;
    bool m_routing = false;
};

} // namespace sk::ui
