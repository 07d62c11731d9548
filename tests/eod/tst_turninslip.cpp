#include "core/Catalog.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/TaxTenderRepository.h"
#include "core/eod/CashDrawer.h"
#include "core/eod/MarketFees.h"
#include "core/eod/SlipPdf.h"
#include "core/reports/ReportCatalog.h"
#include "core/reports/ReportRunner.h"
#include "tests/eod/ScriptedDay.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>

#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace sk;

// Evaluates its argument once: a sale rung inside it is rung once.
#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(bool(result_), result_ ? "" : qPrintable(result_.error().detail));                \
    } while (false)

namespace {

Product makeProduct(Database &db, const char *sku, Minor price, const char *tax, bool food)
{
    return test::saveProduct(
        db, sku, price, tax, food ? test::sl({"snap", "fmnp", "token"}) : test::sl({"token"}));
}

TenderEntry tender(const char *code, Minor amount, const char *reference = "")
{
    return TenderEntry{QLatin1String(code), amount, QLatin1String(reference)};
}

} // namespace

// A Saturday at Riverside with market tokens (change in cash), SNAP tokens, FMNP checks with
// serials (one refunded back to the program), SNAP on the EBT card (no program: the processor
// pays it) and a taxed item; then the turn-in slip, the drawer count's variance and the fees.
class TestTurnInSlip : public test::ScriptedDaySuite
{
    Q_OBJECT

    const QDate m_date{2026, 6, 6}; // a Saturday
    Product m_tom, m_honey, m_soap;

    Minor dayTotal(const FeeDay &d) { return d.due(); }

public:
    TestTurnInSlip()
        : ScriptedDaySuite(1780000000000)
    {}

private slots:
    void initTestCase()
    {
        m_t = std::make_unique<test::TempDb>();
        Database &db = m_t->db();
        m_tom = makeProduct(db, "TOM", 300, "exempt", true);
        m_honey = makeProduct(db, "HONEY", 800, "exempt", true);
        m_soap = makeProduct(db, "SOAP", 600, "general", false); // 8 % tax
        db.setSetting(QStringLiteral("store_name"), QStringLiteral("Hill Farm"));
        m_rules = *SaleRules::load(db);
        auto day = MarketDayRepository(db).open(QStringLiteral("Riverside"), 5000, m_date);
        VERIFY_OK(day);
        m_day = day->id;

        // Tomatoes 6.00 with two 5.00 tokens: 4.00 change in cash.
        VERIFY_OK(ring({{m_tom, 2000}}, {tender("credit_token", 1000)}));
        // Honey 8.00 in eight 1.00 SNAP tokens.
        VERIFY_OK(ring({{m_honey, 1000}}, {tender("snap_token", 800)}));
        // Tomatoes 9.00: a 5.00 FMNP check and 4.00 cash.
        VERIFY_OK(ring({{m_tom, 3000}}, {tender("fmnp", 500, "F-100234"), tender("cash", 400)}));
        // Tomatoes 3.00 with a 3.00 check, refunded: the check goes back to the program.
        auto back = ring({{m_tom, 1000}}, {tender("fmnp", 300, "F-100235")});
        VERIFY_OK(back);
        VERIFY_OK(SaleRepository(db).refund(back->id, {}, QStringLiteral("bruised")));
        // Soap 6.00 + 0.48 tax with two tokens: 3.52 change.
        VERIFY_OK(ring({{m_soap, 1000}}, {tender("credit_token", 1000)}));
        // Honey and tomatoes 11.00 on the EBT card.
        VERIFY_OK(ring({{m_honey, 1000}, {m_tom, 1000}}, {tender("snap", 1100, "42.10")}));
    }

    void tendersKnowTheirProgram()
    {

        QCOMPARE(m_rules.tender(QStringLiteral("credit_token"))->program,
                 QStringLiteral("Market tokens"));
        QCOMPARE(m_rules.tender(QStringLiteral("fmnp"))->depositDays, 30);
        QVERIFY(m_rules.tender(QStringLiteral("cash"))->program.isEmpty());
    }

