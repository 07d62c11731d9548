// Pre-orders on a device: reservations against on-hand stock, re-pricing at the actual weight,
// partial pick-up, no-shows at the market day's closing, import errors and event checks.
#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/StockLedger.h"
#include "core/eod/CashDrawer.h"
#include "core/hardware/ReceiptDoc.h"
#include "core/preorder/PreOrderImport.h"
#include "core/preorder/PreOrderPickup.h"
#include "core/preorder/PreOrderRepository.h"
#include "core/reports/ReportCatalog.h"
#include "core/reports/ReportRunner.h"
#include "core/sync/EventValidator.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

using namespace sk;

class TestPreOrders : public QObject
{
    Q_OBJECT

    static PreOrder order(Database &db,
                          const QString &number,
                          QList<std::pair<const char *, Milli>> items,
                          QDate day = QDate::currentDate())
    {
        PreOrder o;
        o.number = number;
        o.customerName = QStringLiteral("Ana");
        o.contact = QStringLiteral("555-0100");
        o.marketDate = day;
        for (const auto &[sku, qty] : items) {
            const Product p = *ProductRepository(db).bySku(QLatin1String(sku));
            o.lines << PreOrderLine{p.id, p.sku, p.name, p.unit, p.price, qty, 0, 0};
        }
        return o;
    }

private slots:
    // Available = on hand - reserved; a sale lowers on hand and leaves the promise; a count
    // replaces on hand and leaves the promise too.
    void reservationArithmeticWithSalesAndCounts()
    {
        test::DemoDb t;
        const QString tom = t.idOf("VEG-TOM");
        StockLedger ledger(t.db());
        PreOrderRepository repo(t.db());
        QVERIFY(ledger.record(tom, QStringLiteral("receive"), 20000));
        QVERIFY(repo.save(order(t.db(), QStringLiteral("W-1"), {{"VEG-TOM", 2000}})));
        QVERIFY(repo.save(order(t.db(), QStringLiteral("W-2"), {{"VEG-TOM", 3500}})));
        QCOMPARE(*repo.reserved(tom), 5500);
        QCOMPARE(ledger.level(tom)->level, 20000); // on hand is not touched by a promise
        QCOMPARE(*repo.available(tom), 14500);
        QVERIFY(MarketDayRepository(t.db()).open(QStringLiteral("Downtown"), 0));
        auto rules = SaleRules::load(t.db());
        Cart walkIn;
        walkIn.lines << CartLine{*ProductRepository(t.db()).byId(tom), 4000, {}};
        walkIn.tenders << TenderEntry{QStringLiteral("cash"), 1800, {}};
        QVERIFY(SaleRepository(t.db()).commit(walkIn, *rules));
        QCOMPARE(*repo.available(tom), 10500);
        QVERIFY(ledger.record(tom, QStringLiteral("count"), 12000, {}, QStringLiteral("manual")));
        QCOMPARE(*repo.available(tom), 6500);
        // A second save of the same order does not reserve twice.
        auto w1 = repo.find(QStringLiteral("W-1"));
        QVERIFY(w1);
        w1->note = QStringLiteral("ring the bell");
        QVERIFY(repo.save(*w1));
        QCOMPARE(*repo.reserved(tom), 5500);
        QVERIFY(
            !repo.save(order(t.db(), QStringLiteral("W-1"), {{"VEG-TOM", 1000}}))); // number taken
        auto kinds = repo.reservations(tom);
        QVERIFY(kinds && !kinds->isEmpty());
        QVERIFY(kinds->first().kind == StockKind::Reserve);
        // A reservation is never an on-hand movement, nor a movement another device may send.
        QVERIFY(!ledger.record(tom, QStringLiteral("reserve"), 1000));
    }

