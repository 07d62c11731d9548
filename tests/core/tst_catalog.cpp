#include "core/BusinessSettings.h"
#include "core/Catalog.h"
#include "core/CatalogImportBatch.h"
#include "core/DatabaseRows.h"
#include "core/DemoData.h"
#include "core/sync/SyncProtocol.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTranslator>
#include <QtTest>

#include <cstring>
#include <limits>
#include <optional>

using namespace sk;

namespace {
QByteArray header()
{
    return "sku,name,category,unit,price,tax_category,snap_eligible,barcodes\n";
}
// A device that cannot be read again: the import goes row by row (ProductRepository::save).
class OneWay : public QIODevice
{
public:
    explicit OneWay(const QByteArray &data)
        : m_data(data)
    {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_at + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_at);
        std::memcpy(out, m_data.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_at = 0;
};

QStringList rowsOf(Database &db, const QString &sql)
{
    const auto rows = queryTexts(db, sql);
    return rows ? *rows : QStringList{QStringLiteral("error: ") + rows.error().detail};
}

qint64 productCount(Database &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM products"))->toLongLong();
}
} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT
private slots:
    void importAndFind()
    {
        test::TempDb t;
        auto r = importCatalogCsv(t.db(),
                                  header()
                                      + "JAM,Strawberry jam,Jams,each,8.50,exempt,yes,0123 0456\n"
                                        "TOM,\"Tomatoes, heirloom\",Produce,lb,4.50,exempt,1,\n",
                                  false);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
        QCOMPARE(r->imported, 2);
        ProductRepository repo(t.db());
        auto p = repo.byCode(QStringLiteral("0456"));
        QVERIFY(p);
        QCOMPARE(p->sku, QStringLiteral("JAM"));
        QCOMPARE(p->price, 850);
        QVERIFY(p->inClass(QStringLiteral("snap")));
        auto s = repo.search(QStringLiteral("heir"));
        QVERIFY(s);
        QCOMPARE(s->size(), 1);
        QCOMPARE(s->first().unit, Unit::Lb);
        // LIKE wildcards typed by a user match themselves only.
        QCOMPARE(repo.search(QStringLiteral("%"))->size(), 0);
        // Every save queued an outbox event.
        QCOMPARE(*t->pendingOutboxCount(), 2);
    }

    void searchOrdersExactSkuThenNamePrefixThenTheRest()
    {
        test::TempDb t;
        ProductRepository repo(t.db());
        auto add = [&](const char *sku, const char *name, bool active = true) {
            Product p;
            p.sku = QString::fromLatin1(sku);
            p.name = QString::fromLatin1(name);
            p.price = 100;
            p.active = active;
            QVERIFY(repo.save(p));
        };
        add("PEA-1", "Snap peas");
        add("APL", "apple butter");
        add("PIE", "Apple pie");
        add("OLD", "Apple cider", false);
        add("JAM", "Pineapple jam");
        add("AP", "Honey");
        add("APX-2", "Tomatoes");
        auto names = [&](const QString &text, int limit = 50) {
            QStringList out;
            const auto found = repo.search(text, limit);
            if (found)
                for (const Product &p : *found)
                    out << p.name;
            return out;
        };
        // The exact SKU, then names starting with the text (ignoring case, alphabetical), then
        // names containing it or SKUs starting with it; inactive products never.
        QCOMPARE(names(QStringLiteral("ap")),
                 QStringList({QStringLiteral("apple butter"),
                              QStringLiteral("Apple pie"),
                              QStringLiteral("Honey"),
                              QStringLiteral("Pineapple jam"),
                              QStringLiteral("Snap peas"),
                              QStringLiteral("Tomatoes")}));
        QCOMPARE(names(QStringLiteral("AP"), 3),
                 QStringList({QStringLiteral("Honey"),
                              QStringLiteral("apple butter"),
                              QStringLiteral("Apple pie")}));
        QCOMPARE(names(QStringLiteral("pea")), QStringList({QStringLiteral("Snap peas")}));
        QCOMPARE(names(QStringLiteral("PIE")), QStringList({QStringLiteral("Apple pie")}));
        QVERIFY(names(QStringLiteral("zzz")).isEmpty());
        QVERIFY(names(QStringLiteral("p_e")).isEmpty());
    }

