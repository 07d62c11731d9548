// Markets on the server over real loopback HTTP: who reads what. A manager's device reads its
// own market's vendors' slips (of that market and day) and nothing of another market, nor any
// vendor's sales, stock or events; a vendor in two markets shares with each only the slips that
// name it; a vendor reads only the statements made out to it. Then two booth devices of one
// market share their sales through the server, so the incentive's caps hold across them when
// both are online, and are reported once they meet after selling offline.

#include "app/server/ServerStore.h"
#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/Ids.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/booth/BoothLedger.h"
#include "core/booth/MarketLink.h"
#include "core/booth/Reimbursement.h"
#include "core/booth/VendorSlip.h"
#include "core/sync/SyncEngine.h"
#include "tests/server/ServerFixture.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sk;

namespace {

QByteArray tokenOf(Database &db)
{
    return db.localSetting(sync::keys::token()).toUtf8();
}

QString pairManager(test::TestServer &server, Database &db, const QString &market)
{
    auto code = server.store().pairCodeForMarket(market);
    if (!code)
        return code.error().detail;
    const auto r = sync::SyncClient::pairBlocking(db, server.url(), *code, QStringLiteral("booth"));
    return r.ok ? QString() : r.message;
}

bool syncOk(Database &db)
{
    const auto r = test::syncOnce(db, [](sync::SyncClient &) {});
    if (!r.ok)
        qWarning("sync failed: %s", qPrintable(r.message));
    return r.ok;
}

booth::VendorSlip slip(const QString &marketId, const QString &day, qint64 snapTokens)
{
    booth::VendorSlip s;
    s.marketId = marketId;
    s.marketDay = day;
    s.vendorName = QStringLiteral("someone");
    s.currency = QStringLiteral("USD");
    s.lines << booth::SlipLine{
        QStringLiteral("SNAP"), 100, snapTokens, snapTokens * 100, QStringLiteral("snap_token")};
    return s;
}

// One jar of jam, paid by card.
void sellOne(Database &db)
{
    test::sellByCard(db, "JAM-STR", 1000);
}

// Vendor names in the answer's shared entries.
QStringList vendorsIn(const test::HttpResult &r)
{
    QStringList out;
    for (const QJsonValue &v : r.json.value(QLatin1String("shared")).toArray())
        out << v.toObject().value(QLatin1String("vendor_name")).toString();
    out.sort();
    return out;
}

} // namespace

class TestServerMarket : public test::ServerSuite
{
    Q_OBJECT

    QString api(const QString &path) const
    {
        return server->url() + QStringLiteral("/api/v1/") + path;
    }

    // Pairs the devices of booths one and two of a new market, Riverside: why not, or nothing.
    QString pairTwoBooths(test::TempDb &one, test::TempDb &two)
    {
        auto m = server->store().addMarket(QStringLiteral("Riverside"));
        if (!m)
            return m.error().detail;
        const QString why = pairManager(*server, one.db(), m->name);
        return why.isEmpty() ? pairManager(*server, two.db(), m->name) : why;
    }

    // Booths one and two of a new market, paired (pairTwoBooths): booth one sets up the token
    // kinds and `cfg`, both booths sync, and tokens go to the booths on `day`: 500 of each kind
    // received, 200 moved to booth one and `atTwo` to booth two.
    void stockTwoBooths(test::TempDb &one,
                        test::TempDb &two,
                        const booth::BoothConfig &cfg,
                        const QString &day,
                        qint64 atTwo)
    {
        QCOMPARE(pairTwoBooths(one, two), QString());
        booth::BoothLedger l1(one.db()), l2(two.db());
        QVERIFY(l1.setUpDefaults(QStringLiteral("USD")));
        QVERIFY(l1.saveConfig(cfg));
        QVERIFY(syncOk(one.db()));
        QVERIFY(syncOk(two.db()));
        const QList<booth::TokenKind> kinds = *l1.kinds();
        for (const auto &k : kinds) {
            QVERIFY(l1.receive(k.id, 500, day));
            QVERIFY(l1.move(k.id, booth::TokenState::Office, booth::TokenState::Booth, 200, day));
        }
        QVERIFY(syncOk(one.db()));
        QVERIFY(syncOk(two.db()));
        for (const auto &k : kinds)
            QVERIFY(l2.move(k.id, booth::TokenState::Office, booth::TokenState::Booth, atTwo, day));
    }

private slots:
    void init() { QVERIFY2(startServer(test::unthrottled()), qPrintable(server->error())); }
    void cleanup() { server.reset(); }