    // Weighed lines re-priced at the weight handed over; the rest stays promised (partly); the
    // sale names the order; paid elsewhere collects only the difference.
    void pickupRepricesAndKeepsTheRestOpen()
    {
        test::DemoDb t;
        PreOrderRepository repo(t.db());
        const QString tom = t.idOf("VEG-TOM");
        const QString jam = t.idOf("JAM-STR");
        PreOrder o = order(t.db(), QStringLiteral("W-7"), {{"VEG-TOM", 2000}, {"JAM-STR", 2000}});
        o.paidElsewhere = 500;
        auto saved = repo.save(o);
        QVERIFY(saved);
        QVERIFY(MarketDayRepository(t.db()).open(QStringLiteral("Downtown"), 0));
        auto rules = SaleRules::load(t.db());
        auto cart = cartForOrder(t.db(), *saved);
        QVERIFY(cart);
        QCOMPARE(cart->lines.size(), 2);
        cart->lines[0].qty = 2300; // 2.3 lb on the scale
        cart->lines[1].qty = 1000; // one jar of two today
        const Minor jamPrice = cart->lines[1].product.price;
        const Minor total = 1035 + jamPrice; // 2.3 x 4.50 + one jar (exempt)
        cart->tenders << TenderEntry{QStringLiteral("cash"), total - 500, {}};
        auto r = pickUp(t.db(), saved->id, *cart, *rules);
        QVERIFY2(r, r ? "" : qPrintable(r.error().detail));
        QCOMPARE(r->sale.total, total);
        QCOMPARE(r->sale.lines[0].net, 1035);
        QCOMPARE(r->order.state, OrderState::Partly);
        QCOMPARE(r->order.paidElsewhere, 0);
        QCOMPARE(r->order.lines[0].pickedQty, 2300);
        QCOMPARE(r->order.lines[0].remaining(), 0);
        QCOMPARE(r->order.lines[1].remaining(), 1000);
        QCOMPARE(*repo.reserved(tom), 0);
        QCOMPARE(*repo.reserved(jam), 1000);
        QCOMPARE(*repo.orderOfSale(r->sale.id), saved->id);
        QVERIFY(r->sale.tenders[0].reference.contains(QStringLiteral("W-7")));
        // The rest comes at the next visit; then the order is done and nothing is reserved.
        auto rest = cartForOrder(t.db(), r->order);
        QCOMPARE(rest->lines.size(), 1);
        rest->tenders << TenderEntry{QStringLiteral("cash"), jamPrice, {}};
        auto r2 = pickUp(t.db(), saved->id, *rest, *rules);
        QVERIFY(r2);
        QCOMPARE(r2->order.state, OrderState::PickedUp);
        QCOMPARE(*repo.reserved(jam), 0);
        QCOMPARE(r2->order.saleIds.size(), 2);
        QVERIFY(!pickUp(t.db(), saved->id, *rest, *rules)); // nothing is left
    }

