#include "Money.h"

#include <QtTest>

#include <limits>

using namespace sk;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void lineAmount_data()
    {
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("qty");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("2 each") << qint64(850) << qint64(2000) << qint64(1700);
        QTest::newRow("0.375 lb of 4.50") << qint64(450) << qint64(375) << qint64(169); // 168.75
        QTest::newRow("half up at .5") << qint64(1) << qint64(500) << qint64(1);        // 0.5
        QTest::newRow("just below half") << qint64(1) << qint64(499) << qint64(0);
        QTest::newRow("half away from zero, negative") << qint64(1) << qint64(-500) << qint64(-1);
        QTest::newRow("negative just below half") << qint64(1) << qint64(-499) << qint64(0);
        QTest::newRow("1.5 exactly") << qint64(3) << qint64(500) << qint64(2);
        QTest::newRow("-1.5 exactly") << qint64(-3) << qint64(500) << qint64(-2);
        QTest::newRow("2.5 exactly") << qint64(5) << qint64(500) << qint64(3); // not banker's
        QTest::newRow("zero") << qint64(0) << qint64(123456) << qint64(0);
        QTest::newRow("big but fits")
            << qint64(100000000) << qint64(1000000000) << qint64(100000000000000);
    }
    void lineAmount()
    {
        QFETCH(qint64, price);
        QFETCH(qint64, qty);
        QFETCH(qint64, expected);
        auto r = sk::lineAmount(price, qty);
        QVERIFY(r);
        QCOMPARE(*r, expected);
    }

    void overflowIsAnError()
    {
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        constexpr qint64 min = std::numeric_limits<qint64>::min();
        auto a = sk::lineAmount(max, 2000);
        QVERIFY(!a);
        QCOMPARE(a.error().code, Error::Code::Overflow);
        QVERIFY(!sk::lineAmount(min, 2000));
        // The edge itself still fits: max x 1 each.
        QCOMPARE(*sk::lineAmount(max, 1000), max);
        QCOMPARE(*sk::lineAmount(min, 1000), min);
        QVERIFY(!checkedAdd(max, 1));
        QVERIFY(!checkedSub(min, 1));
        QCOMPARE(*checkedAdd(max - 1, 1), max);
        QVERIFY(!applyPpm(max, 2000000));
        QVERIFY(!divRound(1, 0));
    }

    void ppm_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("ppm");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("8% of 4.00") << qint64(400) << qint64(80000) << qint64(32);
        QTest::newRow("8.25% of 10.00") << qint64(1000) << qint64(82500) << qint64(83); // 82.5
        QTest::newRow("8.25% of 2.00") << qint64(200) << qint64(82500) << qint64(17);   // 16.5
        QTest::newRow("10% of 0.05") << qint64(5) << qint64(100000) << qint64(1);       // 0.5
        QTest::newRow("10% of 0.04") << qint64(4) << qint64(100000) << qint64(0);
        QTest::newRow("negative refund tax") << qint64(-200) << qint64(82500) << qint64(-17);
    }
    void ppm()
    {
        QFETCH(qint64, amount);
        QFETCH(qint64, ppm);
        QFETCH(qint64, expected);
        QCOMPARE(*applyPpm(amount, ppm), expected);
    }

    void cashRounding_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("1.02 -> 1.00") << qint64(102) << qint64(5) << qint64(100);
        QTest::newRow("1.03 -> 1.05") << qint64(103) << qint64(5) << qint64(105);
        QTest::newRow("1.025 half -> up") << qint64(1025) << qint64(50) << qint64(1050);
        QTest::newRow("no step") << qint64(103) << qint64(1) << qint64(103);
    }
    void cashRounding()
    {
        QFETCH(qint64, amount);
        QFETCH(qint64, step);
        QFETCH(qint64, expected);
        QCOMPARE(roundToStep(amount, step), expected);
    }

    void parseLocales_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("en_US plain") << "en_US"
                                     << "3.50" << qint64(350);
        QTest::newRow("en_US grouping") << "en_US"
                                        << "1,234.56" << qint64(123456);
        QTest::newRow("en_US symbol") << "en_US"
                                      << "$1,234.56" << qint64(123456);
        QTest::newRow("en_US whole") << "en_US"
                                     << "12" << qint64(1200);
        QTest::newRow("en_US one decimal") << "en_US"
                                           << "0.5" << qint64(50);
        QTest::newRow("en_US negative") << "en_US"
                                        << "-2.05" << qint64(-205);
        QTest::newRow("es_ES comma") << "es_ES"
                                     << "3,50" << qint64(350);
        QTest::newRow("es_ES grouping") << "es_ES"
                                        << "1.234,56" << qint64(123456);
        QTest::newRow("es_ES euro") << "es_ES"
                                    << "1.234,56 €" << qint64(123456);
        QTest::newRow("fr_FR narrow nbsp group")
            << "fr_FR" << QString::fromUtf8("1\u202f234,56") << qint64(123456);
        QTest::newRow("fr_FR plain") << "fr_FR"
                                     << "0,99" << qint64(99);
        QTest::newRow("de_DE grouping") << "de_DE"
                                        << "12.345,60" << qint64(1234560);
        QTest::newRow("de_DE euro") << "de_DE"
                                    << "5,00 €" << qint64(500);
    }
    void parseLocales()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const QLocale l(locale);
        auto r = parseMoney(text, Currency::fromCode(QStringLiteral("EUR")), l);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
        QCOMPARE(*r, expected);
    }

    void parseRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("letters") << "abc";
        QTest::newRow("three decimals") << "1.005";
        QTest::newRow("two points") << "1.2.3";
        QTest::newRow("formula") << "=1+2";
        QTest::newRow("huge") << "99999999999999999999";
        QTest::newRow("unicode digits") << QString::fromUtf8("١٢٣");
        QTest::newRow("sql") << "1; DROP TABLE sales";
    }
    void parseRejects()
    {
        QFETCH(QString, text);
        QVERIFY(!parseFixed(text, 2, QLocale::c()));
    }

    void format_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("expected");
        const QString nbsp(QChar(0x00a0));
        // The locale's own currency: its own pattern.
        QTest::newRow("en_US") << "en_US"
                               << "USD" << qint64(123456) << "$1,234.56";
        QTest::newRow("en_US negative") << "en_US"
                                        << "USD" << qint64(-50) << "-$0.50";
        QTest::newRow("C locale (no LANG)") << "C"
                                            << "USD" << qint64(850) << "$8.50";
        QTest::newRow("es_US") << "es_US"
                               << "USD" << qint64(850) << "$8.50";
        QTest::newRow("es_ES") << "es_ES"
                               << "EUR" << qint64(123456) << QString::fromUtf8("1.234,56\u00a0€");
        QTest::newRow("es_ES 8.50") << "es_ES"
                                    << "EUR" << qint64(850) << QString::fromUtf8("8,50\u00a0€");
        QTest::newRow("es_ES negative")
            << "es_ES"
            << "EUR" << qint64(-50) << QString::fromUtf8("-0,50\u00a0€");
        QTest::newRow("de_DE") << "de_DE"
                               << "EUR" << qint64(5) << QString::fromUtf8("0,05\u00a0€");
        QTest::newRow("de_DE 8.50") << "de_DE"
                                    << "EUR" << qint64(850) << QString::fromUtf8("8,50\u00a0€");
        QTest::newRow("fr_FR") << "fr_FR"
                               << "EUR" << qint64(123456)
                               << QString::fromUtf8("1\u202f234,56\u00a0€");
        QTest::newRow("fr_FR 8.50") << "fr_FR"
                                    << "EUR" << qint64(850) << QString::fromUtf8("8,50\u00a0€");
        QTest::newRow("es_MX") << "es_MX"
                               << "MXN" << qint64(850) << "$8.50";
        QTest::newRow("fr_CA") << "fr_CA"
                               << "CAD" << qint64(850) << QString::fromUtf8("8,50\u00a0$");
        // A currency the locale's country does not use: where the symbol goes and which symbol
        // come from the currency's home, the digits and separators from the locale.
        QTest::newRow("es_ES with USD") << "es_ES"
                                        << "USD" << qint64(850) << "$8,50";
        QTest::newRow("es_ES with USD, grouped") << "es_ES"
                                                 << "USD" << qint64(123456) << "$1.234,56";
        QTest::newRow("es_ES with USD, negative") << "es_ES"
                                                  << "USD" << qint64(-850) << "-$8,50";
        QTest::newRow("de_DE with USD") << "de_DE"
                                        << "USD" << qint64(850) << "$8,50";
        QTest::newRow("fr_FR with USD")
            << "fr_FR"
            << "USD" << qint64(123456) << QString::fromUtf8("$1\u202f234,56");
        QTest::newRow("en_US with EUR") << "en_US"
                                        << "EUR" << qint64(850) << QString::fromUtf8("8.50\u00a0€");
        QTest::newRow("en_US with GBP") << "en_US"
                                        << "GBP" << qint64(850) << QString::fromUtf8("£8.50");
        QTest::newRow("en_US with JPY") << "en_US"
                                        << "JPY" << qint64(850) << QString::fromUtf8("\uffe5850");
        QTest::newRow("en_US with CAD") << "en_US"
                                        << "CAD" << qint64(850) << "$8.50";
        QTest::newRow("de_DE with GBP")
            << "de_DE"
            << "GBP" << qint64(123456) << QString::fromUtf8("£1.234,56");
        QTest::newRow("unknown currency")
            << "en_US"
            << "XTS" << qint64(850) << QStringLiteral("XTS") + nbsp + QStringLiteral("8.50");
    }
    void format()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(qint64, amount);
        QFETCH(QString, expected);
        QCOMPARE(formatMoney(amount, Currency::fromCode(currency), QLocale(locale)), expected);
    }

    void formatFixedEdges()
    {
        QCOMPARE(formatFixed(std::numeric_limits<qint64>::min(), 2),
                 QStringLiteral("-92233720368547758.08"));
        QCOMPARE(formatFixed(std::numeric_limits<qint64>::max(), 2),
                 QStringLiteral("92233720368547758.07"));
        QCOMPARE(*parseFixed(QStringLiteral("92233720368547758.07"), 2),
                 std::numeric_limits<qint64>::max());
        QVERIFY(!parseFixed(QStringLiteral("92233720368547758.08"), 2));
        QCOMPARE(*parseFixed(QStringLiteral("-92233720368547758.08"), 2),
                 std::numeric_limits<qint64>::min());
    }

    void percentages()
    {
        // Tax rates and percentage discounts everywhere on screen: no trailing zeros.
        QCOMPARE(formatPercent(80000), QStringLiteral("8"));
        QCOMPARE(formatPercent(82500), QStringLiteral("8.25"));
        QCOMPARE(formatPercent(88750), QStringLiteral("8.875"));
        QCOMPARE(formatPercent(125), QStringLiteral("0.0125"));
        QCOMPARE(formatPercent(0), QStringLiteral("0"));
        QCOMPARE(formatPercent(1000000), QStringLiteral("100"));
        QCOMPARE(formatPercent(82500, QLocale(QLocale::Spanish, QLocale::Spain)),
                 QStringLiteral("8,25"));
    }

    void quantities()
    {
        QCOMPARE(*parseQuantity(QStringLiteral("0.375"), Unit::Lb), 375);
        QCOMPARE(*parseQuantity(QStringLiteral("2"), Unit::Each), 2000);
        QVERIFY(!parseQuantity(QStringLiteral("1.5"), Unit::Each));
        QVERIFY(!parseQuantity(QStringLiteral("0.0001"), Unit::Kg));
        QCOMPARE(*parseQuantity(QStringLiteral("0,5"), Unit::Kg, QLocale(QStringLiteral("de_DE"))),
                 500);
        QCOMPARE(formatQuantity(375, Unit::Lb), QStringLiteral("0.375"));
        QCOMPARE(formatQuantity(3000, Unit::Each), QStringLiteral("3"));
        QVERIFY(!unitFromCode(QStringLiteral("stone")));
        QCOMPARE(*unitFromCode(QStringLiteral("KG")), Unit::Kg);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
