#pragma once

#include "core/Database.h"
#include "core/checkout/PinStore.h"

#include <QDialog>

#include <functional>
#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sk::ui {

// An owner approves one action a helper asked for, right there at the till: tap your name, type
// your PIN on the keypad, Approve. The PIN is checked by PinStore (wrong PINs are counted and
// throttled as on the lock screen); the helper stays signed in. Nothing here runs the action:
// ask() says who approved it, and the caller runs exactly that one action.
class OwnerApproval : public QDialog
{
    Q_OBJECT
public:
    OwnerApproval(Database &db, const QString &request, QWidget *parent = nullptr);

    // The owner who approved (after accept()), or nullopt. Tests and callers that cannot wait on
    // a modal loop set a hook: it gets each dialog once it is on screen and may drive its
    // widgets; a dialog the hook leaves open is cancelled in test mode (Dialogs::testMode()).
    static std::optional<TillUser>
    ask(Database &db, const QString &request, QWidget *parent = nullptr);
    static void setTestHook(std::function<void(OwnerApproval *)> hook);

    QLineEdit *pinField() const { return m_pin; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *ownerButton(const QString &name) const;
    QString message() const;
    bool hasOwners() const { return !m_owners.isEmpty(); }
    void chooseOwner(const QString &userId);
    bool tryApprove();
    std::optional<TillUser> approver() const { return m_approver; }

private:
    Database &m_db;
    QList<TillUser> m_owners;
    QString m_ownerId;
    QButtonGroup *m_group;
    QLineEdit *m_pin;
    QLabel *m_message;
    QPushButton *m_approve;
    QPushButton *m_cancel;
    std::optional<TillUser> m_approver;
};

} // namespace sk::ui
