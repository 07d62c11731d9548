#pragma once

#include "core/checkout/PinStore.h"
#include "ui/AppContext.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace sk::ui {

// Full-window PIN lock: tap your name, type your PIN on the keypad (or keyboard), Enter.
// Owners get everything; helpers can only sell. Wrong PINs are throttled by PinStore.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(AppContext &ctx, QWidget *parent = nullptr);

    void reload();
    QLineEdit *pinField() const { return m_pin; }
    void chooseUser(const QString &userId);
    bool tryUnlock();

signals:
    void unlocked();

private:
    AppContext &m_ctx;
    QString m_userId;
    QWidget *m_userBox;
    QVBoxLayout *m_userLayout;
    QButtonGroup *m_group;
    QLineEdit *m_pin;
    QLabel *m_message;
};

} // namespace sk::ui
