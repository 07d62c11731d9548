#include "tests/support/TestSupport.h"
#include "tests/ui/WidgetTestSupport.h"

#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/StockLedger.h"
#include "core/checkout/PinStore.h"
#include "core/eod/CashDrawer.h"
#include "ui/AppContext.h"
#include "ui/MainWindow.h"
#include "ui/checkout/CheckoutPage.h"
#include "ui/checkout/DiscountDialog.h"
#include "ui/checkout/MarketDayDialog.h"
#include "ui/checkout/NumericKeypad.h"
#include "ui/checkout/RefundDialog.h"
#include "ui/checkout/ResumeDialog.h"
#include "ui/checkout/SalesDialog.h"
#include "ui/checkout/TenderDialog.h"
#include "ui/checkout/WeightDialog.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Style.h"
#include "ui/common/TouchPrompt.h"
#include "ui/eod/CashDrawerStep.h"
#include "ui/inventory/InventoryPage.h"
#include "ui/models/CartModel.h"
#include "ui/settings/SettingsPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QWindow>

#include <functional>
#include <memory>

using namespace sk;
using namespace sk::ui;

// Every step at the stall by touch alone: taps (mouse clicks on the widgets a finger would hit)
// and no key events, except where a test is about keys (a scanner, keys typed ahead of a
// dialog). Dialogs are the real ones, driven from inside their own event loop when they block.
class TestTouch : public test::TillSuite
{
    Q_OBJECT

    QList<std::function<void(QWidget *)>> m_drivers;
    QPointer<QWidget> m_driven;
    QTimer m_driverTimer;
    QStringList m_driverFailures;

