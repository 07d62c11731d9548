#include "CaptureServer.h"
#include "EscPosDecoder.h"
#include "ScaleSimulator.h"
#include "TestSupport.h"

#include "DemoData.h"
#include "MainWindow.h"
#include "MarketDay.h"
#include "SaleRepository.h"
#include "checkout/CheckoutPage.h"
#include "checkout/CheckoutSession.h"
#include "checkout/PinStore.h"
#include "checkout/TenderDialog.h"
#include "checkout/WeightDialog.h"
#include "common/Dialogs.h"
#include "common/OwnerApproval.h"
#include "devices/CustomerDisplay.h"
#include "devices/TillHardware.h"
#include "eod/ClosingSummary.h"
#include "hardware/ReceiptPrinter.h"
#include "hardware/WeightPolicy.h"
#include "models/CartModel.h"
#include "settings/HardwarePage.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sk;
using namespace sk::ui;

// The Hardware settings, typed weights, the customer's screen, void receipts and the drawer,
// on the real till with its receipt printer on loopback.
class TstHardwareUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDb> m_db;
    std::unique_ptr<MainWindow> m_win;
    CheckoutPage *m_page = nullptr;
    CaptureServer m_printer;

    void waitReady()
    {
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QTRY_VERIFY(m_page->searchField()->hasFocus());
    }
    void payExactCash()
    {
        QTest::keyClick(static_cast<QWidget *>(nullptr), Qt::Key_Return);
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
    // Tomatoes (sold by lb) with the weight typed on the dialog's field.
    WeightDialog *weighTomatoes()
    {
        QTest::keyClicks(static_cast<QWidget *>(nullptr), QStringLiteral("heirloom"));
        if (!QTest::qWaitFor([&] { return m_page->searchResults()->count() >= 1; }))
            return nullptr;
        QTest::keyClick(static_cast<QWidget *>(nullptr), Qt::Key_Return);
        WeightDialog *d = nullptr;
        (void)QTest::qWaitFor(
            [&] { return (d = qobject_cast<WeightDialog *>(QApplication::activeModalWidget())); });
        return d;
    }
    HardwarePage *hardwarePage() { return m_win->findChild<HardwarePage *>(); }
    TillHardware *till() { return m_win->findChild<TillHardware *>(); }
    void tap(QListWidget *list, const QString &uri)
    {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole + 1).toString() == uri) {
                const QRect r = list->visualItemRect(list->item(i));
                list->scrollToItem(list->item(i));
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, r.center());
                return;
            }
        QFAIL(qPrintable(QStringLiteral("%1 is not listed").arg(uri)));
    }

