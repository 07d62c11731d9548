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

    struct Run
    {
        int code;
        QString out, err;
    };

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(test::binary(QStringLiteral("app/cli/stallkeeper-cli")),
                QStringList{QStringLiteral("--db"), db()} + args);
        if (!p.waitForFinished(120000))
            return {-1, {}, QStringLiteral("timed out")};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

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

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void reportMatchesCore()
    {
        Run r = cli({QStringLiteral("demo-data"),
                     QStringLiteral("--days"),
                     QStringLiteral("1"),
                     QStringLiteral("--sales-per-day"),
                     QStringLiteral("40"),
                     QStringLiteral("--start"),
                     QStringLiteral("2025-06-04")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The demo day is closed: a report on it works after closing.
        const QString closedCsv = m_dir.filePath(QStringLiteral("closed.csv"));
        r = cli({QStringLiteral("eod"), QStringLiteral("report"), closedCsv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        compareWithCore(closedCsv);
        QFile closed(closedCsv);
        QVERIFY(closed.open(QIODevice::ReadOnly));
        const QByteArray closedText = closed.readAll();
        QVERIFY(closedText.contains("day,status,closed,"));
        QVERIFY(closedText.contains("sales,sales,Sales,40,"));

        r = cli({QStringLiteral("market"),
                 QStringLiteral("open"),
                 QStringLiteral("Test Market"),
                 QStringLiteral("--float"),
                 QStringLiteral("100.00")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString dayId = r.out.trimmed();
        r = cli({QStringLiteral("eod"),
                 QStringLiteral("loadout"),
                 QStringLiteral("JAM-STR=10"),
                 QStringLiteral("CHS-CHE=4.5")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("sale"),
                 QStringLiteral("--item"),
                 QStringLiteral("JAM-STR=2"),
                 QStringLiteral("--item"),
                 QStringLiteral("CHS-CHE=1.25"),
                 QStringLiteral("--tender"),
                 QStringLiteral("cash=40.00")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("sale"),
                 QStringLiteral("--item"),
                 QStringLiteral("JAM-STR=1"),
                 QStringLiteral("--tender"),
                 QStringLiteral("credit_token=10.00")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("eod"), QStringLiteral("payout"), QStringLiteral("3.00")});
        QCOMPARE(r.code, 2); // a payout needs a reason
        r = cli({QStringLiteral("eod"),
                 QStringLiteral("payout"),
                 QStringLiteral("3.00"),
                 QStringLiteral("--reason"),
                 QStringLiteral("bought ice")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("eod"),
                 QStringLiteral("count"),
                 QStringLiteral("JAM-STR=6"),
                 QStringLiteral("CHS-CHE=3.000")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // 10 − 3 = 7 expected, 6 counted; 4.5 − 1.25 = 3.25 lb expected, 3 counted.
        QVERIFY2(r.out.contains(QStringLiteral("JAM-STR\t7\t6\t-1\t-8.50")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("CHS-CHE\t3.250\t3.000\t-0.250\t-3.50")),
                 qPrintable(r.out));

        // Expected: 100.00 + 40.00 − (40.00 − 17.00 − 17.50) − 1.50 token change − 3.00
        // = 100 + 40 − 5.50 − 1.50 − 3.00 = 130.00
        r = cli({QStringLiteral("eod"), QStringLiteral("drawer")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("expected cash\t130.00")), qPrintable(r.out));
        r = cli({QStringLiteral("eod"),
                 QStringLiteral("drawer"),
                 QStringLiteral("--count"),
                 QStringLiteral("100=1"),
                 QStringLiteral("--count"),
                 QStringLiteral("20=1"),
                 QStringLiteral("--count"),
                 QStringLiteral("5=1"),
                 QStringLiteral("--count"),
                 QStringLiteral("1=4"),
                 QStringLiteral("--count"),
                 QStringLiteral("0.25=2"),
                 QStringLiteral("--held"),
                 QStringLiteral("credit_token=10.00")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("over/short\t-0.50")), qPrintable(r.out));
        r = cli({QStringLiteral("eod"),
                 QStringLiteral("drawer"),
                 QStringLiteral("--count"),
                 QStringLiteral("3=1")});
        QCOMPARE(r.code, 1); // no 3-dollar note

        const QString openCsv = m_dir.filePath(QStringLiteral("open.csv"));
        r = cli({QStringLiteral("eod"), QStringLiteral("report"), openCsv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        compareWithCore(openCsv);
        QFile open(openCsv);
        QVERIFY(open.open(QIODevice::ReadOnly));
        const QByteArray text = open.readAll();
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
        r = cli({QStringLiteral("market"), QStringLiteral("close")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString afterCsv = m_dir.filePath(QStringLiteral("after.csv"));
        r = cli({QStringLiteral("eod"), QStringLiteral("report"), afterCsv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        compareWithCore(afterCsv, dayId);
        QFile after(afterCsv);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QVERIFY(after.readAll().contains("cash,expected,Expected cash,,,,130.00\r\n"));
        r = cli({QStringLiteral("eod"),
                 QStringLiteral("payout"),
                 QStringLiteral("1.00"),
                 QStringLiteral("--reason"),
                 QStringLiteral("late")});
        QCOMPARE(r.code, 1); // no open day
        r = cli({QStringLiteral("eod"), QStringLiteral("nonsense")});
        QCOMPARE(r.code, 2);
    }

    // The turn-in slip, programs and fees without a window: the CSV is the core's slip.
    void turnInSlipProgramsAndFees()
    {
        const QString file = m_dir.filePath(QStringLiteral("slip.sqlite"));
        auto run = [&](const QStringList &args) {
            QProcess p;
            p.start(test::binary(QStringLiteral("app/cli/stallkeeper-cli")),
                    QStringList{QStringLiteral("--db"), file} + args);
            p.waitForFinished(120000);
            return Run{p.exitCode(),
                       QString::fromUtf8(p.readAllStandardOutput()),
                       QString::fromUtf8(p.readAllStandardError())};
        };
        QCOMPARE(run({QStringLiteral("demo-data"),
                      QStringLiteral("--days"),
                      QStringLiteral("0"),
                      QStringLiteral("--sales-per-day"),
                      QStringLiteral("0")})
                     .code,
                 0);
        Run r = run({QStringLiteral("program"),
                     QStringLiteral("set"),
                     QStringLiteral("voucher"),
                     QStringLiteral("Gift program"),
                     QStringLiteral("--deposit-days"),
                     QStringLiteral("10")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("program"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QStringLiteral("Gift program\tvoucher\tGift voucher")));
        QVERIFY(r.out.contains(QStringLiteral("Market tokens\tcredit_token")));
        r = run({QStringLiteral("program"),
                 QStringLiteral("set"),
                 QStringLiteral("voucher"),
                 QStringLiteral("x"),
                 QStringLiteral("--deposit-days"),
                 QStringLiteral("99999")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("0 to 3650 days")), qPrintable(r.err));
        r = run({QStringLiteral("fee"),
                 QStringLiteral("set"),
                 QStringLiteral("Test Market"),
                 QStringLiteral("--share"),
                 QStringLiteral("10"),
                 QStringLiteral("--min"),
                 QStringLiteral("5"),
                 QStringLiteral("--max"),
                 QStringLiteral("4")});
        QCOMPARE(r.code, 1); // the most per day below the least
        r = run({QStringLiteral("fee"),
                 QStringLiteral("set"),
                 QStringLiteral("Test Market"),
                 QStringLiteral("--share"),
                 QStringLiteral("10"),
                 QStringLiteral("--max"),
                 QStringLiteral("1.00"),
                 QStringLiteral("--stall"),
                 QStringLiteral("20")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("market"), QStringLiteral("open"), QStringLiteral("Test Market")});
        const QString day = r.out.trimmed();
        r = run({QStringLiteral("sale"),
                 QStringLiteral("--item"),
                 QStringLiteral("JAM-STR=2"),
                 QStringLiteral("--tender"),
                 QStringLiteral("voucher=17.00:G-77")});
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
            QProcess p;
            p.start(test::binary(QStringLiteral("app/cli/stallkeeper-cli")),
                    QStringList{QStringLiteral("--db"), file} + args);
            p.waitForFinished(120000);
            return Run{p.exitCode(),
                       QString::fromUtf8(p.readAllStandardOutput()),
                       QString::fromUtf8(p.readAllStandardError())};
        };
        const auto refused = [&](const QStringList &args, const QString &says) {
            const QByteArray before = test::contentHash(file);
            const Run r = run(args);
            QVERIFY2(r.code != 0, qPrintable(args.join(u' ')));
            QCOMPARE(r.err.count(u'\n'), 1);
            QVERIFY2(r.err.contains(says), qPrintable(r.err));
            QCOMPARE(test::contentHash(file), before);
        };
        QCOMPARE(run({QStringLiteral("demo-data"),
                      QStringLiteral("--days"),
                      QStringLiteral("0"),
                      QStringLiteral("--sales-per-day"),
                      QStringLiteral("0")})
                     .code,
                 0);
        QCOMPARE(
            run({QStringLiteral("market"), QStringLiteral("open"), QStringLiteral("Hilltop")}).code,
            0);
        Run r = run({QStringLiteral("sale"),
                     QStringLiteral("--item"),
                     QStringLiteral("JAM-STR=2"),
                     QStringLiteral("--tender"),
                     QStringLiteral("cash=20")});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        refused({QStringLiteral("eod"), QStringLiteral("turn-in"), file},
                QStringLiteral("database"));
        const QString link = m_dir.filePath(QStringLiteral("slip-link.pdf"));
        QVERIFY(QFile::link(file, link));
        refused({QStringLiteral("eod"), QStringLiteral("turn-in"), link},
                QStringLiteral("database"));
        r = run({QStringLiteral("sale"),
                 QStringLiteral("--item"),
                 QStringLiteral("JAM-STR=1"),
                 QStringLiteral("--tender"),
                 QStringLiteral("cash=10")});
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
        refused({QStringLiteral("fee"),
                 QStringLiteral("set"),
                 QStringLiteral("Hilltop"),
                 QStringLiteral("--stall"),
                 QStringLiteral("5000000")},
                QStringLiteral("below 1,000,000"));
        refused({QStringLiteral("fee"),
                 QStringLiteral("set"),
                 QStringLiteral("Hilltop"),
                 QStringLiteral("--share"),
                 QStringLiteral("9223372036854775807")},
                QStringLiteral("--share"));
        refused({QStringLiteral("incentive"),
                 QStringLiteral("set"),
                 QStringLiteral("incentive"),
                 QStringLiteral("--match"),
                 QStringLiteral("100"),
                 QStringLiteral("--cap"),
                 huge},
                QStringLiteral("the cap must be 0 to 1000000.00"));
        refused({QStringLiteral("incentive"),
                 QStringLiteral("set"),
                 QStringLiteral("incentive"),
                 QStringLiteral("--match"),
                 QStringLiteral("100"),
                 QStringLiteral("--cap"),
                 QStringLiteral("900000000")},
                QStringLiteral("the cap must be 0 to 1000000.00"));
        refused({QStringLiteral("incentive"),
                 QStringLiteral("set"),
                 QStringLiteral("incentive"),
                 QStringLiteral("--match"),
                 QStringLiteral("9223372036854775807"),
                 QStringLiteral("--cap"),
                 QStringLiteral("10")},
                QStringLiteral("--match"));
    }
};

QTEST_GUILESS_MAIN(TestEodCli)
#include "tst_eodcli.moc"
