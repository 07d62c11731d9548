#include "core/BusinessSettings.h"
#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/Schema.h"
#include "core/TaxTenderRepository.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncProtocol.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

using namespace sk;

namespace {
qint64 count(Database &db, const QString &sql)
{
    return db.scalar(sql)->toLongLong();
}

// The outbox events of one type, parsed as another device would receive them.
QList<sync::Event> outboxEvents(Database &db, const QString &type, qint64 firstSeq = 1)
{
    QList<sync::Event> out;
    auto q = db.exec(QStringLiteral("SELECT payload FROM outbox WHERE event_type = ? ORDER BY seq"),
                     {type});
    qint64 seq = firstSeq;
    while (q->next()) {
        auto e = sync::parseEnvelope(
            QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
        if (!e)
            qFatal("bad envelope: %s", qPrintable(e.error().detail));
        e->seq = seq++;
        out << *e;
    }
    return out;
}
} // namespace

class TestTaxTenders : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDb> t;

private slots:
    void init()
    {
        t = std::make_unique<test::TempDb>();
        QVERIFY(seedDemoCatalog(t->db()));
    }

    void parseRate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("ppm");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << "8.25"
                               << "en_US" << qint64(82500) << true;
        QTest::newRow("percent sign") << "8.25 %"
                                      << "en_US" << qint64(82500) << true;
        QTest::newRow("whole") << "7"
                               << "en_US" << qint64(70000) << true;
        QTest::newRow("four decimals") << "8.8755"
                                       << "en_US" << qint64(88755) << true;
        QTest::newRow("five decimals") << "8.87555"
                                       << "en_US" << qint64(0) << false;
        QTest::newRow("Spanish comma") << "8,25"
                                       << "es_ES" << qint64(82500) << true;
        QTest::newRow("dot in German") << "8.25"
                                       << "de_DE" << qint64(82500) << true;
        QTest::newRow("not grouping") << "1.5"
                                      << "de_DE" << qint64(15000) << true;
        QTest::newRow("comma in English") << "1,5"
                                          << "en_US" << qint64(15000) << true;
        QTest::newRow("negative parses") << "-1"
                                         << "en_US" << qint64(-10000) << true;
        QTest::newRow("words") << "eight"
                               << "en_US" << qint64(0) << false;
        QTest::newRow("empty") << ""
                               << "en_US" << qint64(0) << false;
    }

    void parseRate()
    {
        QFETCH(QString, text);
        QFETCH(QString, locale);
        QFETCH(qint64, ppm);
        QFETCH(bool, ok);
        auto r = TaxTenderRepository::parseRate(text, NumberSource::Typed, QLocale(locale));
        QCOMPARE(bool(r), ok);
        if (ok)
            QCOMPARE(*r, ppm);
    }

    void formatRate()
    {
        QCOMPARE(TaxTenderRepository::formatRate(82500, QLocale::c()), QStringLiteral("8.25 %"));
        QCOMPARE(TaxTenderRepository::formatRate(80000, QLocale::c()), QStringLiteral("8 %"));
        QCOMPARE(TaxTenderRepository::formatRate(88750, QLocale(QStringLiteral("es_ES"))),
                 QStringLiteral("8,875 %"));
        QCOMPARE(TaxTenderRepository::formatRate(0, QLocale::c()), QStringLiteral("0 %"));
    }

    void badTaxCategoriesAreRefusedAndNothingStored_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("ppm");
        QTest::addColumn<int>("kind");
        using K = SettingProblem::Kind;
        QTest::newRow("empty name") << ""
                                    << "  " << qint64(0) << int(K::NameEmpty);
        QTest::newRow("negative") << ""
                                  << "Bakery" << qint64(-1) << int(K::RateNegative);
        QTest::newRow("above 100 %") << ""
                                     << "Bakery" << qint64(1000001) << int(K::RateAbove100);
        QTest::newRow("duplicate name")
            << ""
            << "prepared FOOD" << qint64(50000) << int(K::NameDuplicate);
        QTest::newRow("rename onto another")
            << "general"
            << "Prepared food" << qint64(80000) << int(K::NameDuplicate);
        QTest::newRow("too long") << "" << QString(61, QLatin1Char('x')) << qint64(0)
                                  << int(K::NameTooLong);
    }

    void badTaxCategoriesAreRefusedAndNothingStored()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(qint64, ppm);
        QFETCH(int, kind);
        TaxTenderRepository repo(t->db());
        const qint64 outbox = count(t->db(), QStringLiteral("SELECT count(*) FROM outbox"));
        const auto all = *repo.taxCategories();
        auto problem = repo.checkTaxCategory({code, name, ppm, true});
        QVERIFY(problem);
        QCOMPARE(int(problem->kind), kind);
        auto r = repo.saveTaxCategory({code, name, ppm, true});
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
        QCOMPARE(count(t->db(), QStringLiteral("SELECT count(*) FROM outbox")), outbox);
        const auto after = *repo.taxCategories();
        QCOMPARE(after.size(), all.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(after[i].name, all[i].name);
            QCOMPARE(after[i].ratePpm, all[i].ratePpm);
        }
    }

    void codesFromNames()
    {
        TaxTenderRepository repo(t->db());
        auto a = repo.saveTaxCategory({{}, QStringLiteral("Baked goods"), 62500, true});
        QVERIFY(a);
        QCOMPARE(a->code, QStringLiteral("baked_goods"));
        auto b = repo.saveTaxCategory({{}, QStringLiteral("Baked goods!"), 0, true});
        QVERIFY(b);
        QCOMPARE(b->code, QStringLiteral("baked_goods_2"));
        auto c = repo.saveTaxCategory({{}, QStringLiteral("Ñ"), 0, true});
        QVERIFY(c);
        QCOMPARE(c->code, QStringLiteral("tax"));
    }

    void saveQueuesOneEventWithTheRecord()
    {
        TaxTenderRepository repo(t->db());
        auto prepared = *repo.taxCategory(QStringLiteral("prepared"));
        prepared.ratePpm = 100000;
        QVERIFY(repo.saveTaxCategory(prepared));
        const auto events = outboxEvents(t->db(), QStringLiteral("tax_category"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].data.value(QLatin1String("code")).toString(),
                 QStringLiteral("prepared"));
        QCOMPARE(events[0].data.value(QLatin1String("rate_ppm")).toString(),
                 QStringLiteral("100000"));
        QCOMPARE(
            events[0].hlc,
            t->db()
                .scalar(QStringLiteral("SELECT hlc FROM tax_categories WHERE code = 'prepared'"))
                ->toLongLong());
        QCOMPARE(repo.taxCategory(QStringLiteral("prepared"))->ratePpm, 100000);
    }

    void deactivateRefusedWhileActiveProductsUseIt()
    {
        TaxTenderRepository repo(t->db());
        auto prepared = *repo.taxCategory(QStringLiteral("prepared"));
        prepared.active = false;
        auto problem = repo.checkTaxCategory(prepared);
        QVERIFY(problem);
        QCOMPARE(problem->kind, SettingProblem::Kind::InUse);
        QVERIFY(problem->count > 0);
        QVERIFY(!repo.saveTaxCategory(prepared));
        // An unused one can go; it stays in the list, marked inactive, and can come back.
        auto unused = repo.saveTaxCategory({{}, QStringLiteral("Crafts"), 60000, true});
        QVERIFY(unused);
        unused->active = false;
        QVERIFY(repo.saveTaxCategory(*unused));
        QCOMPARE(repo.taxCategory(unused->code)->active, false);
        auto rules = SaleRules::load(t->db());
        QCOMPARE(rules->taxCategories.value(unused->code).active, false);
        unused->active = true;
        QVERIFY(repo.saveTaxCategory(*unused));
        QCOMPARE(repo.taxCategory(unused->code)->active, true);
    }

    void saleAfterRateChangeUsesNewRateOldSaleUnchanged()
    {
        QVERIFY(MarketDayRepository(t->db()).open(QStringLiteral("Saturday"), 0));
        const Product cider = *ProductRepository(t->db()).bySku(QStringLiteral("CID-HOT"));
        QCOMPARE(cider.taxCategory, QStringLiteral("prepared"));
        SaleRepository sales(t->db());
        Cart c;
        c.lines = {CartLine{cider, 1000, {}}};
        c.tenders = {{QStringLiteral("card"), 432, {}}};
        auto first = sales.commit(c, *SaleRules::load(t->db()));
        QVERIFY(first);
        QCOMPARE(first->tax, 32);

        TaxTenderRepository repo(t->db());
        auto prepared = *repo.taxCategory(QStringLiteral("prepared"));
        prepared.ratePpm
            = *TaxTenderRepository::parseRate(QStringLiteral("9.5"), NumberSource::Machine);
        QVERIFY(repo.saveTaxCategory(prepared));

        c.tenders = {{QStringLiteral("card"), 438, {}}};
        auto second = sales.commit(c, *SaleRules::load(t->db()));
        QVERIFY2(second, qPrintable(second ? QString() : second.error().detail));
        QCOMPARE(second->tax, 38); // 4.00 x 9.5 %
        QCOMPARE(second->lines[0].taxRatePpm, 95000);

        auto old = sales.load(first->id);
        QCOMPARE(old->tax, 32);
        QCOMPARE(old->total, 432);
        QCOMPARE(old->lines[0].taxRatePpm, 80000);
        QCOMPARE(old->lines[0].tax, 32);
    }

    void tenders()
    {
        TaxTenderRepository repo(t->db());
        auto token = *repo.tenderType(QStringLiteral("credit_token"));
        QCOMPARE(token.faceValue, 500);
        token.faceValue = 200;
        token.givesChange = false;
        QVERIFY(repo.saveTenderType(token));
        auto rules = *SaleRules::load(t->db());
        QCOMPARE(rules.tender(QStringLiteral("credit_token"))->faceValue, 200);
        QCOMPARE(rules.tender(QStringLiteral("credit_token"))->givesChange, false);

        TenderType fresh;
        fresh.name = QStringLiteral("Double Up Bucks");
        fresh.eligibility = QStringLiteral("snap");
        fresh.faceValue = 200;
        // SNAP money never goes back as anything else.
        QCOMPARE(repo.checkTenderType(fresh)->kind, SettingProblem::Kind::RestrictedRefund);
        fresh.refundTo = RefundTo::Same;
        auto added = repo.saveTenderType(fresh);
        QVERIFY(added);
        QCOMPARE(added->code, QStringLiteral("double_up_bucks"));
        QCOMPARE(repo.tenderTypes()->last().code, added->code); // sorted last at the till
        QCOMPARE(outboxEvents(t->db(), QStringLiteral("tender_type")).size(), 2);

        using K = SettingProblem::Kind;
        auto cash = *repo.tenderType(QStringLiteral("cash"));
        cash.enabled = false;
        QCOMPARE(repo.checkTenderType(cash)->kind, K::CashRequired);
        TenderType dup = fresh;
        dup.name = QStringLiteral("snap/ebt");
        QCOMPARE(repo.checkTenderType(dup)->kind, K::NameDuplicate);
        TenderType neg = fresh;
        neg.name = QStringLiteral("Neg");
        neg.faceValue = -1;
        QCOMPARE(repo.checkTenderType(neg)->kind, K::FaceValueNegative);
        neg.faceValue = 0;
        neg.eligibility = QStringLiteral("beer");
        QCOMPARE(repo.checkTenderType(neg)->kind, K::UnknownEligibility);
        QVERIFY(!repo.saveTenderType(neg));
        QCOMPARE(outboxEvents(t->db(), QStringLiteral("tender_type")).size(), 2);

        // A disabled tender is not offered at the till (the rules say so).
        auto voucher = *repo.tenderType(QStringLiteral("voucher"));
        voucher.enabled = false;
        QVERIFY(repo.saveTenderType(voucher));
        QCOMPARE(SaleRules::load(t->db())->tender(QStringLiteral("voucher"))->enabled, false);
    }

    // Where refunds go back is a tender field like the others: edited, synced, and kept when
    // an older version (without the field) edits the tender.
    void refundToSyncs()
    {
        test::TempDb other;
        TaxTenderRepository a(t->db());
        QCOMPARE(a.tenderType(QStringLiteral("snap"))->refundTo, RefundTo::Same);
        QCOMPARE(a.tenderType(QStringLiteral("cash"))->refundTo, RefundTo::Any);
        auto fmnp = *a.tenderType(QStringLiteral("fmnp"));
        fmnp.refundTo = RefundTo::Exchange;
        QVERIFY(a.saveTenderType(fmnp));
        auto cash = *a.tenderType(QStringLiteral("cash"));
        cash.refundTo = RefundTo::Same;
        QCOMPARE(a.checkTenderType(cash)->kind, SettingProblem::Kind::CashRequired);
        for (const sync::Event &e : outboxEvents(t->db(), QStringLiteral("tender_type")))
            QVERIFY(applyTenderTypeEvent(other.db(), e.data, e.hlc));
        TaxTenderRepository b(other.db());
        QCOMPARE(b.tenderType(QStringLiteral("fmnp"))->refundTo, RefundTo::Exchange);

        QJsonObject old = TaxTenderRepository::toJson(*a.tenderType(QStringLiteral("fmnp")));
        old.remove(QStringLiteral("refund_to"));
        old.insert(QStringLiteral("name"), QStringLiteral("FMNP"));
        QVERIFY(applyTenderTypeEvent(other.db(), old, Database::hlc().now()));
        QCOMPARE(b.tenderType(QStringLiteral("fmnp"))->name, QStringLiteral("FMNP"));
        QCOMPARE(b.tenderType(QStringLiteral("fmnp"))->refundTo, RefundTo::Exchange);
        // A tender for SNAP items refunding to any tender is not a tender this version takes.
        QJsonObject bad = TaxTenderRepository::toJson(*a.tenderType(QStringLiteral("snap")));
        bad.insert(QStringLiteral("refund_to"), QStringLiteral("any"));
        QVERIFY(!TaxTenderRepository::tenderTypeFromJson(bad));
        bad.insert(QStringLiteral("refund_to"), QStringLiteral("cash"));
        QVERIFY(!TaxTenderRepository::tenderTypeFromJson(bad));
    }

    void businessSettings()
    {
        BusinessSettings s(t->db());
        QCOMPARE(*s.get(QStringLiteral("cash-rounding")), QStringLiteral("none"));
        QVERIFY(s.cashRoundingIsDefault());
        QVERIFY(s.set(QStringLiteral("currency"), QStringLiteral("cad")));
        QCOMPARE(*s.get(QStringLiteral("currency")), QStringLiteral("CAD"));
        QCOMPARE(s.cashRounding(), 5); // Canada has no pennies
        QCOMPARE(SaleRules::load(t->db())->cashRounding, 5);
        QCOMPARE(*s.describe(QStringLiteral("cash-rounding")),
                 QStringLiteral("0.05 (default for CAD)"));
        QVERIFY(s.set(QStringLiteral("cash-rounding"), QStringLiteral("none")));
        QCOMPARE(SaleRules::load(t->db())->cashRounding, 0);
        QCOMPARE(*s.describe(QStringLiteral("cash-rounding")), QStringLiteral("none"));
        QVERIFY(s.set(QStringLiteral("cash-rounding"), QStringLiteral("0.10")));
        QCOMPARE(SaleRules::load(t->db())->cashRounding, 10);
        for (const char *bad : {"0.03", "-0.05", "lots", "0.055", "2000"})
            QVERIFY2(!s.set(QStringLiteral("cash-rounding"), QLatin1String(bad)), bad);
        QCOMPARE(s.cashRounding(), 10);
        QVERIFY(s.set(QStringLiteral("cash-rounding"), QStringLiteral("default")));
        QVERIFY(s.cashRoundingIsDefault());
        QVERIFY(s.set(QStringLiteral("tax-inclusive"), QStringLiteral("yes")));
        QVERIFY(SaleRules::load(t->db())->taxInclusive);
        QVERIFY(!s.set(QStringLiteral("tax-inclusive"), QStringLiteral("maybe")));
        QVERIFY(!s.set(QStringLiteral("currency"), QStringLiteral("dollars")));
        QVERIFY(!s.set(QStringLiteral("store-name"), QStringLiteral("  ")));
        QVERIFY(!s.set(QStringLiteral("store-name"), QString(61, u'x')));
        QVERIFY(!s.set(QStringLiteral("receipt-footer"), QStringLiteral("a\x01b")));
        QVERIFY(s.set(QStringLiteral("receipt-footer"), QString()));
        QVERIFY(!s.set(QStringLiteral("colour"), QStringLiteral("red")));
        for (Minor step : {1, 2, 5, 10, 25, 50, 100, 500, 2500})
            QVERIFY(BusinessSettings::isCashStep(step));
        for (Minor step : {0, 3, 7, 15, 30, -5})
            QVERIFY(!BusinessSettings::isCashStep(step));
    }

    // Schema 9 on a file of schema 8: SNAP and the other restricted tenders take their refunds
    // back themselves, and the cash rounding every file started with becomes the currency's.
    void upgradeToRefundRules()
    {
        const QString path = t->dir() + QStringLiteral("/v8.sqlite");
        {
            QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v8"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            for (const Migration &m : migrations())
                if (m.version <= 8)
                    for (const QString &st : m.statements)
                        QVERIFY2(QSqlQuery(raw).exec(st), qPrintable(st));
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("UPDATE settings SET value = 'CAD' "
                                                       "WHERE key = 'currency'")));
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 8")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v8"));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        QCOMPARE((*db)->setting(QStringLiteral("cash_rounding"), QStringLiteral("unset")),
                 QString());
        auto rules = *SaleRules::load(**db);
        QCOMPARE(rules.cashRounding, 5);
        for (const char *same : {"snap", "snap_token", "credit_token", "fmnp"})
            QCOMPARE(rules.tender(QLatin1String(same))->refundTo, RefundTo::Same);
        for (const char *any : {"cash", "card", "voucher", "other"})
            QCOMPARE(rules.tender(QLatin1String(any))->refundTo, RefundTo::Any);
    }

    void editsReachAnotherDeviceNewestWins()
    {
        test::TempDb other;
        QVERIFY(seedDemoCatalog(other.db()));
        TaxTenderRepository a(t->db());
        auto prepared = *a.taxCategory(QStringLiteral("prepared"));
        prepared.ratePpm = 95000;
        QVERIFY(a.saveTaxCategory(prepared));
        QVERIFY(a.saveTaxCategory({{}, QStringLiteral("Crafts"), 60000, true}));
        auto token = *a.tenderType(QStringLiteral("credit_token"));
        token.faceValue = 200;
        QVERIFY(a.saveTenderType(token));

        QList<sync::Event> page = outboxEvents(t->db(), QStringLiteral("tax_category"));
        page += outboxEvents(t->db(), QStringLiteral("tender_type"), 10);
        sync::SyncEngine engine(other.db());
        QVERIFY(engine.applyPage(page, 20));
        QCOMPARE(count(other.db(), QStringLiteral("SELECT count(*) FROM sync_deferred_events")), 0);
        TaxTenderRepository b(other.db());
        QCOMPARE(b.taxCategory(QStringLiteral("prepared"))->ratePpm, 95000);
        QCOMPARE(b.taxCategory(QStringLiteral("crafts"))->ratePpm, 60000);
        QCOMPARE(b.tenderType(QStringLiteral("credit_token"))->faceValue, 200);
        // A sale on the other device now uses the new rate.
        QCOMPARE(
            SaleRules::load(other.db())->taxCategories.value(QStringLiteral("prepared")).ratePpm,
            95000);

        // A later edit on B wins over A's older event arriving again (or late).
        auto mine = *b.taxCategory(QStringLiteral("prepared"));
        mine.ratePpm = 70000;
        QVERIFY(b.saveTaxCategory(mine));
        QList<sync::Event> replay = outboxEvents(t->db(), QStringLiteral("tax_category"), 100);
        for (sync::Event &e : replay)
            e.id = newUuid7(); // not the same events: older edits seen for the first time
        QVERIFY(engine.applyPage(replay, 200));
        QCOMPARE(b.taxCategory(QStringLiteral("prepared"))->ratePpm, 70000);
    }

    void malformedEventIsSetAside()
    {
        sync::Event e;
        e.id = newUuid7();
        e.type = QStringLiteral("tax_category");
        e.deviceId = newUuid7();
        e.hlc = Database::hlc().now();
        e.seq = 1;
        e.data = {{QStringLiteral("code"), QStringLiteral("prepared")},
                  {QStringLiteral("name"), QStringLiteral("Prepared food")},
                  {QStringLiteral("rate_ppm"), QStringLiteral("2000000")},
                  {QStringLiteral("active"), true}};
        sync::SyncEngine engine(t->db());
        QVERIFY(engine.applyPage({e}, 1));
        QCOMPARE(count(t->db(), QStringLiteral("SELECT count(*) FROM sync_deferred_events")), 1);
        QCOMPARE(TaxTenderRepository(t->db()).taxCategory(QStringLiteral("prepared"))->ratePpm,
                 80000);
    }
};

QTEST_GUILESS_MAIN(TestTaxTenders)
#include "tst_taxtenders.moc"
