#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/checkout/Permissions.h"
#include "core/checkout/PinStore.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

using namespace sk;

// Who may do what at the till, the core's own check of who manages users, and the log of
// owner-only actions with the user and the approving owner.
class TestPermissions : public QObject
{
    Q_OBJECT

    static SaleRecord ringUp(Database &db)
    {
        auto rules = SaleRules::load(db);
        Cart c;
        c.lines << CartLine{*ProductRepository(db).bySku(QStringLiteral("JAM-STR")), 1000, {}};
        c.tenders << TenderEntry{QStringLiteral("cash"), 2000, {}};
        return *SaleRepository(db).commit(c, *rules);
    }

private slots:
    void whoMayDoWhat_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("helper");
        QTest::addColumn<bool>("approvable");
        QTest::newRow("sell") << Action::Sell << true << false;
        QTest::newRow("void") << Action::Void << false << true;
        QTest::newRow("refund") << Action::Refund << false << true;
        QTest::newRow("price") << Action::PriceChange << false << true;
        QTest::newRow("no sale") << Action::OpenDrawerNoSale << false << true;
        QTest::newRow("stock") << Action::StockChange << false << false;
        QTest::newRow("end of day") << Action::EndOfDay << false << false;
        QTest::newRow("reports") << Action::Reports << false << false;
        QTest::newRow("settings") << Action::Settings << false << false;
        QTest::newRow("users") << Action::ManageUsers << false << false;
    }
    void whoMayDoWhat()
    {
        QFETCH(Action, action);
        QFETCH(bool, helper);
        QFETCH(bool, approvable);
        QVERIFY(Permissions::allows(TillUser::Role::Owner, action));
        QVERIFY(Permissions::check(TillUser::Role::Owner, action));
        QCOMPARE(Permissions::allows(TillUser::Role::Helper, action), helper);
        auto c = Permissions::check(TillUser::Role::Helper, action);
        QCOMPARE(bool(c), helper);
        if (!c)
            QCOMPARE(c.error().code, Error::Code::Unauthorized);
        QCOMPARE(Permissions::ownerMayApprove(action), approvable);
        QVERIFY(!Permissions::code(action).isEmpty());
    }

    void onlyAnOwnerManagesUsers()
    {
        test::TempDb t;
        PinStore pins(t.db());
        // Before any owner the till is open: whoever is at it adds the first owner.
        auto ann = pins.addUser(
            QStringLiteral("Ann"), TillUser::Role::Owner, QStringLiteral("1234"), QString());
        QVERIFY(ann);
        auto sam = pins.addUser(
            QStringLiteral("Sam"), TillUser::Role::Helper, QStringLiteral("5678"), ann->id);
        QVERIFY(sam);
        // A helper adds nobody (an owner "Sam Boss" least of all), removes nobody, and changes
        // no PIN but their own.
        auto boss = pins.addUser(
            QStringLiteral("Sam Boss"), TillUser::Role::Owner, QStringLiteral("9999"), sam->id);
        QVERIFY(!boss);
        QCOMPARE(boss.error().code, Error::Code::Unauthorized);
        QVERIFY(!pins.addUser(
            QStringLiteral("Pat"), TillUser::Role::Helper, QStringLiteral("9999"), sam->id));
        QVERIFY(!pins.addUser(
            QStringLiteral("Pat"), TillUser::Role::Helper, QStringLiteral("9999"), QString()));
        auto removed = pins.removeUser(ann->id, sam->id);
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, Error::Code::Unauthorized);
        QVERIFY(!pins.setPin(ann->id, QStringLiteral("0000"), sam->id));
        QVERIFY(pins.verify(ann->id, QStringLiteral("1234")));
        QVERIFY(pins.setPin(sam->id, QStringLiteral("8765"), sam->id));
        QVERIFY(pins.verify(sam->id, QStringLiteral("8765")));
        QCOMPARE(pins.users()->size(), 2);
        // The owner does all of it.
        QVERIFY(pins.setPin(sam->id, QStringLiteral("5678"), ann->id));
        QVERIFY(pins.removeUser(sam->id, ann->id));
        QCOMPARE(pins.users()->size(), 1);
    }

    void voidStoresWhoAndWhoApproved()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        QVERIFY(MarketDayRepository(t.db()).open(QStringLiteral("Riverside"), 0));
        const QString day = (*MarketDayRepository(t.db()).current())->id;
        const SaleRecord sale = ringUp(t.db());
        SaleRepository repo(t.db());
        repo.setActedBy({QStringLiteral("Sam"), QStringLiteral("Ann")});
        auto v = repo.voidSale(sale.id, QStringLiteral("rang twice"));
        QVERIFY(v);
        auto acts = TillActionLog(t.db()).forSale(v->id);
        QVERIFY(acts);
        QCOMPARE(acts->size(), 1);
        QCOMPARE(acts->first().action, QStringLiteral("void"));
        QCOMPARE(acts->first().user, QStringLiteral("Sam"));
        QCOMPARE(acts->first().approvedBy, QStringLiteral("Ann"));
        QCOMPARE(acts->first().marketDayId, day);
        QCOMPARE(acts->first().detail, QStringLiteral("rang twice"));
        // A refused void (the sale is void already) logs nothing: one transaction.
        QVERIFY(!repo.voidSale(sale.id, QStringLiteral("again")));
        QCOMPARE(TillActionLog(t.db()).forMarketDay(day)->size(), 1);
        // A refund, by an owner alone.
        const SaleRecord second = ringUp(t.db());
        SaleRepository owner(t.db());
        owner.setActedBy({QStringLiteral("Ann"), {}});
        auto r = owner.refund(second.id, {}, QStringLiteral("bruised"));
        QVERIFY(r);
        QCOMPARE(TillActionLog(t.db()).forSale(r->id)->first().action, QStringLiteral("refund"));
        QVERIFY(TillActionLog(t.db()).forSale(r->id)->first().approvedBy.isEmpty());
        // Without anyone named (the command line, sync) nothing is logged.
        const SaleRecord third = ringUp(t.db());
        auto plain = SaleRepository(t.db()).voidSale(third.id, QStringLiteral("test"));
        QVERIFY(plain);
        QVERIFY(TillActionLog(t.db()).forSale(plain->id)->isEmpty());
    }

    void noSaleIsLoggedForTheDayAndCannotBeErased()
    {
        test::TempDb t;
        QVERIFY(MarketDayRepository(t.db()).open(QStringLiteral("Riverside"), 0));
        const QString day = (*MarketDayRepository(t.db()).current())->id;
        TillActionLog log(t.db());
        auto a = log.recordNoSale({QStringLiteral("Sam"), QStringLiteral("Ann")});
        QVERIFY(a);
        QCOMPARE(a->marketDayId, day);
        QCOMPARE(a->action, QStringLiteral("no_sale"));
        QVERIFY(a->at > 0);
        QCOMPARE(log.forMarketDay(day, QStringLiteral("no_sale"))->size(), 1);
        QCOMPARE(log.forMarketDay(day, QStringLiteral("void"))->size(), 0);
        QVERIFY(!t.db().exec(QStringLiteral("UPDATE till_actions SET approved_by = ''")));
        QVERIFY(!t.db().exec(QStringLiteral("DELETE FROM till_actions")));
        QCOMPARE(log.forMarketDay(day)->first().approvedBy, QStringLiteral("Ann"));
        QVERIFY(!log.record(TillAction{}));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
