#include "tests/support/TestSupport.h"
#include "tests/ui/WidgetTestSupport.h"

#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/checkout/Permissions.h"
#include "core/checkout/PinStore.h"
#include "core/eod/ClosingSummary.h"
#include "ui/MainWindow.h"
#include "ui/checkout/CheckoutPage.h"
#include "ui/checkout/PriceDialog.h"
#include "ui/checkout/RefundDialog.h"
#include "ui/checkout/SalesDialog.h"
#include "ui/common/Dialogs.h"
#include "ui/common/OwnerApproval.h"
#include "ui/eod/EndOfDayPage.h"
#include "ui/eod/SummaryHtml.h"
#include "ui/inventory/InventoryPage.h"
#include "ui/lock/LockScreen.h"
#include "ui/models/CartModel.h"
#include "ui/reports/ReportsPage.h"
#include "ui/settings/SettingsPage.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace sk;
using namespace sk::ui;

// A helper signed in with their PIN tries every owner-only action by every way the window
// offers it: the section buttons (hidden, clicked anyway), Ctrl+2..Ctrl+5, the checkout's
// F-keys and buttons, the sales list's keys, buttons and context menu, and the owner pages'
// own handlers as a dialog opened from elsewhere would reach them. Each is refused and the
// database does not change. Then an owner approves single actions with their PIN, and an owner
// signed in does everything.
class TestRoles : public test::TillSuite
{
    Q_OBJECT

    QString m_annId, m_samId, m_saleId;
    int m_asked = 0; // owner approvals offered

    // Every table but the open cart (the helper may ring up), row by row.
    QString state()
    {
        QStringList tables;
        auto q = m_db->db().exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                "'table' AND name <> 'carts' ORDER BY name"));
        while (q && q->next())
            tables << q->value(0).toString();
        QString out;
        for (const QString &t : std::as_const(tables)) {
            auto rows = m_db->db().exec(QStringLiteral("SELECT * FROM \"%1\"").arg(t));
            out += t + QLatin1Char(':');
            while (rows && rows->next()) {
                for (int i = 0; i < rows->record().count(); ++i)
                    out += rows->value(i).toString() + QLatin1Char('|');
                out += QLatin1Char('\n');
            }
        }
        return out;
    }
    qint64 count(const QString &sql) { return m_db->db().scalar(sql)->toLongLong(); }
    void signIn(const QString &userId, const QString &pin)
    {
        QCOMPARE(m_win->sections()->currentWidget(), static_cast<QWidget *>(m_win->lockScreen()));
        m_win->lockScreen()->chooseUser(userId);
        m_win->lockScreen()->pinField()->setText(pin);
        QVERIFY(m_win->lockScreen()->tryUnlock());
        QTRY_COMPARE(m_win->sections()->currentWidget(), static_cast<QWidget *>(m_page));
        QTRY_VERIFY(m_page->searchField()->hasFocus());
    }
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QTest::keyClick(static_cast<QWidget *>(nullptr), k, m);
    }
    template<typename T>
    T *waitDialog()
    {
        return test::waitModal<T>(test::DialogReady::Focused);
    }
    void refused(const char *what)
    {
        QVERIFY2(
            Dialogs::lastMessage().contains(QStringLiteral("Only an owner")),
            qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), Dialogs::lastMessage())));
        Dialogs::clearLastMessage();
    }
    // Clicks the button `name` of `page`: refused, as for anyone but an owner.
    void clickRefused(QWidget *page, const char *name)
    {
        test::childOf<QPushButton>(page, name)->click();
        refused(name);
    }
    // Answers queued for a path that was refused before asking them must not answer later
    // prompts: in test mode an unanswered prompt returns "cancel", so ask until it does.
    void drainAnswers()
    {
        while (Dialogs::question(nullptr, {}, QStringLiteral("drain")) != QMessageBox::Cancel) {
        }
        while (Dialogs::getText(nullptr, {}, QStringLiteral("drain"))) {
        }
        while (!Dialogs::saveFileName(nullptr, {}, {}, {}).isEmpty()) {
        }
        Dialogs::clearLastMessage();
    }
    // The owner approval hook: counts the prompts and cancels them.
    void cancelApprovals()
    {
        OwnerApproval::setTestHook([this](OwnerApproval *d) {
            ++m_asked;
            QVERIFY(d->isVisible());
            QTest::mouseClick(d->cancelButton(), Qt::LeftButton);
        });
    }
    // The owner taps their name and types `pin` on the keypad, then Approve.
    static void typePin(OwnerApproval *d, const QString &owner, const QString &pin)
    {
        test::enterOwnerPin(d, owner, pin);
        QCOMPARE(d->approveButton()->height() >= 48, true);
        QTest::mouseClick(d->approveButton(), Qt::LeftButton);
    }
    void approveAs(const QString &owner, const QString &pin)
    {
        OwnerApproval::setTestHook([this, owner, pin](OwnerApproval *d) {
            ++m_asked;
            typePin(d, owner, pin);
        });
    }
    SalesDialog *openSalesList()
    {
        key(Qt::Key_F3);
        auto *list = waitDialog<SalesDialog>();
        if (list)
            list->selectSale(m_saleId);
        return list && list->selectedSaleId() == m_saleId ? list : nullptr;
    }
    // A tap on the first cart line's price.
    void tapPrice()
    {
        QTableView *cart = m_page->cartView();
        const QRect r = cart->visualRect(m_page->cartModel()->index(0, CartModel::Price));
        QVERIFY(r.isValid());
        QTest::mouseClick(cart->viewport(), Qt::LeftButton, {}, r.center());
    }
    QAction *menuAction(SalesDialog *list, const char *name)
    {
        for (QAction *a : list->contextMenu()->actions())
            if (a->objectName() == QLatin1String(name))
                return a;
        return nullptr;
    }

