#include "tests/hardware/PrinterTill.h"
#include "tests/hardware/ScaleSimulator.h"
#include "tests/support/TestSupport.h"

#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/hardware/PoleDisplay.h"
#include "core/hardware/ReceiptPrinter.h"
#include "ui/MainWindow.h"
#include "ui/checkout/CheckoutPage.h"
#include "ui/checkout/TenderDialog.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Language.h"
#include "ui/devices/CustomerDisplay.h"
#include "ui/devices/TillHardware.h"
#include "ui/models/CartModel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include <unistd.h>

using namespace sk;
using namespace sk::ui;

namespace {

// A pole display on a pseudo-terminal: the slave is the serial port the till opens, the master
// reads what the till sent.
struct PolePty
{
    int master = -1;
    QString slave;
    QByteArray received;
    PolePty() { master = openPty(&slave); }
    ~PolePty()
    {
        if (master >= 0)
            ::close(master);
    }
    // The two lines on the display now: the last CD5220 frame received (ESC Q A, 20 columns,
    // CR, ESC Q B, 20 columns, CR).
    QStringList shown()
    {
        char buf[4096];
        for (ssize_t n; (n = ::read(master, buf, sizeof buf)) > 0;)
            received.append(buf, n);
        const qsizetype a = received.lastIndexOf("\x1bQA");
        if (a < 0 || received.size() - a < 48)
            return {};
        const QByteArray f = received.mid(a, 48);
        if (f.mid(23, 4) != "\r\x1bQB" || f.at(47) != '\r')
            return {};
        return {QString::fromLatin1(f.mid(3, 20)), QString::fromLatin1(f.mid(27, 20))};
    }
};

QStringList pole(const char *upper, const char *lower)
{
    return {QString::fromLatin1(upper), QString::fromLatin1(lower)};
}

} // namespace

// The customer's screen and pole display while the vendor takes payment: the amount due,
// each tender as it is taken, the change, thanks once the sale is stored; and the cart again,
// at once, when payment is put off and the cart changes.
class TstCustomerDisplay : public PrinterTillSuite
{
    Q_OBJECT

    PolePty m_pole;

    // The item's quick key, tapped.
    void tap(const QString &sku)
    {
        QPushButton *key = m_page->quickKey(sku);
        QVERIFY2(key, qPrintable(sku));
        QTest::mouseClick(key, Qt::LeftButton);
    }
    TenderDialog *openPayment()
    {
        QTest::keyClick(static_cast<QWidget *>(nullptr), Qt::Key_Return); // empty search: pay
        TenderDialog *t = nullptr;
        (void)QTest::qWaitFor(
            [&] { return (t = qobject_cast<TenderDialog *>(QApplication::activeModalWidget())); });
        return t;
    }
    TillHardware *till() { return m_win->findChild<TillHardware *>(); }
    static QString due(CustomerDisplay *s) { return text(s, "customerDue"); }
    static QString title(CustomerDisplay *s) { return text(s, "customerTitle"); }
    static QString text(CustomerDisplay *s, const char *name)
    {
        auto *l = s->findChild<QLabel *>(QLatin1String(name));
        return l ? l->text() : QStringLiteral("(no label %1)").arg(QLatin1String(name));
    }

private slots:
    void init()
    {
        QVERIFY2(!m_pole.slave.isEmpty(), "no pseudo-terminal");
        QVERIFY(startTill());
        QVERIFY(plugPrinter());
        Database &db = m_db->db();
        QVERIFY(db.setLocalSetting(TillHardware::kCustomerScreenKey, QStringLiteral("1")));
        QVERIFY(db.setLocalSetting(hw::PoleDisplay::kDeviceKey,
                                   QStringLiteral("serial:%1?baud=9600").arg(m_pole.slave)));
        QVERIFY(showWindow());
        waitReady();
    }
    void cleanup()
    {
#ifdef STALLKEEPER_QM_DIR
        Language::apply(QStringLiteral("en"));
#endif
        closeTill();
    }

