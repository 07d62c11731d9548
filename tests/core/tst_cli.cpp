#include "core/Database.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlRecord>
#include <QtTest>

using namespace sk;

using test::sl;

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    using Run = test::CliRun;

    Run cli(const QStringList &args) { return test::runCli(m_db, args); }

    QByteArray dbState() { return test::contentHash(m_db); }

    void expectRefused(const QStringList &args, int code, const QString &message)
    {
        const QByteArray before = dbState();
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.startsWith(QLatin1String("stallkeeper-cli: ")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(dbState(), before);
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        QFile csv(m_dir.filePath(QStringLiteral("catalog.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("sku,name,category,unit,price,tax_category,snap_eligible,barcodes\r\n"
                  "JAM,Strawberry jam,Jams,each,8.50,exempt,1,0850001\r\n"
                  "TOM,Heirloom tomatoes,Produce,lb,4.50,exempt,1,\r\n"
                  "CID,Hot cider,Drinks,each,4.00,prepared,0,\r\n");
        csv.close();
        const Run r = cli({QStringLiteral("catalog"), QStringLiteral("import"), csv.fileName()});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("imported 3 product(s)\n"));
    }

    void versionAndHelp()
    {
        QCOMPARE(cli({QStringLiteral("--version")}).out,
                 QStringLiteral("stallkeeper-cli " STALLKEEPER_VERSION "\n"));
        const Run h = cli({QStringLiteral("--help")});
        QCOMPARE(h.code, 0);
        QVERIFY(h.out.contains(QLatin1String("demo-data")));
    }

    void sellVoidRefund()
    {
        expectRefused({QStringLiteral("sale"),
                       QStringLiteral("--item"),
                       QStringLiteral("JAM=1"),
                       QStringLiteral("--tender"),
                       QStringLiteral("cash=10")},
                      1,
                      QStringLiteral("open a market day"));
        QCOMPARE(cli({QStringLiteral("market"),
                      QStringLiteral("open"),
                      QStringLiteral("Saturday Market"),
                      QStringLiteral("--float"),
                      QStringLiteral("100")})
                     .code,
                 0);
        const Run s = cli({QStringLiteral("sale"),
                           QStringLiteral("--item"),
                           QStringLiteral("JAM=2"),
                           QStringLiteral("--item"),
                           QStringLiteral("TOM=0.375"),
                           QStringLiteral("--tender"),
                           QStringLiteral("cash=20")});
        QCOMPARE(s.code, 0);
        const QString id = s.out.trimmed();
        QCOMPARE(id.size(), 36);
        // Scanned barcode works as SKU too.
        const Run s2 = cli({QStringLiteral("sale"),
                            QStringLiteral("--item"),
                            QStringLiteral("0850001=1"),
                            QStringLiteral("--item"),
                            QStringLiteral("CID=1"),
                            QStringLiteral("--tender"),
                            QStringLiteral("snap=8.50"),
                            QStringLiteral("--tender"),
                            QStringLiteral("card=4.32")});
        QCOMPARE(s2.code, 0);
        const Run v = cli({QStringLiteral("void"),
                           s2.out.trimmed(),
                           QStringLiteral("--reason"),
                           QStringLiteral("twice")});
        QCOMPARE(v.code, 0);
        const Run r = cli({QStringLiteral("refund"),
                           id,
                           QStringLiteral("--item"),
                           QStringLiteral("JAM=1"),
                           QStringLiteral("--reason"),
                           QStringLiteral("cracked jar")});
        QCOMPARE(r.code, 0);
        expectRefused(
            {QStringLiteral("refund"), id, QStringLiteral("--item"), QStringLiteral("JAM=2")},
            1,
            QStringLiteral("cannot refund more"));
        expectRefused({QStringLiteral("void"), id}, 1, QStringLiteral("partly refunded"));
        // `show` says what became of each sale: one jar of two back is partly refunded, the
        // void is voided, and a sale is refunded only once nothing of it is left.
        auto status = [&](const QString &saleId) {
            const Run shown = cli({QStringLiteral("show"), saleId});
            return QJsonDocument::fromJson(shown.out.toUtf8())
                .object()
                .value(QStringLiteral("status"))
                .toString();
        };
        QCOMPARE(status(id), QStringLiteral("partly refunded"));
        QCOMPARE(status(s2.out.trimmed()), QStringLiteral("voided"));
        const Run lvl
            = cli({QStringLiteral("stock"), QStringLiteral("level"), QStringLiteral("JAM")});
        QCOMPARE(lvl.out, QStringLiteral("JAM\t-1\teach\toversold\n"));
        QCOMPARE(cli({QStringLiteral("stock"),
                      QStringLiteral("count"),
                      QStringLiteral("JAM=12"),
                      QStringLiteral("TOM=3.5")})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("stock"), QStringLiteral("level"), QStringLiteral("TOM")}).out,
                 QStringLiteral("TOM\t3.500\tlb\n"));

        const QString csv = m_dir.filePath(QStringLiteral("lines.csv"));
        const Run e = cli({QStringLiteral("export"), QStringLiteral("lines"), csv});
        QCOMPARE(e.code, 0);
        QCOMPARE(e.out, QStringLiteral("7 row(s)\n")); // 2 + 2 + 2 (void) + 1 (refund)
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith("sale_id,receipt_no,kind,"));
        QVERIFY(text.contains(
            ",TOM,Heirloom "
            "tomatoes,Produce,lb,0.375,4.50,1.69,0.00,1.69,exempt,0.0000,0.00,USD,0\r\n"));
        QVERIFY(text.contains(",refund,"));
        QCOMPARE(cli({QStringLiteral("check")}).out, QStringLiteral("ok\n"));
        QCOMPARE(
            cli({QStringLiteral("refund"), id, QStringLiteral("--reason"), QStringLiteral("all")})
                .code,
            0);
        QCOMPARE(status(id), QStringLiteral("refunded"));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << 2 << "no command given";
        QTest::newRow("unknown command") << sl({"frobnicate"}) << 2 << "unknown command";
        QTest::newRow("unknown option")
            << sl({"sale", "--item", "JAM=1", "--colour", "red"}) << 2 << "unknown option --colour";
        QTest::newRow("unknown sku") << sl({"sale", "--item", "NOPE=1", "--tender", "cash=5"}) << 1
                                     << "no product with SKU or barcode NOPE";
        QTest::newRow("fraction of each")
            << sl({"sale", "--item", "JAM=1.5", "--tender", "cash=50"}) << 1 << "whole quantity";
        QTest::newRow("negative qty")
            << sl({"sale", "--item", "JAM=-1", "--tender", "cash=50"}) << 1 << "quantity";
        QTest::newRow("huge qty") << sl(
            {"sale", "--item", "JAM=99999999999999999", "--tender", "cash=50"})
                                  << 1 << "too large";
        // The largest amount that fits in minor units: the message gives the limit, it does
        // not say the amount is below zero.
        QTest::newRow("largest amount")
            << sl({"sale", "--item", "JAM=1", "--tender", "cash=92233720368547758.07"}) << 1
            << "must be above 0 and at most 1000000000.00";
        QTest::newRow("largest payout")
            << sl({"eod", "payout", "92233720368547758.07", "--reason", "ice"}) << 1
            << "must be above 0 and at most 1000000000.00";
        QTest::newRow("not enough")
            << sl({"sale", "--item", "JAM=1", "--tender", "cash=5"}) << 1 << "3.50 is still due";
        QTest::newRow("snap for cider") << sl({"sale", "--item", "CID=1", "--tender", "snap=4.32"})
                                        << 1 << "can't pay for Hot cider";
        QTest::newRow("bad tender")
            << sl({"sale", "--item", "JAM=1", "--tender", "bitcoin=9"}) << 1 << "unknown tender";
        QTest::newRow("sql in sku")
            << sl({"sale", "--item", "x' OR '1'='1=1", "--tender", "cash=9"}) << 1 << "no product";
        QTest::newRow("formula amount")
            << sl({"sale", "--item", "JAM=1", "--tender", "cash==1+1"}) << 1 << "not a number";
        QTest::newRow("bad date") << sl({"export", "sales", "/tmp/x.csv", "--from", "yesterday"})
                                  << 1 << "is not a date";
        QTest::newRow("missing sale") << sl({"void", "0000"}) << 1 << "no sale 0000";
        QTest::newRow("second market day") << sl({"market", "open", "Other"}) << 1 << "still open";
        QTest::newRow("restore missing") << sl({"restore", "/nonexistent/x.sqlite"}) << 1 << "";
        QTest::newRow("import missing")
            << sl({"catalog", "import", "/nonexistent.csv"}) << 1 << "cannot read";
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        expectRefused(args, code, message);
    }

    // Every command reads its arguments against what it declares: a positional it does not
    // take, an option it does not know and an option without its value are each refused as
    // wrong usage (exit 2, one line) before anything runs, never quietly taken as something else.
    void strayArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("flag followed by a word")
            << sl({"sync", "--status", "extra"}) << "sync takes no arguments, not \"extra\"";
        QTest::newRow("word after a command that takes none")
            << sl({"catalog", "list", "everything"}) << "catalog list takes no arguments";
        QTest::newRow("one positional too many")
            << sl({"stock", "level", "JAM", "TOM"}) << "not also \"TOM\"";
        QTest::newRow("unknown option")
            << sl({"market", "status", "--verbose"}) << "unknown option --verbose";
        QTest::newRow("unknown option of another form")
            << sl({"catalog", "list", "--bom"}) << "unknown option --bom";
        QTest::newRow("missing value")
            << sl({"stock", "receive", "TOM=1", "--reason"}) << "missing value after '--reason'";
        QTest::newRow("value for a flag")
            << sl({"backup", "--list=all"}) << "unexpected value after '--list";
    }
    void strayArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        expectRefused(args, 2, message);
    }

    // COMMAND --help prints that command's part of --help; a dash-led word stays a value.
    void helpPerCommand()
    {
        Run r = cli(sl({"sync", "--help"}));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("sync [--status]")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("demo-data")), qPrintable(r.out));
        r = cli(sl({"catalog", "import", "--help"}));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("catalog import FILE.csv [--skip-bad]")),
                 qPrintable(r.out));
        expectRefused(
            sl({"eod", "payout", "-1.50", "--reason", "ice"}), 1, QStringLiteral("above 0"));
    }

    // Arguments are machine text: a dot is the decimal point, nothing groups digits, and a
    // number that could be read two ways is refused with what to type instead.
    void numbersInArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("weight with a decimal comma")
            << sl({"sale", "--item", "TOM=1,5", "--tender", "card=67.50"}) << "write 1.5";
        QTest::newRow("cash with a decimal comma")
            << sl({"sale", "--item", "JAM=1", "--tender", "cash=10,00"}) << "write 10.00";
        QTest::newRow("cash with a thousands comma")
            << sl({"sale", "--item", "JAM=1", "--tender", "cash=1,000"}) << "write 1000 or 1.00";
        QTest::newRow("cash grouped the German way")
            << sl({"sale", "--item", "JAM=1", "--tender", "cash=1.000,50"}) << "write 1000.50";
        QTest::newRow("cash grouped the US way")
            << sl({"sale", "--item", "JAM=1", "--tender", "cash=1,000.50"}) << "write 1000.50";
        QTest::newRow("cash grouped with a space")
            << sl({"sale", "--item", "JAM=1", "--tender", "cash=1 000"}) << "write 1000";
        QTest::newRow("cash grouped with a narrow no-break space")
            << QStringList{QStringLiteral("sale"),
                           QStringLiteral("--item"),
                           QStringLiteral("JAM=1"),
                           QStringLiteral("--tender"),
                           QStringLiteral("cash=1\u202F000")}
            << "write 1000";
        QTest::newRow("too many decimals")
            << sl({"sale", "--item", "JAM=1", "--tender", "cash=8.505"}) << "at most 2 decimals";
        QTest::newRow("beyond int64")
            << sl({"sale", "--item", "JAM=1", "--tender", "cash=92233720368547758.08"})
            << "too large";
        QTest::newRow("discount with a decimal comma")
            << sl({"sale", "--item", "JAM=1", "--tender", "cash=10", "--discount", "1,50"})
            << "write 1.50";
        QTest::newRow("percent discount with a decimal comma")
            << sl({"sale", "--item", "JAM=1", "--tender", "cash=10", "--discount", "12,5%"})
            << "write 12.5";
        QTest::newRow("stock receive") << sl({"stock", "receive", "TOM=2,5"}) << "write 2.5";
        QTest::newRow("stock count") << sl({"stock", "count", "TOM=1.000,5"}) << "write 1000.5";
        QTest::newRow("stock waste")
            << sl({"stock", "waste", "TOM=0,25", "--reason", "bruised"}) << "write 0.25";
        QTest::newRow("stock adjust")
            << sl({"stock", "adjust", "TOM=-0,5", "--reason", "scale"}) << "write -0.5";
        QTest::newRow("eod count") << sl({"eod", "count", "TOM=3,5"}) << "write 3.5";
        QTest::newRow("eod loadout") << sl({"eod", "loadout", "TOM=12,25"}) << "write 12.25";
        QTest::newRow("drawer denomination")
            << sl({"eod", "drawer", "--count", "0,25=8"}) << "write 0.25";
        QTest::newRow("drawer pieces")
            << sl({"eod", "drawer", "--count", "20=1,000"}) << "write 1000";
        QTest::newRow("drawer held tokens")
            << sl({"eod", "drawer", "--held", "credit_token=2,50"}) << "write 2.50";
        QTest::newRow("payout") << sl({"eod", "payout", "1,50", "--reason", "ice"}) << "write 1.50";
        QTest::newRow("paid-in") << sl({"eod", "paid-in", "1.500", "--reason", "bank"})
                                 << "write 1500 or 1.50";
        QTest::newRow("tax rate") << sl({"tax", "set", "prepared", "--rate", "8,25"})
                                  << "write 8.25";
        QTest::newRow("token face value")
            << sl({"tender", "set", "credit_token", "--face-value", "2,50"}) << "write 2.50";
        QTest::newRow("demo days") << sl({"demo-data", "--days", "1,000"}) << "write 1000";
    }
    void numbersInArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QByteArray before = dbState();
        const Run r = cli(args);
        QVERIFY2(r.code != 0, qPrintable(r.out));
        QVERIFY2(r.err.startsWith(QLatin1String("stallkeeper-cli: ")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(dbState(), before);
    }

    // The same for the refund of a weighed line, and the same numbers written plainly work.
    void numbersInArgumentsWrittenPlainly()
    {
        const Run s = cli(sl({"sale", "--item", "TOM=1.5", "--tender", "cash=10.00"}));
        QCOMPARE(s.code, 0);
        const QString id = s.out.trimmed();
        expectRefused(
            {QStringLiteral("refund"), id, QStringLiteral("--item"), QStringLiteral("TOM=0,5")},
            1,
            QStringLiteral("write 0.5"));
        QCOMPARE(
            cli({QStringLiteral("refund"), id, QStringLiteral("--item"), QStringLiteral("TOM=.5")})
                .code,
            0);
        QCOMPARE(cli(sl({"eod", "payout", "+1.5", "--reason", "ice"})).code, 0);
        QCOMPARE(cli(sl({"eod", "drawer", "--count", "20=3", "--count", ".25=8"})).code, 0);
    }

    // The opening float of a new market day, on a database of its own (one day is open above).
    void openingFloatIsReadOneWay()
    {
        const QString keep = m_db;
        m_db = m_dir.filePath(QStringLiteral("float.sqlite"));
        QCOMPARE(cli(sl({"check"})).code, 0);
        expectRefused(
            sl({"market", "open", "Tuesday", "--float", "1,50"}), 1, QStringLiteral("write 1.50"));
        const Run ok = cli(sl({"market", "open", "Tuesday", "--float", "1.50"}));
        QCOMPARE(ok.code, 0);
        const Run st = cli(sl({"market", "status"}));
        m_db = keep;
        QVERIFY2(st.out.endsWith(QLatin1String(" float 1.50\n")), qPrintable(st.out));
    }

    void newerDatabaseRefusedByCli()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA user_version = 77")));
        }
        QProcess p;
        p.start(test::binary(QStringLiteral("app/cli/stallkeeper-cli")),
                {QStringLiteral("--db"), path, QStringLiteral("check")});
        p.waitForFinished();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("newer Stallkeeper"));
    }

    // Two processes selling into one file at once: every sale lands, nothing is corrupted.
    void twoProcessesShareTheFile()
    {
        const QString bin = test::binary(QStringLiteral("app/cli/stallkeeper-cli"));
        const auto before = Database::open(m_db);
        const qint64 start
            = (*before)->scalar(QStringLiteral("SELECT count(*) FROM sales"))->toLongLong();
        QList<QProcess *> procs;
        for (int i = 0; i < 2; ++i) {
            auto *p = new QProcess(this);
            p->start(QStringLiteral("/bin/sh"),
                     {QStringLiteral("-c"),
                      QStringLiteral(
                          "for i in 1 2 3 4 5 6 7 8 9 10; do \"%1\" --db \"%2\" sale --item JAM=1 "
                          "--tender card=8.50 || exit 1; done")
                          .arg(bin, m_db)});
            procs << p;
        }
        for (QProcess *p : procs) {
            QVERIFY(p->waitForFinished(120000));
            QCOMPARE(p->exitCode(), 0);
        }
        QCOMPARE((*before)->scalar(QStringLiteral("SELECT count(*) FROM sales"))->toLongLong(),
                 start + 20);
        QVERIFY((*before)->integrityCheck()->isEmpty());
    }

    void backupRestoreKeepsUnsynced()
    {
        const QString backup = m_dir.filePath(QStringLiteral("b.sqlite"));
        QCOMPARE(cli({QStringLiteral("backup"), backup}).code, 0);
        // Events wait for sync: restore asks for --force and keeps them in a file.
        expectRefused({QStringLiteral("restore"), backup}, 1, QStringLiteral("not synced yet"));
        const Run r = cli({QStringLiteral("restore"), backup, QStringLiteral("--force")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(QLatin1String("unsynced event(s) in")));
        QDir d(m_dir.path());
        QCOMPARE(d.entryList({QStringLiteral("cli.sqlite.unsynced-*.json")}).size(), 1);

        // Events the server set aside are unsynced too: refused again, kept with their reason.
        {
            auto db = Database::open(m_db);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("UPDATE outbox SET rejected_reason = 'invalid: "
                                               "test'")));
            QCOMPARE(*(*db)->pendingOutboxCount(), 0);
        }
        expectRefused({QStringLiteral("restore"), backup}, 1, QStringLiteral("not synced yet"));
        QCOMPARE(cli({QStringLiteral("restore"), backup, QStringLiteral("--force")}).code, 0);
        const QStringList kept
            = d.entryList({QStringLiteral("cli.sqlite.unsynced-*.json")}, QDir::Files, QDir::Time);
        QFile newest(d.filePath(kept.first()));
        QVERIFY(newest.open(QIODevice::ReadOnly));
        QVERIFY(newest.readAll().contains("\"rejected_reason\": \"invalid: test\""));
    }

    void taxAndTenders()
    {
        Run r = cli(sl({"tax", "list"}));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("prepared\tPrepared food\t8 %\n")),
                 qPrintable(r.out));
        r = cli(sl({"tax", "set", "prepared", "--rate", "9.25"}));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("prepared\tPrepared food\t9.25 %\n"));
        r = cli(sl({"tax", "set", "crafts", "--name", "Crafts", "--rate", "6"}));
        QCOMPARE(r.code, 0);
        r = cli(sl({"tax", "set", "crafts", "--active", "no"}));
        QCOMPARE(r.out, QStringLiteral("crafts\tCrafts\t6 %\tinactive\n"));
        QVERIFY(
            cli(sl({"tax", "list"})).out.contains(QLatin1String("crafts\tCrafts\t6 %\tinactive")));
        expectRefused(
            sl({"tax", "set", "prepared", "--rate", "-1"}), 1, QStringLiteral("negative"));
        expectRefused(
            sl({"tax", "set", "prepared", "--rate", "100.5"}), 1, QStringLiteral("100 %"));
        expectRefused(sl({"tax", "set", "prepared", "--rate", "lots"}), 1, QStringLiteral("rate"));
        expectRefused(sl({"tax", "set", "prepared", "--name", ""}), 1, QStringLiteral("empty"));
        expectRefused(sl({"tax", "set", "general", "--name", "crafts"}),
                      1,
                      QStringLiteral("already the name"));
        expectRefused(sl({"tax", "set", "bakery", "--rate", "5"}), 2, QStringLiteral("--name"));
        expectRefused(
            sl({"tax", "set", "prepared", "--active", "maybe"}), 2, QStringLiteral("yes or no"));
        expectRefused(sl({"tax", "set"}), 2, QStringLiteral("CODE"));
        expectRefused(sl({"tax", "drop"}), 2, QStringLiteral("list or set"));

        r = cli(sl({"tender", "list"}));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("credit_token\tMarket token\tpays=token\tchange=yes\t"
                                              "untaxed=no\tface=5.00\trefund=same\tenabled\n")),
                 qPrintable(r.out));
        r = cli(sl({"tender", "set", "credit_token", "--face-value", "2", "--change", "no"}));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out,
                 QStringLiteral("credit_token\tMarket token\tpays=token\tchange=no\tuntaxed=no\t"
                                "face=2.00\trefund=same\tenabled\n"));
        r = cli(sl({"tender", "set", "dub", "--name", "Double Up Bucks", "--pays", "snap"}));
        QCOMPARE(r.code, 0);
        QVERIFY(cli(sl({"tender", "list"}))
                    .out.endsWith(QLatin1String(
                        "dub\tDouble Up "
                        "Bucks\tpays=snap\tchange=no\tuntaxed=no\tface=0.00\trefund=same\t"
                        "enabled\n")));
        expectRefused(sl({"tender", "set", "cash", "--enabled", "no"}), 1, QStringLiteral("cash"));
        expectRefused(sl({"tender", "set", "dub", "--pays", "beer"}), 1, QStringLiteral("one of"));
        expectRefused(sl({"tender", "set", "dub", "--refund-to", "any"}),
                      1,
                      QStringLiteral("takes its refunds"));
        expectRefused(
            sl({"tender", "set", "dub", "--face-value", "-1"}), 1, QStringLiteral("negative"));
        expectRefused(sl({"tender", "set", "x", "--bogus", "1"}), 2, QStringLiteral("bogus"));
        // Edits queue outbox events for sync.
        auto db = Database::open(m_db);
        QCOMPARE((*db)
                     ->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type IN "
                                             "('tax_category', 'tender_type')"))
                     ->toInt(),
                 5);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
