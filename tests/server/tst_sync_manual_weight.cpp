// A weight typed in by hand instead of read from the scale is marked on its sale line. The mark
// travels with the sale: device A pushes it over loopback HTTP, the server checks it by the
// device's own rule and keeps it, device B pulls it and shows it in its lines export and report.

#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/Exports.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/reports/ReportRunner.h"
#include "core/sync/EventValidator.h"
#include "core/sync/SaleEventReader.h"
#include "core/sync/SyncClient.h"
#include "tests/server/ServerFixture.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sk;

namespace {

QByteArray tokenOf(Database &db)
{
    return db.localSetting(sync::keys::token()).toUtf8();
}

// The newest sale event in the outbox, as the device pushes it.
QByteArray lastSaleEvent(Database &db)
{
    auto v = db.scalar(QStringLiteral("SELECT payload FROM outbox WHERE event_type = 'sale' "
                                      "ORDER BY seq DESC LIMIT 1"));
    return v ? v->toString().toUtf8() : QByteArray();
}

// The lines export of `db` as rows of cells, header first.
QList<QStringList> exportedLines(Database &db)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    if (!exportLines(db, {}, &out, {}))
        return {};
    QList<QStringList> rows;
    for (const QByteArray &line : out.data().split('\n'))
        if (!line.trimmed().isEmpty())
            rows << QString::fromUtf8(line.trimmed()).split(QLatin1Char(','));
    return rows;
}

} // namespace

class TestSyncManualWeight : public test::ServerSuite
{
    Q_OBJECT

    std::unique_ptr<test::TempDb> a, b;

    QString api(const QString &path) const { return server->url() + path; }

    void syncOk(test::TempDb &d)
    {
        const sync::SyncReport r = sync::SyncClient::syncBlocking(d.db());
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.rejected, 0);
    }

    // 1.5 lb of tomatoes weighed by hand, and a jar of jam, paid by card.
    SaleRecord sellTypedWeight(Database &db)
    {
        const SaleRules rules = *SaleRules::load(db);
        ProductRepository products(db);
        Cart c;
        CartLine tomatoes{*products.bySku(QStringLiteral("VEG-TOM")), 1500, {}};
        tomatoes.manualWeight = true;
        c.lines << tomatoes << CartLine{*products.bySku(QStringLiteral("JAM-STR")), 1000, {}};
        return test::payInFull(db, rules, c, QStringLiteral("card"));
    }

    // The event of a new typed-weight sale on device A as it is sent: the envelope, its data and
    // the data's lines.
    struct SaleEvent
    {
        QJsonObject env, data;
        QJsonArray lines;
    };
    SaleEvent typedWeightSaleEvent()
    {
        sellTypedWeight(a->db());
        SaleEvent e;
        e.env = QJsonDocument::fromJson(lastSaleEvent(a->db())).object();
        e.data = e.env.value(QLatin1String("data")).toObject();
        e.lines = e.data.value(QLatin1String("lines")).toArray();
        return e;
    }

