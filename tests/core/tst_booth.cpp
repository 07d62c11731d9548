// The market office's booth on one device: customer references (never a full card number), the
// incentive's arithmetic under day and month caps, the token inventory's invariants (nothing
// made or lost between states, moves beyond what a state holds refused, a forged row found),
// refunds, and the slip <-> count <-> statement arithmetic with its CSV.

#include "core/booth/BoothLedger.h"
#include "core/booth/BoothStore.h"
#include "core/booth/Reimbursement.h"
#include "core/booth/VendorSlip.h"
#include "core/eod/TurnInSlip.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QtTest>

#include <limits>

using namespace sk;
using namespace sk::booth;

namespace {
const QString kDay = QStringLiteral("2026-12-05");

// A booth with the default kinds, 100 of each in the booth, caps of $20 a day, $30 a month.
void stock(BoothLedger &l)
{
    QVERIFY(l.setUpDefaults(QStringLiteral("USD")));
    // A booth that was never set up matches one for one.
    BoothConfig c = *l.config();
    QCOMPARE(c.matchBps, 10000);
    c.dayCap = 2000;
    c.monthCap = 3000;
    c.cardFeeBps = 300;
    QVERIFY(l.saveConfig(c));
    const auto kinds = l.kinds();
    for (const TokenKind &k : *kinds) {
        QVERIFY(l.receive(k.id, 150, kDay, QStringLiteral("printed")));
        QVERIFY(l.move(k.id, TokenState::Office, TokenState::Booth, 100, kDay));
    }
}
} // namespace

class TestBooth : public QObject
{
    Q_OBJECT

private slots:
    void customerReferences()
    {
        QCOMPARE(*customerReference(QStringLiteral(" 1234 ")), QStringLiteral("1234"));
        QCOMPARE(*customerReference(QStringLiteral("du-00123")), QStringLiteral("DU00123"));
        // A full card number (EBT cards carry 16 to 19 digits) is refused, spaced or not.
        QVERIFY(!customerReference(QStringLiteral("5077 1234 5678 9012")));
        QVERIFY(!customerReference(QStringLiteral("50771234567890123")));
        QVERIFY(!customerReference(QStringLiteral("123")));
        QVERIFY(!customerReference(QStringLiteral("12345")));
        QVERIFY(!customerReference(QStringLiteral("12;34")));
    }

