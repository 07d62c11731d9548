#include "app/desktop/BenchProbe.h"
#include "core/Backups.h"
#include "core/Catalog.h"
#include "core/Database.h"
#include "core/DemoData.h"
#include "ui/MainWindow.h"
#include "ui/common/DamageGuard.h"
#include "ui/common/FileSaving.h"
#include "ui/common/OwnerApproval.h"
#include "ui/common/TouchPrompt.h"
#include "ui/common/TouchStyle.h"
#include "ui/setup/SetupWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFont>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QThread>

#include <algorithm>
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

// Why the database cannot be opened, and what to do about it.
QString startupError(const QString &path, const sk::Error &e)
{
    using sk::Error;
    if (e.code == Error::Code::SchemaTooNew)
        return QCoreApplication::translate("main",
                                           "%1 was written by a newer Stallkeeper. Install the "
                                           "newer version; the file was not changed.")
            .arg(path);
    if (e.code == Error::Code::NotADatabase && QFileInfo(path).size() == 0)
        return QCoreApplication::translate("main",
                                           "%1 is empty. Delete it to start a new database, or "
                                           "start Stallkeeper with --db and another file. It was "
                                           "not changed.")
            .arg(path);
    if (e.code == Error::Code::NotADatabase)
        return QCoreApplication::translate("main",
                                           "%1 is not a Stallkeeper database (%2). Start "
                                           "Stallkeeper with --db and the right file. It was not "
                                           "changed.")
            .arg(path, e.detail);
    if (e.code == Error::Code::NotFound)
        return QCoreApplication::translate("main",
                                           "There is no folder %1 for %2. Check the path, or "
                                           "plug in the disk it is on. Nothing was made.")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()),
                 QFileInfo(path).fileName());
    return QCoreApplication::translate("main", "Cannot open %1: %2")
        .arg(path, sk::ui::FileSaving::errorText(e));
}
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain; // the performance suite times the first frame from here
    sinceMain.start();
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
    sk::ui::TouchStyle::install(); // the first-start setup is touched too
    QCommandLineParser parser;
    QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    dbOption.setDescription(QCoreApplication::translate("main", "Use the database FILE."));
    setUp(parser, dbOption);
    parser.process(app);

    const QString path
        = parser.isSet(dbOption) ? parser.value(dbOption) : sk::Database::defaultPath();
    // The default place is made on first start; a --db path in a folder that is not there (a
    // path typed wrong, a USB stick not plugged in) is refused when opened, and nothing is made.
    if (!parser.isSet(dbOption))
        QDir().mkpath(QFileInfo(path).absolutePath());
    // Backups go to the folder chosen in the settings (a USB stick), else beside the database.
    const QString backupFolder
        = QSettings()
              .value(QStringLiteral("backup/folder"),
                     QFileInfo(path).absolutePath() + QStringLiteral("/backups"))
              .toString();
    auto db = sk::Database::open(path);
    // Too damaged to open: offer the newest good backup (the damaged file is kept). An empty
    // file is only refused: it never held this folder's data.
    if (!db
        && (db.error().code == sk::Error::Code::Damaged
            || (db.error().code == sk::Error::Code::NotADatabase && QFileInfo(path).size() > 0))
        && sk::ui::DamageGuard::offerRestoreOfFile(path, backupFolder, db.error()))
        db = sk::Database::open(path);
    if (!db) {
        const QString text = startupError(path, db.error());
        std::fprintf(stderr, "stallkeeper: %s\n", qPrintable(text));
        // The app's own message box: Qt's has an OK button a finger misses on a tablet.
        sk::ui::MessageDialog box(QMessageBox::Critical,
                                  QCoreApplication::translate("main", "Stallkeeper"),
                                  text,
                                  QMessageBox::Ok,
                                  QMessageBox::Ok);
        box.exec();
        return 1;
    }

    // Damage found now or later (any statement, any connection) stops writing and asks, once
    // the window is up, whether to restore the newest good backup.
    sk::ui::DamageGuard guard(**db, backupFolder);
    // After a crash or power loss: check the file; problems mark it damaged.
    sk::SessionMarker session(**db);
    if (auto unclean = session.begin(); unclean && *unclean)
        (*db)->integrityCheck();
    // The daily backup runs on its own connection, off the UI thread.
    QThread *dailyBackup = QThread::create([path, backupFolder] {
        auto conn = sk::Database::open(path);
        if (!conn)
            return;
        sk::BackupManager backups(**conn, backupFolder);
        if (auto r = backups.dailyIfDue(); !r)
            std::fprintf(stderr, "stallkeeper: daily backup: %s\n", qPrintable(r.error().detail));
    });
    dailyBackup->start(QThread::LowPriority);

    // Legible from arm's length on a large screen too: the type grows with the screen's height
    // (small tablets and laptops up to 800 px keep the system size; 1080 px gets 1.35x).
    if (QScreen *screen = QGuiApplication::primaryScreen()) {
        const qreal factor = std::clamp(screen->availableGeometry().height() / 800.0, 1.0, 1.5);
        if (factor > 1.05) {
            QFont font = QApplication::font();
            font.setPointSizeF(font.pointSizeF() * factor);
            QApplication::setFont(font);
        }
    }
    // A new till asks for its name, currency, tax, benefits, owner PIN and language first (all
    // skippable), on the whole screen like the till itself; the window then opens in the
    // language chosen.
    if (sk::ui::SetupWizard::isDue(**db)) {
        sk::ui::SetupWizard setup(**db);
        if (QScreen *screen = QGuiApplication::primaryScreen())
            setup.setGeometry(screen->availableGeometry());
        setup.setWindowState(Qt::WindowMaximized);
        setup.exec();
    }
    // First run: a demo catalog, so the vendor sees a working till at once, named in the
    // language just chosen.
    sk::ProductRepository products(**db);
    if (auto all = products.all(true); all && all->isEmpty())
        if (auto s = sk::seedDemoCatalog(**db); !s)
            std::fprintf(stderr, "stallkeeper: demo catalog: %s\n", qPrintable(s.error().detail));
    sk::ui::MainWindow window(**db);
    guard.setWindow(&window);
    guard.setMayRestore([&window] {
        sk::ui::AppContext &c = window.context();
        if (c.may(sk::Action::Settings))
            return true;
        return sk::ui::OwnerApproval::ask(
                   c.db(),
                   QCoreApplication::translate("main", "%1 asks to restore the backup.")
                       .arg(c.userName()),
                   &window)
            .has_value();
    });
    sk::app::armBenchProbe(window, sinceMain);
    QObject::connect(&guard, &sk::ui::DamageGuard::restored, &window, [&window] {
        sk::ui::AppContext &c = window.context();
        emit c.catalogChanged();
        emit c.marketDayChanged();
        emit c.stockChanged();
        emit c.syncStateChanged();
    });
    // Where the window was, per machine (QSettings); the first time, the whole screen: a till
    // is the only thing on it, and a small tablet must never get a window larger than itself.
    QSettings machine;
    const QByteArray geometry = machine.value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty() && window.restoreGeometry(geometry)) {
        window.show();
    } else {
        if (QScreen *screen = QGuiApplication::primaryScreen())
            window.setGeometry(screen->availableGeometry());
        window.showMaximized();
    }
    const int rc = app.exec();
    machine.setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    dailyBackup->wait();
    delete dailyBackup;
    session.end();
    return rc;
}