private slots:
    void init()
    {
        QVERIFY2(startServer(), qPrintable(server->error()));
        a = std::make_unique<test::TempDb>();
        b = std::make_unique<test::TempDb>();
        QVERIFY(seedDemoCatalog(a->db()));
        for (auto *d : {a.get(), b.get()}) {
            const QString why
                = test::pairDevice(*server,
                                   d->db(),
                                   QStringLiteral("Hillside Farm"),
                                   d == a.get() ? QStringLiteral("A") : QStringLiteral("B"));
            QVERIFY2(why.isEmpty(), qPrintable(why));
            syncOk(*d);
        }
        QVERIFY(MarketDayRepository(a->db()).open(QStringLiteral("Saturday Market"), 10000));
    }

    void cleanup()
    {
        a.reset();
        b.reset();
        server.reset();
    }

    void typedWeightTravelsFromDeviceToServerToDevice()
    {
        const SaleRecord sold = sellTypedWeight(a->db());
        QCOMPARE(sold.lines.size(), 2);
        QVERIFY(sold.lines[0].manualWeight);
        QVERIFY(!sold.lines[1].manualWeight);

        // The event carries the mark on the weighed line only, and the server's quick reader
        // takes it (the mark does not send the sale down the slow path).
        const QByteArray event = lastSaleEvent(a->db());
        QVERIFY(event.contains("\"line_no\":1,\"manual_weight\":true,\"name\""));
        QCOMPARE(event.count("manual_weight"), 1);
        sync::Event quick;
        sync::SaleRows rows;
        QVERIFY(sync::readSaleEvent(event, quick, rows, Clock::nowMs()));

        syncOk(*a);
        // Kept by the server: its view of the sale, over HTTP, has the mark.
        const auto got
            = test::http("GET", api(QStringLiteral("/api/v1/sales/") + sold.id), tokenOf(a->db()));
        QCOMPARE(got.status, 200);
        const QJsonArray lines = got.json.value(QLatin1String("lines")).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].toObject().value(QLatin1String("manual_weight")), QJsonValue(true));
        QVERIFY(!lines[1].toObject().contains(QLatin1String("manual_weight")));

        // Device B pulls it: the sale read back, the lines export and the lines report.
        syncOk(*b);
        const auto onB = SaleRepository(b->db()).load(sold.id);
        QVERIFY(onB);
        QVERIFY(onB->lines[0].manualWeight);
        QVERIFY(!onB->lines[1].manualWeight);
        const QList<QStringList> csv = exportedLines(b->db());
        QCOMPARE(csv.size(), 3);
        const qsizetype col = csv[0].indexOf(QStringLiteral("manual_weight"));
        QVERIFY(col >= 0);
        const qsizetype sku = csv[0].indexOf(QStringLiteral("sku"));
        QCOMPARE(csv[1][sku], QStringLiteral("VEG-TOM"));
        QCOMPARE(csv[1][col], QStringLiteral("1"));
        QCOMPARE(csv[2][col], QStringLiteral("0"));
        const reports::ReportDefinition *def
            = reports::ReportCatalog::find(QStringLiteral("lines"));
        QVERIFY(def);
        auto report = reports::ReportRunner(b->db()).table(*def, {});
        QVERIFY2(report, report ? "" : qPrintable(report.error().detail));
        qsizetype rc = -1;
        for (qsizetype i = 0; i < report->columns.size(); ++i)
            if (report->columns[i].name == u"manual_weight")
                rc = i;
        QVERIFY(rc >= 0);
        QCOMPARE(report->rows.size(), 2);
        QCOMPARE(report->rows[0][rc].toInt(), 1);
        QCOMPARE(report->rows[1][rc].toInt(), 0);
    }

    void aMarkOnAPieceIsRefusedByTheServer()
    {
        auto [env, data, lines] = typedWeightSaleEvent();
        QJsonObject jam = lines[1].toObject();
        jam.insert(QStringLiteral("manual_weight"), true); // a jar of jam has no typed weight
        lines.replace(1, jam);
        data.insert(QStringLiteral("lines"), lines);
        env.insert(QStringLiteral("data"), data);
        const QByteArray bad = QJsonDocument(env).toJson(QJsonDocument::Compact);
        // Refused by the device's own rule, whichever way the server reads it...
        sync::Event quick;
        sync::SaleRows rows;
        QVERIFY(!sync::readSaleEvent(bad, quick, rows, Clock::nowMs()));
        auto parsed = sync::parseEnvelope(env);
        QVERIFY(parsed);
        const Status checked = sync::validateEvent(*parsed, Clock::nowMs());
        QVERIFY(!checked);
        QVERIFY2(checked.error().detail.contains(QStringLiteral("by the piece")),
                 qPrintable(checked.error().detail));
        // ...and over HTTP: the push is answered with the event refused, nothing stored.
        const auto r = test::http("POST",
                                  api(QStringLiteral("/api/v1/push")),
                                  tokenOf(a->db()),
                                  "{\"events\":[" + bad + "]}");
        QCOMPARE(r.status, 200);
        const QJsonArray rejected = r.json.value(QLatin1String("rejected")).toArray();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected[0].toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("invalid"));
        // Not a boolean: malformed.
        jam.insert(QStringLiteral("manual_weight"), QStringLiteral("yes"));
        lines.replace(1, jam);
        data.insert(QStringLiteral("lines"), lines);
        QVERIFY(!SaleRecord::fromJson(data));
        // The till itself will not mark a piece either.
        const SaleRules rules = *SaleRules::load(a->db());
        Cart c;
        CartLine piece{*ProductRepository(a->db()).bySku(QStringLiteral("JAM-STR")), 1000, {}};
        piece.manualWeight = true;
        c.lines << piece;
        c.tenders << TenderEntry{QStringLiteral("card"), 850, {}};
        const auto stored = SaleRepository(a->db()).commit(c, rules);
        QVERIFY(!stored);
        QCOMPARE(stored.error().code, Error::Code::InvalidInput);
    }

    void eventsFromBeforeTheMarkStillRead()
    {
        auto [env, data, lines] = typedWeightSaleEvent();
        QJsonObject tom = lines[0].toObject();
        tom.remove(QStringLiteral("manual_weight")); // as a device of an earlier version sent it
        lines.replace(0, tom);
        data.insert(QStringLiteral("lines"), lines);
        env.insert(QStringLiteral("data"), data);
        auto old = SaleRecord::fromJson(data);
        QVERIFY(old);
        QVERIFY(!old->lines[0].manualWeight);
        QVERIFY(!old->toJson()
                     .value(QLatin1String("lines"))
                     .toArray()[0]
                     .toObject()
                     .contains(QLatin1String("manual_weight")));
        const QByteArray bytes = QJsonDocument(env).toJson(QJsonDocument::Compact);
        sync::Event quick;
        sync::SaleRows rows;
        QVERIFY(sync::readSaleEvent(bytes, quick, rows, Clock::nowMs()));
        auto parsed = sync::parseEnvelope(env);
        QVERIFY(parsed);
        QVERIFY(sync::validateEvent(*parsed, Clock::nowMs()));
    }
};

QTEST_MAIN(TestSyncManualWeight)
#include "tst_sync_manual_weight.moc"
