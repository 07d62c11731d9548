// A vendor's market slip from the till's end of day to the market office, over real loopback
// HTTP: the vendor takes SNAP tokens and an FMNP check, opens the turn-in step, taps "Send to the
// market office"; the app's own sync carries it to the server; the booth's Turn-ins tab gets it
// from the server and counts one token fewer; the statement is approved and synced; the
// vendor's till reads it back with its status.

#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/booth/BoothLedger.h"
#include "core/booth/MarketLink.h"
#include "core/booth/Reimbursement.h"
#include "core/sync/SyncEngine.h"
#include "tests/server/ServerFixture.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/WidgetTestSupport.h"
#include "ui/AppContext.h"
#include "ui/booth/BoothPage.h"
#include "ui/common/Dialogs.h"
#include "ui/eod/EndOfDayPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QtTest>

using namespace sk;
using namespace sk::ui;

namespace {

void ring(Database &db, const char *sku, QList<TenderEntry> tenders)
{
    Cart c;
    c.lines << CartLine{*ProductRepository(db).bySku(QLatin1String(sku)), 2000, {}};
    c.tenders = tenders;
    auto r = SaleRepository(db).commit(c, *SaleRules::load(db));
    if (!r)
        qFatal("sale failed: %s", qPrintable(r.error().detail));
}

} // namespace

class TestMarketSlipFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Dialogs::setTestMode(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void slipFromTheTillReachesTheBooth()
    {
        test::TestServer server(test::unthrottled());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto market = server.store().addMarket(QStringLiteral("Riverside"));
        QVERIFY(market);

        // The vendor's till: paired, in the market, a market day at Riverside with 12 SNAP
        // tokens (two sales) and an FMNP check.
        test::TempDb stall;
        Database &vdb = stall.db();
        QVERIFY(seedDemoCatalog(vdb));
        QCOMPARE(
            test::pairDevice(server, vdb, QStringLiteral("Green Acres"), QStringLiteral("till")),
            QString());
        QVERIFY(booth::MarketLink(vdb).join(*server.store().createJoinCode(market->name)));
        auto day = MarketDayRepository(vdb).open(QStringLiteral("Riverside"), 0);
        QVERIFY(day);
        const QString date = day->businessDate.toString(Qt::ISODate);
        ring(vdb,
             "FRT-APL",
             {{QStringLiteral("snap_token"), 500, {}}, {QStringLiteral("cash"), 50, {}}});
        ring(vdb, "VEG-KAL", {{QStringLiteral("snap_token"), 700, {}}});
        ring(vdb, "VEG-CAR", {{QStringLiteral("fmnp"), 600, QStringLiteral("W-5512")}});

        AppContext vctx(vdb);
        EndOfDayPage eod(vctx);
        QVERIFY(test::showSized(&eod, QSize(1024, 600)));
        QTest::mouseClick(test::childOf<QPushButton>(&eod, "eodStep4"), Qt::LeftButton);
        auto *info = test::childOf<QLabel>(&eod, "marketSlipInfo");
        QVERIFY(info->isVisible());
        QVERIFY2(info->text().startsWith(QStringLiteral("Not sent to Riverside yet: 12 token(s)")),
                 qPrintable(info->text()));
        QTest::mouseClick(test::childOf<QPushButton>(&eod, "marketSlipSend"), Qt::LeftButton);
        // The app's own sync takes it to the server.
        QTRY_VERIFY2_WITH_TIMEOUT(
            info->text().startsWith(QStringLiteral("Sent to Riverside's market office: 12")),
            qPrintable(info->text()),
            60000);

        // The booth: a manager's device of the market gets the slips on its Turn-ins tab.
        test::TempDb office;
        Database &bdb = office.db();
        auto code = server.store().pairCodeForMarket(market->name);
        QVERIFY(code);
        QVERIFY(
            sync::SyncClient::pairBlocking(bdb, server.url(), *code, QStringLiteral("booth")).ok);
        AppContext bctx(bdb);
        BoothPage page(bctx);
        // The booth sold the customer the 12 SNAP tokens the vendor took.
        booth::BoothLedger ledger(bdb);
        QVERIFY(test::stockBooth(ledger, 100, date));
        QVERIFY(ledger.sellSnap(QStringLiteral("4321"), date, 1200));
        page.setMarketDay(date);
        page.resize(1024, 600);
        page.show();
        test::childOf<QTabWidget>(&page, "booth_tabs")->setCurrentIndex(2);
        QTest::mouseClick(test::childOf<QPushButton>(&page, "booth_fetch"), Qt::LeftButton);
        QCOMPARE(test::childOf<QLabel>(&page, "booth_turn_message")->text(),
                 QStringLiteral("1 slip(s) received."));
        auto *vendor = test::childOf<QComboBox>(&page, "booth_vendor");
        QCOMPARE(vendor->currentText(), QStringLiteral("Green Acres"));
        auto st = booth::buildStatement(bdb, date, vendor->currentData().toString());
        QVERIFY(st);
        QVERIFY(st->hasSlip);
        QCOMPARE(st->checkSerials, QStringList{QStringLiteral("W-5512")});
        auto *table = test::childOf<QTableWidget>(&page, "booth_turn_table");
        QCOMPARE(table->item(0, 0)->text().left(4), QStringLiteral("SNAP"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("12"));

        // One token fewer is counted; the statement is approved and synced.
        auto *kind = test::childOf<QComboBox>(&page, "booth_turn_kind");
        kind->setCurrentIndex(kind->findText(QStringLiteral("SNAP"), Qt::MatchStartsWith));
        test::childOf<QLineEdit>(&page, "booth_turn_count")->setText(QStringLiteral("11"));
        QTest::mouseClick(test::childOf<QPushButton>(&page, "booth_count"), Qt::LeftButton);
        QVERIFY2(table->item(0, 3)->text() == QStringLiteral("-1"),
                 qPrintable(test::childOf<QLabel>(&page, "booth_turn_message")->text()));
        test::childOf<QTabWidget>(&page, "booth_tabs")->setCurrentIndex(3);
        // The statement names the market the booth belongs to.
        QVERIFY(test::childOf<QTextBrowser>(&page, "booth_statement_preview")
                    ->toPlainText()
                    .contains(QStringLiteral("Market: Riverside")));
        QTest::mouseClick(test::childOf<QPushButton>(&page, "booth_approve"), Qt::LeftButton);
        QVERIFY(test::syncOnce(bdb, [](sync::SyncClient &) {}).ok);

        // The vendor's till reads the statement back.
        QTest::mouseClick(test::childOf<QPushButton>(&eod, "marketSlipCheck"), Qt::LeftButton);
        const QString status = test::childOf<QLabel>(&eod, "marketSlipStatement")->text();
        QVERIFY2(status.startsWith(QStringLiteral("Approved: $11.00 to be paid.")),
                 qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("differs from your slip")), qPrintable(status));
    }

    void hiddenOnATillWithoutAServer()
    {
        test::TempDb stall;
        QVERIFY(seedDemoCatalog(stall.db()));
        QVERIFY(MarketDayRepository(stall.db()).open(QStringLiteral("Riverside"), 0));
        AppContext ctx(stall.db());
        EndOfDayPage eod(ctx);
        eod.show();
        QTest::mouseClick(test::childOf<QPushButton>(&eod, "eodStep4"), Qt::LeftButton);
        QVERIFY(!test::childOf<QWidget>(&eod, "marketSlipBox")->isVisible());
    }
};

QTEST_MAIN(TestMarketSlipFlow)
#include "tst_market_slip_flow.moc"
