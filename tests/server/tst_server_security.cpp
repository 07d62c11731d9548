// The server's boundaries: tenancy (a token sees only its vendor), tokens (missing, bad, forged,
// revoked), limits (body size, batch size, rate), malformed input (never a crash, always a JSON
// error with a 4xx), idempotent push and 409 on a changed payload, one bad event set aside while
// the rest goes on, pairing codes, and HTTPS with a certificate made here by openssl.

#include "app/server/PushWriter.h"
#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/sync/EventValidator.h"
#include "core/sync/SyncClient.h"
#include "core/sync/SyncEngine.h"
#include "tests/server/ServerFixture.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpSocket>
#include <QtTest>

#include <limits>

using namespace sk;

namespace {
QByteArray tokenOf(Database &db)
{
    return db.localSetting(sync::keys::token()).toUtf8();
}

QString code(const test::HttpResult &r)
{
    return r.json.value(QLatin1String("code")).toString();
}

QByteArray pushBody(const QJsonArray &events)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("events"), events}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject pendingEnvelope(Database &db, const QString &type)
{
    auto v = db.scalar(
        QStringLiteral("SELECT payload FROM outbox WHERE event_type = ? ORDER BY seq DESC LIMIT 1"),
        {type});
    return QJsonDocument::fromJson(v->toString().toUtf8()).object();
}

// One jar of jam, paid by card.
void sellOne(Database &db)
{
    test::sellByCard(db, "JAM-STR", 1000);
}
} // namespace

class TestServerSecurity : public test::ServerSuite
{
    Q_OBJECT

    std::unique_ptr<test::TempDb> a, b; // a: vendor Alpha, b: vendor Beta

    // A new device of vendor Alpha with a market day of demo sales queued, and the first
    // `limit` of its queued events (of `type`, or all) as they would be pushed.
    QJsonArray
    queuedEvents(test::TempDb &device, int salesPerDay, int limit, const char *type = nullptr)
    {
        if (const QString why = test::pairDevice(
                *server, device.db(), QStringLiteral("Alpha"), QStringLiteral("queued"));
            !why.isEmpty())
            qFatal("pairing failed: %s", qPrintable(why));
        if (!test::demoSales(device.db(), 1, salesPerDay, true))
            qFatal("demo data failed");
        QJsonArray events;
        auto q = device.db().exec(
            QStringLiteral("SELECT payload FROM outbox WHERE ? IS NULL OR event_type = ? ORDER "
                           "BY seq LIMIT ?"),
            {type ? QVariant(QLatin1String(type)) : QVariant(),
             QLatin1String(type ? type : ""),
             limit});
        if (!q)
            qFatal("outbox read failed");
        while (q->next())
            events.append(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
        return events;
    }

    // Events as the server has them once checked (all of them must pass).
    static QList<server::IncomingEvent> checked(const QJsonArray &events)
    {
        QList<server::IncomingEvent> out;
        for (const QJsonValue &v : events) {
            const QByteArray bytes = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
            auto e = sync::parseEnvelope(v, bytes);
            if (!e)
                break;
            server::IncomingEvent in{*e, {}, {}};
            if (!sync::validateEvent(in.event, Clock::nowMs(), &in.parsed))
                break;
            out << in;
        }
        return out;
    }

private slots:
    void init()
    {
        QVERIFY2(startServer(test::unthrottled()), qPrintable(server->error()));
        a = std::make_unique<test::TempDb>();
        b = std::make_unique<test::TempDb>();
        QVERIFY(seedDemoCatalog(a->db()));
        QVERIFY(seedDemoCatalog(b->db()));
        QCOMPARE(test::pairDevice(*server, a->db(), QStringLiteral("Alpha"), QStringLiteral("a")),
                 QString());
        QCOMPARE(test::pairDevice(*server, b->db(), QStringLiteral("Beta"), QStringLiteral("b")),
                 QString());
        sellOne(a->db());
        sellOne(b->db());
        QVERIFY(sync::SyncClient::syncBlocking(a->db()).ok);
        QVERIFY(sync::SyncClient::syncBlocking(b->db()).ok);
    }

    void cleanup()
    {
        a.reset();
        b.reset();
        server.reset();
    }

    void aTokenSeesOnlyItsVendor()
    {
        const QString betaSale = b->db().scalar(QStringLiteral("SELECT id FROM sales"))->toString();
        auto sales = test::http("GET", api("/api/v1/sales"), tokenOf(a->db()));
        QCOMPARE(sales.status, 200);
        const QJsonArray list = sales.json.value(QLatin1String("sales")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].toObject().value(QLatin1String("device_id")).toString(),
                 a->db().deviceId());
        QCOMPARE(test::http("GET",
                            server->url() + QStringLiteral("/api/v1/sales/") + betaSale,
                            tokenOf(a->db()))
                     .status,
                 404);
        QCOMPARE(test::http("GET",
                            server->url() + QStringLiteral("/api/v1/sales/") + betaSale,
                            tokenOf(b->db()))
                     .status,
                 200);
        // Pulling from the start gives none of Beta's events, and Beta's products stay unknown.
        auto pull = test::http("GET", api("/api/v1/pull?since=0&limit=1000"), tokenOf(a->db()));
        QCOMPARE(pull.status, 200);
        QCOMPARE(pull.json.value(QLatin1String("events")).toArray().size(), 0); // only its own
        auto stock = test::http("GET", api("/api/v1/stock"), tokenOf(a->db()));
        const auto betaProducts = *ProductRepository(b->db()).all(true);
        for (const QJsonValue &l : stock.json.value(QLatin1String("levels")).toArray())
            for (const Product &p : betaProducts)
                QVERIFY(l.toObject().value(QLatin1String("product_id")).toString() != p.id);
    }

    void aTokenCannotWriteAsAnotherDevice()
    {
        // Alpha's token pushing Beta's (re-signed) event: refused, Beta's data untouched.
        sellOne(b->db());
        QJsonObject stolen = pendingEnvelope(b->db(), QStringLiteral("sale"));
        const QString beta = server->vendor(QStringLiteral("Beta"));
        const QString alpha = server->vendor(QStringLiteral("Alpha"));
        const qint64 before = *server->store().eventCount(beta);
        const qint64 alphaBefore = *server->store().eventCount(alpha);
        auto r = test::http("POST", api("/api/v1/push"), tokenOf(a->db()), pushBody({stolen}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("acked")).toArray().size(), 0);
        QCOMPARE(test::rejection(r).value(QLatin1String("code")).toString(),
                 QStringLiteral("wrong_device"));
        QCOMPARE(*server->store().eventCount(beta), before);
        QCOMPARE(*server->store().eventCount(alpha), alphaBefore);
    }

