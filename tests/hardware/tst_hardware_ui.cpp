#include "tests/hardware/EscPosDecoder.h"
#include "tests/hardware/PrinterTill.h"
#include "tests/hardware/ScaleSimulator.h"
#include "tests/support/TestSupport.h"

#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/checkout/CheckoutSession.h"
#include "core/checkout/PinStore.h"
#include "core/eod/ClosingSummary.h"
#include "core/hardware/ReceiptPrinter.h"
#include "core/hardware/WeightPolicy.h"
#include "ui/MainWindow.h"
#include "ui/checkout/CheckoutPage.h"
#include "ui/checkout/TenderDialog.h"
#include "ui/checkout/WeightDialog.h"
#include "ui/common/Dialogs.h"
#include "ui/common/OwnerApproval.h"
#include "ui/common/TouchPrompt.h"
#include "ui/devices/CustomerDisplay.h"
#include "ui/devices/TillHardware.h"
#include "ui/models/CartModel.h"
#include "ui/settings/HardwarePage.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sk;
using namespace sk::ui;

// The worst a broken NCI scale sends, each with what the till says of it: a number by the int64
// (`tooHeavy`), NUL bytes and a unit no scale has (unreadable).
static QList<QPair<QByteArray, QString>> brokenScaleFrames(const QString &tooHeavy)
{
    return {
        {QByteArray("\n9223372036854775.807lb\r\n00\r\x03"), tooHeavy},
        {QByteArray("\n1.2\0\0lb\r\n00\r\x03", 15), QStringLiteral("unreadable")},
        {QByteArray("\n  1.250furlong\r\n00\r\x03"), QStringLiteral("unreadable")},
    };
}

// The Hardware settings, typed weights, the customer's screen, void receipts and the drawer,
// on the real till with its receipt printer on loopback.
class TstHardwareUi : public PrinterTillSuite
{
    Q_OBJECT

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
    // The page's widgets by name, as a vendor finds them by sight.
    template<typename T = QLabel>
    T *on(HardwarePage *page, const char *name)
    {
        auto *w = page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no %s on the Hardware page", name);
        return w;
    }
    QString text(HardwarePage *page, const char *name)
    {
        auto *l = on(page, name);
        return l ? l->text() : QString();
    }
    void tapButton(HardwarePage *page, const char *name)
    {
        auto *b = on<QPushButton>(page, name);
        QVERIFY2(b, name);
        QTest::mouseClick(b, Qt::LeftButton);
    }
    // The Hardware settings on screen, as the vendor opens them.
    HardwarePage *openHardwarePage()
    {
        m_win->showSection(m_win->findChild<QWidget *>(QStringLiteral("SettingsPage")));
        return hardwarePage();
    }
    QString currentText(QListWidget *list)
    {
        return list->currentItem() ? list->currentItem()->text() : QString();
    }
    TillHardware *till() { return m_win->findChild<TillHardware *>(); }
    void tap(QListWidget *list, const QString &uri)
    {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole + 1).toString() == uri) {
                list->scrollToItem(list->item(i));
                const QRect r = list->visualItemRect(list->item(i));
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, r.center());
                return;
            }
        QFAIL(qPrintable(QStringLiteral("%1 is not listed").arg(uri)));
    }

