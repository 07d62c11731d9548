#include "tests/hardware/EscPosDecoder.h"
#include "tests/hardware/PrinterTill.h"
#include "tests/hardware/ScaleSimulator.h"
#include "tests/support/TestSupport.h"

#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/hardware/Barcode.h"
#include "core/hardware/ReceiptPrinter.h"
#include "ui/MainWindow.h"
#include "ui/checkout/CheckoutPage.h"
#include "ui/checkout/TenderDialog.h"
#include "ui/checkout/WeightDialog.h"
#include "ui/common/Dialogs.h"
#include "ui/models/CartModel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTcpServer>
#include <QTest>

using namespace sk;
using namespace sk::ui;

// The till with a receipt printer on loopback: a price-embedded label scanned into a sale,
// paid in cash, the receipt printed (drawer kick included) without the sale waiting on it;
// with the printer off the receipt waits and prints once it is back.
class TstTillHardware : public PrinterTillSuite
{
    Q_OBJECT

    void scan(const QString &code)
    {
        QTest::keyClicks(static_cast<QWidget *>(nullptr), code);
        QTest::keyClick(static_cast<QWidget *>(nullptr), Qt::Key_Return);
    }
    QString label(Minor price)
    {
        return *hw::barcode::encode(*hw::barcode::Layout::fromName(QStringLiteral("upca-price")),
                                    QStringLiteral("4011"),
                                    price);
    }

private slots:
    void init()
    {
        QVERIFY(startTill());
        ProductRepository products(m_db->db());
        Product tomatoes = *products.bySku(QStringLiteral("VEG-TOM")); // $4.50/lb
        tomatoes.barcodes << QStringLiteral("4011");                   // its PLU
        QVERIFY(products.save(tomatoes));
        QVERIFY(plugPrinter());
        QVERIFY(showWindow());
        waitReady();
    }
    void cleanup() { closeTill(); }

    void labelScannedPaidInCashPrinted()
    {
        scan(label(563)); // 1.25 lb of tomatoes at $4.50/lb
        QTRY_COMPARE(m_page->cartModel()->rowCount(), 1);
        const CartLine line = m_page->cartModel()->cart().lines.first();
        QCOMPARE(line.product.sku, QStringLiteral("VEG-TOM"));
        QCOMPARE(*lineAmount(line.product.price, line.qty), 563);
        payExactCash();
        const SaleRecord s = lastSale();
        QCOMPARE(s.total, 563);

        QTRY_COMPARE(m_printer.prints.size(), 1);
        const DecodedPrint p = decodeEscPos(m_printer.prints.first());
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        qInfo().noquote() << p.texts().join(QLatin1Char('\n'));
        QVERIFY(p.texts().contains(QStringLiteral("Receipt %1").arg(s.receiptNo)));
        QVERIFY(p.texts().join(QLatin1Char('\n')).contains(QStringLiteral("Heirloom tomatoes")));
        QCOMPARE(p.qr, QStringList{s.receiptNo});
        QCOMPARE(p.drawerKicks, 1); // cash taken
        QCOMPARE(p.cuts, 1);
        QVERIFY(renderPrint(p, 48, QStringLiteral(STALLKEEPER_BINARY_DIR "/tst_till_receipt.png")));
    }

    void printerOffSaleGoesOnReceiptWaits()
    {
        const quint16 port = m_printer.port();
        m_printer.close(); // switched off
        scan(label(900));
        QTRY_COMPARE(m_page->cartModel()->rowCount(), 1);
        payExactCash();
        QCOMPARE(lastSale().total, 900); // the sale is stored whatever the printer does
        // Said in the status bar while it waits, and only then.
        auto *status = m_win->statusBar()->findChild<QLabel *>(QStringLiteral("hardwareStatus"));
        QVERIFY(status);
        // The bar names the device; what is wrong with it is a tap (or the tooltip) away.
        QTRY_VERIFY(status->isVisible() && status->toolTip().contains(QStringLiteral("waits")));
        QVERIFY2(status->text().contains(QStringLiteral("receipt printer")),
                 qPrintable(status->text()));
        auto *printer = m_win->findChild<hw::ReceiptPrinter *>(QStringLiteral("receiptPrinter"));
        QVERIFY(printer);
        QCOMPARE(printer->queue().waiting()->size(), 1);
        // Back on: printed, once.
        QVERIFY(m_printer.listen(port));
        printer->queue().retry();
        QTRY_COMPARE(m_printer.prints.size(), 1);
        QTRY_VERIFY(printer->queue().waiting()->isEmpty());
        QCOMPARE(decodeEscPos(m_printer.prints.first()).drawerKicks, 1);
        QTRY_VERIFY(!status->isVisible());
    }

