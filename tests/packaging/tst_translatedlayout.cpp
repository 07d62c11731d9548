// Every page and every dialog of the app, in English, Spanish, French and German, on the screen
// this test runs on (ctest runs it twice: a 1024x600 tablet and a 1366x768 laptop, through the
// offscreen platform's screen configuration): nothing may show clipped text, elided money,
// overlapping widgets, widgets outside the window or a horizontal scroll bar (LayoutCheck.h).
// The pages are reached as a vendor reaches them: the first sale of the day opens the market
// day, a weighed item asks for its weight, Pay opens the tender dialog, and so on.
// Loads the .qm files the build compiles from translations/ (the same ones the app embeds) and
// Qt's own.

#include "tests/hardware/ScaleSimulator.h"
#include "tests/packaging/LayoutCheck.h"
#include "tests/support/TestSupport.h"

#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/booth/BoothLedger.h"
#include "core/booth/VendorSlip.h"
#include "core/checkout/PinStore.h"
#include "core/hardware/PoleDisplay.h"
#include "core/hardware/ReceiptPrinter.h"
#include "ui/MainWindow.h"
#include "ui/checkout/CheckoutPage.h"
#include "ui/checkout/RefundDialog.h"
#include "ui/checkout/SalesDialog.h"
#include "ui/checkout/WeightDialog.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Language.h"
#include "ui/eod/EndOfDayPage.h"
#include "ui/models/CartModel.h"
#include "ui/reports/ReportsPage.h"
#include "ui/settings/HardwarePage.h"
#include "ui/setup/SetupWizard.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>
#include <QTextBrowser>

using namespace sk;
using namespace sk::ui;

namespace {

struct Case
{
    QString lang;
    QString locale;
    QString currency;
};

} // namespace

Q_DECLARE_METATYPE(Case)

class TestTranslatedLayout : public QObject
{
    Q_OBJECT

    QSize m_screen;
    QStringList m_problems;
    QPointer<QDialog> m_dialog;
    ui::MainWindow *m_win = nullptr;

    void check(QWidget *top,
               const QString &where,
               const QList<QWidget *> &spreadsheets = {},
               bool keyboardForText = false)
    {
        QApplication::processEvents();
        QTest::qWait(20); // queued relayouts (a view fitting its columns to new rows) run first
        QList<QWidget *> sections;
        if (m_win && top == m_win)
            for (int i = 0; i < m_win->sections()->count(); ++i)
                if (auto *area = qobject_cast<QScrollArea *>(m_win->sections()->widget(i)))
                    sections << area;
        m_problems << test::layoutProblems(
            top, where, m_screen, sections, spreadsheets, keyboardForText);
    }

    // Every button, check box and list row of `top` a finger must hit: at least 48 px high.
    void checkTouchTargets(QWidget *top, const QString &where)
    {
        for (QAbstractButton *b : top->findChildren<QAbstractButton *>())
            if (b->isVisibleTo(top) && b->height() < 48)
                m_problems << QStringLiteral("%1: touch target %2 \"%3\" is %4 px high")
                                  .arg(where, b->objectName(), b->text())
                                  .arg(b->height());
        for (QListWidget *l : top->findChildren<QListWidget *>())
            for (int i = 0; l->isVisibleTo(top) && i < l->count(); ++i)
                if (l->visualItemRect(l->item(i)).height() < 48)
                    m_problems << QStringLiteral("%1: list row \"%2\" is %3 px high")
                                      .arg(where, l->item(i)->text())
                                      .arg(l->visualItemRect(l->item(i)).height());
    }

    // The dialog the checkout opened since `before`, shown and laid out.
    template<typename T = QDialog>
    T *openedDialog()
    {
        if (!QTest::qWaitFor([&] { return m_dialog && m_dialog->isVisible(); }, 3000))
            return nullptr;
        QTest::qWait(20);
        return qobject_cast<T *>(m_dialog.data());
    }

    template<typename T>
    T *page() const
    {
        return m_win->findChild<T *>();
    }

