#include "core/Catalog.h"
#include "core/Csv.h"
#include "core/DemoData.h"
#include "core/SaleEngine.h"
#include "core/SaleRepository.h"
#include "core/sync/EventValidator.h"
#include "core/sync/SaleEventReader.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QtTest>

#include <random>

using namespace sk;

namespace {
const char *const kAlphabet[] = {",",
                                 "\"",
                                 "\n",
                                 "\r\n",
                                 "=",
                                 "+",
                                 "-",
                                 "@",
                                 "\t",
                                 "'",
                                 ";",
                                 "1",
                                 "0",
                                 ".",
                                 "9",
                                 "a",
                                 "é",
                                 "🍓",
                                 "\xff",
                                 "\xc3",
                                 " ",
                                 "%",
                                 "DROP TABLE products;--",
                                 "each",
                                 "lb",
                                 "exempt",
                                 "yes"};

// The general path of the server's checks: Qt's JSON tree, the envelope, the record.
bool readThroughQt(const QByteArray &sent, sync::Event &event, sync::ParsedData &parsed)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(sent, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    auto e = sync::parseEnvelope(doc.object(), sent);
    if (!e || !sync::validateEvent(*e, Clock::nowMs(), &parsed))
        return false;
    event = *e;
    return true;
}

// Both readers agree: the quick one accepts only what the general one accepts, and then reads
// the same event and the same rows the server stores. Returns whether the quick one accepted.
bool readsAlike(const QByteArray &sent)
{
    sync::Event quick, general;
    sync::SaleRows rows;
    sync::ParsedData generalParsed;
    if (!sync::readSaleEvent(sent, quick, rows, Clock::nowMs()))
        return false;
    const bool accepted = readThroughQt(sent, general, generalParsed);
    const auto same = [](QByteArrayView v, const QString &s) {
        return QString::fromUtf8(v) == s;
    };
    bool alike = accepted && generalParsed.sale && quick.id == general.id
                 && quick.type == general.type && quick.deviceId == general.deviceId
                 && quick.hlc == general.hlc && quick.canonical() == general.canonical();
    if (alike) {
        const SaleRecord &s = *generalParsed.sale;
        alike = same(rows.id, s.id) && same(rows.deviceId, s.deviceId)
                && same(rows.receiptNo, s.receiptNo) && same(rows.kind, s.kind)
                && same(rows.refSaleId, s.refSaleId) && same(rows.marketName, s.marketName)
                && same(rows.currency, s.currency) && rows.createdAt == s.createdAt
                && rows.hlc == s.hlc && rows.subtotal == s.subtotal && rows.discount == s.discount
                && rows.tax == s.tax && rows.total == s.total
                && rows.movements.size() == s.movements.size();
        for (qsizetype i = 0; alike && i < rows.movements.size(); ++i) {
            const auto &q = rows.movements[i];
            const StockMovement &g = s.movements[i];
            alike = same(q.id, g.id) && same(q.productId, g.productId)
                    && same(q.kind, stockKindCode(g.kind)) && same(q.deviceId, g.deviceId)
                    && q.qty == g.qty && q.hlc == g.hlc;
        }
    }
    if (!alike)
        qFatal("the quick reader accepted what the general one %s:\n%s",
               accepted ? "reads differently" : "refuses",
               sent.constData());
    return true;
}

QByteArray randomBytes(std::mt19937_64 &rng, int maxTokens)
{
    QByteArray out;
    const int n = int(rng() % unsigned(maxTokens));
    for (int i = 0; i < n; ++i)
        out += kAlphabet[rng() % std::size(kAlphabet)];
    return out;
}
} // namespace

class TestFuzz : public QObject
{
    Q_OBJECT
    int iterations() const
    {
        const int env = qEnvironmentVariableIntValue("STALLKEEPER_FUZZ_ITERATIONS");
        return env > 0 ? env : 3000;
    }

private slots:
    void csvParserNeverCrashes()
    {
        std::mt19937_64 rng(1);
        for (int i = 0; i < iterations(); ++i) {
            const QByteArray data = randomBytes(rng, 60);
            auto rows = CsvReader::parse(data);
            if (rows)
                for (const auto &r : *rows)
                    QVERIFY(r.line >= 1);
            else
                QVERIFY(rows.error().detail.startsWith(QLatin1String("line ")));
        }
    }

