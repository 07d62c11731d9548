// The order page and its JSON API over loopback HTTP (app/server/ShopHttp.cpp): checks and
// limits, a cut-off in the past, vendors kept apart, and orders converging on two devices.
#include "Catalog.h"
#include "DemoData.h"
#include "MarketDay.h"
#include "SaleEngine.h"
#include "ServerFixture.h"
#include "ShopStore.h"
#include "TestSupport.h"
#include "preorder/PreOrderPickup.h"
#include "preorder/PreOrderRepository.h"
#include "sync/SyncClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sk;

class TestShop : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> server;
    std::unique_ptr<test::TempDb> a, b, other;
    QString tom, jam;
    QDate day = QDate::currentDate().addDays(1);

    static server::ServerConfig config(double perAddress)
    {
        server::ServerConfig c = test::unthrottled();
        c.shopOrdersPerAddress = perAddress;
        c.shopOrdersPerVendor = 1000;
        return c;
    }

    void syncOk(Database &db)
    {
        const sync::SyncReport r = sync::SyncClient::syncBlocking(db);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.rejected, 0);
    }

    void publish(Database &db, qint64 cutoffMs, QDate date)
    {
        PreOrderList l;
        l.marketDate = date;
        l.marketName = QStringLiteral("Downtown");
        l.cutoffMs = cutoffMs;
        l.windows = {QStringLiteral("08:00-10:00")};
        for (const char *sku : {"VEG-TOM", "JAM-STR"}) {
            const Product p = *ProductRepository(db).bySku(QLatin1String(sku));
            l.items << PreOrderItem{p.id, p.sku, p.name, p.unit, p.price, 5000};
        }
        auto r = PreOrderRepository(db).publish(l);
        QVERIFY2(r, r ? "" : qPrintable(r.error().detail));
    }

    QString url(const QString &path) const { return server->url() + path; }

    test::HttpResult order(const QString &slug, const QJsonObject &body)
    {
        return test::http("POST",
                          url(QStringLiteral("/shop/%1/api/orders").arg(slug)),
                          {},
                          QJsonDocument(body).toJson());
    }

    QJsonObject body(QList<std::pair<QString, QString>> items, QDate date = {}) const
    {
        QJsonArray its;
        for (const auto &[id, qty] : items)
            its.append(
                QJsonObject{{QStringLiteral("product_id"), id}, {QStringLiteral("qty"), qty}});
        return {
            {QStringLiteral("name"), QStringLiteral("Ana")},
            {QStringLiteral("contact"), QStringLiteral("555-0100")},
            {QStringLiteral("market_date"), (date.isValid() ? date : day).toString(Qt::ISODate)},
            {QStringLiteral("window"), QStringLiteral("08:00-10:00")},
            {QStringLiteral("items"), its}};
    }

    void start(double perAddress)
    {
        server = std::make_unique<test::TestServer>(config(perAddress));
        QVERIFY2(server->ok(), qPrintable(server->error()));
        a = std::make_unique<test::TempDb>();
        b = std::make_unique<test::TempDb>();
        other = std::make_unique<test::TempDb>();
        QVERIFY(seedDemoCatalog(a->db()));
        QVERIFY(seedDemoCatalog(other->db()));
        QVERIFY(test::pairDevice(*server, a->db(), QStringLiteral("Hill Farm"), QStringLiteral("A"))
                    .isEmpty());
        QVERIFY(test::pairDevice(*server, b->db(), QStringLiteral("Hill Farm"), QStringLiteral("B"))
                    .isEmpty());
        QVERIFY(test::pairDevice(
                    *server, other->db(), QStringLiteral("Other Farm"), QStringLiteral("O"))
                    .isEmpty());
        server::ShopStore shop(server->store());
        QCOMPARE(shop.enable(QStringLiteral("Hill Farm"))->slug, QStringLiteral("hill-farm"));
        QCOMPARE(shop.enable(QStringLiteral("Other Farm"))->slug, QStringLiteral("other-farm"));
        tom = ProductRepository(a->db()).bySku(QStringLiteral("VEG-TOM"))->id;
        jam = ProductRepository(a->db()).bySku(QStringLiteral("JAM-STR"))->id;
        publish(a->db(), Clock::nowMs() + 3600'000, day);
        publish(other->db(), Clock::nowMs() + 3600'000, day);
        syncOk(a->db());
        syncOk(b->db());
        syncOk(other->db());
    }

private slots:
    void cleanup()
    {
        a.reset();
        b.reset();
        other.reset();
        server.reset();
    }

    void ordersAreCheckedAndLimitedToWhatIsLeft()
    {
        start(1000);
        auto ok = order(QStringLiteral("hill-farm"),
                        body({{tom, QStringLiteral("2")}, {jam, QStringLiteral("1")}}));
        QCOMPARE(ok.status, 201);
        QVERIFY(ok.json.value(QLatin1String("number")).toString().startsWith(QStringLiteral("W-")));
        // Beyond what is left: refused with what is left (5 lb - 2 lb).
        auto many = order(QStringLiteral("hill-farm"), body({{tom, QStringLiteral("3.5")}}));
        QCOMPARE(many.status, 409);
        QCOMPARE(many.json.value(QLatin1String("code")).toString(), QStringLiteral("sold_out"));
        QCOMPARE(many.json.value(QLatin1String("left")).toObject().value(tom).toString(),
                 QStringLiteral("3.000"));
        QCOMPARE(order(QStringLiteral("hill-farm"), body({{tom, QStringLiteral("3")}})).status,
                 201);
        QJsonObject noName = body({{jam, QStringLiteral("1")}});
        noName.insert(QStringLiteral("name"), QStringLiteral(" "));
        QCOMPARE(
            order(QStringLiteral("hill-farm"), noName).json.value(QLatin1String("code")).toString(),
            QStringLiteral("name"));
        QJsonObject extra = body({{jam, QStringLiteral("1")}});
        extra.insert(QStringLiteral("admin"), true);
        QCOMPARE(order(QStringLiteral("hill-farm"), extra).status, 400);
        QCOMPARE(order(QStringLiteral("hill-farm"), body({{jam, QStringLiteral("-1")}})).status,
                 400);
        QCOMPARE(order(QStringLiteral("hill-farm"), body({{jam, QStringLiteral("101")}})).status,
                 400);
        QList<std::pair<QString, QString>> lots;
        for (int i = 0; i < 31; ++i)
            lots << std::pair{newUuid7(), QStringLiteral("1")};
        QCOMPARE(order(QStringLiteral("hill-farm"), body(lots))
                     .json.value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("too_many_items"));
        auto junk
            = test::http("POST", url(QStringLiteral("/shop/hill-farm/api/orders")), {}, "{nope");
        QCOMPARE(junk.status, 400);
        QCOMPARE(junk.json.value(QLatin1String("code")).toString(),
                 QStringLiteral("malformed_json"));
        // The form's honeypot: a filled "website" field is a bot.
        const QByteArray form
            = "date=" + day.toString(Qt::ISODate).toLatin1() + "&qty_" + jam.toLatin1()
              + "=1&name=Bot&contact=x&window=08%3A00-10%3A00&website=http%3A%2F%2Fspam";
        auto bot = test::http("POST", url(QStringLiteral("/shop/hill-farm/order")), {}, form);
        QCOMPARE(bot.status, 400);
        QVERIFY(!bot.body.contains("Thank you"));
        QVERIFY(bot.body.startsWith("<!DOCTYPE html>"));
    }

    void aCutOffInThePastTakesNoOrders()
    {
        start(1000);
        const QDate past = day.addDays(7);
        publish(a->db(), Clock::nowMs() - 60'000, past);
        syncOk(a->db());
        auto r = order(QStringLiteral("hill-farm"), body({{tom, QStringLiteral("1")}}, past));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json.value(QLatin1String("code")).toString(), QStringLiteral("closed"));
        // The page does not offer that day.
        auto page = test::http("GET", url(QStringLiteral("/shop/hill-farm")));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains(day.toString(Qt::ISODate).toLatin1()));
        QVERIFY(!page.body.contains(past.toString(Qt::ISODate).toLatin1()));
    }

    void ordersPerAddressAreLimited()
    {
        start(3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(order(QStringLiteral("hill-farm"), body({{jam, QStringLiteral("1")}})).status,
                     201);
        auto r = order(QStringLiteral("hill-farm"), body({{jam, QStringLiteral("1")}}));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.json.value(QLatin1String("code")).toString(), QStringLiteral("rate_limited"));
    }

    // A vendor's orders (with the customer's contact) reach only that vendor's devices, and the
    // status page answers only with the order's own token, under its own vendor.
    void vendorsAreKeptApart()
    {
        start(1000);
        auto r = order(QStringLiteral("hill-farm"), body({{tom, QStringLiteral("1")}}));
        QCOMPARE(r.status, 201);
        const QString number = r.json.value(QLatin1String("number")).toString();
        const QString token = r.json.value(QLatin1String("token")).toString();
        const QString status = QStringLiteral("/shop/%1/api/orders/%2?t=%3");
        QCOMPARE(
            test::http("GET", url(status.arg(QStringLiteral("hill-farm"), number, token))).status,
            200);
        QCOMPARE(
            test::http("GET", url(status.arg(QStringLiteral("other-farm"), number, token))).status,
            404);
        QCOMPARE(
            test::http("GET",
                       url(status.arg(QStringLiteral("hill-farm"), number, QStringLiteral("x"))))
                .status,
            404);
        syncOk(other->db());
        syncOk(b->db());
        QCOMPARE(PreOrderRepository(other->db()).orders()->size(), 0);
        QCOMPARE(PreOrderRepository(b->db()).find(number)->contact, QStringLiteral("555-0100"));
    }

    // Ordered on the page, handed over on B re-weighed and paid partly by SNAP, seen on A and on
    // the status page; the reservations agree on both devices at every step.
    void ordersConvergeAcrossDevices()
    {
        start(1000);
        auto r = order(QStringLiteral("hill-farm"),
                       body({{tom, QStringLiteral("2")}, {jam, QStringLiteral("2")}}));
        QCOMPARE(r.status, 201);
        const QString number = r.json.value(QLatin1String("number")).toString();
        syncOk(a->db());
        syncOk(b->db());
        QCOMPARE(*PreOrderRepository(a->db()).reserved(tom), 2000);
        QCOMPARE(*PreOrderRepository(b->db()).reserved(tom), 2000);
        QVERIFY(MarketDayRepository(b->db()).open(QStringLiteral("Downtown"), 0));
        const PreOrder o = *PreOrderRepository(b->db()).find(number);
        Cart cart = *cartForOrder(b->db(), o);
        QCOMPARE(cart.lines.size(), 2);
        for (CartLine &l : cart.lines)
            l.qty = l.product.id == tom ? 2200  // the tomatoes weighed 2.2 lb
                                        : 1000; // one jar now, one later
        const SaleRules rules = *SaleRules::load(b->db());
        const Minor total = computeCart(rules, cart)->total;
        cart.tenders << TenderEntry{QStringLiteral("snap"), 500, {}}
                     << TenderEntry{QStringLiteral("cash"), total - 500, {}};
        auto p = pickUp(b->db(), o.id, cart, rules);
        QVERIFY2(p, p ? "" : qPrintable(p.error().detail));
        QCOMPARE(p->order.state, OrderState::Partly);
        syncOk(b->db());
        syncOk(a->db());
        const PreOrder onA = *PreOrderRepository(a->db()).find(number);
        QCOMPARE(onA.state, OrderState::Partly);
        QCOMPARE(onA.lines[0].pickedQty, 2200);
        QCOMPARE(*PreOrderRepository(a->db()).reserved(tom), 0);
        QCOMPARE(*PreOrderRepository(a->db()).reserved(jam), 1000);
        QCOMPARE(*PreOrderRepository(b->db()).reserved(jam), 1000);
        const QString token = r.json.value(QLatin1String("token")).toString();
        auto st = test::http(
            "GET", url(QStringLiteral("/shop/hill-farm/order/%1?t=%2").arg(number, token)));
        QCOMPARE(st.status, 200);
        QVERIFY(st.body.contains("<strong id=\"state\">partly</strong>"));
        // The last jar on A: picked up everywhere.
        QVERIFY(MarketDayRepository(a->db()).open(QStringLiteral("Downtown"), 0));
        Cart rest = *cartForOrder(a->db(), onA);
        rest.tenders << TenderEntry{QStringLiteral("cash"), computeCart(rules, rest)->total, {}};
        QVERIFY(pickUp(a->db(), onA.id, rest, rules));
        syncOk(a->db());
        syncOk(b->db());
        QCOMPARE(PreOrderRepository(b->db()).find(number)->state, OrderState::PickedUp);
        QCOMPARE(*PreOrderRepository(b->db()).reserved(jam), 0);
        st = test::http("GET",
                        url(QStringLiteral("/shop/hill-farm/order/%1?t=%2").arg(number, token)));
        QVERIFY(st.body.contains("<strong id=\"state\">picked up</strong>"));
    }
};

QTEST_GUILESS_MAIN(TestShop)
#include "tst_shop.moc"
