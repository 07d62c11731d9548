#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleEvent.h"
#include "core/SaleRepository.h"
#include "core/sync/EventValidator.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncProtocol.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sk;
using test::cart;
using test::cartLine;
using test::pay;

namespace {
qint64 count(Database &db, const char *table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table))->toLongLong();
}
} // namespace

class TestSaleRepository : public test::DemoSaleSuite
{
    Q_OBJECT

    // Jam paid with SNAP and cider partly with cash, committed as `sale`, then the jam
    // refunded as `refund`; false when either was refused.
    bool refundJamOfSplitSale(SaleRepository &sales, SaleRecord &sale, SaleRecord &refund)
    {
        auto s = sales.commit(cart({cartLine(jam, 1000), cartLine(cider, 1000)},
                                   {pay("snap", 850), pay("cash", 500)}),
                              rules);
        if (!s)
            return false;
        auto r = sales.refund(s->id, {{{}, QStringLiteral("JAM-STR"), 1000}}, {});
        if (!r)
            return false;
        sale = *s;
        refund = *r;
        return true;
    }

private slots:
    void init() { QVERIFY(startDemo()); }

    void needsOpenMarketDay()
    {
        SaleRepository sales(t->db());
        Cart c = cart({cartLine(jam, 1000)}, {pay("cash", 850)});
        auto r = sales.commit(c, rules);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::NoMarketDay);
        QCOMPARE(count(t->db(), "sales"), 0);
        QCOMPARE(*t->db().scalar(QStringLiteral("SELECT receipt_counter FROM device")),
                 QVariant(0));
    }

    void commitWritesEverythingOnce()
    {
        MarketDayRepository days(t->db());
        QVERIFY(days.open(QStringLiteral("Saturday"), 10000));
        const qint64 outboxBefore = count(t->db(), "outbox");
        SaleRepository sales(t->db());
        Cart c = cart({cartLine(jam, 2000), cartLine(tomatoes, 375), cartLine(cider, 1000)},
                      {pay("snap", 1869), pay("cash", 500)});
        auto r = sales.commit(c, rules);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
        QCOMPARE(r->total, 1869 + 432);
        QCOMPARE(r->changeDue, 68);
        QVERIFY(r->receiptNo.endsWith(QLatin1String("-000001")));
        QCOMPARE(count(t->db(), "sales"), 1);
        QCOMPARE(count(t->db(), "sale_lines"), 3);
        QCOMPARE(count(t->db(), "sale_tenders"), 2);
        QCOMPARE(
            t->db()
                .scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE sale_id = ?"),
                        {r->id})
                ->toInt(),
            3);
        QCOMPARE(count(t->db(), "outbox"), outboxBefore + 1);
        auto loaded = sales.load(r->id);
        QVERIFY(loaded);
        QCOMPARE(loaded->toJson(), r->toJson());
        auto byReceipt = sales.load(r->receiptNo);
        QCOMPARE(byReceipt->id, r->id);
        // The JSON form (the sync payload) reads back to the same record.
        auto fromJson = SaleRecord::fromJson(r->toJson());
        QVERIFY(fromJson);
        QCOMPARE(fromJson->toJson(), r->toJson());
    }

    void snapshotSurvivesPriceEdit()
    {
        QVERIFY(openSaturday());
        SaleRepository sales(t->db());
        Cart c = cart({cartLine(jam, 1000)}, {pay("card", 850)});
        auto r = sales.commit(c, rules);
        QVERIFY(r);
        Product edited = jam;
        edited.price = 999;
        edited.name = QStringLiteral("Renamed jam");
        QVERIFY(ProductRepository(t->db()).save(edited));
        auto loaded = sales.load(r->id);
        QCOMPARE(loaded->lines[0].unitPrice, 850);
        QCOMPARE(loaded->lines[0].name, QStringLiteral("Strawberry jam"));
    }

    void ineligibleTenderRefusedNothingStored()
    {
        QVERIFY(openSaturday());
        SaleRepository sales(t->db());
        Cart c = cart({cartLine(cider, 1000)}, {pay("snap", 432)});
        auto r = sales.commit(c, rules);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Ineligible);
        c.tenders = {pay("card", 100)};
        r = sales.commit(c, rules);
        QVERIFY(!r);
        QVERIFY(r.error().detail.contains(QLatin1String("3.32 is still due")));
        QCOMPARE(count(t->db(), "sales"), 0);
    }

    void recordsAreImmutable()
    {
        QVERIFY(openSaturday());
        SaleRepository sales(t->db());
        Cart c = cart({cartLine(jam, 1000)}, {pay("cash", 1000)});
        QVERIFY(sales.commit(c, rules));
        for (const char *sql : {"UPDATE sales SET total = 0",
                                "DELETE FROM sales",
                                "UPDATE sale_lines SET qty = 0",
                                "DELETE FROM sale_tenders",
                                "UPDATE stock_movements SET qty = 0",
                                "DELETE FROM stock_movements"}) {
            auto r = t->db().exec(QLatin1String(sql));
            QVERIFY2(!r, sql);
            QVERIFY(r.error().detail.contains(QLatin1String("immutable")));
        }
    }

    void voidReversesExactly()
    {
        QVERIFY(openSaturday());
        SaleRepository sales(t->db());
        Cart c = cart({cartLine(jam, 1000), cartLine(cider, 2000)},
                      {pay("snap", 850), pay("cash", 2000)});
        auto s = sales.commit(c, rules);
        QVERIFY(s);
        auto v = sales.voidSale(s->id, QStringLiteral("rang twice"));
        QVERIFY2(v, qPrintable(v ? QString() : v.error().detail));
        QCOMPARE(v->kind, QStringLiteral("void"));
        QCOMPARE(v->refSaleId, s->id);
        QCOMPARE(v->total, -s->total);
        QCOMPARE(v->tax, -s->tax);
        QCOMPARE(v->tenders.size(), 2);
        QCOMPARE(v->tenders[0].tender, QStringLiteral("snap"));
        QCOMPARE(v->tenders[0].amount, -850);
        QCOMPARE(v->tenders[1].amount, -(s->total - 850));
        QCOMPARE(v->movements.size(), 2);
        QCOMPARE(v->movements[1].qty, 2000);
        auto again = sales.voidSale(s->id, {});
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QVERIFY(!sales.refund(s->id, {}, {}));
        QVERIFY(!sales.voidSale(v->id, {})); // a void is not a sale
        // Net effect of sale + void is zero everywhere.
        QCOMPARE(t->db().scalar(QStringLiteral("SELECT sum(total) FROM sales"))->toLongLong(), 0);
        QCOMPARE(
            t->db().scalar(QStringLiteral("SELECT sum(amount) FROM sale_tenders"))->toLongLong(),
            0);
    }

    void partialRefundsAddUpToTheSale()
    {
        QVERIFY(openSaturday());
        SaleRepository sales(t->db());
        Cart c;
        // 3 ciders with a 10 % cart discount: line amounts that do not divide evenly.
        c.lines = {cartLine(cider, 3000), cartLine(tomatoes, 1333)};
        c.discount = Discount::percent(100000);
        c.tenders = {pay("card", 0)};
        auto comp = computeCart(rules, Cart{c.lines, c.discount, {}});
        c.tenders[0].amount = comp->total;
        auto s = sales.commit(c, rules);
        QVERIFY(s);
        auto r1
            = sales.refund(s->id, {{{}, QStringLiteral("CID-HOT"), 1000}}, QStringLiteral("cold"));
        QVERIFY2(r1, qPrintable(r1 ? QString() : r1.error().detail));
        QCOMPARE(r1->lines.size(), 1);
        QCOMPARE(r1->lines[0].qty, -1000);
        auto over = sales.refund(s->id, {{{}, QStringLiteral("CID-HOT"), 3000}}, {});
        QVERIFY(!over);
        auto r2 = sales.refund(s->id, {{{}, QStringLiteral("CID-HOT"), 1000}}, {});
        auto r3 = sales.refund(s->id, {}, {}); // the rest: 1 cider and the tomatoes
        QVERIFY(r2 && r3);
        QCOMPARE(r1->total + r2->total + r3->total, -s->total);
        QCOMPARE(r1->tax + r2->tax + r3->tax, -s->tax);
        auto left = sales.refundable(s->id);
        for (Milli q : *left)
            QCOMPARE(q, 0);
        QVERIFY(!sales.refund(s->id, {}, {}));
        QVERIFY(!sales.voidSale(s->id, {}));
    }

    void refundToChosenTender()
    {
        QVERIFY(openSaturday());
        SaleRepository sales(t->db());
        Cart c = cart({cartLine(jam, 1000)}, {pay("card", 850)});
        auto s = sales.commit(c, rules);
        auto r = sales.refund(s->id, {}, QStringLiteral("dented lid"), QStringLiteral("cash"));
        QVERIFY(r);
        QCOMPARE(r->tenders.size(), 1);
        QCOMPARE(r->tenders[0].tender, QStringLiteral("cash"));
        QCOMPARE(r->tenders[0].amount, -850);
        QCOMPARE(r->reason, QStringLiteral("dented lid"));
    }

    // The key of a sale a script may retry: the same key gives back the same sale, written
    // once; the same key for another cart is refused; the key is stored with the sale.
    void clientRefRingsOnce()
    {
        QVERIFY(openSaturday());
        SaleRepository sales(t->db());
        Cart c = cart({cartLine(jam, 1000)}, {pay("cash", 1000)});
        bool replayed = true;
        const qint64 outbox = count(t->db(), "outbox");
        auto first = sales.commit(c, rules, QStringLiteral("order-1"), &replayed);
        QVERIFY(first);
        QVERIFY(!replayed);
        auto again = sales.commit(c, rules, QStringLiteral("order-1"), &replayed);
        QVERIFY(again);
        QVERIFY(replayed);
        QCOMPARE(again->id, first->id);
        QCOMPARE(again->receiptNo, first->receiptNo);
        QCOMPARE(count(t->db(), "sales"), 1);
        QCOMPARE(count(t->db(), "outbox"), outbox + 1);
        c.lines = {cartLine(jam, 2000)};
        c.tenders = {pay("cash", 2000)};
        auto other = sales.commit(c, rules, QStringLiteral("order-1"), &replayed);
        QVERIFY(!other);
        QCOMPARE(other.error().code, Error::Code::Conflict);
        QVERIFY(!sales.commit(c, rules, QString(101, u'x'), nullptr));
        QVERIFY(sales.commit(c, rules, QStringLiteral("order-2"), nullptr));
        QCOMPARE(count(t->db(), "sales"), 2);
        QCOMPARE(count(t->db(), "sale_client_refs"), 2);
        // A sale that is refused stores no key: the corrected retry goes through.
        c.tenders = {pay("cash", 5)};
        QVERIFY(!sales.commit(c, rules, QStringLiteral("order-3"), nullptr));
        QCOMPARE(count(t->db(), "sale_client_refs"), 2);
    }

    // Each refund row names the sale's tender row its money comes from, in storage and in the
    // sync event; a sale's own event carries no such field.
    void refundRowsNameTheirOrigin()
    {
        QVERIFY(openSaturday());
        SaleRepository sales(t->db());
        SaleRecord s, r;
        QVERIFY(refundJamOfSplitSale(sales, s, r));
        QCOMPARE(r.tenders.size(), 1);
        QCOMPARE(r.tenders[0].tender, QStringLiteral("snap"));
        QCOMPARE(r.tenders[0].amount, -850);
        QCOMPARE(r.tenders[0].refTenderId, s.tenders[0].id);
        QCOMPARE(sales.load(r.id)->tenders[0].refTenderId, s.tenders[0].id);
        QCOMPARE(SaleRecord::fromJson(r.toJson())->tenders[0].refTenderId, s.tenders[0].id);
        QVERIFY(!s.toJson()
                     .value(QLatin1String("tenders"))
                     .toArray()
                     .first()
                     .toObject()
                     .contains(QLatin1String("ref_tender_id")));
        QCOMPARE(sales.reversals(s.id)->size(), 1);
        // The SNAP card takes back only what it paid: cash for the cider is refused there.
        auto wrong = sales.refund(s.id, {}, {}, QStringLiteral("snap"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, Error::Code::Ineligible);
        auto rest = sales.refund(s.id, {}, {});
        QVERIFY(rest);
        QCOMPARE(rest->tenders.size(), 1);
        QCOMPARE(rest->tenders[0].tender, QStringLiteral("cash"));
        QCOMPARE(rest->total + r.total, -s.total);

        // The same records as another device would send them pass the refund rule's check;
        // the SNAP refund turned into cash does not.
        QVERIFY(sales.checkReversal(r));
        QVERIFY(sales.checkReversal(*rest));
        SaleRecord cash = r;
        cash.tenders[0].tender = QStringLiteral("cash");
        auto e = sales.checkReversal(cash);
        QVERIFY(!e);
        QCOMPARE(e.error().code, Error::Code::InvalidInput);
        SaleRecord orphan = r;
        orphan.refSaleId = QStringLiteral("no-such-sale");
        QCOMPARE(sales.checkReversal(orphan).error().code, Error::Code::NotFound);
    }

    // A refund that arrives by sync passes the same refund rule as one made at this till: one
    // that pays the SNAP part back in cash is set aside with its reason and never stored, while
    // the true refund from the same device is applied.
    void refundArrivingBySyncFollowsTheRule()
    {
        QVERIFY(openSaturday());
        SaleRepository sales(t->db());
        SaleRecord s, r;
        QVERIFY(refundJamOfSplitSale(sales, s, r));
        QCOMPARE(r.tenders[0].tender, QStringLiteral("snap"));

        QList<QJsonObject> envelopes;
        auto q = t->db().exec(
            QStringLiteral("SELECT payload FROM outbox WHERE event_type = 'sale' ORDER BY seq"));
        QVERIFY(q);
        while (q->next())
            envelopes << QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
        QCOMPARE(envelopes.size(), 2);
        QJsonObject tampered = envelopes[1];
        QJsonObject data = tampered.value(QLatin1String("data")).toObject();
        QJsonArray tenders = data.value(QLatin1String("tenders")).toArray();
        QJsonObject first = tenders[0].toObject();
        first.insert(QStringLiteral("tender"), QStringLiteral("cash"));
        tenders[0] = first;
        data.insert(QStringLiteral("tenders"), tenders);
        // Another record (a sale's event and its movements carry the sale's own id).
        const QString forgedId = newUuid7();
        const QByteArray forged = QJsonDocument(data)
                                      .toJson(QJsonDocument::Compact)
                                      .replace(r.id.toUtf8(), forgedId.toUtf8());
        tampered.insert(QStringLiteral("data"), QJsonDocument::fromJson(forged).object());
        tampered.insert(QStringLiteral("id"), forgedId);

        const auto event = [](const QJsonObject &env, qint64 seq) {
            auto e = sync::parseEnvelope(env);
            if (!e)
                qFatal("bad envelope: %s", qPrintable(e.error().detail));
            e->seq = seq;
            return *e;
        };
        test::TempDb other;
        QVERIFY(seedDemoCatalog(other.db()));
        sync::SyncEngine engine(other.db());
        QVERIFY(engine.applyPage({event(envelopes[0], 1), event(tampered, 2)}, 2));
        QCOMPARE(count(other.db(), "sales"), 1);
        auto aside = engine.setAsideEvents();
        QVERIFY(aside);
        QCOMPARE(aside->size(), 1);
        QCOMPARE(aside->first().id, tampered.value(QLatin1String("id")).toString());
        QVERIFY2(aside->first().reason.contains(QLatin1String("SNAP")),
                 qPrintable(aside->first().reason));

        QVERIFY(engine.applyPage({event(envelopes[1], 3)}, 3));
        QCOMPARE(count(other.db(), "sales"), 2);
        QCOMPARE(SaleRepository(other.db()).load(r.id)->tenders[0].tender, QStringLiteral("snap"));
    }

    // The sale's event as a commit queues it (saleEventJson, core/SaleEvent.h): the bytes Qt's
    // JSON writes for the same envelope, for a sale, a refund and a void and for records with
    // awkward text; and the checks asked of the record (saleEventPasses) say what
    // sync::validateEvent says of that event, so a record it would refuse still takes the
    // general way and is refused in its words.
    void theSaleEventIsTheOneQtWrites()
    {
        MarketDayRepository days(t->db());
        QVERIFY(days.open(QStringLiteral("Saturday \"Early\" \\ caf\u00e9 \U0001F351"), 0));
        SaleRepository sales(t->db());
        const QString device = t->db().deviceId();
        const auto qtBytes = [&](const SaleRecord &r) {
            return sync::Event{r.id, QStringLiteral("sale"), device, r.hlc, r.toJson(), 0, {}}
                .canonical();
        };
        const auto queued = [&](const QString &id) {
            return t->db()
                .scalar(QStringLiteral("SELECT payload FROM outbox WHERE event_id = ?"), {id})
                ->toString()
                .toUtf8();
        };
        Cart c;
        c.lines = {cartLine(jam, 2000), cartLine(tomatoes, 375), cartLine(cider, 1000)};
        c.tenders = {{QStringLiteral("snap"), 1869, QStringLiteral("EBT \"4242\" \u00e9")},
                     {QStringLiteral("cash"), 500, {}}};
        auto sale = sales.commit(c, rules);
        QVERIFY2(sale, qPrintable(sale ? QString() : sale.error().detail));
        auto refund = sales.refund(sale->id,
                                   {{{}, QStringLiteral("JAM-STR"), 1000}},
                                   QStringLiteral("bruised \"a bit\"\tno \\ box"));
        QVERIFY2(refund, qPrintable(refund ? QString() : refund.error().detail));
        c.tenders = {pay("cash", 5000)};
        auto other = sales.commit(c, rules);
        QVERIFY(other);
        auto voided = sales.voidSale(other->id, QStringLiteral("rang up twice \u20ac"));
        QVERIFY(voided);
        for (const SaleRecord &r : {*sale, *refund, *other, *voided}) {
            QCOMPARE(saleEventJson(r, device), qtBytes(r));
            QCOMPARE(queued(r.id), qtBytes(r));
        }

        // Records no till makes, with every kind of awkward text and figure.
        const qint64 now = Clock::nowMs();
        QList<SaleRecord> odd;
        const auto variant = [&](auto change) {
            SaleRecord r = *refund;
            change(r);
            odd << r;
        };
        variant([](SaleRecord &r) {
            r.lines[0].name = QStringLiteral("Peach \U0001F351 \\ \"ripe\" </b> \u00bd lb \u07ff");
            r.lines[0].sku = QStringLiteral("\u00c9PI \"7\"");
            r.lines[0].manualWeight = true;
            r.marketName = QStringLiteral("Fruit & Veg / \u679c\u7269");
        });
        variant([](SaleRecord &r) { r.lines[0].name = QStringLiteral("tab\there\r\nline"); });
        variant([](SaleRecord &r) { r.lines[0].name = QStringLiteral("bell \x07 rings"); });
        variant([](SaleRecord &r) {
            r.lines[0].name = QString(QChar(u'\0')) + QStringLiteral("after NUL");
        });
        variant([](SaleRecord &r) { r.reason = QString(QChar(char16_t(0xd83c))); });
        variant([](SaleRecord &r) {
            r.reason = QString(QChar(char16_t(0xdf51))) + QChar(char16_t(0xd83c));
        });
        variant(
            [](SaleRecord &r) { r.tenders[0].reference = QStringLiteral("4111 1111 1111 1111"); });
        variant(
            [](SaleRecord &r) { r.tenders[0].reference = QStringLiteral("4111-1111-1111-1112"); });
        variant([](SaleRecord &r) { r.lines[0].sku = QStringLiteral("4111111111111111"); });
        variant([](SaleRecord &r) { r.lines[0].gross = 4222222222222; });
        variant([](SaleRecord &r) { r.lines[0].qty = -4222222222222; });
        variant([](SaleRecord &r) { r.tenders[0].refTenderId.clear(); });
        variant([](SaleRecord &r) { r.total += 1; });
        variant([](SaleRecord &r) { r.hlc += qint64(3600000) << 16; });
        variant([](SaleRecord &r) { r.currency = QStringLiteral("usd"); });
        variant([](SaleRecord &r) { r.lines[0].id.clear(); });
        variant([](SaleRecord &r) { r.kind = QStringLiteral("gift"); });
        variant([](SaleRecord &r) { r.movements[0].context = QStringLiteral("\x1b[2J"); });
        int passed = 0, refused = 0;
        for (const SaleRecord &r : std::as_const(odd)) {
            QCOMPARE(saleEventJson(r, device), qtBytes(r));
            const sync::Event e{r.id, QStringLiteral("sale"), device, r.hlc, r.toJson(), 0, {}};
            const bool valid = bool(sync::validateEvent(e, now));
            QCOMPARE(saleEventPasses(r, device, now), valid);
            ++(valid ? passed : refused);
        }
        QCOMPARE(passed, 4);
        QCOMPARE(refused, odd.size() - 4);
    }

    void receiptNumbersAreSequential()
    {
        QVERIFY(openSaturday());
        SaleRepository sales(t->db());
        Cart c = cart({cartLine(jam, 1000)}, {pay("cash", 850)});
        QStringList receipts;
        for (int i = 0; i < 5; ++i)
            receipts << sales.commit(c, rules)->receiptNo;
        for (int i = 0; i < 5; ++i)
            QVERIFY(
                receipts[i].endsWith(QStringLiteral("-%1").arg(i + 1, 6, 10, QLatin1Char('0'))));
    }
};

QTEST_GUILESS_MAIN(TestSaleRepository)
#include "tst_salerepository.moc"