private slots:
    void init()
    {
        QVERIFY(startTill());
        QVERIFY(plugPrinter());
        QVERIFY(showWindow());
        waitReady();
    }
    void cleanup() { closeTill(); }

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
        QTRY_VERIFY(page->findChild<QLabel *>(QStringLiteral("printerResult"))
                        ->text()
                        .contains(QStringLiteral("test page")));

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

    // The page says what answers: a printer listening on loopback and a scale on a pseudo-
    // terminal are connected (not "not found" because the system does not list them), a printer
    // whose port is closed is not reachable with the system's reason, a device not set up says
    // so; each device's test answers under it. The look happens in the background: right after
    // "Look for devices again" the page says it is looking, and answers later.
    void pageTellsWhichDevicesAnswer()
    {
        ScaleSimulator sim;
        QVERIFY(!sim.port().isEmpty());
        sim.frames = {QByteArray("\x02"
                                 "01.250LB\r")};
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString refused = QStringLiteral("tcp://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        QVERIFY(m_db->db().setLocalSetting(hw::SerialScaleSettings::kProtocolKey,
                                           QStringLiteral("ecr")));
        QVERIFY(m_db->db().setLocalSetting(hw::SerialScaleSettings::kDeviceKey, sim.port()));
        QVERIFY(m_db->db().setLocalSetting(HardwarePage::kLabelPrinterKey, refused));
        HardwarePage *page = openHardwarePage();
        QVERIFY(page);
        tapButton(page, "rescan");
        QVERIFY2(text(page, "printerState").contains(QStringLiteral("Looking for")),
                 qPrintable(text(page, "printerState")));
        const QString printer = QStringLiteral("tcp://127.0.0.1:%1").arg(m_printer.port());
        QTRY_COMPARE(text(page, "printerState"), QStringLiteral("Connected: %1").arg(printer));
        QTRY_COMPARE(text(page, "scaleState"), QStringLiteral("Connected: %1").arg(sim.port()));
        QTRY_VERIFY2(
            text(page, "labelState").startsWith(QStringLiteral("Not reachable: ") + refused),
            qPrintable(text(page, "labelState")));
        QVERIFY2(text(page, "labelState").contains(QStringLiteral("Connection refused")),
                 qPrintable(text(page, "labelState")));
        QCOMPARE(text(page, "poleState"), QStringLiteral("Not set up."));
        for (QListWidget *list : {page->printerList(), page->scaleList(), page->labelList()})
            for (int i = 0; i < list->count(); ++i)
                QVERIFY2(!list->item(i)->text().contains(QStringLiteral("not found")),
                         qPrintable(list->item(i)->text()));
        QVERIFY2(currentText(page->printerList()).endsWith(QStringLiteral("— connected")),
                 qPrintable(currentText(page->printerList())));
        QVERIFY2(currentText(page->scaleList()).endsWith(QStringLiteral("— connected")),
                 qPrintable(currentText(page->scaleList())));
        QVERIFY2(currentText(page->labelList()).endsWith(QStringLiteral("— not reachable")),
                 qPrintable(currentText(page->labelList())));

        // Each test, its answer in place.
        tapButton(page, "testPrint");
        QTRY_COMPARE(m_printer.prints.size(), 1);
        QTRY_VERIFY2(text(page, "printerResult").contains(QStringLiteral("test page")),
                     qPrintable(text(page, "printerResult")));
        tapButton(page, "openDrawer");
        QTRY_COMPARE(m_printer.prints.size(), 2);
        QCOMPARE(decodeEscPos(m_printer.prints.at(1)).drawerKicks, 1);
        QTRY_VERIFY2(text(page, "printerResult").contains(QStringLiteral("Drawer opened")),
                     qPrintable(text(page, "printerResult")));
        tapButton(page, "readScale");
        QTRY_VERIFY_WITH_TIMEOUT(text(page, "scaleReading").contains(QStringLiteral("Steady")),
                                 10000);
        QVERIFY(text(page, "scaleReading").contains(QStringLiteral("1.25")));
        tapButton(page, "testLabel");
        QTRY_VERIFY2(text(page, "labelResult").contains(QStringLiteral("Connection refused")),
                     qPrintable(text(page, "labelResult")));
        tapButton(page, "testPole");
        QTRY_VERIFY2(text(page, "poleResult").contains(QStringLiteral("Pick the pole display")),
                     qPrintable(text(page, "poleResult")));

        // The scale unplugged: looked for again, it is not reachable, with the system's reason.
        sim.unplug();
        tapButton(page, "rescan");
        QTRY_VERIFY2(
            text(page, "scaleState").startsWith(QStringLiteral("Not reachable: ") + sim.port()),
            qPrintable(text(page, "scaleState")));
    }

    // A path typed wrong for the scale: the prompt says what to fix and stays open; nothing is
    // set until the path is a device this machine has. Then the page looks for it.
    void devicePathTypedWrong()
    {
        ScaleSimulator sim;
        sim.frames = {QByteArray("\x02"
                                 "00.500LB\r")};
        HardwarePage *page = openHardwarePage();
        QVERIFY(page);
        QStringList said;
        QTimer::singleShot(0, this, [&] {
            auto *prompt = qobject_cast<TouchPrompt *>(QApplication::activeModalWidget());
            if (!prompt)
                return;
            auto *problem = prompt->findChild<QLabel *>(QStringLiteral("problem"));
            for (const QString &typed :
                 {QStringLiteral("/dev/ttyNOSUCH9"), QStringLiteral("ttyUSB0"), sim.port()}) {
                prompt->field()->setText(typed);
                prompt->accept();
                said << (prompt->isVisible() ? (problem ? problem->text() : QStringLiteral("?"))
                                             : QStringLiteral("taken"));
            }
        });
        tap(page->scaleList(), QStringLiteral("other"));
        QCOMPARE(said.size(), 3);
        QVERIFY2(said[0].contains(QStringLiteral("There is no /dev/ttyNOSUCH9")),
                 qPrintable(said[0]));
        QVERIFY2(said[1].contains(QStringLiteral("whole path")), qPrintable(said[1]));
        QCOMPARE(said[2], QStringLiteral("taken"));
        QCOMPARE(m_db->db().localSetting(hw::SerialScaleSettings::kDeviceKey), sim.port());
        QTRY_COMPARE(text(page, "scaleState"), QStringLiteral("Connected: %1").arg(sim.port()));
        // A path that names a file, not a serial port, set some other way: said so.
        QVERIFY(m_db->db().setLocalSetting(hw::SerialScaleSettings::kDeviceKey,
                                           QStringLiteral("/dev/null")));
        tapButton(page, "rescan");
        QTRY_VERIFY2(text(page, "scaleState").contains(QStringLiteral("not a serial port")),
                     qPrintable(text(page, "scaleState")));
    }

    // What a broken scale sends, read from the page: a number by the int64 is over capacity and
    // not steady; NUL bytes and an unknown unit are unreadable, with the protocol to check.
    void worstScaleAnswersOnThePage()
    {
        HardwarePage *page = openHardwarePage();
        QVERIFY(page);
        QVERIFY(m_db->db().setLocalSetting(hw::SerialScaleSettings::kProtocolKey,
                                           QStringLiteral("nci")));
        for (const auto &[frame, expected] : brokenScaleFrames(QStringLiteral("over capacity"))) {
            ScaleSimulator sim;
            sim.frames = {frame};
            QVERIFY(m_db->db().setLocalSetting(hw::SerialScaleSettings::kDeviceKey, sim.port()));
            tapButton(page, "readScale");
            QTRY_VERIFY2_WITH_TIMEOUT(text(page, "scaleReading").contains(expected),
                                      qPrintable(text(page, "scaleReading")),
                                      10000);
            QVERIFY(!text(page, "scaleReading").contains(QStringLiteral("Steady")));
            QVERIFY(text(page, "scaleReading").size() < 400);
        }
    }

    // A printer that takes the connection and never reads: the page says connected (it is), the
    // test print (with a logo, more than the socket buffers hold) says it did not answer, and
    // meanwhile the page goes on answering taps: the scale is read.
    void printerThatNeverReadsOnThePage()
    {
        QTemporaryDir dir;
        QImage logo(384, 160, QImage::Format_RGB32);
        logo.fill(Qt::white);
        for (int y = 0; y < 160; ++y)
            for (int x = (y % 2); x < 384; x += 2)
                logo.setPixel(x, y, qRgb(0, 0, 0));
        QVERIFY(logo.save(dir.filePath(QStringLiteral("logo.png"))));
        QVERIFY(hardwarePage()->setLogo(dir.filePath(QStringLiteral("logo.png"))));
        DeafPrinter deaf;
        QVERIFY(deaf.listen());
        const QString uri = QStringLiteral("tcp://127.0.0.1:%1").arg(deaf.port());
        QVERIFY(m_db->db().setLocalSetting(hw::ReceiptPrinter::kPrinterKey, uri));
        HardwarePage *page = openHardwarePage();
        QVERIFY(page);
        tapButton(page, "rescan");
        QTRY_COMPARE(text(page, "printerState"), QStringLiteral("Connected: %1").arg(uri));
        tapButton(page, "testPrint");
        QVERIFY(text(page, "printerResult").contains(QStringLiteral("Sending")));
        ScaleSimulator sim;
        sim.frames = {QByteArray("\x02"
                                 "02.000LB\r")};
        QVERIFY(m_db->db().setLocalSetting(hw::SerialScaleSettings::kProtocolKey,
                                           QStringLiteral("ecr")));
        QVERIFY(m_db->db().setLocalSetting(hw::SerialScaleSettings::kDeviceKey, sim.port()));
        tapButton(page, "readScale");
        QTRY_VERIFY_WITH_TIMEOUT(text(page, "scaleReading").contains(QStringLiteral("Steady")),
                                 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(text(page, "printerResult")
                                      .contains(QStringLiteral("did not "
                                                               "answer")),
                                  qPrintable(text(page, "printerResult")),
                                  20000);
    }

    // What a broken scale sends, while the weight dialog reads it: a number by the int64, NUL
    // bytes, a unit no scale has. The dialog says so and takes nothing; the weight can be typed.
    void weightDialogTakesNothingFromABrokenScale()
    {
        for (const auto &[frame, expected] : brokenScaleFrames(QStringLiteral("Too heavy"))) {
            ScaleSimulator sim;
            sim.frames = {frame};
            auto settings = hw::SerialScaleSettings::parse(sim.port(), hw::scale::Protocol::Nci);
            QVERIFY(settings);
            settings->pollMs = 50;
            WeightDialog::setScale(*settings);
            WeightDialog *d = weighTomatoes();
            QVERIFY(d);
            QTRY_VERIFY2(d->scaleStatus()->text().contains(expected),
                         qPrintable(d->scaleStatus()->text()));
            QVERIFY(d->scaleStatus()->text().size() < 400);
            QTest::qWait(300); // more answers come; none is taken
            QCOMPARE(d->field()->text(), QString());
            QVERIFY(!d->useScaleButton()->isVisible());
            d->reject();
            m_page->searchField()->clear();
            waitReady();
        }
        QCOMPARE(m_page->cartModel()->rowCount(), 0);
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
        // The bar names the device; the tooltip (and a tap) says what is wrong with it.
        QVERIFY2(status->text().contains(QStringLiteral("scale")), qPrintable(status->text()));
        QVERIFY(status->toolTip().contains(QStringLiteral("/dev/ttyNOSUCH7")));
        QVERIFY(m_db->db().setLocalSetting(hw::SerialScaleSettings::kDeviceKey, QString()));
        till()->reload();
        QVERIFY(!status->isVisible());
    }
};

QTEST_MAIN(TstHardwareUi)
#include "tst_hardware_ui.moc"
