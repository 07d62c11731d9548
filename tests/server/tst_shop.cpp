// The order page and its JSON API over loopback HTTP (app/server/ShopHttp.cpp): checks and
// limits, a cut-off in the past, vendors kept apart, and orders converging on two devices.
#include "app/server/ShopStore.h"
#include "app/server/StoreConnection.h"
#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleEngine.h"
#include "core/preorder/PreOrderPickup.h"
#include "core/preorder/PreOrderRepository.h"
#include "core/sync/SyncClient.h"
#include "tests/server/ServerFixture.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QtTest>

using namespace sk;

class TestShop : public test::ServerSuite
{
    Q_OBJECT

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

    void publish(Database &db, qint64 cutoffMs, QDate date, Milli available = 5000)
    {
        PreOrderList l;
        l.marketDate = date;
        l.marketName = QStringLiteral("Downtown");
        l.cutoffMs = cutoffMs;
        l.windows = {QStringLiteral("08:00-10:00")};
        for (const char *sku : {"VEG-TOM", "JAM-STR"}) {
            const Product p = *ProductRepository(db).bySku(QLatin1String(sku));
            l.items << PreOrderItem{p.id, p.sku, p.name, p.unit, p.price, available};
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
        QVERIFY2(startServer(config(perAddress)), qPrintable(server->error()));
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

    // The worst requests: NUL bytes, int64-extreme quantities, a 10 MB body, a missing
    // product. Each is a 4xx with a JSON code that says what to fix; nothing is stored and
    // what is left stays as it was.
    void worstOrdersAreRefusedAndLoseNothing()
    {
        start(1000);
        QCOMPARE(order(QStringLiteral("hill-farm"), body({{jam, QStringLiteral("1")}})).status,
                 201);
        const auto count = [&] {
            return server->store()
                .connection()
                .scalar(QStringLiteral("SELECT count(*) FROM events WHERE type = 'preorder'"))
                ->toInt();
        };
        const int before = count();
        const auto expect = [&](const test::HttpResult &r, int status, const QString &code) {
            QCOMPARE(r.status, status);
            QCOMPARE(r.json.value(QLatin1String("code")).toString(), code);
            QVERIFY(!r.json.value(QLatin1String("message")).toString().isEmpty());
        };
        QJsonObject nul = body({{jam, QStringLiteral("1")}});
        nul.insert(QStringLiteral("name"), QStringLiteral("An") + QChar(0) + QStringLiteral("a"));
        expect(order(QStringLiteral("hill-farm"), nul), 400, QStringLiteral("invalid"));
        QJsonObject nulNote = body({{jam, QStringLiteral("1")}});
        nulNote.insert(QStringLiteral("note"), QString(QChar(0)));
        expect(order(QStringLiteral("hill-farm"), nulNote), 400, QStringLiteral("invalid"));
        for (const char *q : {"9223372036854775807", "-9223372036854775808", "1e300", "0x7fff"})
            expect(order(QStringLiteral("hill-farm"), body({{jam, QLatin1String(q)}})),
                   400,
                   QStringLiteral("quantity"));
        expect(order(QStringLiteral("hill-farm"), body({{QString(), QStringLiteral("1")}})),
               400,
               QStringLiteral("unknown_item"));
        // 10 MB: refused by the server before the order page reads it; 1 MB by the page.
        QJsonObject big = body({{jam, QStringLiteral("1")}});
        big.insert(QStringLiteral("note"), QString(10 * 1024 * 1024, u'x'));
        expect(order(QStringLiteral("hill-farm"), big), 413, QStringLiteral("body_too_large"));
        big.insert(QStringLiteral("note"), QString(1024 * 1024, u'x'));
        expect(order(QStringLiteral("hill-farm"), big), 413, QStringLiteral("too_large"));
        // The form: a NUL byte in the name, then a 10 MB body.
        const QByteArray form = "date=" + day.toString(Qt::ISODate).toLatin1() + "&qty_"
                                + jam.toLatin1() + "=1&contact=x&window=08%3A00-10%3A00&name=A%00a";
        auto page = test::http("POST", url(QStringLiteral("/shop/hill-farm/order")), {}, form);
        QCOMPARE(page.status, 400);
        QVERIFY(page.body.startsWith("<!DOCTYPE html>"));
        page = test::http("POST",
                          url(QStringLiteral("/shop/hill-farm/order")),
                          {},
                          form + "&note=" + QByteArray(10 * 1024 * 1024, 'x'));
        QCOMPARE(page.status, 413);
        QCOMPARE(count(), before);
        server::ShopStore shop(server->store());
        const server::ShopVendor v = *shop.vendor(QStringLiteral("hill-farm"));
        const QList<PreOrderList> lists = *shop.openLists(v);
        QCOMPARE(shop.left(v, lists.first())->value(jam), 4000);
    }

    // From the status link: moved to another open day (the reservation moves on the devices
    // after they sync), refused when that day has too little left, then called off (released,
    // still on record); a closed order cannot be changed, a wrong token finds nothing.
    void customerMovesAndCancelsFromTheStatusLink()
    {
        start(1000);
        const QDate later = day.addDays(7);
        publish(a->db(), Clock::nowMs() + 3600'000, later, 1000);
        syncOk(a->db());
        auto r = order(QStringLiteral("hill-farm"), body({{jam, QStringLiteral("2")}}));
        QCOMPARE(r.status, 201);
        const QString number = r.json.value(QLatin1String("number")).toString();
        const QString token = r.json.value(QLatin1String("token")).toString();
        const auto change = [&](const QString &what, const QJsonObject &o, const QString &t) {
            return test::http(
                "POST",
                url(QStringLiteral("/shop/hill-farm/api/orders/%1/%2?t=%3").arg(number, what, t)),
                {},
                QJsonDocument(o).toJson());
        };
        const QJsonObject toLater{{QStringLiteral("market_date"), later.toString(Qt::ISODate)},
                                  {QStringLiteral("window"), QStringLiteral("08:00-10:00")}};
        QCOMPARE(change(QStringLiteral("reschedule"), toLater, QStringLiteral("x")).status, 404);
        // One jar is offered that day, the order holds two.
        auto full = change(QStringLiteral("reschedule"), toLater, token);
        QCOMPARE(full.status, 409);
        QCOMPARE(full.json.value(QLatin1String("code")).toString(), QStringLiteral("sold_out"));
        QCOMPARE(full.json.value(QLatin1String("left")).toObject().value(jam).toString(),
                 QStringLiteral("1.000"));
        QJsonObject badWindow = toLater;
        badWindow.insert(QStringLiteral("window"), QStringLiteral("midnight"));
        QCOMPARE(change(QStringLiteral("reschedule"), badWindow, token).status, 400);
        QCOMPARE(change(QStringLiteral("reschedule"), {}, token).status, 400);

        publish(a->db(), Clock::nowMs() + 3600'000, later, 5000);
        syncOk(a->db());
        QCOMPARE(*PreOrderRepository(a->db()).reserved(jam), 2000);
        auto moved = change(QStringLiteral("reschedule"), toLater, token);
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.json.value(QLatin1String("market_date")).toString(),
                 later.toString(Qt::ISODate));
        syncOk(a->db());
        QCOMPARE(PreOrderRepository(a->db()).find(number)->marketDate, later);
        QCOMPARE(PreOrderRepository(a->db()).orders(day, true)->size(), 0);
        QCOMPARE(*PreOrderRepository(a->db()).reserved(jam), 2000);
        // What the first day offers is free again: 5 jars to promise there.
        auto five = order(QStringLiteral("hill-farm"), body({{jam, QStringLiteral("5")}}));
        QCOMPARE(five.status, 201);

        // The status page offers both changes; its cancel form calls the order off.
        auto page = test::http(
            "GET", url(QStringLiteral("/shop/hill-farm/order/%1?t=%2&lang=es").arg(number, token)));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("id=\"reschedule\""));
        QVERIFY(page.body.contains("Cancelar mi pedido"));
        // Its links to the page in the other language keep the order and its token.
        QVERIFY(
            page.body.contains(QStringLiteral("/shop/hill-farm/order/%1?t=%2&amp;lang=en")
                                   .arg(number, QString::fromLatin1(QUrl::toPercentEncoding(token)))
                                   .toUtf8()));
        // The status page's cancel form posted, `fields` before the token.
        const auto postCancel = [&](const QByteArray &fields) {
            return test::http(
                "POST",
                url(QStringLiteral("/shop/hill-farm/order/%1/cancel?lang=es").arg(number)),
                {},
                fields + "t=" + QUrl::toPercentEncoding(token));
        };
        // A tap on "Cancel my order" asks once more; nothing is called off yet.
        auto asked = postCancel({});
        QCOMPARE(asked.status, 200);
        QVERIFY(asked.body.contains("<strong id=\"state\">pedido</strong>"));
        QVERIFY(asked.body.contains("id=\"cancel-confirm\""));
        QVERIFY(asked.body.contains("name=\"confirm\" value=\"1\""));
        auto cancelled = postCancel("confirm=1&");
        QCOMPARE(cancelled.status, 200);
        QVERIFY(cancelled.body.contains("<strong id=\"state\">cancelado</strong>"));
        QVERIFY(!cancelled.body.contains("Cancelar mi pedido"));
        QCOMPARE(change(QStringLiteral("cancel"), {}, token).status, 409);
        syncOk(a->db());
        syncOk(b->db());
        for (Database *db : {&a->db(), &b->db()}) {
            QCOMPARE(PreOrderRepository(*db).find(number)->state, OrderState::Cancelled);
            QCOMPARE(*PreOrderRepository(*db).reserved(jam), 5000); // the other order's
        }
    }

    // The last jar, two customers at once, each on another server process sharing the store
    // (PostgreSQL under run_pg_tests.sh), five market days in a row: each day exactly one
    // order is taken and the other is told what is left; nothing is promised twice.
    void lastItemOnTwoServerProcessesAtOnce()
    {
        start(1000);
        constexpr int kDays = 5; // two orders a day: the servers' limit per address is five
        const QDate first = day.addDays(14);
        for (int i = 0; i < kDays; ++i)
            publish(a->db(), Clock::nowMs() + 3600'000, first.addDays(i), 1000);
        syncOk(a->db());
        const QString bin = test::binary(QStringLiteral("app/server/stallkeeper-server"));
        std::vector<std::unique_ptr<QProcess>> procs;
        QList<quint16> ports;
        for (int i = 0; i < 2; ++i) {
            auto p = std::make_unique<QProcess>();
            p->start(bin,
                     {QStringLiteral("--db"),
                      server->storeSpec(),
                      QStringLiteral("serve"),
                      QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:0")});
            QVERIFY(p->waitForStarted(10000));
            QByteArray out;
            QTRY_VERIFY_WITH_TIMEOUT((out += p->readAllStandardOutput()).contains("serving"),
                                     60000);
            const QRegularExpression port(QStringLiteral("127\\.0\\.0\\.1:(\\d+)"));
            const auto m = port.match(QString::fromUtf8(out));
            QVERIFY2(m.hasMatch(), out.constData());
            ports << quint16(m.captured(1).toUInt());
            procs.push_back(std::move(p));
            // Warm: its connection to the store is open before the customers come.
            QCOMPARE(
                test::http("GET",
                           QStringLiteral("http://127.0.0.1:%1/shop/hill-farm").arg(ports.last()))
                    .status,
                200);
        }
        const auto stop = qScopeGuard([&procs] {
            for (auto &p : procs) {
                p->terminate();
                p->waitForFinished(10000);
            }
        });
        QNetworkAccessManager net;
        int taken = 0, soldOut = 0;
        for (int d = 0; d < kDays; ++d) {
            QList<QNetworkReply *> replies;
            for (quint16 port : std::as_const(ports)) {
                QNetworkRequest req(QUrl(
                    QStringLiteral("http://127.0.0.1:%1/shop/hill-farm/api/orders").arg(port)));
                req.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
                replies << net.post(
                    req,
                    QJsonDocument(body({{jam, QStringLiteral("1")}}, first.addDays(d))).toJson());
            }
            QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(),
                                                 replies.cend(),
                                                 [](QNetworkReply *r) { return r->isFinished(); }),
                                     60000);
            for (QNetworkReply *r : replies) {
                const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray answer = r->readAll();
                r->deleteLater();
                if (status == 201)
                    ++taken;
                else if (status == 409 && answer.contains("sold_out"))
                    ++soldOut;
                else
                    QFAIL(qPrintable(
                        QStringLiteral("%1 %2").arg(status).arg(QString::fromUtf8(answer))));
            }
        }
        QCOMPARE(taken, kDays);
        QCOMPARE(soldOut, kDays);
        syncOk(b->db());
        server::ShopStore shop(server->store());
        const server::ShopVendor v = *shop.vendor(QStringLiteral("hill-farm"));
        QVERIFY(shop.catchUp(v));
        const QList<PreOrderList> lists = *shop.openLists(v);
        for (int d = 0; d < kDays; ++d) {
            QCOMPARE(PreOrderRepository(b->db()).orders(first.addDays(d))->size(), 1);
            for (const PreOrderList &l : lists)
                if (l.marketDate == first.addDays(d))
                    QCOMPARE(shop.left(v, l)->value(jam), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestShop)
#include "tst_shop.moc"