    void csvWriterRoundTrips()
    {
        std::mt19937_64 rng(2);
        for (int i = 0; i < iterations(); ++i) {
            QStringList fields;
            const int n = 1 + int(rng() % 5);
            for (int k = 0; k < n; ++k)
                fields << QString::fromUtf8(randomBytes(rng, 8));
            QByteArray buf;
            {
                QBuffer b(&buf);
                b.open(QIODevice::WriteOnly);
                CsvWriter w(&b);
                for (const QString &f : fields)
                    w.text(f);
                QVERIFY(w.endRow());
            }
            auto rows = CsvReader::parse(buf);
            QVERIFY(rows);
            QCOMPARE(rows->size(), 1);
            QStringList back;
            for (const QString &f : rows->first().fields) {
                // A written cell never starts with a formula trigger.
                if (!f.isEmpty())
                    QVERIFY(!QStringLiteral("=+-@\t\r").contains(f.front()));
                back << CsvReader::unneutralise(f);
            }
            QCOMPARE(back, fields);
        }
    }

    void catalogImportIsAllOrNothing()
    {
        std::mt19937_64 rng(3);
        test::TempDb t;
        const int rounds = iterations() / 10;
        for (int i = 0; i < rounds; ++i) {
            QByteArray data = "sku,name,unit,price,tax_category,snap_eligible\n";
            for (int r = 0; r < 3; ++r)
                data += "S" + QByteArray::number(qulonglong(rng() % 50)) + "," + randomBytes(rng, 4)
                        + "," + randomBytes(rng, 2) + "," + randomBytes(rng, 3) + ","
                        + randomBytes(rng, 2) + "," + randomBytes(rng, 2) + "\n";
            const qint64 before
                = t->scalar(QStringLiteral("SELECT count(*) FROM outbox"))->toLongLong();
            auto res = importCatalogCsv(t.db(), data, false);
            const qint64 after
                = t->scalar(QStringLiteral("SELECT count(*) FROM outbox"))->toLongLong();
            if (!res)
                QCOMPARE(after, before);
            else
                QCOMPARE(after - before, qint64(res->imported));
        }
        QVERIFY(t->integrityCheck()->isEmpty());
    }

    void numberParsersNeverCrash()
    {
        std::mt19937_64 rng(4);
        const QList<QLocale> locales = {QLocale::c(),
                                        QLocale(QStringLiteral("en_US")),
                                        QLocale(QStringLiteral("de_DE")),
                                        QLocale(QStringLiteral("fr_FR"))};
        for (int i = 0; i < iterations(); ++i) {
            const QString s = QString::fromUtf8(randomBytes(rng, 12));
            for (const QLocale &l : locales) {
                for (NumberSource source : {NumberSource::Machine, NumberSource::Typed}) {
                    auto v = parseFixed(s, 2, source, l);
                    // Whatever parsed formats back to a number that parses to the same value.
                    if (v)
                        QCOMPARE(*parseFixed(formatFixed(*v, 2, l), 2, NumberSource::Typed, l), *v);
                    (void)parseQuantity(s, Unit::Each, source, l);
                    (void)Discount::parse(s, Currency{}, source, l);
                }
            }
        }
    }

