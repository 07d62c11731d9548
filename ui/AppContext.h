#pragma once

#include "Database.h"
#include "SaleEngine.h"

#include <QObject>

namespace sk::ui {

// What every section of the desktop app shares: the UI thread's database connection, its path
// (workers open their own connection on it), the sale rules, the signed-in role, and signals
// that tell sections to refresh. Owned by the main window; sections keep a reference.
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

signals:
    void saleCommitted(const QString &saleId);     // sale, void or refund stored
    void catalogChanged();                         // products, prices, tax or tenders edited
    void marketDayChanged();                       // opened or closed
    void stockChanged();                           // any stock movement recorded
    void roleChanged();
    void syncStateChanged();                       // new events pulled from the server

private:
    Database &m_db;
    Role m_role = Role::Owner;
};

} // namespace sk::ui
