#include "core/Csv.h"

#include <QBuffer>
#include <QtTest>

using namespace sk;

class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    void writerQuotesAndNeutralises()
    {
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        CsvWriter w(&buf, false);
        QVERIFY(w.header({QStringLiteral("name"), QStringLiteral("amount")}));
        w.text(QStringLiteral("=HYPERLINK(\"http://x\")")).number(QStringLiteral("-1.50"));
        QVERIFY(w.endRow());
        w.text(QStringLiteral("a,b \"c\"\nd")).fixed(-5, 2);
        QVERIFY(w.endRow());
        w.text(QStringLiteral("+1")).text(QStringLiteral("-2")).text(QStringLiteral("@SUM(A1)"));
        w.text(QStringLiteral("\tx")).text(QStringLiteral("\rx")).text(QStringLiteral("ok"));
        QVERIFY(w.endRow());
        const QByteArray expected = "name,amount\r\n"
                                    "'=HYPERLINK(\"\"http://x\"\")\",-1.50\r\n"
                                    "\"a,b \"\"c\"\"\nd\",-0.05\r\n"
                                    "'+1,'-2,'@SUM(A1),'\tx,\"'\rx\",ok\r\n";
        // The first cell needs quoting because of the quotes it contains.
        QCOMPARE(buf.data(), QByteArray(expected).replace("'=HYPERLINK", "\"'=HYPERLINK"));
    }

    void bom()
    {
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        CsvWriter w(&buf, true);
        w.text(QStringLiteral("Crème brûlée"));
        QVERIFY(w.endRow());
        QVERIFY(buf.data().startsWith("\xEF\xBB\xBF"
                                      "Cr\xC3\xA8me"));
    }

    void readerRoundTrip()
    {
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        CsvWriter w(&buf, true);
        const QStringList values = {QStringLiteral("plain"),
                                    QStringLiteral("with, comma"),
                                    QStringLiteral("with \"quotes\""),
                                    QStringLiteral("two\r\nlines"),
                                    QStringLiteral("=formula"),
                                    QStringLiteral("ünïcödé ✓"),
                                    QString()};
        for (const QString &v : values)
            w.text(v);
        QVERIFY(w.endRow());
        auto rows = CsvReader::parse(buf.data());
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QStringList back;
        for (const QString &f : rows->first().fields)
            back << CsvReader::unneutralise(f);
        QCOMPARE(back, values);
    }

    void readerLineNumbers()
    {
        auto rows = CsvReader::parse("a,b\n\"multi\nline\",x\nlast,row\n");
        QVERIFY(rows);
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(1).line, 2);
        QCOMPARE(rows->at(2).line, 4);
        QCOMPARE(rows->at(2).fields, (QStringList{QStringLiteral("last"), QStringLiteral("row")}));
    }

    void readerRefuses_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid utf-8")
            << QByteArray("a,b\nok,\xff\xfe\n") << "line 2: not valid UTF-8";
        QTest::newRow("unterminated")
            << QByteArray("a\n\"open,x\n") << "line 2: a quoted field is never closed";
        QTest::newRow("stray quote")
            << QByteArray("a\nab\"c\n") << "line 2: quote inside an unquoted field";
        QTest::newRow("text after quote")
            << QByteArray("a\n\"x\"y\n") << "line 2: text after a closing quote";
    }
    void readerRefuses()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        auto rows = CsvReader::parse(data);
        QVERIFY(!rows);
        QCOMPARE(rows.error().detail, message);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
