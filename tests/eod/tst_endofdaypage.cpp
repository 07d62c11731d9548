#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/eod/ClosingSummary.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/WidgetTestSupport.h"
#include "ui/AppContext.h"
#include "ui/common/Dialogs.h"
#include "ui/eod/EndOfDayPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QtTest>

using namespace sk;
using namespace sk::ui;

// The end-of-day wizard driven by the keyboard, as a vendor with a scanner and a keypad would:
// the stock count, the cash drawer, a payout, then closing the day. Between steps the page is
// destroyed and rebuilt, as if the app had been killed, and must come back where it was.
class TestEndOfDayPage : public QObject, test::PageSuite<EndOfDayPage>
{
    Q_OBJECT

    void rebuildPage() { QVERIFY(showPage(QSize(1100, 760))); }

    QList<CountResult> counts() { return *StockCount(m_t->db()).countsOf(m_day); }

    // Next tapped: the step the page is on then.
    int tapNext()
    {
        QTest::mouseClick(child<QPushButton>("eodNext"), Qt::LeftButton);
        return m_page->currentStep();
    }

    // The field `name` once it has the focus, `text` typed into it, then Enter; null when the
    // focus never came to it.
    QLineEdit *typeWhenFocused(const char *name, const QString &text)
    {
        auto *field = child<QLineEdit>(name);
        if (!QTest::qWaitFor([field] { return field->hasFocus(); }))
            return nullptr;
        test::typeAndEnter(field, text);
        return field;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(startTill());
        Database &db = m_t->db();
        auto day = MarketDayRepository(db).open(QStringLiteral("Riverside"), 15000);
        QVERIFY(day);
        m_day = day->id;
        StockCount counter(db);
        QVERIFY(counter.recordLoadOut({{product("JAM-STR").id, 20000},
                                       {product("CHS-CHE").id, 6000},
                                       {product("JAM-APR").id, 10000}}));
        auto rules = SaleRules::load(db);
        Cart a;
        a.lines << CartLine{product("JAM-STR"), 2000, {}};
        a.tenders << TenderEntry{QStringLiteral("cash"), 2000, {}};
        QVERIFY(SaleRepository(db).commit(a, *rules)); // 17.00, 3.00 change
        Cart b;
        b.lines << CartLine{product("CHS-CHE"), 1500, {}};
        b.tenders << TenderEntry{QStringLiteral("card"), 2100, {}};
        QVERIFY(SaleRepository(db).commit(b, *rules));
        rebuildPage();
    }

    void cleanupTestCase() { finish(); }

