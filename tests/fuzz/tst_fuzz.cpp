#include "Catalog.h"
#include "Csv.h"
#include "SaleEngine.h"
#include "SaleRepository.h"
#include "TestSupport.h"

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
                auto v = parseFixed(s, 2, l);
                if (v) // whatever parsed formats back to a number that parses to the same value
                    QCOMPARE(*parseFixed(formatFixed(*v, 2, l), 2, l), *v);
                (void)parseQuantity(s, Unit::Each, l);
                (void)Discount::parse(s, Currency{}, l);
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
                p.snapEligible = rng() % 2;
                p.fmnpEligible = rng() % 3 == 0;
                p.tokenEligible = rng() % 4 != 0;
                Discount d;
                if (rng() % 4 == 0)
                    d = rng() % 2 ? Discount::amount(qint64(rng() % 800))
                                  : Discount::percent(qint64(rng() % 1000001));
                c.lines << CartLine{p, 1 + qint64(rng() % 5000), d};
            }
            if (rng() % 3 == 0)
                c.discount = Discount::percent(qint64(rng() % 500000));
            const int tenders = int(rng() % 3);
            for (int k = 0; k < tenders; ++k) {
                const TenderType &t = rules.tenders[int(rng() % rules.tenders.size())];
                const qint64 amount
                    = t.faceValue ? t.faceValue * qint64(1 + rng() % 4) : qint64(1 + rng() % 20000);
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
};

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
