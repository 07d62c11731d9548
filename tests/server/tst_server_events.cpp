// Events at their extremes, over real loopback HTTP: the server stores only what passes the
// checks a device applies to what it makes, refusing the rest one by one with a reason while the
// batch goes on; a device applies a pulled event only after the same checks (an older server may
// hold events this one would refuse), so nothing pulled moves its clock or its money. The server
// records each device's clock offset, refuses pushes from a clock beyond the allowed skew, and
// its stock view shows the flags and the SKUs the devices show.

#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/Ids.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/StockLedger.h"
#include "core/sync/SyncClient.h"
#include "core/sync/SyncEngine.h"
#include "tests/server/ServerFixture.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <limits>
#include <mutex>
#include <thread>

using namespace sk;

namespace {
constexpr qint64 kInt64Max = std::numeric_limits<qint64>::max();
constexpr qint64 kDayMs = 24 * 3600 * 1000;

QByteArray tokenOf(Database &db)
{
    return db.localSetting(sync::keys::token()).toUtf8();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray pushBody(const QList<QByteArray> &events)
{
    return "{\"events\":[" + events.join(',') + "]}";
}

// The newest event of `type` in the outbox, as the device would push it.
QJsonObject lastEnvelope(Database &db, const QString &type)
{
    auto v = db.scalar(
        QStringLiteral("SELECT payload FROM outbox WHERE event_type = ? ORDER BY seq DESC LIMIT 1"),
        {type});
    return QJsonDocument::fromJson(v->toString().toUtf8()).object();
}

QJsonObject dataOf(const QJsonObject &env)
{
    return env.value(QLatin1String("data")).toObject();
}

QJsonObject withData(QJsonObject env, const QJsonObject &data)
{
    env.insert(QStringLiteral("data"), data);
    return env;
}

qint64 num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().toLongLong();
}

void setNum(QJsonObject &o, const char *key, qint64 v)
{
    o.insert(QLatin1String(key), QString::number(v));
}

void editFirst(QJsonObject &o, const char *key, const std::function<void(QJsonObject &)> &f)
{
    QJsonArray a = o.value(QLatin1String(key)).toArray();
    QJsonObject x = a.first().toObject();
    f(x);
    a.replace(0, x);
    o.insert(QLatin1String(key), a);
}

// A sale's envelope with its timestamp moved to `hlc` everywhere it appears.
QJsonObject stampedAt(QJsonObject env, qint64 hlc)
{
    QJsonObject d = dataOf(env);
    setNum(env, "hlc", hlc);
    setNum(d, "hlc", hlc);
    QJsonArray ms = d.value(QLatin1String("movements")).toArray();
    for (qsizetype i = 0; i < ms.size(); ++i) {
        QJsonObject m = ms.at(i).toObject();
        setNum(m, "hlc", hlc);
        ms.replace(i, m);
    }
    d.insert(QStringLiteral("movements"), ms);
    return withData(env, d);
}

QString codeOf(const test::HttpResult &r)
{
    return r.json.value(QLatin1String("code")).toString();
}

qint64 count(Database &db, const QString &sql, const QVariant &bind = {})
{
    auto q = bind.isValid() ? db.exec(sql, {bind}) : db.exec(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}
} // namespace

class TestServerEvents : public test::ServerSuite
{
    Q_OBJECT

    std::unique_ptr<test::TempDb> a, b; // two devices of vendor Alpha

    SaleRecord sell(Database &db, const char *sku, Milli qty)
    {
        return test::sellByCard(db, sku, qty);
    }

    void syncOk(test::TempDb &d)
    {
        const sync::SyncReport r = sync::SyncClient::syncBlocking(d.db());
        QVERIFY2(r.ok, qPrintable(r.message));
    }

    test::HttpResult push(test::TempDb &d,
                          const QList<QByteArray> &events,
                          const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return test::http(
            "POST", api("/api/v1/push"), tokenOf(d.db()), pushBody(events), {}, headers);
    }

