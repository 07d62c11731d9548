// The market office's screen driven by taps (offscreen): tokens received and moved into the
// booth, SNAP sold with the incentive match and then capped, a full card number refused, a
// vendor's turn-in counted against its slip with the difference shown, and the statement
// approved and written as PDF.

#include "core/booth/BoothLedger.h"
#include "core/booth/BoothStore.h"
#include "tests/support/TestSupport.h"
#include "ui/AppContext.h"
#include "ui/booth/BoothPage.h"
#include "ui/booth/ProgramCharts.h"
#include "ui/checkout/NumericKeypad.h"
#include "ui/common/Dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QtCharts>
#include <QtTest>

using namespace sk;
using namespace sk::ui;

class TestBoothPage : public QObject
{
    Q_OBJECT

    // Taps the digits of `text` on the keypad beside `edit`.
    void tapDigits(QWidget *scope, QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        NumericKeypad *pad = nullptr;
        for (NumericKeypad *k : scope->findChildren<NumericKeypad *>())
            if (k->target() == edit)
                pad = k;
        QVERIFY(pad);
        for (QChar c : text)
            QTest::mouseClick(pad->key(QString(c)), Qt::LeftButton);
    }

    // Opens the touch prompt of `edit` by its button beside it and taps `text` out on the
    // prompt's keypad or keyboard, then OK.
    void typeByTouch(QWidget *page, QLineEdit *edit, const QString &text)
    {
        auto *touch = page->findChild<QPushButton *>(edit->objectName() + QStringLiteral("Touch"));
        QVERIFY2(touch && touch->isVisible(), qPrintable(edit->objectName()));
        QTest::mouseClick(touch, Qt::LeftButton);
        QDialog *prompt = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                prompt = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                return prompt && prompt->isVisible();
            },
            5000));
        for (const QChar c : text) {
            QPushButton *key = nullptr;
            const QString label = c == u' ' ? QStringLiteral("space") : QString(c);
            for (QPushButton *b : prompt->findChildren<QPushButton *>())
                if (b->isVisible() && b->text() == label)
                    key = b;
            if (!key && c.isLetter()) // a capital, or none where the field starts with one
                if (auto *shift = prompt->findChild<QPushButton *>(QStringLiteral("keyShift"))) {
                    QTest::mouseClick(shift, Qt::LeftButton);
                    for (QPushButton *b : prompt->findChildren<QPushButton *>())
                        if (b->isVisible() && b->text() == QString(c))
                            key = b;
                }
            QVERIFY2(key, qPrintable(QStringLiteral("no key %1").arg(c)));
            QTest::mouseClick(key, Qt::LeftButton);
        }
        auto *box = prompt->findChild<QDialogButtonBox *>();
        QVERIFY(box && box->button(QDialogButtonBox::Ok));
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!QApplication::activeModalWidget());
    }