private slots:
    void init()
    {
        Dialogs::setTestMode(true);
        m_db = std::make_unique<test::TempDb>();
        QVERIFY(seedDemoCatalog(m_db->db()));
        QVERIFY(MarketDayRepository(m_db->db()).open(QStringLiteral("Riverside"), 5000));
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
        WeightDialog::setScale(std::nullopt);
        m_win.reset();
        m_db.reset();
        m_printer.close();
        m_printer.prints.clear();
    }

    void typedWeightIsMarkedOnTheLineAndTheReceipt()
    {
        WeightDialog *d = weighTomatoes();
        QVERIFY(d);
        QTest::keyClicks(d->field(), QStringLiteral("1.5"));
        QVERIFY(d->manualWeight());
        QTest::keyClick(d->field(), Qt::Key_Return);
        QTRY_COMPARE(m_page->cartModel()->rowCount(), 1);
        QVERIFY(m_page->cartModel()->cart().lines.first().manualWeight);
        QVERIFY(m_page->cartModel()
                    ->index(0, CartModel::Quantity)
                    .data()
                    .toString()
                    .contains(QStringLiteral("manual")));
        waitReady();
        payExactCash();
        const SaleRecord s = lastSale();
        QCOMPARE(s.lines.size(), 1);
        QVERIFY(s.lines.first().manualWeight); // kept with the sale, read back
        QTRY_COMPARE(m_printer.prints.size(), 1);
        const DecodedPrint p = decodeEscPos(m_printer.prints.first());
        QVERIFY(p.texts().contains(QStringLiteral("  (manual weight)")));
        QVERIFY(m_page->lastReceiptHtml().contains(QStringLiteral("(manual weight)")));
    }

    void ownerCanForbidTypedWeights()
    {
        QVERIFY(hw::weightPolicy::setManualAllowed(m_db->db(), false));
        WeightDialog *d = weighTomatoes();
        QVERIFY(d);
        QVERIFY(d->field()->isReadOnly());
        d->field()->setText(QStringLiteral("1.5")); // however the text got there
        d->accept();
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("scale")));
        QVERIFY(d->isVisible());
        d->reject();
        waitReady();
        // The rule holds in core, whatever a screen does: adding the line and storing a sale.
        Cart cart;
        CartLine l;
        l.product = *ProductRepository(m_db->db()).bySku(QStringLiteral("VEG-TOM"));
        l.qty = 1500;
        l.manualWeight = true;
        cart.lines << l;
        QVERIFY(!m_page->session()->applyChecked(cart, QStringLiteral("Add")));
        QCOMPARE(m_page->cartModel()->rowCount(), 0);
        cart.tenders << TenderEntry{QStringLiteral("cash"), 10000, {}};
        auto rules = SaleRules::load(m_db->db());
        auto stored = SaleRepository(m_db->db()).commit(cart, *rules);
        QVERIFY(!stored);
        QCOMPARE(stored.error().code, Error::Code::Unauthorized);
        cart.lines[0].manualWeight = false; // a weight from the scale is fine
        QVERIFY(SaleRepository(m_db->db()).commit(cart, *rules));
    }

    void settingsPickDevicesTestPrintAndReadTheScale()
    {
        HardwarePage *page = hardwarePage();
        QVERIFY(page);
        m_win->showSection(m_win->findChild<QWidget *>(QStringLiteral("SettingsPage")));
        // Every list starts with "None"; the printer set up is the current one.
        QCOMPARE(page->printerList()->item(0)->data(Qt::UserRole + 1).toString(), QString());
        QCOMPARE(page->printerList()->currentItem()->data(Qt::UserRole + 1).toString(),
                 QStringLiteral("tcp://127.0.0.1:%1").arg(m_printer.port()));
        for (int i = 0; i < page->printerList()->count(); ++i)
            QVERIFY(page->printerList()->visualItemRect(page->printerList()->item(i)).height()
                    >= 48);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("testPrint")),
                          Qt::LeftButton);
        QTRY_COMPARE(m_printer.prints.size(), 1);
        const DecodedPrint test = decodeEscPos(m_printer.prints.first());
        QVERIFY2(test.error.isEmpty(), qPrintable(test.error));
        QVERIFY(test.texts().join(QLatin1Char('\n')).contains(QStringLiteral("jalapeño")));
        QCOMPARE(test.qr, QStringList{QStringLiteral("stallkeeper")});
        QTRY_VERIFY(page->result()->text().contains(QStringLiteral("test page")));

        // A Brecknell scale in ECR mode on a pseudo-terminal, picked and read.
        ScaleSimulator sim;
        sim.frames = {QByteArray("\x02?a\r"),
                      QByteArray("\x02"
                                 "01.250LB\r")};
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("protocolEcr")),
                          Qt::LeftButton);
        QVERIFY(m_db->db().setLocalSetting(hw::SerialScaleSettings::kDeviceKey, sim.port()));
        page->refreshDevices();
        QCOMPARE(page->scaleList()->currentItem()->data(Qt::UserRole + 1).toString(), sim.port());
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("readScale")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->scaleReading()->text().contains(QStringLiteral("Steady")),
                                 10000);
        QVERIFY(page->scaleReading()->text().contains(QStringLiteral("1.25")));
        QCOMPARE(m_db->db().localSetting(hw::SerialScaleSettings::kProtocolKey),
                 QStringLiteral("ecr"));
        // Picking "None" takes the printer away.
        tap(page->printerList(), QString());
        QCOMPARE(m_db->db().localSetting(hw::ReceiptPrinter::kPrinterKey), QString());
    }

    void logoPrintsAboveReceipts()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("logo.png"));
        QImage img(200, 80, QImage::Format_ARGB32);
        img.fill(Qt::transparent);
        for (int y = 20; y < 60; ++y)
            for (int x = 20; x < 180; ++x)
                img.setPixel(x, y, qRgba(x, x, x, 255)); // a grey ramp on a transparent ground
        QVERIFY(img.save(png));
        HardwarePage *page = hardwarePage();
        QVERIFY(!page->setLogo(dir.filePath(QStringLiteral("missing.png"))));
        QVERIFY(page->setLogo(png));
        QVERIFY(!page->logoPreview()->pixmap().isNull());
        auto *printer = till()->printer();
        QCOMPARE(printer->options().logo.width, 200);
        m_page->addProduct(*ProductRepository(m_db->db()).bySku(QStringLiteral("VEG-TOM")), 1000);
        payExactCash();
        QTRY_COMPARE(m_printer.prints.size(), 1);
        const DecodedPrint p = decodeEscPos(m_printer.prints.first());
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.pictures, 1);
        QVERIFY(!p.lines.first().picture.dot(2, 2));  // transparent prints as paper
        QVERIFY(p.lines.first().picture.dot(25, 40)); // the dark end of the ramp
        page->removeLogo();
        QVERIFY(printer->options().logo.isNull());
    }

    void drawerIsOwnerOnlyAndLogged()
    {
        HardwarePage *page = hardwarePage();
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("openDrawer")),
                          Qt::LeftButton);
        QTRY_COMPARE(m_printer.prints.size(), 1);
        QCOMPARE(decodeEscPos(m_printer.prints.first()).drawerKicks, 1);
        auto day = MarketDayRepository(m_db->db()).current();
        auto acts = TillActionLog(m_db->db()).forMarketDay((*day)->id, QStringLiteral("no_sale"));
        QCOMPARE(acts->size(), 1);
        // "No sale" at the till kicks the drawer through the printer too.
        m_page->openDrawerNoSale();
        QTRY_COMPARE(m_printer.prints.size(), 2);
        QCOMPARE(decodeEscPos(m_printer.prints.at(1)).drawerKicks, 1);
        // The end-of-day summary counts the openings with a sale and without.
        m_page->addProduct(*ProductRepository(m_db->db()).bySku(QStringLiteral("VEG-TOM")), 1000);
        payExactCash();
        auto summary = closingSummary(m_db->db(), (*day)->id);
        QVERIFY(summary);
        QCOMPARE(summary->drawerOpeningsWithSale, 1);
        QCOMPARE(
            TillActionLog(m_db->db()).forMarketDay((*day)->id, QStringLiteral("no_sale"))->size(),
            2);
        // A helper whose owner does not approve: nothing is logged and the drawer stays shut.
        PinStore pins(m_db->db());
        QVERIFY(pins.addUser(QStringLiteral("Ann"), TillUser::Role::Owner, QStringLiteral("1234")));
        auto sam
            = pins.addUser(QStringLiteral("Sam"), TillUser::Role::Helper, QStringLiteral("5678"));
        QVERIFY(sam);
        m_win->context().setUser(*sam);
        OwnerApproval::setTestHook(
            [](OwnerApproval *dlg) { QTimer::singleShot(0, dlg, [dlg] { dlg->reject(); }); });
        QTRY_COMPARE(m_printer.prints.size(), 3); // the sale's receipt is out
        const qsizetype printsBefore = m_printer.prints.size();
        page->openDrawer();
        OwnerApproval::setTestHook({});
        QTest::qWait(300);
        QCOMPARE(m_printer.prints.size(), printsBefore);
        QCOMPARE(
            TillActionLog(m_db->db()).forMarketDay((*day)->id, QStringLiteral("no_sale"))->size(),
            2);
    }

    void customerScreenFollowsTheTillWithoutTakingFocus()
    {
        QVERIFY(m_db->db().setLocalSetting(TillHardware::kCustomerScreenKey, QStringLiteral("1")));
        till()->reload();
        CustomerDisplay *screen = till()->customerDisplay();
        QVERIFY(screen);
        QVERIFY(screen->windowFlags().testFlag(Qt::WindowDoesNotAcceptFocus));
        QVERIFY(screen->testAttribute(Qt::WA_ShowWithoutActivating));
        QTRY_VERIFY(screen->isVisible());
        QCOMPARE(QApplication::activeWindow(), m_win.get());
        m_page->addProduct(*ProductRepository(m_db->db()).bySku(QStringLiteral("VEG-TOM")), 2000);
        QTRY_VERIFY(screen->totalLabel()->text().contains(QStringLiteral("9.00")));
        QVERIFY(screen->linesLabel()->text().contains(QStringLiteral("Heirloom")));
        QCOMPARE(QApplication::activeWindow(), m_win.get());
        QVERIFY(m_page->searchField()->hasFocus());
        payExactCash();
        QTRY_VERIFY(screen->paidLabel()->text().contains(QStringLiteral("9.00")));
        QCOMPARE(QApplication::activeWindow(), m_win.get());
        QVERIFY(m_db->db().setLocalSetting(TillHardware::kCustomerScreenKey, QString()));
        till()->reload();
        QVERIFY(!till()->customerDisplay());
    }

    void voidPrintsItsOwnReceipt()
    {
        m_page->addProduct(*ProductRepository(m_db->db()).bySku(QStringLiteral("VEG-TOM")), 1000);
        payExactCash();
        QTRY_COMPARE(m_printer.prints.size(), 1);
        const SaleRecord s = lastSale();
        QVERIFY(m_page->session()->voidSale(s.id, QStringLiteral("Rung up twice"), {}));
        QTRY_COMPARE(m_printer.prints.size(), 2);
        const DecodedPrint p = decodeEscPos(m_printer.prints.at(1));
        QVERIFY(p.texts().contains(QStringLiteral("VOID of receipt %1").arg(s.receiptNo)));
        QCOMPARE(p.drawerKicks, 1); // cash paid back
    }

    void deviceTroubleShowsInTheStatusBarOnlyThen()
    {
        QLabel *status = till()->statusLabel();
        QVERIFY(!status->isVisible());
        QVERIFY(m_db->db().setLocalSetting(hw::SerialScaleSettings::kDeviceKey,
                                           QStringLiteral("/dev/ttyNOSUCH7")));
        till()->reload();
        QVERIFY(status->isVisible());
        QVERIFY(status->text().contains(QStringLiteral("/dev/ttyNOSUCH7")));
        QVERIFY(m_db->db().setLocalSetting(hw::SerialScaleSettings::kDeviceKey, QString()));
        till()->reload();
        QVERIFY(!status->isVisible());
    }
};

QTEST_MAIN(TstHardwareUi)
#include "tst_hardware_ui.moc"