    void allOrNothing()
    {
        test::TempDb t;
        auto r = importCatalogCsv(t.db(),
                                  header()
                                      + "A,Good,,each,1.00,exempt,0,\n"
                                        "B,Bad price,,each,-1.00,exempt,0,\n"
                                        "C,Bad unit,,stone,1.00,exempt,0,\n",
                                  false);
        QVERIFY(!r);
        QVERIFY2(r.error().detail.startsWith(QLatin1String("line 3: price must not be negative")),
                 qPrintable(r.error().detail));
        QVERIFY(r.error().detail.contains(QLatin1String("2 bad row(s)")));
        QCOMPARE(productCount(t.db()), 0);
        QCOMPARE(*t->pendingOutboxCount(), 0);

        auto skip = importCatalogCsv(t.db(),
                                     header()
                                         + "A,Good,,each,1.00,exempt,0,\n"
                                           "B,Bad price,,each,-1.00,exempt,0,\n"
                                           "C,Bad unit,,stone,1.00,exempt,0,\n",
                                     true);
        QVERIFY(skip);
        QCOMPARE(skip->imported, 1);
        QCOMPARE(skip->skipped, 2);
        QCOMPARE(skip->errors.at(1).left(7), QStringLiteral("line 4:"));
        QCOMPARE(productCount(t.db()), 1);
    }

