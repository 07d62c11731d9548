#pragma once

#include "ui/AppContext.h"

#include <QMainWindow>

class QButtonGroup;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace sk::ui {

class CheckoutPage;
class LockScreen;

// The app's window: a left column of large section buttons (Checkout, Inventory, End of day,
// Reports, Settings, Lock), the sections in a stack, and a status bar with the market, today's
// sales and the sync state. Sections other teams build are included only when present.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    AppContext &context() { return *m_ctx; }
    CheckoutPage *checkout() const { return m_checkout; }
    LockScreen *lockScreen() const { return m_lock; }
    QStackedWidget *sections() const { return m_stack; }
    QString statusText() const;

    // Shows a section (or the section holding `page`); false, with a message, when the signed-in
    // user may not use it.
    bool showSection(QWidget *page);
    void lock();

private:
    QToolButton *addSection(QWidget *page,
                            const QString &name,
                            const QString &icon,
                            const QKeySequence &key,
                            Action action);
    void refreshStatus();
    void applyRole();
    void updateLockAvailability();

    AppContext *m_ctx;
    QStackedWidget *m_stack;
    QWidget *m_nav;
    QButtonGroup *m_navGroup;
    CheckoutPage *m_checkout;
    LockScreen *m_lock;
    QToolButton *m_lockButton = nullptr;
    QList<QPair<QToolButton *, QWidget *>> m_ownerOnly;
    QHash<QWidget *, QToolButton *> m_buttons;
    QHash<QWidget *, Action> m_sectionAction;
    QLabel *m_market;
    QLabel *m_sales;
};

} // namespace sk::ui
