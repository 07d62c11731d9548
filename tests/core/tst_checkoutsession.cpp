#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/checkout/CartStore.h"
#include "core/checkout/CheckoutSession.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QtTest>

using namespace sk;

// The open sale at a till with no window at all: what the counter's buttons do, through the
// session alone.
class TestCheckoutSession : public QObject
{
    Q_OBJECT

    static CartLine line(Database &db, const char *sku, Milli qty = 1000)
    {
        return CartLine{*ProductRepository(db).bySku(QLatin1String(sku)), qty, {}};
    }
    static Cart added(const CheckoutSession &s, const CartLine &l)
    {
        return cartWithAdded(s.cart(), l);
    }

private slots:
    void undoRedoWalkTheCartsBackAndForth()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        CheckoutSession s(t.db());
        QSignalSpy changed(&s, &CheckoutSession::cartChanged);
        QVERIFY(!s.canUndo());
        s.apply(added(s, line(t.db(), "JAM-STR")), QStringLiteral("Add jam"));
        s.apply(added(s, line(t.db(), "JAM-STR")), QStringLiteral("Add jam")); // merged: 2 jars
        s.apply(added(s, line(t.db(), "HNY-WLD")), QStringLiteral("Add honey"));
        QCOMPARE(changed.size(), 3);
        QCOMPARE(s.count(), 3);
        QCOMPARE(s.cart().lines.size(), 2);
        QCOMPARE(s.cart().lines[0].qty, 2000);
        QCOMPARE(s.undoText(), QStringLiteral("Add honey"));

        s.undo();
        QCOMPARE(s.cart().lines.size(), 1);
        s.undo();
        QCOMPARE(s.cart().lines[0].qty, 1000);
        QCOMPARE(s.count(), 3); // undone steps stay for redo
        s.redo();
        QCOMPARE(s.cart().lines[0].qty, 2000);
        // A new change after an undo replaces the steps that were undone.
        Cart cleared;
        s.apply(cleared, QStringLiteral("Clear cart"));
        QCOMPARE(s.count(), 3);
        QVERIFY(!s.canRedo());
        QVERIFY(s.isEmpty());
        s.undo();
        QCOMPARE(s.cart().lines[0].qty, 2000);
    }

    // Every change is on disk once the event loop runs: a till that dies brings the cart back.
    void openCartSurvivesTheTill()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        {
            CheckoutSession s(t.db());
            s.apply(added(s, line(t.db(), "JAM-STR", 3000)), QStringLiteral("Add"));
            QTRY_VERIFY(CartStore(t.db()).loadOpen().value_or(std::nullopt).has_value());
        }
        CheckoutSession again(t.db());
        QVERIFY(again.restoreOpenCart());
        QCOMPARE(again.cart().lines.size(), 1);
        QCOMPARE(again.cart().lines[0].qty, 3000);
        QCOMPARE(again.count(), 0); // no undo into the previous run
    }

    void payStoresTheSaleAndAnnouncesIt()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        CheckoutSession s(t.db());
        QVERIFY(!s.marketDayOpen());
        QSignalSpy day(&s, &CheckoutSession::marketDayChanged);
        QVERIFY(s.openMarketDay(QStringLiteral("Riverside"), 5000));
        QCOMPARE(day.size(), 1);
        QVERIFY(s.marketDayOpen());

        s.apply(added(s, line(t.db(), "JAM-STR")), QStringLiteral("Add"));
        s.apply(added(s, line(t.db(), "HNY-WLD")), QStringLiteral("Add"));
        QSignalSpy sales(&s, &CheckoutSession::saleCommitted);
        QSignalSpy stock(&s, &CheckoutSession::stockChanged);
        const auto computed = computeCart(s.rules(), s.cart());
        QVERIFY(computed);
        const Minor due = computed->total;
        auto sale = s.pay({TenderEntry{QStringLiteral("cash"), due + 150, {}}});
        QVERIFY2(sale, sale ? "" : qPrintable(sale.error().detail));
        QCOMPARE(sale->total, due);
        QCOMPARE(sale->changeDue, 150);
        QCOMPARE(sales.size(), 1);
        QCOMPARE(sales[0][0].toString(), sale->id);
        QCOMPARE(stock.size(), 1);
        QVERIFY(s.isEmpty());
        QCOMPARE(s.count(), 0); // after payment a mistake is a void, never an undo
        QCOMPARE(SaleRepository(t.db()).load(sale->id)->lines.size(), 2);
        QCoreApplication::processEvents();
        QVERIFY(!CartStore(t.db()).loadOpen().value_or(std::nullopt).has_value());

        // A void from the sales list is announced the same way.
        auto v = s.voidSale(sale->id, QStringLiteral("customer changed mind"), {});
        QVERIFY(v);
        QCOMPARE(sales.size(), 2);
        QCOMPARE(sales[1][0].toString(), v->id);
        QCOMPARE(stock.size(), 2);
    }

    void parkAndResumeNeverLoseACart()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        CheckoutSession s(t.db());
        s.apply(added(s, line(t.db(), "JAM-STR")), QStringLiteral("Add"));
        QVERIFY(s.park(QStringLiteral("first")));
        QVERIFY(s.isEmpty());
        QCOMPARE(s.count(), 0);
        s.apply(added(s, line(t.db(), "HNY-WLD", 2000)), QStringLiteral("Add"));
        const QString first = s.parked()->first().id;
        // Resuming with a cart on screen parks that one in its place.
        QVERIFY(s.resume(first, QStringLiteral("second")));
        QCOMPARE(s.cart().lines.size(), 1);
        QCOMPARE(s.cart().lines[0].product.sku, QStringLiteral("JAM-STR"));
        const auto left = s.parked();
        QVERIFY(left);
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->first().label, QStringLiteral("second"));
        QCOMPARE(left->first().cart.lines[0].qty, 2000);
        // Already taken (by another till): refused, and the cart that was on screen is parked.
        QVERIFY(!s.resume(first, QStringLiteral("third")));
        QCOMPARE(s.parked()->size(), 2);
        QCOMPARE(s.parked()->last().label, QStringLiteral("third"));
    }
};

QTEST_GUILESS_MAIN(TestCheckoutSession)
#include "tst_checkoutsession.moc"