    void slipTotalsAgreeWithTheSales()
    {
        auto slip = buildTurnInSlip(m_t->db(), m_day, m_date);
        VERIFY_OK(slip);
        QCOMPARE(slip->vendor, QStringLiteral("Hill Farm"));
        QCOMPARE(slip->market, QStringLiteral("Riverside"));
        QCOMPARE(
            slip->programs(),
            QStringList(
                {QStringLiteral("SNAP"), QStringLiteral("Market tokens"), QStringLiteral("FMNP")}));
        QCOMPARE(slip->programTotal(QStringLiteral("SNAP")), 800);
        QCOMPARE(slip->programTotal(QStringLiteral("Market tokens")), 2000);
        QCOMPARE(slip->programTotal(QStringLiteral("FMNP")), 500);
        QCOMPARE(slip->total(), 3300);
        for (const TurnInLine &l : slip->lines)
            if (l.tender == u"credit_token")
                QCOMPARE(l.pieces, 4);

        // The same figures from the sale records, tender by tender.
        QHash<QString, Minor> fromSales;
        auto ids = m_t->db().exec(QStringLiteral("SELECT id FROM sales WHERE market_day_id = ?"),
                                  {m_day});
        VERIFY_OK(ids);
        while (ids->next()) {
            auto sale = SaleRepository(m_t->db()).load(ids->value(0).toString());
            VERIFY_OK(sale);
            for (const SaleTenderRecord &t : sale->tenders)
                if (!m_rules.tender(t.tender)->program.isEmpty())
                    fromSales[t.tender] += t.tendered;
        }
        Minor sum = 0;
        for (const TurnInLine &l : slip->lines) {
            QCOMPARE(l.amount, fromSales.value(l.tender));
            sum += fromSales.value(l.tender);
        }
        QCOMPARE(slip->total(), sum);

        // The refunded check is not handed in; the other is due 30 days after the market.
        QCOMPARE(slip->checks.size(), 1);
        QCOMPARE(slip->checks[0].serial, QStringLiteral("F-100234"));
        QCOMPARE(slip->checks[0].amount, 500);
        QCOMPARE(slip->checks[0].depositBy, m_date.addDays(30));
        QVERIFY(slip->checksDueSoon().isEmpty());
        QVERIFY(!slip->hasCount);
    }

    void depositDateCloseIsFlagged()
    {
        auto slip = buildTurnInSlip(m_t->db(), m_day, m_date.addDays(25));
        VERIFY_OK(slip);
        QCOMPARE(slip->checksDueSoon().size(), 1);
        QCOMPARE(slip->checksDueSoon()[0].daysLeft, 5);
        auto late = buildTurnInSlip(m_t->db(), m_day, m_date.addDays(31));
        QCOMPARE(late->checksDueSoon()[0].daysLeft, -1);
    }

