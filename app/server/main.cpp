#include "ServerCli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stallkeeper-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STALLKEEPER_VERSION));
    return sk::server::runServerCli(QCoreApplication::arguments());
}
