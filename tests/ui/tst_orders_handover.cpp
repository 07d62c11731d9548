// Handing a pre-order over at the till, driven through the real widgets: the customer's code
// scanned at the checkout finds the order, it opens as the cart, the tomatoes are re-weighed
// with the weight dialog and re-priced, SNAP pays part and cash the rest; the sale names the
// order and the order is picked up, its reservation released.
#include "tests/support/TestSupport.h"
#include "tests/ui/WidgetTestSupport.h"

#include "core/Catalog.h"
#include "core/StockLedger.h"
#include "core/checkout/PinStore.h"
#include "core/eod/CashDrawer.h"
#include "core/preorder/PreOrderRepository.h"
#include "ui/MainWindow.h"
#include "ui/checkout/CheckoutPage.h"
#include "ui/checkout/TenderDialog.h"
#include "ui/checkout/WeightDialog.h"
#include "ui/common/Dialogs.h"
#include "ui/common/DisplayNames.h"
#include "ui/common/OwnerApproval.h"
#include "ui/common/Style.h"
#include "ui/common/TouchKeyboard.h"
#include "ui/common/TouchPrompt.h"
#include "ui/models/CartModel.h"
#include "ui/orders/OrdersDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

using namespace sk;
using namespace sk::ui;

class TestOrdersHandover : public test::TillSuite
{
    Q_OBJECT

    template<typename T>
    T *waitDialog()
    {
        T *d = nullptr;
        (void)QTest::qWaitFor(
            [&] { return (d = qobject_cast<T *>(QApplication::activeModalWidget())); }, 5000);
        return d;
    }
    // Ana's pre-order `number` for today: `qty` of `p` (not stored yet).
    static PreOrder order(const QString &number, const Product &p, Milli qty)
    {
        PreOrder o;
        o.number = number;
        o.customerName = QStringLiteral("Ana");
        o.marketDate = QDate::currentDate();
        o.lines << PreOrderLine{p.id, p.sku, p.name, p.unit, p.price, qty, 0, 0};
        return o;
    }
    void type(const QString &text) { QTest::keyClicks(static_cast<QWidget *>(nullptr), text); }
    void key(Qt::Key k) { QTest::keyClick(static_cast<QWidget *>(nullptr), k); }

private slots:
    void init() { QVERIFY(startTill()); }
    void cleanup() { closeTill(); }