    void show(QWidget *pageWidget)
    {
        QWidget *section = pageWidget;
        while (section->parentWidget() && section->parentWidget() != m_win->sections())
            section = section->parentWidget();
        m_win->showSection(section);
        QApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::setTestMode(true);
        Language::addSearchPath(QStringLiteral(STALLKEEPER_QM_DIR));
        m_screen = QGuiApplication::primaryScreen()->size();
        qInfo("screen %dx%d", m_screen.width(), m_screen.height());
        QVERIFY2(m_screen.width() >= 1024 && m_screen.height() >= 600,
                 "run through ctest, which gives the offscreen platform a tablet's or a laptop's "
                 "screen (screen-*.json)");
    }

    void everyScreenFits_data()
    {
        QTest::addColumn<Case>("c");
        QTest::newRow("en") << Case{
            QStringLiteral("en"), QStringLiteral("en_US"), QStringLiteral("USD")};
        QTest::newRow("es") << Case{
            QStringLiteral("es"), QStringLiteral("es_ES"), QStringLiteral("USD")};
        QTest::newRow("fr") << Case{
            QStringLiteral("fr"), QStringLiteral("fr_FR"), QStringLiteral("EUR")};
        QTest::newRow("de") << Case{
            QStringLiteral("de"), QStringLiteral("de_DE"), QStringLiteral("EUR")};
    }

