#include "tests/support/TestSupport.h"

#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/checkout/CartStore.h"
#include "core/checkout/PinStore.h"
#include "ui/checkout/BarcodeScanner.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace sk;
using namespace sk::ui;

class TestCheckoutStore : public QObject
{
    Q_OBJECT

private slots:
    void open_cart_survives_a_restart()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        ProductRepository repo(t.db());
        Cart cart;
        cart.lines << CartLine{*repo.bySku(QStringLiteral("JAM-STR")), 2000, Discount::amount(100)};
        cart.lines << CartLine{*repo.bySku(QStringLiteral("VEG-TOM")), 375, {}};
        cart.discount = Discount::percent(50000);
        {
            CartStore store(t.db());
            QVERIFY(store.saveOpen(cart));
            QVERIFY(store.saveOpen(cart)); // rewriting keeps one open cart
        }
        t.reopen();
        CartStore store(t.db());
        auto back = store.loadOpen();
        QVERIFY(back && back->has_value());
        const Cart &c = **back;
        QCOMPARE(c.lines.size(), 2);
        QCOMPARE(c.lines[0].product.sku, QStringLiteral("JAM-STR"));
        QCOMPARE(c.lines[0].qty, 2000);
        QCOMPARE(c.lines[0].discount.kind, Discount::Kind::Amount);
        QCOMPARE(c.lines[0].discount.value, 100);
        QCOMPARE(c.lines[1].qty, 375);
        QCOMPARE(c.discount.kind, Discount::Kind::Percent);
        QCOMPARE(c.discount.value, 50000);
        QVERIFY(store.saveOpen(Cart{}));
        auto none = store.loadOpen();
        QVERIFY(none && !none->has_value());
    }

    void parked_cart_keeps_its_prices_and_is_taken_once()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        ProductRepository repo(t.db());
        Cart cart;
        cart.lines << CartLine{*repo.bySku(QStringLiteral("EGG-DOZ")), 1000, {}};
        CartStore store(t.db());
        QVERIFY(store.saveOpen(cart));
        auto parked = store.park(cart, QStringLiteral("1 item"));
        QVERIFY(parked);
        QVERIFY(store.loadOpen()->has_value() == false); // parking took it off the counter
        // A later price change does not change what the customer was quoted.
        Product eggs = *repo.bySku(QStringLiteral("EGG-DOZ"));
        eggs.price = 999;
        QVERIFY(repo.save(eggs));
        auto list = store.parked();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        auto back = store.take(parked->id);
        QVERIFY(back);
        QCOMPARE(back->lines[0].product.price, 650);
        QVERIFY(!store.take(parked->id));
        QCOMPARE(store.parked()->size(), 0);
        QVERIFY(!store.park(Cart{}, QString()));
    }

    void pins_are_slow_salted_hashes()
    {
        auto a = PinStore::hashPin(QStringLiteral("1234"));
        auto b = PinStore::hashPin(QStringLiteral("1234"));
        QVERIFY(a && b);
        QVERIFY(a->startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(*a != *b); // random salt
        QVERIFY(!a->contains(QStringLiteral("1234")));
        QVERIFY(PinStore::checkPin(*a, QStringLiteral("1234")));
        QVERIFY(!PinStore::checkPin(*a, QStringLiteral("1235")));
        QVERIFY(!PinStore::hashPin(QStringLiteral("12")));
        QVERIFY(!PinStore::hashPin(QStringLiteral("12a4")));
    }

    void roles_and_first_owner()
    {
        test::TempDb t;
        PinStore pins(t.db());
        QCOMPARE(pins.lockEnabled().value(), false);
        QVERIFY(
            !pins.addUser(QStringLiteral("Ben"), TillUser::Role::Helper, QStringLiteral("5678")));
        auto ann
            = pins.addUser(QStringLiteral("Ann"), TillUser::Role::Owner, QStringLiteral("1234"));
        QVERIFY(ann);
        auto ben
            = pins.addUser(QStringLiteral("Ben"), TillUser::Role::Helper, QStringLiteral("5678"));
        QVERIFY(ben);
        QVERIFY(pins.lockEnabled().value());
        QCOMPARE(pins.verify(ben->id, QStringLiteral("5678"))->role, TillUser::Role::Helper);
        QCOMPARE(pins.verify(ann->id, QStringLiteral("1234"))->role, TillUser::Role::Owner);
        QVERIFY(!pins.removeUser(ann->id)); // last owner while a helper remains
        QVERIFY(pins.removeUser(ben->id));
        QVERIFY(pins.removeUser(ann->id));
        QCOMPARE(pins.lockEnabled().value(), false);
    }

    void wrong_pins_are_throttled_across_restarts()
    {
        test::FakeClock clock(1'800'000'000'000LL);
        test::TempDb t;
        QString id;
        {
            PinStore pins(t.db());
            id = pins.addUser(QStringLiteral("Ann"), TillUser::Role::Owner, QStringLiteral("1234"))
                     ->id;
            for (int i = 0; i < PinStore::kFreeAttempts - 1; ++i) {
                auto r = pins.verify(id, QStringLiteral("0000"));
                QCOMPARE(r.error().code, Error::Code::Unauthorized);
                QCOMPARE(pins.lockedForMs(id).value(), 0);
            }
            QCOMPARE(pins.verify(id, QStringLiteral("0000")).error().code,
                     Error::Code::Unauthorized);
            QCOMPARE(pins.lockedForMs(id).value(), PinStore::kFirstLockSeconds * 1000);
        }
        t.reopen();
        PinStore pins(t.db());
        // Even the right PIN is refused while locked out, and the lock outlived the restart.
        QCOMPARE(pins.verify(id, QStringLiteral("1234")).error().code, Error::Code::Conflict);
        clock.advance(PinStore::kFirstLockSeconds * 1000 + 1);
        QCOMPARE(pins.verify(id, QStringLiteral("9999")).error().code, Error::Code::Unauthorized);
        QCOMPARE(pins.lockedForMs(id).value(), PinStore::kFirstLockSeconds * 2000); // doubles
        clock.advance(PinStore::kFirstLockSeconds * 2000 + 1);
        QVERIFY(pins.verify(id, QStringLiteral("1234")));
        QCOMPARE(pins.lockedForMs(id).value(), 0);
        QCOMPARE(PinStore::lockSeconds(100), PinStore::kMaxLockSeconds);
    }

    void scanner_burst_becomes_a_code_and_typing_stays_typing()
    {
        QWidget window;
        auto *field = new QLineEdit(&window);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        BarcodeScanner scanner;
        scanner.setActiveWhen([] { return true; });
        qApp->installEventFilter(&scanner);
        QSignalSpy scanned(&scanner, &BarcodeScanner::scanned);
        QSignalSpy returned(field, &QLineEdit::returnPressed);

        // A scanner: digits back to back, then Enter. Nothing reaches the field.
        QTest::keyClicks(static_cast<QWidget *>(nullptr), QStringLiteral("0850001000019"));
        QTest::keyClick(static_cast<QWidget *>(nullptr), Qt::Key_Return);
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().first().toString(), QStringLiteral("0850001000019"));
        QCOMPARE(field->text(), QString());
        QCOMPARE(returned.size(), 0);

        // A person typing a quantity: short, so it is given back to the field in order.
        QTest::keyClicks(static_cast<QWidget *>(nullptr), QStringLiteral("12"));
        QTest::keyClick(static_cast<QWidget *>(nullptr), Qt::Key_Return);
        QCOMPARE(field->text(), QStringLiteral("12"));
        QCOMPARE(returned.size(), 1);
        QCOMPARE(scanned.size(), 1);

        // Digits typed at human speed are never taken for a scan. (The pause between keys is
        // the behaviour under test, so it is real time: QTest's key delay only moves event
        // timestamps.)
        field->clear();
        for (QChar c : QStringLiteral("1234567")) {
            QTest::keyClick(static_cast<QWidget *>(nullptr), c.toLatin1());
            QTest::qWait(BarcodeScanner::kMaxGapMs + 30);
        }
        QTest::keyClick(static_cast<QWidget *>(nullptr), Qt::Key_Return);
        QTRY_COMPARE(field->text(), QStringLiteral("1234567"));
        QCOMPARE(scanned.size(), 1);

        // Letters pass straight through and flush nothing out of order.
        field->clear();
        QTest::keyClicks(static_cast<QWidget *>(nullptr), QStringLiteral("a1b2"));
        QTRY_COMPARE(field->text(), QStringLiteral("a1b2"));
        qApp->removeEventFilter(&scanner);
    }
};

QTEST_MAIN(TestCheckoutStore)
#include "tst_checkoutstore.moc"
