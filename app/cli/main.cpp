#include "app/cli/Cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stallkeeper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STALLKEEPER_VERSION));
    return sk::cli::run(app.arguments().mid(1));
}
