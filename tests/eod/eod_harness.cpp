// Shows the End of day or Inventory page on a database in a plain window, for looking at it
// (screenshots under Xvfb) while the desktop app is not at hand:
//   eod_harness --db FILE [--page eod|inventory] [--step 1-4] [--tab 0-2] [--size 1280x800]
#include "ui/AppContext.h"
#include "ui/common/Dialogs.h"
#include "ui/eod/EndOfDayPage.h"
#include "ui/inventory/InventoryPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTabWidget>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addOption({QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("FILE")});
    cli.addOption({QStringLiteral("page"),
                   QStringLiteral("eod or inventory"),
                   QStringLiteral("PAGE"),
                   QStringLiteral("eod")});
    cli.addOption({QStringLiteral("step"), QStringLiteral("wizard step"), QStringLiteral("N")});
    cli.addOption({QStringLiteral("tab"), QStringLiteral("inventory tab"), QStringLiteral("N")});
    cli.addOption({QStringLiteral("size"),
                   QStringLiteral("window size"),
                   QStringLiteral("WxH"),
                   QStringLiteral("1280x800")});
    cli.process(app);
    auto db = sk::Database::open(cli.value(QStringLiteral("db")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().detail));
        return 1;
    }
    sk::ui::AppContext ctx(**db);
    QWidget *page = nullptr;
    if (cli.value(QStringLiteral("page")) == u"inventory") {
        auto *inv = new sk::ui::InventoryPage(ctx);
        if (cli.isSet(QStringLiteral("tab")))
            inv->findChild<QTabWidget *>()->setCurrentIndex(
                cli.value(QStringLiteral("tab")).toInt());
        page = inv;
    } else {
        auto *eod = new sk::ui::EndOfDayPage(ctx);
        if (cli.isSet(QStringLiteral("step")))
            eod->goToStep(cli.value(QStringLiteral("step")).toInt() - 1);
        page = eod;
    }
    const QStringList size = cli.value(QStringLiteral("size")).split(QLatin1Char('x'));
    page->resize(size.value(0).toInt(), size.value(1).toInt());
    page->move(0, 0);
    page->show();
    const int rc = app.exec();
    delete page;
    return rc;
}