    static void tap(QWidget *w)
    {
        QVERIFY(w);
        QVERIFY2(w->isVisible(), qPrintable(w->objectName()));
        QVERIFY2(w->isEnabled(), qPrintable(w->objectName()));
        QTest::mouseClick(w, Qt::LeftButton, {}, w->rect().center());
    }
    // The visible button of `scope` showing `text` (a keypad key, a keyboard key, a choice).
    static QPushButton *button(QWidget *scope, const QString &text)
    {
        if (!scope)
            return nullptr;
        for (QPushButton *b : scope->findChildren<QPushButton *>())
            if (b->isVisible() && b->text() == text)
                return b;
        return nullptr;
    }
    static QAbstractButton *standardButton(QWidget *dialog, QDialogButtonBox::StandardButton which)
    {
        for (auto *box : dialog->findChildren<QDialogButtonBox *>())
            if (QAbstractButton *b = box->button(which); b && b->isVisible())
                return b;
        return nullptr;
    }
    // Taps `text` out on the dialog's keypad or keyboard; false when a key is missing.
    static bool tapKeys(QWidget *dialog, const QString &text)
    {
        for (const QChar c : text) {
            QPushButton *b = button(dialog, QString(c));
            // ⇧ for a capital, or to take back the capital a field starts with.
            if (!b && c.isLetter()) {
                if (QPushButton *shift
                    = dialog->findChild<QPushButton *>(QStringLiteral("keyShift")))
                    QTest::mouseClick(shift, Qt::LeftButton);
                b = button(dialog, QString(c));
            }
            if (!b)
                return false;
            QTest::mouseClick(b, Qt::LeftButton);
        }
        return true;
    }
    // The next modal dialogs, in order, each handed to a driver once it is up; a dialog whose
    // driver cannot do its job is rejected (recorded as a failure) so that no test hangs.
    void drive(QList<std::function<void(QWidget *)>> drivers)
    {
        m_drivers = std::move(drivers);
        m_driverFailures.clear();
        m_driven = nullptr;
        m_driverTimer.start(20);
    }
    void fail(QWidget *dialog, const QString &why)
    {
        m_driverFailures << QStringLiteral("%1: %2").arg(
            QString::fromLatin1(dialog->metaObject()->className()), why);
        if (auto *d = qobject_cast<QDialog *>(dialog))
            d->reject();
    }
    void onDriverTick()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || modal == m_driven || m_drivers.isEmpty()
            || qobject_cast<SalesDialog *>(modal))
            return;
        m_driven = modal;
        auto next = m_drivers.takeFirst();
        if (m_drivers.isEmpty())
            m_driverTimer.stop();
        next(modal);
    }
    template<typename T>
    T *waitDialog()
    {
        return test::waitModal<T>(test::DialogReady::Visible);
    }
    // Taps `opener`, then `text` on the touch prompt it opens, then OK: false when no prompt
    // opened, a key was missing or the prompt did not close.
    bool typeOnPrompt(QWidget *opener, const QString &text)
    {
        tap(opener);
        QWidget *prompt = waitDialog<QDialog>();
        if (!prompt || !tapKeys(prompt, text))
            return false;
        tap(standardButton(prompt, QDialogButtonBox::Ok));
        return QTest::qWaitFor([] { return !QApplication::activeModalWidget(); });
    }
    QList<SaleRecord> sales() { return test::storedSales(m_db->db()); }
    Product product(const char *sku)
    {
        return test::productBySku(m_db->db(), QString::fromLatin1(sku));
    }
    TenderDialog *payFor(const QList<const char *> &skus)
    {
        for (const char *sku : skus)
            QTest::mouseClick(m_page->quickKey(QString::fromLatin1(sku)), Qt::LeftButton);
        QTest::mouseClick(m_page->payButton(), Qt::LeftButton);
        return waitDialog<TenderDialog>();
    }
    // A tap on the row of a table whose first column shows `key`.
    static void tapRow(QAbstractItemView *table, const QString &key)
    {
        QAbstractItemModel *m = table->model();
        QModelIndex at;
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data().toString() == key)
                at = m->index(r, 1);
        QVERIFY2(at.isValid(), qPrintable(key));
        table->scrollTo(at);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(at).center());
    }
    // Geometry of every visible button of `dialog`, by name, in the dialog's coordinates.
    static QHash<QString, QRect> buttonPlaces(QWidget *dialog)
    {
        QHash<QString, QRect> out;
        for (QAbstractButton *b : dialog->findChildren<QAbstractButton *>())
            if (b->isVisible() && !b->objectName().isEmpty())
                out.insert(b->objectName(), QRect(b->mapTo(dialog, QPoint(0, 0)), b->size()));
        return out;
    }
    // Buttons a finger is meant to hit (not the clear button inside a line edit).
    static QStringList smallButtons(QWidget *dialog)
    {
        QStringList out;
        for (QAbstractButton *b : dialog->findChildren<QAbstractButton *>()) {
            if (!b->isVisible() || qobject_cast<QLineEdit *>(b->parentWidget()))
                continue;
            if (b->height() < kTouchMin)
                out << QStringLiteral("%1 “%2” %3 px")
                           .arg(QString::fromLatin1(dialog->metaObject()->className()),
                                b->text().simplified())
                           .arg(b->height());
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        connect(&m_driverTimer, &QTimer::timeout, this, &TestTouch::onDriverTick);
    }
    void init()
    {
        QVERIFY(startTill());
        QVERIFY(showWindow());
        waitReady();
    }
    void cleanup()
    {
        m_driverTimer.stop();
        m_drivers.clear();
        while (QWidget *modal = QApplication::activeModalWidget()) {
            if (auto *d = qobject_cast<QDialog *>(modal))
                d->reject();
            else
                modal->close();
            QCoreApplication::processEvents();
        }
        closeTill();
        Dialogs::setTestMode(true);
        Dialogs::clearLastMessage();
    }

    // $10 by card and the rest in cash: the amount typed on the tender dialog's keypad.
    void splitCardAndCashByTouch()
    {
        auto *tender = payFor({"JAM-STR", "HNY-WLD"}); // 8.50 + 12.00
        QVERIFY(tender);
        QVERIFY2(button(tender, QStringLiteral("1")), "no keypad in the tender dialog");
        tap(button(tender, QStringLiteral("1")));
        tap(button(tender, QStringLiteral("0")));
        QCOMPARE(tender->amountField()->text(), QStringLiteral("10"));
        tap(tender->findChild<QPushButton *>(QStringLiteral("tender_card")));
        tap(tender->findChild<QPushButton *>(QStringLiteral("exact")));
        waitReady();
        const SaleRecord s = lastSale();
        QCOMPARE(s.tenders.size(), 2);
        QCOMPARE(s.tenders[0].tender, QStringLiteral("card"));
        QCOMPARE(s.tenders[0].tendered, 1000);
        QCOMPARE(s.tenders[1].tender, QStringLiteral("cash"));
        QCOMPARE(s.tenders[1].tendered, 1050);
    }

    // F6's quantity on the app's keypad.
    void quantityByTouch()
    {
        Dialogs::setTestMode(false);
        tap(m_page->quickKey(QStringLiteral("JAM-STR")));
        drive({[this](QWidget *d) {
            if (smallButtons(d).size())
                m_driverFailures << smallButtons(d);
            if (!tapKeys(d, QStringLiteral("3")))
                return fail(d, QStringLiteral("no keypad"));
            QAbstractButton *ok = standardButton(d, QDialogButtonBox::Ok);
            if (!ok)
                return fail(d, QStringLiteral("no OK"));
            QTest::mouseClick(ok, Qt::LeftButton);
        }});
        tap(button(m_page, QStringLiteral("Qty\nF6")));
        QVERIFY2(m_driverFailures.isEmpty(), qPrintable(m_driverFailures.join(u'\n')));
        QCOMPARE(m_page->cartModel()->cart().lines.value(0).qty, 3000);
        // 300 jars (a digit too many) asks first.
        Dialogs::setTestMode(true);
        Dialogs::setNextText(QStringLiteral("300"));
        Dialogs::setNextAnswer(QMessageBox::No);
        tap(button(m_page, QStringLiteral("Qty\nF6")));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("300")));
        QCOMPARE(m_page->cartModel()->cart().lines.value(0).qty, 3000);
    }

    // A void's reason tapped from the list of common ones.
    void voidReasonByTouch()
    {
        auto *tender = payFor({"JAM-STR"});
        QVERIFY(tender);
        tap(tender->findChild<QPushButton *>(QStringLiteral("exact")));
        waitReady();
        const SaleRecord sale = lastSale();
        tap(m_page->findChild<QPushButton *>(QStringLiteral("next")));
        tap(button(m_page, QStringLiteral("Sales\nF3")));
        auto *list = waitDialog<SalesDialog>();
        QVERIFY(list);
        Dialogs::setTestMode(false);
        QString chosen;
        drive({[&](QWidget *d) {
            if (smallButtons(d).size())
                m_driverFailures << smallButtons(d);
            auto *choice = d->findChild<QPushButton *>(QStringLiteral("choice0"));
            if (!choice)
                return fail(d, QStringLiteral("no list of reasons"));
            chosen = choice->text();
            QTest::mouseClick(choice, Qt::LeftButton);
            QTest::mouseClick(standardButton(d, QDialogButtonBox::Ok), Qt::LeftButton);
        }});
        tap(button(list, QStringLiteral("Void sale (V)")));
        QVERIFY2(m_driverFailures.isEmpty(), qPrintable(m_driverFailures.join(u'\n')));
        QTRY_COMPARE(sales().size(), 2);
        const SaleRecord v = lastSale();
        QCOMPARE(v.kind, QStringLiteral("void"));
        QCOMPARE(v.refSaleId, sale.id);
        QCOMPARE(v.reason, chosen);
    }

    // A delivery of 12 jars recorded on the keypad.
    void stockReceiveByTouch()
    {
        AppContext ctx(m_db->db());
        InventoryPage page(ctx);
        QVERIFY(test::showSized(&page, QSize(1024, 600)));
        auto *table = page.findChild<QTableView *>(QStringLiteral("stockTable"));
        QVERIFY(table);
        tapRow(table, QStringLiteral("JAM-STR"));
        const QString id = product("JAM-STR").id;
        const Milli before = StockLedger(m_db->db()).level(id)->level;
        auto *pad = page.findChild<QPushButton *>(QStringLiteral("stockQtyTouch"));
        QVERIFY2(pad, "no keypad for the stock quantity");
        QVERIFY(typeOnPrompt(pad, QStringLiteral("12")));
        tap(page.findChild<QPushButton *>(QStringLiteral("stockRecord")));
        QCOMPARE(StockLedger(m_db->db()).level(id)->level, before + 12000);
    }

    // A product's price and low-stock level changed in Inventory by taps alone: every number
    // of the product form has the keypad beside it, every text the keyboard.
    void productPriceByTouch()
    {
        AppContext ctx(m_db->db());
        InventoryPage page(ctx);
        QVERIFY(test::showSized(&page, QSize(1024, 600)));
        QTabBar *tabs = page.findChild<QTabWidget *>(QStringLiteral("inventoryTabs"))->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
        auto *table = page.findChild<QAbstractItemView *>(QStringLiteral("productTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->isVisible());
        tapRow(table, QStringLiteral("JAM-STR"));
        QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("productName"))->text(),
                 product("JAM-STR").name);
        for (const char *name :
             {"productPriceTouch", "productLowStockTouch", "productQuickPosTouch"}) {
            auto *pad = page.findChild<QPushButton *>(QLatin1String(name));
            QVERIFY2(pad, qPrintable(QStringLiteral("no keypad: %1").arg(QLatin1String(name))));
            QCOMPARE(pad->text(), QStringLiteral("123"));
        }
        for (const char *name : {"productNameTouch",
                                 "productCategoryTouch",
                                 "productBarcodesTouch",
                                 "productQuickColorTouch"})
            QVERIFY2(page.findChild<QPushButton *>(QLatin1String(name)),
                     qPrintable(QStringLiteral("no keyboard: %1").arg(QLatin1String(name))));

        auto typeOnKeypad = [&](const char *button, const QString &digits) {
            tap(page.findChild<QPushButton *>(QLatin1String(button)));
            auto *prompt = waitDialog<TouchPrompt>();
            QVERIFY(prompt);
            QVERIFY(prompt->findChild<NumericKeypad *>());
            QVERIFY(tapKeys(prompt, digits)); // the prefilled value is selected: replaced
            tap(standardButton(prompt, QDialogButtonBox::Ok));
            QTRY_VERIFY(!QApplication::activeModalWidget());
        };
        typeOnKeypad("productPriceTouch", QStringLiteral("12"));
        typeOnKeypad("productLowStockTouch", QStringLiteral("4"));
        typeOnKeypad("productQuickPosTouch", QStringLiteral("7"));
        tap(page.findChild<QPushButton *>(QStringLiteral("productSave")));
        const Product jam = product("JAM-STR");
        QCOMPARE(jam.price, 1200);
        QCOMPARE(jam.lowStock, 4000);
        QCOMPARE(jam.quickPos, std::optional<int>(7));
    }

    // The drawer counted on the keypad: three $20 notes.
    void drawerCountByTouch()
    {
        AppContext ctx(m_db->db());
        const QString dayId = (*MarketDayRepository(m_db->db()).current())->id;
        CashDrawerStep step(ctx);
        QVERIFY(test::showSized(&step, QSize(1024, 500)));
        step.load(dayId, {});
        auto *twenties = step.findChild<QLineEdit *>(QStringLiteral("denom_2000"));
        QVERIFY(twenties);
        QTRY_VERIFY(twenties->isVisible());
        tap(twenties);
        QVERIFY2(button(&step, QStringLiteral("3")), "no keypad for the count");
        tap(button(&step, QStringLiteral("3")));
        QCOMPARE(twenties->text(), QStringLiteral("3"));
        tap(step.findChild<QPushButton *>(QStringLiteral("recordDrawer")));
        auto count = CashDrawer(m_db->db()).latestCount(dayId);
        QVERIFY(count && *count);
        QCOMPARE((*count)->cashCounted, 6000);
    }

    // A new owner's name on the on-screen keyboard, the PIN on the keypad.
    void userNameByTouch()
    {
        AppContext ctx(m_db->db());
        SettingsPage page(ctx);
        QVERIFY(test::showSized(&page, QSize(1024, 600)));
        Dialogs::setTestMode(false);
        auto enter = [this](const QString &text) {
            return [this, text](QWidget *d) {
                if (smallButtons(d).size())
                    m_driverFailures << smallButtons(d);
                if (!tapKeys(d, text))
                    return fail(d, QStringLiteral("no key for %1").arg(text));
                QTest::mouseClick(standardButton(d, QDialogButtonBox::Ok), Qt::LeftButton);
            };
        };
        drive({enter(QStringLiteral("Rosa")),
               enter(QStringLiteral("2468")),
               enter(QStringLiteral("2468"))});
        tap(button(&page, QStringLiteral("Add owner…")));
        QVERIFY2(m_driverFailures.isEmpty(), qPrintable(m_driverFailures.join(u'\n')));
        auto users = PinStore(m_db->db()).users();
        QVERIFY(users);
        QCOMPARE(users->size(), 1);
        QCOMPARE(users->first().name, QStringLiteral("Rosa"));
    }

    // Every button of every dialog a vendor taps is at least 48 px high.
    void everyDialogButtonIsTouchSized()
    {
        QStringList small;
        Dialogs::setTestMode(false);
        // Questions, messages and prompts.
        drive({[&](QWidget *d) {
            small << smallButtons(d);
            static_cast<QDialog *>(d)->reject();
        }});
        Dialogs::question(m_win.get(), QStringLiteral("Q"), QStringLiteral("Clear the cart?"));
        Dialogs::warning(m_win.get(), QStringLiteral("W"), QStringLiteral("Unknown code"));
        QWidget *w = waitDialog<QDialog>();
        QVERIFY(w);
        small << smallButtons(w);
        static_cast<QDialog *>(w)->reject();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        drive({[&](QWidget *d) {
            small << smallButtons(d);
            static_cast<QDialog *>(d)->reject();
        }});
        Dialogs::getText(m_win.get(), QStringLiteral("T"), QStringLiteral("Name:"));
        drive({[&](QWidget *d) {
            small << smallButtons(d);
            static_cast<QDialog *>(d)->reject();
        }});
        Dialogs::getText(m_win.get(), QStringLiteral("P"), QStringLiteral("PIN:"), {}, true);
        Dialogs::setTestMode(true);

        // The checkout's own dialogs.
        const Currency usd;
        QList<QDialog *> dialogs;
        dialogs << new WeightDialog(product("CHS-BRI"), usd, m_win.get());
        dialogs << new MarketDayDialog({QStringLiteral("Riverside")}, usd, m_win.get());
        dialogs << new DiscountDialog(
            QStringLiteral("D"), QStringLiteral("D"), 1000, usd, Discount{}, m_win.get());
        for (QDialog *d : dialogs) {
            fitToScreen(d);
            QVERIFY(test::showExposed(d));
            small << smallButtons(d);
            d->reject();
            delete d;
        }
        auto *tender = payFor({"JAM-STR"});
        QVERIFY(tender);
        small << smallButtons(tender);
        tap(tender->findChild<QPushButton *>(QStringLiteral("exact")));
        waitReady();
        tap(m_page->findChild<QPushButton *>(QStringLiteral("next")));
        tap(button(m_page, QStringLiteral("Sales\nF3")));
        auto *list = waitDialog<SalesDialog>();
        QVERIFY(list);
        small << smallButtons(list);
        tap(button(list, QStringLiteral("Refund items (R)")));
        auto *refund = waitDialog<RefundDialog>();
        QVERIFY(refund);
        small << smallButtons(refund);
        QVERIFY2(small.isEmpty(), qPrintable(small.join(u'\n')));
    }

    // The opening float shows 0.00; the first keypad tap replaces it: $150 in 4 taps.
    void prefilledFloatReplacedByFirstTap()
    {
        QVERIFY(closeMarketDay());
        tap(m_page->quickKey(QStringLiteral("JAM-STR")));
        auto *dlg = waitDialog<MarketDayDialog>();
        QVERIFY(dlg);
        QCOMPARE(dlg->floatField()->text(), QStringLiteral("0.00"));
        int taps = 0;
        for (const char *k : {"1", "5", "0"}) {
            tap(button(dlg, QString::fromLatin1(k)));
            ++taps;
        }
        tap(button(dlg, QStringLiteral("Start selling")));
        ++taps;
        QTRY_VERIFY(!QApplication::activeModalWidget());
        auto day = MarketDayRepository(m_db->db()).current();
        QVERIFY(day && *day);
        QCOMPARE((*day)->openingFloat, 15000);
        QCOMPARE(taps, 4);
        // A tap on the field itself selects it too: typing replaces the value.
        auto *again = new MarketDayDialog({}, Currency{}, m_win.get());
        again->setAttribute(Qt::WA_DeleteOnClose);
        fitToScreen(again);
        again->open();
        QVERIFY(QTest::qWaitForWindowExposed(again));
        QTest::mouseClick(again->floatField(), Qt::LeftButton, {}, QPoint(4, 4));
        QTRY_COMPARE(again->floatField()->selectedText(), QStringLiteral("0.00"));
        again->reject();
    }

    // Refusal messages and the first tender move nothing under the finger.
    void tenderButtonsNeverMove()
    {
        auto *tender = payFor({"JAM-STR", "HNY-WLD", "COF-CUP"});
        QVERIFY(tender);
        const QHash<QString, QRect> start = buttonPlaces(tender);
        QVERIFY(start.contains(QStringLiteral("cancel")));
        QVERIFY(start.contains(QStringLiteral("quick1")));
        // WIC/FMNP pays for none of these: refused in words.
        tap(tender->findChild<QPushButton *>(QStringLiteral("tender_fmnp")));
        QVERIFY(!tender->errorText().isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(buttonPlaces(tender), start);
        // $10 by card: the first tender taken, the quick cash amounts change, not their places.
        tender->amountField()->setText(QStringLiteral("10"));
        tap(tender->findChild<QPushButton *>(QStringLiteral("tender_card")));
        QCOMPARE(tender->tenders().size(), 1);
        QCoreApplication::processEvents();
        const QHash<QString, QRect> after = buttonPlaces(tender);
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            QCOMPARE(it.value(), start.value(it.key(), it.value()));
        for (const char *name : {"cancel", "exact", "tender_cash", "tender_card"})
            QCOMPARE(after.value(QString::fromLatin1(name)),
                     start.value(QString::fromLatin1(name)));
    }

    // A scanner's burst while paying is no cash amount.
    void scanInTenderDialogIsNotCash()
    {
        auto *tender = payFor({"JAM-STR"});
        QVERIFY(tender);
        for (const char *code : {"96385074", "0850001000019"}) {
            QTest::keyClicks(static_cast<QWidget *>(nullptr), QString::fromLatin1(code));
            QTest::keyClick(static_cast<QWidget *>(nullptr), Qt::Key_Return);
            QCoreApplication::processEvents();
            QVERIFY(sales().isEmpty());
            QCOMPARE(QApplication::activeModalWidget(), tender);
            QVERIFY(tender->tenders().isEmpty());
            QVERIFY2(tender->errorText().contains(QStringLiteral("scan")),
                     qPrintable(tender->errorText()));
        }
    }

    // $500 handed over for $8.50 asks first.
    void cashFarBeyondDueAsks()
    {
        auto *tender = payFor({"JAM-STR"});
        QVERIFY(tender);
        tender->amountField()->setText(QStringLiteral("500"));
        Dialogs::setNextAnswer(QMessageBox::No);
        tap(tender->findChild<QPushButton *>(QStringLiteral("tender_cash")));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("$500.00")));
        QVERIFY(sales().isEmpty());
        QVERIFY(tender->tenders().isEmpty());
        QCOMPARE(QApplication::activeModalWidget(), tender);
        // Asked and confirmed: taken.
        tender->amountField()->setText(QStringLiteral("500"));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        tap(tender->findChild<QPushButton *>(QStringLiteral("tender_cash")));
        waitReady();
        QCOMPARE(lastSale().changeDue, 49150);
        // $100 for $8.50 is ordinary: no question.
        Dialogs::clearLastMessage();
        tender = payFor({"JAM-STR"});
        QVERIFY(tender);
        tender->amountField()->setText(QStringLiteral("100"));
        tap(tender->findChild<QPushButton *>(QStringLiteral("tender_cash")));
        waitReady();
        QCOMPARE(lastSale().changeDue, 9150);
        QVERIFY(Dialogs::lastMessage().isEmpty());
    }

    // 35 lb of brie (0.35 with its separator lost) asks before it is rung up.
    void weightFarBeyondUsualAsks()
    {
        tap(m_page->findChild<QPushButton *>(QStringLiteral("category_Cheese")));
        tap(m_page->quickKey(QStringLiteral("CHS-BRI")));
        auto *dlg = waitDialog<WeightDialog>();
        QVERIFY(dlg);
        tap(button(dlg, QStringLiteral("3")));
        tap(button(dlg, QStringLiteral("5")));
        Dialogs::setNextAnswer(QMessageBox::No);
        tap(button(dlg, QStringLiteral("Add")));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("35")));
        QCOMPARE(QApplication::activeModalWidget(), dlg);
        QVERIFY(m_page->cartModel()->isEmpty());
        dlg->field()->setText(QStringLiteral("0.35"));
        tap(button(dlg, QStringLiteral("Add")));
        waitReady();
        QCOMPARE(m_page->cartModel()->cart().lines.value(0).qty, 350);
    }

    // No window manager: a closed message box hands the keyboard back to the till.
    void focusBackAfterAMessageBox()
    {
        Dialogs::setTestMode(false);
        Dialogs::warning(m_page, QStringLiteral("Unknown code"), QStringLiteral("No item has it"));
        QWidget *box = waitDialog<QDialog>();
        QVERIFY(box);
        QTRY_VERIFY(box->isActiveWindow());
        QAbstractButton *ok = nullptr;
        for (QAbstractButton *b : box->findChildren<QAbstractButton *>())
            if (b->isVisible())
                ok = b;
        tap(ok);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QTRY_VERIFY(m_page->searchField()->hasFocus());
        // A message box of Qt's own, opened by no page of the app.
        auto *plain = new QMessageBox(QMessageBox::Information,
                                      QStringLiteral("x"),
                                      QStringLiteral("x"),
                                      QMessageBox::Ok,
                                      m_win.get());
        plain->setAttribute(Qt::WA_DeleteOnClose);
        plain->open();
        QTRY_VERIFY(plain->isActiveWindow());
        tap(plain->button(QMessageBox::Ok));
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QTRY_VERIFY(m_page->searchField()->hasFocus());
        // Keys typed next reach the till.
        QTest::keyClicks(static_cast<QWidget *>(nullptr), QStringLiteral("jam"));
        QCOMPARE(m_page->searchField()->text(), QStringLiteral("jam"));
    }

    // Keys typed while a dialog opens, still addressed to the till's window, reach the dialog
    // in order: the weight typed right after the tap, the Enter right after Pay.
    void keysTypedAheadOfADialogArriveInOrder()
    {
        QWindow *till = m_win->windowHandle();
        QVERIFY(till);
        tap(m_page->findChild<QPushButton *>(QStringLiteral("category_Cheese")));
        tap(m_page->quickKey(QStringLiteral("CHS-BRI")));
        // Straight from the window system, before the dialog is given the keyboard.
        const auto typeAhead = [till](int key, const QString &text) {
            qt_handleKeyEvent(till, QEvent::KeyPress, key, Qt::NoModifier, text);
            qt_handleKeyEvent(till, QEvent::KeyRelease, key, Qt::NoModifier, text);
        };
        QVERIFY(qobject_cast<WeightDialog *>(QApplication::activeModalWidget()));
        QVERIFY(QGuiApplication::focusWindow() == till);
        typeAhead(Qt::Key_0, QStringLiteral("0"));
        typeAhead(Qt::Key_Period, QStringLiteral("."));
        typeAhead(Qt::Key_3, QStringLiteral("3"));
        typeAhead(Qt::Key_5, QStringLiteral("5"));
        typeAhead(Qt::Key_Return, QStringLiteral("\r"));
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(m_page->cartModel()->cart().lines.value(0).qty, 350);
        waitReady();
        tap(m_page->payButton());
        QVERIFY(QGuiApplication::focusWindow() == till);
        typeAhead(Qt::Key_Return, QStringLiteral("\r"));
        QTRY_COMPARE(sales().size(), 1);
        QCOMPARE(lastSale().tenders.value(0).tender, QStringLiteral("cash"));
    }

    // An item found by name on the on-screen keyboard and rung up with a tap.
    void searchByTouch()
    {
        auto *keys = m_page->findChild<QPushButton *>(QStringLiteral("searchTouch"));
        QVERIFY2(keys, "no keyboard for the search field");
        QVERIFY(typeOnPrompt(keys, QStringLiteral("kale")));
        QTRY_VERIFY(m_page->searchResults()->count() >= 1);
        QListWidget *results = m_page->searchResults();
        QTest::mouseClick(results->viewport(),
                          Qt::LeftButton,
                          {},
                          results->visualItemRect(results->item(0)).center());
        QTRY_COMPARE(m_page->cartModel()->rowCount(), 1);
        QCOMPARE(m_page->cartModel()->cart().lines[0].product.sku, QStringLiteral("VEG-KAL"));
        QTRY_VERIFY(m_page->searchField()->hasFocus());
    }

    // The search field keeps no history of the day's codes.
    void searchUndoIsGoneAfterASale()
    {
        test::typeAndEnter(m_page->searchField(), QStringLiteral("JAM-STR"));
        QTRY_COMPARE(m_page->cartModel()->rowCount(), 1);
        QCOMPARE(m_page->searchField()->text(), QString());
        QVERIFY(!m_page->searchField()->isUndoAvailable());
        auto *tender = waitDialog<TenderDialog>();
        Q_UNUSED(tender);
    }
};

QTEST_MAIN(TestTouch)
#include "tst_touch.moc"