    void badMissingAndRevokedTokens()
    {
        QCOMPARE(test::http("GET", api("/api/v1/pull")).status, 401);
        QCOMPARE(code(test::http("GET", api("/api/v1/pull"))), QStringLiteral("unauthorized"));
        QCOMPARE(test::http("GET", api("/api/v1/pull"), "garbage").status, 401);
        // Right shape, Beta's device id, Alpha's secret: bound to the device, so refused.
        QByteArray forged = tokenOf(a->db());
        forged.replace(4, 36, b->db().deviceId().toLatin1());
        QCOMPARE(test::http("GET", api("/api/v1/pull"), forged).status, 401);
        QByteArray flipped = tokenOf(a->db());
        flipped[flipped.size() - 2] = flipped.at(flipped.size() - 2) == 'A' ? 'B' : 'A';
        QCOMPARE(test::http("GET", api("/api/v1/pull"), flipped).status, 401);
        QCOMPARE(test::http("GET", api("/api/v1/pull"), tokenOf(a->db())).status, 200);

        QVERIFY(server->store().revoke(a->db().deviceId()));
        auto r = test::http("GET", api("/api/v1/pull"), tokenOf(a->db()));
        QCOMPARE(r.status, 403);
        QCOMPARE(code(r), QStringLiteral("device_revoked"));
        sellOne(a->db());
        const sync::SyncReport rep = sync::SyncClient::syncBlocking(a->db());
        QVERIFY(!rep.ok);
        QCOMPARE(rep.errorCode, QStringLiteral("revoked"));
        QVERIFY(sync::SyncEngine(a->db()).state()->revoked);
        QCOMPARE(*a->db().pendingOutboxCount(), 1); // nothing thrown away
        // Beta is unaffected.
        QCOMPARE(test::http("GET", api("/api/v1/pull"), tokenOf(b->db())).status, 200);
    }

