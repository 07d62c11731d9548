#pragma once

#include "core/Database.h"
#include "core/SaleEngine.h"
#include "core/checkout/Permissions.h"

#include <QObject>

class QWidget;

namespace sk::ui {

// What every section of the desktop app shares: the UI thread's database connection, its path
// (workers open their own connection on it), the sale rules, the signed-in user and role, and
// signals that tell sections to refresh. Owned by the main window; sections keep a reference.
// Every owner-only action asks require() where it runs, whatever path led there.
class AppContext : public QObject
{
    Q_OBJECT
public:
    enum class Role { Owner, Helper };

    AppContext(Database &db, QObject *parent = nullptr)
        : QObject(parent)
        , m_db(db)
    {}

    Database &db() { return m_db; }
    QString dbPath() const { return m_db.path(); }
    Role role() const { return m_role; }
    void setRole(Role r)
    {
        m_role = r;
        emit roleChanged();
    }
    bool isOwner() const { return m_role == Role::Owner; }
    // The user who unlocked the till (empty id and name while the till has no PIN lock).
    void setUser(const TillUser &user)
    {
        m_userId = user.id;
        m_userName = user.name;
        setRole(user.role == TillUser::Role::Owner ? Role::Owner : Role::Helper);
    }
    QString userId() const { return m_userId; }
    QString userName() const { return m_userName; }
    TillUser::Role tillRole() const
    {
        return isOwner() ? TillUser::Role::Owner : TillUser::Role::Helper;
    }
    bool may(Action action) const { return Permissions::allows(tillRole(), action); }

    // True when the signed-in user may do `action` now. An owner may; a helper is refused with a
    // message saying who can, except for the actions an owner may approve there and then
    // (Permissions::ownerMayApprove): then an owner picks their name and types their PIN
    // (OwnerApproval), and true means that one action may run. `by` (optional) receives who
    // does it and who approved, to be stored with the action. Never changes who is signed in.
    bool require(Action action, QWidget *parent, ActedBy *by = nullptr);
    // Who does an action the signed-in user may do alone.
    ActedBy actedBy() const { return {m_userName, {}}; }

signals:
    void saleCommitted(const QString &saleId); // sale, void or refund stored
    void catalogChanged();                     // products, prices, tax or tenders edited
    void marketDayChanged();                   // opened or closed
    void stockChanged();                       // any stock movement recorded
    void roleChanged();
    void syncStateChanged(); // new events pulled from the server

private:
    Database &m_db;
    Role m_role = Role::Owner;
    QString m_userId;
    QString m_userName;
};

} // namespace sk::ui