    void cartInvariants()
    {
        std::mt19937_64 rng(5);
        SaleRules rules;
        rules.taxCategories.insert(QStringLiteral("a"), {QStringLiteral("a"), {}, 0});
        rules.taxCategories.insert(QStringLiteral("b"), {QStringLiteral("b"), {}, 82500});
        rules.taxCategories.insert(QStringLiteral("c"), {QStringLiteral("c"), {}, 1000000});
        for (const char *code : {"cash", "card", "snap", "credit_token", "fmnp"}) {
            TenderType t;
            t.code = QLatin1String(code);
            t.name = t.code;
            t.givesChange = t.code == u"cash" || t.code == u"credit_token";
            t.eligibility = t.code == u"snap"           ? QStringLiteral("snap")
                            : t.code == u"fmnp"         ? QStringLiteral("fmnp")
                            : t.code == u"credit_token" ? QStringLiteral("token")
                                                        : QStringLiteral("any");
            t.untaxed = t.code == u"snap";
            t.faceValue = t.code == u"credit_token" ? 500 : 0;
            rules.tenders << t;
        }
        for (int i = 0; i < iterations(); ++i) {
            rules.taxInclusive = rng() % 4 == 0;
            rules.cashRounding = rng() % 3 == 0 ? 5 : 0;
            Cart c;
            const int lines = 1 + int(rng() % 6);
            for (int l = 0; l < lines; ++l) {
                Product p;
                p.name = QStringLiteral("p%1").arg(l);
                p.price = qint64(rng() % 5000);
                p.taxCategory = QString(QChar(u'a' + int(rng() % 3)));
                p.setClass(QStringLiteral("snap"), rng() % 2);
                p.setClass(QStringLiteral("fmnp"), rng() % 3 == 0);
                p.setClass(QStringLiteral("token"), rng() % 4 != 0);
                Discount d;
                const Milli qty = 1 + qint64(rng() % 5000);
                const Minor gross = *lineAmount(p.price, qty);
                if (rng() % 4 == 0) // an amount off is at most the line (more is refused)
                    d = rng() % 2
                            ? Discount::amount(qint64(rng() % (std::min<Minor>(gross, 800) + 1)))
                            : Discount::percent(qint64(rng() % 1000001));
                c.lines << CartLine{p, qty, d};
            }
            if (rng() % 3 == 0)
                c.discount = Discount::percent(qint64(rng() % 500000));
            const int tenders = int(rng() % 3);
            for (int k = 0; k < tenders; ++k) {
                const TenderType &t = rules.tenders[int(rng() % rules.tenders.size())];
                qint64 amount
                    = t.faceValue ? t.faceValue * qint64(1 + rng() % 4) : qint64(1 + rng() % 20000);
                if (rules.roundsCash(t)) // cash changes hands in whole steps
                    amount = std::max<qint64>(rules.cashStep(), amount - amount % rules.cashStep());
                c.tenders << TenderEntry{t.code, amount, {}};
            }
            auto r = computeCart(rules, c);
            QVERIFY(r);
            Minor net = 0, tax = 0, disc = 0;
            for (const ComputedLine &l : r->lines) {
                QVERIFY(l.net >= 0 && l.tax >= 0 && l.discount >= 0);
                QCOMPARE(l.gross - l.discount, l.net);
                QVERIFY(l.untaxedPaid <= l.net);
                net += l.net;
                tax += l.tax;
                disc += l.discount;
            }
            QCOMPARE(net, r->net);
            QCOMPARE(tax, r->tax);
            QCOMPARE(disc, r->discount);
            QCOMPARE(r->subtotal - r->discount, r->net);
            QCOMPARE(r->total, (rules.taxInclusive ? r->net : r->net + r->tax) + r->rounding);
            QVERIFY(r->change >= 0 && r->due >= 0);
            QVERIFY(r->paid <= r->total);
            Minor tendered = 0;
            for (const ComputedTender &t : r->tenders) {
                QVERIFY(t.applied >= 0 && t.change >= 0);
                QVERIFY(t.applied + t.change <= t.tendered);
                tendered += t.tendered;
            }
            if (r->complete())
                QCOMPARE(r->paid, r->total);
            if (r->problems.isEmpty())
                QCOMPARE(r->paid + r->change, tendered);
        }
    }