    void matchUnderCaps()
    {
        test::TempDb t;
        BoothLedger l(t.db());
        stock(l);
        // $12 matched in full, then $12 more: $8 left today.
        auto a = l.sellSnap(QStringLiteral("1234"), kDay, 1200);
        QVERIFY(a);
        QCOMPARE(a->incentiveAmount, 1200);
        auto b = l.sellSnap(QStringLiteral("1234"), kDay, 1200);
        QCOMPARE(b->incentiveAmount, 800);
        // The largest amount there is: refused with the limit, not as a count of tokens.
        auto huge = l.sellSnap(QStringLiteral("1234"), kDay, std::numeric_limits<Minor>::max());
        QVERIFY(!huge);
        QVERIFY2(huge.error().detail.contains(QLatin1String("at most 1000000000.00")),
                 qPrintable(huge.error().detail));
        QCOMPARE(l.quote(QStringLiteral("1234"), kDay, 500)->incentive, 0);
        QVERIFY(l.quote(QStringLiteral("1234"), kDay, 500)->capped);
        // Next day: the month's $30 leaves $10.
        const QString next = QStringLiteral("2026-12-12");
        QCOMPARE(l.sellSnap(QStringLiteral("1234"), next, 1500)->incentiveAmount, 1000);
        // Next month: a fresh cap. Another customer is untouched by this one.
        QCOMPARE(l.quote(QStringLiteral("1234"), QStringLiteral("2027-01-02"), 1500)->incentive,
                 1500);
        QCOMPARE(l.quote(QStringLiteral("9999"), kDay, 700)->incentive, 700);
        // Half a match, whole $1 tokens only: $7 SNAP at 50 % gives $3.
        BoothConfig half = *l.config();
        half.matchBps = 5000;
        QVERIFY(l.saveConfig(half));
        QCOMPARE(l.quote(QStringLiteral("9999"), kDay, 700)->incentive, 300);
        // SNAP in whole tokens only.
        QVERIFY(!l.sellSnap(QStringLiteral("9999"), kDay, 750));
        // The log: date, time, customer, SNAP, incentive.
        auto log = l.log(kDay, kDay);
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->at(1).snapAmount, 1200);
        QCOMPARE(log->at(1).incentiveAmount, 800);
        QCOMPARE(log->at(1).customerRef, QStringLiteral("1234"));
    }

    void inventoryInvariants()
    {
        test::TempDb t;
        BoothLedger l(t.db());
        stock(l);
        const TokenKind snap = *l.kindFor(QStringLiteral("snap"));
        QVERIFY(l.sellSnap(QStringLiteral("1234"), kDay, 1000));
        QVERIFY(l.sellCard(QString(), kDay, 2000, QStringLiteral("credit")));
        QVERIFY(l.refundSnap(QStringLiteral("1234"), kDay, 3));
        // A refund beyond what the customer bought is refused.
        QVERIFY(!l.refundSnap(QStringLiteral("1234"), kDay, 8));
        QVERIFY(l.countTurnIn(kDay, QStringLiteral("v1"), QStringLiteral("Alpha"), snap.id, 6));
        // More than is out with customers cannot be turned in.
        QVERIFY(!l.countTurnIn(kDay, QStringLiteral("v2"), QStringLiteral("Beta"), snap.id, 5));
        QVERIFY(!l.move(snap.id, TokenState::Booth, TokenState::Office, 1000, kDay));
        QVERIFY(!l.move(snap.id, TokenState::Customers, TokenState::Destroyed, 1, kDay));
        QVERIFY(l.move(snap.id, TokenState::Office, TokenState::Destroyed, 10, kDay));
        auto bal = l.balances();
        KindBalance s = bal->first();
        QCOMPARE(s.kind.id, snap.id);
        QCOMPARE(s.created, 150);
        QCOMPARE(s.inState.value(TokenState::Office), 40);
        QCOMPARE(s.inState.value(TokenState::Booth), 93);    // 100 - 10 + 3
        QCOMPARE(s.inState.value(TokenState::Customers), 1); // 10 - 3 - 6
        QCOMPARE(s.inState.value(TokenState::Vendors), 6);
        QCOMPARE(s.inState.value(TokenState::Destroyed), 10);
        QCOMPARE(l.checkInvariants()->join(u'\n'), QString());
        // A credit sale with its 3 % fee.
        QCOMPARE(l.log(kDay, kDay)->at(1).feeAmount, 60);
        // A token move written past the ledger (a sale's tokens that never left the booth)
        // is found.
        TokenMove forged;
        forged.id = QStringLiteral("forged");
        forged.deviceId = t.db().deviceId();
        forged.marketDay = kDay;
        forged.kindId = snap.id;
        forged.from = TokenState::Customers;
        forged.to = TokenState::Booth;
        forged.count = 2;
        forged.txnId = l.log(kDay, kDay)->first().id;
        QVERIFY(storeMove(t.db(), forged));
        QVERIFY(!l.checkInvariants()->isEmpty());
    }

    void closeReconciles()
    {
        test::TempDb t;
        BoothLedger l(t.db());
        stock(l);
        QVERIFY(l.sellSnap(QStringLiteral("1234"), kDay, 1000));
        QVERIFY(l.sellCard(QString(), kDay, 1000, QStringLiteral("debit")));
        QMap<QString, qint64> counted;
        const auto balances = l.balances();
        for (const KindBalance &b : *balances)
            counted.insert(b.kind.id, b.inState.value(TokenState::Booth));
        auto c = l.close(kDay, counted, 1000, 1030);
        QVERIFY(c);
        QCOMPARE(c->ebtExpected, 1000);
        QCOMPARE(c->cardExpected, 1030);
        QCOMPARE(c->tokensExpected, c->tokensCounted);
    }

    void statementArithmetic()
    {
        test::TempDb t;
        BoothLedger l(t.db());
        stock(l);
        const TokenKind snap = *l.kindFor(QStringLiteral("snap"));
        TokenKind inc = *l.kindFor(QStringLiteral("incentive"));
        inc.tenders = QStringList{QStringLiteral("du")}; // the vendor's own tender for it
        QVERIFY(l.saveKind(inc));
        const TokenKind credit = *l.kindFor(QStringLiteral("credit"));
        QVERIFY(l.sellSnap(QStringLiteral("1234"), kDay, 2000));
        QVERIFY(l.sellCard(QString(), kDay, 5000, QStringLiteral("credit")));
        // The vendor's slip: 12 SNAP, 8 Double Up, 4 Credit ($5); the booth counts 11 SNAP.
        const QJsonObject slip = QJsonDocument::fromJson(R"({"id":"s1","market_id":"m",
            "market_day":"2026-12-05","vendor_name":"Alpha","currency":"USD",
            "tenders":[{"program":"SNAP","tender":"snap_token","face_value":"100","count":"12",
                        "total":"1200"},
                       {"program":"Double Up","tender":"du","face_value":"100","count":"8",
                        "total":"800"},
                       {"program":"Credit","tender":"credit_token","face_value":"500",
                        "count":"4","total":"2000"}],
            "checks":["1041"]})")
                                     .object();
        QVERIFY(t.db().exec(QStringLiteral("INSERT INTO booth_slips VALUES ('v1', ?, "
                                           "'market_slip', 'Alpha', ?, 0)"),
                            {kDay, QString::fromUtf8(QJsonDocument(slip).toJson())}));
        QVERIFY(l.countTurnIn(kDay, QStringLiteral("v1"), QStringLiteral("Alpha"), snap.id, 11));
        QVERIFY(l.countTurnIn(kDay, QStringLiteral("v1"), QStringLiteral("Alpha"), inc.id, 8));
        QVERIFY(l.countTurnIn(kDay, QStringLiteral("v1"), QStringLiteral("Alpha"), credit.id, 4));
        auto s = buildStatement(t.db(), kDay, QStringLiteral("v1"));
        QVERIFY(s);
        QCOMPARE(s->lines.size(), 3);
        QCOMPARE(s->lines[0].difference(), -1);
        QCOMPARE(s->lines[1].difference(), 0);
        // 11 x $1 + 8 x $1 + 4 x $5 = $39; 3 % of the credit tokens' $20 = $0.60.
        QCOMPARE(s->gross, 3900);
        QCOMPARE(s->fees, 60);
        QCOMPARE(s->owed, 3840);
        QVERIFY(s->differs());
        QCOMPARE(s->checkSerials, QStringList{QStringLiteral("1041")});
        // A recount finds the 12th token: the difference goes, the owed amount follows.
        QVERIFY(l.countTurnIn(kDay, QStringLiteral("v1"), QStringLiteral("Alpha"), snap.id, 12));
        s = buildStatement(t.db(), kDay, QStringLiteral("v1"));
        QCOMPARE(s->owed, 3940);
        QVERIFY(!s->differs());
        QCOMPARE(l.checkInvariants()->join(u'\n'), QString());
        auto issued = issueStatement(t.db(), *s, QStringLiteral("approved"));
        QVERIFY(issued);
        QCOMPARE(buildStatement(t.db(), kDay, QStringLiteral("v1"))->status,
                 QStringLiteral("approved"));
        QVERIFY(!issueStatement(t.db(), *s, QStringLiteral("lost")));
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(writeStatementCsv(*issued, &csv));
        const QString text = QString::fromUtf8(csv.data());
        QVERIFY2(text.contains(QStringLiteral("2026-12-05,Alpha,SNAP,green,1.00,12,12,0,12.00,0.00,"
                                              "12.00,approved")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("TOTAL,,,,,,40.00,0.60,39.40,approved")));
        QBuffer report;
        report.open(QIODevice::WriteOnly);
        QVERIFY(writeProgramReportCsv(t.db(), kDay, kDay, &report));
        QVERIFY2(QString::fromUtf8(report.data())
                     .contains(QStringLiteral("2026-12-05,SNAP,20.00,0.00,12.00,1,1,0.00")),
                 report.data().constData());
    }

    // A till's slip names its programs in its own words and language ("Market tokens",
    // "Fichas SNAP"); the booth's tokens are "Credit" and "SNAP". They meet by the till's tender
    // code, never by the name: a line whose name matches but whose code the booth does not know
    // is shown apart, owed nothing, until the manager maps the code to a token.
    void programsMatchByTenderCode()
    {
        test::TempDb t;
        BoothLedger l(t.db());
        stock(l);
        TokenKind snap = *l.kindFor(QStringLiteral("snap"));
        TokenKind credit = *l.kindFor(QStringLiteral("credit"));
        QCOMPARE(credit.program, QStringLiteral("Credit"));
        QVERIFY(l.sellSnap(QStringLiteral("1234"), kDay, 1000));
        QVERIFY(l.sellCard(QString(), kDay, 5000, QStringLiteral("credit")));
        TurnInSlip till;
        till.vendor = QStringLiteral("Alpha Farm");
        till.date = QDate(2026, 12, 5);
        till.currency = Currency{};
        till.currency.code = QStringLiteral("USD");
        TurnInLine market{QStringLiteral("Market tokens"),
                          QStringLiteral("credit_token"),
                          QStringLiteral("Market token"),
                          500,
                          4};
        TurnInLine food{QStringLiteral("Fichas SNAP"),
                        QStringLiteral("snap_token"),
                        QStringLiteral("SNAP"),
                        100,
                        3};
        TurnInLine gift{
            QStringLiteral("Credit"), QStringLiteral("gift_token"), QStringLiteral("Gift"), 500, 2};
        till.lines << market << food << gift;
        VendorSlip slip = slipFromTurnIn(till, QStringLiteral("m"));
        slip.id = QStringLiteral("s1");
        QCOMPARE(slip.lines.size(), 3);
        QVERIFY(t.db().exec(QStringLiteral("INSERT INTO booth_slips VALUES ('v1', ?, "
                                           "'market_slip', 'Alpha Farm', ?, 0)"),
                            {kDay, QString::fromUtf8(QJsonDocument(slip.toJson()).toJson())}));
        QVERIFY(l.countTurnIn(kDay, QStringLiteral("v1"), QStringLiteral("Alpha"), credit.id, 4));
        QVERIFY(l.countTurnIn(kDay, QStringLiteral("v1"), QStringLiteral("Alpha"), snap.id, 3));
        auto s = buildStatement(t.db(), kDay, QStringLiteral("v1"));
        QVERIFY(s);
        QMap<QString, StatementLine> byProgram;
        for (const StatementLine &line : s->lines)
            byProgram.insert(line.kindId.isEmpty() ? QStringLiteral("unmatched ") + line.program
                                                   : line.kindId,
                             line);
        QCOMPARE(byProgram.size(), 3);
        QCOMPARE(byProgram.value(credit.id).slipCount, 4);
        QCOMPARE(byProgram.value(credit.id).difference(), 0);
        QCOMPARE(byProgram.value(snap.id).slipCount, 3);
        QCOMPARE(byProgram.value(QStringLiteral("unmatched Credit")).slipCount, 2);
        QCOMPARE(byProgram.value(QStringLiteral("unmatched Credit")).owed, 0);
        QVERIFY(s->differs());
        // The manager maps the vendor's gift tender to the credit token too.
        credit.tenders
            = QStringList{QStringLiteral("credit_token"), QStringLiteral(" gift_token ")};
        QVERIFY(l.saveKind(credit));
        QCOMPARE(l.kindFor(QStringLiteral("credit"))->tenders,
                 (QStringList{QStringLiteral("credit_token"), QStringLiteral("gift_token")}));
        QVERIFY(!l.saveKind([&] {
            TokenKind bad = credit;
            bad.tenders = QStringList{QStringLiteral("Market tokens")};
            return bad;
        }()));
        s = buildStatement(t.db(), kDay, QStringLiteral("v1"));
        QCOMPARE(s->lines.size(), 2);
        QCOMPARE(s->lines[1].kindId, credit.id);
        QCOMPARE(s->lines[1].slipCount, 6);
        QCOMPARE(s->lines[1].difference(), -2);
    }
};

QTEST_GUILESS_MAIN(TestBooth)
#include "tst_booth.moc"