    void isolation()
    {
        auto a = server->store().addMarket(QStringLiteral("Riverside"));
        auto b = server->store().addMarket(QStringLiteral("Hilltop"));
        QVERIFY(a && b);
        const QString day = QStringLiteral("2026-12-05");
        // Devices: Alpha in A and B, Beta in A, Gamma in none; a manager of each market.
        test::TempDb alpha, beta, gamma, ma, mb;
        for (auto [db, name] : {std::pair{&alpha, "Alpha"}, {&beta, "Beta"}, {&gamma, "Gamma"}}) {
            QCOMPARE(test::pairDemoTill(
                         *server, db->db(), QString::fromLatin1(name), QStringLiteral("till")),
                     QString());
        }
        QCOMPARE(pairManager(*server, ma.db(), a->name), QString());
        QCOMPARE(pairManager(*server, mb.db(), b->name), QString());

        // Joining: a wrong code is refused, a manager cannot join, the right code works.
        QVERIFY(!booth::MarketLink(alpha.db()).join(QStringLiteral("AAAA-BBBB-CCCC")));
        const QString codeA = *server->store().createJoinCode(a->name);
        const QString codeB = *server->store().createJoinCode(b->name);
        QCOMPARE(test::http("POST",
                            api(QStringLiteral("market/join")),
                            tokenOf(ma.db()),
                            QJsonDocument(QJsonObject{{QStringLiteral("code"), codeA}}).toJson())
                     .status,
                 403);
        QVERIFY(booth::MarketLink(alpha.db()).join(codeA));
        auto joined = booth::MarketLink(alpha.db()).join(codeB);
        QVERIFY2(joined, joined ? "" : qPrintable(joined.error().detail));
        QCOMPARE(joined->name, b->name);
        QCOMPARE(booth::MarketLink(alpha.db()).remembered().size(), 2);
        QVERIFY(booth::MarketLink(beta.db()).join(codeA));

        // Slips: Alpha for A (7 tokens) and for B (9), Beta for A (5) and for A on another
        // day, Gamma (not a member) names A. Everyone also sells item by item.
        QVERIFY(booth::recordSlip(alpha.db(), slip(a->id, day, 7)));
        QVERIFY(booth::recordSlip(alpha.db(), slip(b->id, day, 9)));
        QVERIFY(booth::recordSlip(beta.db(), slip(a->id, day, 5)));
        QVERIFY(booth::recordSlip(beta.db(), slip(a->id, QStringLiteral("2026-12-12"), 3)));
        QVERIFY(booth::recordSlip(gamma.db(), slip(a->id, day, 4)));
        for (test::TempDb *d : {&alpha, &beta, &gamma}) {
            sellOne(d->db());
            QVERIFY(syncOk(d->db()));
        }

        // A slip whose total is not its count times its face value is refused by the server.
        QJsonObject bad = slip(a->id, day, 2).toJson();
        bad[QStringLiteral("id")] = QStringLiteral("bad");
        bad[QStringLiteral("tenders")]
            = QJsonArray{QJsonObject{{QStringLiteral("program"), QStringLiteral("SNAP")},
                                     {QStringLiteral("face_value"), QStringLiteral("100")},
                                     {QStringLiteral("count"), QStringLiteral("2")},
                                     {QStringLiteral("total"), QStringLiteral("900")}}};
        const QString badId = newUuid7();
        const QJsonObject env{{QStringLiteral("id"), badId},
                              {QStringLiteral("type"), QStringLiteral("market_slip")},
                              {QStringLiteral("device_id"), alpha.db().deviceId()},
                              {QStringLiteral("hlc"), QString::number(Database::hlc().now())},
                              {QStringLiteral("data"), bad}};
        const auto pushed = test::http(
            "POST",
            api(QStringLiteral("push")),
            tokenOf(alpha.db()),
            QJsonDocument(QJsonObject{{QStringLiteral("events"), QJsonArray{env}}}).toJson());
        QCOMPARE(pushed.status, 200);
        QVERIFY(!pushed.json.value(QLatin1String("acked")).toArray().contains(badId));
        QVERIFY2(pushed.body.contains("count times its face value"), pushed.body.constData());

        // Manager A: Alpha's and Beta's slips for A on that day, nothing else.
        auto ra
            = test::http("GET", api(QStringLiteral("market/slips?date=") + day), tokenOf(ma.db()));
        QCOMPARE(ra.status, 200);
        QCOMPARE(vendorsIn(ra), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
        for (const QJsonValue &v : ra.json.value(QLatin1String("shared")).toArray()) {
            const QJsonObject d = v.toObject().value(QLatin1String("data")).toObject();
            QCOMPARE(d.value(QLatin1String("market_id")).toString(), a->id);
            const QString count = d.value(QLatin1String("tenders"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QLatin1String("count"))
                                      .toString();
            QCOMPARE(count,
                     v.toObject().value(QLatin1String("vendor_name")).toString() == u"Alpha"
                         ? QStringLiteral("7")
                         : QStringLiteral("5"));
        }
        QVERIFY(!ra.body.contains("JAM-STR"));
        // Manager B: only Alpha's slip for B.
        auto rb
            = test::http("GET", api(QStringLiteral("market/slips?date=") + day), tokenOf(mb.db()));
        QCOMPARE(vendorsIn(rb), QStringList{QStringLiteral("Alpha")});
        QVERIFY(rb.body.contains("\"count\":\"9\""));
        QVERIFY(!rb.body.contains("\"count\":\"7\""));
        auto vb = test::http("GET", api(QStringLiteral("market/vendors")), tokenOf(mb.db()));
        QCOMPARE(vb.json.value(QLatin1String("vendors")).toArray().size(), 1);

        // A manager's token reaches no vendor's sales, stock or events.
        for (const char *path : {"sales", "stock"})
            QCOMPARE(test::http("GET", api(QString::fromLatin1(path)), tokenOf(ma.db())).status,
                     403);
        const auto pulled
            = test::http("GET", api(QStringLiteral("pull?since=0")), tokenOf(ma.db()));
        QCOMPARE(pulled.status, 200);
        QCOMPARE(pulled.json.value(QLatin1String("events")).toArray().size(), 0);
        // A vendor reads no market's slips or vendor list.
        QCOMPARE(
            test::http("GET", api(QStringLiteral("market/slips?date=") + day), tokenOf(alpha.db()))
                .status,
            403);
        QCOMPARE(
            test::http("GET", api(QStringLiteral("market/vendors")), tokenOf(beta.db())).status,
            403);
        // Bad input is a 4xx JSON error.
        QCOMPARE(
            test::http("GET", api(QStringLiteral("market/slips?date=yesterday")), tokenOf(ma.db()))
                .status,
            400);

        // Statements: the booth of A issues one to Alpha; Alpha reads it, Beta does not, and
        // market B's booth issuing one naming Beta (not its member) reaches nobody.
        QVERIFY(booth::BoothLedger(ma.db()).setUpDefaults(QStringLiteral("USD")));
        QVERIFY(booth::MarketLink(ma.db()).fetchSlips(day));
        const QString alphaId = server->store().vendorByName(QStringLiteral("Alpha"))->id;
        auto st = booth::buildStatement(ma.db(), day, alphaId);
        QVERIFY(st);
        QCOMPARE(st->lines.first().slipCount, 7);
        const auto issued = booth::issueStatement(ma.db(), *st, QStringLiteral("approved"));
        QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().detail));
        booth::Statement forged = *st;
        forged.id = QStringLiteral("2026-12-05/x");
        forged.vendorId = server->store().vendorByName(QStringLiteral("Beta"))->id;
        QVERIFY(booth::BoothLedger(mb.db()).setUpDefaults(QStringLiteral("USD")));
        QVERIFY(booth::issueStatement(mb.db(), forged, QStringLiteral("paid")));
        QVERIFY(syncOk(ma.db()));
        QVERIFY(syncOk(mb.db()));
        auto sa = booth::MarketLink(alpha.db()).statements();
        QVERIFY(sa);
        QCOMPARE(sa->size(), 1);
        QCOMPARE(sa->first()
                     .toObject()
                     .value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("approved"));
        QCOMPARE(booth::MarketLink(beta.db()).statements()->size(), 0);
        QCOMPARE(
            test::http("GET", api(QStringLiteral("market/statements")), tokenOf(ma.db())).status,
            403);
    }