    void csvAndPdf()
    {
        auto slip = buildTurnInSlip(m_t->db(), m_day, m_date);
        VERIFY_OK(slip);
        const QByteArray csv = slip->toCsv();
        const QByteArray expected
            = "vendor,market,date,kind,program,tender,tender_name,face_value,count,amount,"
              "counted,variance,serial,receipt_no,deposit_by,currency\r\n"
              "Hill Farm,Riverside,2026-06-06,tender,SNAP,snap_token,SNAP token,1.00,8,8.00,,,,,,"
              "USD\r\n"
              "Hill Farm,Riverside,2026-06-06,tender,Market tokens,credit_token,Market token,5.00,"
              "4,20.00,,,,,,USD\r\n"
              "Hill Farm,Riverside,2026-06-06,tender,FMNP,fmnp,WIC/FMNP check,,2,5.00,,,,,,USD\r\n"
              "Hill Farm,Riverside,2026-06-06,check,FMNP,fmnp,WIC/FMNP check,,1,5.00,,,F-100234,"
              + slip->checks[0].receiptNo.toUtf8()
              + ",2026-07-06,USD\r\n"
                "Hill Farm,Riverside,2026-06-06,program,SNAP,,,,,8.00,,,,,,USD\r\n"
                "Hill Farm,Riverside,2026-06-06,program,Market tokens,,,,,20.00,,,,,,USD\r\n"
                "Hill Farm,Riverside,2026-06-06,program,FMNP,,,,,5.00,,,,,,USD\r\n"
                "Hill Farm,Riverside,2026-06-06,total,,,,,,33.00,,,,,,USD\r\n";
        QCOMPARE(csv, expected);

        const QString pdfPath = m_t->dir() + QStringLiteral("/slip.pdf");
        VERIFY_OK(saveTurnInSlip(*slip, pdfPath));
        QFile f(pdfPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-1.4"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        for (const char *text : {"(Hill Farm)", "(F-100234)", "(33.00)", "(Total Market tokens)"})
            QVERIFY2(pdf.contains(text), text);
        QVERIFY(!saveTurnInSlip(*slip, m_t->dir() + QStringLiteral("/slip.txt")));
    }

    // Names beyond Windows-1252 print as written: the slip embeds a font that has them (read
    // back through the PDF's own text map by pdftotext, which is how a reader copies it).
    void pdfPrintsNamesBeyondWindows1252()
    {
        auto slip = buildTurnInSlip(m_t->db(), m_day, m_date);
        VERIFY_OK(slip);
        slip->vendor = QStringLiteral("Nguyễn Thị Hương (Łódź)");
        slip->market = QStringLiteral("Chợ Đà Lạt – Żółć");
        slip->lines[0].tenderName = QStringLiteral("Phiếu ăn uống ĐƯỢC");
        // A tender named in Chinese and Japanese: written in the fallback font.
        slip->lines[1].tenderName = QStringLiteral("陈家农场 トークン");
        const QString pdfPath = m_t->dir() + QStringLiteral("/slip-vi.pdf");
        VERIFY_OK(saveTurnInSlip(*slip, pdfPath));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed to read the slip back");
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        for (const QString &want : {slip->vendor,
                                    slip->market,
                                    slip->lines[0].tenderName,
                                    slip->lines[1].tenderName,
                                    QStringLiteral("F-100234"),
                                    QStringLiteral("33.00")})
            QVERIFY2(text.contains(want), qPrintable(want + QStringLiteral(" not in:\n") + text));
        QVERIFY2(!text.contains(u'?'), qPrintable(text));
        // The picture a person checks by eye (pdftoppm -png).
        QProcess::execute(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-png"),
                           QStringLiteral("-r"),
                           QStringLiteral("80"),
                           pdfPath,
                           QStringLiteral(STALLKEEPER_BINARY_DIR "/tst_turninslip_vi")});
    }

    void varianceAgainstTheDrawerCount()
    {
        DrawerTally tally;
        tally.pieces.insert(100, 50);
        tally.tenders.insert(QStringLiteral("credit_token"), 1500); // a token went missing
        tally.tenders.insert(QStringLiteral("snap_token"), 800);
        tally.tenders.insert(QStringLiteral("fmnp"), 500);
        VERIFY_OK(CashDrawer(m_t->db()).recordCount(m_day, tally));
        auto slip = buildTurnInSlip(m_t->db(), m_day, m_date);
        VERIFY_OK(slip);
        QVERIFY(slip->hasCount);
        for (const TurnInLine &l : slip->lines) {
            QVERIFY(l.counted);
            QCOMPARE(l.variance(), l.tender == u"credit_token" ? -500 : 0);
        }
        QCOMPARE(slip->variance(), -500);
        QCOMPARE(slip->total(), 3300); // the slip still claims what the sales took
    }