private slots:
    void init()
    {
        OwnerApproval::setTestHook({});
        m_asked = 0;
        QVERIFY(startTill());
        PinStore pins(m_db->db());
        m_annId = pins.addUser(QStringLiteral("Ann"), TillUser::Role::Owner, QStringLiteral("1234"))
                      ->id;
        m_samId
            = pins.addUser(QStringLiteral("Sam"), TillUser::Role::Helper, QStringLiteral("5678"))
                  ->id;
        auto rules = SaleRules::load(m_db->db());
        QVERIFY(rules);
        Cart c;
        c.lines << CartLine{
            *ProductRepository(m_db->db()).bySku(QStringLiteral("JAM-STR")), 2000, {}};
        c.tenders << TenderEntry{QStringLiteral("cash"), 5000, {}};
        auto sale = SaleRepository(m_db->db()).commit(c, *rules);
        QVERIFY(sale);
        m_saleId = sale->id;
        QVERIFY(showWindow());
    }
    void cleanup()
    {
        OwnerApproval::setTestHook({});
        closeTill();
        drainAnswers();
    }

    void helperCannotOpenOwnerSections()
    {
        signIn(m_samId, QStringLiteral("5678"));
        QCOMPARE(m_win->context().userName(), QStringLiteral("Sam"));
        QVERIFY(!m_win->context().isOwner());
        const QString before = state();
        QWidget *checkout = m_page;
        // The buttons are hidden; clicked anyway (an accessibility tool, a stray event).
        for (const char *name : {"nav_inventory", "nav_endofday", "nav_reports", "nav_settings"}) {
            auto *b = test::childOf<QToolButton>(m_win.get(), name);
            QVERIFY(!b->isVisible());
            b->click();
            QCOMPARE(m_win->sections()->currentWidget(), checkout);
            refused(name);
        }
        // Ctrl+2..Ctrl+5, the keys every section button names.
        for (Qt::Key k : {Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5}) {
            key(k, Qt::ControlModifier);
            QCOMPARE(m_win->sections()->currentWidget(), checkout);
            refused("Ctrl+digit");
        }
        // A call from elsewhere in the app, by the section or by the page inside it.
        for (QWidget *page : {static_cast<QWidget *>(m_win->findChild<InventoryPage *>()),
                              static_cast<QWidget *>(m_win->findChild<EndOfDayPage *>()),
                              static_cast<QWidget *>(m_win->findChild<ReportsPage *>()),
                              static_cast<QWidget *>(m_win->findChild<SettingsPage *>())}) {
            QVERIFY(page);
            QVERIFY(!m_win->showSection(page));
            QCOMPARE(m_win->sections()->currentWidget(), checkout);
            refused(page->metaObject()->className());
        }
        QCOMPARE(m_asked, 0); // sections are not offered for approval
        QVERIFY(state() == before);
    }

    void helperRefusedByEveryOwnerPageHandler()
    {
        signIn(m_samId, QStringLiteral("5678"));
        const QString before = state();
        const qint64 users = count(QStringLiteral("SELECT count(*) FROM users"));

        // Inventory: a delivery of 12 jars, a new product, an import.
        auto *inv = m_win->findChild<InventoryPage *>();
        auto *stock = test::childOf<QTableView>(inv, "stockTable");
        stock->selectRow(0);
        test::childOf<QLineEdit>(inv, "stockQty")->setText(QStringLiteral("12"));
        clickRefused(inv, "stockRecord");
        clickRefused(inv, "productNew");
        test::childOf<QLineEdit>(inv, "productSku")->setText(QStringLiteral("PIE"));
        test::childOf<QLineEdit>(inv, "productName")->setText(QStringLiteral("Sam's pie"));
        test::childOf<QLineEdit>(inv, "productPrice")->setText(QStringLiteral("1.00"));
        clickRefused(inv, "productSave");
        clickRefused(inv, "catalogImport");
        Dialogs::setNextFile(m_db->dir() + QStringLiteral("/catalog.csv"));
        clickRefused(inv, "catalogExport");
        QVERIFY(!QFile::exists(m_db->dir() + QStringLiteral("/catalog.csv")));
        drainAnswers();

        // End of day: a payout, the drawer count, a stock count, closing the day.
        auto *eod = m_win->findChild<EndOfDayPage *>();
        test::childOf<QLineEdit>(eod, "movementAmount")->setText(QStringLiteral("5.00"));
        test::childOf<QLineEdit>(eod, "movementReason")->setText(QStringLiteral("ice"));
        clickRefused(eod, "movementAdd");
        clickRefused(eod, "recordDrawer");
        test::childOf<QLineEdit>(eod, "countQty")->setText(QStringLiteral("3"));
        clickRefused(eod, "countRecord");
        clickRefused(eod, "countSkip");
        Dialogs::setNextFile(m_db->dir() + QStringLiteral("/summary.pdf"));
        clickRefused(eod, "summaryPdf");
        Dialogs::setNextAnswer(QMessageBox::Yes);
        clickRefused(eod, "closeDay");
        QVERIFY(MarketDayRepository(m_db->db()).current()->has_value());
        QVERIFY(!QFile::exists(m_db->dir() + QStringLiteral("/summary.pdf")));
        drainAnswers();

        // Reports: running one, exporting it.
        auto *reports = m_win->findChild<ReportsPage *>();
        QSignalSpy shown(reports, &ReportsPage::reportShown);
        reports->run();
        refused("reports run");
        Dialogs::setNextFile(m_db->dir() + QStringLiteral("/report.csv"));
        reports->exportCsv();
        refused("reports export");
        QTest::qWait(50);
        QCOMPARE(shown.count(), 0);
        QVERIFY(!QFile::exists(m_db->dir() + QStringLiteral("/report.csv")));
        drainAnswers();

        // Settings: a new owner "Sam Boss", Ann removed, Ann's PIN changed, the stall renamed.
        auto *settings = m_win->findChild<SettingsPage *>();
        Dialogs::setNextText(QStringLiteral("Sam Boss"));
        Dialogs::setNextText(QStringLiteral("9999"));
        Dialogs::setNextText(QStringLiteral("9999"));
        settings->addUser(true);
        refused("add owner");
        drainAnswers();
        auto *list = settings->findChild<QListWidget *>();
        list->setCurrentRow(0);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        settings->removeSelectedUser();
        refused("remove user");
        drainAnswers();
        Dialogs::setNextText(QStringLiteral("0000"));
        settings->changeSelectedPin();
        refused("change PIN");
        drainAnswers();
        for (QLineEdit *e : settings->findChildren<QLineEdit *>())
            if (e->text() == m_db->db().setting(QStringLiteral("store_name"))) {
                e->setText(QStringLiteral("Sam's stall"));
                emit e->editingFinished();
                refused("store name");
                QCOMPARE(e->text(), m_db->db().setting(QStringLiteral("store_name")));
            }
        settings->runSetup();
        refused("setup");
        QVERIFY(!QApplication::activeModalWidget());

        // The core refuses a helper who adds a user, whatever the screen allowed.
        auto boss = PinStore(m_db->db())
                        .addUser(QStringLiteral("Sam Boss"),
                                 TillUser::Role::Owner,
                                 QStringLiteral("9999"),
                                 m_samId);
        QVERIFY(!boss);
        QCOMPARE(boss.error().code, Error::Code::Unauthorized);

        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users")), users);
        QCOMPARE(m_asked, 0);
        QVERIFY(state() == before);
    }

    void helperRefusedAtTheTillWithoutAnOwner()
    {
        signIn(m_samId, QStringLiteral("5678"));
        int kicks = 0;
        m_page->setDrawerOpener([&kicks] { ++kicks; });
        cancelApprovals();
        QTest::mouseClick(m_page->quickKey(QStringLiteral("JAM-STR")), Qt::LeftButton);
        QTRY_COMPARE(m_page->cartModel()->rowCount(), 1);
        QTRY_VERIFY(m_page->searchField()->hasFocus());
        const Cart cart = m_page->cartModel()->cart();
        const QString before = state();

        // F-keys: price (F10), item and sale discounts (F7, F8), no sale (F11); then the buttons.
        int expected = 0;
        for (Qt::Key k : {Qt::Key_F10, Qt::Key_F7, Qt::Key_F8, Qt::Key_F11}) {
            key(k);
            QCOMPARE(m_asked, ++expected);
            QVERIFY(!QApplication::activeModalWidget());
        }
        for (const char *name : {"lineDiscount", "saleDiscount"}) {
            QTest::mouseClick(test::childOf<QPushButton>(m_page, name), Qt::LeftButton);
            QCOMPARE(m_asked, ++expected);
            QVERIFY(!QApplication::activeModalWidget());
        }

        tapPrice();
        QCOMPARE(m_asked, ++expected);
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(m_page->cartModel()->cart().lines[0].product.price, cart.lines[0].product.price);
        QCOMPARE(m_page->cartModel()->cart().discount.value, 0);
        QCOMPARE(m_page->cartModel()->cart().lines[0].discount.value, 0);
        QCOMPARE(kicks, 0);

        // The sales list: V and R, the buttons, the context menu, the handlers.
        Dialogs::setNextAnswer(QMessageBox::Yes);
        m_page->clearCart(); // the cart is not part of this
        auto *list = openSalesList();
        QVERIFY(list);
        Dialogs::setNextText(QStringLiteral("rang twice"));
        key(Qt::Key_V);
        ++expected;
        QTRY_COMPARE(m_asked, expected);
        key(Qt::Key_R);
        ++expected;
        QTRY_COMPARE(m_asked, expected);
        QVERIFY(qobject_cast<SalesDialog *>(QApplication::activeModalWidget()));
        for (QPushButton *b : list->findChildren<QPushButton *>())
            if (b->text().startsWith(QStringLiteral("Void"))
                || b->text().startsWith(QStringLiteral("Refund"))) {
                QTest::mouseClick(b, Qt::LeftButton);
                QCOMPARE(m_asked, ++expected);
            }
        // A right click or a long press on the sale (QTest does not make the menu event).
        const QPoint at = list->view()->visualRect(list->view()->currentIndex()).center();
        QContextMenuEvent press(
            QContextMenuEvent::Mouse, at, list->view()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(list->view()->viewport(), &press);
        QTRY_VERIFY(list->contextMenu()->isVisible());
        list->contextMenu()->close();
        menuAction(list, "menuVoid")->trigger();
        QCOMPARE(m_asked, ++expected);
        menuAction(list, "menuRefund")->trigger();
        QCOMPARE(m_asked, ++expected);
        list->voidSelected();
        list->refundSelected();
        QCOMPARE(m_asked, expected += 2);
        QTest::mouseClick(test::childOf<QPushButton>(list, "noSale"), Qt::LeftButton);
        QCOMPARE(m_asked, ++expected);
        QVERIFY(!qobject_cast<RefundDialog *>(QApplication::activeModalWidget()));
        drainAnswers();
        list->reject();

        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales WHERE kind <> 'sale'")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM till_actions")), 0);
        QVERIFY(state() == before);
        QVERIFY(!m_win->context().isOwner());
    }

    void ownerApprovesAHelpersVoid()
    {
        signIn(m_samId, QStringLiteral("5678"));
        auto *list = openSalesList();
        QVERIFY(list);
        // A wrong PIN: refused, counted against the owner, nothing voided.
        OwnerApproval::setTestHook([this](OwnerApproval *d) {
            ++m_asked;
            typePin(d, QStringLiteral("Ann"), QStringLiteral("0000"));
            QVERIFY(d->isVisible());
            QVERIFY2(d->message().contains(QStringLiteral("Wrong PIN")), qPrintable(d->message()));
            QTest::mouseClick(d->cancelButton(), Qt::LeftButton);
        });
        Dialogs::setNextText(QStringLiteral("rang twice"));
        key(Qt::Key_V);
        QTRY_COMPARE(m_asked, 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales WHERE kind = 'void'")), 0);
        QCOMPARE(count(QStringLiteral("SELECT failed_attempts FROM users WHERE name = 'Ann'")), 1);
        // A helper's own PIN does not approve anything.
        OwnerApproval::setTestHook([this](OwnerApproval *d) {
            ++m_asked;
            QVERIFY(!d->ownerButton(QStringLiteral("Sam")));
            QTest::mouseClick(d->cancelButton(), Qt::LeftButton);
        });
        key(Qt::Key_V);
        QTRY_COMPARE(m_asked, 2);

        // Ann types her PIN: that one void runs, stored with both names.
        approveAs(QStringLiteral("Ann"), QStringLiteral("1234"));
        key(Qt::Key_V);
        QTRY_COMPARE(m_asked, 3);
        QTRY_COMPARE(count(QStringLiteral("SELECT count(*) FROM sales WHERE kind = 'void'")), 1);
        const QString voidId = m_db->db()
                                   .scalar(QStringLiteral("SELECT id FROM sales WHERE kind = "
                                                          "'void'"))
                                   ->toString();
        auto acts = TillActionLog(m_db->db()).forSale(voidId);
        QVERIFY(acts);
        QCOMPARE(acts->size(), 1);
        QCOMPARE(acts->first().action, QStringLiteral("void"));
        QCOMPARE(acts->first().user, QStringLiteral("Sam"));
        QCOMPARE(acts->first().approvedBy, QStringLiteral("Ann"));
        QCOMPARE(acts->first().detail, QStringLiteral("rang twice"));
        QCOMPARE(count(QStringLiteral("SELECT failed_attempts FROM users WHERE name = 'Ann'")), 0);
        // `show` prints them with the void.
        const test::CliRun show = test::runCli(m_db->path(), {QStringLiteral("show"), voidId});
        QCOMPARE(show.code, 0);
        const QJsonArray shown = QJsonDocument::fromJson(show.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("till_actions"))
                                     .toArray();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown[0][QStringLiteral("user")].toString(), QStringLiteral("Sam"));
        QCOMPARE(shown[0][QStringLiteral("approved_by")].toString(), QStringLiteral("Ann"));
        // The list shows who did it and who approved; Sam is still the one signed in.
        QTRY_COMPARE(list->selectedSaleId(), voidId);
        QVERIFY2(list->actedByText().contains(QStringLiteral("Sam"))
                     && list->actedByText().contains(QStringLiteral("Ann")),
                 qPrintable(list->actedByText()));
        QVERIFY(!m_win->context().isOwner());
        QCOMPARE(m_win->context().userName(), QStringLiteral("Sam"));
        // The next void asks again.
        cancelApprovals();
        list->selectSale(m_saleId);
        key(Qt::Key_V);
        QTRY_COMPARE(m_asked, 4);
        list->reject();
    }

    void ownerApprovesAPriceAndANoSale()
    {
        signIn(m_samId, QStringLiteral("5678"));
        int kicks = 0;
        m_page->setDrawerOpener([&kicks] { ++kicks; });
        QTest::mouseClick(m_page->quickKey(QStringLiteral("JAM-STR")), Qt::LeftButton);
        QTRY_COMPARE(m_page->cartModel()->rowCount(), 1);
        approveAs(QStringLiteral("Ann"), QStringLiteral("1234"));
        tapPrice();
        QCOMPARE(m_asked, 1);
        // The price on the keypad: the first tap replaces the one shown.
        auto *price = waitDialog<PriceDialog>();
        QVERIFY(price);
        for (QPushButton *b : price->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("5"))
                QTest::mouseClick(b, Qt::LeftButton);
        QCOMPARE(price->price(), 500);
        QVERIFY(price->okButton()->height() >= 48);
        QTest::mouseClick(price->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(m_page->cartModel()->cart().lines[0].product.price, 500);
        QCOMPARE(ProductRepository(m_db->db()).bySku(QStringLiteral("JAM-STR"))->price, 850);
        QTRY_VERIFY(m_page->searchField()->hasFocus()); // the till has the keyboard back
        auto *list = openSalesList();
        QVERIFY(list);
        QTest::mouseClick(test::childOf<QPushButton>(list, "noSale"), Qt::LeftButton);
        QCOMPARE(m_asked, 2);
        list->reject();
        QCOMPARE(kicks, 1);

        const QString day = (*MarketDayRepository(m_db->db()).current())->id;
        auto acts = TillActionLog(m_db->db()).forMarketDay(day);
        QVERIFY(acts);
        QCOMPARE(acts->size(), 2);
        QCOMPARE(acts->at(0).action, QStringLiteral("price_change"));
        QVERIFY(acts->at(0).detail.contains(QStringLiteral("$5.00")));
        QCOMPARE(acts->at(1).action, QStringLiteral("no_sale"));
        for (const TillAction &a : *acts) {
            QCOMPARE(a.user, QStringLiteral("Sam"));
            QCOMPARE(a.approvedBy, QStringLiteral("Ann"));
        }
        // The end-of-day summary lists the drawer opened with no sale, with both names.
        auto summary = closingSummary(m_db->db(), day);
        QVERIFY(summary);
        const QString html = closingSummaryHtml(*summary);
        QVERIFY2(html.contains(QStringLiteral("Drawer opened with no sale")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("by Sam, approved by Ann")));
    }

    void ownerDoesEverything()
    {
        signIn(m_annId, QStringLiteral("1234"));
        QVERIFY(m_win->context().isOwner());
        OwnerApproval::setTestHook([this](OwnerApproval *d) {
            ++m_asked;
            QTest::mouseClick(d->cancelButton(), Qt::LeftButton);
        });
        const QList<QPair<Qt::Key, const char *>> sections = {{Qt::Key_2, "InventoryPage"},
                                                              {Qt::Key_3, "EndOfDayPage"},
                                                              {Qt::Key_4, "ReportsPage"},
                                                              {Qt::Key_5, "SettingsPage"}};
        for (const auto &[k, cls] : sections) {
            key(k, Qt::ControlModifier);
            QWidget *shown = m_win->sections()->currentWidget();
            QVERIFY(shown->findChild<QWidget *>() && shown->inherits("QScrollArea"));
            QVERIFY2(QLatin1String(
                         static_cast<QScrollArea *>(shown)->widget()->metaObject()->className())
                         .endsWith(QLatin1String(cls)),
                     cls);
        }
        // A user added from Settings.
        auto *settings = m_win->findChild<SettingsPage *>();
        Dialogs::setNextText(QStringLiteral("Bea"));
        Dialogs::setNextText(QStringLiteral("4321"));
        Dialogs::setNextText(QStringLiteral("4321"));
        settings->addUser(false);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users WHERE name = 'Bea'")), 1);
        // A delivery recorded in Inventory.
        auto *inv = m_win->findChild<InventoryPage *>();
        const qint64 moves = count(QStringLiteral("SELECT count(*) FROM stock_movements"));
        test::childOf<QTableView>(inv, "stockTable")->selectRow(0);
        test::childOf<QLineEdit>(inv, "stockQty")->setText(QStringLiteral("12"));
        test::childOf<QPushButton>(inv, "stockRecord")->click();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements")), moves + 1);
        // A void with no approval asked, logged under Ann alone; the drawer with no sale.
        key(Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(m_page->searchField()->hasFocus());
        auto *list = openSalesList();
        QVERIFY(list);
        Dialogs::setNextText(QStringLiteral("customer changed mind"));
        key(Qt::Key_V);
        QTRY_COMPARE(count(QStringLiteral("SELECT count(*) FROM sales WHERE kind = 'void'")), 1);
        list->reject();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        m_page->openDrawerNoSale();
        QCOMPARE(m_asked, 0);
        auto acts = TillActionLog(m_db->db())
                        .forMarketDay((*MarketDayRepository(m_db->db()).current())->id);
        QCOMPARE(acts->size(), 2);
        for (const TillAction &a : *acts) {
            QCOMPARE(a.user, QStringLiteral("Ann"));
            QVERIFY(a.approvedBy.isEmpty());
        }
    }
};

QTEST_MAIN(TestRoles)
#include "tst_roles.moc"
