// The benefit-program settings travel between a vendor's devices over real loopback HTTP: the
// eligibility classes, a category's default classes, the incentive rules and the market fees a
// tablet sets reach the other tablet at its next sync (and a new tablet in its snapshot), a
// removal too. And the server refuses a whole card number in anything a device pushes, with a
// 4xx answer naming the field, storing nothing of the push.

#include "core/Catalog.h"
#include "core/Eligibility.h"
#include "core/Incentive.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/eod/CashDrawer.h"
#include "core/eod/MarketFees.h"
#include "core/sync/SyncClient.h"
#include "core/sync/SyncProtocol.h"
#include "tests/server/ServerFixture.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sk;

class TestSyncPrograms : public test::FarmSuite<3>
{
    Q_OBJECT

    void pair(int d, const char *name)
    {
        dev[d] = std::make_unique<test::TempDb>();
        joinFarm(d, name);
    }

    QByteArray tokenOf(int d) { return dev[d]->db().localSetting(sync::keys::token()).toUtf8(); }

    // The newest event of `type` in a device's outbox, as it would push it.
    QJsonObject lastEnvelope(int d, const QString &type)
    {
        auto v = dev[d]->db().scalar(QStringLiteral("SELECT payload FROM outbox WHERE event_type "
                                                    "= ? ORDER BY seq DESC LIMIT 1"),
                                     {type});
        return QJsonDocument::fromJson(v->toString().toUtf8()).object();
    }

    test::HttpResult push(int d, const QJsonObject &envelope)
    {
        return test::http("POST",
                          server->url() + QStringLiteral("/api/v1/push"),
                          tokenOf(d),
                          "{\"events\":[" + QJsonDocument(envelope).toJson(QJsonDocument::Compact)
                              + "]}");
    }

    qint64 storedEvents()
    {
        return server->store()
            .eventCount(server->vendor(QStringLiteral("Hillside Farm")))
            .value_or(-1);
    }

    // What device `d` knows of the settings, as one comparable text.
    QString settingsOf(int d)
    {
        Database &db = dev[d]->db();
        QStringList out;
        const auto classes = EligibilityRepository(db).classes();
        for (const EligibilityClass &c : *classes)
            out << QStringLiteral("class %1 %2").arg(c.code, c.name);
        const auto defaults = EligibilityRepository(db).categoryDefaults();
        for (const CategoryDefault &c : *defaults)
            out << QStringLiteral("category %1 %2 %3")
                       .arg(c.category, c.classes.join(u','), productKindCode(c.kind));
        const auto rules = IncentiveRepository(db).rules();
        for (const IncentiveRule &r : *rules)
            out << QStringLiteral("rule %1 %2>%3 %4ppm cap %5 per %6 %7")
                       .arg(r.tenderCode, r.sourceClass, r.matchClass)
                       .arg(r.matchPpm)
                       .arg(r.cap)
                       .arg(incentivePeriodCode(r.period))
                       .arg(r.enabled ? u"on" : u"off");
        const auto fees = MarketFees(db).all();
        for (const MarketFee &f : *fees)
            out << QStringLiteral("fee %1 %2ppm [%3] tax %4 min %5 max %6 stall %7 %8")
                       .arg(f.market)
                       .arg(f.sharePpm)
                       .arg(f.tenders.join(u','))
                       .arg(f.includeTax)
                       .arg(f.minDaily)
                       .arg(f.maxDaily)
                       .arg(f.stallFee)
                       .arg(f.weekly ? u"weekly" : u"daily");
        return out.join(u'\n');
    }

private slots:
    void init()
    {
        QVERIFY2(startServer(), qPrintable(server->error()));
        pair(0, "A");
        pair(1, "B");
        syncOk(0);
        syncOk(1);
    }

    void cleanup()
    {
        for (auto &d : dev)
            d.reset();
        server.reset();
    }