    void hostileRowsAreStoredExactlyOrRefused_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("storedName");
        QTest::newRow("formula =") << QByteArray("X1,=1+2,,each,1.00,exempt,0,") << true << "=1+2";
        QTest::newRow("formula +") << QByteArray("X1,+cmd|' /C calc'!A0,,each,1.00,exempt,0,")
                                   << true << "+cmd|' /C calc'!A0";
        QTest::newRow("formula -") << QByteArray("X1,-2+3,,each,1.00,exempt,0,") << true << "-2+3";
        QTest::newRow("formula @")
            << QByteArray("X1,@SUM(A1),,each,1.00,exempt,0,") << true << "@SUM(A1)";
        QTest::newRow("leading tab")
            << QByteArray("X1,\"\tname\",,each,1.00,exempt,0,") << false << "";
        QTest::newRow("leading CR")
            << QByteArray("X1,\"\rname\",,each,1.00,exempt,0,") << false << "";
        QTest::newRow("sql") << QByteArray(
            "X1,\"Robert'); DROP TABLE products;--\",,each,1.00,exempt,0,")
                             << true << "Robert'); DROP TABLE products;--";
        QTest::newRow("unicode") << QByteArray("X1,Pâté de campagne ✓ 🍓,,each,1.00,exempt,0,")
                                 << true << QString::fromUtf8("Pâté de campagne ✓ 🍓");
        QTest::newRow("10 kB name")
            << (QByteArray("X1,") + QByteArray(10240, 'n') + ",,each,1.00,exempt,0,") << false
            << "";
        QTest::newRow("negative price") << QByteArray("X1,N,,each,-0.01,exempt,0,") << false << "";
        QTest::newRow("huge price")
            << QByteArray("X1,N,,each,99999999999999999999,exempt,0,") << false << "";
        QTest::newRow("price over cap")
            << QByteArray("X1,N,,each,1000000.01,exempt,0,") << false << "";
        QTest::newRow("price 3 decimals")
            << QByteArray("X1,N,,each,1.005,exempt,0,") << false << "";
        QTest::newRow("unknown tax") << QByteArray("X1,N,,each,1.00,luxury,0,") << false << "";
        QTest::newRow("empty sku") << QByteArray(",N,,each,1.00,exempt,0,") << false << "";
        QTest::newRow("bad flag") << QByteArray("X1,N,,each,1.00,exempt,maybe,") << false << "";
        QTest::newRow("nul byte") << QByteArray("X1,N\0x,,each,1.00,exempt,0,", 28) << false << "";
    }
    void hostileRowsAreStoredExactlyOrRefused()
    {
        QFETCH(QByteArray, row);
        QFETCH(bool, accepted);
        QFETCH(QString, storedName);
        test::TempDb t;
        auto r = importCatalogCsv(t.db(), header() + row + "\n", false);
        QCOMPARE(bool(r), accepted);
        ProductRepository repo(t.db());
        if (accepted) {
            QCOMPARE(repo.bySku(QStringLiteral("X1"))->name, storedName);
        } else {
            QVERIFY2(r.error().detail.startsWith(QLatin1String("line 2:")),
                     qPrintable(r.error().detail));
            QCOMPARE(productCount(t.db()), 0);
        }
        // The products table survived whatever the row contained.
        QVERIFY(t->integrityCheck()->isEmpty());
    }

    // A CSV file is machine text: a dot is the decimal point and nothing groups digits. A
    // spreadsheet saved in another language writes "2,49"; that is refused with its line and
    // what to write, never read as 249.
    void numbersInCsv_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("message");
        QTest::newRow("decimal comma")
            << QByteArray("TOM,T,,lb,\"2,49\",exempt,0,") << "line 3: price: \"2,49\": write 2.49";
        QTest::newRow("thousands comma")
            << QByteArray("TOM,T,,lb,\"1,000\",exempt,0,") << "line 3: price: \"1,000\"";
        QTest::newRow("grouped with dots") << QByteArray("TOM,T,,lb,\"1.234,50\",exempt,0,")
                                           << "line 3: price: \"1.234,50\": write 1234.50";
        QTest::newRow("grouped with commas") << QByteArray("TOM,T,,lb,\"1,234.50\",exempt,0,")
                                             << "line 3: price: \"1,234.50\": write 1234.50";
        QTest::newRow("grouped with a space")
            << QByteArray("TOM,T,,lb,1 234,exempt,0,") << "line 3: price: \"1 234\": write 1234";
        QTest::newRow("currency and comma")
            << QByteArray("TOM,T,,lb,\"€ 2,49\",exempt,0,") << "write 2.49";
        QTest::newRow("low stock")
            << QByteArray("TOM,T,,lb,2.49,exempt,0,,,,,,,\"2,5\"") << "line 3: low_stock:";
        QTest::newRow("quick position")
            << QByteArray("TOM,T,,lb,2.49,exempt,0,,,,,\"1,000\",,") << "line 3: quick_pos:";
    }
    void numbersInCsv()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, message);
        test::TempDb t;
        const QByteArray head = "sku,name,category,unit,price,tax_category,snap_eligible,"
                                "token_eligible,fmnp_eligible,active,barcodes,quick_pos,"
                                "quick_color,low_stock\n";
        auto r = importCatalogCsv(t.db(), head + "JAM,J,,each,8.50,exempt,0\n" + row + "\n", false);
        QVERIFY2(!r, "the row was imported");
        QVERIFY2(r.error().detail.startsWith(message) || r.error().detail.contains(message),
                 qPrintable(r.error().detail));
        QCOMPARE(productCount(t.db()), 0);
    }

    // Prices are read with the currency's decimals: 250 yen is 250, not 25000.
    void pricesFollowTheCurrency()
    {
        test::TempDb t;
        QVERIFY(t->setSetting(QStringLiteral("currency"), QStringLiteral("JPY")));
        auto r = importCatalogCsv(t.db(),
                                  header()
                                      + "JAM,J,,each,250,exempt,0,\n"
                                        "TOM,T,,lb,300.00,exempt,0,\n",
                                  false);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
        ProductRepository repo(t.db());
        QCOMPARE(repo.bySku(QStringLiteral("JAM"))->price, 250);
        QCOMPARE(repo.bySku(QStringLiteral("TOM"))->price, 300);
        auto bad = importCatalogCsv(t.db(), header() + "X,X,,each,2.49,exempt,0,\n", false);
        QVERIFY(!bad);
        QVERIFY2(bad.error().detail.contains(QLatin1String("not a whole number")),
                 qPrintable(bad.error().detail));
    }

    // The import keeps the SKUs of the file in a temporary table (not in memory): one that
    // comes twice is still refused, by its line, and skipping keeps the first.
    void aRepeatedSkuIsRefusedWithItsLine()
    {
        test::TempDb t;
        const QByteArray csv = header()
                               + "A,First,,each,1.00,exempt,0,\n"
                                 "B,Other,,each,2.00,exempt,0,\n"
                                 "A,Again,,each,3.00,exempt,0,\n";
        auto r = importCatalogCsv(t.db(), csv, false);
        QVERIFY(!r);
        QVERIFY2(r.error().detail.startsWith(QLatin1String("line 4: SKU A appears twice")),
                 qPrintable(r.error().detail));
        QCOMPARE(productCount(t.db()), 0);
        auto skip = importCatalogCsv(t.db(), csv, true);
        QVERIFY(skip);
        QCOMPARE(skip->imported, 2);
        QCOMPARE(skip->skipped, 1);
        QCOMPARE(ProductRepository(t.db()).bySku(QStringLiteral("A"))->name,
                 QStringLiteral("First"));
        // A second import of the same SKUs updates them: the table starts empty each time.
        auto again = importCatalogCsv(t.db(), header() + "A,Renamed,,each,1.00,exempt,0,\n", false);
        QVERIFY(again);
        QCOMPARE(ProductRepository(t.db()).bySku(QStringLiteral("A"))->name,
                 QStringLiteral("Renamed"));
    }

    // A row refused only while it is written (its barcode belongs to a product already here)
    // leaves nothing behind when skipping: not its product, not its sync event; the file is
    // read again row by row for that. Without skipping nothing is imported.
    void aRowRefusedWhileWrittenLeavesNothing()
    {
        test::TempDb t;
        QVERIFY(importCatalogCsv(t.db(), header() + "X,Held,,each,1.00,exempt,0,111\n", false));
        const auto events = [&] {
            return t.db().scalar(QStringLiteral("SELECT count(*) FROM outbox"))->toInt();
        };
        const int before = events();
        const QByteArray csv = header()
                               + "A,First,,each,1.00,exempt,0,\n"
                                 "B,Clash,,each,2.00,exempt,0,222 111\n"
                                 "C,Third,,each,3.00,exempt,0,333\n";
        auto all = importCatalogCsv(t.db(), csv, false);
        QVERIFY(!all);
        QVERIFY2(all.error().detail.startsWith(QLatin1String("line 3: barcode 111")),
                 qPrintable(all.error().detail));
        QCOMPARE(productCount(t.db()), 1);
        auto skip = importCatalogCsv(t.db(), csv, true);
        QVERIFY(skip);
        QCOMPARE(skip->imported, 2);
        QCOMPARE(skip->skipped, 1);
        QCOMPARE(productCount(t.db()), 3);
        QCOMPARE(ProductRepository(t.db()).bySku(QStringLiteral("B")).error().code,
                 Error::Code::NotFound);
        QCOMPARE(ProductRepository(t.db()).byBarcode(QStringLiteral("222")).error().code,
                 Error::Code::NotFound);
        QCOMPARE(ProductRepository(t.db()).byBarcode(QStringLiteral("333"))->sku,
                 QStringLiteral("C"));
        QCOMPARE(events(), before + 2);
    }

    // A file that can be read again goes in with the new products written together
    // (ProductImportBatch); one that cannot, row by row through ProductRepository::save. Both
    // store the same products, barcodes, field stamps and sync events, in the file's order,
    // an update of a stored SKU among them.
    void theBatchStoresWhatSaveStores()
    {
        QByteArray csv = "sku,name,category,unit,price,tax_category,snap_eligible,"
                         "token_eligible,fmnp_eligible,active,barcodes,quick_pos,quick_color,"
                         "low_stock\n";
        for (int i = 0; i < 700; ++i) {
            if (i == 300)
                csv += "OLD,Renamed,Kept,lb,2.25,exempt,1,0,1,1,999,4,#aa0000,2.5\n";
            csv += "S" + QByteArray::number(i) + ",\"Item " + QByteArray::number(i)
                   + ", fresh\",Veg,each," + QByteArray::number(1 + i % 90) + ".0"
                   + QByteArray::number(i % 10) + ",exempt," + QByteArray::number(i % 2) + ",1,0,"
                   + QByteArray::number(i % 5 ? 1 : 0) + ','
                   + (i % 3 ? QByteArray() : QByteArray::number(5000000000000LL + i)) + ','
                   + (i % 4 ? QByteArray() : QByteArray::number(i)) + ",,"
                   + QByteArray::number(i % 7) + '\n';
        }
        test::TempDb batched, oneByOne;
        for (Database *db : {&batched.db(), &oneByOne.db()})
            QVERIFY(importCatalogCsv(*db, header() + "OLD,Old,,each,1.00,exempt,0,998\n", false));
        QBuffer again(&csv);
        QVERIFY(again.open(QIODevice::ReadOnly));
        auto a = importCatalogCsv(batched.db(), &again, false);
        QVERIFY2(a, qPrintable(a ? QString() : a.error().detail));
        OneWay once(csv);
        QVERIFY(once.open(QIODevice::ReadOnly));
        auto b = importCatalogCsv(oneByOne.db(), &once, false);
        QVERIFY2(b, qPrintable(b ? QString() : b.error().detail));
        QCOMPARE(a->imported, 701);
        QCOMPARE(b->imported, 701);
        const QStringList queries{
            // The products without their ids and clocks; which fields carry the row's own
            // clock.
            QStringLiteral(
                "SELECT sku || '|' || name || '|' || category || '|' || unit || '|' || price || "
                "'|' || tax_category || '|' || snap_eligible || token_eligible || fmnp_eligible "
                "|| active || '|' || quote(quick_pos) || '|' || quick_color || '|' || low_stock "
                "|| '|' || (SELECT group_concat(key || '=' || (value = products.hlc)) FROM "
                "json_each(field_hlc)) FROM products ORDER BY hlc"),
            QStringLiteral("SELECT p.sku || ' ' || b.barcode FROM product_barcodes b JOIN "
                           "products p ON p.id = b.product_id ORDER BY b.barcode"),
            // The events in the order they were made, with their product's id and clock.
            QStringLiteral(
                "SELECT o.event_type || ' ' || json_remove(o.payload, '$.id', '$.hlc', "
                "'$.device_id', '$.data.id') || ' ' || (json_extract(o.payload, '$.data.id') = "
                "p.id) || (o.hlc = p.hlc) || (json_extract(o.payload, '$.hlc') = "
                "CAST(o.hlc AS TEXT)) FROM outbox o JOIN products p ON p.id = "
                "json_extract(o.payload, '$.data.id') ORDER BY o.hlc"),
            QStringLiteral("SELECT count(*) FROM outbox_unsent"),
        };
        for (const QString &q : queries) {
            const QStringList expected = rowsOf(oneByOne.db(), q);
            QVERIFY2(expected.size() > 1 || q.contains(QLatin1String("count")),
                     qPrintable(expected.join(u'\n')));
            QCOMPARE(rowsOf(batched.db(), q), expected);
        }
    }

    // The import writes JSON strings as bytes itself: every kind of character comes out as
    // QJsonDocument writes it (escapes, NUL, other controls, DEL, non-BMP, lone surrogates).
    void jsonStringsAreWrittenAsQtWritesThem()
    {
        QStringList texts = {QString(),
                             QStringLiteral("plain"),
                             QStringLiteral("say \"hi\" \\ back\\"),
                             QStringLiteral("caf\u00e9 \u20ac 5 \u00ff\u07ff\u0800\uffff"),
                             QStringLiteral("peach \U0001F351 and \U0010FFFF"),
                             QStringLiteral("del \x7f / slash </script>")};
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c)
            controls += QChar(c);
        texts << controls << QString(QChar(u'\0')) + QStringLiteral("after NUL");
        const char16_t high = 0xd83c, low = 0xdf51;
        texts << QString(QChar(high)) << QString(QChar(low))
              << QStringLiteral("x") + QChar(high) + QStringLiteral("y")
              << QString(QChar(low)) + QChar(high) << QStringLiteral("end") + QChar(high)
              << QString(QChar(high)) + QChar(high) + QChar(low);
        for (const QString &t : std::as_const(texts)) {
            QByteArray ours;
            appendJsonString(ours, t);
            const QByteArray qt = QJsonDocument(QJsonArray{t}).toJson(QJsonDocument::Compact);
            QCOMPARE(ours, qt.mid(1, qt.size() - 2));
        }
    }

    // A new product's event and field stamps as the import writes them: the bytes
    // ProductRepository::save gets from Qt's JSON for the same product.
    void theImportWritesTheEventSaveWrites()
    {
        Product plain;
        plain.id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
        plain.sku = QStringLiteral("TOM-1");
        plain.name = QStringLiteral("Tomatoes");
        Product odd = plain;
        odd.sku = QStringLiteral("\u00c9PI \"7\"");
        odd.name = QStringLiteral("Peach \U0001F351 \\ \"ripe\" </b> \u00bd lb");
        odd.category = QStringLiteral("Fruit & Veg / \u679c\u7269");
        odd.unit = Unit::Lb;
        odd.price = 123456;
        odd.taxCategory = QStringLiteral("food");
        odd.classes = {QStringLiteral("fmnp"), QStringLiteral("snap"), QStringLiteral("wic_cvb")};
        odd.active = false;
        odd.quickPos = 17;
        odd.quickColor = QStringLiteral("#A0c4ff");
        odd.lowStock = 2500;
        odd.barcodes = {QStringLiteral("5000000000017"), QStringLiteral("\u00e9x")};
        Product fee = plain;
        fee.kind = ProductKind::NonFood;
        fee.classes = {};
        fee.quickPos = 0;
        const QString device = QStringLiteral("0190a1b2-0000-7000-8000-000000000001");
        qint64 hlc = 1900000000000LL << 16;
        for (Product p : {plain, odd, fee}) {
            p.hlc = ++hlc;
            const QString eventId = QStringLiteral("0190a1b2-0000-7000-8000-00000000%1")
                                        .arg(hlc % 10000, 4, 10, QLatin1Char('0'));
            QJsonObject fieldHlc;
            QJsonObject data = p.toJson();
            const QStringList changed = stampProductEdit(fieldHlc, {}, 0, data, p.hlc);
            data.insert(QStringLiteral("changed"), QJsonArray::fromStringList(changed));
            const sync::Event event{eventId, QStringLiteral("product"), device, p.hlc, data, 0, {}};
            QCOMPARE(newProductEventJson(p, eventId, device),
                     QJsonDocument(event.envelope()).toJson(QJsonDocument::Compact));
            QCOMPARE(newProductStampsJson(p.hlc),
                     QJsonDocument(fieldHlc).toJson(QJsonDocument::Compact));
        }
    }

    // The import's own writer against Qt's for products no file would hold: every text field
    // hostile (quotes, backslashes, NUL and every other control character, DEL, RTL marks and
    // overrides, emoji sequences, lone surrogates, very long text) and numbers at the ends of
    // their range. The event and stamps must be byte for byte what save makes of them through
    // QJsonDocument: the server and the other devices read them with the same code.
    void theEventOfAnyProductIsWhatQtWrites_data()
    {
        QTest::addColumn<Product>("product");
        Product base;
        base.id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
        base.sku = QStringLiteral("S-1");
        base.name = QStringLiteral("Name");
        base.hlc = (1900000000000LL << 16) + 7;
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c)
            controls += QChar(c);
        controls += QChar(0x7f);
        const QString quotes = QStringLiteral("\"q\" \\b\\ \\\" '\\u0041' </script> \\n");
        const QString rtl
            = QStringLiteral("\u05e9\u05dc\u05d5\u05dd \u202e\u0645\u0631\u062d\u0628\u0627"
                             "\u202c \u200f\u200e\u2066x\u2069");
        const QString emoji = QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467 "
                                             "\U0001F1FA\U0001F1F8 \u2764\uFE0F \U0010FFFF");
        const QString lone = QString(QChar(0xd800)) + QStringLiteral("a") + QChar(0xdfff)
                             + QChar(0xdbff) + QChar(0xdbff) + QChar(0xdc00);
        const QString nul = QStringLiteral("before") + QChar(u'\0') + QStringLiteral("after");
        const QString all = controls + quotes + rtl + emoji + lone + nul;
        QString longText;
        while (longText.size() < 100000)
            longText += all;
        const struct
        {
            const char *name;
            QString text;
        } texts[] = {{"controls", controls},
                     {"quotes and backslashes", quotes},
                     {"rtl", rtl},
                     {"emoji", emoji},
                     {"lone surrogates", lone},
                     {"nul", nul},
                     {"everything", all},
                     {"100k characters", longText}};
        for (const auto &t : texts) {
            Product p = base;
            p.sku = t.text;
            p.name = t.text;
            p.category = t.text;
            p.taxCategory = t.text;
            p.quickColor = t.text;
            p.id = t.text;
            p.barcodes = {t.text, QStringLiteral("plain"), t.text.left(3)};
            p.classes = {t.text, QStringLiteral("snap")};
            QTest::newRow(t.name) << p;
        }
        constexpr qint64 min = std::numeric_limits<qint64>::min();
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        const struct
        {
            const char *name;
            qint64 price, lowStock, hlc;
            std::optional<int> quickPos;
        } numbers[] = {{"zeros", 0, 0, 0, 0},
                       {"int64 max", max, max, max, std::numeric_limits<int>::max()},
                       {"int64 min", min, min, min, std::numeric_limits<int>::min()},
                       {"minus one", -1, -1, -1, -1},
                       {"the price cap and one more", 100000000, 100000001, 1, std::nullopt},
                       {"powers of ten", 1000000000000000000LL, 999999999999999999LL, 10, 999}};
        for (const auto &n : numbers) {
            Product p = base;
            p.price = n.price;
            p.lowStock = n.lowStock;
            p.hlc = n.hlc;
            p.quickPos = n.quickPos;
            p.active = n.price > 0;
            p.kind = n.price < 0 ? ProductKind::NonFood : ProductKind::Goods;
            p.unit = n.price < 0 ? Unit::G : Unit::Kg;
            p.classes = {};
            QTest::newRow(n.name) << p;
        }
    }
    void theEventOfAnyProductIsWhatQtWrites()
    {
        QFETCH(Product, product);
        const QString device = QStringLiteral("0190a1b2-0000-7000-8000-000000000001");
        const QString eventId = QStringLiteral("0190a1b2-0000-7000-8000-0000000000ee");
        QJsonObject fieldHlc;
        QJsonObject data = product.toJson();
        const QStringList changed = stampProductEdit(fieldHlc, {}, 0, data, product.hlc);
        data.insert(QStringLiteral("changed"), QJsonArray::fromStringList(changed));
        const sync::Event event{
            eventId, QStringLiteral("product"), device, product.hlc, data, 0, {}};
        const QByteArray qt = QJsonDocument(event.envelope()).toJson(QJsonDocument::Compact);
        const QByteArray ours = newProductEventJson(product, eventId, device);
        QCOMPARE(ours.size(), qt.size());
        QCOMPARE(ours, qt);
        QCOMPARE(newProductStampsJson(product.hlc),
                 QJsonDocument(fieldHlc).toJson(QJsonDocument::Compact));
    }

    // The same through a whole import: rows with quotes, backslashes, right-to-left text, emoji
    // and names at their longest, and the highest price a product may have, go in through the
    // batch; every event and field stamps it stored reads back with Qt's JSON reader and writes
    // out again as the same bytes, and its data is the stored product's.
    void importedEventsAreWhatQtWrites()
    {
        QByteArray csv = header();
        const QByteArray names[] = {
            "\"Say \"\"hi\"\" \\ back\\\\ \\u0041 \\\"\"\"",
            "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xe2\x80\xae\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7"
            "\xe2\x80\xac \xe2\x80\x8f",
            "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 \xf0\x9f\x8d"
            "\x91 \xe2\x9d\xa4\xef\xb8\x8f \xf4\x8f\xbf\xbf",
            QByteArray(200, 'n'),
            QByteArray(50, '\\') + QByteArray(50, '/') + "\"\"\"\"" + QByteArray(96, 'x'),
            QByteArray("\xe2\x82\xac").repeated(200),
        };
        int i = 0;
        for (const QByteArray &name : names) {
            const QByteArray quoted
                = name.startsWith('"') ? name : '"' + QByteArray(name).replace("\"", "\"\"") + '"';
            csv += "SKU-" + QByteArray::number(i) + "," + quoted + ",\"\\cat\\ \"\"x\"\"\""
                   + (i % 2 ? ",kg," : ",each,") + (i == 0 ? "1000000.00" : "0.01") + ",exempt,1,"
                   + QByteArray::number(5000000000000LL + i) + "\n";
            ++i;
        }
        test::TempDb t;
        auto r = importCatalogCsv(t.db(), csv, false);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
        QCOMPARE(r->imported, int(std::size(names)));
        auto q = t.db().exec(
            QStringLiteral("SELECT o.payload, p.field_hlc, p.sku FROM outbox o JOIN products p ON "
                           "p.id = json_extract(o.payload, '$.data.id') ORDER BY o.seq"));
        QVERIFY(q);
        ProductRepository repo(t.db());
        int seen = 0;
        while (q->next()) {
            const QByteArray payload = q->value(0).toString().toUtf8();
            const QByteArray stamps = q->value(1).toString().toUtf8();
            QJsonParseError error{};
            const QJsonDocument event = QJsonDocument::fromJson(payload, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(event.toJson(QJsonDocument::Compact), payload);
            QCOMPARE(QJsonDocument::fromJson(stamps).toJson(QJsonDocument::Compact), stamps);
            const auto stored = repo.bySku(q->value(2).toString());
            QVERIFY(stored);
            QJsonObject data = event.object().value(QLatin1String("data")).toObject();
            data.remove(QLatin1String("changed"));
            QCOMPARE(data, stored->toJson());
            ++seen;
        }
        QCOMPARE(seen, int(std::size(names)));
        QCOMPARE(repo.bySku(QStringLiteral("SKU-0"))->price, 100000000);
        QCOMPARE(repo.bySku(QStringLiteral("SKU-3"))->name, QString(200, u'n'));
        QCOMPARE(repo.bySku(QStringLiteral("SKU-1"))->name, QString::fromUtf8(names[1]));
    }

    // Read from a device as it goes, many reads long, with a BOM, CRLF line ends and names that
    // hold quotes and commas: the same products as the same bytes given at once.
    void importReadsFromADevice()
    {
        QByteArray csv = "\xEF\xBB\xBF" + header().replace("\n", "\r\n");
        for (int i = 0; i < 1200; ++i)
            csv += "SKU" + QByteArray::number(i) + ",\"Jam " + QByteArray::number(i)
                   + ", \"\"best\"\" batch\",Preserves,each,4.50,exempt,1,"
                   + (i % 2 ? QByteArray::number(4000000000000LL + i) : QByteArray()) + "\r\n";
        QVERIFY(csv.size() > 64 * 1024);
        test::TempDb streamed, whole;
        QBuffer device(&csv);
        QVERIFY(device.open(QIODevice::ReadOnly));
        auto a = importCatalogCsv(streamed.db(), &device, false);
        QVERIFY2(a, qPrintable(a ? QString() : a.error().detail));
        QCOMPARE(a->imported, 1200);
        auto b = importCatalogCsv(whole.db(), csv, false);
        QVERIFY(b);
        const QString names = QStringLiteral(
            "SELECT group_concat(sku || '|' || name || '|' || price, ';') FROM (SELECT * FROM "
            "products ORDER BY sku)");
        QCOMPARE(streamed.db().scalar(names)->toString(), whole.db().scalar(names)->toString());
        QCOMPARE(ProductRepository(streamed.db()).bySku(QStringLiteral("SKU7"))->name,
                 QStringLiteral("Jam 7, \"best\" batch"));
        QCOMPARE(ProductRepository(streamed.db()).byBarcode(QStringLiteral("4000000000007"))->sku,
                 QStringLiteral("SKU7"));
    }

    void invalidUtf8IsRefusedWithLine()
    {
        test::TempDb t;
        auto r = importCatalogCsv(
            t.db(), header() + "A,ok,,each,1,exempt,0,\nB,\xc3\x28,,each,1,exempt,0,\n", false);
        QVERIFY(!r);
        QCOMPARE(r.error().detail, QStringLiteral("line 3: not valid UTF-8"));
    }

    void demoCatalogWeighsInTheTillsUnits()
    {
        // A till in dollars sells cheese by the pound; one in euros by the kilogram, at the
        // pound price times 2.20462 rounded to ten cents.
        test::TempDb us;
        QVERIFY(seedDemoCatalog(us.db()));
        auto cheddar = ProductRepository(us.db()).bySku(QStringLiteral("CHS-CHE"));
        QVERIFY(cheddar);
        QCOMPARE(cheddar->unit, Unit::Lb);
        QCOMPARE(cheddar->price, Minor(1400));

        test::TempDb eu;
        QVERIFY(BusinessSettings(eu.db()).set(QStringLiteral("currency"), QStringLiteral("EUR")));
        QVERIFY(seedDemoCatalog(eu.db()));
        ProductRepository repo(eu.db());
        cheddar = repo.bySku(QStringLiteral("CHS-CHE"));
        QCOMPARE(cheddar->unit, Unit::Kg);
        QCOMPARE(cheddar->price, Minor(3090)); // 14.00 x 2.20462 = 30.86
        auto tomatoes = repo.bySku(QStringLiteral("VEG-TOM"));
        QCOMPARE(tomatoes->unit, Unit::Kg);
        QCOMPARE(tomatoes->price, Minor(990)); // 4.50 x 2.20462 = 9.92
        QCOMPARE(repo.bySku(QStringLiteral("COF-BAG"))->name, QStringLiteral("Coffee beans 340 g"));
        QCOMPARE(ProductRepository(us.db()).bySku(QStringLiteral("COF-BAG"))->name,
                 QStringLiteral("Coffee beans 12 oz"));
        auto jam = repo.bySku(QStringLiteral("JAM-STR"));
        QCOMPARE(jam->unit, Unit::Each);
        QCOMPARE(jam->price, Minor(850));
    }

    // The demo catalog seeded in another language keeps its produce in the class the
    // fruit-and-vegetable incentives match: the class follows the category, not its name.
    void demoProduceIsMatchedInEveryLanguage()
    {
        struct Spanish : QTranslator
        {
            bool isEmpty() const override { return false; }
            QString translate(const char *context,
                              const char *source,
                              const char * = nullptr,
                              int = -1) const override
            {
                if (qstrcmp(context, "DemoData") == 0 && qstrcmp(source, "Produce") == 0)
                    return QStringLiteral("Frutas y verduras");
                return QString();
            }
        } spanish;
        QCoreApplication::installTranslator(&spanish);
        test::TempDb t;
        const auto seeded = seedDemoCatalog(t.db());
        QCoreApplication::removeTranslator(&spanish);
        QVERIFY(seeded);
        auto tomatoes = ProductRepository(t.db()).bySku(QStringLiteral("VEG-TOM"));
        QVERIFY(tomatoes);
        QCOMPARE(tomatoes->category, QStringLiteral("Frutas y verduras"));
        QVERIFY2(tomatoes->classes.contains(QStringLiteral("fv")),
                 qPrintable(tomatoes->classes.join(QLatin1Char(' '))));
    }

    void exportRoundTripsFormulaNames()
    {
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        Product p;
        p.sku = QStringLiteral("EVIL");
        p.name = QStringLiteral("=HYPERLINK(\"http://evil\",\"click\")");
        p.category = QStringLiteral("@cat");
        p.price = 100;
        ProductRepository repo(t.db());
        QVERIFY(repo.save(p));
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        QVERIFY(exportCatalogCsv(t.db(), &buf, false));
        QVERIFY(buf.data().contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\""));
        QVERIFY(buf.data().contains(",'@cat,"));

        test::TempDb other;
        auto r = importCatalogCsv(other.db(), buf.data(), false);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
        auto back = ProductRepository(other.db()).bySku(QStringLiteral("EVIL"));
        QCOMPARE(back->name, p.name);
        QCOMPARE(back->category, p.category);
        auto all = ProductRepository(t.db()).all(true);
        auto allBack = ProductRepository(other.db()).all(true);
        QCOMPARE(allBack->size(), all->size());
        for (int i = 0; i < all->size(); ++i) {
            QCOMPARE(allBack->at(i).sku, all->at(i).sku);
            QCOMPARE(allBack->at(i).price, all->at(i).price);
            QCOMPARE(allBack->at(i).barcodes, all->at(i).barcodes);
            QCOMPARE(allBack->at(i).quickColor, all->at(i).quickColor);
            QCOMPARE(allBack->at(i).lowStock, all->at(i).lowStock);
        }
    }

    void barcodeBelongsToOneProduct()
    {
        test::TempDb t;
        ProductRepository repo(t.db());
        Product a;
        a.sku = QStringLiteral("A");
        a.name = QStringLiteral("A");
        a.barcodes = {QStringLiteral("111")};
        QVERIFY(repo.save(a));
        Product b = a;
        b.id.clear();
        b.sku = QStringLiteral("B");
        auto r = repo.save(b);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QVERIFY(!repo.bySku(QStringLiteral("B")));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
