#include "core/MarketDay.h"
#include "core/eod/ClosingSummary.h"
#include "core/eod/SlipPdf.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QtTest>

using namespace sk;

// `stallkeeper-cli eod ...` gives the numbers the End of day section shows: both go through
// core/eod, and the CSV it writes is byte for byte what the core writes for the same day.
class TestEodCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString db() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }

    test::CliRun cli(const QStringList &args) { return test::runCli(db(), args); }

    // Every row of the CLI's report against the core's CSV for the same day.
    void compareWithCore(const QString &csvPath, const QString &dayId = {})
    {
        auto opened = Database::open(db());
        QVERIFY(opened);
        Database &d = **opened;
        const QString day = dayId.isEmpty() ? *openOrLastMarketDay(d) : dayId;
        auto s = closingSummary(d, day);
        QVERIFY(s);
        QBuffer core;
        core.open(QIODevice::WriteOnly);
        QVERIFY(writeClosingSummaryCsv(*s, &core));
        QFile f(csvPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray fromCli = f.readAll();
        QCOMPARE(QString::fromUtf8(fromCli), QString::fromUtf8(core.data()));
        QVERIFY(fromCli.contains(QByteArray("sales,sales,Sales,") + QByteArray::number(s->sales)));
    }

    // `eod report` into the file `name` of the test folder, the same as the core's CSV for the
    // day (compareWithCore); the file's bytes in `csv`. False when a step failed.
    bool eodReport(const QString &name, QByteArray &csv, const QString &dayId = {})
    {
        const QString path = m_dir.filePath(name);
        const test::CliRun r = cli({QStringLiteral("eod"), QStringLiteral("report"), path});
        if (r.code != 0) {
            qWarning("eod report: %s", qPrintable(r.err));
            return false;
        }
        compareWithCore(path, dayId);
        QFile f(path);
        if (QTest::currentTestFailed() || !f.open(QIODevice::ReadOnly))
            return false;
        csv = f.readAll();
        return true;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void reportMatchesCore()
    {
        test::CliRun r = cli(test::sl(
            {"demo-data", "--days", "1", "--sales-per-day", "40", "--start", "2025-06-04"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The demo day is closed: a report on it works after closing.
        QByteArray closedText;
        QVERIFY(eodReport(QStringLiteral("closed.csv"), closedText));
        QVERIFY(closedText.contains("day,status,closed,"));
        QVERIFY(closedText.contains("sales,sales,Sales,40,"));

        r = cli(test::sl({"market", "open", "Test Market", "--float", "100.00"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString dayId = r.out.trimmed();
        r = cli(test::sl({"eod", "loadout", "JAM-STR=10", "CHS-CHE=4.5"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(test::sl(
            {"sale", "--item", "JAM-STR=2", "--item", "CHS-CHE=1.25", "--tender", "cash=40.00"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(test::sl({"sale", "--item", "JAM-STR=1", "--tender", "credit_token=10.00"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(test::sl({"eod", "payout", "3.00"}));
        QCOMPARE(r.code, 2); // a payout needs a reason
        r = cli(test::sl({"eod", "payout", "3.00", "--reason", "bought ice"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(test::sl({"eod", "count", "JAM-STR=6", "CHS-CHE=3.000"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // 10 − 3 = 7 expected, 6 counted; 4.5 − 1.25 = 3.25 lb expected, 3 counted.
        QVERIFY2(r.out.contains(QStringLiteral("JAM-STR\t7\t6\t-1\t-8.50")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("CHS-CHE\t3.250\t3.000\t-0.250\t-3.50")),
                 qPrintable(r.out));

        // Expected: 100.00 + 40.00 − (40.00 − 17.00 − 17.50) − 1.50 token change − 3.00
        // = 100 + 40 − 5.50 − 1.50 − 3.00 = 130.00
        r = cli(test::sl({"eod", "drawer"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("expected cash\t130.00")), qPrintable(r.out));
        r = cli(test::sl({"eod",
                          "drawer",
                          "--count",
                          "100=1",
                          "--count",
                          "20=1",
                          "--count",
                          "5=1",
                          "--count",
                          "1=4",
                          "--count",
                          "0.25=2",
                          "--held",
                          "credit_token=10.00"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("over/short\t-0.50")), qPrintable(r.out));
        r = cli(test::sl({"eod", "drawer", "--count", "3=1"}));
        QCOMPARE(r.code, 1); // no 3-dollar note

        QByteArray text;
        QVERIFY(eodReport(QStringLiteral("open.csv"), text));
        QVERIFY(text.contains("day,market,Test Market,"));
        QVERIFY(text.contains("sales,sales,Sales,2,"));
        QVERIFY(text.contains("cash,expected,Expected cash,,,,130.00\r\n"));
        QVERIFY(text.contains("cash,over_short,Over (+) / short (-),,,,-0.50\r\n"));
        QVERIFY(text.contains("stock,variance_value,Stock variance,,,,-12.00\r\n"));
        QVERIFY(text.contains("stock,unrecorded_value,Unrecorded stock,2,,,12.00\r\n"));

        const QString reconCsv = m_dir.filePath(QStringLiteral("recon.csv"));
        r = cli({QStringLiteral("eod"), QStringLiteral("reconcile"), reconCsv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile recon(reconCsv);
        QVERIFY(recon.open(QIODevice::ReadOnly));
        QVERIFY(recon.readAll().contains(
            "JAM-STR,Strawberry "
            "jam,each,10.000,0.000,0.000,3.000,0.000,6.000,1.000,8.50,8.50\r\n"));

        r = cli({QStringLiteral("eod"), QStringLiteral("summary"), QStringLiteral("--day"), dayId});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("cash over/short\t-0.50")));

        // After closing, the report is on the day just closed, with the same figures.
        r = cli(test::sl({"market", "close"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QByteArray after;
        QVERIFY(eodReport(QStringLiteral("after.csv"), after, dayId));
        QVERIFY(after.contains("cash,expected,Expected cash,,,,130.00\r\n"));
        r = cli(test::sl({"eod", "payout", "1.00", "--reason", "late"}));
        QCOMPARE(r.code, 1); // no open day
        r = cli(test::sl({"eod", "nonsense"}));
        QCOMPARE(r.code, 2);
    }

    // The turn-in slip, programs and fees without a window: the CSV is the core's slip.
    void turnInSlipProgramsAndFees()
    {
        const QString file = m_dir.filePath(QStringLiteral("slip.sqlite"));
        auto run = [&](const QStringList &args) {
            return test::runCli(file, args);
        };
        QCOMPARE(run(test::sl({"demo-data", "--days", "0", "--sales-per-day", "0"})).code, 0);
        test::CliRun r
            = run(test::sl({"program", "set", "voucher", "Gift program", "--deposit-days", "10"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run(test::sl({"program", "list"}));
        QVERIFY(r.out.contains(QStringLiteral("Gift program\tvoucher\tGift voucher")));
        QVERIFY(r.out.contains(QStringLiteral("Market tokens\tcredit_token")));
        r = run(test::sl({"program", "set", "voucher", "x", "--deposit-days", "99999"}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("0 to 3650 days")), qPrintable(r.err));
        r = run(
            test::sl({"fee", "set", "Test Market", "--share", "10", "--min", "5", "--max", "4"}));
        QCOMPARE(r.code, 1); // the most per day below the least
        r = run(test::sl(
            {"fee", "set", "Test Market", "--share", "10", "--max", "1.00", "--stall", "20"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run(test::sl({"market", "open", "Test Market"}));
        const QString day = r.out.trimmed();
        r = run(test::sl({"sale", "--item", "JAM-STR=2", "--tender", "voucher=17.00:G-77"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString csv = m_dir.filePath(QStringLiteral("slip.csv"));
        r = run({QStringLiteral("eod"), QStringLiteral("turn-in"), csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("program Gift program\t17.00")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("market fee\t21.00"))); // 1.70 capped at 1.00 + 20
        auto db = Database::open(file);
        QVERIFY(db);
        auto slip = buildTurnInSlip(**db, day, QDate::currentDate());
        QVERIFY(slip);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), slip->toCsv());
        QVERIFY(slip->toCsv().contains(",G-77,"));
        r = run({QStringLiteral("eod"),
                 QStringLiteral("turn-in"),
                 m_dir.filePath(QStringLiteral("slip.txt"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral(".pdf or .csv")));
    }

    // The worst a script can hand the command line: the slip's output path on the open
    // database file (directly, or through a link named .pdf), and amounts at the edge of 64
    // bits in fees and incentive rules. Each is refused in one line and nothing changes.
    void worstInputs()
    {
        const QString file = m_dir.filePath(QStringLiteral("books.pdf")); // the database
        auto run = [&](const QStringList &args) {
            return test::runCli(file, args);
        };
        const auto refused = [&](const QStringList &args, const QString &says) {
            const QByteArray before = test::contentHash(file);
            const test::CliRun r = run(args);
            QVERIFY2(r.code != 0, qPrintable(args.join(u' ')));
            QCOMPARE(r.err.count(u'\n'), 1);
            QVERIFY2(r.err.contains(says), qPrintable(r.err));
            QCOMPARE(test::contentHash(file), before);
        };
        QCOMPARE(run(test::sl({"demo-data", "--days", "0", "--sales-per-day", "0"})).code, 0);
        QCOMPARE(run(test::sl({"market", "open", "Hilltop"})).code, 0);
        test::CliRun r = run(test::sl({"sale", "--item", "JAM-STR=2", "--tender", "cash=20"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));

        refused({QStringLiteral("eod"), QStringLiteral("turn-in"), file},
                QStringLiteral("database"));
        const QString link = m_dir.filePath(QStringLiteral("slip-link.pdf"));
        QVERIFY(QFile::link(file, link));
        refused({QStringLiteral("eod"), QStringLiteral("turn-in"), link},
                QStringLiteral("database"));
        r = run(test::sl({"sale", "--item", "JAM-STR=1", "--tender", "cash=10"}));
        QVERIFY2(r.code == 0, qPrintable(r.err)); // the database is whole and still takes sales

        const QString huge = QStringLiteral("92233720368547758.07"); // 2^63 - 1 minor units
        for (const auto &[option, what] : {std::pair{"--stall", "the stall fee"},
                                           {"--min", "the least per day"},
                                           {"--max", "the most per day"}})
            refused({QStringLiteral("fee"),
                     QStringLiteral("set"),
                     QStringLiteral("Hilltop"),
                     QLatin1String(option),
                     huge},
                    QLatin1String(what));
        refused(test::sl({"fee", "set", "Hilltop", "--stall", "5000000"}),
                QStringLiteral("below 1,000,000"));
        refused(test::sl({"fee", "set", "Hilltop", "--share", "9223372036854775807"}),
                QStringLiteral("--share"));
        refused({QStringLiteral("incentive"),
                 QStringLiteral("set"),
                 QStringLiteral("incentive"),
                 QStringLiteral("--match"),
                 QStringLiteral("100"),
                 QStringLiteral("--cap"),
                 huge},
                QStringLiteral("the cap must be 0 to 1000000.00"));
        refused(test::sl({"incentive", "set", "incentive", "--match", "100", "--cap", "900000000"}),
                QStringLiteral("the cap must be 0 to 1000000.00"));
        refused(
            test::sl(
                {"incentive", "set", "incentive", "--match", "9223372036854775807", "--cap", "10"}),
            QStringLiteral("--match"));
    }
};

QTEST_GUILESS_MAIN(TestEodCli)
#include "tst_eodcli.moc"