    void scanOpensTheOrderReweighAndPayPartlyBySnap()
    {
        Database &db = m_db->db();
        const Product tom = *ProductRepository(db).bySku(QStringLiteral("VEG-TOM"));
        const Product jam = *ProductRepository(db).bySku(QStringLiteral("JAM-STR"));
        PreOrder o = order(QStringLiteral("W-1042"), tom, 2000);
        o.note = QStringLiteral("ripe ones, please");
        o.lines << PreOrderLine{jam.id, jam.sku, jam.name, jam.unit, jam.price, 1000, 0, 0};
        const PreOrder saved = *PreOrderRepository(db).save(o);
        QCOMPARE(*PreOrderRepository(db).reserved(tom.id), 2000);

        QVERIFY(showWindow());
        QTRY_VERIFY(m_page->searchField()->hasFocus());
        // The QR code on the customer's phone, read by the scanner: its number and Enter.
        type(QStringLiteral("W-1042"));
        key(Qt::Key_Return);
        auto *orders = waitDialog<OrdersDialog>();
        QVERIFY(orders);
        auto *list = orders->findChild<QListWidget *>(QStringLiteral("orderList"));
        QTRY_COMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Ana")));
        // No pick-up window: the day and the state, with nothing doubled between them.
        QVERIFY2(!list->item(0)->text().contains(QLatin1String("  ")),
                 qPrintable(list->item(0)->text()));
        // The customer's note is read at the hand-over.
        QVERIFY2(list->item(0)->text().contains(OrdersDialog::tr("Note: %1").arg(o.note)),
                 qPrintable(list->item(0)->text()));
        QVERIFY(orders->findChild<QPushButton *>(QStringLiteral("handOver"))->height() >= 48);
        QTest::mouseClick(orders->findChild<QPushButton *>(QStringLiteral("handOver")),
                          Qt::LeftButton);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QTRY_COMPARE(m_page->cartModel()->rowCount(), 2);
        QCOMPARE(m_page->cartModel()->cart().lines[0].product.id, tom.id);
        QCOMPARE(m_page->cartModel()->cart().lines[0].qty, 2000); // the estimate, to re-weigh

        // Re-weigh the tomatoes: 2.35 lb on the scale, priced at that weight.
        QTRY_VERIFY(m_page->searchField()->hasFocus());
        key(Qt::Key_F6);
        auto *weigh = waitDialog<WeightDialog>();
        QVERIFY(weigh);
        // The line's weight changes: nothing is added.
        QStringList buttonTexts;
        for (const QAbstractButton *b :
             weigh->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->buttons())
            buttonTexts << b->text();
        QVERIFY2(buttonTexts.contains(WeightDialog::tr(
                     "Change", "button: take the new weight of a line already in the cart")),
                 qPrintable(buttonTexts.join(u'|')));
        QVERIFY(!buttonTexts.contains(WeightDialog::tr("Add")));
        type(QStringLiteral("2.35"));
        QTRY_COMPARE(weigh->quantity(), 2350);
        key(Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QTRY_COMPARE(m_page->cartModel()->cart().lines[0].qty, 2350);
        const Minor tomatoes = 1058; // 2.35 x 4.50 = 10.575, rounded half away from zero
        const Minor total = tomatoes + jam.price;
        QCOMPARE(m_page->cartModel()->computation().total, total);

        // Pay: 5.00 by SNAP, the rest exact in cash.
        QTRY_VERIFY(m_page->searchField()->hasFocus());
        key(Qt::Key_Return);
        auto *tender = waitDialog<TenderDialog>();
        QVERIFY(tender);
        QTRY_VERIFY(tender->amountField()->hasFocus());
        tender->amountField()->selectAll();
        type(QStringLiteral("5.00"));
        key(Qt::Key_F3);
        QTRY_COMPARE(tender->tenders().size(), 1);
        QTest::mouseClick(tender->findChild<QPushButton *>(QStringLiteral("exact")),
                          Qt::LeftButton);
        QTRY_VERIFY(!QApplication::activeModalWidget());

        const PreOrder after = *PreOrderRepository(db).byId(saved.id);
        QCOMPARE(after.state, OrderState::PickedUp);
        QCOMPARE(after.lines[0].pickedQty, 2350);
        QCOMPARE(after.lines[0].pickedAmount, tomatoes);
        QCOMPARE(after.saleIds.size(), 1);
        const SaleRecord sale = test::newestSale(db);
        QCOMPARE(sale.id, after.saleIds.first());
        QCOMPARE(sale.total, total);
        QCOMPARE(sale.tenders.size(), 2);
        QCOMPARE(sale.tenders[0].tender, QStringLiteral("snap"));
        QCOMPARE(sale.tenders[0].amount, 500);
        QCOMPARE(*PreOrderRepository(db).orderOfSale(sale.id), saved.id);
        QCOMPARE(*PreOrderRepository(db).reserved(tom.id), 0);
        QCOMPARE(m_page->cartModel()->rowCount(), 0);

        // Found again, the order says what was handed over: the weight sold, not the estimate.
        OrdersDialog found(db, QStringLiteral("W-1042"));
        auto *again = found.findChild<QListWidget *>(QStringLiteral("orderList"));
        QTRY_COMPARE(again->count(), 1);
        const QString row = again->item(0)->text();
        QVERIFY2(row.contains(OrdersDialog::tr("picked up")), qPrintable(row));
        QVERIFY2(row.contains(OrdersDialog::tr("(handed over %1)").arg(quantity(2350, Unit::Lb))),
                 qPrintable(row));
    }

    // 5 jars of jam on hand, 3 of them promised to an order picked up today: the first two
    // sell as usual, the third asks first ("3 of the 5 left are reserved"); kept for the order
    // it is not added, sold anyway it is, and the next one of this cart is not asked again.
    void sellingReservedStockAsksFirst()
    {
        Database &db = m_db->db();
        const Product jam = *ProductRepository(db).bySku(QStringLiteral("JAM-STR"));
        QVERIFY(StockLedger(db).record(jam.id, StockKind::Receive, 5000));
        PreOrder o = order(QStringLiteral("W-7"), jam, 3000);
        QVERIFY(PreOrderRepository(db).save(o));
        // An order of another day holds nothing of today's stock.
        o.id.clear();
        o.number = QStringLiteral("W-8");
        o.marketDate = QDate::currentDate().addDays(7);
        QVERIFY(PreOrderRepository(db).save(o));

        QVERIFY(showWindow());
        Dialogs::clearLastMessage();
        m_page->addProduct(jam);
        m_page->addProduct(jam);
        QCOMPARE(m_page->cartModel()->cart().lines.value(0).qty, 2000);
        QCOMPARE(Dialogs::lastMessage(), QString());

        Dialogs::setNextAnswer(QMessageBox::No);
        m_page->addProduct(jam);
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("3 of the 5 left are reserved")));
        QCOMPARE(m_page->cartModel()->cart().lines.value(0).qty, 2000);

