#include "app/cli/Cli.h"

#include "core/FileSafety.h"
#include "core/booth/BoothLedger.h"
#include "core/booth/MarketLink.h"
#include "core/booth/Reimbursement.h"
#include "core/booth/VendorSlip.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

// The market office from the command line (docs/market-office.md): a vendor joins markets and
// sends turn-in slips; the booth sells tokens, keeps its inventory, counts turn-ins and makes
// statements and program reports, as the desktop app's market-office mode does.

namespace sk::cli {

namespace {

using namespace sk::booth;

QString dayOf(const Args &a)
{
    const QDate d = optionalDate(a, QStringLiteral("date"));
    return (d.isValid() ? d : QDate::currentDate()).toString(Qt::ISODate);
}

Minor money(Database &db, const Args &a, const char *option)
{
    const QString name = QString::fromLatin1(option);
    return amountArg(a.value(name), currencyOf(db), QStringLiteral("--") + name);
}

// A percentage with up to two decimals, as basis points.
qint64 percentArg(const QString &text, const QString &what)
{
    return checkArg(parseFixed(text, 2, NumberSource::Machine), what);
}

QString formatted(Database &db, Minor v)
{
    return formatMoney(v, currencyOf(db), QLocale::c());
}

TokenState stateArg(const QString &s)
{
    const auto st = stateFromName(s);
    if (!st || *st == TokenState::None)
        usageError(QStringLiteral("a state is office, booth, customers, vendors or destroyed"));
    return *st;
}

void printTxn(Context &ctx, const BoothTxn &t)
{
    Database &db = ctx.database();
    ctx.out << t.kind << " " << t.customerRef << " snap " << formatted(db, t.snapAmount)
            << " incentive " << formatted(db, t.incentiveAmount) << " card "
            << formatted(db, t.cardAmount) << " fee " << formatted(db, t.feeAmount) << " (" << t.id
            << ")\n";
}

int cmdMarketJoin(Context &ctx, Args &a)
{
    if (a.positional.size() != 2)
        usageError(QStringLiteral("market join CODE"));
    const JoinedMarket m = check(MarketLink(ctx.database()).join(a.positional[1]));
    ctx.out << "joined " << m.name << " (" << m.id << ")\n";
    return 0;
}

int cmdMarketList(Context &ctx, Args &)
{
    bool manager = false;
    const auto list = check(MarketLink(ctx.database()).refresh(&manager));
    for (const JoinedMarket &m : list)
        ctx.out << m.id << "  " << m.name << (manager ? "  (manager)" : "") << "\n";
    return 0;
}

int cmdMarketSlip(Context &ctx, Args &a)
{
    Database &db = ctx.database();
    const QString market = a.value(QStringLiteral("market"));
    VendorSlip s;
    for (const JoinedMarket &m : MarketLink(db).remembered())
        if (m.id == market || m.name.compare(market, Qt::CaseInsensitive) == 0)
            s.marketId = m.id;
    if (s.marketId.isEmpty())
        usageError(QStringLiteral("--market names a market this vendor joined (market list)"));
    s.marketDay = dayOf(a);
    s.vendorName = db.localSetting(QStringLiteral("sync.vendor_name"));
    s.currency = currencyOf(db).code;
    for (const QString &t : a.values(QStringLiteral("tokens"))) {
        const QStringList p = t.split(QLatin1Char(':'));
        if (p.size() != 3)
            usageError(QStringLiteral("--tokens takes TENDER:FACE:COUNT, e.g. snap_token:1.00:12"));
        SlipLine l;
        // The till's tender code is what the booth matches; its program name is for reading.
        l.tender = p[0].trimmed();
        auto program = db.scalar(
            QStringLiteral("SELECT program FROM tender_programs WHERE tender = ?"), {l.tender});
        l.program = program && !program->toString().isEmpty() ? program->toString() : l.tender;
        l.faceValue = amountArg(p[1], currencyOf(db), QStringLiteral("--tokens ") + t);
        l.count = wholeArg(p[2], QStringLiteral("--tokens ") + t);
        l.total = l.faceValue * l.count;
        s.lines << l;
    }
    s.checkSerials = a.values(QStringLiteral("check"));
    const VendorSlip saved = check(recordSlip(db, s));
    ctx.out << "slip " << saved.id << " for " << saved.marketDay << " queued; sync to send it\n";
    return 0;
}

int cmdMarketStatements(Context &ctx, Args &)
{
    const QJsonArray list = check(MarketLink(ctx.database()).statements());
    for (const QJsonValue &v : list) {
        const Statement s
            = Statement::fromJson(v.toObject().value(QLatin1String("data")).toObject());
        ctx.out << v.toObject().value(QLatin1String("market_name")).toString() << "  "
                << s.marketDay << "  " << s.status << "  owed " << formatted(ctx.database(), s.owed)
                << "\n";
    }
    return 0;
}

int cmdBooth(Context &ctx, Args &a)
{
    Database &db = ctx.database();
    BoothLedger l(db);
    const QString sub = a.positional.value(0);
    const QString day = dayOf(a);
    const QStringList p = a.positional.mid(1);
    if (sub == u"setup") {
        check(l.setUpDefaults(currencyOf(db).code));
        BoothConfig c = check(l.config());
        if (!a.value(QStringLiteral("match-percent")).isEmpty())
            c.matchBps = percentArg(a.value(QStringLiteral("match-percent")),
                                    QStringLiteral("--match-percent"));
        if (!a.value(QStringLiteral("day-cap")).isEmpty())
            c.dayCap = money(db, a, "day-cap");
        if (!a.value(QStringLiteral("month-cap")).isEmpty())
            c.monthCap = money(db, a, "month-cap");
        if (!a.value(QStringLiteral("card-fee-percent")).isEmpty())
            c.cardFeeBps = percentArg(a.value(QStringLiteral("card-fee-percent")),
                                      QStringLiteral("--card-fee-percent"));
        check(l.saveConfig(c));
        for (const TokenKind &k : check(l.kinds()))
            ctx.out << k.program << "  " << k.role << "  " << k.colour << "  "
                    << formatted(db, k.faceValue) << "  fee " << k.feeBps / 100.0 << "%\n";
        ctx.out << "match " << c.matchBps / 100.0 << "%, day cap " << formatted(db, c.dayCap)
                << ", month cap " << formatted(db, c.monthCap) << ", card fee "
                << c.cardFeeBps / 100.0 << "%\n";
        return 0;
    }
    if (sub == u"tenders" && !p.isEmpty()) {
        TokenKind k = check(l.kind(p[0]));
        if (p.size() > 1)
            k = check(l.saveKind([&] {
                TokenKind changed = k;
                changed.tenders = p.mid(1);
                return changed;
            }()));
        ctx.out << k.program << ": " << k.tenderKeys().join(QLatin1Char(' ')) << "\n";
        return 0;
    }
    if (sub == u"receive" && p.size() == 2) {
        const TokenMove m = check(l.receive(p[0], wholeArg(p[1], QStringLiteral("COUNT")), day));
        ctx.out << "received " << m.count << " into the office\n";
        return 0;
    }
    if (sub == u"move" && p.size() == 4) {
        const TokenMove m = check(l.move(
            p[0], stateArg(p[1]), stateArg(p[2]), wholeArg(p[3], QStringLiteral("COUNT")), day));
        ctx.out << "moved " << m.count << " from " << p[1] << " to " << p[2] << "\n";
        return 0;
    }
    if (sub == u"sell" && p.isEmpty()) {
        bool offline = false;
        printTxn(ctx,
                 check(sellSnapReserved(db,
                                        a.value(QStringLiteral("customer")),
                                        day,
                                        money(db, a, "snap"),
                                        a.value(QStringLiteral("approval")),
                                        &offline)));
        if (offline)
            ctx.out << "offline: the match counts this booth's sales only; other booths are "
                       "checked at the next sync (booth log)\n";
        return 0;
    }
    if (sub == u"card" && p.isEmpty()) {
        printTxn(ctx,
                 check(l.sellCard(a.value(QStringLiteral("customer")),
                                  day,
                                  money(db, a, "amount"),
                                  a.value(QStringLiteral("payment"), QStringLiteral("credit")),
                                  a.value(QStringLiteral("approval")))));
        return 0;
    }
    if (sub == u"refund" && p.isEmpty()) {
        printTxn(ctx,
                 check(l.refundSnap(
                     a.value(QStringLiteral("customer")),
                     day,
                     wholeArg(a.value(QStringLiteral("tokens")), QStringLiteral("--tokens")),
                     a.value(QStringLiteral("approval")))));
        return 0;
    }
    if (sub == u"log" && p.isEmpty()) {
        ctx.out << "date,time,customer,kind,snap,incentive,card,fee\n";
        for (const BoothTxn &t : check(l.log(day, day)))
            ctx.out << t.marketDay << ","
                    << QDateTime::fromMSecsSinceEpoch(t.createdAt).toString(QStringLiteral("HH:mm"))
                    << "," << t.customerRef << "," << t.kind << "," << formatted(db, t.snapAmount)
                    << "," << formatted(db, t.incentiveAmount) << "," << formatted(db, t.cardAmount)
                    << "," << formatted(db, t.feeAmount) << "\n";
        for (const CapException &e : check(l.capExceptions(day)))
            ctx.out << "over the cap: " << e.customerRef << " " << e.period << " "
                    << formatted(db, e.issued) << " of " << formatted(db, e.cap) << "\n";
        return 0;
    }
    if (sub == u"inventory" && p.isEmpty()) {
        ctx.out << "program,colour,face,made,office,booth,customers,vendors,destroyed\n";
        for (const KindBalance &b : check(l.balances())) {
            ctx.out << b.kind.program << "," << b.kind.colour << ","
                    << formatted(db, b.kind.faceValue) << "," << b.created;
            for (TokenState s : kCountedStates)
                ctx.out << "," << b.inState.value(s);
            ctx.out << "\n";
        }
        const QStringList problems = check(l.checkInvariants());
        for (const QString &pr : problems)
            ctx.out << "problem: " << pr << "\n";
        return problems.isEmpty() ? 0 : 1;
    }
    if (sub == u"slips" && p.isEmpty()) {
        const int n = check(MarketLink(db).fetchSlips(day));
        ctx.out << n << " slip(s) and fee report(s) for " << day << "\n";
        for (const auto &[id, name] : check(vendorsOfDay(db, day)).asKeyValueRange())
            ctx.out << id << "  " << name << "\n";
        return 0;
    }
    if (sub == u"vendors" && p.isEmpty()) {
        for (const QJsonValue &v : check(MarketLink(db).vendors()))
            ctx.out << v[QLatin1String("id")].toString() << "  "
                    << v[QLatin1String("name")].toString() << "\n";
        return 0;
    }
    if (sub == u"turnin" && p.size() == 3) {
        // The vendor by name or id, as the server lists the market's vendors.
        QString id, name;
        for (const QJsonValue &v : check(MarketLink(db).vendors()))
            if (v[QLatin1String("id")].toString() == p[0]
                || v[QLatin1String("name")].toString().compare(p[0], Qt::CaseInsensitive) == 0) {
                id = v[QLatin1String("id")].toString();
                name = v[QLatin1String("name")].toString();
            }
        if (id.isEmpty())
            failWith(Error::notFound(QStringLiteral("no vendor \"%1\" in this market").arg(p[0])));
        const TokenKind k = check(l.kind(p[1]));
        check(l.countTurnIn(day, id, name, k.id, wholeArg(p[2], QStringLiteral("COUNT"))));
        ctx.out << name << ": " << p[2] << " " << k.program << " counted\n";
        return 0;
    }
    if (sub == u"statement" && p.size() == 1) {
        QString id;
        for (const auto &[vid, name] : check(vendorsOfDay(db, day)).asKeyValueRange())
            if (vid == p[0] || name.compare(p[0], Qt::CaseInsensitive) == 0)
                id = vid;
        if (id.isEmpty())
            failWith(Error::notFound(
                QStringLiteral("no turn-in or slip of \"%1\" on %2").arg(p[0], day)));
        Statement s = check(buildStatement(db, day, id));
        if (!a.value(QStringLiteral("status")).isEmpty())
            s = check(issueStatement(db, s, a.value(QStringLiteral("status"))));
        ctx.out << "program,face,slip,counted,difference,gross,fee,owed\n";
        for (const StatementLine &line : s.lines)
            ctx.out << line.program << "," << formatted(db, line.faceValue) << ","
                    << (line.slipCount < 0 ? QStringLiteral("-") : QString::number(line.slipCount))
                    << "," << line.counted << "," << line.difference() << ","
                    << formatted(db, line.gross) << "," << formatted(db, line.fee) << ","
                    << formatted(db, line.owed) << "\n";
        ctx.out << "owed " << formatted(db, s.owed) << " (" << s.status << ")\n";
        if (!a.value(QStringLiteral("csv")).isEmpty()) {
            check(writeFileAtomically(a.value(QStringLiteral("csv")),
                                      [&](QIODevice *out) { return writeStatementCsv(s, out); }));
        }
        return 0;
    }
    if (sub == u"report" && p.isEmpty()) {
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        const QString from = a.value(QStringLiteral("from"), day),
                      to = a.value(QStringLiteral("to"), day);
        check(writeProgramReportCsv(db, from, to, &buf));
        if (a.value(QStringLiteral("csv")).isEmpty())
            ctx.out << QString::fromUtf8(buf.data());
        else
            check(writeFileAtomically(a.value(QStringLiteral("csv")), [&](QIODevice *out) {
                return out->write(buf.data()) == buf.data().size()
                           ? Status{}
                           : Status(
                               fail(Error::Code::Io, QStringLiteral("cannot write the report")));
            }));
        return 0;
    }
    if (sub == u"close" && p.isEmpty()) {
        QMap<QString, qint64> counted;
        for (const QString &c : a.values(QStringLiteral("count"))) {
            const auto [kind, n] = splitPair(c, QStringLiteral("--count"));
            counted.insert(check(l.kind(kind)).id, wholeArg(n, QStringLiteral("--count ") + c));
        }
        const BoothClose c
            = check(l.close(day, counted, money(db, a, "ebt"), money(db, a, "card")));
        ctx.out << "EBT batch " << formatted(db, c.ebtBatch) << " (log "
                << formatted(db, c.ebtExpected) << "), card batch " << formatted(db, c.cardBatch)
                << " (log " << formatted(db, c.cardExpected) << ")\n";
        for (const TokenKind &k : check(l.kinds()))
            ctx.out << k.program << ": " << c.tokensCounted.value(k.id).toString() << " counted, "
                    << c.tokensExpected.value(k.id).toString() << " in the books\n";
        return 0;
    }
    usageError(QStringLiteral("see stallkeeper-cli booth --help"));
}

} // namespace

CommandGroup boothCommands()
{
    return {
        "Market office (vendors: join a market, send slips; the booth: tokens)\n"
        "  market join CODE                         join a market with its manager's code\n"
        "  market list                              the markets this device belongs to\n"
        "  market slip --market M [--date D] --tokens TENDER:FACE:COUNT ... [--check SERIAL ...]\n"
        "                                           queue a turn-in slip for the market\n"
        "  market statements                        reimbursement statements made out to you\n"
        "  booth setup [--match-percent P] [--day-cap A] [--month-cap A] [--card-fee-percent P]\n"
        "  booth tenders KIND [CODE ...]            the tills' tender codes paid back as KIND\n"
        "  booth receive KIND COUNT                 tokens bought or printed, into the office\n"
        "  booth move KIND FROM TO COUNT            e.g. office booth 200\n"
        "  booth sell --customer LAST4 --snap A     SNAP tokens with the incentive match\n"
        "  booth card --amount A [--payment debit|credit] [--customer REF]\n"
        "  booth refund --customer LAST4 --tokens N unused SNAP tokens back to the card\n"
        "  booth log | inventory | vendors | slips [--date D]\n"
        "  booth turnin VENDOR KIND COUNT [--date D]   count a vendor's tokens\n"
        "  booth statement VENDOR [--status counted|approved|paid] [--csv FILE] [--date D]\n"
        "  booth report [--from D --to D] [--csv FILE] per program and day, for funders\n"
        "  booth close --ebt A --card A [--count KIND=N ...]\n",
        {
            {"market join", cmdMarketJoin, 2, {}},
            {"market list", cmdMarketList, 1, {}},
            {"market slip",
             cmdMarketSlip,
             1,
             {{"market", "M"}, {"date", "YYYY-MM-DD"}, {"tokens", "P:F:N"}, {"check", "SERIAL"}}},
            {"market statements", cmdMarketStatements, 1, {}},
            {"booth",
             cmdBooth,
             5,
             {{"date", "YYYY-MM-DD"},
              {"customer", "REF"},
              {"snap", "AMOUNT"},
              {"amount", "AMOUNT"},
              {"payment", "KIND"},
              {"approval", "CODE"},
              {"tokens", "N"},
              {"status", "STATUS"},
              {"csv", "FILE"},
              {"from", "YYYY-MM-DD"},
              {"to", "YYYY-MM-DD"},
              {"ebt", "AMOUNT"},
              {"card", "AMOUNT"},
              {"count", "KIND=N"},
              {"match-percent", "P"},
              {"day-cap", "AMOUNT"},
              {"month-cap", "AMOUNT"},
              {"card-fee-percent", "P"}}},
        }};
}

} // namespace sk::cli