    void feeAtItsMinimum()
    {
        MarketFees fees(m_t->db());
        // Net sales without tax: 6 + 8 + 9 + 3 − 3 + 6 + 11 = 40.00; 6 % = 2.40 < 5.00.
        VERIFY_OK(
            fees.save(MarketFee{QStringLiteral("Riverside"), 60000, {}, false, 500, 0, 1000}));
        auto d = fees.day(m_day);
        VERIFY_OK(d);
        QVERIFY(d->has_value());
        QCOMPARE((*d)->base, 4000);
        QCOMPARE((*d)->share, 240);
        QCOMPARE((*d)->fee, 500);
        QCOMPARE((*d)->due(), 1500);
        QCOMPARE(*fees.dueThrough(m_day), 1500);

        // The slip handed to the manager carries the fee, in its CSV and its PDF.
        auto slip = buildTurnInSlip(m_t->db(), m_day, m_date);
        VERIFY_OK(slip);
        QVERIFY(slip->fee);
        QCOMPARE(slip->fee->due(), 1500);
        QVERIFY2(slip->toCsv().contains("Hill Farm,Riverside,2026-06-06,market_fee,,,,,,15.00,"),
                 slip->toCsv().constData());
        const QString pdfPath = m_t->dir() + QStringLiteral("/slip-fee.pdf");
        VERIFY_OK(saveTurnInSlip(*slip, pdfPath));
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        for (const char *want : {"Market fee",
                                 "Raised to the minimum per day",
                                 "Stall fee",
                                 "Fee for this market day"})
            QVERIFY2(text.contains(QLatin1String(want)), qPrintable(text));
        QVERIFY2(
            text.contains(QRegularExpression(QStringLiteral("Fee for this market day +15\\.00"))),
            qPrintable(text));
    }

    void feeAtItsMaximum()
    {
        MarketFees fees(m_t->db());
        VERIFY_OK(
            fees.save(MarketFee{QStringLiteral("Riverside"), 500000, {}, false, 500, 1200, 0}));
        auto d = fees.day(m_day);
        QCOMPARE((*d)->share, 2000);
        QCOMPARE((*d)->fee, 1200);
        QCOMPARE((*d)->due(), 1200);
        // A maximum below the minimum is refused.
        QVERIFY(!fees.save(MarketFee{QStringLiteral("Riverside"), 0, {}, false, 500, 400, 0}));
        QVERIFY(!fees.save(
            MarketFee{QStringLiteral("Riverside"), 0, {QStringLiteral("nope")}, false, 0, 0, 0}));
    }

    void feeOverSomeTendersWithOrWithoutTax()
    {
        MarketFees fees(m_t->db());
        // Tokens paid 6.00 and 6.48 (0.48 of it tax): 12.00 without tax, 12.48 with.
        MarketFee f{QStringLiteral("Riverside"), 100000, {QStringLiteral("credit_token")}};
        VERIFY_OK(fees.save(f));
        QCOMPARE((*fees.day(m_day))->base, 1200);
        QCOMPARE((*fees.day(m_day))->fee, 120);
        f.includeTax = true;
        VERIFY_OK(fees.save(f));
        QCOMPARE((*fees.day(m_day))->base, 1248);
        QCOMPARE((*fees.day(m_day))->fee, 125); // 1.248 rounds half away from zero
    }

    void weeklyFeeAddsTheWeeksDays()
    {
        Database &db = m_t->db();
        MarketFees fees(db);
        VERIFY_OK(fees.save(
            MarketFee{QStringLiteral("Riverside"), 60000, {}, false, 500, 0, 1000, true}));
        VERIFY_OK(MarketDayRepository(db).close());
        // Sunday, same week: 3.00 of sales, the minimum again.
        auto sunday
            = MarketDayRepository(db).open(QStringLiteral("Riverside"), 0, m_date.addDays(1));
        VERIFY_OK(sunday);
        VERIFY_OK(ring({{m_tom, 1000}}, {tender("cash", 300)}));
        QCOMPARE((*fees.day(sunday->id))->due(), 1500);
        QCOMPARE(*fees.dueThrough(m_day), 1500);
        QCOMPARE(*fees.dueThrough(sunday->id), 3000);
        VERIFY_OK(MarketDayRepository(db).close());
        // Monday starts a new week.
        auto monday
            = MarketDayRepository(db).open(QStringLiteral("Riverside"), 0, m_date.addDays(2));
        VERIFY_OK(monday);
        QCOMPARE(*fees.dueThrough(monday->id), 1500);
        VERIFY_OK(MarketDayRepository(db).close());
        // Daily: each day on its own.
        VERIFY_OK(fees.save(
            MarketFee{QStringLiteral("Riverside"), 60000, {}, false, 500, 0, 1000, false}));
        QCOMPARE(*fees.dueThrough(sunday->id), 1500);
    }