        Dialogs::clearLastMessage();
        Dialogs::setNextAnswer(QMessageBox::Yes);
        m_page->addProduct(jam);
        QCOMPARE(m_page->cartModel()->cart().lines.value(0).qty, 3000);
        m_page->addProduct(jam);
        QCOMPARE(m_page->cartModel()->cart().lines.value(0).qty, 4000);
        // The reservation itself is untouched: the order still waits for its 3.
        QCOMPARE(*PreOrderRepository(db).reserved(jam.id), 6000);
    }

    // A helper at the till: selling into the reservation needs an owner's PIN.
    void helperNeedsOwnerToSellReserved()
    {
        Database &db = m_db->db();
        const Product jam = *ProductRepository(db).bySku(QStringLiteral("JAM-STR"));
        QVERIFY(StockLedger(db).record(jam.id, StockKind::Receive, 2000));
        const PreOrder o = order(QStringLiteral("W-9"), jam, 2000);
        QVERIFY(PreOrderRepository(db).save(o));
        QVERIFY(showWindow());
        PinStore pins(db);
        QVERIFY(pins.addUser(QStringLiteral("Ann"), TillUser::Role::Owner, QStringLiteral("1234")));
        auto ben
            = pins.addUser(QStringLiteral("Ben"), TillUser::Role::Helper, QStringLiteral("5678"));
        QVERIFY(ben);
        m_win->context().setUser(*ben);

        QString asked;
        OwnerApproval::setTestHook([&asked](OwnerApproval *d) {
            asked = d->findChild<QLabel *>(QStringLiteral("request"))->text();
            QVERIFY(d->cancelButton()->height() >= 48);
            QTest::mouseClick(d->cancelButton(), Qt::LeftButton);
        });
        m_page->addProduct(jam);
        QVERIFY(asked.contains(QStringLiteral("Ben")));
        QVERIFY(asked.contains(QStringLiteral("2 of the 2 left are reserved")));
        QCOMPARE(m_page->cartModel()->rowCount(), 0);

        OwnerApproval::setTestHook([](OwnerApproval *d) {
            QVERIFY(d->hasOwners());
            d->pinField()->setText(QStringLiteral("1234"));
            QTest::mouseClick(d->approveButton(), Qt::LeftButton);
        });
        m_page->addProduct(jam);
        OwnerApproval::setTestHook({});
        QCOMPARE(m_page->cartModel()->rowCount(), 1);
    }

    // The orders page: a waiting order moved to another day (its reservation with it) and
    // another one cancelled (released, still listed as cancelled); buttons finger-sized.
    void vendorMovesAndCancelsOrders()
    {
        Database &db = m_db->db();
        const Product jam = *ProductRepository(db).bySku(QStringLiteral("JAM-STR"));
        const QDate day = QDate::currentDate().addDays(2);
        for (const char *n : {"W-21", "W-22"}) {
            PreOrder o = order(QLatin1String(n), jam, 1000);
            o.marketDate = day;
            o.window = QStringLiteral("08:00-10:00");
            QVERIFY(PreOrderRepository(db).save(o));
        }
        OrdersDialog dlg(db, QStringLiteral("W-21"));
        QVERIFY(test::showSized(&dlg, QSize(1024, 560)));
        auto *list = dlg.findChild<QListWidget *>(QStringLiteral("orderList"));
        QTRY_COMPARE(list->count(), 1);
        auto *move = dlg.findChild<QPushButton *>(QStringLiteral("moveOrder"));
        auto *cancel = dlg.findChild<QPushButton *>(QStringLiteral("cancelOrder"));
        QVERIFY(move->height() >= 48 && cancel->height() >= 48);
        const QDate later = day.addDays(7);
        Dialogs::setNextText(later.toString(Qt::ISODate) + QStringLiteral(" 10:00-12:00"));
        QTest::mouseClick(move, Qt::LeftButton);
        PreOrder moved = *PreOrderRepository(db).find(QStringLiteral("W-21"));
        QCOMPARE(moved.marketDate, later);
        QCOMPARE(moved.window, QStringLiteral("10:00-12:00"));
        QCOMPARE(moved.state, OrderState::Placed);
        QCOMPARE(*PreOrderRepository(db).reserved(jam.id), 2000);

        // The other order found by touch: the search's keyboard, "W-22" tapped out, OK.
        auto *keyboardButton = dlg.findChild<QPushButton *>(QStringLiteral("orderSearchTouch"));
        QVERIFY2(keyboardButton, "the order search has no on-screen keyboard");
        QVERIFY(keyboardButton->height() >= 48);
        QTest::mouseClick(keyboardButton, Qt::LeftButton);
        TouchPrompt *prompt = nullptr;
        QTRY_VERIFY((prompt = dlg.findChild<TouchPrompt *>()) && prompt->isVisible());
        auto *keys = prompt->findChild<TouchKeyboard *>();
        QVERIFY(keys);
        QTest::mouseClick(keys->key(QStringLiteral("W")), Qt::LeftButton); // a capital first
        QTest::mouseClick(keys->layerKey(TouchKeyboard::Layer::Digits), Qt::LeftButton);
        for (const char *k : {"-", "2", "2"})
            QTest::mouseClick(keys->key(QLatin1String(k)), Qt::LeftButton);
        QCOMPARE(prompt->field()->text(), QStringLiteral("W-22"));
        QTest::mouseClick(prompt->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_COMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("W-22 · ")),
                 qPrintable(list->item(0)->text()));
        Dialogs::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(PreOrderRepository(db).find(QStringLiteral("W-22"))->state, OrderState::Placed);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(PreOrderRepository(db).find(QStringLiteral("W-22"))->state, OrderState::Cancelled);
        QCOMPARE(*PreOrderRepository(db).reserved(jam.id), 1000);
        QTRY_COMPARE(list->count(), 1); // still listed
        QVERIFY(list->item(0)->text().contains(OrdersDialog::tr("cancelled")));
        QVERIFY(!cancel->isEnabled() && !move->isEnabled());
    }

    // Paid online: the payment shows the credit as its first line and asks only for the rest;
    // when fewer jars are handed over than were paid for, nothing is asked, what is owed back
    // is shown, and the sale is paid by the credit alone.
    void paidOnlineCreditIsATenderLine()
    {
        Database &db = m_db->db();
        const Product jam = *ProductRepository(db).bySku(QStringLiteral("JAM-STR"));
        const auto make = [&](const QString &number, Milli qty, Minor paid) {
            PreOrder o = order(number, jam, qty);
            o.source = QStringLiteral("import");
            o.paidElsewhere = paid;
            return *PreOrderRepository(db).save(o);
        };
        const PreOrder partlyPaid = make(QStringLiteral("E-1"), 1000, jam.price - 300);
        const PreOrder overPaid = make(QStringLiteral("E-2"), 2000, 2 * jam.price);
        QVERIFY(showWindow());
        const Currency cur = m_page->session()->rules().currency;

        QVERIFY(m_page->session()->openOrder(partlyPaid.id));
        QTRY_COMPARE(m_page->cartModel()->rowCount(), 1);
        m_page->pay();
        auto *tender = waitDialog<TenderDialog>();
        QVERIFY(tender);
        auto *taken = tender->findChild<QListWidget *>(QStringLiteral("taken"));
        QCOMPARE(taken->count(), 1);
        QCOMPARE(taken->item(0)->text(),
                 TenderDialog::tr("%1  %2").arg(TenderDialog::tr("Paid online"),
                                                money(jam.price - 300, cur)));
        QVERIFY(
            tender->findChild<QLabel *>(QStringLiteral("due"))->text().contains(money(300, cur)));
        QVERIFY(tender->tenders().isEmpty());
        QTest::mouseClick(tender->findChild<QPushButton *>(QStringLiteral("exact")),
                          Qt::LeftButton);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        SaleRecord sale = test::newestSale(db);
        QCOMPARE(sale.total, jam.price);
        QCOMPARE(sale.tenders.size(), 2);
        QCOMPARE(sale.tenders[0].tender, QStringLiteral("other"));
        QCOMPARE(sale.tenders[0].amount, jam.price - 300);
        QCOMPARE(sale.tenders[1].tender, QStringLiteral("cash"));
        QCOMPARE(sale.tenders[1].amount, 300);
        QCOMPARE(PreOrderRepository(db).byId(partlyPaid.id)->state, OrderState::PickedUp);
        // The receipt on screen names the credit as the order paid online, not "Other".
        const QString receipt
            = m_page->findChild<QTextBrowser *>(QStringLiteral("receipt"))->toPlainText();
        QVERIFY2(receipt.contains(QStringLiteral("Paid online (order E-1)")), qPrintable(receipt));
        QVERIFY2(!receipt.contains(DisplayNames::tender(QStringLiteral("other"), {})),
                 qPrintable(receipt));
        const Minor payoutsBefore = CashDrawer(db).expected(sale.marketDayId)->payouts;

        // Two jars paid for, one handed over: the customer is owed one back.
        m_page->newSale();
        QVERIFY(m_page->session()->openOrder(overPaid.id));
        Cart one = m_page->session()->cart();
        one.lines[0].qty = 1000;
        m_page->session()->apply(one, QStringLiteral("one jar"));
        QTRY_COMPARE(m_page->cartModel()->cart().lines.value(0).qty, 1000);
        m_page->pay();
        tender = waitDialog<TenderDialog>();
        QVERIFY(tender);
        QCOMPARE(tender->refundOwed(), jam.price);
        QVERIFY(tender->findChild<QLabel *>(QStringLiteral("due"))
                    ->text()
                    .contains(money(jam.price, cur)));
        auto *finish = tender->findChild<QPushButton *>(QStringLiteral("finish"));
        QVERIFY(finish && finish->isVisible() && finish->height() >= 48);
        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        sale = test::newestSale(db);
        QCOMPARE(sale.total, jam.price);
        QCOMPARE(sale.tenders.size(), 1);
        QCOMPARE(sale.tenders[0].tender, QStringLiteral("other"));
        QCOMPARE(sale.tenders[0].amount, jam.price);
        // In place of the change: what to give back, and the credit by its name.
        QCOMPARE(m_page->changeLabel()->text(),
                 CheckoutPage::tr("Give back %1").arg(money(jam.price, cur)));
        const QString paidBy = m_page->findChild<QLabel *>(QStringLiteral("lastSaleInfo"))->text();
        QVERIFY2(paidBy.contains(QStringLiteral("Paid online (order E-2)")), qPrintable(paidBy));
        const PreOrder after = *PreOrderRepository(db).byId(overPaid.id);
        QCOMPARE(after.state, OrderState::Partly);
        // What is owed back left the drawer: a payout of the market day, expected at the count,
        // and the order's credit is used up.
        QCOMPARE(after.paidElsewhere, 0);
        const DrawerExpectation e = *CashDrawer(db).expected(sale.marketDayId);
        QCOMPARE(e.payouts - payoutsBefore, jam.price);
        const QList<CashMovement> moves = *CashDrawer(db).movements(sale.marketDayId);
        QVERIFY(std::any_of(moves.cbegin(), moves.cend(), [&](const CashMovement &m) {
            return m.kind == u"payout" && m.amount == jam.price && m.reason.contains(u"E-2");
        }));
    }

    void pickListNamesEveryOpenOrder()
    {
        Database &db = m_db->db();
        const Product tom = *ProductRepository(db).bySku(QStringLiteral("VEG-TOM"));
        for (const char *n : {"W-1", "W-2"}) {
            PreOrder o;
            o.number = QLatin1String(n);
            o.customerName = QStringLiteral("Bo <&>");
            o.marketDate = QDate(2026, 6, 13);
            o.lines << PreOrderLine{tom.id, tom.sku, tom.name, tom.unit, tom.price, 1500, 0, 0};
            QVERIFY(PreOrderRepository(db).save(o));
        }
        const QString html = OrdersDialog::pickListHtml(db, QDate(2026, 6, 13));
        QVERIFY(html.contains(QStringLiteral("Bo &lt;&amp;&gt;")));
        QVERIFY(html.contains(QStringLiteral("W-2")));
        QVERIFY(html.contains(OrdersDialog::tr("about %1 %2")
                                  .arg(QLocale().toString(3.0, 'f', 3), QStringLiteral("lb")))
                || html.contains(QStringLiteral("3.000 lb")));
        const QString pdf = m_db->dir() + QStringLiteral("/pick.pdf");
        QVERIFY(OrdersDialog::savePickList(db, QDate(2026, 6, 13), pdf));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("%PDF"));
    }
};

QTEST_MAIN(TestOrdersHandover)
#include "tst_orders_handover.moc"