    void oversizedAndMalformedBodies()
    {
        const QByteArray t = tokenOf(a->db());
        // 5 MB: refused without being buffered whole; the server keeps serving.
        QByteArray huge = "{\"events\":[\"" + QByteArray(5 * 1024 * 1024, 'x') + "\"]}";
        auto big = test::http("POST", api("/api/v1/push"), t, huge);
        QVERIFY2(big.status == 413 || big.status == 0, qPrintable(QString::number(big.status)));
        auto health = test::http("GET", api("/api/v1/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json.value(QLatin1String("store")).toString(),
                 test::TestServer::usingPostgres() ? QStringLiteral("postgresql")
                                                   : QStringLiteral("sqlite"));
        // Too many events in one batch.
        QJsonArray many;
        for (int i = 0; i < sync::limits::kMaxPushEvents + 1; ++i)
            many.append(QJsonObject{});
        auto batch = test::http("POST", api("/api/v1/push"), t, pushBody(many));
        QCOMPARE(batch.status, 413);
        QCOMPARE(code(batch), QStringLiteral("batch_too_large"));
        const QList<std::pair<QByteArray, QString>> bad = {
            {"{not json", QStringLiteral("malformed_json")},
            {"[1,2,3]", QStringLiteral("malformed_json")},
            {"", QStringLiteral("malformed_json")},
            {"{\"events\":[],\"extra\":1}", QStringLiteral("unknown_field")},
            {"{\"events\":{}}", QStringLiteral("wrong_type")},
            {"{\"events\":\"a\"}", QStringLiteral("wrong_type")},
            {QByteArray(2000, '['), QStringLiteral("malformed_json")},
            // Brackets that pair up but are not JSON: the whole body is parsed and refused.
            {"{\"events\":[{\"a\":[}]]}", QStringLiteral("malformed_json")},
            {"{\"events\":[{\"a\":1}]}x", QStringLiteral("malformed_json")},
        };
        for (const auto &[body, expected] : bad) {
            auto r = test::http("POST", api("/api/v1/push"), t, body);
            QCOMPARE(r.status, 400);
            QCOMPARE(code(r), expected);
            QVERIFY(!r.json.value(QLatin1String("message")).toString().isEmpty());
        }
        // Query parameters.
        QCOMPARE(test::http("GET", api("/api/v1/pull?since=-1"), t).status, 400);
        QCOMPARE(test::http("GET", api("/api/v1/pull?since=abc"), t).status, 400);
        QCOMPARE(test::http("GET", api("/api/v1/pull?limit=100000"), t).status, 400);
        QCOMPARE(code(test::http("GET", api("/api/v1/pull?cursor=1"), t)),
                 QStringLiteral("unknown_field"));
        QCOMPARE(test::http("GET", api("/api/v1/sales?limit=0"), t).status, 400);
        // Endpoints and methods.
        QCOMPARE(test::http("GET", api("/api/v1/nothing"), t).status, 404);
        QCOMPARE(test::http("GET", api("/api/v1/push"), t).status, 405);
        QCOMPARE(test::http("DELETE", api("/api/v1/pull"), t).status, 405);
        // Pairing body.
        QCOMPARE(
            code(test::http("POST", api("/api/v1/pair"), {}, "{\"code\":1,\"device_id\":\"x\"}")),
            QStringLiteral("wrong_type"));
        QCOMPARE(code(test::http("POST",
                                 api("/api/v1/pair"),
                                 {},
                                 "{\"code\":\"A\",\"device_id\":\"x\",\"admin\":true}")),
                 QStringLiteral("unknown_field"));
        QCOMPARE(test::http("GET", api("/api/v1/health")).status, 200);
    }

    void unknownFieldsAndWrongTypesInEvents()
    {
        sellOne(a->db());
        const QJsonObject good = pendingEnvelope(a->db(), QStringLiteral("sale"));
        QJsonObject extra = good;
        extra.insert(QStringLiteral("admin"), true);
        QJsonObject wrongType = good;
        QJsonObject data = wrongType.value(QLatin1String("data")).toObject();
        data.insert(QStringLiteral("total"), 12.5);
        wrongType.insert(QStringLiteral("data"), data);
        wrongType.insert(QStringLiteral("id"), newUuid7());
        QJsonObject numericHlc = good;
        numericHlc.insert(QStringLiteral("hlc"), 5);
        numericHlc.insert(QStringLiteral("id"), newUuid7());
        auto r = test::http("POST",
                            api("/api/v1/push"),
                            tokenOf(a->db()),
                            pushBody({extra, wrongType, numericHlc, good, 42}));
        QCOMPARE(r.status, 200);
        const QJsonArray acked = r.json.value(QLatin1String("acked")).toArray();
        QCOMPARE(acked.size(), 1);
        QCOMPARE(acked[0].toString(), good.value(QLatin1String("id")).toString());
        const QJsonArray rejected = r.json.value(QLatin1String("rejected")).toArray();
        QCOMPARE(rejected.size(), 4);
        for (const QJsonValue &v : rejected)
            QCOMPARE(v.toObject().value(QLatin1String("code")).toString(),
                     QStringLiteral("invalid"));
    }

    void pushBodyIsSplitByItsBrackets()
    {
        using V = QList<QByteArrayView>;
        QCOMPARE(sync::splitPushBody("{\"events\":[]}"), std::optional<V>(V{}));
        // Brackets and quotes inside strings, an escaped backslash, spacing between tokens.
        const QByteArray body = " {\n \"events\" : [ {\"a\":\"}]\\\"\"} ,\r\n"
                                "{\"b\":[\"{\",{\"c\":\"\\\\\"}]}\t] } ";
        const auto split = sync::splitPushBody(body);
        QVERIFY(split);
        QCOMPARE(split->size(), 2);
        QCOMPARE(split->at(0), QByteArrayView("{\"a\":\"}]\\\"\"}"));
        QCOMPARE(split->at(1), QByteArrayView("{\"b\":[\"{\",{\"c\":\"\\\\\"}]}"));
        for (const char *bad : {"",
                                "{\"events\":[{\"a\":1}],\"x\":1}",
                                "{\"x\":1,\"events\":[]}",
                                "{\"events\":[1]}",
                                "{\"events\":[{\"a\":1}",
                                "{\"events\":[{\"a\":1}]}]",
                                "{\"events\":[{\"a\":\"}]}",
                                "{\"events\":[{\"a\":1}{\"b\":2}]}",
                                "{\"events\":[{\"a\":1},]}"})
            QVERIFY2(!sync::splitPushBody(bad), bad);
        QVERIFY(sync::sameContent("{\"a\":1,\"b\":[2]}", "{ \"b\" : [ 2 ], \"a\" : 1 }"));
        QVERIFY(!sync::sameContent("{\"a\":1}", "{\"a\":2}"));
        QVERIFY(!sync::sameContent("{\"a\":1}", "{\"a\":1"));
    }

    void repeatInAnotherLayoutIsTheSameEvent()
    {
        // The server keeps an event as the bytes it was sent as; the same event sent again with
        // other spacing and key order is acknowledged as a repeat, not refused as a conflict,
        // and a pretty-printed body is taken like a compact one.
        sellOne(a->db());
        const QJsonObject ev = pendingEnvelope(a->db(), QStringLiteral("sale"));
        const QString vendor = server->vendor(QStringLiteral("Alpha"));
        const QByteArray pretty
            = QJsonDocument(QJsonObject{{QStringLiteral("events"), QJsonArray{ev}}})
                  .toJson(QJsonDocument::Indented);
        auto first = test::http("POST", api("/api/v1/push"), tokenOf(a->db()), pretty);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QLatin1String("stored")).toInt(), 1);
        const qint64 count = *server->store().eventCount(vendor);
        auto again = test::http("POST", api("/api/v1/push"), tokenOf(a->db()), pushBody({ev}));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QLatin1String("acked")).toArray().size(), 1);
        QCOMPARE(again.json.value(QLatin1String("stored")).toInt(), 0);
        QCOMPARE(*server->store().eventCount(vendor), count);
        auto sale = test::http("GET",
                               server->url() + QStringLiteral("/api/v1/sales/")
                                   + ev.value(QLatin1String("id")).toString(),
                               tokenOf(a->db()));
        QCOMPARE(sale.status, 200);
        QCOMPARE(
            sale.json.value(QLatin1String("total")).toString(),
            ev.value(QLatin1String("data")).toObject().value(QLatin1String("total")).toString());
    }

    void ownEventsAreSkippedWithoutPaging()
    {
        // A device pulling after a long push gets none of its own events back, and its cursor
        // moves past them in one answer even when they fill several pages.
        for (int i = 0; i < 12; ++i)
            sellOne(a->db());
        QVERIFY(sync::SyncClient::syncBlocking(a->db()).ok);
        const QString vendor = server->vendor(QStringLiteral("Alpha"));
        const qint64 held = *server->store().eventCount(vendor);
        QVERIFY2(held > 15, qPrintable(QString::number(held)));
        auto own = test::http("GET", api("/api/v1/pull?since=0&limit=10"), tokenOf(a->db()));
        QCOMPARE(own.status, 200);
        QCOMPARE(own.json.value(QLatin1String("events")).toArray().size(), 0);
        QCOMPARE(own.json.value(QLatin1String("more")).toBool(), false);
        QCOMPARE(own.json.value(QLatin1String("next")).toString().toLongLong(), held);
        // Another device of the vendor pages through all of them, 5 at a time, in order.
        test::TempDb c;
        QCOMPARE(test::pairDevice(*server, c.db(), QStringLiteral("Alpha"), QStringLiteral("c")),
                 QString());
        qint64 since = 0, last = 0;
        int seen = 0;
        for (bool more = true; more;) {
            auto page = test::http("GET",
                                   server->url()
                                       + QStringLiteral("/api/v1/pull?limit=5&since=%1").arg(since),
                                   tokenOf(c.db()));
            QCOMPARE(page.status, 200);
            const QJsonArray events = page.json.value(QLatin1String("events")).toArray();
            QVERIFY(events.size() <= 5);
            for (const QJsonValue &v : events) {
                const qint64 seq = v.toObject().value(QLatin1String("seq")).toString().toLongLong();
                QVERIFY(seq > last);
                last = seq;
                ++seen;
            }
            more = page.json.value(QLatin1String("more")).toBool();
            since = page.json.value(QLatin1String("next")).toString().toLongLong();
        }
        QCOMPARE(seen, held);
        QCOMPARE(since, held);
    }

    void pagesOfMixedEventsHoldEveryOtherEventOnce()
    {
        // Two devices of one vendor push in turn, so their events alternate in its sequence.
        // One of them pulls pages of 3 from the start: no page holds more than 3 events or any
        // of its own, every event of the other comes once and in order, and the cursor ends
        // after the vendor's last event.
        test::TempDb c;
        QCOMPARE(test::pairDemoTill(*server, c.db(), QStringLiteral("Alpha"), QStringLiteral("c")),
                 QString());
        for (int i = 0; i < 5; ++i) {
            sellOne(a->db());
            QVERIFY(sync::SyncClient::syncBlocking(a->db()).ok);
            sellOne(c.db());
            QVERIFY(sync::SyncClient::syncBlocking(c.db()).ok);
        }
        const qint64 held = *server->store().eventCount(server->vendor(QStringLiteral("Alpha")));
        // What a device of the vendor that pushed nothing pulls: every event, in order.
        test::TempDb reader;
        QCOMPARE(
            test::pairDevice(*server, reader.db(), QStringLiteral("Alpha"), QStringLiteral("r")),
            QString());
        auto all = test::http("GET", api("/api/v1/pull?since=0&limit=1000"), tokenOf(reader.db()));
        QCOMPARE(all.status, 200);
        QStringList expected;
        for (const QJsonValue &v : all.json.value(QLatin1String("events")).toArray())
            if (v.toObject().value(QLatin1String("device_id")).toString() != a->db().deviceId())
                expected << v.toObject().value(QLatin1String("id")).toString();
        QCOMPARE(all.json.value(QLatin1String("events")).toArray().size(), held);
        QVERIFY2(expected.size() > 6 && expected.size() < held, qPrintable(expected.join(u' ')));

        QStringList pulled;
        qint64 since = 0, last = 0;
        for (bool more = true; more;) {
            auto page = test::http("GET",
                                   server->url()
                                       + QStringLiteral("/api/v1/pull?limit=3&since=%1").arg(since),
                                   tokenOf(a->db()));
            QCOMPARE(page.status, 200);
            const QJsonArray events = page.json.value(QLatin1String("events")).toArray();
            more = page.json.value(QLatin1String("more")).toBool();
            QVERIFY(events.size() <= 3);
            for (const QJsonValue &v : events) {
                const QJsonObject e = v.toObject();
                QVERIFY(e.value(QLatin1String("device_id")).toString() != a->db().deviceId());
                const qint64 seq = e.value(QLatin1String("seq")).toString().toLongLong();
                QVERIFY(seq > last);
                last = seq;
                pulled << e.value(QLatin1String("id")).toString();
            }
            const qint64 next = page.json.value(QLatin1String("next")).toString().toLongLong();
            QVERIFY(next >= last && next >= since);
            since = next;
        }
        QCOMPARE(pulled, expected);
        QCOMPARE(since, held);
    }

    void repeatAckedSameIdDifferentPayloadConflicts()
    {
        sellOne(a->db());
        const QJsonObject ev = pendingEnvelope(a->db(), QStringLiteral("sale"));
        const QString vendor = server->vendor(QStringLiteral("Alpha"));
        auto first = test::http("POST", api("/api/v1/push"), tokenOf(a->db()), pushBody({ev}));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QLatin1String("stored")).toInt(), 1);
        const qint64 count = *server->store().eventCount(vendor);
        auto again = test::http("POST", api("/api/v1/push"), tokenOf(a->db()), pushBody({ev, ev}));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QLatin1String("acked")).toArray().size(), 2);
        QCOMPARE(again.json.value(QLatin1String("stored")).toInt(), 0);
        QCOMPARE(*server->store().eventCount(vendor), count);
        QJsonObject changed = ev;
        QJsonObject data = changed.value(QLatin1String("data")).toObject();
        data.insert(QStringLiteral("reason"), QStringLiteral("tampered"));
        changed.insert(QStringLiteral("data"), data);
        auto conflict
            = test::http("POST", api("/api/v1/push"), tokenOf(a->db()), pushBody({changed}));
        QCOMPARE(conflict.status, 409);
        QCOMPARE(test::rejection(conflict).value(QLatin1String("code")).toString(),
                 QStringLiteral("conflict"));
        auto stored = test::http("GET",
                                 server->url() + QStringLiteral("/api/v1/sales/")
                                     + ev.value(QLatin1String("id")).toString(),
                                 tokenOf(a->db()));
        QCOMPARE(stored.json.value(QLatin1String("reason")).toString(), QString());
        QCOMPARE(*server->store().eventCount(vendor), count);
    }

    void pushIsAnsweredAndPulledOnlyOnceOnDisk()
    {
        // The writer commits without waiting for the disk and syncs the WAL on another thread.
        // Until that sync, nobody may see the new events: not the device that pushed them (no
        // answer) and not the others (a pull stops before them; a cursor past events that a
        // power cut could take back would skip the ones that then get those numbers).
        test::TempDb c;
        const QJsonArray events = queuedEvents(c, 30, 40);
        QVERIFY(events.size() >= 40);
        const auto device = server->store().authenticate(tokenOf(c.db()));
        QVERIFY(device);
        const QList<server::IncomingEvent> incoming = checked(events);
        QCOMPARE(incoming.size(), events.size());
        const auto reader = server->store().authenticate(tokenOf(a->db()));
        QVERIFY(reader);
        const QString vendor = device->vendorId;
        const qint64 held = *server->store().eventCount(vendor);
        auto cursor = server->store().pull(*reader, 0, 500);
        QVERIFY(cursor);

        // ServerStore::pushAll: while `beforeCommit` runs, the rows are numbered but invisible
        // to another connection.
        auto writerStore = server::ServerStore::open(server->store().spec());
        QVERIFY(writerStore);
        qint64 firstSeq = 0;
        qint64 seenDuringCommit = -1;
        auto outs = (*writerStore)
                        ->pushAll({server::PushBatch{*device, incoming.mid(0, 20)}},
                                  [&](const QList<server::PushOutcome> &pending) {
                                      firstSeq = pending.first().firstSeq;
                                      seenDuringCommit = *server->store().eventCount(vendor);
                                  });
        QVERIFY(outs);
        QCOMPARE(outs->first().stored, 20);
        QCOMPARE(firstSeq, outs->first().firstSeq);
        QCOMPARE(firstSeq, cursor->next + 1);
        QCOMPARE(seenDuringCommit, held);
        QCOMPARE(*server->store().eventCount(vendor), held + 20);

        // A pull stops at the floor it is given once its read has begun, and goes on after.
        auto stopped = server->store().pull(*reader, cursor->next, 500, [&] { return firstSeq; });
        QVERIFY(stopped);
        QCOMPARE(stopped->count, 0);
        QCOMPARE(stopped->next, cursor->next);
        QVERIFY(!stopped->more);
        auto middle
            = server->store().pull(*reader, cursor->next, 500, [&] { return firstSeq + 5; });
        QVERIFY(middle);
        QCOMPARE(middle->count, 5);
        QCOMPARE(middle->next, firstSeq + 4);
        auto whole = server->store().pull(*reader, cursor->next, 500, [] { return qint64(0); });
        QVERIFY(whole);
        QCOMPARE(whole->count, 20);
        writerStore->reset();

        // The writer: the answer comes after the sync, and then the floor is gone.
        QObject context;
        auto writer = server::PushWriter::start(server->store().spec(), &context);
        QVERIFY2(writer, qPrintable(writer ? QString() : writer.error().detail));
        std::optional<Result<server::PushOutcome>> answer;
        (*writer)->submit(server::PushBatch{*device, incoming.mid(20)},
                          [&](const Result<server::PushOutcome> &r) { answer = r; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(*answer);
        QCOMPARE((*answer)->stored, int(incoming.size()) - 20);
        QCOMPARE((*answer)->firstSeq, firstSeq + 20);
        QCOMPARE((*writer)->unsyncedFloor(vendor), 0);
        writer->reset();
        QCOMPARE(*server->store().eventCount(vendor), held + incoming.size());
    }

    void salesAndStockViewsFollowThePushes()
    {
        // A push stores the events; their rows in the sales and stock views come after it: from
        // the writer once no push has come for a moment, and from any read of those views
        // first. Made twice, they are there once.
        test::TempDb c;
        const QJsonArray events = queuedEvents(c, 30, 120);
        const auto device = server->store().authenticate(tokenOf(c.db()));
        QVERIFY(device);
        const QString vendor = device->vendorId;
        const QList<server::IncomingEvent> incoming = checked(events);
        QCOMPARE(incoming.size(), events.size());
        const qsizetype sales
            = std::count_if(incoming.begin(), incoming.end(), [](const server::IncomingEvent &in) {
                  return in.parsed.sale.has_value();
              });
        QVERIFY(sales >= 20);
        const auto listed = [&] {
            auto r = server->store().sales(vendor, 0, std::numeric_limits<qint64>::max(), 1000, 0);
            return r ? r->value(QLatin1String("sales")).toArray().size() : -1;
        };
        const qsizetype before = listed();
        QVERIFY(before >= 1); // the sale made in init()
        QCOMPARE(*server->store().projectionLag(vendor), 0);

        // Stored without the writer: nothing projects them until a read asks.
        auto other = server::ServerStore::open(server->store().spec());
        QVERIFY(other);
        auto outs = (*other)->pushAll({server::PushBatch{*device, incoming.mid(0, 60)}});
        QVERIFY(outs);
        QCOMPARE(outs->first().stored, 60);
        QCOMPARE(*server->store().projectionLag(vendor), 60);
        const qsizetype firstSales = std::count_if(
            incoming.begin(), incoming.begin() + 60, [](const server::IncomingEvent &in) {
                return in.parsed.sale.has_value();
            });
        QCOMPARE(listed(), before + firstSales);
        QCOMPARE(*server->store().projectionLag(vendor), 0);
        // Projected again from the start, nothing is added twice.
        QCOMPARE(*(*other)->project(vendor, 1000), 0);
        QCOMPARE(listed(), before + firstSales);
        other->reset();

        // Pushed over HTTP: the writer brings the views up to date by itself.
        QJsonArray rest;
        for (qsizetype i = 60; i < events.size(); ++i)
            rest.append(events.at(i));
        auto r = test::http("POST", api("/api/v1/push"), tokenOf(c.db()), pushBody(rest));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("stored")).toInt(), int(rest.size()));
        QTRY_COMPARE_WITH_TIMEOUT(*server->store().projectionLag(vendor), 0, 10000);
        QCOMPARE(listed(), before + sales);
        auto stock = server->store().stock(vendor);
        QVERIFY(stock);
        QVERIFY(!stock->value(QLatin1String("levels")).toArray().isEmpty());
    }

    void retriedBatchIsStoredOnce()
    {
        // A device whose answer was lost sends the same events again, this time inside a larger
        // batch, then the whole batch once more; and one id twice in a batch, changed the
        // second time. Batches are larger than the server's statement chunks.
        test::TempDb c;
        const QJsonArray events = queuedEvents(c, 320, sync::limits::kMaxPushEvents);
        QVERIFY2(events.size() > 300, qPrintable(QString::number(events.size())));
        const qint64 sales = std::count_if(events.begin(), events.end(), [](const QJsonValue &v) {
            return v.toObject().value(QLatin1String("type")).toString() == u"sale";
        });
        const QString vendor = server->vendor(QStringLiteral("Alpha"));
        const qint64 before = *server->store().eventCount(vendor);
        auto salesTotals = [&] {
            return test::http("GET", api("/api/v1/sales?limit=1"), tokenOf(a->db()))
                .json.value(QLatin1String("totals"))
                .toObject();
        };
        const qint64 salesBefore
            = salesTotals().value(QLatin1String("records")).toString().toLongLong();

        QJsonArray firstPart;
        for (int i = 0; i < 130; ++i)
            firstPart.append(events[i]);
        auto first = test::http("POST", api("/api/v1/push"), tokenOf(c.db()), pushBody(firstPart));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QLatin1String("stored")).toInt(), 130);
        auto whole = test::http("POST", api("/api/v1/push"), tokenOf(c.db()), pushBody(events));
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.json.value(QLatin1String("acked")).toArray().size(), events.size());
        QCOMPARE(whole.json.value(QLatin1String("stored")).toInt(), events.size() - 130);
        const QJsonObject stock = test::http("GET", api("/api/v1/stock"), tokenOf(a->db())).json;
        const QJsonObject totals = salesTotals();
        auto again = test::http("POST", api("/api/v1/push"), tokenOf(c.db()), pushBody(events));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QLatin1String("acked")).toArray().size(), events.size());
        QCOMPARE(again.json.value(QLatin1String("stored")).toInt(), 0);
        QVERIFY(!again.json.contains(QLatin1String("seqs"))); // nothing new, no numbers
        // Each answer names the run of sequence numbers its new events took.
        const auto seqs = [](const test::HttpResult &r) {
            const QJsonObject o = r.json.value(QLatin1String("seqs")).toObject();
            return std::pair{o.value(QLatin1String("first")).toString().toLongLong(),
                             o.value(QLatin1String("last")).toString().toLongLong()};
        };
        const auto [firstFrom, firstTo] = seqs(first);
        const auto [wholeFrom, wholeTo] = seqs(whole);
        QCOMPARE(firstFrom, before + 1);
        QCOMPARE(firstTo, before + 130);
        QCOMPARE(wholeFrom, firstTo + 1);
        QCOMPARE(wholeTo, before + events.size());
        QCOMPARE(*server->store().eventCount(vendor), before + events.size());
        QCOMPARE(salesTotals(), totals);
        QCOMPARE(totals.value(QLatin1String("records")).toString().toLongLong(),
                 salesBefore + sales);
        QCOMPARE(test::http("GET", api("/api/v1/stock"), tokenOf(a->db())).json, stock);

        // One id twice in one batch: the first is stored, the changed repeat refused.
        sellOne(c.db());
        const QJsonObject ev = pendingEnvelope(c.db(), QStringLiteral("sale"));
        QJsonObject changed = ev;
        QJsonObject data = changed.value(QLatin1String("data")).toObject();
        data.insert(QStringLiteral("receipt_no"), QStringLiteral("X-1"));
        changed.insert(QStringLiteral("data"), data);
        auto twice
            = test::http("POST", api("/api/v1/push"), tokenOf(c.db()), pushBody({ev, changed}));
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.json.value(QLatin1String("stored")).toInt(), 1);
        QCOMPARE(twice.json.value(QLatin1String("acked")).toArray(),
                 QJsonArray{ev.value(QLatin1String("id"))});

        // Another device pulls every one of them once, in sequence order.
        QHash<QString, qint64> seen; // id -> seq
        qint64 cursor = 0, last = 0;
        for (;;) {
            auto page = test::http("GET",
                                   api("/api/v1/pull?limit=1000&since=") + QString::number(cursor),
                                   tokenOf(a->db()));
            QCOMPARE(page.status, 200);
            for (const QJsonValue &v : page.json.value(QLatin1String("events")).toArray()) {
                const QJsonObject e = v.toObject();
                const qint64 seq = e.value(QLatin1String("seq")).toString().toLongLong();
                QVERIFY(seq > last);
                last = seq;
                if (e.value(QLatin1String("device_id")).toString() == c.db().deviceId())
                    QVERIFY(!seen.contains(e.value(QLatin1String("id")).toString()));
                seen.insert(e.value(QLatin1String("id")).toString(), seq);
            }
            cursor = page.json.value(QLatin1String("next")).toString().toLongLong();
            if (!page.json.value(QLatin1String("more")).toBool())
                break;
        }
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QString id = events[i].toObject().value(QLatin1String("id")).toString();
            QVERIFY(seen.contains(id));
            if (i < 130)
                QVERIFY(seen[id] >= firstFrom && seen[id] <= firstTo);
            else
                QVERIFY(seen[id] >= wholeFrom && seen[id] <= wholeTo);
        }
    }

    void aPushedBacklogIsNotPulledBack()
    {
        // After pushing 30 sales in batches of 4, the device's cursor moves past the numbers
        // its pushes took: one pull, although pages of 1 scan 10 events per request.
        for (int i = 0; i < 30; ++i)
            sellOne(a->db());
        const auto small = [](sync::SyncClient &client) {
            client.setBatchSize(4);
            client.setPageSize(1);
        };
        const QString vendor = server->vendor(QStringLiteral("Alpha"));
        auto r = test::syncOnce(a->db(), small);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.pushed, 30);
        QCOMPARE(r.pulls, 1);
        QCOMPARE(r.pulled, 0);
        const qint64 held = *server->store().eventCount(vendor);
        QCOMPARE(sync::SyncEngine(a->db()).cursor(), held);

        // Another device's sales come before the next backlog: they are pulled, one a page,
        // and the backlog after them is passed over again.
        test::TempDb c;
        QCOMPARE(test::pairDemoTill(*server, c.db(), QStringLiteral("Alpha"), QStringLiteral("c")),
                 QString());
        auto fromC = test::syncOnce(c.db(), [](sync::SyncClient &) {}); // its catalog and a's sales
        QVERIFY2(fromC.ok, qPrintable(fromC.message));
        sellOne(c.db());
        sellOne(c.db());
        QVERIFY(test::syncOnce(c.db(), [](sync::SyncClient &) {}).ok);
        const qint64 fromOthers = *server->store().eventCount(vendor) - held;
        QVERIFY2(fromOthers >= 2, qPrintable(QString::number(fromOthers)));
        for (int i = 0; i < 30; ++i)
            sellOne(a->db());
        r = test::syncOnce(a->db(), small);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.pushed, 30);
        QCOMPARE(r.pulled, int(fromOthers));
        QCOMPARE(r.pulls, int(fromOthers) + 1);
        QCOMPARE(sync::SyncEngine(a->db()).cursor(), *server->store().eventCount(vendor));
        // The other device still gets every one of them.
        auto toC = test::syncOnce(c.db(), [](sync::SyncClient &) {});
        QVERIFY2(toC.ok, qPrintable(toC.message));
        QCOMPARE(toC.pulled, 30);
    }

    void aLargePushIsCheckedLikeASmallOne()
    {
        // A batch of 100 events or more is checked on the thread pool while the server goes on
        // serving; its answer must be the same as for a small batch: bad events set aside with
        // their reason, a slice that is not JSON refusing the whole body.
        test::TempDb c;
        QJsonArray events = queuedEvents(c, 150, 120, "sale");
        QCOMPARE(events.size(), 120);
        QJsonObject invalid = events[40].toObject();
        QJsonObject data = invalid.value(QLatin1String("data")).toObject();
        data.insert(QStringLiteral("total"), QStringLiteral("lots"));
        invalid.insert(QStringLiteral("data"), data);
        events[40] = invalid;
        QJsonObject foreign = events[80].toObject();
        foreign.insert(QStringLiteral("device_id"), a->db().deviceId());
        events[80] = foreign;

        // A slice that is not JSON: the whole body is refused and nothing is stored.
        const QString vendor = server->vendor(QStringLiteral("Alpha"));
        const qint64 before = *server->store().eventCount(vendor);
        QByteArray broken = pushBody(events);
        broken.replace(broken.lastIndexOf("}]}"), 3, "x}]}");
        auto refused = test::http("POST", api("/api/v1/push"), tokenOf(c.db()), broken);
        QCOMPARE(refused.status, 400);
        QCOMPARE(code(refused), QStringLiteral("malformed_json"));
        QCOMPARE(*server->store().eventCount(vendor), before);

        auto r = test::http("POST", api("/api/v1/push"), tokenOf(c.db()), pushBody(events));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("stored")).toInt(), 118);
        QCOMPARE(r.json.value(QLatin1String("acked")).toArray().size(), 118);
        const QJsonArray rejected = r.json.value(QLatin1String("rejected")).toArray();
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected[0].toObject().value(QLatin1String("id")),
                 invalid.value(QLatin1String("id")));
        QCOMPARE(rejected[0].toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("invalid"));
        QCOMPARE(rejected[1].toObject().value(QLatin1String("id")),
                 foreign.value(QLatin1String("id")));
        QCOMPARE(rejected[1].toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("wrong_device"));
        QCOMPARE(*server->store().eventCount(vendor), before + 118);

        // What the server lists of those sales (read from their bytes, not through Qt's JSON)
        // is what the device holds.
        auto listed = test::http(
            "GET", api("/api/v1/sales?from=0&to=9999999999999&limit=1000"), tokenOf(c.db()));
        QCOMPARE(listed.status, 200);
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : listed.json.value(QLatin1String("sales")).toArray())
            byId.insert(v.toObject().value(QLatin1String("id")).toString(), v.toObject());
        auto local = c.db().exec(
            QStringLiteral("SELECT id, device_id, receipt_no, kind, ref_sale_id, market_name, "
                           "created_at, currency, subtotal, discount, tax, total FROM sales"));
        QVERIFY(local);
        int compared = 0;
        const QStringList fields{QStringLiteral("id"),
                                 QStringLiteral("device_id"),
                                 QStringLiteral("receipt_no"),
                                 QStringLiteral("kind"),
                                 QStringLiteral("ref_sale_id"),
                                 QStringLiteral("market_name"),
                                 QStringLiteral("created_at"),
                                 QStringLiteral("currency"),
                                 QStringLiteral("subtotal"),
                                 QStringLiteral("discount"),
                                 QStringLiteral("tax"),
                                 QStringLiteral("total")};
        while (local->next()) {
            const QString id = local->value(0).toString();
            if (id == invalid.value(QLatin1String("id")).toString()
                || id == foreign.value(QLatin1String("id")).toString() || !byId.contains(id))
                continue;
            for (int i = 0; i < fields.size(); ++i)
                QCOMPARE(byId[id].value(fields[i]).toString(), local->value(i).toString());
            ++compared;
        }
        QCOMPARE(compared, 118);
    }

    void aPipelinedRequestIsNeverAnsweredOutOfOrder()
    {
        // HTTP pipelining: a second request sent before the answer to a large push. Answering
        // it first would put the answers out of order, so the connection is closed instead;
        // the push is stored all the same (the device sends it again and gets it acknowledged).
        test::TempDb c;
        const QJsonArray events = queuedEvents(c, 150, 120);
        const QByteArray body = pushBody(events);
        const QByteArray push = "POST /api/v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Authorization: Bearer "
                                + tokenOf(c.db())
                                + "\r\nContent-Type: application/json\r\nContent-Length: "
                                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        const QByteArray health = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        const QString vendor = server->vendor(QStringLiteral("Alpha"));
        const qint64 before = *server->store().eventCount(vendor);

        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(push + health);
        QByteArray received;
        connect(&socket, &QIODevice::readyRead, &socket, [&] { received += socket.readAll(); });
        // Closed, or (when the second request reached the server only after the push was
        // answered) both answered in order.
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState
                                     || received.contains("\"status\":\"ok\""),
                                 20000);
        if (const qsizetype healthAt = received.indexOf("\"status\":\"ok\""); healthAt >= 0) {
            const qsizetype pushAt = received.indexOf("\"acked\"");
            QVERIFY2(pushAt >= 0 && pushAt < healthAt, received.left(300).constData());
        }
        QTRY_COMPARE_WITH_TIMEOUT(*server->store().eventCount(vendor), before + 120, 20000);

        // A well-behaved client on a new connection gets the batch acknowledged as a repeat,
        // and the server keeps serving.
        auto again = test::http("POST", api("/api/v1/push"), tokenOf(c.db()), body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QLatin1String("acked")).toArray().size(), 120);
        QCOMPARE(again.json.value(QLatin1String("stored")).toInt(), 0);
        QCOMPARE(test::http("GET", api("/api/v1/health")).status, 200);
    }

    void aBatchTooLargeIsSentAgainInSmallerBatches()
    {
        // A server that takes fewer events per push than the device sends: every push in
        // flight is refused with 413, the device halves its batches until they fit, and one run
        // sends everything exactly once.
        server::ServerConfig small;
        small.maxPushEvents = 60;
        test::TestServer strict(small);
        QVERIFY(strict.ok());
        test::TempDb d;
        QCOMPARE(test::pairDevice(strict, d.db(), QStringLiteral("Eta"), QStringLiteral("d")),
                 QString());
        QVERIFY(test::demoSales(d.db(), 1, 300, true));
        const qint64 queued = *d.db().pendingOutboxCount();
        QVERIFY2(queued > 300, qPrintable(QString::number(queued)));
        const sync::SyncReport r
            = test::syncOnce(d.db(), [](sync::SyncClient &c) { c.setBatchSize(200); });
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.pushed, int(queued));
        QCOMPARE(r.rejected, 0);
        QCOMPARE(*d.db().pendingOutboxCount(), 0);
        QCOMPARE(*strict.store().eventCount(strict.vendor(QStringLiteral("Eta"))), queued);
    }

    void oneBadEventIsSetAsideTheRestGoesOn()
    {
        sellOne(a->db());
        // A record corrupted on the device (say, by an old bug) sits between good ones.
        QJsonObject bad = pendingEnvelope(a->db(), QStringLiteral("sale"));
        QJsonObject data = bad.value(QLatin1String("data")).toObject();
        data.insert(QStringLiteral("total"), QStringLiteral("lots"));
        const QString badId = newUuid7();
        data.insert(QStringLiteral("id"), badId);
        bad.insert(QStringLiteral("id"), badId);
        bad.insert(QStringLiteral("data"), data);
        QVERIFY(a->db().exec(
            QStringLiteral("INSERT INTO outbox (event_id, event_type, hlc, payload, created_at) "
                           "VALUES (?, 'sale', 1, ?, 0)"),
            {badId, QString::fromUtf8(QJsonDocument(bad).toJson(QJsonDocument::Compact))}));
        sellOne(a->db());
        sellOne(a->db());
        const sync::SyncReport r = sync::SyncClient::syncBlocking(a->db());
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.pushed, 3);
        QCOMPARE(*a->db().pendingOutboxCount(), 0);
        auto rejected = sync::SyncEngine(a->db()).rejectedEvents();
        QCOMPARE(rejected->size(), 1);
        QCOMPARE(rejected->first().id, badId);
        QVERIFY(rejected->first().reason.startsWith(QLatin1String("invalid:")));
        QCOMPARE(sync::SyncEngine(a->db()).state()->rejected, 1);
    }

    void rateLimitPerDevice()
    {
        // One request in 100 s once the burst is spent: a longer wait than a sync run waits
        // out (see aBacklogWaitsOutTheRateLimit), so the run ends with rate_limited.
        test::TestServer slow(test::rateLimited(0.01, 3));
        QVERIFY(slow.ok());
        test::TempDb d;
        QCOMPARE(test::pairDevice(slow, d.db(), QStringLiteral("Gamma"), QStringLiteral("d")),
                 QString());
        const QByteArray t = tokenOf(d.db());
        const QString url = slow.url() + QStringLiteral("/api/v1/pull");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(test::http("GET", url, t).status, 200);
        auto limited = test::http("GET", url, t);
        QCOMPARE(limited.status, 429);
        QCOMPARE(code(limited), QStringLiteral("rate_limited"));
        // Another device of the same server is not slowed by this one.
        test::TempDb e;
        QCOMPARE(test::pairDevice(slow, e.db(), QStringLiteral("Gamma"), QStringLiteral("e")),
                 QString());
        QCOMPARE(test::http("GET", url, tokenOf(e.db())).status, 200);
        const sync::SyncReport r = sync::SyncClient::syncBlocking(d.db());
        QCOMPARE(r.errorCode, QStringLiteral("rate_limited"));
        QVERIFY(r.retryAfterMs > 5000);
    }

    void aBacklogWaitsOutTheRateLimit()
    {
        // A device draining its queue faster than the per-device rate waits as the server asks
        // and goes on: one run pushes everything.
        test::TestServer slow(test::rateLimited(4, 2));
        QVERIFY(slow.ok());
        test::TempDb d;
        QCOMPARE(test::pairDemoTill(slow, d.db(), QStringLiteral("Delta"), QStringLiteral("d")),
                 QString());
        for (int i = 0; i < 4; ++i)
            sellOne(d.db());
        const qint64 queued = *d.db().pendingOutboxCount();
        QVERIFY(queued >= 4);
        const sync::SyncReport r
            = test::syncOnce(d.db(), [](sync::SyncClient &c) { c.setBatchSize(1); });
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.pushed, int(queued));
        QCOMPARE(*d.db().pendingOutboxCount(), 0);
        QCOMPARE(*slow.store().eventCount(slow.vendor(QStringLiteral("Delta"))), queued);
    }

    void pairingCodesAreOneTimeAndThrottled()
    {
        test::TempDb d;
        const QString codeText = server->pairCode(QStringLiteral("Alpha"));
        const QJsonObject req{{QStringLiteral("code"), codeText},
                              {QStringLiteral("device_id"), d.db().deviceId()},
                              {QStringLiteral("device_name"), QStringLiteral("d")}};
        QJsonObject wrong = req;
        QString w = codeText;
        w[w.size() - 1] = w.at(w.size() - 1) == u'A' ? u'B' : u'A';
        wrong.insert(QStringLiteral("code"), w);
        auto r = test::http("POST", api("/api/v1/pair"), {}, QJsonDocument(wrong).toJson());
        QCOMPARE(r.status, 401);
        QCOMPARE(code(r), QStringLiteral("invalid_code"));
        auto ok = test::http("POST", api("/api/v1/pair"), {}, QJsonDocument(req).toJson());
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.json.value(QLatin1String("token")).toString().size() >= 43);
        // Used: by any other device, refused (the same device may retry: tst_server_pairing).
        test::TempDb other;
        QJsonObject another = req;
        another.insert(QStringLiteral("device_id"), other.db().deviceId());
        QCOMPARE(
            test::http("POST", api("/api/v1/pair"), {}, QJsonDocument(another).toJson()).status,
            401);
        // Five wrong tries spend a code even for the right secret afterwards.
        const QString second = server->pairCode(QStringLiteral("Alpha"));
        QString w2 = second;
        w2[w2.size() - 1] = w2.at(w2.size() - 1) == u'A' ? u'B' : u'A';
        QJsonObject tries = req;
        tries.insert(QStringLiteral("code"), w2);
        for (int i = 0; i < 5; ++i)
            test::http("POST", api("/api/v1/pair"), {}, QJsonDocument(tries).toJson());
        tries.insert(QStringLiteral("code"), second);
        auto late = test::http("POST", api("/api/v1/pair"), {}, QJsonDocument(tries).toJson());
        QVERIFY(late.status == 401 || late.status == 429);
    }

    void https()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"),
                       QStringLiteral("-x509"),
                       QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"),
                       key,
                       QStringLiteral("-out"),
                       cert,
                       QStringLiteral("-days"),
                       QStringLiteral("2"),
                       QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY2(openssl.waitForFinished(60000), "openssl did not finish");
        QCOMPARE(openssl.exitCode(), 0);
        auto tls = server::SyncServer::loadTls(cert, key);
        QVERIFY2(tls, qPrintable(tls ? QString() : tls.error().detail));
        test::TestServer secure({}, *tls);
        QVERIFY2(secure.ok(), qPrintable(secure.error()));
        QVERIFY(secure.url().startsWith(QLatin1String("https://")));
        const auto ca = QSslCertificate::fromPath(cert);
        // Without trusting the certificate the client refuses the server.
        QCOMPARE(test::http("GET", secure.url() + QStringLiteral("/api/v1/health")).status, 0);
        QCOMPARE(
            test::http("GET", secure.url() + QStringLiteral("/api/v1/health"), {}, {}, ca).status,
            200);
        // A device that trusts it pairs and syncs over TLS.
        test::TempDb d;
        QVERIFY(seedDemoCatalog(d.db()));
        QVERIFY(d.db().setLocalSetting(QStringLiteral("sync.ca_file"), cert));
        QCOMPARE(test::pairDevice(secure, d.db(), QStringLiteral("Delta"), QStringLiteral("d")),
                 QString());
        sellOne(d.db());
        const sync::SyncReport r = sync::SyncClient::syncBlocking(d.db());
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(r.pushed > 0);
        QCOMPARE(*d.db().pendingOutboxCount(), 0);
        // Plain HTTP on the TLS port gets nothing useful.
        QString plain = secure.url();
        plain.replace(QLatin1String("https://"), QLatin1String("http://"));
        QVERIFY(test::http("GET", plain + QStringLiteral("/api/v1/health")).status != 200);
    }
};

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_server_security.moc"