private slots:
    void boothFlow()
    {
        test::TempDb t;
        AppContext ctx(t.db());
        BoothPage page(ctx);
        page.resize(1024, 600);
        page.show();
        const QString day = page.marketDay();
        booth::BoothLedger ledger(t.db());
        booth::BoothConfig cfg = *ledger.config();
        cfg.dayCap = 2000;
        QVERIFY(ledger.saveConfig(cfg));

        // Inventory: 300 of each kind printed, 200 of them into the booth.
        auto *tabs = test::childOf<QTabWidget>(&page, "booth_tabs");
        tabs->setCurrentIndex(1);
        auto *kind = tabs->widget(1)->findChildren<QComboBox *>().first();
        auto *count = test::childOf<QLineEdit>(&page, "booth_move_count");
        QCOMPARE(kind->count(), 3);
        for (int i = 0; i < 3; ++i) {
            kind->setCurrentIndex(i);
            count->setText(QStringLiteral("300"));
            QTest::mouseClick(test::childOf<QPushButton>(&page, "booth_receive"), Qt::LeftButton);
            count->setText(QStringLiteral("200"));
            QTest::mouseClick(test::childOf<QPushButton>(&page, "booth_move"), Qt::LeftButton);
        }
        QCOMPARE(test::childOf<QLabel>(&page, "booth_stock_message")->text(),
                 QStringLiteral("Saved. Every token is accounted for."));
        auto *stock = test::childOf<QTableWidget>(&page, "booth_stock");
        QCOMPARE(stock->item(0, 3)->text(), QStringLiteral("100")); // office
        QCOMPARE(stock->item(0, 4)->text(), QStringLiteral("200")); // booth

        // Sell: $15 of SNAP to 1234, matched in full; then $10 more, capped at $5.
        tabs->setCurrentIndex(0);
        auto *customer = test::childOf<QLineEdit>(&page, "booth_customer");
        auto *amount = test::childOf<QLineEdit>(&page, "booth_amount");
        customer->setText(QStringLiteral("1234"));
        tapDigits(&page, amount, QStringLiteral("15"));
        QVERIFY2(
            test::childOf<QLabel>(&page, "booth_quote")->text().contains(QStringLiteral("$15.00")),
            qPrintable(test::childOf<QLabel>(&page, "booth_quote")->text()));
        QTest::mouseClick(test::childOf<QPushButton>(&page, "booth_sell_snap"), Qt::LeftButton);
        QVERIFY2(test::childOf<QLabel>(&page, "booth_sell_message")
                     ->text()
                     .contains(QStringLiteral("$15.00 in incentive tokens")),
                 qPrintable(test::childOf<QLabel>(&page, "booth_sell_message")->text()));
        customer->setText(QStringLiteral("1234"));
        tapDigits(&page, amount, QStringLiteral("10"));
        QVERIFY(
            test::childOf<QLabel>(&page, "booth_quote")->text().contains(QStringLiteral("Capped")));
        QTest::mouseClick(test::childOf<QPushButton>(&page, "booth_sell_snap"), Qt::LeftButton);
        QCOMPARE(test::childOf<QTableWidget>(&page, "booth_log")->rowCount(), 2);
        QCOMPARE(test::childOf<QTableWidget>(&page, "booth_log")->item(1, 3)->text(),
                 QStringLiteral("$5.00"));
        // A full card number is refused and never stored.
        customer->setText(QStringLiteral("5077 1234 5678 9012"));
        tapDigits(&page, amount, QStringLiteral("5"));
        QTest::mouseClick(test::childOf<QPushButton>(&page, "booth_sell_snap"), Qt::LeftButton);
        QVERIFY(test::childOf<QLabel>(&page, "booth_sell_message")
                    ->text()
                    .contains(QStringLiteral("last 4")));
        QCOMPARE(test::childOf<QTableWidget>(&page, "booth_log")->rowCount(), 2);

        // Turn-ins: Alpha's slip says 12 SNAP; the booth counts 11.
        const QString slip
            = QStringLiteral(
                  R"({"id":"s1","market_id":"m","market_day":"%1","vendor_name":"Alpha",
            "tenders":[{"program":"SNAP","tender":"snap_token","face_value":"100",
                        "count":"12","total":"1200"}]})")
                  .arg(day);
        QVERIFY(
            t.db().exec(QStringLiteral("INSERT INTO booth_slips VALUES ('v1', ?, 'market_slip', "
                                       "'Alpha', ?, 0)"),
                        {day, slip}));
        tabs->setCurrentIndex(2);
        auto *vendor = test::childOf<QComboBox>(&page, "booth_vendor");
        QCOMPARE(vendor->currentText(), QStringLiteral("Alpha"));
        test::childOf<QComboBox>(&page, "booth_turn_kind")->setCurrentIndex(0);
        tapDigits(&page, test::childOf<QLineEdit>(&page, "booth_turn_count"), QStringLiteral("11"));
        QTest::mouseClick(test::childOf<QPushButton>(&page, "booth_count"), Qt::LeftButton);
        auto *turns = test::childOf<QTableWidget>(&page, "booth_turn_table");
        QCOMPARE(turns->item(0, 1)->text(), QStringLiteral("12"));
        QCOMPARE(turns->item(0, 2)->text(), QStringLiteral("11"));
        QCOMPARE(turns->item(0, 3)->text(), QStringLiteral("-1"));
        QVERIFY(test::childOf<QLabel>(&page, "booth_turn_message")
                    ->text()
                    .contains(QStringLiteral("differs")));

        // A count typed but not saved is not recorded by leaving the tab.
        test::childOf<QLineEdit>(&page, "booth_turn_count")->setText(QStringLiteral("5"));
        // Statements: $11 owed; approved; a PDF written.
        tabs->setCurrentIndex(3);
        QVERIFY(test::childOf<QTextBrowser>(&page, "booth_statement_preview")
                    ->toPlainText()
                    .contains(QStringLiteral("Amount owed: $11.00")));
        QTest::mouseClick(test::childOf<QPushButton>(&page, "booth_approve"), Qt::LeftButton);
        auto status = t.db().scalar(QStringLiteral("SELECT record FROM booth_statements"));
        QVERIFY(QJsonDocument::fromJson(status->toString().toUtf8())
                    .object()
                    .value(QLatin1String("status"))
                    .toString()
                == u"approved");
        const QString pdf = t.dir() + QStringLiteral("/statement.pdf");
        QVERIFY(page.saveStatementPdf(pdf));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        // Every key of the screen is big enough for a finger.
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->isVisible())
                QVERIFY2(b->height() >= 48, qPrintable(b->objectName()));
    }
    // Another booth device's sale arrives by sync and takes a customer over the day's cap: the
    // Sell tab says so in red, without anyone looking for it.
    void overrunFromAnotherBoothIsShown()
    {
        test::TempDb t;
        AppContext ctx(t.db());
        BoothPage page(ctx);
        const QString day = page.marketDay();
        booth::BoothLedger ledger(t.db());
        booth::BoothConfig cfg;
        cfg.dayCap = 2000;
        QVERIFY(ledger.saveConfig(cfg));
        auto *alert = test::childOf<QLabel>(&page, "booth_cap_alert");
        QVERIFY(alert->text().isEmpty());
        for (const char *device : {"booth-a", "booth-b"}) {
            booth::BoothTxn txn;
            txn.id = QString::fromLatin1(device) + QStringLiteral("-sale");
            txn.deviceId = QString::fromLatin1(device);
            txn.createdAt = 1;
            txn.hlc = 1;
            txn.marketDay = day;
            txn.customerRef = QStringLiteral("9999");
            txn.kind = QStringLiteral("snap");
            txn.payment = QStringLiteral("ebt");
            txn.snapAmount = 1500;
            txn.incentiveAmount = 1500;
            QVERIFY(booth::storeTxn(t.db(), txn));
        }
        emit ctx.syncStateChanged();
        QVERIFY2(alert->text().contains(QStringLiteral("Customer 9999 had $30.00")),
                 qPrintable(alert->text()));
        QVERIFY(alert->text().contains(QStringLiteral("over the cap of $20.00")));
    }
    // The Settings tab by taps: the day cap typed on the keypad and saved, a token's colour
    // and the market's fee on it; a helper's save is refused and changes nothing.
    void settingsByTouch()
    {
        Dialogs::setTestMode(true);
        test::TempDb t;
        AppContext ctx(t.db());
        BoothPage page(ctx);
        page.resize(1024, 600);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        booth::BoothLedger ledger(t.db());
        auto *tabs = test::childOf<QTabWidget>(&page, "booth_tabs");
        tabs->setCurrentIndex(tabs->count() - 1);
        QWidget *settings = tabs->currentWidget();
        // The first kind is shown to begin with.
        QCOMPARE(test::childOf<QLineEdit>(&page, "booth_set_program")->text(),
                 QStringLiteral("SNAP"));

        // Every field has its keypad or keyboard beside it, the EBT terminal's name too.
        for (QLineEdit *e : settings->findChildren<QLineEdit *>())
            if (e->isVisible() && !e->objectName().isEmpty())
                QVERIFY2(
                    settings->findChild<QPushButton *>(e->objectName() + QStringLiteral("Touch")),
                    qPrintable(e->objectName()));
        auto *dayCap = test::childOf<QLineEdit>(&page, "booth_set_day_cap");
        dayCap->clear();
        typeByTouch(settings, dayCap, QStringLiteral("25"));
        auto *ebt = test::childOf<QLineEdit>(&page, "booth_set_ebt");
        typeByTouch(settings, ebt, QStringLiteral("Booth B"));
        QTest::mouseClick(test::childOf<QPushButton>(&page, "booth_set_save_rules"),
                          Qt::LeftButton);
        QCOMPARE(ledger.config()->dayCap, 2500);
        QCOMPARE(ledger.config()->ebtTerminal, QStringLiteral("Booth B"));
        QCOMPARE(ledger.config()->matchBps, 10000); // left as it was: one for one

        auto *kind = test::childOf<QComboBox>(&page, "booth_set_kind");
        kind->setCurrentIndex(kind->findText(QStringLiteral("Credit"), Qt::MatchStartsWith));
        auto *colour = test::childOf<QComboBox>(&page, "booth_set_colour");
        colour->setCurrentIndex(colour->findData(QStringLiteral("yellow")));
        auto *fee = test::childOf<QLineEdit>(&page, "booth_set_fee");
        fee->clear();
        typeByTouch(settings, fee, QStringLiteral("2"));
        QTest::mouseClick(test::childOf<QPushButton>(&page, "booth_set_save_kind"), Qt::LeftButton);
        const booth::TokenKind credit = *ledger.kindFor(QStringLiteral("credit"));
        QCOMPARE(credit.colour, QStringLiteral("yellow"));
        QCOMPARE(credit.feeBps, 200);

        ctx.setRole(AppContext::Role::Helper);
        dayCap->clear();
        typeByTouch(settings, dayCap, QStringLiteral("99"));
        QTest::mouseClick(test::childOf<QPushButton>(&page, "booth_set_save_rules"),
                          Qt::LeftButton);
        QCOMPARE(ledger.config()->dayCap, 2500);
        QVERIFY(test::childOf<QLabel>(&page, "booth_set_message")
                    ->text()
                    .contains(QStringLiteral("owner")));
        QTest::mouseClick(test::childOf<QPushButton>(&page, "booth_set_save_kind"), Qt::LeftButton);
        QCOMPARE(ledger.kindFor(QStringLiteral("credit"))->hlc, credit.hlc);
        Dialogs::setTestMode(false);
    }
    // The Report tab draws the month's program report: per market day, what each program sold
    // or issued, and what vendors redeemed.
    void reportCharts()
    {
        test::TempDb t;
        AppContext ctx(t.db());
        BoothPage page(ctx);
        page.resize(1024, 600);
        page.show();
        const QString day = page.marketDay();
        booth::BoothLedger ledger(t.db());
        QVERIFY(test::stockBooth(ledger, 100, day));
        QVERIFY(ledger.sellSnap(QStringLiteral("1234"), day, 1500));
        QVERIFY(ledger.sellCard(QStringLiteral("1234"), day, 1000, QStringLiteral("debit")));
        QVERIFY(ledger.countTurnIn(day,
                                   QStringLiteral("v1"),
                                   QStringLiteral("Green Acres"),
                                   ledger.kindFor(QStringLiteral("snap"))->id,
                                   12));
        auto *tabs = test::childOf<QTabWidget>(&page, "booth_tabs");
        tabs->setCurrentIndex(tabs->indexOf(test::childOf<ProgramCharts>(&page, "booth_report")));
        const auto bars = [&](const char *chart) {
            QMap<QString, qreal> out;
            auto *view = test::childOf<QChartView>(&page, chart);
            const auto series = view->chart()->series();
            if (series.size() != 1)
                return out;
            for (QBarSet *set : static_cast<QBarSeries *>(series.first())->barSets())
                out.insert(set->label(), set->count() == 1 ? set->at(0) : -1);
            return out;
        };
        const QMap<QString, qreal> sold = bars("booth_chart0");
        QCOMPARE(sold.value(QStringLiteral("SNAP")), 15.0);
        QCOMPARE(sold.value(QStringLiteral("Double Up")), 15.0);
        QCOMPARE(sold.value(QStringLiteral("Credit")), 10.0);
        const QMap<QString, qreal> redeemed = bars("booth_chart1");
        QCOMPARE(redeemed.value(QStringLiteral("SNAP")), 12.0);
        QCOMPARE(redeemed.value(QStringLiteral("Double Up")), 0.0);
        QVERIFY(test::childOf<QLabel>(&page, "booth_report_summary")
                    ->text()
                    .contains(QStringLiteral("1 market day")));
    }
};

QTEST_MAIN(TestBoothPage)
#include "tst_boothpage.moc"
