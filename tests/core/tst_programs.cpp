// Benefit programs at the stall: eligibility classes, the incentive match and its caps, the
// split of a cart over programs, refunds of matched sales, and files from before the classes.

#include "core/CardNumber.h"
#include "core/Catalog.h"
#include "core/Eligibility.h"
#include "core/Incentive.h"
#include "core/MarketDay.h"
#include "core/RefundRule.h"
#include "core/SaleRepository.h"
#include "core/Schema.h"
#include "core/eod/MarketFees.h"
#include "core/eod/TurnInSlip.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <sqlite3.h>

using namespace sk;

namespace {

// 2026-06-06 10:00 local time: a Saturday market.
qint64 saturdayMs()
{
    return QDateTime(QDate(2026, 6, 6), QTime(10, 0)).toMSecsSinceEpoch();
}

Product
make(Database &db, const char *sku, Minor price, const QStringList &classes, bool nonFood = false)
{
    return test::saveProduct(db, sku, price, classes, nonFood);
}

Minor amountOf(const QList<TenderEntry> &tenders, const char *code)
{
    Minor m = 0;
    for (const TenderEntry &t : tenders)
        if (t.code == QLatin1String(code))
            m += t.amount;
    return m;
}

} // namespace

class TestPrograms : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDb> dev;
    std::unique_ptr<test::FakeClock> clock;
    Product apples, honey, bread, bag;

    Database &db() { return dev->db(); }

    void setRule(Minor cap, IncentiveRule::Period period, qint64 ppm = 1000000)
    {
        IncentiveRule r;
        r.tenderCode = QStringLiteral("incentive");
        r.cap = cap;
        r.period = period;
        r.matchPpm = ppm;
        auto s = IncentiveRepository(db()).save(r);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().detail));
    }

    SaleRules rules() { return *SaleRules::load(db()); }

    // What the till would take for apples x qty with the card: the program split, cash the rest.
    Result<SaleRecord> sellApples(Milli qty, const QString &card, Minor incentiveOverride = -1)
    {
        const SaleRules r = rules();
        Cart c;
        c.lines << CartLine{apples, qty, {}};
        c.benefitCard = card;
        if (auto p = IncentiveLedger(db()).prepare(r, c); !p)
            return std::unexpected(p.error());
        QList<TenderEntry> plan = planProgramSplit(r, c);
        if (incentiveOverride >= 0) {
            plan.clear();
            plan << TenderEntry{QStringLiteral("incentive"), incentiveOverride, {}};
            plan << TenderEntry{
                QStringLiteral("snap"), computeCart(r, c)->due - incentiveOverride, {}};
        }
        c.tenders = plan;
        const Minor due = computeCart(r, c)->due;
        if (due > 0)
            c.tenders << TenderEntry{QStringLiteral("cash"), due, {}};
        return SaleRepository(db()).commit(c, r);
    }

    Minor left(const QString &card)
    {
        const SaleRules r = rules();
        const IncentiveRule *rule = r.incentive(QStringLiteral("incentive"));
        return rule->cap - *IncentiveLedger(db()).used(*rule, card);
    }

