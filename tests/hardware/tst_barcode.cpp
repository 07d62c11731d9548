#include "tests/support/TestSupport.h"

#include "core/hardware/Barcode.h"

#include <QtTest>

using namespace sk;
using namespace sk::hw;
using namespace sk::hw::barcode;
using namespace sk::test;

class TstBarcode : public QObject
{
    Q_OBJECT
private slots:
    void checkDigits();
    void roundTrip_data();
    void roundTrip();
    void misreadsAreRefused();
    void notEmbedded();
    void tooBig();
    void scanAddsItemAtLabelPrice();
};

void TstBarcode::checkDigits()
{
    QCOMPARE(checkDigit(u"03600029145"), 2);  // UPC-A 036000291452
    QCOMPARE(checkDigit(u"400638133393"), 1); // EAN-13 4006381333931
    QCOMPARE(priceCheckDigit(u"2875"), 9);    // GS1's worked example
    QCOMPARE(priceCheckDigit(u"0000"), 0);
    QCOMPARE(priceCheckDigit(u"0001"), 5); // 5- of 1 = 5, x3 = 15
}

void TstBarcode::roundTrip_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("item");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("upc price") << "upca-price"
                               << "00042" << qint64(599) << "200042105996";
    QTest::newRow("upc price max") << "upca-price"
                                   << "12345" << qint64(9999) << QString();
    QTest::newRow("upc price5") << "upca-price5"
                                << "4711" << qint64(12345) << QString();
    QTest::newRow("ean price") << "ean13-price"
                               << "00042" << qint64(2875) << QString();
    QTest::newRow("ean weight g") << "ean13-weight-g"
                                  << "00789" << qint64(1234000) << QString();
    QTest::newRow("upc weight lb") << "upca-weight-lb"
                                   << "00042" << qint64(1250) << QString();
}

void TstBarcode::roundTrip()
{
    QFETCH(QString, layout);
    QFETCH(QString, item);
    QFETCH(qint64, value);
    QFETCH(QString, code);
    const Layout l = *Layout::fromName(layout);
    auto encoded = encode(l, item, value);
    QVERIFY2(encoded, encoded ? "" : qPrintable(encoded.error().detail));
    QCOMPARE(encoded->size(), l.length());
    QVERIFY(encoded->startsWith(l.prefix));
    if (!code.isEmpty())
        QCOMPARE(*encoded, code);
    auto d = decode(l, *encoded);
    QVERIFY(d && *d);
    QCOMPARE((*d)->itemCode.toInt(), item.toInt());
    if (l.value == Layout::Value::Price)
        QCOMPARE((*d)->price, value);
    else
        QCOMPARE((*d)->weight, value);
    // Every price 0.00..99.99 survives the trip, with both check digits.
    if (layout == u"upca-price")
        for (qint64 p = 0; p < 10000; ++p) {
            auto c = encode(l, item, p);
            auto back = decode(l, *c);
            QVERIFY(back && *back);
            QCOMPARE((*back)->price, p);
        }
}

void TstBarcode::misreadsAreRefused()
{
    const Layout l = *Layout::fromName(QStringLiteral("upca-price"));
    const QString good = *encode(l, QStringLiteral("00042"), 599); // 2 00042 1 0599 6
    QVERIFY(*decode(l, good));
    // One digit of the price misread: the overall check digit catches it.
    QString bad = good;
    bad[8] = u'8';
    auto d = decode(l, bad);
    QVERIFY(d && !*d);
    // The price and its check digit both changed, the overall check digit recomputed (a label
    // printed wrong): the price check digit catches it.
    QString forged = good.left(6) + QStringLiteral("20699");
    forged += QChar(u'0' + checkDigit(forged));
    d = decode(l, forged);
    QVERIFY(d && !*d);
    QVERIFY(d->error().detail.contains(QStringLiteral("price check digit")));
    // A UPC-A sent as EAN-13 with a leading 0 reads the same.
    d = decode(l, QLatin1Char('0') + good);
    QVERIFY(d && *d);
    QCOMPARE((*d)->price, 599);
}