    void programSyncsWithTheTenderType()
    {
        Database &db = m_t->db();
        TaxTenderRepository repo(db);
        TenderType blue = *repo.tenderType(QStringLiteral("credit_token"));
        blue.program = QStringLiteral("Market tokens (blue)");
        VERIFY_OK(repo.saveTenderType(blue));
        QJsonObject o
            = TaxTenderRepository::toJson(*repo.tenderType(QStringLiteral("credit_token")));
        QCOMPARE(o.value(QStringLiteral("program")).toString(), blue.program);
        auto back = TaxTenderRepository::tenderTypeFromJson(o);
        VERIFY_OK(back);
        QCOMPARE(back->program, blue.program);
        // An event from a version without programs changes the tender but keeps its program.
        o.remove(QStringLiteral("program"));
        o.remove(QStringLiteral("deposit_days"));
        o.insert(QStringLiteral("name"), QStringLiteral("Blue token"));
        VERIFY_OK(applyTenderTypeEvent(db, o, Database::hlc().now()));
        auto after = repo.tenderType(QStringLiteral("credit_token"));
        QCOMPARE(after->name, QStringLiteral("Blue token"));
        QCOMPARE(after->program, blue.program);
        // A newer event with a program sets it.
        o.insert(QStringLiteral("program"), QString());
        o.insert(QStringLiteral("deposit_days"), 0);
        VERIFY_OK(applyTenderTypeEvent(db, o, Database::hlc().now()));
        QVERIFY(repo.tenderType(QStringLiteral("credit_token"))->program.isEmpty());
        // Malformed: deposit days out of range.
        o.insert(QStringLiteral("deposit_days"), 99999);
        QVERIFY(!TaxTenderRepository::tenderTypeFromJson(o));
    }

    // An incentive the stall applied on a SNAP purchase is issued and redeemed in the same
    // sale; it appears on the slip as what its program owes.
    void incentiveOnTheSlipAndInProgramRedemption()
    {
        Database &db = m_t->db();
        VERIFY_OK(test::saveDoubleUp(db, RefundTo::Exchange));
        m_rules = *SaleRules::load(db);
        auto day = MarketDayRepository(db).open(QStringLiteral("Hilltop"), 0, m_date.addDays(7));
        VERIFY_OK(day);
        VERIFY_OK(ring({{m_tom, 2000}}, {tender("snap", 300), tender("double_up", 300)}));
        VERIFY_OK(ring({{m_honey, 1000}}, {tender("snap_token", 800)}));
        auto slip = buildTurnInSlip(db, day->id, m_date.addDays(7));
        VERIFY_OK(slip);
        QCOMPARE(slip->programTotal(QStringLiteral("Double Up Food Bucks")), 300);
        QCOMPARE(slip->total(), 1100);

        const reports::ReportDefinition *r
            = reports::ReportCatalog::find(QStringLiteral("program_redemption"));
        QVERIFY(r);
        reports::ReportFilter f;
        f.market = QStringLiteral("Hilltop");
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        VERIFY_OK(reports::ReportRunner(db).writeCsv(*r, f, &out));
        QCOMPARE(out.data(),
                 QByteArray("business_date,market,program,transactions,snap_sales,"
                            "incentive_issued,incentive_redeemed,currency\r\n"
                            "2026-06-13,Hilltop,Double Up Food Bucks,1,3.00,3.00,3.00,USD\r\n"
                            "2026-06-13,Hilltop,SNAP,1,8.00,0.00,8.00,USD\r\n"
                            "total,,,2,11.00,3.00,11.00,USD\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestTurnInSlip)
#include "tst_turninslip.moc"
