#include "app/server/ServerCli.h"

#include <QCoreApplication>

#include <sqlite3.h>

int main(int argc, char **argv)
{
    // Before any connection opens. Each connection is used by one thread at a time (Qt's rule
    // for QSqlDatabase, and the writer's and checkpointer's own connections), so SQLite need
    // not lock every call; nor does the server read SQLite's memory statistics, which cost a
    // global lock on every allocation. Together about a tenth of the push writer's time.
    sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stallkeeper-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STALLKEEPER_VERSION));
    return sk::server::runServerCli(QCoreApplication::arguments());
}
