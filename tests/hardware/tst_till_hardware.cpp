#include "CaptureServer.h"
#include "EscPosDecoder.h"
#include "TestSupport.h"

#include "DemoData.h"
#include "MainWindow.h"
#include "MarketDay.h"
#include "SaleRepository.h"
#include "checkout/CheckoutPage.h"
#include "checkout/TenderDialog.h"
#include "common/Dialogs.h"
#include "hardware/Barcode.h"
#include "hardware/ReceiptPrinter.h"
#include "models/CartModel.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTcpServer>
#include <QTest>

using namespace sk;
using namespace sk::ui;

// The till with a receipt printer on loopback: a price-embedded label scanned into a sale,
// paid in cash, the receipt printed (drawer kick included) without the sale waiting on it;
// with the printer off the receipt waits and prints once it is back.
class TstTillHardware : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDb> m_db;
    std::unique_ptr<MainWindow> m_win;
    CheckoutPage *m_page = nullptr;
    CaptureServer m_printer;

    void scan(const QString &code)
    {
        QTest::keyClicks(static_cast<QWidget *>(nullptr), code);
        QTest::keyClick(static_cast<QWidget *>(nullptr), Qt::Key_Return);
    }
    void waitReady()
    {
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QTRY_VERIFY(m_page->searchField()->hasFocus());
    }
    void payExactCash()
    {
        QTest::keyClick(static_cast<QWidget *>(nullptr), Qt::Key_Return); // empty search: pay
        TenderDialog *tender = nullptr;
        QTRY_VERIFY((tender = qobject_cast<TenderDialog *>(QApplication::activeModalWidget())));
        QTest::mouseClick(tender->findChild<QPushButton *>(QStringLiteral("exact")),
                          Qt::LeftButton);
        waitReady();
    }
    SaleRecord lastSale()
    {
        const QList<SaleRecord> l = *SaleRepository(m_db->db()).list({}, 10);
        return *SaleRepository(m_db->db()).load(l.first().id);
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
        Dialogs::setTestMode(true);
        m_db = std::make_unique<test::TempDb>();
        QVERIFY(seedDemoCatalog(m_db->db()));
        QVERIFY(MarketDayRepository(m_db->db()).open(QStringLiteral("Riverside"), 5000));
        ProductRepository products(m_db->db());
        Product tomatoes = *products.bySku(QStringLiteral("VEG-TOM")); // $4.50/lb
        tomatoes.barcodes << QStringLiteral("4011");                   // its PLU
        QVERIFY(products.save(tomatoes));
        QVERIFY(m_printer.listen());
        QVERIFY(
            m_db->db().setLocalSetting(hw::ReceiptPrinter::kPrinterKey,
                                       QStringLiteral("tcp://127.0.0.1:%1").arg(m_printer.port())));
        m_win = std::make_unique<MainWindow>(m_db->db());
        m_win->resize(1024, 600);
        m_win->show();
        QApplication::setActiveWindow(m_win.get());
        QVERIFY(QTest::qWaitForWindowActive(m_win.get()));
        m_page = m_win->checkout();
        waitReady();
    }
    void cleanup()
    {
        m_win.reset();
        m_db.reset();
        m_printer.close();
        m_printer.prints.clear();
    }

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
        QTRY_VERIFY(m_win->statusBar()->currentMessage().contains(QStringLiteral("waits")));
        auto *printer = m_win->findChild<hw::ReceiptPrinter *>(QStringLiteral("receiptPrinter"));
        QVERIFY(printer);
        QCOMPARE(printer->queue().waiting()->size(), 1);
        // Back on: printed, once.
        QVERIFY(m_printer.listen(port));
        printer->queue().retry();
        QTRY_COMPARE(m_printer.prints.size(), 1);
        QTRY_VERIFY(printer->queue().waiting()->isEmpty());
        QCOMPARE(decodeEscPos(m_printer.prints.first()).drawerKicks, 1);
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