    // Two booth devices of one market: online, the second sees what the first gave a customer
    // and caps the match; offline, each allows what it knows, and once both have synced the
    // excess is reported on both.
    void capsAcrossBoothDevices()
    {
        test::TempDb one, two;
        QCOMPARE(pairTwoBooths(one, two), QString());
        const QString day = QStringLiteral("2026-12-05");
        booth::BoothLedger l1(one.db()), l2(two.db());
        // Both set up before they ever synced: one kind of each in the end.
        QVERIFY(l1.setUpDefaults(QStringLiteral("USD")));
        QVERIFY(l2.setUpDefaults(QStringLiteral("USD")));
        booth::BoothConfig cfg;
        cfg.dayCap = 2000;
        cfg.monthCap = 5000;
        QVERIFY(l1.saveConfig(cfg));
        QVERIFY(syncOk(one.db()));
        QVERIFY(syncOk(two.db()));
        auto kinds2 = l2.kinds();
        QCOMPARE(kinds2->size(), 3);
        QCOMPARE(l2.config()->dayCap, 2000);
        for (const auto &k : *kinds2) {
            QVERIFY(l2.receive(k.id, 500, day));
            QVERIFY(l2.move(k.id, booth::TokenState::Office, booth::TokenState::Booth, 200, day));
        }
        QVERIFY(syncOk(two.db()));
        QVERIFY(syncOk(one.db()));
        for (const auto &k : *kinds2)
            QVERIFY(l1.move(k.id, booth::TokenState::Office, booth::TokenState::Booth, 200, day));

        // Online: $15 at booth one (match 15), then booth two after a sync: 5 left today.
        auto t1 = l1.sellSnap(QStringLiteral("1234"), day, 1500);
        QVERIFY(t1);
        QCOMPARE(t1->incentiveAmount, 1500);
        QVERIFY(syncOk(one.db()));
        QVERIFY(syncOk(two.db()));
        auto t2 = l2.sellSnap(QStringLiteral("1234"), day, 1500);
        QVERIFY(t2);
        QCOMPARE(t2->incentiveAmount, 500);
        QVERIFY(syncOk(two.db()));
        QVERIFY(syncOk(one.db()));
        QCOMPARE(l1.quote(QStringLiteral("1234"), day, 1000)->incentive, 0);

        // Offline: customer 5678 gets $20 of match at each booth before either syncs.
        QCOMPARE(l1.sellSnap(QStringLiteral("5678"), day, 2000)->incentiveAmount, 2000);
        QCOMPARE(l2.sellSnap(QStringLiteral("5678"), day, 2000)->incentiveAmount, 2000);
        QCOMPARE(l1.capExceptions(day)->size(), 0);
        QVERIFY(syncOk(one.db()));
        QVERIFY(syncOk(two.db()));
        QVERIFY(syncOk(one.db()));
        for (booth::BoothLedger *l : {&l1, &l2}) {
            auto ex = l->capExceptions(day);
            QVERIFY(ex);
            QCOMPARE(ex->size(), 1);
            QCOMPARE(ex->first().customerRef, QStringLiteral("5678"));
            QCOMPARE(ex->first().issued, 4000);
            QCOMPARE(ex->first().cap, 2000);
            // The books agree on both devices after the merge.
            QCOMPARE(l->checkInvariants()->join(u'\n'), QString());
            QCOMPARE(l->log(day, day)->size(), 4);
        }
    }
    // The caps held on the server: two booth devices online, neither synced since the first
    // sale, the second's clock a day ahead of the market day. The server counts the first
    // device's hold on the sale's market day and gives the second only what is left; a booth
    // that cannot reach the server sells on what it knows, says so, and the overrun shows on
    // both devices once they sync.
    void capsReservedOnTheServer()
    {
        test::TempDb one, two;
        const QString day = QStringLiteral("2026-12-05");
        booth::BoothConfig cfg;
        cfg.dayCap = 2000;
        cfg.monthCap = 5000;
        stockTwoBooths(one, two, cfg, day, 200);
        if (QTest::currentTestFailed())
            return;
        booth::BoothLedger l1(one.db()), l2(two.db());

        // Booth one at 10:00 on the market day; booth two's clock says the next day.
        const qint64 marketMorning
            = QDateTime(QDate(2026, 12, 5), QTime(10, 0)).toMSecsSinceEpoch();
        Clock::setSource([&] { return marketMorning; });
        bool offline = true;
        auto t1
            = booth::sellSnapReserved(one.db(), QStringLiteral("1234"), day, 1500, {}, &offline);
        QVERIFY2(t1, t1 ? "" : qPrintable(t1.error().detail));
        QVERIFY(!offline);
        QCOMPARE(t1->incentiveAmount, 1500);
        Clock::setSource([&] { return marketMorning + 24 * 3600 * 1000; });
        auto t2
            = booth::sellSnapReserved(two.db(), QStringLiteral("1234"), day, 1500, {}, &offline);
        QVERIFY(t2);
        QVERIFY(!offline);
        QCOMPARE(t2->incentiveAmount, 500); // booth one's 15.00 is held for the day
        // The next day is a day of its own, in the same month (50.00 − 20.00 left).
        auto t3 = booth::sellSnapReserved(
            two.db(), QStringLiteral("1234"), QStringLiteral("2026-12-06"), 4000, {}, &offline);
        QVERIFY(t3);
        QCOMPARE(t3->incentiveAmount, 2000);
        // A sale the server refuses is not made.
        QVERIFY(!booth::sellSnapReserved(two.db(), QStringLiteral("12"), day, 100, {}, &offline));

        // Booth one loses the server: it sells on what it knows and says so.
        const QString url = one.db().localSetting(sync::keys::server());
        QVERIFY(
            one.db().setLocalSetting(sync::keys::server(), QStringLiteral("http://127.0.0.1:1")));
        auto t4
            = booth::sellSnapReserved(one.db(), QStringLiteral("5678"), day, 2000, {}, &offline);
        QVERIFY(t4);
        QVERIFY(offline);
        QCOMPARE(t4->incentiveAmount, 2000);
        QVERIFY(one.db().setLocalSetting(sync::keys::server(), url));
        auto t5
            = booth::sellSnapReserved(two.db(), QStringLiteral("5678"), day, 2000, {}, &offline);
        QVERIFY(t5);
        QVERIFY(!offline);
        QCOMPARE(t5->incentiveAmount, 2000); // the server had not heard of booth one's sale
        QVERIFY(syncOk(one.db()));
        QVERIFY(syncOk(two.db()));
        QVERIFY(syncOk(one.db()));
        Clock::setSource({});
        for (booth::BoothLedger *l : {&l1, &l2}) {
            auto ex = l->capExceptions(day);
            QVERIFY(ex);
            QCOMPARE(ex->size(), 1); // 1234 had 15.00 + 5.00: within the cap
            QCOMPARE(ex->first().customerRef, QStringLiteral("5678"));
            QCOMPARE(ex->first().issued, 4000);
            QCOMPARE(ex->first().cap, 2000);
        }
        // Once synced, the server counts the sales themselves: 5678 has nothing left today.
        Clock::setSource([&] { return marketMorning + 24 * 3600 * 1000; });
        auto t6
            = booth::sellSnapReserved(two.db(), QStringLiteral("5678"), day, 1000, {}, &offline);
        Clock::setSource({});
        QVERIFY(t6);
        QCOMPARE(t6->incentiveAmount, 0);
        // Only a manager's device reserves.
        test::TempDb till;
        QCOMPARE(
            test::pairDevice(*server, till.db(), QStringLiteral("Alpha"), QStringLiteral("till")),
            QString());
        const QByteArray body
            = QJsonDocument(QJsonObject{{QStringLiteral("txn_id"), QStringLiteral("x")},
                                        {QStringLiteral("customer_ref"), QStringLiteral("1234")},
                                        {QStringLiteral("market_day"), day},
                                        {QStringLiteral("snap_amount"), QStringLiteral("100")}})
                  .toJson();
        QCOMPARE(test::http("POST", api(QStringLiteral("market/reserve")), tokenOf(till.db()), body)
                     .status,
                 403);
        // The largest number of minor units there is: refused with the limit.
        const auto huge = test::http(
            "POST",
            api(QStringLiteral("market/reserve")),
            tokenOf(one.db()),
            QJsonDocument(
                QJsonObject{{QStringLiteral("txn_id"), QStringLiteral("y")},
                            {QStringLiteral("customer_ref"), QStringLiteral("1234")},
                            {QStringLiteral("market_day"), day},
                            {QStringLiteral("snap_amount"), QStringLiteral("9223372036854775807")}})
                .toJson());
        QCOMPARE(huge.status, 400);
        QVERIFY2(huge.body.contains("at most 1000000000.00"), huge.body.constData());
    }

