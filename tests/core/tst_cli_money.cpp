// The money rules as a script meets them through stallkeeper-cli: refunds go back through the
// tender that paid, cash rounding is set and obeyed, discounts and overpayments are refused in
// words, and a retried sale with the same --client-ref is rung once.
#include "core/Database.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlRecord>
#include <QtTest>

#include <signal.h>

using namespace sk;

using test::sl;

class TestCliMoney : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    using Run = test::CliRun;

    Run cli(const QStringList &args) { return test::runCli(m_db, args); }

    // The trimmed output of a run that must succeed (empty, with a warning, when it did not).
    QString ok(const QStringList &args)
    {
        const Run r = cli(args);
        if (r.code != 0)
            qWarning("%s -> %d %s", qPrintable(args.join(u' ')), r.code, qPrintable(r.err));
        return r.code == 0 ? r.out.trimmed() : QString();
    }

    QByteArray dbState() { return test::contentHash(m_db); }

    // The arguments that refund `sale`, then `more` of them.
    static QStringList refundOf(const QString &sale, std::initializer_list<const char *> more = {})
    {
        return QStringList{QStringLiteral("refund"), sale} + sl(more);
    }

    // A sale of bread (SNAP-eligible, 5.00) paid by SNAP and soap (4.32 with tax) paid with
    // `cash`: its id.
    QString breadBySnapSoapByCash(const char *cash)
    {
        return ok(
            sl({"sale", "--item", "BRD=1", "--item", "SOAP=1", "--tender", "snap=5", "--tender"})
            << QStringLiteral("cash=") + QLatin1String(cash));
    }

    // Refused with exit code `code`, one line on stderr containing `message`, nothing written.
    QString refused(const QStringList &args, int code, const QString &message)
    {
        const QByteArray before = dbState();
        const Run r = cli(args);
        [&] {
            QCOMPARE(r.code, code);
            QVERIFY2(r.err.startsWith(QLatin1String("stallkeeper-cli: ")), qPrintable(r.err));
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
            QCOMPARE(dbState(), before);
        }();
        return r.err;
    }

    // tender code -> amount paid back (negative), summed over the refund's tender rows.
    QMap<QString, qint64> tenders(const QString &saleId)
    {
        const Run r = cli({QStringLiteral("show"), saleId});
        QMap<QString, qint64> out;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const QJsonValue &v : o.value(QLatin1String("tenders")).toArray()) {
            const QJsonObject t = v.toObject();
            out[t.value(QLatin1String("tender")).toString()]
                += t.value(QLatin1String("amount")).toString().toLongLong();
        }
        return out;
    }

    QJsonObject show(const QString &saleId)
    {
        return QJsonDocument::fromJson(cli({QStringLiteral("show"), saleId}).out.toUtf8()).object();
    }

    qint64 field(const QJsonObject &o, const char *key)
    {
        return o.value(QLatin1String(key)).toString().toLongLong();
    }

    void setCashRounding(const char *minor)
    {
        // Straight into the settings table, as an older build stored it.
        auto db = Database::open(m_db);
        QVERIFY((*db)->setSetting(QStringLiteral("cash_rounding"), QLatin1String(minor)));
    }

    qint64 count(const QString &sql)
    {
        auto db = Database::open(m_db);
        return (*db)->scalar(sql)->toLongLong();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("money.sqlite"));
        QFile csv(m_dir->filePath(QStringLiteral("catalog.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("sku,name,category,unit,price,tax_category,snap_eligible,token_eligible,"
                  "fmnp_eligible\r\n"
                  "BRD,Bread,Bakery,each,5.00,exempt,1,1,1\r\n"
                  "SOAP,Soap,Crafts,each,4.00,general,0,1,0\r\n"
                  "TEN,Tea towel,Crafts,each,10.00,exempt,0,1,0\r\n"
                  "PEN,Penny candy,Sweets,each,1.02,exempt,0,1,0\r\n"
                  "GUM,Gum,Sweets,each,1.03,exempt,0,1,0\r\n");
        csv.close();
        QCOMPARE(cli({QStringLiteral("catalog"), QStringLiteral("import"), csv.fileName()}).code,
                 0);
        QCOMPARE(cli(sl({"market", "open", "Saturday"})).code, 0);
    }

    // The receipt of a matched SNAP sale says what the programs ask of it, as the printed
    // receipt does: the EBT SNAP amount and the balance the terminal gave, the card's last 4
    // digits, SNAP paid, the match earned and applied, the cap left, and what each program paid.
    void receiptShowsProgramLines()
    {
        QCOMPARE(cli(sl({"class", "set", "BRD", "--add", "fv"})).code, 0);
        QCOMPARE(cli(sl({"program", "set", "snap", "SNAP"})).code, 0);
        QCOMPARE(cli(sl({"program", "set", "incentive", "Double Up"})).code, 0);
        QCOMPARE(cli(sl({"incentive", "set", "incentive", "--match", "100", "--cap", "3"})).code,
                 0);
        const Run r = cli(sl({"sale",
                              "--item",
                              "BRD=2",
                              "--tender",
                              "incentive=3",
                              "--tender",
                              "snap=7:23.50",
                              "--benefit-card",
                              "1234",
                              "--receipt"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        qInfo().noquote() << r.out;
        const QStringList lines = r.out.split(u'\n');
        for (const char *want : {"  EBT SNAP amount  $7.00",
                                 "  EBT SNAP balance (terminal)  $23.50",
                                 "  Benefit card  **1234",
                                 "  SNAP paid  $7.00",
                                 "  Produce match earned  $3.00",
                                 "  Produce match applied  $3.00",
                                 "  Left today  $0.00",
                                 "  Paid by SNAP  $7.00",
                                 "  Paid by Double Up  $3.00"})
            QVERIFY2(lines.contains(QString::fromUtf8(want)), want);
        // A whole card number is refused at entry, in one line that says so.
        refused(sl({"sale",
                    "--item",
                    "BRD=1",
                    "--tender",
                    "snap=5",
                    "--benefit-card",
                    "4111 1111 1111 1111"}),
                1,
                QStringLiteral("whole card number"));
    }

    // Bread (SNAP-eligible, 5.00) paid by SNAP, soap (4.32 with tax) in cash: the bread's refund
    // goes back to the EBT card only, the soap's to cash only.
    void refundGoesBackThroughThePayingTender()
    {
        const QString sale = breadBySnapSoapByCash("5");
        QCOMPARE(sale.size(), 36);
        const QString bread = ok(refundOf(sale, {"--item", "BRD=1", "--reason", "stale"}));
        QCOMPARE(tenders(bread), (QMap<QString, qint64>{{QStringLiteral("snap"), -500}}));
        const QString soap = ok(refundOf(sale));
        QCOMPARE(tenders(soap), (QMap<QString, qint64>{{QStringLiteral("cash"), -432}}));
        QCOMPARE(field(show(soap), "total"), -432);
    }

    // --tender names how the freely refundable part goes back; a SNAP-paid part never moves.
    void refundTenderFollowsTheRule()
    {
        const QString snapOnly = ok(sl({"sale", "--item", "BRD=2", "--tender", "snap=10"}));
        const QString err
            = refused(refundOf(snapOnly, {"--tender", "cash"}), 1, QStringLiteral("SNAP/EBT"));
        QVERIFY2(err.contains(QLatin1String("goes back to SNAP/EBT")), qPrintable(err));
        // Without --tender it goes back to the card, as it must.
        const QString back = ok(refundOf(snapOnly, {"--item", "BRD=1"}));
        QCOMPARE(tenders(back), (QMap<QString, qint64>{{QStringLiteral("snap"), -500}}));

        // Cash cannot be loaded onto an EBT card either.
        const QString cashSale = ok(sl({"sale", "--item", "TEN=1", "--tender", "cash=10"}));
        refused(refundOf(cashSale, {"--tender", "snap"}), 1, QStringLiteral("Cash"));

        // Mixed: the SNAP part goes back to SNAP, the cash part by card as asked.
        const QString mixed = breadBySnapSoapByCash("4.32");
        const QString both = ok(refundOf(mixed, {"--tender", "card"}));
        QCOMPARE(tenders(both),
                 (QMap<QString, qint64>{{QStringLiteral("snap"), -500},
                                        {QStringLiteral("card"), -432}}));
    }

    // Tokens go back as tokens; a tender set to "exchange only" is never paid back.
    void tokensAndExchangeOnly()
    {
        const QString tokens = ok(sl({"sale", "--item", "TEN=1", "--tender", "credit_token=10"}));
        refused(refundOf(tokens, {"--tender", "cash"}), 1, QStringLiteral("Market token"));
        QCOMPARE(tenders(ok(refundOf(tokens))),
                 (QMap<QString, qint64>{{QStringLiteral("credit_token"), -1000}}));

        QCOMPARE(ok(sl({"tender", "set", "fmnp", "--refund-to", "exchange"})),
                 QStringLiteral("fmnp\tWIC/FMNP check\tpays=fmnp\tchange=no\tuntaxed=no\t"
                                "face=0.00\trefund=exchange\tenabled"));
        const QString fmnp = ok(sl({"sale", "--item", "BRD=1", "--tender", "fmnp=5"}));
        refused(refundOf(fmnp), 1, QStringLiteral("exchange"));
        refused(sl({"tender", "set", "fmnp", "--refund-to", "cash"}),
                1,
                QStringLiteral("any, same or exchange"));
        QVERIFY(cli(sl({"tender", "list"}))
                    .out.contains(QLatin1String("snap\tSNAP/EBT\tpays=snap\tchange=no\tuntaxed="
                                                "yes\tface=0.00\trefund=same\tenabled\n")));
    }

    // 1.02 paid as 1.00 in cash: the refund gives back 1.00, what was paid.
    void cashRoundedSaleRefundedAsPaid()
    {
        setCashRounding("5");
        const QString sale = ok(sl({"sale", "--item", "PEN=1", "--tender", "cash=1"}));
        QCOMPARE(field(show(sale), "total"), 100);
        const QString back = ok(refundOf(sale));
        QCOMPARE(field(show(back), "total"), -100);
        QCOMPARE(tenders(back), (QMap<QString, qint64>{{QStringLiteral("cash"), -100}}));
    }

    // Under 0.05 rounding cash changes hands in steps of 0.05: an exact 1.03 is refused, and no
    // sale stores cash that is not a multiple of the step.
    void exactCashUnderRounding()
    {
        setCashRounding("5");
        const QString err = refused(
            sl({"sale", "--item", "GUM=1", "--tender", "cash=1.03"}), 1, QStringLiteral("0.05"));
        QVERIFY2(err.contains(QLatin1String("1.05")), qPrintable(err));
        const QString sale = ok(sl({"sale", "--item", "GUM=1", "--tender", "cash=1.05"}));
        QCOMPARE(field(show(sale), "total"), 105);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sale_tenders WHERE tender = 'cash' "
                                      "AND amount % 5 <> 0")),
                 0);
    }

    void settingsCommand()
    {
        QCOMPARE(ok(sl({"settings", "get", "cash-rounding"})), QStringLiteral("none"));
        QCOMPARE(ok(sl({"settings", "set", "cash-rounding", "0.05"})),
                 QStringLiteral("cash-rounding\t0.05"));
        QCOMPARE(ok(sl({"settings", "get", "cash-rounding"})), QStringLiteral("0.05"));
        refused(sl({"settings", "set", "cash-rounding", "0.03"}), 1, QStringLiteral("0.05"));
        refused(sl({"settings", "set", "cash-rounding", "-1"}), 1, QStringLiteral("cash rounding"));
        refused(sl({"settings", "set", "colour", "red"}), 2, QStringLiteral("cash-rounding"));
        refused(sl({"settings", "set", "currency", "dollars"}), 1, QStringLiteral("ISO"));
        refused(sl({"settings", "set", "tax-inclusive", "maybe"}), 1, QStringLiteral("yes or no"));
        QCOMPARE(ok(sl({"settings", "set", "cash-rounding", "default"})),
                 QStringLiteral("cash-rounding\tnone (default for USD)"));
        // Canada has no pennies: its default is 0.05.
        QCOMPARE(ok(sl({"settings", "set", "currency", "CAD"})), QStringLiteral("currency\tCAD"));
        QCOMPARE(ok(sl({"settings", "get", "cash-rounding"})), QStringLiteral("0.05"));
        const QString list = ok(sl({"settings", "list"}));
        QVERIFY2(list.contains(QLatin1String("cash-rounding\t0.05 (default for CAD)")),
                 qPrintable(list));
        QVERIFY2(list.contains(QLatin1String("tax-inclusive\tno")), qPrintable(list));
        QVERIFY2(list.contains(QLatin1String("store-name\tMy Stall")), qPrintable(list));
        const QString sale = ok(sl({"sale", "--item", "PEN=1", "--tender", "cash=1"}));
        QCOMPARE(field(show(sale), "rounding"), -2);
    }

    // "--discount 100" is 100.00 off a 10.00 sale, not 100 %: refused as the app refuses it.
    void discountsRefusedInWords()
    {
        const QString err
            = refused(sl({"sale", "--item", "TEN=1", "--discount", "100", "--tender", "cash=10"}),
                      1,
                      QStringLiteral("more than the 10.00"));
        QVERIFY2(err.contains(QLatin1String("100%")), qPrintable(err));
        // The whole sale given away leaves nothing for a tender to pay.
        refused(sl({"sale", "--item", "TEN=1", "--discount", "100%", "--tender", "cash=10"}),
                1,
                QStringLiteral("nothing is left to pay"));
        // A sale already paid by card leaves nothing for cash either.
        refused(sl({"sale", "--item", "TEN=1", "--tender", "card=10", "--tender", "cash=5"}),
                1,
                QStringLiteral("nothing is left to pay"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales")), 0);
    }

    // SNAP covers the bread, card the soap: 6.00 of SNAP is 1.00 too much, and that is what the
    // message says (not that SNAP can't pay for the soap, with 0.00 left to pay).
    void snapOverpaymentSaysWhatIsWrong()
    {
        const QString err = refused(sl({"sale",
                                        "--item",
                                        "BRD=1",
                                        "--item",
                                        "SOAP=1",
                                        "--tender",
                                        "snap=6",
                                        "--tender",
                                        "card=4.32"}),
                                    1,
                                    QStringLiteral("SNAP/EBT gives no change"));
        QVERIFY2(err.contains(QLatin1String("at most 5.00")), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("0.00 left")), qPrintable(err));
        // Still due by another tender: then the ineligible item is the point.
        refused(sl({"sale", "--item", "BRD=1", "--item", "SOAP=1", "--tender", "snap=9.32"}),
                1,
                QStringLiteral("can't pay for Soap; 4.32 left to pay"));
    }

    void clientRefRepeated()
    {
        const QStringList sale
            = sl({"sale", "--client-ref", "order-17", "--item", "BRD=1", "--tender", "cash=5"});
        const QString first = ok(sale);
        QCOMPARE(first.size(), 36);
        QCOMPARE(ok(sale), first);
        QCOMPARE(ok(sale), first);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales")), 1);
        // The same key for a different sale is a mistake in the script.
        refused(sl({"sale", "--client-ref", "order-17", "--item", "BRD=2", "--tender", "cash=10"}),
                1,
                QStringLiteral("order-17"));
        QVERIFY(
            ok(sl({"sale", "--client-ref", "order-18", "--item", "BRD=1", "--tender", "cash=5"}))
            != first);
        refused(sl({"sale", "--client-ref", "", "--item", "BRD=1", "--tender", "cash=5"}),
                2,
                QStringLiteral("--client-ref"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales")), 2);
        // A retried refund or void gives back the one already made, not a second one.
        const QStringList refund = refundOf(first, {"--client-ref", "back-17", "--item", "BRD=1"});
        const QString back = ok(refund);
        QCOMPARE(back.size(), 36);
        QCOMPARE(ok(refund), back);
        const QStringList voidIt = {QStringLiteral("void"),
                                    ok(sl({"sale", "--item", "BRD=1", "--tender", "card=5"})),
                                    QStringLiteral("--client-ref"),
                                    QStringLiteral("void-1")};
        const QString voided = ok(voidIt);
        QCOMPARE(ok(voidIt), voided);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales")), 5);
    }

    // The id cannot be printed (a full disk behind stdout) after the sale committed: the CLI
    // says so and exits non-zero; the retry with the same key prints that sale's id.
    void clientRefWhenThePrintFails()
    {
        QProcess p;
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(test::binary(QStringLiteral("app/cli/stallkeeper-cli")),
                QStringList{QStringLiteral("--db"), m_db}
                    + sl({"sale", "--client-ref", "k1", "--item", "BRD=1", "--tender", "cash=5"}));
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("could not be written"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales")), 1);
        const QString id
            = ok(sl({"sale", "--client-ref", "k1", "--item", "BRD=1", "--tender", "cash=5"}));
        QCOMPARE(id.size(), 36);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales")), 1);
    }

    // A script rings sales and retries each one until it gets an id, while the CLI is killed
    // with SIGKILL at random moments: every key ends as exactly one sale, and the id the retry
    // printed is that sale.
    void clientRefSurvivesKills()
    {
        const QString bin = test::binary(QStringLiteral("app/cli/stallkeeper-cli"));
        const int keys = 12;
        int kills = 0, unprinted = 0;
        QHash<QString, QString> printed;
        for (int k = 0; k < keys; ++k) {
            const QString key = QStringLiteral("retry-%1").arg(k);
            const QStringList args
                = QStringList{QStringLiteral("--db"), m_db}
                  + QStringList{QStringLiteral("sale"), QStringLiteral("--client-ref"), key}
                  + sl({"--item",
                        "BRD=1",
                        "--item",
                        "SOAP=1",
                        "--tender",
                        "snap=5",
                        "--tender",
                        "cash=5"});
            bool lost = false;
            for (int attempt = 0; attempt < 50 && !printed.contains(key); ++attempt) {
                QProcess p;
                p.start(bin, args);
                QVERIFY(p.waitForStarted());
                // First attempts die young; later ones are given time to finish.
                if (attempt < 3) {
                    if (!p.waitForFinished(
                            10 + int(QRandomGenerator::global()->bounded(40 + 60 * attempt)))) {
                        ::kill(pid_t(p.processId()), SIGKILL);
                        QVERIFY(p.waitForFinished(30000));
                        ++kills;
                        // Committed, but the id never reached the script.
                        if (!lost
                            && count(QStringLiteral("SELECT count(*) FROM sales"))
                                   > printed.size()) {
                            lost = true;
                            ++unprinted;
                        }
                        continue;
                    }
                } else {
                    QVERIFY(p.waitForFinished(120000));
                }
                QCOMPARE(p.exitStatus(), QProcess::NormalExit);
                QCOMPARE(p.exitCode(), 0);
                printed.insert(key, QString::fromUtf8(p.readAllStandardOutput()).trimmed());
            }
            QVERIFY(printed.contains(key));
        }
        QVERIFY2(kills > 0, "no run was killed: the test proved nothing");
        auto db = Database::open(m_db);
        QVERIFY((*db)->integrityCheck()->isEmpty());
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM sales"))->toInt(), keys);
        for (auto it = printed.cbegin(); it != printed.cend(); ++it)
            QCOMPARE((*db)
                         ->scalar(QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"),
                                  {it.value()})
                         ->toInt(),
                     1);
        qInfo("%d keys, %d runs killed, %d of them after the commit", keys, kills, unprinted);
    }
};

QTEST_GUILESS_MAIN(TestCliMoney)
#include "tst_cli_money.moc"