    // The weight dialog opened for tomatoes (sold by lb), reading `sim`.
    WeightDialog *weighTomatoes(ScaleSimulator &sim)
    {
        auto settings = hw::SerialScaleSettings::parse(sim.port(), hw::scale::Protocol::Nci);
        settings->pollMs = 20;
        WeightDialog::setScale(*settings);
        // Letters: the scanner filter holds back only digits, so these reach the search.
        QTest::keyClicks(static_cast<QWidget *>(nullptr), QStringLiteral("heirloom"));
        if (!QTest::qWaitFor([&] { return m_page->searchResults()->count() >= 1; }))
            return nullptr;
        QTest::keyClick(static_cast<QWidget *>(nullptr), Qt::Key_Return);
        WeightDialog *d = nullptr;
        if (!QTest::qWaitFor([&] {
                return (d = qobject_cast<WeightDialog *>(QApplication::activeModalWidget()));
            }))
            return nullptr;
        return d;
    }

    void weightFromTheScaleThenCash()
    {
        ScaleSimulator sim;
        sim.frames = {QByteArray("\n  0.900lb\r\n10\r\x03"), QByteArray("\n  1.250lb\r\n00\r\x03")};
        WeightDialog *d = weighTomatoes(sim);
        QVERIFY(d);
        QTRY_COMPARE(d->quantity(), 1250); // taken by itself once stable
        QVERIFY(d->scaleStatus()->text().contains(QStringLiteral("1.250")));
        QTest::keyClick(static_cast<QWidget *>(nullptr), Qt::Key_Return);
        QTRY_COMPARE(m_page->cartModel()->rowCount(), 1);
        QCOMPARE(m_page->cartModel()->cart().lines.first().qty, 1250);
        QVERIFY(!m_page->cartModel()->cart().lines.first().manualWeight); // from the scale
        waitReady();
        payExactCash();
        QCOMPARE(lastSale().total, 563); // 1.25 lb x $4.50
        QTRY_COMPARE(m_printer.prints.size(), 1);
        QCOMPARE(decodeEscPos(m_printer.prints.first()).drawerKicks, 1);
    }

    void unstableOverloadAndOtherUnitAreNotTaken()
    {
        ScaleSimulator sim;
        sim.frames = {QByteArray("\n  1.250lb\r\n10\r\x03")}; // never settles
        WeightDialog *d = weighTomatoes(sim);
        QVERIFY(d);
        QTRY_VERIFY(d->scaleStatus()->text().contains(QStringLiteral("settling")));
        QTRY_VERIFY(sim.answered >= 6); // many readings, none stable
        QCOMPARE(d->quantity(), 0);
        sim.frames = {QByteArray("\n02\r\x03")}; // over capacity
        sim.answered = 0;
        QTRY_VERIFY(d->scaleStatus()->text().contains(QStringLiteral("Too heavy")));
        QCOMPARE(d->quantity(), 0);
        sim.frames = {QByteArray("\n  0.567kg\r\n00\r\x03")}; // another unit
        sim.answered = 0;
        QTRY_VERIFY(d->useScaleButton()->isVisible());
        QCOMPARE(d->quantity(), 0); // not until the vendor says so
        QTest::mouseClick(d->useScaleButton(), Qt::LeftButton);
        QCOMPARE(d->quantity(), 1250); // 0.567 kg = 1.250 lb
        d->reject();
    }

    void misreadLabelIsRefusedInWords()
    {
        QString bad = label(563);
        bad[8] = bad[8] == u'9' ? u'0' : QChar(bad[8].unicode() + 1);
        scan(bad);
        QTRY_VERIFY(Dialogs::lastMessage().contains(bad));
        QCOMPARE(m_page->cartModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TstTillHardware)
#include "tst_till_hardware.moc"