private slots:
    void init()
    {
        clock = std::make_unique<test::FakeClock>(saturdayMs());
        dev = std::make_unique<test::TempDb>();
        apples = make(db(), "APPLES", 1000, test::sl({"fmnp", "fv", "snap", "token"}));
        honey = make(db(), "HONEY", 1200, test::sl({"fmnp", "snap", "token"}));
        bread = make(db(), "BREAD", 800, test::sl({"snap", "token"}));
        bag = make(db(), "BAG", 50, QStringList(), true);
        QVERIFY(MarketDayRepository(db()).open(QStringLiteral("Saturday Market"), 0));
    }

    void cleanup()
    {
        dev.reset();
        clock.reset();
    }

    // Three classes (produce, SNAP food, FMNP) and a fee, paid by four tenders: the incentive
    // pays half the produce, SNAP the other half and the bread, the FMNP check the honey it was
    // handed over for, cash the bag and its tax.
    void cartSplitsOverFourTenders()
    {
        setRule(1000, IncentiveRule::Period::Day);
        const SaleRules r = rules();
        Cart c;
        c.lines << CartLine{apples, 2000, {}} << CartLine{honey, 1000, {}}
                << CartLine{bread, 1000, {}} << CartLine{bag, 1000, {}};
        c.benefitCard = QStringLiteral("1234");
        c.tenders << TenderEntry{QStringLiteral("fmnp"), 1200, {}};
        QVERIFY(IncentiveLedger(db()).prepare(r, c));
        const QList<TenderEntry> plan = planProgramSplit(r, c, {});
        QCOMPARE(amountOf(plan, "incentive"), Minor(1000));
        QCOMPARE(amountOf(plan, "snap"), Minor(1800));
        c.tenders << plan;
        auto comp = computeCart(r, c);
        QVERIFY(comp);
        QVERIFY2(comp->problems.isEmpty(), qPrintable(comp->problems.value(0).detail));
        QCOMPARE(comp->due, Minor(54)); // the bag, 0.50 and 8 % tax: cash or card
        c.tenders << TenderEntry{QStringLiteral("cash"), 100, {}};
        comp = computeCart(r, c);
        QVERIFY(comp->complete());
        QCOMPARE(comp->change, Minor(46));
        QCOMPARE(comp->incentives.size(), 1);
        QCOMPARE(comp->incentives[0].spent, Minor(1000));
        QCOMPARE(comp->incentives[0].earned, Minor(1000));
        QCOMPARE(comp->incentives[0].applied, Minor(1000));
        QCOMPARE(comp->incentives[0].capAfter(), Minor(0));
        // SNAP never pays the bag, whatever it is given.
        Cart bagOnly;
        bagOnly.lines << CartLine{bag, 1000, {}};
        bagOnly.tenders << TenderEntry{QStringLiteral("snap"), 54, {}};
        auto refused = computeCart(r, bagOnly);
        QCOMPARE(refused->problems.size(), 1);
        QCOMPARE(refused->problems[0].kind, TenderProblem::Kind::Ineligible);
        // Stored: the split as planned, the card on the incentive row only.
        auto sale = SaleRepository(db()).commit(c, r);
        QVERIFY2(sale, qPrintable(sale ? QString() : sale.error().detail));
        for (const SaleTenderRecord &t : sale->tenders)
            QCOMPARE(t.reference, t.tender == u"incentive" ? QStringLiteral("1234") : QString());
        auto receipt = incentiveReceipt(db(), r, *sale);
        QVERIFY(receipt);
        QCOMPARE(receipt->size(), 1);
        QCOMPARE(receipt->at(0).snapPaid, Minor(1800));
        QCOMPARE(receipt->at(0).earned, Minor(1000));
        QCOMPARE(receipt->at(0).capLeft, Minor(0));
    }

    // An incentive asks for more than the SNAP on produce earned, or comes without a card.
    void matchNeedsSnapAndCard()
    {
        setRule(2000, IncentiveRule::Period::Day, 500000); // 50 %
        const SaleRules r = rules();
        Cart c;
        c.lines << CartLine{apples, 3000, {}};
        c.tenders << TenderEntry{QStringLiteral("incentive"), 1000, {}}
                  << TenderEntry{QStringLiteral("snap"), 2000, {}};
        auto noCard = computeCart(r, c);
        QCOMPARE(noCard->problems.size(), 1);
        QCOMPARE(noCard->problems[0].kind, TenderProblem::Kind::NeedsCard);
        c.benefitCard = QStringLiteral("1234");
        auto ok = computeCart(r, c);
        QVERIFY2(ok->complete(), qPrintable(ok->problems.value(0).detail));
        c.tenders[0].amount = 1100;
        c.tenders[1].amount = 1900;
        auto over = computeCart(r, c);
        QCOMPARE(over->problems.size(), 1);
        QCOMPARE(over->problems[0].kind, TenderProblem::Kind::OverMatch);
        QCOMPARE(over->problems[0].maxAmount, Minor(950));
        // 50 %: of 30.00 of produce the match pays a third.
        Cart fresh;
        fresh.lines << CartLine{apples, 3000, {}};
        fresh.benefitCard = QStringLiteral("1234");
        const QList<TenderEntry> plan = planProgramSplit(r, fresh);
        QCOMPARE(amountOf(plan, "incentive"), Minor(1000));
        QCOMPARE(amountOf(plan, "snap"), Minor(2000));
    }

    void capPerDay()
    {
        setRule(1000, IncentiveRule::Period::Day);
        auto first = sellApples(1500, QStringLiteral("1234")); // 15.00: match 7.50
        QVERIFY2(first, qPrintable(first ? QString() : first.error().detail));
        QCOMPARE(left(QStringLiteral("1234")), Minor(250));
        auto second = sellApples(2000, QStringLiteral("1234")); // cap: 2.50 more only
        QVERIFY(second);
        QCOMPARE(second->tenders.value(0).tender, QStringLiteral("incentive"));
        QCOMPARE(second->tenders.value(0).amount, Minor(250));
        QCOMPARE(left(QStringLiteral("1234")), Minor(0));
        // More than the cap is refused, whoever asks.
        auto over = sellApples(1000, QStringLiteral("1234"), 100);
        QVERIFY(!over);
        QCOMPARE(over.error().code, Error::Code::Ineligible);
        // Another customer has their own cap; the next day the cap is whole again.
        QCOMPARE(left(QStringLiteral("9876")), Minor(1000));
        clock->advance(24 * 3600 * 1000LL);
        QCOMPARE(left(QStringLiteral("1234")), Minor(1000));
        auto nextDay = sellApples(1000, QStringLiteral("1234"));
        QCOMPARE(nextDay->tenders.value(0).amount, Minor(500));
    }

    // A clock a day off never counts a cap on the wrong day: set back after a match of the
    // card, or off the server's by what the last sync measured, the match waits for the clock
    // to be set (a sale without the card goes on).
    void clockADayOffHoldsTheMatch()
    {
        setRule(1000, IncentiveRule::Period::Day);
        QVERIFY(sellApples(1500, QStringLiteral("1234")));
        QCOMPARE(left(QStringLiteral("1234")), Minor(250));
        const qint64 day = 24 * 3600 * 1000LL;
        clock->advance(-day); // the tablet's clock set back a day
        const qint64 before
            = db().scalar(QStringLiteral("SELECT count(*) FROM sales"))->toLongLong();
        auto again = sellApples(1500, QStringLiteral("1234"));
        QVERIFY(!again);
        QVERIFY2(again.error().detail.contains(u"clock is 1 d behind the last match of card 1234"),
                 qPrintable(again.error().detail));
        QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM sales"))->toLongLong(), before);
        QVERIFY(sellApples(1000, QString())); // no card: no cap to count
        clock->advance(day);
        QVERIFY(sellApples(500, QStringLiteral("1234")));
        // A day behind the server's clock by the last sync's measure: no match for anyone.
        QVERIFY(db().setLocalSetting(QStringLiteral("sync.clock_offset_ms"), QString::number(day)));
        auto other = sellApples(1000, QStringLiteral("5678"));
        QVERIFY(!other);
        QVERIFY2(other.error().detail.contains(u"clock is 1 d behind the server's"),
                 qPrintable(other.error().detail));
    }

    void capPerMonth()
    {
        setRule(1500, IncentiveRule::Period::Month);
        QVERIFY(sellApples(2000, QStringLiteral("DUFB-0042"))); // 10.00 of 15.00
        clock->advance(7 * 24 * 3600 * 1000LL);                 // next Saturday, same month
        QCOMPARE(left(QStringLiteral("DUFB0042")), Minor(500));
        auto later = sellApples(2000, QStringLiteral("dufb0042"));
        QCOMPARE(later->tenders.value(0).amount, Minor(500));
        clock->advance(28 * 24 * 3600 * 1000LL); // July
        QCOMPARE(left(QStringLiteral("DUFB0042")), Minor(1500));
    }

    // The card is never kept whole: a whole card number (13-19 digits passing the Luhn check,
    // however it is grouped) is refused with a sentence that says so, other lengths of digits
    // too; the last 4 digits or a program number are taken.
    void benefitCardNeverWhole()
    {
        QVERIFY(luhnValid(u"4111111111111111"));
        QVERIFY(!luhnValid(u"4111111111111112"));
        QVERIFY(holdsCardNumber(u"paid with 4111 1111 1111 1111 today"));
        QVERIFY(holdsCardNumber(u"ref 2024-06 5077-1234-5678-9012"));
        QVERIFY(holdsCardNumber(QByteArrayView("x6011000990139424")));
        QVERIFY(!holdsCardNumber(u"4111111111111112")); // fails the Luhn check
        QVERIFY(!holdsCardNumber(u"411111111111"));     // 12 digits
        // A pick-up list's cut-off in milliseconds (Dec 2026) passes the Luhn check by chance,
        // one time in ten; a 13-digit Visa number does not look like a time.
        QVERIFY(!holdsCardNumber(u"1796300000009"));
        QVERIFY(holdsCardNumber(u"4222222222222"));
        // A UUID inside text (a statement's id: its market day and the vendor's UUID) is an
        // id: made in a millisecond whose hex has no letter, its first three groups read as 16
        // digits that pass the Luhn check. A card after the same day is still found.
        const QString statementId
            = QStringLiteral("2025-01-05/01942229-1429-7102-8a3b-c4d5e6f7a8b9");
        QVERIFY(luhnValid(u"0194222914297102"));
        QVERIFY(!holdsCardNumber(statementId));
        QVERIFY(cardNumberField({{QStringLiteral("id"), statementId}}).isEmpty());
        QCOMPARE(cardNumberField(
                     {{QStringLiteral("note"), QStringLiteral("2025-01-05/4111 1111 1111 1111")}}),
                 QStringLiteral("note"));
        // Ids, times and product codes are not read for card numbers; other text is.
        const QJsonObject fields{
            {QStringLiteral("id"), QStringLiteral("0190a5d4-1111-7111-8111-111111111111")},
            {QStringLiteral("created_at"), QStringLiteral("1718000000006")},
            {QStringLiteral("sku"), QStringLiteral("4006381333924")},
            {QStringLiteral("lines"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Jam")}},
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("4111111111111111")}}}}};
        QCOMPARE(cardNumberField(fields), u"lines[1].name"_qs);
        for (const char *whole :
             {"5077 1234 5678 9012", "4111-1111-1111-1111", "6011000990139424"}) {
            auto refused = normalizeBenefitCard(QLatin1String(whole));
            QVERIFY(!refused);
            QVERIFY2(refused.error().detail.contains(u"whole card number"),
                     qPrintable(refused.error().detail));
        }
        QVERIFY(!normalizeBenefitCard(QStringLiteral("5077 1234 5678 9010"))); // not 4 digits
        QCOMPARE(*normalizeBenefitCard(QStringLiteral(" 0042 ")), u"0042"_qs);
        QCOMPARE(*normalizeBenefitCard(QStringLiteral("hip-77a")), u"HIP77A"_qs);
        QVERIFY(!normalizeBenefitCard(QStringLiteral("123456")));
        QVERIFY(!normalizeBenefitCard(QString()));
        setRule(1000, IncentiveRule::Period::Day);
        QVERIFY(!sellApples(1000, QStringLiteral("5077-1234-5678-9012")));
        auto sale = sellApples(1000, QStringLiteral("9012"));
        QVERIFY2(sale, qPrintable(sale ? QString() : sale.error().detail));
        QCOMPARE(sale->tenders.value(0).reference, u"9012"_qs);
        auto payload = db().scalar(QStringLiteral("SELECT group_concat(payload) FROM outbox"));
        QVERIFY(!payload->toString().contains(u"5077"));
        // A reference typed on another tender that is a whole card number is refused.
        const SaleRules r = rules();
        Cart c;
        c.lines << CartLine{bread, 1000, {}};
        c.tenders << TenderEntry{QStringLiteral("card"), 800, QStringLiteral("4111111111111111")};
        QVERIFY(!SaleRepository(db()).commit(c, r));
        // Anywhere else in what a device sends (a refund's reason): refused, naming the field.
        QJsonObject data = sale->toJson();
        data.insert(QStringLiteral("reason"), QStringLiteral("card 4111 1111 1111 1111"));
        auto event = outboxPayload(db(), QStringLiteral("sale"), sale->id, sale->hlc, data);
        QVERIFY(!event);
        QVERIFY2(event.error().detail.contains(u"field \"reason\" holds a whole card number"),
                 qPrintable(event.error().detail));
    }

    // A refund of a matched sale: each tender gets back its own share by class; the incentive
    // goes back to the program (its own tender, never cash, even when cash is asked for) and
    // the customer's cap is whole again.
    void refundOfMatchedSale()
    {
        setRule(1000, IncentiveRule::Period::Day);
        const SaleRules r = rules();
        Cart c;
        // The bread first and SNAP before the match, as a cashier may tap them: SNAP still
        // paid the apples (what earns the match), and the refund must find that again.
        c.lines << CartLine{bread, 1000, {}} << CartLine{apples, 2000, {}};
        c.benefitCard = QStringLiteral("1234");
        c.tenders << TenderEntry{QStringLiteral("snap"), 1000, {}}
                  << TenderEntry{QStringLiteral("incentive"), 1000, {}}
                  << TenderEntry{QStringLiteral("cash"), 800, {}};
        auto sale = SaleRepository(db()).commit(c, r);
        QVERIFY2(sale, qPrintable(sale ? QString() : sale.error().detail));
        QCOMPARE(left(QStringLiteral("1234")), Minor(0));
        // The apples went back: half to the program, half to the EBT card; the bread's cash
        // stays.
        auto asCash = SaleRepository(db()).refund(sale->id,
                                                  {RefundItem{sale->lines[1].id, {}, 0}},
                                                  QStringLiteral("bruised"),
                                                  QStringLiteral("cash"));
        QVERIFY(!asCash); // asked for in cash: refused, the match goes back to the program
        QCOMPARE(asCash.error().code, Error::Code::Ineligible);
        QVERIFY2(asCash.error().detail.contains(QLatin1String("nothing of this refund can go "
                                                              "back as Cash")),
                 qPrintable(asCash.error().detail));
        auto refund = SaleRepository(db()).refund(
            sale->id, {RefundItem{sale->lines[1].id, {}, 0}}, QStringLiteral("bruised"));
        QVERIFY2(refund, qPrintable(refund ? QString() : refund.error().detail));
        QHash<QString, Minor> back;
        for (const SaleTenderRecord &t : refund->tenders)
            back[t.tender] += t.amount;
        QCOMPARE(back.value(QStringLiteral("incentive")), Minor(-1000));
        QCOMPARE(back.value(QStringLiteral("snap")), Minor(-1000));
        QVERIFY(!back.contains(QStringLiteral("cash")));
        QCOMPARE(left(QStringLiteral("1234")), Minor(1000));
        // The bread: its cash goes back in cash.
        auto rest = SaleRepository(db()).refund(sale->id, {}, QStringLiteral("stale"));
        QVERIFY(rest);
        QCOMPARE(rest->tenders.size(), 1);
        QCOMPARE(rest->tenders[0].tender, QStringLiteral("cash"));
        QCOMPARE(rest->tenders[0].amount, Minor(-800));
    }

    // The match the stall applied is owed back by its program from the first matched sale, with
    // no tender setting to make first: it is on the turn-in slip, net of what a refund gave back.
    void matchIsOnTheSlipOutOfTheBox()
    {
        setRule(1000, IncentiveRule::Period::Day);
        QCOMPARE(rules().tender(QStringLiteral("incentive"))->program,
                 QStringLiteral("Produce match"));
        auto first = sellApples(2000, QStringLiteral("4321")); // 10.00 matched, 10.00 SNAP
        QVERIFY2(first, qPrintable(first ? QString() : first.error().detail));
        auto second = sellApples(1000, QStringLiteral("5555")); // 5.00 matched, 5.00 SNAP
        QVERIFY2(second, qPrintable(second ? QString() : second.error().detail));
        Minor matched = 0;
        for (const SaleTenderRecord &t : second->tenders)
            if (t.tender == u"incentive")
                matched += t.amount;
        QCOMPARE(matched, Minor(500));
        QVERIFY(SaleRepository(db()).refund(second->id, {}, QStringLiteral("bruised")));
        const auto day = MarketDayRepository(db()).current();
        QVERIFY(day && day->has_value());
        auto slip = buildTurnInSlip(db(), (*day)->id, (*day)->businessDate);
        QVERIFY2(slip, qPrintable(slip ? QString() : slip.error().detail));
        QVERIFY2(slip->programs().contains(QStringLiteral("Produce match")),
                 qPrintable(slip->programs().join(QLatin1Char(','))));
        QCOMPARE(slip->programTotal(QStringLiteral("Produce match")), Minor(1000));
    }

    // Classes as data: the vendor's own class, defaults per category, a tender that pays only
    // for it; and the catalog file round trip.
    void classesAreData()
    {
        EligibilityRepository classes(db());
        auto own = classes.saveClass({QString(), QStringLiteral("Bakery tokens")});
        QVERIFY(own);
        QCOMPARE(own->code, u"bakery_tokens"_qs);
        QVERIFY(classes.setCategoryDefault({QStringLiteral("Bread"), {own->code}, {}}));
        Product p;
        p.sku = QStringLiteral("RYE");
        p.name = QStringLiteral("Rye");
        p.category = QStringLiteral("bread");
        p.price = 700;
        QVERIFY(classes.applyCategoryDefault(p));
        QCOMPARE(p.classes, QStringList{own->code});
        QVERIFY(ProductRepository(db()).save(p));
        p.classes << QStringLiteral("nosuch");
        QVERIFY(!ProductRepository(db()).save(p)); // an unknown class is refused
        Product fee = bag;
        fee.classes = {QStringLiteral("snap")};
        QVERIFY(!ProductRepository(db()).save(fee)); // a fee is never SNAP food
        QVERIFY(!classes.setCategoryDefault(
            {QStringLiteral("Fees"), {QStringLiteral("snap")}, ProductKind::NonFood}));
        QVERIFY(!classes.removeClass(QStringLiteral("snap"))); // built in
        QByteArray csv;
        QBuffer out(&csv);
        out.open(QIODevice::WriteOnly);
        QVERIFY(exportCatalogCsv(db(), &out, false));
        QVERIFY(csv.contains("BAG,BAG,,each,0.50,general,0,0,0,1,,,nonfood"));
        QVERIFY(csv.contains(",fmnp fv snap token,goods,"));
        test::TempDb other;
        QVERIFY(EligibilityRepository(other.db()).saveClass({own->code, own->name}));
        auto imported = importCatalogCsv(other.db(), csv, false);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().detail));
        QCOMPARE(ProductRepository(other.db()).bySku(QStringLiteral("APPLES"))->classes,
                 apples.classes);
        QCOMPARE(ProductRepository(other.db()).bySku(QStringLiteral("BAG"))->kind,
                 ProductKind::NonFood);
        QCOMPARE(ProductRepository(other.db()).bySku(QStringLiteral("RYE"))->classes,
                 QStringList{own->code});
    }

    // A file from before the classes: the three flags become classes, tenders name their
    // class, and product events of older devices (flags only) still merge.
    // A market whose fee was set before the vendor's first day there is one to pick when
    // opening the day, beside the markets days were already opened at.
    void marketWithAFeeIsOfferedBeforeItsFirstDay()
    {
        MarketFee fee;
        fee.market = QStringLiteral("Riverside Tuesday");
        fee.sharePpm = 60000;
        QVERIFY(MarketFees(db()).save(fee));
        QCOMPARE(
            MarketDayRepository(db()).marketNames().value_or(QStringList()),
            QStringList({QStringLiteral("Riverside Tuesday"), QStringLiteral("Saturday Market")}));
    }

    void migratesOldFlags()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QStringList script;
        for (const Migration &m : migrations())
            if (m.version < migrationPrograms().version)
                script << m.statements;
        script << QStringLiteral("PRAGMA user_version = %1").arg(migrationPrograms().version - 1);
        script << QStringLiteral(
            "INSERT INTO products (id, sku, name, unit, price, snap_eligible, token_eligible, "
            "fmnp_eligible) VALUES ('0190a0a0-0000-7000-8000-000000000001', 'TOM', 'Tomatoes', "
            "'lb', 450, 1, 1, 1), ('0190a0a0-0000-7000-8000-000000000002', 'SOAP', 'Soap', "
            "'each', 600, 0, 0, 0), ('0190a0a0-0000-7000-8000-000000000003', 'PIE', 'Pie', "
            "'each', 1500, 1, 0, 0)");
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        const QByteArray sql = (script.join(QStringLiteral(";\n")) + u';').toUtf8();
        QCOMPARE(sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);

        auto opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
        Database &old = **opened;
        QCOMPARE(old.scalar(QStringLiteral("PRAGMA user_version"))->toInt(),
                 Database::kSchemaVersion);
        ProductRepository repo(old);
        QCOMPARE(repo.bySku(QStringLiteral("TOM"))->classes, test::sl({"fmnp", "snap", "token"}));
        QCOMPARE(repo.bySku(QStringLiteral("SOAP"))->classes, QStringList());
        QCOMPARE(repo.bySku(QStringLiteral("PIE"))->classes, test::sl({"snap"}));
        const SaleRules r = *SaleRules::load(old);
        QCOMPARE(r.tender(QStringLiteral("snap"))->eligibility, u"snap"_qs);
        QCOMPARE(r.tender(QStringLiteral("fmnp"))->eligibility, u"fmnp"_qs);
        QCOMPARE(r.tender(QStringLiteral("incentive"))->eligibility, u"fv"_qs);
        QVERIFY(!r.tender(QStringLiteral("incentive"))->enabled);

        // An older device's event: flags only, naming one of them as changed.
        QJsonObject event = repo.bySku(QStringLiteral("PIE"))->toJson();
        event.remove(QStringLiteral("classes"));
        event.remove(QStringLiteral("kind"));
        event.insert(QStringLiteral("fmnp_eligible"), true);
        event.insert(QStringLiteral("changed"), QJsonArray{QStringLiteral("fmnp_eligible")});
        QVERIFY(old.exec(QStringLiteral("BEGIN")));
        QVERIFY(repo.applyEvent(event, Database::hlc().now()));
        QVERIFY(old.exec(QStringLiteral("COMMIT")));
        QCOMPARE(repo.bySku(QStringLiteral("PIE"))->classes, test::sl({"fmnp", "snap"}));
        // And what this version writes still carries the flags older devices read.
        const QJsonObject now = repo.bySku(QStringLiteral("PIE"))->toJson();
        QCOMPARE(now.value(QLatin1String("fmnp_eligible")).toBool(), true);
        QCOMPARE(now.value(QLatin1String("token_eligible")).toBool(), false);
        QCOMPARE(old.scalar(QStringLiteral("SELECT fmnp_eligible FROM products WHERE sku = "
                                           "'PIE'"))
                     ->toInt(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestPrograms)
#include "tst_programs.moc"