    qint64 storedEvents()
    {
        const QString vendor = server->vendor(QStringLiteral("Alpha"));
        return server->store().eventCount(vendor).value_or(-1);
    }

    // What an older server, which checked less, may hold: stored without the checks.
    void storeUnchecked(test::TempDb &d, const QJsonObject &env)
    {
        const auto device = server->store().authenticate(tokenOf(d.db()));
        QVERIFY(device);
        const QByteArray bytes = compact(env);
        auto e = sync::parseEnvelope(env, bytes);
        QVERIFY2(e, qPrintable(e ? QString() : e.error().detail));
        auto out = server->store().pushAll({server::PushBatch{*device, {{*e, {}, {}}}}});
        QVERIFY(out);
        QCOMPARE(out->first().stored, 1);
    }

    QJsonObject levelOf(const QString &productId)
    {
        auto r = test::http("GET", api("/api/v1/stock"), tokenOf(a->db()));
        if (r.status != 200)
            qFatal("stock view: HTTP %d %s", r.status, r.body.constData());
        for (const QJsonValue &v : r.json.value(QLatin1String("levels")).toArray())
            if (v.toObject().value(QLatin1String("product_id")).toString() == productId)
                return v.toObject();
        return {};
    }

private slots:
    void init()
    {
        QVERIFY2(startServer(test::unthrottled()), qPrintable(server->error()));
        a = std::make_unique<test::TempDb>();
        b = std::make_unique<test::TempDb>();
        QCOMPARE(test::pairDemoTill(*server, a->db(), QStringLiteral("Alpha"), QStringLiteral("a")),
                 QString());
        QCOMPARE(test::pairDevice(*server, b->db(), QStringLiteral("Alpha"), QStringLiteral("b")),
                 QString());
        sell(a->db(), "JAM-STR", 1000);
        syncOk(*a);
        syncOk(*b); // b has the catalog now
    }

    void cleanup()
    {
        a.reset();
        b.reset();
        server.reset();
    }

    void anHlcAtInt64MaxIsRefusedAndNeverMovesAClock()
    {
        sell(a->db(), "JAM-STR", 1000);
        const QJsonObject extreme
            = stampedAt(lastEnvelope(a->db(), QStringLiteral("sale")), kInt64Max);
        const qint64 before = storedEvents();
        auto r = push(*a, {compact(extreme)});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("acked")).toArray().size(), 0);
        QCOMPARE(r.json.value(QLatin1String("rejected")).toArray().size(), 1);
        QCOMPARE(storedEvents(), before);