    void showsEachStepOfPayment()
    {
        CustomerDisplay *screen = till()->customerDisplay();
        QVERIFY(screen);
        QTRY_COMPARE(m_pole.shown(), pole("My Stall            ", "                    "));

        // Rung up: the line and the total.
        tap(QStringLiteral("JAM-STR")); // strawberry jam, $8.50
        QTRY_COMPARE(m_page->cartModel()->rowCount(), 1);
        QVERIFY(screen->linesLabel()->text().contains(QStringLiteral("Strawberry jam")));
        QCOMPARE(screen->totalLabel()->text(), QStringLiteral("Total $8.50"));
        QTRY_COMPARE(m_pole.shown(), pole("Strawberry jam $8.50", "TOTAL          $8.50"));

        // Payment opens: what is to pay.
        TenderDialog *tender = openPayment();
        QVERIFY(tender);
        QCOMPARE(due(screen), QStringLiteral("To pay $8.50"));
        QCOMPARE(screen->paidLabel()->text(), QString());
        QTRY_COMPARE(m_pole.shown(), pole("TOTAL          $8.50", "DUE            $8.50"));
        QCOMPARE(QApplication::activeModalWidget(), tender); // the customer's screen took nothing

        // $5 by card: the tender appears, and what is left.
        QTest::keyClicks(tender->amountField(), QStringLiteral("5.00"));
        QTest::mouseClick(tender->findChild<QPushButton *>(QStringLiteral("tender_card")),
                          Qt::LeftButton);
        QCOMPARE(tender->tenders().size(), 1);
        QCOMPARE(screen->paidLabel()->text(), QStringLiteral("Card paid $5.00"));
        QCOMPARE(due(screen), QStringLiteral("To pay $3.50"));
        QTRY_COMPARE(m_pole.shown(), pole("Card           $5.00", "DUE            $3.50"));

        // Taken back (Delete, on the list of tenders taken): the display forgets it too.
        auto *taken = tender->findChild<QListWidget *>(QStringLiteral("taken"));
        QTest::mouseClick(
            taken->viewport(), Qt::LeftButton, {}, taken->visualItemRect(taken->item(0)).center());
        QTest::keyClick(taken, Qt::Key_Delete);
        QCOMPARE(tender->tenders().size(), 0);
        QCOMPARE(screen->paidLabel()->text(), QString());
        QCOMPARE(due(screen), QStringLiteral("To pay $8.50"));
        QTRY_COMPARE(m_pole.shown(), pole("TOTAL          $8.50", "DUE            $8.50"));

        // Card again, then back to the cart (Esc): the cart is what shows, no amount due.
        QTest::keyClicks(tender->amountField(), QStringLiteral("5.00"));
        QTest::mouseClick(tender->findChild<QPushButton *>(QStringLiteral("tender_card")),
                          Qt::LeftButton);
        QTRY_COMPARE(m_pole.shown(), pole("Card           $5.00", "DUE            $3.50"));
        QTest::keyClick(tender, Qt::Key_Escape);
        waitReady();
        QCOMPARE(due(screen), QString());
        QCOMPARE(screen->paidLabel()->text(), QString());
        QCOMPARE(screen->totalLabel()->text(), QStringLiteral("Total $8.50"));
        QTRY_COMPARE(m_pole.shown(), pole("Strawberry jam $8.50", "TOTAL          $8.50"));

        // The cart changes: the screen has it the moment the cart does.
        tap(QStringLiteral("BRD-SOUR")); // sourdough loaf, $7.00
        QTRY_COMPARE(m_page->cartModel()->rowCount(), 2);
        QCOMPARE(screen->totalLabel()->text(), QStringLiteral("Total $15.50"));
        QVERIFY(screen->linesLabel()->text().contains(QStringLiteral("Sourdough loaf")));
        QTRY_COMPARE(m_pole.shown(), pole("Sourdough loaf $7.00", "TOTAL         $15.50"));

        // Paid: $5 by card, then a $20 note: the change, and thanks once the sale is stored.
        tender = openPayment();
        QVERIFY(tender);
        QCOMPARE(due(screen), QStringLiteral("To pay $15.50"));
        QTest::keyClicks(tender->amountField(), QStringLiteral("5.00"));
        QTest::mouseClick(tender->findChild<QPushButton *>(QStringLiteral("tender_card")),
                          Qt::LeftButton);
        QCOMPARE(due(screen), QStringLiteral("To pay $10.50"));
        QTRY_COMPARE(m_pole.shown(), pole("Card           $5.00", "DUE           $10.50"));
        test::typeAndEnter(tender->amountField(), QStringLiteral("20")); // cash
        waitReady();
        QVERIFY(m_page->showingLastSale());
        QCOMPARE(title(screen), QStringLiteral("Thank you!"));
        QCOMPARE(screen->changeLabel()->text(), QStringLiteral("Change $9.50"));
        QCOMPARE(screen->paidLabel()->text(),
                 QStringLiteral("Card paid $5.00<br>Cash paid $20.00"));
        QCOMPARE(due(screen), QString());
        QTRY_COMPARE(m_pole.shown(), pole("CHANGE         $9.50", "     Thank you!     "));
        // Nothing was sent twice in a row: each frame differs from the one before.
        QStringList frames;
        for (qsizetype at = 0; (at = m_pole.received.indexOf("\x1bQA", at)) >= 0; at += 48)
            frames << QString::fromLatin1(m_pole.received.mid(at, 48));
        for (qsizetype i = 1; i < frames.size(); ++i)
            QVERIFY2(frames[i] != frames[i - 1], qPrintable(frames[i]));

        // The next customer's first item replaces the thanks.
        tap(QStringLiteral("BRD-SOUR"));
        QTRY_COMPARE(m_page->cartModel()->rowCount(), 1);
        QCOMPARE(screen->totalLabel()->text(), QStringLiteral("Total $7.00"));
        QCOMPARE(screen->changeLabel()->text(), QString());
        QVERIFY(title(screen) != QStringLiteral("Thank you!"));
        QTRY_COMPARE(m_pole.shown(), pole("Sourdough loaf $7.00", "TOTAL          $7.00"));
    }

#ifdef STALLKEEPER_QM_DIR
    // The tenders the app ships with are named in the vendor's language on the customer's
    // side too, as on the till.
    void tendersInTheVendorsLanguage()
    {
        Language::addSearchPath(QStringLiteral(STALLKEEPER_QM_DIR));
        QVERIFY(Language::apply(QStringLiteral("es")));
        CustomerDisplay *screen = till()->customerDisplay();
        tap(QStringLiteral("JAM-STR"));
        QTRY_COMPARE(m_page->cartModel()->rowCount(), 1);
        waitReady();
        TenderDialog *tender = openPayment();
        QVERIFY(tender);
        QVERIFY(tender->take(QStringLiteral("card"), 500));
        QCOMPARE(tender->tenders().size(), 1);
        QVERIFY(tender->isVisible()); // $5 of $8.50: still paying
        QVERIFY2(screen->paidLabel()->text().startsWith(QStringLiteral("Tarjeta")),
                 qPrintable(screen->paidLabel()->text()));
        QTRY_VERIFY2(m_pole.shown().value(0).startsWith(QStringLiteral("Tarjeta ")),
                     qPrintable(m_pole.shown().join(QLatin1Char('|'))));
        QTest::keyClick(tender, Qt::Key_Escape);
        waitReady();
    }
#endif
};

QTEST_MAIN(TstCustomerDisplay)
#include "tst_customer_display.moc"