void TstBarcode::notEmbedded()
{
    for (const Layout &l : defaultLayouts()) {
        QVERIFY(!decode(l, QStringLiteral("4006381333931")));
        QVERIFY(!decode(l, QStringLiteral("036000291452")));
        QVERIFY(!decode(l, QStringLiteral("HONEY")));
    }
}

void TstBarcode::tooBig()
{
    const Layout l = *Layout::fromName(QStringLiteral("upca-price"));
    QVERIFY(!encode(l, QStringLiteral("00042"), 10000)); // $100.00 needs 5 digits
    QVERIFY(!encode(l, QStringLiteral("123456"), 100));
    QVERIFY(!encode(l, QStringLiteral("12a"), 100));
    const Layout g = *Layout::fromName(QStringLiteral("ean13-weight-g"));
    QVERIFY(!encode(g, QStringLiteral("1"), 1500)); // 1.5 g: the label holds whole grams
    QVERIFY(!Layout::fromName(QStringLiteral("code128")));
}

void TstBarcode::scanAddsItemAtLabelPrice()
{
    TempDb db;
    ProductRepository products(db.db());
    Product honey;
    honey.sku = QStringLiteral("HONEY-JAR");
    honey.name = QStringLiteral("Honey jar");
    honey.price = 900;
    honey.barcodes = {QStringLiteral("00042")};
    QVERIFY(products.save(honey));
    Product greens;
    greens.sku = QStringLiteral("00789");
    greens.name = QStringLiteral("Salad greens");
    greens.unit = Unit::Lb;
    greens.price = 899; // per lb
    QVERIFY(products.save(greens));

    // A jar sold each at the label's price.
    const Layout upc = *Layout::fromName(QStringLiteral("upca-price"));
    auto line = lineForScan(products, *encode(upc, QStringLiteral("42"), 1250));
    QVERIFY(line && *line);
    QCOMPARE((*line)->product.name, QStringLiteral("Honey jar"));
    QCOMPARE((*line)->qty, 1000);
    QCOMPARE((*line)->product.price, 1250);

    // A bag of greens weighed at packing: 0.567 kg -> lb.
    const Layout ean = *Layout::fromName(QStringLiteral("ean13-weight-g"));
    line = lineForScan(products, *encode(ean, QStringLiteral("00789"), 567000));
    QVERIFY(line && *line);
    QCOMPARE((*line)->qty, 1250); // 567 g = 1.25003 lb
    QCOMPARE((*line)->product.price, 899);

    // Greens priced on the label ($5.00): the line comes to exactly $5.00.
    line = lineForScan(products, *encode(upc, QStringLiteral("00789"), 500));
    QVERIFY(line && *line);
    QCOMPARE(*lineAmount((*line)->product.price, (*line)->qty), 500);
    QVERIFY(qAbs((*line)->qty - 556) <= 50);
    QVERIFY(qAbs((*line)->product.price - 899) <= 2);

    // Unknown item code, a misread, a plain barcode.
    line = lineForScan(products, *encode(upc, QStringLiteral("99999"), 500));
    QVERIFY(line && !*line);
    QCOMPARE(line->error().code, Error::Code::NotFound);
    QString misread = *encode(upc, QStringLiteral("42"), 1250);
    misread[9] = misread[9] == u'9' ? u'0' : QChar(misread[9].unicode() + 1);
    line = lineForScan(products, misread);
    QVERIFY(line && !*line);
    QVERIFY(!lineForScan(products, QStringLiteral("036000291452")));
    // A weight label for an item sold each is refused.
    line = lineForScan(products, *encode(ean, QStringLiteral("42"), 500000));
    QVERIFY(line && !*line);
}

QTEST_GUILESS_MAIN(TstBarcode)
#include "tst_barcode.moc"