    void everyScreenFits()
    {
        QFETCH(Case, c);
        QVERIFY(Language::apply(c.lang));
        QLocale::setDefault(QLocale(c.locale));
        m_problems.clear();

        test::TempDb db;
        QVERIFY(seedDemoCatalog(db.db()));
        DemoOptions demo;
        demo.marketDays = 4;
        demo.salesPerDay = 25;
        demo.start = QDate::currentDate().addDays(-10);
        QVERIFY(generateDemoData(db.db(), demo));
        QVERIFY(db->setSetting(QStringLiteral("currency"), c.currency));

        // The first start's screens, on the whole screen as the app shows them.
        {
            test::TempDb fresh;
            QVERIFY(seedDemoCatalog(fresh.db()));
            SetupWizard setup(fresh.db());
            setup.resize(m_screen);
            setup.show();
            QVERIFY(QTest::qWaitForWindowExposed(&setup));
            for (int p = 0; p < SetupWizard::PageCount; ++p) {
                setup.goTo(p);
                check(&setup, QStringLiteral("first-start setup, screen %1").arg(p + 1));
            }
        }

        ui::MainWindow win(db.db());
        m_win = &win;
        auto forget = qScopeGuard([this] { m_win = nullptr; });
        connect(win.checkout(), &CheckoutPage::dialogOpened, this, [this](QDialog *d) {
            m_dialog = d;
        });
        win.resize(m_screen);
        win.show();
        QVERIFY(QTest::qWaitForWindowExposed(&win));
        if (c.lang != u"en")
            QVERIFY2(QCoreApplication::translate("sk::ui::MainWindow", "Checkout") != u"Checkout",
                     "the window is not translated");
        CheckoutPage *checkout = win.checkout();
        check(&win, QStringLiteral("checkout, empty"));
        QTest::keyClicks(checkout->searchField(), QStringLiteral("jam"));
        check(&win, QStringLiteral("checkout, search results"));
        checkout->searchField()->clear();

        // The first item of the day opens the market day, then lands in the cart.
        QPushButton *jam = checkout->quickKey(QStringLiteral("JAM-STR"));
        QVERIFY(jam);
        QTest::mouseClick(jam, Qt::LeftButton);
        auto *day = openedDialog();
        QVERIFY(day);
        check(day, QStringLiteral("market day dialog"));
        day->findChild<QComboBox *>(QStringLiteral("market"))
            ->setEditText(QStringLiteral("Riverside"));
        day->findChild<QLineEdit *>(QStringLiteral("float"))->setText(QStringLiteral("100"));
        day->accept();
        QTRY_COMPARE(checkout->cartModel()->rowCount(), 1);
        check(&win, QStringLiteral("checkout, first line after opening the day"));

        // A weighed item asks for its weight; a scale that weighs in kg offers its weight to take.
        auto cheese = ProductRepository(db.db()).bySku(QStringLiteral("CHS-CHE"));
        QVERIFY(cheese);
        ScaleSimulator scale;
        scale.frames = {QByteArray("\n  0.620kg\r\n00\r\x03")};
        auto scaleSettings = hw::SerialScaleSettings::parse(scale.port(), hw::scale::Protocol::Nci);
        QVERIFY(scaleSettings);
        scaleSettings->pollMs = 50;
        WeightDialog::setScale(*scaleSettings);
        auto noScale = qScopeGuard([] { WeightDialog::setScale(std::nullopt); });
        checkout->addProduct(*cheese);
        auto *weight = openedDialog();
        QVERIFY(weight);
        auto *offer = weight->findChild<QPushButton *>(QStringLiteral("useScale"));
        QVERIFY(offer);
        QTRY_VERIFY(offer->isVisible());
        check(weight, QStringLiteral("weight dialog, a scale in kg"));
        checkTouchTargets(weight, QStringLiteral("weight dialog"));
        scale.unplug(); // the dialog says the scale went away, and the weight is typed
        QTRY_VERIFY(!offer->isVisible());
        check(weight, QStringLiteral("weight dialog, the scale gone"));
        weight->findChild<QLineEdit *>(QStringLiteral("weight"))
            ->setText(formatFixed(1375, 3, QLocale()));
        weight->accept();
        QTRY_COMPARE(checkout->cartModel()->rowCount(), 2);
        check(&win, QStringLiteral("checkout, two lines"));

        checkout->discountSelected();
        auto *discount = openedDialog();
        QVERIFY(discount);
        check(discount, QStringLiteral("discount dialog"));
        discount->reject();

        checkout->pay();
        auto *tender = openedDialog();
        QVERIFY(tender);
        check(tender, QStringLiteral("tender dialog"));
        // A market token first, so the turn-in slip has a program to name.
        auto *amount = tender->findChild<QLineEdit *>(QStringLiteral("amount"));
        QVERIFY(amount);
        amount->setText(QLocale().toString(5) + QLocale().decimalPoint() + QStringLiteral("00"));
        QTest::mouseClick(tender->findChild<QPushButton *>(QStringLiteral("tender_credit_token")),
                          Qt::LeftButton);
        QTest::mouseClick(tender->findChild<QPushButton *>(QStringLiteral("exact")),
                          Qt::LeftButton);
        QTRY_VERIFY(checkout->showingLastSale());
        check(&win, QStringLiteral("checkout, after the sale"));

        checkout->showSales();
        auto *sales = openedDialog<SalesDialog>();
        QVERIFY(sales);
        check(sales, QStringLiteral("sales dialog"));
        QPointer<RefundDialog> refund;
        connect(
            sales, &SalesDialog::refundDialogOpened, this, [&](RefundDialog *d) { refund = d; });
        sales->refundSelected();
        QTRY_VERIFY(refund && refund->isVisible());
        check(refund, QStringLiteral("refund dialog"));
        refund->reject();
        sales->reject();

        checkout->addProduct(*cheese, 500);
        checkout->park();
        checkout->resume();
        auto *resume = openedDialog();
        QVERIFY(resume);
        check(resume, QStringLiteral("resume dialog"));
        resume->reject();

        // The owner's sections.
        if (auto *inventory = win.findChild<QTabWidget *>(QStringLiteral("inventoryTabs"))) {
            show(inventory);
            for (int t = 0; t < inventory->count(); ++t) {
                inventory->setCurrentIndex(t);
                check(&win, QStringLiteral("inventory, %1").arg(inventory->tabText(t)));
            }
        }
        if (auto *eod = page<EndOfDayPage>()) {
            show(eod);
            for (int s = 0; s < EndOfDayPage::StepCount; ++s) {
                eod->goToStep(s);
                check(&win, QStringLiteral("end of day, step %1").arg(s + 1));
            }
            // The turn-in slip names the built-in programs and tenders in the vendor's language.
            if (c.lang != u"en")
                if (auto *slip = eod->findChild<QTextBrowser *>(QStringLiteral("slipView")))
                    for (const char *english : {"Market tokens", "SNAP token", "Market token"})
                        if (slip->toPlainText().contains(QLatin1String(english)))
                            m_problems << QStringLiteral("untranslated on the turn-in slip: %1")
                                              .arg(QLatin1String(english));
            // The count's heading names the item: the longest name must not push the keypad
            // and Back/Next off the screen.
            eod->goToStep(EndOfDayPage::CountStep);
            auto *counts = eod->findChild<QTableWidget *>(QStringLiteral("countTable"));
            QVERIFY(counts);
            int longest = 0;
            for (int r = 0; r < counts->rowCount(); ++r)
                if (counts->item(r, 0)->text().size() > counts->item(longest, 0)->text().size())
                    longest = r;
            counts->setCurrentCell(longest, 0);
            check(&win,
                  QStringLiteral("end of day, counting %1").arg(counts->item(longest, 0)->text()));
            QVERIFY(MarketDayRepository(db.db()).close());
            emit win.context().marketDayChanged();
            check(&win, QStringLiteral("end of day, the day closed"));
        }
        if (auto *reports = page<ReportsPage>()) {
            show(reports);
            // The charts' reports fit the screen as tables too; "by item" has 13 columns, more
            // than a tablet shows: it may scroll sideways like a spreadsheet, its amounts whole.
            for (const QString &report : {QStringLiteral("by_tender"),
                                          QStringLiteral("by_hour"),
                                          QStringLiteral("by_market"),
                                          QStringLiteral("by_item")}) {
                QTRY_VERIFY(!reports->isBusy());
                QSignalSpy shown(reports, &ReportsPage::reportShown);
                reports->setCurrentReport(report); // runs it
                reports->run();
                // The answer for this report, not one still coming for the one shown before.
                QVERIFY(QTest::qWaitFor(
                    [&] {
                        return std::any_of(shown.cbegin(), shown.cend(), [&](const auto &args) {
                            return args.value(0).toString() == report;
                        });
                    },
                    20000));
                QTRY_VERIFY(!reports->isBusy());
                auto *tabs = reports->findChild<QTabWidget *>();
                QVERIFY(tabs);
                QList<QWidget *> wide;
                if (report == u"by_item")
                    wide << reports->findChild<QTableView *>(QStringLiteral("reportTable"));
                for (int t = 0; t < tabs->count(); ++t) {
                    tabs->setCurrentIndex(t);
                    check(&win,
                          QStringLiteral("reports, %1, %2").arg(report, tabs->tabText(t)),
                          wide);
                }
            }
        }
        if (auto *settings = win.findChild<QWidget *>(QStringLiteral("SettingsPage"))) {
            show(settings);
            check(&win, QStringLiteral("settings"));
            // The Hardware settings with every state a device can be in, each test answered:
            // a printer on loopback, a label printer whose port is closed, a scale on a
            // pseudo-terminal, a pole display that is not there.
            auto *hardware = settings->findChild<HardwarePage *>();
            QVERIFY(hardware);
            QTcpServer printer, closed;
            QVERIFY(printer.listen(QHostAddress::LocalHost));
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            const quint16 refused = closed.serverPort();
            closed.close();
            ScaleSimulator hwScale;
            hwScale.frames = {QByteArray("\n  1.250lb\r\n00\r\x03")};
            for (const auto &[key, value] :
                 {std::pair{hw::ReceiptPrinter::kPrinterKey,
                            QStringLiteral("tcp://127.0.0.1:%1").arg(printer.serverPort())},
                  std::pair{HardwarePage::kLabelPrinterKey,
                            QStringLiteral("tcp://127.0.0.1:%1").arg(refused)},
                  std::pair{hw::SerialScaleSettings::kDeviceKey, hwScale.port()},
                  std::pair{hw::SerialScaleSettings::kProtocolKey, QStringLiteral("nci")},
                  std::pair{hw::PoleDisplay::kDeviceKey, QStringLiteral("/dev/ttyNOSUCH0")}})
                QVERIFY(db->setLocalSetting(key, value));
            hardware->refreshDevices();
            for (DeviceStatus *state : {hardware->printerState(),
                                        hardware->scaleState(),
                                        hardware->labelState(),
                                        hardware->poleState()})
                QTRY_VERIFY(state->last().has_value());
            hardware->testLabel();
            hardware->testPole();
            hardware->readScale();
            QTRY_VERIFY(!hardware->labelResult()->text().contains(QStringLiteral("…")));
            QTRY_VERIFY(!hardware->poleResult()->text().contains(QStringLiteral("…")));
            QTRY_VERIFY(!hardware->scaleReading()->text().contains(QStringLiteral("…")));
            check(&win, QStringLiteral("settings, hardware with its devices"));
            checkTouchTargets(hardware, QStringLiteral("hardware settings"));
        }
        QVERIFY(PinStore(db.db()).addUser(
            QStringLiteral("Ana"), TillUser::Role::Owner, QStringLiteral("2468")));
        win.lock();
        check(&win, QStringLiteral("lock screen"));

        // The market office on a booth device: every tab fits the screen as it is, its lists
        // scrolling inside, each field with its touch entry.
        {
            const QString day = QDate::currentDate().toString(Qt::ISODate);
            QVERIFY(db->setLocalSetting(QStringLiteral("app.mode"), QStringLiteral("booth")));
            booth::BoothLedger ledger(db.db());
            QVERIFY(ledger.setUpDefaults(c.currency));
            const QList<booth::TokenKind> kinds = *ledger.kinds();
            for (const booth::TokenKind &k : kinds) {
                QVERIFY(ledger.receive(k.id, 500, day));
                QVERIFY(ledger.move(
                    k.id, booth::TokenState::Office, booth::TokenState::Booth, 300, day));
            }
            for (int i = 0; i < 30; ++i) // more than a tablet shows: the log scrolls
                QVERIFY(ledger.sellSnap(QStringLiteral("%1").arg(1000 + i), day, 1000));
            QVERIFY(ledger.sellCard(QString(), day, 2000, QStringLiteral("debit")));
            booth::VendorSlip slip;
            slip.id = QStringLiteral("slip-1");
            slip.marketId = QStringLiteral("m");
            slip.marketDay = day;
            slip.vendorName = QStringLiteral("Hof Sonnenblume und Söhne");
            slip.currency = c.currency;
            slip.lines << booth::SlipLine{
                QStringLiteral("SNAP"), 100, 12, 1200, QStringLiteral("snap_token")};
            QVERIFY(db->exec(
                QStringLiteral("INSERT INTO booth_slips VALUES ('v1', ?, "
                               "'market_slip', ?, ?, 0)"),
                {day, slip.vendorName, QString::fromUtf8(QJsonDocument(slip.toJson()).toJson())}));
            QVERIFY(
                ledger.countTurnIn(day, QStringLiteral("v1"), slip.vendorName, kinds[0].id, 11));
            ui::MainWindow boothWin(db.db());
            m_win = &boothWin;
            boothWin.resize(m_screen);
            boothWin.show();
            QVERIFY(QTest::qWaitForWindowExposed(&boothWin));
            auto *tabs = boothWin.findChild<QTabWidget *>(QStringLiteral("booth_tabs"));
            QVERIFY(tabs);
            show(tabs);
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                check(
                    &boothWin, QStringLiteral("market office, %1").arg(tabs->tabText(t)), {}, true);
            }
            m_win = &win;
        }
        for (const QString &p : std::as_const(m_problems))
            qWarning("%s", qPrintable(p));
        QVERIFY2(m_problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s) in %2 at %3x%4 (listed above)")
                                .arg(m_problems.size())
                                .arg(c.lang)
                                .arg(m_screen.width())
                                .arg(m_screen.height())));
    }
};

QTEST_MAIN(TestTranslatedLayout)
#include "tst_translatedlayout.moc"
