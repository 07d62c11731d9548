// The status bar says what is true: not paired, online and synced, offline with sales waiting,
// device revoked; and the settings page pairs, syncs and unpairs (asking first when events wait).

#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "tests/server/ServerFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/common/Dialogs.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncSettingsWidget.h"
#include "ui/sync/SyncStatusWidget.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QtTest>

using namespace sk;

class TestSyncWidgets : public QObject
{
    Q_OBJECT

    void sellOne(Database &db)
    {
        if (!MarketDayRepository(db).current().value())
            QVERIFY(MarketDayRepository(db).open(QStringLiteral("Market"), 0));
        auto rules = *SaleRules::load(db);
        Cart c;
        c.lines << CartLine{*ProductRepository(db).bySku(QStringLiteral("JAM-STR")), 1000, {}};
        c.tenders << TenderEntry{QStringLiteral("cash"), 2000, {}};
        QVERIFY(SaleRepository(db).commit(c, rules));
    }

    // A till of the vendor Meadow with the demo catalog, paired as `name`: why not, or nothing.
    static QString pairMeadowTill(test::TestServer &server, test::TempDb &till, const char *name)
    {
        return test::pairDemoTill(server, till.db(), QStringLiteral("Meadow"), QLatin1String(name));
    }

private slots:
    void initTestCase() { ui::Dialogs::setTestMode(true); }

    void statusBarFollowsTheTruth()
    {
        auto server = std::make_unique<test::TestServer>();
        QVERIFY(server->ok());
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        ui::AppContext ctx(t.db());
        ui::SyncStatusWidget status(ctx);
        ui::SyncSettingsWidget settings(ctx);
        QVERIFY(status.text().isEmpty()); // not connected to a server: nothing to say

        settings.findChild<QLineEdit *>(QStringLiteral("syncServer"))->setText(server->url());
        settings.findChild<QLineEdit *>(QStringLiteral("syncCode"))
            ->setText(server->pairCode(QStringLiteral("Meadow")));
        settings.findChild<QPushButton *>(QStringLiteral("syncPair"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            status.text().startsWith(QLatin1String("Everything sent to the server")), 60000);
        QCOMPARE(*t.db().pendingOutboxCount(), 0);

        // The server goes away; two sales are rung up; a sync attempt fails.
        const QString url = server->url();
        server.reset();
        sellOne(t.db());
        sellOne(t.db());
        emit ctx.saleCommitted(QString());
        ui::SyncController::of(ctx).syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(
            status.text(), QStringLiteral("No connection · 2 sale(s) not sent yet"), 60000);

        // Unpairing with events waiting asks first; "No" keeps everything as it was.
        ui::Dialogs::setNextAnswer(QMessageBox::No);
        settings.findChild<QPushButton *>(QStringLiteral("syncUnpair"))->click();
        QVERIFY(ui::SyncController::of(ctx).state().paired);
    }

    void plainHttpOffTheLoopbackNeedsTheBoxTicked()
    {
        test::TestServer server;
        QVERIFY(server.ok());
        server::ServerConfig open;
        open.insecureHttp = true;
        server::SyncServer inTheClear(server.store(), open);
        auto port = inTheClear.listen(QHostAddress::AnyIPv4, 0);
        QVERIFY(port);
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        ui::AppContext ctx(t.db());
        ui::SyncStatusWidget status(ctx);
        ui::SyncSettingsWidget settings(ctx);
        settings.show();
        auto *allow = test::childOf<QCheckBox>(&settings, "syncInsecureHttp");
        auto *warning = test::childOf<QLabel>(&settings, "syncInsecureWarning");
        QVERIFY(!allow->isChecked());
        QVERIFY(!warning->isVisible());
        auto *message = test::childOf<QLabel>(&settings, "syncMessage");
        // 0.0.0.0 reaches this machine on Linux, and is not the loopback.
        test::childOf<QLineEdit>(&settings, "syncServer")
            ->setText(QStringLiteral("http://0.0.0.0:%1").arg(*port));
        test::childOf<QLineEdit>(&settings, "syncCode")
            ->setText(server.pairCode(QStringLiteral("Meadow")));
        test::childOf<QPushButton>(&settings, "syncPair")->click();
        QTRY_VERIFY(message->text().contains(QLatin1String("unencrypted")));
        QVERIFY(!ui::SyncController::of(ctx).state().paired);
        allow->click();
        QVERIFY(warning->isVisible());
        test::childOf<QPushButton>(&settings, "syncPair")->click();
        QTRY_COMPARE_WITH_TIMEOUT(status.text().left(15), QStringLiteral("Everything sent"), 60000);
    }

    void revokedDeviceSaysSo()
    {
        test::TestServer server;
        QVERIFY(server.ok());
        test::TempDb t;
        QCOMPARE(pairMeadowTill(server, t, "t"), QString());
        ui::AppContext ctx(t.db());
        ui::SyncStatusWidget status(ctx);
        QVERIFY(server.store().revoke(t.db().deviceId()));
        ui::SyncController::of(ctx).syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(
            status.text().startsWith(QLatin1String("This till is no longer accepted")), 60000);
        // Unpair with nothing waiting still asks; "Yes" forgets the server.
        ui::SyncSettingsWidget settings(ctx);
        ui::Dialogs::setNextAnswer(QMessageBox::Yes);
        settings.findChild<QPushButton *>(QStringLiteral("syncUnpair"))->click();
        QVERIFY(!ui::SyncController::of(ctx).state().paired);
        QTRY_VERIFY(status.text().isEmpty());
    }

    // A new till of a vendor with history: the catalog comes first (the server's snapshot), the
    // earlier sales follow, and the status bar says how far they are while they come.
    void newTillGetsTheCatalogThenTheHistory()
    {
        test::TestServer server;
        QVERIFY(server.ok());
        test::TempDb a;
        QCOMPARE(pairMeadowTill(server, a, "a"), QString());
        for (int i = 0; i < 3; ++i)
            sellOne(a.db());
        QVERIFY(sync::SyncClient::syncBlocking(a.db()).ok);

        test::TempDb t; // a new till: no catalog of its own
        ui::AppContext ctx(t.db());
        ui::SyncStatusWidget status(ctx);
        ui::SyncSettingsWidget settings(ctx);
        settings.findChild<QLineEdit *>(QStringLiteral("syncServer"))->setText(server.url());
        settings.findChild<QLineEdit *>(QStringLiteral("syncCode"))
            ->setText(server.pairCode(QStringLiteral("Meadow")));
        settings.findChild<QPushButton *>(QStringLiteral("syncPair"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            status.text().startsWith(QLatin1String("Everything sent to the server")), 60000);
        QCOMPARE(ProductRepository(t.db()).all(true)->size(),
                 ProductRepository(a.db()).all(true)->size());
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM sales"))->toInt(), 3);
        QVERIFY(!ui::SyncController::of(ctx).state().catchUp.active);

        // While the history comes down, in the vendor's words.
        sync::SyncState s = ui::SyncController::of(ctx).state();
        s.catchUp = sync::CatchUp{true, 40000, 101116};
        const QString progress = QStringLiteral("Getting earlier sales: %1 of %2")
                                     .arg(QLocale().toString(40000), QLocale().toString(101116));
        QCOMPARE(ui::SyncStatusWidget::describe(s, true, Clock::nowMs()), progress);
        QVERIFY(ui::SyncStatusWidget::describe(s, false, Clock::nowMs()).startsWith(progress));
    }
};

QTEST_MAIN(TestSyncWidgets)
#include "tst_sync_widgets.moc"