    // Cash taken out of the drawer on one tablet (a payout, an online credit paid back) counts
    // in the expected cash of the other, as its sales do: it is applied, not set aside.
    void payoutsReachTheOtherTablet()
    {
        auto day = MarketDayRepository(dev[0]->db()).open(QStringLiteral("Riverside"), 5000);
        QVERIFY(day);
        auto paid = CashDrawer(dev[0]->db())
                        .recordMovement(QStringLiteral("payout"), 750, QStringLiteral("ice"));
        QVERIFY2(paid, qPrintable(paid ? QString() : paid.error().detail));
        syncOk(0);
        syncOk(1);
        auto there = CashDrawer(dev[1]->db()).movements(day->id);
        QVERIFY(there);
        QCOMPARE(there->size(), 1);
        QCOMPARE(there->first().id, paid->id);
        QCOMPARE(there->first().amount, Minor(750));
        QCOMPARE(there->first().reason, QStringLiteral("ice"));
        QCOMPARE(CashDrawer(dev[1]->db()).expected(day->id)->expectedCash(),
                 CashDrawer(dev[0]->db()).expected(day->id)->expectedCash());
        auto setAside
            = dev[1]->db().scalar(QStringLiteral("SELECT count(*) FROM sync_deferred_events"), {});
        QVERIFY(setAside);
        QCOMPARE(setAside->toInt(), 0);
        // Pulled again (a page replayed), it is there once.
        syncOk(1);
        QCOMPARE(CashDrawer(dev[1]->db()).movements(day->id)->size(), 1);
    }

    // Tablet A sets every kind of program setting; B has them after a sync, and so does a
    // tablet paired afterwards (its snapshot).
    void settingsTravel()
    {
        Database &a = dev[0]->db();
        EligibilityRepository classes(a);
        QVERIFY(classes.saveClass({QString(), QStringLiteral("Baked goods")}));
        QVERIFY(classes.setCategoryDefault(
            {QStringLiteral("Bread"), {QStringLiteral("baked_goods"), QStringLiteral("snap")}}));
        QVERIFY(classes.setCategoryDefault({QStringLiteral("Bags"), {}, ProductKind::NonFood}));
        IncentiveRule rule;
        rule.tenderCode = QStringLiteral("incentive");
        rule.matchPpm = 500000;
        rule.cap = 2500;
        rule.period = IncentiveRule::Period::Month;
        QVERIFY(IncentiveRepository(a).save(rule));
        MarketFee fee;
        fee.market = QStringLiteral("Łódź Saturday");
        fee.sharePpm = 60000;
        fee.tenders = {QStringLiteral("cash"), QStringLiteral("card")};
        fee.includeTax = true;
        fee.minDaily = 1500;
        fee.maxDaily = 9000;
        fee.stallFee = 2000;
        fee.weekly = true;
        QVERIFY(MarketFees(a).save(fee));
        const QString expected = settingsOf(0);
        QVERIFY(expected.contains(u"rule incentive snap>fv 500000ppm cap 2500 per month on"));
        QVERIFY(settingsOf(1) != expected);

        syncOk(0);
        syncOk(1);
        QCOMPARE(settingsOf(1), expected);
        // The rule turned its tender on there too: B can take the match.
        QVERIFY(SaleRules::load(dev[1]->db())->incentive(QStringLiteral("incentive")));

        pair(2, "C");
        syncOk(2);
        QCOMPARE(settingsOf(2), expected);

        // Removals and edits travel the same way; the newer edit wins.
        QVERIFY(MarketFees(dev[1]->db()).remove(QStringLiteral("Łódź Saturday")));
        rule.cap = 4000;
        QVERIFY(IncentiveRepository(dev[1]->db()).save(rule));
        QVERIFY(
            EligibilityRepository(dev[1]->db()).setCategoryDefault({QStringLiteral("Bags"), {}}));
        syncOk(1);
        syncOk(0);
        QCOMPARE(settingsOf(0), settingsOf(1));
        QVERIFY(!settingsOf(0).contains(u"fee "));
        QVERIFY(!settingsOf(0).contains(u"category Bags"));
        QVERIFY(settingsOf(0).contains(u"cap 4000"));
        // A replay of an older edit changes nothing.
        syncOk(2);
        QCOMPARE(settingsOf(2), settingsOf(0));
    }