    // Paid online for more than was handed over (re-weighed lighter): the difference is paid
    // back in cash, recorded as a payout of the market day with its outbox event, so the drawer
    // count expects it; the receipt names the credit as the order paid online, not "Other".
    void paidOnlineRefundLeavesTheDrawer()
    {
        test::DemoDb t;
        PreOrderRepository repo(t.db());
        PreOrder o = order(t.db(), QStringLiteral("W-8"), {{"VEG-TOM", 2000}});
        o.paidElsewhere = 900; // about 2 lb at 4.50
        auto saved = repo.save(o);
        QVERIFY(saved);
        auto day = MarketDayRepository(t.db()).open(QStringLiteral("Downtown"), 5000);
        QVERIFY(day);
        const QString dayId = day->id;
        auto rules = SaleRules::load(t.db());
        CashDrawer drawer(t.db());
        QCOMPARE(drawer.expected(dayId)->expectedCash(), 5000);
        auto cart = cartForOrder(t.db(), *saved);
        QVERIFY(cart);
        cart->lines[0].qty = 1800; // 1.8 lb on the scale: 8.10
        auto r = pickUp(t.db(), saved->id, *cart, *rules);
        QVERIFY2(r, r ? "" : qPrintable(r.error().detail));
        QCOMPARE(r->sale.total, 810);
        QCOMPARE(r->refundDue, 90);
        QCOMPARE(r->order.state, OrderState::PickedUp);
        QCOMPARE(r->order.paidElsewhere, 0); // nothing more is owed: it was paid back
        auto moves = drawer.movements(dayId);
        QVERIFY(moves);
        QCOMPARE(moves->size(), 1);
        QCOMPARE(moves->first().id, r->refundMovementId);
        QCOMPARE(moves->first().kind, QStringLiteral("payout"));
        QCOMPARE(moves->first().amount, 90);
        QVERIFY(moves->first().reason.contains(QStringLiteral("W-8")));
        // Screens read the order back out of the stored reason to word it in their language.
        QCOMPARE(onlineOverpaidOrder(moves->first().reason), QStringLiteral("W-8"));
        QVERIFY(onlineOverpaidOrder(QStringLiteral("lunch for the helper")).isEmpty());
        QVERIFY(onlineOverpaidOrder(onlineOverpaidReason(QString())).isEmpty());
        auto e = drawer.expected(dayId);
        QCOMPARE(e->payouts, 90);
        QCOMPARE(e->expectedCash(), 5000 - 90);
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = "
                                            "'cash_movement' AND event_id = ?"),
                             {r->refundMovementId})
                     ->toInt(),
                 1);
        // A drawer count against it: 49.10 counted is exact.
        DrawerTally tally;
        tally.pieces.insert(2000, 2);
        tally.pieces.insert(500, 1);
        tally.pieces.insert(100, 4);
        tally.pieces.insert(10, 1);
        auto count = drawer.recordCount(dayId, tally);
        QVERIFY2(count, count ? "" : qPrintable(count.error().detail));
        QCOMPARE(count->overShort, 0);

        // The receipt: the credit is the order paid online, on the printer and the CLI alike.
        hw::ReceiptHeader h = hw::ReceiptHeader::load(t.db(), *rules, r->sale);
        QStringList lefts;
        for (const hw::ReceiptLine &l : hw::receiptDoc(r->sale, h).lines)
            lefts << l.left;
        QVERIFY2(lefts.contains(QStringLiteral("Paid online (order W-8)")),
                 qPrintable(lefts.join(u'|')));
        QVERIFY(!lefts.contains(QStringLiteral("Other")));
        QCOMPARE(paidElsewhereOrder(QStringLiteral("other"),
                                    paidElsewhereReference(QStringLiteral("W-8"))),
                 QStringLiteral("W-8"));
        QVERIFY(paidElsewhereOrder(QStringLiteral("card"),
                                   paidElsewhereReference(QStringLiteral("W-8")))
                    .isEmpty());
        QVERIFY(paidElsewhereOrder(QStringLiteral("other"), QStringLiteral("W-8")).isEmpty());
    }

    // Closing the market day releases what nobody came for; later days' orders stay.
    void closingMarksNoShowsAndReleases()
    {
        test::DemoDb t;
        PreOrderRepository repo(t.db());
        const QString tom = t.idOf("VEG-TOM");
        MarketDayRepository days(t.db());
        QVERIFY(days.open(QStringLiteral("Downtown"), 0, QDate(2026, 6, 13)));
        QVERIFY(repo.save(
            order(t.db(), QStringLiteral("W-1"), {{"VEG-TOM", 2000}}, QDate(2026, 6, 13))));
        QVERIFY(repo.save(
            order(t.db(), QStringLiteral("W-2"), {{"VEG-TOM", 1000}}, QDate(2026, 6, 20))));
        QCOMPARE(*repo.reserved(tom), 3000);
        QVERIFY(days.close());
        QCOMPARE(repo.find(QStringLiteral("W-1"))->state, OrderState::NoShow);
        QCOMPARE(repo.find(QStringLiteral("W-2"))->state, OrderState::Placed);
        QCOMPARE(*repo.reserved(tom), 1000);
        QVERIFY(!repo.noShow(QStringLiteral("W-1"))); // already closed
        QCOMPARE(repo.noShow(QStringLiteral("W-2"))->state, OrderState::NoShow);
        QCOMPARE(*repo.reserved(tom), 0);
    }

    // The report: per market day, how orders ended, fill rate and the weight difference.
    void reportCountsFillRateAndWeight()
    {
        test::DemoDb t;
        PreOrderRepository repo(t.db());
        const QDate day(2026, 6, 13);
        MarketDayRepository days(t.db());
        QVERIFY(days.open(QStringLiteral("Downtown"), 0, day));
        auto a = repo.save(
            order(t.db(), QStringLiteral("W-1"), {{"VEG-TOM", 2000}, {"JAM-STR", 2000}}, day));
        QVERIFY(repo.save(order(t.db(), QStringLiteral("W-2"), {{"VEG-TOM", 1000}}, day)));
        auto rules = SaleRules::load(t.db());
        Cart cart = *cartForOrder(t.db(), *a);
        cart.lines[0].qty = 2250; // 0.25 lb more than ordered
        cart.lines[1].qty = 1000;
        cart.tenders << TenderEntry{QStringLiteral("cash"), computeCart(*rules, cart)->total, {}};
        QVERIFY(pickUp(t.db(), a->id, cart, *rules));
        QVERIFY(days.close()); // W-1 closed with what it got, W-2 a no-show
        const auto *def = reports::ReportCatalog::find(QStringLiteral("preorders"));
        QVERIFY(def);
        auto table = reports::ReportRunner(t.db()).table(*def, {});
        QVERIFY2(table, table ? "" : qPrintable(table.error().detail));
        QCOMPARE(table->rows.size(), 2); // the market day and the totals
        const QVariantList r = table->rows[0];
        QCOMPARE(r[0].toString(), QStringLiteral("2026-06-13"));
        QCOMPARE(r[1].toInt(), 2);           // orders
        QCOMPARE(r[2].toInt(), 1);           // picked up
        QCOMPARE(r[4].toInt(), 1);           // no-shows
        QCOMPARE(r[6].toInt(), 0);           // cancelled
        QCOMPARE(r[7].toLongLong(), 333333); // 1 of 3 lines in full (ppm)
        QCOMPARE(r[8].toLongLong(), 2000);
        QCOMPARE(r[9].toLongLong(), 2250);
        QCOMPARE(r[10].toLongLong(), 250);
    }

    // Called off: the reservation is released, the order stays on record and in the report
    // (not in the fill rate). Moved: the reservation moves to the new day with it.
    void cancelAndRescheduleKeepTheRecord()
    {
        test::DemoDb t;
        PreOrderRepository repo(t.db());
        const QString jam = t.idOf("JAM-STR");
        const QDate day = QDate::currentDate().addDays(1);
        QVERIFY(repo.save(order(t.db(), QStringLiteral("W-1"), {{"JAM-STR", 2000}}, day)));
        QVERIFY(repo.save(order(t.db(), QStringLiteral("W-2"), {{"JAM-STR", 1000}}, day)));
        QCOMPARE(*repo.reserved(jam), 3000);

        auto c = repo.cancel(QStringLiteral("W-1"));
        QVERIFY2(c, c ? "" : qPrintable(c.error().detail));
        QCOMPARE(c->state, OrderState::Cancelled);
        QVERIFY(c->closedAt > 0);
        QCOMPARE(*repo.reserved(jam), 1000);
        QCOMPARE(repo.find(QStringLiteral("W-1"))->state, OrderState::Cancelled); // kept
        QCOMPARE(repo.cancel(QStringLiteral("W-1")).error().code, Error::Code::Conflict);
        QVERIFY(!repo.reschedule(QStringLiteral("W-1"), day.addDays(7), {}));

        // A published list for the new day: its windows are the ones to choose from.
        PreOrderList list;
        list.marketDate = day.addDays(7);
        list.cutoffMs = Clock::nowMs() + 7 * 24 * 3600 * 1000LL;
        list.windows = {QStringLiteral("08:00-10:00"), QStringLiteral("10:00-12:00")};
        const Product p = *ProductRepository(t.db()).byId(jam);
        list.items << PreOrderItem{p.id, p.sku, p.name, p.unit, p.price, 10000};
        QVERIFY(repo.publish(list));
        auto bad = repo.reschedule(QStringLiteral("W-2"), day.addDays(7), QStringLiteral("noon"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().detail.contains(QStringLiteral("08:00-10:00")),
                 qPrintable(bad.error().detail));
        QVERIFY(!repo.reschedule(QStringLiteral("W-2"), QDate::currentDate().addDays(-1), {}));
        auto m
            = repo.reschedule(QStringLiteral("W-2"), day.addDays(7), QStringLiteral("10:00-12:00"));
        QVERIFY2(m, m ? "" : qPrintable(m.error().detail));
        QCOMPARE(m->marketDate, day.addDays(7));
        QCOMPARE(m->window, QStringLiteral("10:00-12:00"));
        QCOMPARE(m->state, OrderState::Placed);
        QCOMPARE(*repo.reserved(jam), 1000);
        QCOMPARE(repo.orders(day, true)->size(), 0);
        QCOMPARE(repo.orders(day.addDays(7), true)->size(), 1);
        // Both changes are sent like any change to an order.
        auto sent = t.db().scalar(
            QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = 'preorder'"));
        QCOMPARE(sent->toInt(), 4);

        const auto *def = reports::ReportCatalog::find(QStringLiteral("preorders"));
        auto table = reports::ReportRunner(t.db()).table(*def, {});
        QVERIFY(table);
        QCOMPARE(table->rows.size(), 3);        // two market days and the totals
        QCOMPARE(table->rows[0][1].toInt(), 1); // the cancelled order, on its day
        QCOMPARE(table->rows[0][6].toInt(), 1);
        QVERIFY(table->rows[0][7].isNull());    // nothing was to be handed over
        QCOMPARE(table->rows[1][5].toInt(), 1); // the moved one waits on its new day
    }

    // An order from elsewhere (a pulled event): applied once, an older version ignored, and
    // its reservation follows whatever version is kept.
    void pulledOrdersConvergeWhateverTheOrder()
    {
        test::DemoDb a;
        test::TempDb b;
        const QString tom = a.idOf("VEG-TOM");
        PreOrderRepository ra(a.db()), rb(b.db());
        auto v1 = ra.save(order(a.db(), QStringLiteral("W-3"), {{"VEG-TOM", 2000}}));
        QVERIFY(v1);
        PreOrder next = *v1;
        next.state = OrderState::NoShow;
        auto v2 = ra.save(next);
        QVERIFY(v2);
        QVERIFY(rb.applyOrderEvent(v2->toJson(), v2->hlc));
        QVERIFY(rb.applyOrderEvent(v1->toJson(), v1->hlc)); // late, older: no effect
        QCOMPARE(rb.find(QStringLiteral("W-3"))->state, OrderState::NoShow);
        QCOMPARE(*rb.reserved(tom), 0);
        QCOMPARE(*ra.reserved(tom), 0);
    }

    void eventChecksRefuseBadOrders()
    {
        test::DemoDb t;
        PreOrder o = order(t.db(), QStringLiteral("W-9"), {{"VEG-TOM", 2000}});
        o.id = newUuid7();
        o.deviceId = t.db().deviceId();
        o.createdAt = Clock::nowMs();
        o.hlc = Database::hlc().now();
        sync::Event e{newUuid7(), QStringLiteral("preorder"), o.deviceId, o.hlc, o.toJson(), 0, {}};
        QVERIFY(sync::validateEvent(e, Clock::nowMs()));
        o.lines[0].qty = -5;
        e.data = o.toJson();
        QVERIFY(!sync::validateEvent(e, Clock::nowMs()));
        o.lines[0].qty = 2000;
        o.customerName = QStringLiteral("bad\x01name");
        e.data = o.toJson();
        QVERIFY(!sync::validateEvent(e, Clock::nowMs()));
        o.customerName = QStringLiteral("Ana");
        o.deviceId = newUuid7(); // not the event's device
        e.data = o.toJson();
        QVERIFY(!sync::validateEvent(e, Clock::nowMs()));
        // A reserve movement never travels on its own.
        StockMovement m;
        m.id = newUuid7();
        m.productId = o.lines[0].productId;
        m.kind = StockKind::Reserve;
        m.qty = 1000;
        m.hlc = e.hlc;
        m.deviceId = e.deviceId;
        m.createdAt = Clock::nowMs();
        sync::Event me{
            m.id, QStringLiteral("stock_movement"), e.deviceId, e.hlc, m.toJson(), 0, {}};
        QVERIFY(!sync::validateEvent(me, Clock::nowMs()));
    }

    void importReportsRowsWithLineNumbers()
    {
        test::DemoDb t;
        const QByteArray bad = "order_number,customer,contact,sku,quantity,unit_price,pickup_date\n"
                               "S-1,Ana,555,VEG-TOM,2,4.50,2026-06-13\n"
                               "S-1,Ana,555,NOPE,1,,2026-06-13\n"
                               "S-2,Bo,,VEG-TOM,-1,,2026-06-13\n"
                               "S-3,Cy,,VEG-TOM,1,,13/06/2026\n";
        auto r = importPreOrderCsv(t.db(), bad);
        QVERIFY(r);
        QCOMPARE(r->errors.size(), 3);
        QVERIFY(r->errors[0].startsWith(QStringLiteral("line 3: ")));
        QVERIFY(r->errors[1].startsWith(QStringLiteral("line 4: ")));
        QVERIFY(r->errors[2].startsWith(QStringLiteral("line 5: ")));
        QCOMPARE(PreOrderRepository(t.db()).orders()->size(), 0); // all or nothing
        auto ok = importPreOrderCsv(t.db(), bad.left(bad.indexOf("S-1,Ana,555,NOPE")));
        QVERIFY(ok && ok->errors.isEmpty());
        QCOMPARE(ok->orders, 1);
        QCOMPARE(PreOrderRepository(t.db()).find(QStringLiteral("S-1"))->source,
                 QStringLiteral("import"));
    }
};

QTEST_GUILESS_MAIN(TestPreOrders)
#include "tst_preorders.moc"