    // A hold lives until its sale arrives, its booth gives it back, its booth closes the market
    // day, or its time runs out on the server's clock (a booth clock a day off changes nothing).
    // A sale that comes after its hold ran out still counts, and is reported if it overruns.
    void holdsHaveALifetime()
    {
        test::TempDb one, two;
        const QString day = QStringLiteral("2026-12-05");
        booth::BoothConfig cfg;
        cfg.dayCap = 2000;
        stockTwoBooths(one, two, cfg, day, 100);
        if (QTest::currentTestFailed())
            return;
        booth::BoothLedger l1(one.db()), l2(two.db());

        qint64 serverNow = QDateTime(QDate(2026, 12, 5), QTime(10, 0)).toMSecsSinceEpoch();
        server::ServerStore::setHoldClock([&] { return serverNow; });
        auto restore = qScopeGuard([] {
            server::ServerStore::setHoldClock({});
            Clock::setSource({});
        });
        booth::MarketLink link1(one.db()), link2(two.db());
        const QString c = QStringLiteral("1234");

        // Booth one holds 15.00 and crashes before the sale is made.
        const QString lost = newUuid7();
        QCOMPARE(*link1.reserveIncentive(lost, c, day, 1500), 1500);
        // Booth two, its clock a day ahead: the hold counts; one it gives back does not.
        Clock::setSource([&] { return serverNow + 24 * 3600 * 1000; });
        const QString cancelled = newUuid7();
        QCOMPARE(*link2.reserveIncentive(cancelled, c, day, 1500), 500);
        QVERIFY(link2.releaseIncentive(cancelled));
        QCOMPARE(*link2.reserveIncentive(newUuid7(), c, day, 500), 500);
        // Still within the hold's time on the server's clock: nothing left today.
        serverNow += server::ServerStore::kHoldLifetimeMs - 1;
        QCOMPARE(*link2.reserveIncentive(newUuid7(), c, day, 500), 0);
        Clock::setSource({});
        // Its time out, the lost hold stops counting: booth two sells the whole cap.
        serverNow += 2;
        bool offline = true;
        auto sold = booth::sellSnapReserved(two.db(), c, day, 2000, {}, &offline);
        QVERIFY(sold);
        QVERIFY(!offline);
        QCOMPARE(sold->incentiveAmount, 2000);
        QVERIFY(syncOk(two.db()));

        // The sale booth one did make, under the expired hold, arrives late: it counts in full
        // and both booths report the overrun.
        auto late = l1.sellSnap(c, day, 1500, {}, 1500, lost);
        QVERIFY2(late, late ? "" : qPrintable(late.error().detail));
        QCOMPARE(late->incentiveAmount, 1500);
        QVERIFY(syncOk(one.db()));
        QVERIFY(syncOk(two.db()));
        QCOMPARE(*link2.reserveIncentive(newUuid7(), c, day, 1000), 0);
        for (booth::BoothLedger *l : {&l1, &l2}) {
            auto ex = l->capExceptions(day);
            QVERIFY(ex);
            QCOMPARE(ex->size(), 1);
            QCOMPARE(ex->first().customerRef, c);
            QCOMPARE(ex->first().issued, 3500);
        }

        // Closing the market day releases that booth's holds without a sale, not another's.
        const QString d = QStringLiteral("5678"), e = QStringLiteral("9999");
        QCOMPARE(*link2.reserveIncentive(newUuid7(), d, day, 1500), 1500);
        QCOMPARE(*link1.reserveIncentive(newUuid7(), e, day, 1500), 1500);
        QCOMPARE(*link1.reserveIncentive(newUuid7(), d, day, 2000), 500);
        QVERIFY(l2.close(day, {}, 0, 0));
        QVERIFY(syncOk(two.db()));
        QCOMPARE(*link1.reserveIncentive(newUuid7(), d, day, 2000), 1500); // 500 held above
        QCOMPARE(*link2.reserveIncentive(newUuid7(), e, day, 2000), 500);
    }
};

QTEST_GUILESS_MAIN(TestServerMarket)
#include "tst_server_market.moc"
