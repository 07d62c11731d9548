#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/TaxTenderRepository.h"
#include "core/eod/CashDrawer.h"
#include "core/eod/MarketFees.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/WidgetTestSupport.h"
#include "ui/AppContext.h"
#include "ui/common/Dialogs.h"
#include "ui/eod/EndOfDayPage.h"

#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QtTest>

using namespace sk;
using namespace sk::ui;

// The end of day's turn-in slip step on a day with market tokens, an FMNP check and SNAP
// tokens: what each program owes, the token the drawer count found missing, the check to
// deposit soon, the market's fee, and the slip saved as CSV and PDF.
class TestTurnInSlipStep : public QObject, test::PageSuite<EndOfDayPage>
{
    Q_OBJECT

    void ring(const char *sku, Milli qty, QList<TenderEntry> tenders)
    {
        Cart c;
        c.lines << CartLine{product(sku), qty, {}};
        c.tenders = tenders;
        auto r = SaleRepository(m_t->db()).commit(c, *SaleRules::load(m_t->db()));
        QVERIFY2(r, r ? "" : qPrintable(r.error().detail));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(startTill());
        Database &db = m_t->db();
        TenderType fmnp = *TaxTenderRepository(db).tenderType(QStringLiteral("fmnp"));
        fmnp.depositDays = 3; // this program wants its checks within three days
        QVERIFY(TaxTenderRepository(db).saveTenderType(fmnp));
        QVERIFY(MarketFees(db).save(
            MarketFee{QStringLiteral("Riverside"), 60000, {}, false, 1000, 0, 1500, false}));
        auto day = MarketDayRepository(db).open(QStringLiteral("Riverside"), 10000);
        QVERIFY(day);
        m_day = day->id;
        // Kale 7.00 with two 5.00 tokens (3.00 change); carrots 6.00 with a check; apples
        // 5.50 with five SNAP tokens and 0.50 cash.
        ring("VEG-KAL", 2000, {{QStringLiteral("credit_token"), 1000, {}}});
        ring("VEG-CAR", 2000, {{QStringLiteral("fmnp"), 600, QStringLiteral("W-5512")}});
        ring("FRT-APL",
             2000,
             {{QStringLiteral("snap_token"), 500, {}}, {QStringLiteral("cash"), 50, {}}});
        // The drawer count finds one market token missing.
        DrawerTally tally;
        tally.pieces.insert(2000, 5);
        tally.tenders.insert(QStringLiteral("credit_token"), 500);
        tally.tenders.insert(QStringLiteral("snap_token"), 500);
        tally.tenders.insert(QStringLiteral("fmnp"), 600);
        QVERIFY(CashDrawer(db).recordCount(m_day, tally));
        QVERIFY(showPage(QSize(1024, 600)));
    }

    void cleanupTestCase() { finish(); }

    void slipStepShowsWhatTheProgramsOwe()
    {
        QTest::mouseClick(child<QPushButton>("eodStep4"), Qt::LeftButton);
        QCOMPARE(m_page->currentStep(), int(EndOfDayPage::SlipStep));
        const QString text = child<QTextBrowser>("slipView")->toPlainText();
        for (const char *figure : {"2 × $5.00",   // tokens
                                   "$10.00",      // Market tokens
                                   "$5.00",       // SNAP tokens, and the token counted
                                   "$6.00",       // FMNP
                                   "$21.00",      // owed by the programs
                                   "−$5.00",      // the missing token
                                   "W-5512",      // the check's serial
                                   "Market fee"}) // and the fee
            QVERIFY2(text.contains(QString::fromUtf8(figure)), figure);
        // 6 % of 18.50 is 1.11, raised to the 10.00 minimum, plus the 15.00 stall fee.
        QVERIFY2(text.contains(QStringLiteral("Raised to the minimum per day")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("$25.00")));
        QVERIFY2(child<QLabel>("slipWarning")->text().contains(QStringLiteral("must be deposited")),
                 qPrintable(child<QLabel>("slipWarning")->text()));
    }

    void savesTheSlipAsCsvAndPdf()
    {
        const QString csv = m_t->dir() + QStringLiteral("/slip.csv");
        Dialogs::setNextFile(csv);
        QTest::mouseClick(child<QPushButton>("slipCsv"), Qt::LeftButton);
        QFile c(csv);
        QVERIFY2(c.open(QIODevice::ReadOnly), qPrintable(child<QLabel>("slipStatus")->text()));
        const QByteArray rows = c.readAll();
        QVERIFY(rows.contains(",check,FMNP,fmnp,WIC/FMNP check,,1,6.00,,,W-5512,"));
        QVERIFY(rows.contains(",total,,,,,,21.00,,-5.00,,,,USD"));
        const QString pdf = m_t->dir() + QStringLiteral("/slip.pdf");
        Dialogs::setNextFile(pdf);
        QTest::mouseClick(child<QPushButton>("slipPdf"), Qt::LeftButton);
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.readAll().startsWith("%PDF"));
        QVERIFY(child<QLabel>("slipStatus")->text().startsWith(QStringLiteral("Saved")));
        // Next goes on to the summary.
        QTest::mouseClick(child<QPushButton>("eodNext"), Qt::LeftButton);
        QCOMPARE(m_page->currentStep(), int(EndOfDayPage::SummaryStep));
    }
};

QTEST_MAIN(TestTurnInSlipStep)
#include "tst_turninslipstep.moc"
