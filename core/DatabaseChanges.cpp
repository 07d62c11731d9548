// Telling the app which tables a connection's committed writes changed (Database.h,
// setChangeListener). SQLite's update hook names the table of every row written, by any code
// path on this connection (QtSql, cached statements, triggers); a rollback forgets them; they
// are told once no transaction is open any more.
#include "Database.h"

#include <sqlite3.h>

namespace sk {

void Database::setChangeListener(ChangeListener listener)
{
    m_changeListener = std::move(listener);
    m_changedTables.clear();
}

void Database::announceChanges()
{
    if (m_changedTables.isEmpty() || !m_changeListener)
        return;
    sqlite3 *h = handle();
    if (!h || !sqlite3_get_autocommit(h))
        return; // still inside a transaction: told after its COMMIT
    const QSet<QString> tables = std::exchange(m_changedTables, {});
    m_changeListener(tables);
}

void Database::onRowChange(void *database, int, const char *, const char *table, qint64)
{
    auto *db = static_cast<Database *>(database);
    if (db->m_changeListener)
        db->m_changedTables.insert(QString::fromUtf8(table));
}

void Database::onRollback(void *database)
{
    static_cast<Database *>(database)->m_changedTables.clear();
}

} // namespace sk