    // Out of bounds in an event is refused by the server as it would be by the device.
    void serverRefusesRulesOutOfBounds()
    {
        IncentiveRule rule;
        rule.tenderCode = QStringLiteral("incentive");
        QVERIFY(IncentiveRepository(dev[0]->db()).save(rule));
        QJsonObject env = lastEnvelope(0, QStringLiteral("incentive_rule"));
        QJsonObject data = env.value(QLatin1String("data")).toObject();
        data.insert(QStringLiteral("cap"), QStringLiteral("9223372036854775807"));
        env.insert(QStringLiteral("data"), data);
        env.insert(QStringLiteral("id"), newUuid7());
        const auto r = push(0, env);
        QCOMPARE(r.status, 200);
        const QJsonArray rejected = r.json.value(QLatin1String("rejected")).toArray();
        QCOMPARE(rejected.size(), 1);
        QVERIFY2(rejected[0]
                     .toObject()
                     .value(QLatin1String("message"))
                     .toString()
                     .contains(u"the cap must be 0 to"),
                 r.body.constData());
    }

    // A whole card number anywhere in a pushed event: 422 naming the field, nothing stored.
    void serverRefusesWholeCardNumbers_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("path"); // where the number is put: key, or key.index.key
        QTest::addColumn<QString>("field");
        QTest::newRow("tender reference")
            << u"sale"_qs << u"tenders.0.reference"_qs << u"tenders[0].reference"_qs;
        QTest::newRow("refund reason") << u"sale"_qs << u"reason"_qs << u"reason"_qs;
        QTest::newRow("product name") << u"product"_qs << u"name"_qs << u"name"_qs;
    }

    void serverRefusesWholeCardNumbers()
    {
        QFETCH(QString, type);
        QFETCH(QString, path);
        QFETCH(QString, field);
        Database &a = dev[0]->db();
        Product apples;
        apples.sku = QStringLiteral("APPLES");
        apples.name = QStringLiteral("Apples");
        apples.price = 1000;
        apples.classes = {QStringLiteral("fv"), QStringLiteral("snap")};
        QVERIFY(ProductRepository(a).save(apples));
        QVERIFY(MarketDayRepository(a).open(QStringLiteral("Saturday"), 0));
        const SaleRules rules = *SaleRules::load(a);
        Cart c;
        c.lines << CartLine{*ProductRepository(a).bySku(QStringLiteral("APPLES")), 1000, {}};
        c.tenders << TenderEntry{QStringLiteral("cash"), 1000, QStringLiteral("1234")};
        QVERIFY(SaleRepository(a).commit(c, rules));
        syncOk(0);
        const qint64 before = storedEvents();

        QJsonObject env = lastEnvelope(0, type);
        QJsonObject data = env.value(QLatin1String("data")).toObject();
        const QStringList steps = path.split(u'.');
        const QString card = QStringLiteral("Card 4111 1111 1111 1111");
        if (steps.size() == 1) {
            data.insert(steps[0], card);
        } else {
            QJsonArray list = data.value(steps[0]).toArray();
            QJsonObject item = list.at(steps[1].toInt()).toObject();
            item.insert(steps[2], card);
            list.replace(steps[1].toInt(), item);
            data.insert(steps[0], list);
        }
        env.insert(QStringLiteral("data"), data);
        if (type == u"product") // a new edit of the product: stored, but for the card number
            env.insert(QStringLiteral("id"), newUuid7());
        const auto r = push(0, env);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json.value(QLatin1String("code")).toString(), u"card_number"_qs);
        QCOMPARE(r.json.value(QLatin1String("field")).toString(), field);
        QVERIFY2(r.json.value(QLatin1String("message")).toString().contains(u"last 4 digits"),
                 r.body.constData());
        QVERIFY(!r.body.contains("4111"));
        QCOMPARE(storedEvents(), before);
    }

    // Digits that are not a card (EAN-13 barcodes, a 16-digit number failing the Luhn check,
    // times) travel as before.
    void notCardsTravel()
    {
        Product jam;
        jam.sku = QStringLiteral("4006381333924"); // an EAN-13 that passes the Luhn check
        jam.name = QStringLiteral("Jam lot 1234567812345678");
        jam.barcodes = {QStringLiteral("4006381333924")};
        QVERIFY(ProductRepository(dev[0]->db()).save(jam));
        syncOk(0);
        syncOk(1);
        QVERIFY(ProductRepository(dev[1]->db()).bySku(QStringLiteral("4006381333924")));
    }
};

QTEST_MAIN(TestSyncPrograms)
#include "tst_sync_programs.moc"