    void saleJsonRejectsGarbage()
    {
        std::mt19937_64 rng(6);
        SaleRecord s;
        s.id = newUuid7();
        s.deviceId = QStringLiteral("d");
        s.marketDayId = QStringLiteral("m");
        s.lines << SaleLineRecord{};
        s.lines[0].id = QStringLiteral("l");
        s.lines[0].productId = QStringLiteral("p");
        const QByteArray good = QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact);
        QVERIFY(SaleRecord::fromJson(s.toJson()));
        for (int i = 0; i < iterations(); ++i) {
            QByteArray bad = good;
            const int edits = 1 + int(rng() % 4);
            for (int e = 0; e < edits; ++e)
                bad[int(rng() % bad.size())] = kAlphabet[rng() % std::size(kAlphabet)][0];
            const QJsonDocument doc = QJsonDocument::fromJson(bad);
            (void)SaleRecord::fromJson(doc.object()); // must not crash; may accept or refuse
        }
    }

    // The server reads sale events in the layout current devices write without Qt's JSON
    // tree. Every sale, refund and void of a demo season reads the same both ways, and so do
    // names in UTF-8; thousands of damaged copies (a byte changed, dropped or doubled, a number
    // rewritten, broken UTF-8, an escape) are either read the same or left to the general
    // path, never accepted by the quick reader alone.
    void quickSaleReaderNeverAcceptsMore()
    {
        test::TempDb t;
        auto summary = test::demoSales(t.db(), 8, 100, true);
        QVERIFY(summary);
        QVERIFY(summary->refunds > 0 && summary->voids > 0);
        QList<QByteArray> sales;
        auto q = t.db().exec(QStringLiteral("SELECT payload FROM outbox WHERE event_type = "
                                            "'sale' ORDER BY seq"));
        QVERIFY(q);
        while (q->next())
            sales << q->value(0).toString().toUtf8();
        QVERIFY(sales.size() >= 320);
        for (const QByteArray &sent : std::as_const(sales))
            QVERIFY2(readsAlike(sent), sent.constData());

        // Names as vendors write them, in UTF-8 of one to four bytes a character.
        const QByteArray first = sales.first();
        const auto named = [&](const QByteArray &prefix) {
            QByteArray out = first;
            out.replace("\"name\":\"", "\"name\":\"" + prefix);
            return out;
        };
        for (const QByteArray &name : {QByteArray("Cr\xc3\xa8"
                                                  "me fra\xc3\xae"
                                                  "che "),
                                       QByteArray("\xe2\x82\xac"
                                                  "5 \xe5\x92\x8c "),
                                       QByteArray("\xf0\x9f\x8d\x93 ")})
            QVERIFY2(readsAlike(named(name)), named(name).constData());

        // Valid, but not in the quick layout (or text it leaves to Qt): the general path takes
        // them.
        const QByteArray pretty = QJsonDocument::fromJson(first).toJson(QJsonDocument::Indented);
        const QByteArray escaped = named("12\\\" ");
        const QByteArray nonCharacter = named("\xef\xbf\xbe");
        for (const QByteArray &other : {pretty, escaped, nonCharacter}) {
            sync::Event e;
            sync::SaleRows p;
            sync::ParsedData parsed;
            QVERIFY(!sync::readSaleEvent(other, e, p, Clock::nowMs()));
            QVERIFY2(readThroughQt(other, e, parsed), other.constData());
        }

        // Refused both ways, each for one rule the quick reader repeats.
        const qsizetype lineStart = first.indexOf("\"lines\":[") + 9;
        const qsizetype lineEnd = first.indexOf("}", lineStart) + 1;
        QByteArray twice = first;
        twice.insert(lineEnd, "," + first.mid(lineStart, lineEnd - lineStart));
        const auto swap = [&](const QByteArray &from, const QByteArray &to) {
            QByteArray out = first;
            out.replace(from, to);
            return out;
        };
        const auto emptied = [&](const QByteArray &key) { // the first such string made ""
            QByteArray out = first;
            const qsizetype at = out.indexOf("\"" + key + "\":\"") + key.size() + 4;
            out.remove(at, out.indexOf('"', at) - at);
            return out;
        };
        // A whole card number where a movement names its market day (a UUID as devices write
        // it): the general path refuses it, so the quick one must too.
        const auto movementDay = [&](const QByteArray &value) {
            QByteArray out = first;
            const qsizetype at
                = out.indexOf("\"market_day_id\":\"", out.indexOf("\"movements\":[")) + 17;
            out.replace(at, out.indexOf('"', at) - at, value);
            return out;
        };
        const QByteArray envelopeHlc = first.mid(first.lastIndexOf("\"hlc\":"));
        const QByteArray hlcValue = envelopeHlc.mid(6, envelopeHlc.indexOf(',') - 6);
        const QList<QByteArray> refused
            = {twice,
               swap(",\"hlc\":" + hlcValue + ",\"id\"", ",\"hlc\":\"0\",\"id\""),
               swap("\"kind\":\"sale\",\"lines\"", "\"kind\":\"refund\",\"lines\""),
               swap("\"kind\":\"sale\",\"lines\"", "\"kind\":\"gift\",\"lines\""),
               swap("\"unit\":\"", "\"unit\":\"bushel"),
               swap("\"currency\":\"USD\"", "\"currency\":\"US\""),
               swap("\"kind\":\"sale\",\"market_day_id\"", "\"kind\":\"gift\",\"market_day_id\""),
               emptied("tender"),
               emptied("product_id"),
               movementDay("4111 1111 1111 1111"),
               swap("\"type\":\"sale\"", "\"type\":\"Sale\"")};
        // Not UTF-8: a lone continuation byte, overlong slashes, a surrogate, a code point past
        // U+10FFFF, a cut character, a byte that is never UTF-8. The quick reader leaves them
        // all to Qt.
        for (const char *bad : {"\x80",
                                "\xc0\xaf",
                                "\xe0\x80\xaf",
                                "\xed\xa0\x80",
                                "\xf4\x90\x80\x80",
                                "\xe2\x82",
                                "\xff"}) {
            sync::Event e;
            sync::SaleRows p;
            QVERIFY2(!sync::readSaleEvent(named(bad), e, p, Clock::nowMs()), bad);
        }
        for (const QByteArray &other : refused) {
            QVERIFY2(other != first, other.constData());
            sync::Event e;
            sync::SaleRows p;
            sync::ParsedData parsed;
            QVERIFY2(!sync::readSaleEvent(other, e, p, Clock::nowMs()), other.constData());
            QVERIFY2(!readThroughQt(other, e, parsed), other.constData());
        }

        static const char *const kInsert[]
            = {"\"",       "\\",          "-",    "0",    "9",
               ",",        ":",           "{",    "}",    "[",
               "]",        " ",           "e",    ".",    "+",
               "x",        "\xc3\xa9",    "\x01", "\x7f", "00",
               "-0",       "1e3",         "null", "true", "\xf0\x9f\x8d\x93",
               "\xe2\x82", "\xed\xa0\x80"};
        std::mt19937_64 rng(20261124);
        int acceptedDamaged = 0;
        const int rounds = iterations() * 4;
        for (int i = 0; i < rounds; ++i) {
            QByteArray bad = sales[int(rng() % sales.size())];
            const int edits = 1 + int(rng() % 3);
            for (int e = 0; e < edits; ++e) {
                const int at = int(rng() % bad.size());
                switch (rng() % 5) {
                case 0: // a byte changed
                    bad[at] = kInsert[rng() % std::size(kInsert)][0];
                    break;
                case 1: // a byte dropped
                    bad.remove(at, 1);
                    break;
                case 2: // something inserted
                    bad.insert(at, kInsert[rng() % std::size(kInsert)]);
                    break;
                case 3: // a span doubled
                    bad.insert(at, bad.mid(at, 1 + int(rng() % 40)));
                    break;
                default: // a digit changed: often still a valid sale
                    if (const qsizetype d = bad.indexOf(QByteArray::number(int(rng() % 10)), at);
                        d >= 0)
                        bad[d] = char('0' + rng() % 10);
                    break;
                }
                if (bad.isEmpty())
                    bad = "{";
            }
            acceptedDamaged += readsAlike(bad) ? 1 : 0;
        }
        // The comparison above ran on real acceptances too, not only on refusals.
        QVERIFY2(acceptedDamaged > rounds / 50, qPrintable(QString::number(acceptedDamaged)));
        qInfo("%d of %d damaged sale events read alike by both readers", acceptedDamaged, rounds);
    }
};

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