    void countByScannerAndKeypad()
    {
        QCOMPARE(m_page->currentStep(), int(EndOfDayPage::CountStep));
        auto *scan = child<QLineEdit>("countScan");
        auto *qty = child<QLineEdit>("countQty");
        // Scan the strawberry jam's barcode, then type what is left.
        scan->setFocus();
        test::typeAndEnter(scan, QStringLiteral("0850001000019"));
        QTRY_VERIFY(qty->hasFocus());
        QVERIFY(child<QLabel>("countCurrent")->text().contains(QStringLiteral("Strawberry jam")));
        test::typeAndEnter(qty, QStringLiteral("17"));
        QList<CountResult> c = counts();
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].productId, product("JAM-STR").id);
        QCOMPARE(c[0].expected, 18000); // 20 loaded out, 2 sold
        QCOMPARE(c[0].counted, 17000);
        QCOMPARE(c[0].variance, -1000);
        QCOMPARE(c[0].varianceValue, -850);

        // A weighed item in its unit: aged cheddar by the pound.
        test::typeAndEnter(scan, QStringLiteral("CHS-CHE"));
        test::typeAndEnter(qty, QStringLiteral("4.25"));
        c = counts();
        QCOMPARE(c.size(), 2);
        QCOMPARE(c[1].counted, 4250);
        QCOMPARE(c[1].expected, 4500);

        // A scan landing in the quantity field moves to that item instead of counting
        // 850001000026 jars.
        qty->setFocus();
        test::typeAndEnter(qty, QStringLiteral("0850001000026"));
        QCOMPARE(counts().size(), 2);
        QVERIFY(child<QLabel>("countCurrent")->text().contains(QStringLiteral("Apricot jam")));
        // Not a quantity: refused with a message, nothing recorded.
        test::typeAndEnter(qty, QStringLiteral("2.5"));
        QCOMPARE(counts().size(), 2);
        QVERIFY(!child<QLabel>("countError")->text().isEmpty());
        qty->clear();
        // Skip it with F4.
        QTest::keyClick(qty, Qt::Key_F4);
        QVERIFY(!child<QLabel>("countCurrent")->text().contains(QStringLiteral("Apricot jam")));
        QVERIFY(child<QLabel>("countTotals")->text().contains(QStringLiteral("1 skipped")));
        QCOMPARE(counts().size(), 2);
    }

    void countSurvivesRestart()
    {
        const QString current = child<QLabel>("countCurrent")->text();
        rebuildPage(); // as if the app had been killed and started again
        QCOMPARE(m_page->currentStep(), int(EndOfDayPage::CountStep));
        QCOMPARE(child<QLabel>("countCurrent")->text(), current);
        QVERIFY(child<QLabel>("countTotals")->text().contains(QStringLiteral("2 of ")));
        QVERIFY(child<QLabel>("countTotals")->text().contains(QStringLiteral("1 skipped")));
        auto *table = child<QTableWidget>("countTable");
        bool sawSkipped = false;
        for (int r = 0; r < table->rowCount(); ++r)
            sawSkipped = sawSkipped || table->item(r, 3)->text() == u"skipped";
        QVERIFY(sawSkipped);
    }

    // 14.25 lb of cheddar typed where 4.25 lb were counted: asked first, in the item's unit,
    // and stored only when the vendor keeps it.
    void farCountAsks()
    {
        auto *scan = child<QLineEdit>("countScan");
        auto *qty = child<QLineEdit>("countQty");
        test::typeAndEnter(scan, QStringLiteral("CHS-CHE"));
        const int stored = int(counts().size());
        Dialogs::clearLastMessage();
        Dialogs::setNextAnswer(QMessageBox::No);
        test::typeAndEnter(qty, QStringLiteral("14.25"));
        QCOMPARE(Dialogs::lastMessage(),
                 QStringLiteral("You counted 14.25 lb, expected about 4.25 lb. Keep 14.25?"));
        QCOMPARE(counts().size(), stored); // not stored
        QVERIFY(child<QLabel>("countCurrent")->text().contains(QStringLiteral("Aged cheddar")));
        // A count near what was expected is not asked about.
        Dialogs::clearLastMessage();
        qty->clear();
        test::typeAndEnter(qty, QStringLiteral("4.5"));
        QCOMPARE(Dialogs::lastMessage(), QString());
        QCOMPARE(counts().size(), stored + 1);
        QCOMPARE(counts().last().counted, 4500);
        // Kept when the vendor says so (and put back: the figures after this step need it).
        test::typeAndEnter(scan, QStringLiteral("CHS-CHE"));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        test::typeAndEnter(qty, QStringLiteral("14.5"));
        QCOMPARE(counts().last().counted, 14500);
        test::typeAndEnter(scan, QStringLiteral("CHS-CHE"));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        test::typeAndEnter(qty, QStringLiteral("4.25"));
        QCOMPARE(counts().last().counted, 4250);
    }

    void cashDrawerByKeyboard()
    {
        QCOMPARE(tapNext(), int(EndOfDayPage::DrawerStep));
        // Focus starts on the largest note; Enter moves down the notes.
        QVERIFY(typeWhenFocused("denom_10000", QStringLiteral("1")));
        QVERIFY(typeWhenFocused("denom_5000", QStringLiteral("1")));
        QTest::keyClick(child<QLineEdit>("denom_2000"), Qt::Key_Return);
        auto *tens = child<QLineEdit>("denom_1000");
        QTRY_VERIFY(tens->hasFocus());
        QTest::keyClicks(tens, QStringLiteral("1"));
        QTest::keyClick(tens, Qt::Key_Tab);
        QTest::keyClicks(child<QLineEdit>("denom_500"), QStringLiteral("1"));
        // Expected 150 + 20 − 3 = 167.00; typed 165 so far.
        QVERIFY(
            child<QLabel>("drawerOverShort")->text().contains(QStringLiteral("Short by $2.00")));
        // Killed before recording: the typed pieces come back.
        rebuildPage();
        QCOMPARE(m_page->currentStep(), int(EndOfDayPage::DrawerStep));
        QCOMPARE(child<QLineEdit>("denom_10000")->text(), QStringLiteral("1"));
        QCOMPARE(child<QLineEdit>("denom_500")->text(), QStringLiteral("1"));
        auto *ones = child<QLineEdit>("denom_100");
        ones->setFocus();
        QTest::keyClicks(ones, QStringLiteral("1"));
        QVERIFY(
            child<QLabel>("drawerOverShort")->text().contains(QStringLiteral("Short by $1.00")));
        QVERIFY(!CashDrawer(m_t->db()).latestCount(m_day)->has_value());
        QTest::mouseClick(child<QPushButton>("recordDrawer"), Qt::LeftButton);
        auto last = CashDrawer(m_t->db()).latestCount(m_day);
        QVERIFY(last && *last);
        QCOMPARE((*last)->cashExpected, 16700);
        QCOMPARE((*last)->cashCounted, 16600);
        QCOMPARE((*last)->overShort, -100);
    }

    void payoutChangesTheExpectation()
    {
        QCOMPARE(tapNext(), int(EndOfDayPage::PayoutStep));
        QLineEdit *amount = typeWhenFocused("movementAmount", QStringLiteral("5.00"));
        QVERIFY(amount);
        QLineEdit *reason = typeWhenFocused("movementReason", QStringLiteral("bought ice"));
        QVERIFY(reason);
        QCOMPARE(child<QTableWidget>("movementTable")->rowCount(), 1);
        auto e = CashDrawer(m_t->db()).expected(m_day);
        QCOMPARE(e->payouts, 500);
        QCOMPARE(e->expectedCash(), 16200);
        // No reason, no payout.
        test::typeAndEnter(amount, QStringLiteral("2"));
        QTest::keyClick(reason, Qt::Key_Return);
        QCOMPARE(child<QTableWidget>("movementTable")->rowCount(), 1);
        // The payout came after the count: the drawer step still shows the count's balance
        // (short by 1.00), with what was recorded since and the expected cash now.
        amount->clear();
        QTest::mouseClick(child<QPushButton>("eodStep2"), Qt::LeftButton);
        QCOMPARE(m_page->currentStep(), int(EndOfDayPage::DrawerStep));
        QVERIFY2(
            child<QLabel>("drawerOverShort")->text().contains(QStringLiteral("Short by $1.00")),
            qPrintable(child<QLabel>("drawerOverShort")->text()));
        QVERIFY(child<QLabel>("drawerExpected")->text().contains(QStringLiteral("$162.00")));
        QVERIFY(child<QLabel>("drawerExpected")->text().contains(QStringLiteral("−$5.00")));
        QTest::mouseClick(child<QPushButton>("eodStep3"), Qt::LeftButton);
        QCOMPARE(CashDrawer(m_t->db()).latestCount(m_day)->value().cashCounted, 16600);
    }

    void summaryPdfAndClose()
    {
        QCOMPARE(tapNext(), int(EndOfDayPage::SlipStep));
        QCOMPARE(tapNext(), int(EndOfDayPage::SummaryStep));
        const QString text
            = m_page->findChild<QTextBrowser *>(QStringLiteral("summaryView"))->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("$162.00")), qPrintable(text)); // expected cash
        QVERIFY(text.contains(QStringLiteral("$166.00")));                    // counted
        // Short by 1.00 at the count, and the payout after it moves only the cash there now.
        QVERIFY2(text.contains(QStringLiteral("Short\t−$1.00"))
                     || text.contains(QStringLiteral("Short −$1.00"))
                     || text.contains(QStringLiteral("Short\n−$1.00")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("+$4.00")));
        QVERIFY(text.contains(QStringLiteral("Recorded since the count")));
        QVERIFY(text.contains(QStringLiteral("$161.00"))); // in the drawer now
        QVERIFY(text.contains(QStringLiteral("Strawberry jam")));
        // Apricot jam went out on the truck and was skipped at the count: it is in the
        // load-out table as not counted back, as `eod reconcile` lists it.
        const qsizetype loadTable = text.indexOf(QStringLiteral("Load-out and load-in"));
        QVERIFY2(loadTable >= 0, qPrintable(text));
        QVERIFY2(text.indexOf(QStringLiteral("Apricot jam"), loadTable) > loadTable,
                 qPrintable(text));
        QVERIFY(text.indexOf(QStringLiteral("not counted back"), loadTable) > loadTable);

        const QString pdf = m_t->dir() + QStringLiteral("/summary.pdf");
        Dialogs::setNextFile(pdf);
        QTest::mouseClick(child<QPushButton>("summaryPdf"), Qt::LeftButton);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");

        Dialogs::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>("closeDay"), Qt::LeftButton);
        QVERIFY(MarketDayRepository(m_t->db()).current()->has_value());
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>("closeDay"), Qt::LeftButton);
        QVERIFY(!MarketDayRepository(m_t->db()).current()->has_value());
        QVERIFY(!child<QPushButton>("closeDay")->isEnabled());
        QVERIFY(!child<QPushButton>("eodStep1")->isEnabled());
        QCOMPARE(m_page->currentStep(), int(EndOfDayPage::SummaryStep));
        QVERIFY(m_page->findChild<QTextBrowser *>(QStringLiteral("summaryView"))
                    ->toPlainText()
                    .contains(QStringLiteral("Closed at")));
    }
};

QTEST_MAIN(TestEndOfDayPage)
#include "tst_endofdaypage.moc"
