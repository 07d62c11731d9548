#include "Catalog.h"
#include "Database.h"
#include "DemoData.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QScreen>

#include <cstdio>

namespace {
void describe()
{
    QCoreApplication::setApplicationName(QStringLiteral("stallkeeper"));
    QCoreApplication::setOrganizationName(QStringLiteral("stallkeeper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STALLKEEPER_VERSION));
}

void setUp(QCommandLineParser &parser, QCommandLineOption &dbOption)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Point of sale for farmers' market vendors."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(dbOption);
}
} // namespace

int main(int argc, char *argv[])
{
    // --help and --version answer without a display (scripts, packaging checks).
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "--version" || a == "-v" || a == "--help-all") {
            QCoreApplication core(argc, argv);
            describe();
            QCommandLineParser parser;
            QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
            dbOption.setDescription(QCoreApplication::translate("main", "Use the database FILE."));
            setUp(parser, dbOption);
            parser.process(core);
            return 0;
        }
    }

    QApplication app(argc, argv);
    describe();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Stallkeeper"));
    QGuiApplication::setDesktopFileName(QStringLiteral("stallkeeper"));
    QCommandLineParser parser;
    QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    dbOption.setDescription(QCoreApplication::translate("main", "Use the database FILE."));
    setUp(parser, dbOption);
    parser.process(app);

    const QString path
        = parser.isSet(dbOption) ? parser.value(dbOption) : sk::Database::defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = sk::Database::open(path);
    if (!db) {
        const QString text
            = db.error().code == sk::Error::Code::SchemaTooNew
                  ? QCoreApplication::translate("main",
                                                "%1 was written by a newer Stallkeeper. Install "
                                                "the newer version; the file was not changed.")
                        .arg(path)
                  : QCoreApplication::translate("main", "Cannot open %1: %2")
                        .arg(path, db.error().detail);
        std::fprintf(stderr, "stallkeeper: %s\n", qPrintable(text));
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Stallkeeper"), text);
        return 1;
    }

    // First run: a demo catalog, so the vendor sees a working till at once.
    sk::ProductRepository products(**db);
    if (auto all = products.all(true); all && all->isEmpty())
        if (auto s = sk::seedDemoCatalog(**db); !s)
            std::fprintf(stderr, "stallkeeper: demo catalog: %s\n", qPrintable(s.error().detail));

    sk::ui::MainWindow window(**db);
    // Small tablets: never open larger than the screen.
    if (QScreen *screen = QGuiApplication::primaryScreen()) {
        const QRect avail = screen->availableGeometry();
        if (avail.width() <= 1280 || avail.height() <= 800) {
            window.setGeometry(avail);
            window.showMaximized();
        } else {
            window.show();
        }
    } else {
        window.show();
    }
    return app.exec();
}