        // Pulled from a server that stored it: set aside with its reason, never applied, and
        // the device's clock and its next sale stay where they belong.
        storeUnchecked(*a, extreme);
        syncOk(*b);
        const QString id = extreme.value(QLatin1String("id")).toString();
        QCOMPARE(count(b->db(), QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"), id), 0);
        QCOMPARE(count(b->db(),
                       QStringLiteral("SELECT count(*) FROM sync_deferred_events WHERE event_id "
                                      "= ? AND reason LIKE 'invalid: %'"),
                       id),
                 1);
        auto aside = sync::SyncEngine(b->db()).setAsideEvents();
        QVERIFY(aside);
        QCOMPARE(aside->size(), 1);
        QCOMPARE(aside->first().id, id);
        QVERIFY2(aside->first().reason.contains(QLatin1String("ahead of the server's clock")),
                 qPrintable(aside->first().reason));
        QCOMPARE(sync::SyncEngine(b->db()).state()->setAside, 1);
        QVERIFY(Database::hlc().last() < Hlc::pack(Clock::nowMs() + kDayMs, 0));
        const SaleRecord next = sell(b->db(), "JAM-STR", 1000);
        QVERIFY(next.hlc > 0);
        QVERIFY(Hlc::physicalMs(next.hlc) <= Clock::nowMs() + 1000);
        const sync::SyncReport s = sync::SyncClient::syncBlocking(b->db());
        QVERIFY2(s.ok, qPrintable(s.message));
        QCOMPARE(s.rejected, 0);
        QCOMPARE(*b->db().pendingOutboxCount(), 0);
    }

    void aSaleOfInt64MaxIsRefusedAndTheSalesViewStaysUp()
    {
        sell(a->db(), "JAM-STR", 1000);
        QJsonObject env = lastEnvelope(a->db(), QStringLiteral("sale"));
        QJsonObject d = dataOf(env);
        const qint64 was = num(d, "total");
        setNum(d, "total", kInt64Max);
        editFirst(d, "tenders", [&](QJsonObject &t) {
            setNum(t, "amount", kInt64Max);
            setNum(t, "tendered", num(t, "tendered") - was + kInt64Max);
        });
        env = withData(env, d);
        auto r = push(*a, {compact(env)});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("rejected")).toArray().size(), 1);
        QVERIFY(test::rejection(r)
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("total")));

        // An older server stored it: the sales view leaves it out and stays up, and a device
        // never applies it.
        storeUnchecked(*a, env);
        auto sales = test::http("GET", api("/api/v1/sales?limit=1000"), tokenOf(a->db()));
        QCOMPARE(sales.status, 200);
        for (const QJsonValue &v : sales.json.value(QLatin1String("sales")).toArray())
            QVERIFY(v.toObject().value(QLatin1String("total")).toString().toLongLong() < 1000000);
        syncOk(*b);
        QVERIFY(count(b->db(), QStringLiteral("SELECT coalesce(max(total), 0) FROM sales"))
                < 1000000);
    }

    void salesThatBendTheMoneyRulesAreRefusedOneByOne()
    {
        const QString jam = ProductRepository(a->db()).bySku(QStringLiteral("JAM-STR"))->id;
        QList<QJsonObject> made;
        for (int i = 0; i < 4; ++i) {
            sell(a->db(), "JAM-STR", 2000);
            made << lastEnvelope(a->db(), QStringLiteral("sale"));
        }
        QJsonObject negative = dataOf(made[0]);
        editFirst(negative, "lines", [](QJsonObject &l) { setNum(l, "qty", -2000); });
        editFirst(negative, "movements", [](QJsonObject &m) { setNum(m, "qty", 2000); });
        QJsonObject unbalanced = dataOf(made[1]);
        setNum(unbalanced, "total", num(unbalanced, "total") + 5000);
        editFirst(unbalanced, "tenders", [](QJsonObject &t) {
            setNum(t, "amount", num(t, "amount") + 5000);
            setNum(t, "tendered", num(t, "tendered") + 5000);
        });
        QJsonObject counting = dataOf(made[2]);
        editFirst(counting, "movements", [](QJsonObject &m) {
            m.insert(QStringLiteral("kind"), QStringLiteral("count"));
            setNum(m, "qty", 123456000);
        });
        auto r = push(*a,
                      {compact(withData(made[0], negative)),
                       compact(withData(made[1], unbalanced)),
                       compact(withData(made[2], counting)),
                       compact(made[3])});
        QCOMPARE(r.status, 200);
        const QJsonArray acked = r.json.value(QLatin1String("acked")).toArray();
        QCOMPARE(acked.size(), 1);
        QCOMPARE(acked.first().toString(), made[3].value(QLatin1String("id")).toString());
        const QJsonArray rejected = r.json.value(QLatin1String("rejected")).toArray();
        QCOMPARE(rejected.size(), 3);
        for (const QJsonValue &v : rejected) {
            QCOMPARE(v.toObject().value(QLatin1String("code")).toString(),
                     QStringLiteral("invalid"));
            qInfo("refused: %s",
                  qPrintable(v.toObject().value(QLatin1String("message")).toString()));
        }
        // Held by an older server: devices and the stock view apply none of them.
        for (const QJsonObject &bad : {withData(made[0], negative),
                                       withData(made[1], unbalanced),
                                       withData(made[2], counting)})
            storeUnchecked(*a, bad);
        syncOk(*b);
        QVERIFY(StockLedger(b->db()).level(jam)->level < 100000);
        QVERIFY(levelOf(jam).value(QLatin1String("level")).toString().toLongLong() < 100000);
    }

    void textThatIsNotCleanIsRefused()
    {
        sell(a->db(), "JAM-STR", 1000);
        const QByteArray good = compact(lastEnvelope(a->db(), QStringLiteral("sale")));
        QVERIFY(good.contains("\"name\":\"Strawberry jam\""));
        const auto named = [&](const QByteArray &name) {
            QByteArray out = good;
            out.replace("\"name\":\"Strawberry jam\"", "\"name\":\"" + name + "\"");
            return out;
        };
        const qint64 before = storedEvents();
        for (const QByteArray &bad : {named(QByteArray("Straw\0berry", 11)),
                                      named("Straw\\u0000berry"),
                                      named("Straw\\ud800berry"),
                                      named("Straw\\udc00\\ud800berry"),
                                      named("Straw\\u0007berry")}) {
            auto r = push(*a, {bad});
            QVERIFY2(r.status == 400
                         || r.json.value(QLatin1String("rejected")).toArray().size() == 1,
                     r.body.constData());
            QCOMPARE(r.json.value(QLatin1String("acked")).toArray().size(), 0);
            QCOMPARE(storedEvents(), before);
        }
        // The same name spelled cleanly with escapes is the same text and passes.
        auto r = push(*a, {named("Straw\\u0062erry jam \\ud83c\\udf53")});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("acked")).toArray().size(), 1);
    }

    void theServerRecordsEachDevicesClock()
    {
        const auto at = [](qint64 offset) {
            return QList<std::pair<QByteArray, QByteArray>>{
                {"X-Device-Time", QByteArray::number(Clock::nowMs() + offset)}};
        };
        auto r = test::http("GET", api("/api/v1/device"), tokenOf(a->db()), {}, {}, at(3600000));
        QCOMPARE(r.status, 200);
        const qint64 offset
            = r.json.value(QLatin1String("clock_offset_ms")).toString().toLongLong();
        QVERIFY2(qAbs(offset - 3600000) < 10000, r.body.constData());

        // A device whose clock is a day fast (or slow) cannot push until its clock is set: its
        // events stay queued, and the answer says why.
        sell(a->db(), "JAM-STR", 1000);
        const qint64 before = storedEvents();
        for (const qint64 skew : {kDayMs, -kDayMs}) {
            auto p = push(*a, {compact(lastEnvelope(a->db(), QStringLiteral("sale")))}, at(skew));
            QCOMPARE(p.status, 422);
            QCOMPARE(codeOf(p), QStringLiteral("clock_skew"));
            QVERIFY2(
                p.json.value(QLatin1String("message")).toString().contains(QLatin1String("clock")),
                p.body.constData());
        }
        QCOMPARE(storedEvents(), before);

        // A device syncing normally sends its clock with every request.
        syncOk(*a);
        QCOMPARE(storedEvents(), before + 1);
        r = test::http("GET", api("/api/v1/device"), tokenOf(a->db()));
        QVERIFY2(qAbs(r.json.value(QLatin1String("clock_offset_ms")).toString().toLongLong())
                     < 10000,
                 r.body.constData());
    }

    void aCountFromAClockADayFastIsRefused()
    {
        const QString jam = ProductRepository(a->db()).bySku(QStringLiteral("JAM-STR"))->id;
        QVERIFY(StockLedger(a->db()).record(jam, QStringLiteral("count"), 123456000));
        QJsonObject env = lastEnvelope(a->db(), QStringLiteral("stock_movement"));
        QJsonObject d = dataOf(env);
        const qint64 ahead = Hlc::pack(Clock::nowMs() + kDayMs, 0);
        setNum(env, "hlc", ahead);
        setNum(d, "hlc", ahead);
        setNum(d, "created_at", num(d, "created_at") + kDayMs);
        d.insert(QStringLiteral("id"), newUuid7());
        env.insert(QStringLiteral("id"), d.value(QLatin1String("id")));
        auto r = push(*a, {compact(withData(env, d))});
        QCOMPARE(r.status, 200);
        const QJsonArray rejected = r.json.value(QLatin1String("rejected")).toArray();
        QCOMPARE(rejected.size(), 1);
        QVERIFY(rejected.first()
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("ahead")));
    }

    void theStockViewShowsTheFlagsTheDevicesShow()
    {
        // A counts one jar; B sells three jars moments later: oversold, and the sale lies within
        // the skew window of A's count, so its order is for the vendor to review.
        const QString jam = ProductRepository(a->db()).bySku(QStringLiteral("JAM-STR"))->id;
        QVERIFY(StockLedger(a->db()).record(jam, QStringLiteral("count"), 1000));
        syncOk(*a);
        syncOk(*b);
        sell(b->db(), "JAM-STR", 3000);
        // A product below its low-stock level.
        Product basil;
        basil.sku = QStringLiteral("HRB-BAS");
        basil.name = QStringLiteral("Basil");
        basil.price = 300;
        basil.lowStock = 5000;
        basil = *ProductRepository(a->db()).save(basil);
        QVERIFY(StockLedger(a->db()).record(basil.id, QStringLiteral("receive"), 3000));
        syncOk(*b);
        syncOk(*a);
        syncOk(*b);

        const auto flagsFor = [&](Database &db) {
            return count(db,
                         QStringLiteral("SELECT count(*) FROM stock_review_flags WHERE product_id "
                                        "= ?"),
                         jam);
        };
        QVERIFY(flagsFor(a->db()) > 0);
        QCOMPARE(flagsFor(b->db()), flagsFor(a->db()));
        QCOMPARE(StockLedger(a->db()).level(jam)->level, -2000);
        QCOMPARE(StockLedger(b->db()).level(jam)->level, -2000);

        const QJsonObject level = levelOf(jam);
        QCOMPARE(level.value(QLatin1String("level")).toString(), QStringLiteral("-2000"));
        QCOMPARE(level.value(QLatin1String("oversold")).toBool(), true);
        QCOMPARE(level.value(QLatin1String("low")).toBool(), false);
        QCOMPARE(level.value(QLatin1String("review")).toInteger(), flagsFor(a->db()));
        const QJsonObject low = levelOf(basil.id);
        QCOMPARE(low.value(QLatin1String("level")).toString(), QStringLiteral("3000"));
        QCOMPARE(low.value(QLatin1String("low")).toBool(), true);
        QCOMPARE(low.value(QLatin1String("oversold")).toBool(), false);
        QCOMPARE(low.value(QLatin1String("review")).toInteger(), 0);
    }

    // A server database of an earlier schema whose views hold a sale stored without today's
    // checks (a total of 2^63 - 1 cents, which made every sum of the sales view overflow, and a
    // count carried by the sale in the stock view): opened by this version, its views are made
    // again from its events, through the checks.
    void aStoreOfAnEarlierSchemaGetsItsViewsMadeAgain()
    {
        sell(a->db(), "JAM-STR", 1000);
        const QJsonObject good = lastEnvelope(a->db(), QStringLiteral("sale"));
        sell(a->db(), "JAM-STR", 1000);
        QJsonObject bad = lastEnvelope(a->db(), QStringLiteral("sale"));
        QJsonObject d = dataOf(bad);
        setNum(d, "total", kInt64Max);
        editFirst(d, "movements", [](QJsonObject &m) {
            m.insert(QStringLiteral("kind"), QStringLiteral("count"));
            setNum(m, "qty", 123456000);
        });
        bad = withData(bad, d);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("old.sqlite"));
        QString vendor;
        {
            auto store = server::ServerStore::open(file);
            QVERIFY(store);
            vendor = (*store)->addVendor(QStringLiteral("Old"))->id;
            server::DeviceInfo device;
            device.id = a->db().deviceId();
            device.vendorId = vendor;
            QList<server::IncomingEvent> events;
            for (const QJsonObject &env : {good, bad})
                events << server::IncomingEvent{*sync::parseEnvelope(env, compact(env)), {}, {}};
            QVERIFY((*store)->pushAll({server::PushBatch{device, events}}));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("schema-two"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            const QString badId = bad.value(QLatin1String("id")).toString();
            const QString jam = dataOf(bad)
                                    .value(QLatin1String("lines"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QLatin1String("product_id"))
                                    .toString();
            for (const QString &sql :
                 {QStringLiteral("UPDATE server_meta SET value = '2' WHERE key = 'schema_version'"),
                  QStringLiteral("ALTER TABLE pair_codes DROP COLUMN used_by"),
                  QStringLiteral("ALTER TABLE devices DROP COLUMN clock_offset_ms"),
                  QStringLiteral("ALTER TABLE devices DROP COLUMN clock_checked_at"),
                  QStringLiteral("ALTER TABLE products DROP COLUMN low_stock"),
                  QStringLiteral("ALTER TABLE products DROP COLUMN record"),
                  QStringLiteral("ALTER TABLE products DROP COLUMN field_hlc"),
                  QStringLiteral("INSERT INTO sales VALUES ('%1', '%2', 'd', 'R-9', 'sale', '', "
                                 "'M', 1, 1, 'USD', 850, 0, 0, 9223372036854775807, 2)")
                      .arg(vendor, badId),
                  QStringLiteral("INSERT INTO stock_movements VALUES ('%1', 'm9', '%2', 'count', "
                                 "123456000, 1, 'd')")
                      .arg(vendor, jam),
                  QStringLiteral("UPDATE projections SET seq = 2")})
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema-two"));
        auto store = server::ServerStore::open(file);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        auto listed = (*store)->sales(vendor, 0, kInt64Max, 100, 0);
        QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().detail));
        const QJsonArray sales = listed->value(QLatin1String("sales")).toArray();
        QCOMPARE(sales.size(), 1);
        QCOMPARE(sales.first().toObject().value(QLatin1String("id")),
                 good.value(QLatin1String("id")));
        QCOMPARE(listed->value(QLatin1String("totals")).toObject().value(QLatin1String("total")),
                 dataOf(good).value(QLatin1String("total")));
        auto stock = (*store)->stock(vendor);
        QVERIFY(stock);
        for (const QJsonValue &v : stock->value(QLatin1String("levels")).toArray())
            QVERIFY(v.toObject().value(QLatin1String("counted")).toBool() == false);
    }

    void writersTakingVendorsInOtherOrdersDoNotDeadlock()
    {
        // Several servers on one PostgreSQL: each writer stores the pushes waiting for it in one
        // transaction, and a vendor's row is the lock of its sequence. Two writers holding two
        // vendors' pushes in opposite orders each waited for the row the other held, until
        // PostgreSQL failed one of them as a deadlock (its pushes answered with an error); the
        // rows are taken in one order now, so the second writer waits and then stores. (SQLite
        // lets one writer in at a time.)
        test::TempDb c; // a device of vendor Beta
        QCOMPARE(test::pairDemoTill(*server, c.db(), QStringLiteral("Beta"), QStringLiteral("c")),
                 QString());
        const auto alpha = server->store().authenticate(tokenOf(a->db()));
        const auto beta = server->store().authenticate(tokenOf(c.db()));
        QVERIFY(alpha && beta);
        constexpr int kRounds = 12, kSales = 3;
        // The sales of `d` made here, 3 for each round of each writer, as they are pushed.
        const auto made = [this](test::TempDb &d) {
            for (int i = 0; i < 2 * kRounds * kSales; ++i)
                sell(d.db(), "JAM-STR", 1000);
            QList<server::IncomingEvent> out;
            auto q = d.db().exec(QStringLiteral("SELECT payload FROM outbox WHERE event_type = "
                                                "'sale' ORDER BY seq DESC LIMIT ?"),
                                 {2 * kRounds * kSales});
            while (q && q->next()) {
                const QJsonObject env
                    = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
                if (auto e = sync::parseEnvelope(env, compact(env)))
                    out << server::IncomingEvent{*e, {}, {}};
            }
            return out;
        };
        const QList<server::IncomingEvent> alphaSales = made(*a), betaSales = made(c);
        QCOMPARE(alphaSales.size(), 2 * kRounds * kSales);
        QCOMPARE(betaSales.size(), 2 * kRounds * kSales);
        const qint64 alphaBefore = *server->store().eventCount(alpha->vendorId);
        const qint64 betaBefore = *server->store().eventCount(beta->vendorId);

        // Writer 0 stores Alpha's push then Beta's in each transaction, writer 1 Beta's then
        // Alpha's, each on a connection of its own, at the same time.
        const QString spec = server->store().spec();
        std::mutex m;
        QStringList failures;
        const auto writer = [&](int w) {
            auto store = server::ServerStore::open(spec);
            if (!store) {
                std::lock_guard lock(m);
                failures << store.error().detail;
                return;
            }
            for (int r = 0; r < kRounds; ++r) {
                const qsizetype from = (qsizetype(w) * kRounds + r) * kSales;
                const server::PushBatch first{*alpha, alphaSales.mid(from, kSales)};
                const server::PushBatch second{*beta, betaSales.mid(from, kSales)};
                auto out = w == 0 ? (*store)->pushAll({first, second})
                                  : (*store)->pushAll({second, first});
                if (!out) {
                    std::lock_guard lock(m);
                    failures << out.error().detail;
                }
            }
        };
        std::thread one(writer, 0), two(writer, 1);
        one.join();
        two.join();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QCOMPARE(*server->store().eventCount(alpha->vendorId), alphaBefore + 2 * kRounds * kSales);
        QCOMPARE(*server->store().eventCount(beta->vendorId), betaBefore + 2 * kRounds * kSales);
    }

    void productsMadeOfflineWithOneSkuAppearAsTheDevicesShowThem()
    {
        QList<QString> ids;
        for (test::TempDb *d : {a.get(), b.get()}) {
            Product tom;
            tom.sku = QStringLiteral("TOM");
            tom.name = QStringLiteral("Tomatoes");
            tom.unit = Unit::Lb;
            tom.price = 450;
            tom = *ProductRepository(d->db()).save(tom);
            QVERIFY(StockLedger(d->db()).record(tom.id, QStringLiteral("receive"), 10000));
            ids << tom.id;
        }
        syncOk(*a);
        syncOk(*b);
        syncOk(*a);
        QMap<QString, QString> onA, onB, onServer;
        for (const QString &id : ids) {
            onA.insert(id, ProductRepository(a->db()).byId(id)->sku);
            onB.insert(id, ProductRepository(b->db()).byId(id)->sku);
            onServer.insert(id, levelOf(id).value(QLatin1String("sku")).toString());
        }
        QCOMPARE(onB, onA);
        QCOMPARE(onServer, onA);
        const QString greater = std::max(ids[0], ids[1]);
        QCOMPARE(onA.value(greater), QStringLiteral("TOM~") + greater.right(4));
    }
};

QTEST_GUILESS_MAIN(TestServerEvents)
#include "tst_server_events.moc"
