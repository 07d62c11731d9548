// `stallkeeper-cli orders ...` run as a script would: cancel and reschedule, and an import of
// the worst files (a NUL byte, int64-extreme quantities and prices, a 10 MB field, a missing
// SKU). Every refusal is exit code 1 and one line on stderr, and the database is left as it was.
#include "tests/support/TestSupport.h"

#include <QDate>
#include <QTemporaryDir>
#include <QtTest>

using namespace sk;

class TestOrdersCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    const QString m_day = QDate::currentDate().addDays(1).toString(Qt::ISODate);

    test::CliRun cli(const QStringList &args) { return test::runCli(m_db, args); }

    test::CliRun import(const QByteArray &rows)
    {
        const QString path = m_dir.filePath(QStringLiteral("orders.csv"));
        test::writeFile(path,
                        "order_number,customer,contact,sku,quantity,unit_price,pickup_date,window,"
                        "note,paid_elsewhere\r\n"
                            + rows);
        return cli({QStringLiteral("orders"), QStringLiteral("import"), path});
    }

    void refused(const test::CliRun &r, const QString &fragment)
    {
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("orders.sqlite"));
        test::makeCliDatabase(m_db);
        const test::CliRun r = import(QByteArray("W-1,Ana,555-0100,JAM,2,,DAY,,,\r\n"
                                                 "W-2,Bo,555-0101,JAM,1,,DAY,,,\r\n")
                                          .replace("DAY", m_day.toLatin1()));
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void cancelReleasesAndKeepsTheOrder()
    {
        test::CliRun r = cli(test::sl({"orders", "cancel", "W-1"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("W-1 cancelled\n"));
        refused(cli(test::sl({"orders", "cancel", "W-1"})), QStringLiteral("already cancelled"));
        refused(cli(test::sl({"orders", "cancel", "W-404"})), QStringLiteral("W-404"));
        r = cli(test::sl({"orders", "list"}));
        QVERIFY(r.out.contains(QStringLiteral("W-1\tcancelled")));
    }

    // Paid online for two jars, one handed over: the CLI pays the other back as the till does,
    // a payout of the market day that the drawer expects.
    void pickupPaysBackTheOnlineCreditFromTheDrawer()
    {
        test::CliRun r = import(
            QByteArray("W-3,Cy,555-0102,JAM,2,,DAY,,,17.00\r\n").replace("DAY", m_day.toLatin1()));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(test::sl({"orders", "pickup", "W-3", "--item", "JAM=1"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("give back 8.50 in cash (payout ")),
                 qPrintable(r.out));
        r = cli(test::sl({"eod", "drawer"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("payouts\t-8.50")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("expected cash\t91.50")), qPrintable(r.out));
        r = cli(test::sl({"orders", "show", "W-3", "--json"}));
        QVERIFY2(r.out.contains(QStringLiteral("\"paid_elsewhere\": \"0\"")), qPrintable(r.out));
    }

    void rescheduleMovesTheOrder()
    {
        const QString later = QDate::currentDate().addDays(8).toString(Qt::ISODate);
        const QString past = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        refused(cli({QStringLiteral("orders"),
                     QStringLiteral("reschedule"),
                     QStringLiteral("W-2"),
                     QStringLiteral("--day"),
                     past}),
                QStringLiteral("from today on"));
        const test::CliRun noDay = cli(test::sl({"orders", "reschedule", "W-2"}));
        QCOMPARE(noDay.code, 2);
        QVERIFY(noDay.err.contains(QStringLiteral("--day")));
        const test::CliRun r = cli({QStringLiteral("orders"),
                                    QStringLiteral("reschedule"),
                                    QStringLiteral("W-2"),
                                    QStringLiteral("--day"),
                                    later,
                                    QStringLiteral("--window"),
                                    QStringLiteral("10:00-12:00")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("W-2 placed %1 10:00-12:00\n").arg(later));
        QVERIFY(
            cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--day"), later})
                .out.contains(QStringLiteral("W-2")));
    }

    void worstImportsLoseNothing_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("NUL in the name")
            << QByteArray("X-1,An\0a,555,JAM,1,,DAY,,,", 24) << QStringLiteral("customer name");
        QTest::newRow("int64 max quantity")
            << QByteArray("X-1,Ana,555,JAM,9223372036854775807,,DAY,,,")
            << QStringLiteral("quantity \"9223372036854775807\"");
        QTest::newRow("int64 min quantity")
            << QByteArray("X-1,Ana,555,JAM,-9223372036854775808,,DAY,,,")
            << QStringLiteral("must be above 0");
        QTest::newRow("int64 max price")
            << QByteArray("X-1,Ana,555,JAM,1,92233720368547758.07,DAY,,,")
            << QStringLiteral("out of bounds");
        QTest::newRow("huge price") << QByteArray("X-1,Ana,555,JAM,1,90000000000000000.00,DAY,,,")
                                    << QStringLiteral("out of bounds");
        QTest::newRow("int64 min paid")
            << QByteArray("X-1,Ana,555,JAM,1,,DAY,,,-9223372036854775808")
            << QStringLiteral("paid_elsewhere");
        QTest::newRow("missing SKU")
            << QByteArray("X-1,Ana,555,,1,,DAY,,,") << QStringLiteral("sku is empty");
        QTest::newRow("unknown SKU")
            << QByteArray("X-1,Ana,555,NOPE,1,,DAY,,,") << QStringLiteral("\"NOPE\"");
        QTest::newRow("10 MB note")
            << QByteArray("X-1,Ana,555,JAM,1,,DAY,,") + QByteArray(10 * 1024 * 1024, 'x') + ","
            << QStringLiteral("too long");
    }

    // One bad row among good ones: nothing of the file is imported.
    void worstImportsLoseNothing()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, fragment);
        const QByteArray before = test::contentHash(m_db);
        const QByteArray good = "X-2,Cy,555,JAM,1,,DAY,,,\r\n";
        const QByteArray file = QByteArray(good + row + "\r\n").replace("DAY", m_day.toLatin1());
        const test::CliRun r = import(file);
        refused(r, fragment);
        QVERIFY2(r.err.contains(QStringLiteral("nothing imported: line 3")), qPrintable(r.err));
        QCOMPARE(test::contentHash(m_db), before);
    }
};

QTEST_GUILESS_MAIN(TestOrdersCli)
#include "tst_orders_cli.moc"
