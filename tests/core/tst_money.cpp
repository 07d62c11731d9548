#include "core/Money.h"

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

    // One reading of a number for every source and language: typed text takes "." and "," as
    // the decimal separator, machine text (CLI, CSV) only "."; neither takes grouping, and a
    // number that could be read two ways is refused with both readings to type instead.
    void read_data()
    {
        QTest::addColumn<QString>("locale"); // empty: machine text
        QTest::addColumn<int>("decimals");
        QTest::addColumn<bool>("whole");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<int>("problem"); // -1: read as `value`
        QTest::addColumn<QStringList>("write");
        using K = NumberProblem::Kind;
        auto ok = [](const char *name,
                     const QString &locale,
                     int decimals,
                     const QString &text,
                     qint64 value,
                     bool whole = false) {
            QTest::newRow(name) << locale << decimals << whole << text << value << -1
                                << QStringList{};
        };
        auto bad = [](const char *name,
                      const QString &locale,
                      int decimals,
                      const QString &text,
                      K kind,
                      const QStringList &write = {},
                      bool whole = false) {
            QTest::newRow(name) << locale << decimals << whole << text << qint64(0) << int(kind)
                                << write;
        };
        const QString m; // machine text
        for (const char *l : {"en_US", "es_ES", "es_US", "fr_FR", "de_DE", "pt_BR"}) {
            const QString loc = QString::fromLatin1(l);
            const QString dp = QLocale(loc).decimalPoint();
            const QByteArray n = QByteArray(l) + ' ';
            auto name = [&](const char *what) {
                static QList<QByteArray> keep; // newRow keeps the pointer
                keep << n + what;
                return keep.last().constData();
            };
            ok(name("dot"), loc, 3, QStringLiteral("1.37"), 1370);
            ok(name("comma"), loc, 3, QStringLiteral("1,37"), 1370);
            ok(name("whole"), loc, 2, QStringLiteral("12"), 1200);
            ok(name("leading point"), loc, 3, QStringLiteral(".5"), 500);
            ok(name("trailing point"), loc, 2, QStringLiteral("5,"), 500);
            ok(name("spaces around"), loc, 2, QStringLiteral("  3.50\t"), 350);
            ok(name("minus"), loc, 2, QStringLiteral("-2,05"), -205);
            ok(name("unicode minus"), loc, 2, QStringLiteral("\u22122.05"), -205);
            ok(name("plus"), loc, 2, QStringLiteral("+2.05"), 205);
            ok(name("zeros past the decimals"), loc, 2, QStringLiteral("1.5000"), 150);
            ok(name("int64 max"),
               loc,
               2,
               QStringLiteral("92233720368547758.07"),
               std::numeric_limits<qint64>::max());
            ok(name("int64 min"),
               loc,
               2,
               QStringLiteral("-92233720368547758,08"),
               std::numeric_limits<qint64>::min());
            bad(name("int64 max + 1"), loc, 2, QStringLiteral("92233720368547758.08"), K::TooLarge);
            bad(name("int64 min - 1"),
                loc,
                2,
                QStringLiteral("-92233720368547758.09"),
                K::TooLarge);
            bad(name("grouped with a dot"),
                loc,
                2,
                QStringLiteral("1.000,50"),
                K::Grouped,
                {QStringLiteral("1000") + dp + QStringLiteral("50")});
            bad(name("grouped with a comma"),
                loc,
                2,
                QStringLiteral("1,000.50"),
                K::Grouped,
                {QStringLiteral("1000") + dp + QStringLiteral("50")});
            bad(name("grouped in millions"),
                loc,
                0,
                QStringLiteral("1.000.000"),
                K::Grouped,
                {QStringLiteral("1000000")});
            bad(name("grouped with a space"),
                loc,
                2,
                QStringLiteral("1 000"),
                K::Grouped,
                {QStringLiteral("1000")});
            bad(name("grouped with a no-break space"),
                loc,
                2,
                QStringLiteral("1\u00A0000"),
                K::Grouped,
                {QStringLiteral("1000")});
            bad(name("grouped with a narrow no-break space"),
                loc,
                2,
                QStringLiteral("1\u202F234,56"),
                K::Grouped,
                {QStringLiteral("1234") + dp + QStringLiteral("56")});
            bad(name("grouped with an apostrophe"),
                loc,
                2,
                QStringLiteral("1'000"),
                K::Grouped,
                {QStringLiteral("1000")});
            // Three digits after the point cannot be cents: 1500 or 1.50?
            bad(name("three digits of cents"),
                loc,
                2,
                QStringLiteral("1.500"),
                K::Grouped,
                {QStringLiteral("1500"), QStringLiteral("1") + dp + QStringLiteral("50")});
            bad(name("three digits of a whole number"),
                loc,
                3,
                QStringLiteral("2,000"),
                K::Grouped,
                {QStringLiteral("2000"), QStringLiteral("2")},
                true);
            bad(name("too many decimals"), loc, 2, QStringLiteral("1.2345"), K::TooManyDecimals);
            bad(name("fraction of a whole"), loc, 3, QStringLiteral("1.5"), K::NotWhole, {}, true);
            bad(name("empty"), loc, 2, QString(), K::Empty);
            bad(name("blank"), loc, 2, QStringLiteral(" \t "), K::Empty);
            bad(name("sign only"), loc, 2, QStringLiteral("-"), K::NotANumber);
            bad(name("point only"), loc, 2, QStringLiteral("."), K::NotANumber);
            bad(name("two points"), loc, 2, QStringLiteral("1.2.3"), K::NotANumber);
            bad(name("two separators in a row"), loc, 2, QStringLiteral("1..5"), K::NotANumber);
            bad(name("two signs"), loc, 2, QStringLiteral("--1"), K::NotANumber);
            bad(name("sign after"), loc, 2, QStringLiteral("1-"), K::NotANumber);
            bad(name("brackets"), loc, 2, QStringLiteral("(1.50)"), K::NotANumber);
            bad(name("exponent"), loc, 2, QStringLiteral("1e3"), K::NotANumber);
            bad(name("hex"), loc, 2, QStringLiteral("0x10"), K::NotANumber);
            bad(name("formula"), loc, 2, QStringLiteral("=1+2"), K::NotANumber);
            bad(name("letters"), loc, 2, QStringLiteral("abc"), K::NotANumber);
            bad(name("arabic digits"), loc, 2, QStringLiteral("١٢٣"), K::NotANumber);
            bad(name("full-width digits"), loc, 2, QStringLiteral("１２"), K::NotANumber);
            bad(name("NUL byte"),
                loc,
                2,
                QString::fromUtf8("1\0"
                                  "5",
                                  3),
                K::NotANumber);
            bad(name("20 digits"), loc, 0, QStringLiteral("99999999999999999999"), K::TooLarge);
            bad(name("10000 digits"), loc, 0, QString(10000, QLatin1Char('9')), K::TooLarge);
        }
        // The language's own group separator before three digits, pasted: which did they mean?
        bad("en_US 1,370 lb",
            QStringLiteral("en_US"),
            3,
            QStringLiteral("1,370"),
            K::Grouped,
            {QStringLiteral("1370"), QStringLiteral("1.370")});
        bad("es_US 1,370 lb",
            QStringLiteral("es_US"),
            3,
            QStringLiteral("1,370"),
            K::Grouped,
            {QStringLiteral("1370"), QStringLiteral("1.370")});
        bad("de_DE 1.370 lb",
            QStringLiteral("de_DE"),
            3,
            QStringLiteral("1.370"),
            K::Grouped,
            {QStringLiteral("1370"), QStringLiteral("1,370")});
        bad("es_ES 1.370 lb",
            QStringLiteral("es_ES"),
            3,
            QStringLiteral("1.370"),
            K::Grouped,
            {QStringLiteral("1370"), QStringLiteral("1,370")});
        bad("pt_BR 2.500 lb",
            QStringLiteral("pt_BR"),
            3,
            QStringLiteral("2.500"),
            K::Grouped,
            {QStringLiteral("2500"), QStringLiteral("2,500")});
        bad("de_DE 1.005 cents",
            QStringLiteral("de_DE"),
            2,
            QStringLiteral("1.005"),
            K::Grouped,
            {QStringLiteral("1005")});
        bad("en_US 1.005 cents",
            QStringLiteral("en_US"),
            2,
            QStringLiteral("1.005"),
            K::TooManyDecimals);
        // ... but the language's own decimal separator before three digits is a weight.
        ok("en_US 1.370 lb", QStringLiteral("en_US"), 3, QStringLiteral("1.370"), 1370);
        ok("de_DE 1,370 lb", QStringLiteral("de_DE"), 3, QStringLiteral("1,370"), 1370);
        ok("fr_FR 1.370 lb", QStringLiteral("fr_FR"), 3, QStringLiteral("1.370"), 1370);
        ok("de_DE 0.375 lb", QStringLiteral("de_DE"), 3, QStringLiteral("0.375"), 375);

        // Machine text: a dot for decimals, nothing else.
        ok("machine dot", m, 3, QStringLiteral("0.375"), 375);
        ok("machine whole", m, 0, QStringLiteral("42"), 42);
        ok("machine 0.500 cents", m, 2, QStringLiteral("0.500"), 50);
        ok("machine 300.00 yen", m, 0, QStringLiteral("300.00"), 300);
        ok("machine int64 max",
           m,
           0,
           QStringLiteral("9223372036854775807"),
           std::numeric_limits<qint64>::max());
        ok("machine int64 min",
           m,
           0,
           QStringLiteral("-9223372036854775808"),
           std::numeric_limits<qint64>::min());
        bad("machine int64 max + 1", m, 0, QStringLiteral("9223372036854775808"), K::TooLarge);
        bad("machine decimal comma",
            m,
            3,
            QStringLiteral("1,5"),
            K::Grouped,
            {QStringLiteral("1.5")});
        bad("machine decimal comma, cents",
            m,
            2,
            QStringLiteral("10,00"),
            K::Grouped,
            {QStringLiteral("10.00")});
        bad("machine negative decimal comma",
            m,
            3,
            QStringLiteral("-0,5"),
            K::Grouped,
            {QStringLiteral("-0.5")});
        bad("machine leading comma",
            m,
            2,
            QStringLiteral(",5"),
            K::Grouped,
            {QStringLiteral("0.5")});
        bad("machine 1,000",
            m,
            2,
            QStringLiteral("1,000"),
            K::Grouped,
            {QStringLiteral("1000"), QStringLiteral("1.00")});
        bad("machine 1,000 lb",
            m,
            3,
            QStringLiteral("1,000"),
            K::Grouped,
            {QStringLiteral("1000"), QStringLiteral("1.000")});
        bad("machine 1,505 cents",
            m,
            2,
            QStringLiteral("1,505"),
            K::Grouped,
            {QStringLiteral("1505")});
        bad("machine 1.000,50",
            m,
            2,
            QStringLiteral("1.000,50"),
            K::Grouped,
            {QStringLiteral("1000.50")});
        bad("machine 1,000.50",
            m,
            2,
            QStringLiteral("1,000.50"),
            K::Grouped,
            {QStringLiteral("1000.50")});
        bad("machine 1,000,000",
            m,
            0,
            QStringLiteral("1,000,000"),
            K::Grouped,
            {QStringLiteral("1000000")});
        bad("machine 1.000 each",
            m,
            3,
            QStringLiteral("1.000"),
            K::Grouped,
            {QStringLiteral("1000"), QStringLiteral("1")},
            true);
        bad("machine 1.500 cents",
            m,
            2,
            QStringLiteral("1.500"),
            K::Grouped,
            {QStringLiteral("1500"), QStringLiteral("1.50")});
        bad("machine 1 000", m, 2, QStringLiteral("1 000"), K::Grouped, {QStringLiteral("1000")});
        bad("machine 1_000", m, 2, QStringLiteral("1_000"), K::Grouped, {QStringLiteral("1000")});
        bad("machine 1,5 pieces", m, 0, QStringLiteral("1,5"), K::NotWhole, {}, true);
        bad("machine 1.5.3", m, 2, QStringLiteral("1.5.3"), K::NotANumber);
    }
    void read()
    {
        QFETCH(QString, locale);
        QFETCH(int, decimals);
        QFETCH(bool, whole);
        QFETCH(QString, text);
        QFETCH(qint64, value);
        QFETCH(int, problem);
        QFETCH(QStringList, write);
        const NumberSource source = locale.isEmpty() ? NumberSource::Machine : NumberSource::Typed;
        const auto r = readNumber(text, NumberShape{decimals, whole}, source, QLocale(locale));
        if (problem < 0) {
            QVERIFY2(r, qPrintable(r ? QString() : r.error().describe()));
            QCOMPARE(*r, value);
            return;
        }
        QVERIFY2(!r, qPrintable(QString::number(r.value_or(0))));
        QCOMPARE(int(r.error().kind), problem);
        QCOMPARE(r.error().write, write);
        // Machine text is machine text whatever the process's language.
        if (source == NumberSource::Machine)
            QVERIFY(!readNumber(text, NumberShape{decimals, whole}, source, QLocale::German));
    }

    // What the CLI prints: the text, what to type instead, and the rule.
    void describe()
    {
        auto r = readNumber(u"1,5", NumberShape{3}, NumberSource::Machine);
        QCOMPARE(
            r.error().describe(),
            QStringLiteral("\"1,5\": write 1.5 (a dot for decimals, no thousands separators)"));
        r = readNumber(u"1,000", NumberShape{2}, NumberSource::Machine);
        QCOMPARE(r.error().describe(),
                 QStringLiteral("\"1,000\" can be read two ways: write 1000 or 1.00 (a dot for "
                                "decimals, no thousands separators)"));
        r = readNumber(u"1.000,50", NumberShape{2}, NumberSource::Typed, QLocale::German);
        QCOMPARE(r.error().describe(),
                 QStringLiteral("\"1.000,50\": write 1000,50 (no thousands separators)"));
        r = readNumber(u"8.505", NumberShape{2}, NumberSource::Machine);
        QCOMPARE(r.error().describe(), QStringLiteral("\"8.505\": at most 2 decimals"));
        r = readNumber(QString::fromUtf8("1\0x", 3), NumberShape{2}, NumberSource::Machine);
        QCOMPARE(r.error().describe(), QStringLiteral("\"1\uFFFDx\" is not a number"));
        QCOMPARE(parseFixed(u"99999999999999999999", 2, NumberSource::Machine).error().code,
                 Error::Code::Overflow);
    }

    // Money: the currency's symbol or code on either side, the sign on either side of it.
    void money_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("en_US symbol") << "en_US"
                                      << "USD"
                                      << "$3.50" << qint64(350);
        QTest::newRow("en_US sign first") << "en_US"
                                          << "USD"
                                          << "-$0.50" << qint64(-50);
        QTest::newRow("es_US sign after symbol") << "es_US"
                                                 << "USD"
                                                 << "$-1.50" << qint64(-150);
        QTest::newRow("es_ES euro after") << "es_ES"
                                          << "EUR"
                                          << "3,50 €" << qint64(350);
        QTest::newRow("fr_FR euro after nbsp")
            << "fr_FR"
            << "EUR" << QStringLiteral("0,99\u00A0€") << qint64(99);
        QTest::newRow("de_DE negative euro") << "de_DE"
                                             << "EUR"
                                             << "-5,00 €" << qint64(-500);
        QTest::newRow("pt_BR real") << "pt_BR"
                                    << "BRL"
                                    << "R$ -1,50" << qint64(-150);
        QTest::newRow("code") << "en_US"
                              << "USD"
                              << "USD 2.00" << qint64(200);
        QTest::newRow("yen") << "en_US"
                             << "JPY"
                             << "¥300" << qint64(300);
    }
    void money()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const Currency c = Currency::fromCode(currency);
        auto r = parseMoney(text, c, NumberSource::Typed, QLocale(locale));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
        QCOMPARE(*r, expected);
        // Two symbols, or a symbol between the digits, are not money.
        QVERIFY(!parseMoney(QStringLiteral("$") + text, c, NumberSource::Typed, QLocale(locale)));
    }

    // What the app writes into a field reads back as the same value in every language; what it
    // shows grouped (formatMoney of 1,234.56) is never read back as another value.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("locale");
        for (const char *l : {"en_US", "es_ES", "es_US", "fr_FR", "de_DE", "pt_BR"})
            QTest::newRow(l) << QString::fromLatin1(l);
    }
    void roundTrip()
    {
        QFETCH(QString, locale);
        const QLocale l(locale);
        const Currency eur = Currency::fromCode(QStringLiteral("EUR"));
        for (qint64 v : {qint64(0),
                         qint64(5),
                         qint64(99),
                         qint64(1370),
                         qint64(-205),
                         qint64(123456),
                         std::numeric_limits<qint64>::max(),
                         std::numeric_limits<qint64>::min()}) {
            for (int d : {0, 2, 3})
                QCOMPARE(*parseFixed(formatFixed(v, d, l), d, NumberSource::Typed, l), v);
            const QString shown = formatMoney(v, eur, l);
            const auto back = parseMoney(shown, eur, NumberSource::Typed, l);
            if (v > -100000 && v < 100000)
                QCOMPARE(*back, v);
            else
                QVERIFY2(!back || *back == v, qPrintable(shown));
        }
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
        const NumberSource m = NumberSource::Machine;
        QCOMPARE(*parseQuantity(u"0.375", Unit::Lb, m), 375);
        QCOMPARE(*parseQuantity(u"2", Unit::Each, m), 2000);
        QCOMPARE(*parseQuantity(u"2.0", Unit::Each, m), 2000);
        QVERIFY(parseQuantity(u"1.5", Unit::Each, m)
                    .error()
                    .detail.contains(QLatin1String("whole quantity")));
        QVERIFY(!parseQuantity(u"0.0001", Unit::Kg, m));
        QCOMPARE(*parseQuantity(u"0,5", Unit::Kg, NumberSource::Typed, QLocale::German), 500);
        QCOMPARE(*parseQuantity(u"0.5", Unit::Kg, NumberSource::Typed, QLocale::German), 500);
        QVERIFY(!parseQuantity(u"0,5", Unit::Kg, m));
        QCOMPARE(formatQuantity(375, Unit::Lb), QStringLiteral("0.375"));
        QCOMPARE(formatQuantity(3000, Unit::Each), QStringLiteral("3"));
        QVERIFY(!unitFromCode(QStringLiteral("stone")));
        QCOMPARE(*unitFromCode(QStringLiteral("KG")), Unit::Kg);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
