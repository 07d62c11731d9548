// stallkeeper-cli program, fee and eod turn-in: who pays the vendor back for which tenders,
// what each market charges, and the turn-in slip of a market day (core/eod).
#include "app/cli/Cli.h"

#include "core/BusinessSettings.h"
#include "core/MarketDay.h"
#include "core/TaxTenderRepository.h"
#include "core/eod/CashDrawer.h"
#include "core/eod/MarketFees.h"
#include "core/eod/SlipPdf.h"

#include <QDate>

namespace sk::cli {

namespace {

bool yes(const QString &text, const QString &option)
{
    if (text == u"yes")
        return true;
    if (text == u"no")
        return false;
    usageError(QStringLiteral("--%1 takes yes or no, not \"%2\"").arg(option, text.left(20)));
}

int cmdProgram(Context &ctx, Args &a)
{
    const QString sub = a.positional.value(0);
    TaxTenderRepository repo(ctx.database());
    if (sub == u"list") {
        const int decimals = currencyOf(ctx.database()).decimals;
        for (const TenderType &t : check(repo.tenderTypes())) {
            if (t.program.isEmpty())
                continue;
            ctx.out << t.program << '\t' << t.code << '\t' << t.name << '\t'
                    << "face=" << formatFixed(t.faceValue, decimals) << '\t'
                    << "deposit_days=" << t.depositDays << (t.enabled ? "" : "\tdisabled") << "\n";
        }
        return 0;
    }
    if (sub == u"set") {
        if (a.positional.size() != 3)
            usageError(QStringLiteral("program set takes a TENDER and a PROGRAM (\"\" for none)"));
        TenderType t = check(repo.tenderType(a.positional[1]));
        t.program = a.positional[2].trimmed();
        if (!a.values(QStringLiteral("deposit-days")).isEmpty())
            t.depositDays = int(wholeArg(a.value(QStringLiteral("deposit-days")),
                                         QStringLiteral("--deposit-days")));
        const TenderType saved = check(repo.saveTenderType(t));
        ctx.out << saved.code << '\t'
                << (saved.program.isEmpty() ? QStringLiteral("(no program)") : saved.program)
                << '\t' << "deposit_days=" << saved.depositDays << "\n";
        return 0;
    }
    usageError(QStringLiteral("program takes list or set"));
}

void printFee(QTextStream &out, const MarketFee &f, const Currency &c)
{
    out << f.market << '\t' << "share=" << formatPercent(f.sharePpm) << "%\t"
        << "tenders="
        << (f.tenders.isEmpty() ? QStringLiteral("all") : f.tenders.join(QLatin1Char(','))) << '\t'
        << "tax=" << (f.includeTax ? "yes" : "no") << '\t'
        << "min=" << formatFixed(f.minDaily, c.decimals) << '\t'
        << "max=" << (f.maxDaily ? formatFixed(f.maxDaily, c.decimals) : QStringLiteral("none"))
        << '\t' << "stall=" << formatFixed(f.stallFee, c.decimals) << '\t'
        << (f.weekly ? "weekly" : "daily") << "\n";
}

int cmdFee(Context &ctx, Args &a)
{
    const QString sub = a.positional.value(0);
    MarketFees fees(ctx.database());
    const Currency c = currencyOf(ctx.database());
    if (sub == u"list") {
        for (const MarketFee &f : check(fees.all()))
            printFee(ctx.out, f, c);
        return 0;
    }
    if (a.positional.size() != 2)
        usageError(QStringLiteral("fee %1 takes one MARKET (quote it if it has spaces)").arg(sub));
    const QString market = a.positional[1];
    if (sub == u"remove") {
        check(fees.remove(market));
        return 0;
    }
    if (sub != u"set")
        usageError(QStringLiteral("fee takes list, set or remove"));
    MarketFee f = check(fees.forMarket(market)).value_or(MarketFee{});
    f.market = market;
    if (!a.values(QStringLiteral("share")).isEmpty())
        f.sharePpm = checkArg(
            TaxTenderRepository::parseRate(a.value(QStringLiteral("share")), NumberSource::Machine),
            QStringLiteral("--share"));
    if (!a.values(QStringLiteral("tenders")).isEmpty()) {
        const QString list = a.value(QStringLiteral("tenders"));
        f.tenders
            = list == u"all" ? QStringList() : list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    if (!a.values(QStringLiteral("tax")).isEmpty())
        f.includeTax = yes(a.value(QStringLiteral("tax")), QStringLiteral("tax"));
    const std::pair<const char *, Minor *> amounts[]
        = {{"min", &f.minDaily}, {"max", &f.maxDaily}, {"stall", &f.stallFee}};
    for (const auto &[name, field] : amounts) {
        const QString option = QString::fromLatin1(name);
        if (!a.values(option).isEmpty())
            *field = a.value(option) == u"none"
                         ? 0
                         : amountArg(a.value(option), c, QStringLiteral("--") + option);
    }
    if (!a.values(QStringLiteral("period")).isEmpty()) {
        const QString p = a.value(QStringLiteral("period"));
        if (p != u"daily" && p != u"weekly")
            usageError(QStringLiteral("--period takes daily or weekly"));
        f.weekly = p == u"weekly";
    }
    check(fees.save(f));
    printFee(ctx.out, check(fees.forMarket(market)).value_or(f), c);
    return 0;
}

} // namespace

int cmdEodTurnIn(Context &ctx, Args &a)
{
    if (a.positional.size() != 2)
        usageError(QStringLiteral("eod turn-in takes one FILE.pdf or FILE.csv"));
    Database &db = ctx.database();
    const QString id = a.value(QStringLiteral("day")).isEmpty()
                           ? check(openOrLastMarketDay(db))
                           : check(MarketDayRepository(db).byId(a.value(QStringLiteral("day")))).id;
    const TurnInSlip slip = check(buildTurnInSlip(db, id, QDate::currentDate()));
    check(saveTurnInSlip(slip, a.positional[1]));
    const int d = slip.currency.decimals;
    for (const QString &p : slip.programs())
        ctx.out << "program " << p << '\t' << formatFixed(slip.programTotal(p), d) << "\n";
    ctx.out << "total\t" << formatFixed(slip.total(), d) << "\n";
    if (slip.hasCount)
        ctx.out << "variance\t" << formatFixed(slip.variance(), d) << "\n";
    for (const TurnInCheck &k : slip.checksDueSoon())
        ctx.out << "deposit soon\t" << (k.serial.isEmpty() ? QStringLiteral("-") : k.serial) << '\t'
                << k.depositBy.toString(Qt::ISODate) << "\n";
    if (slip.fee)
        ctx.out << "market fee\t" << formatFixed(slip.fee->due(), d) << "\n";
    return 0;
}

CommandGroup feeCommands()
{
    const QList<Option> feeOptions = {{"share", "PERCENT"},
                                      {"tenders", "CODES"},
                                      {"tax", "yes|no"},
                                      {"min", "AMOUNT"},
                                      {"max", "AMOUNT"},
                                      {"stall", "AMOUNT"},
                                      {"period", "daily|weekly"}};
    return {R"(Programs and market fees
  program list                             PROGRAM, tender, name, face value, check deposit days
  program set TENDER PROGRAM [--deposit-days N]
                                           the program that pays a tender back ("" for none);
                                           --deposit-days N > 0: paper checks with serials, to
                                           be deposited within N days
  fee list                                 the fee of each market
  fee set MARKET [--share PERCENT] [--tenders all|CODE,CODE] [--tax yes|no]
          [--min AMOUNT] [--max AMOUNT|none] [--stall AMOUNT] [--period daily|weekly]
                                           the market's share of sales (over these tenders,
                                           with tax or not), least and most per day, stall fee
  fee remove MARKET
  eod turn-in FILE.pdf|FILE.csv [--day ID] the turn-in slip of the market day
)",
            {
                {"program list", cmdProgram, 0, {{"deposit-days", "N"}}},
                {"program set", cmdProgram, 2, {{"deposit-days", "N"}}},
                {"fee list", cmdFee, 0, feeOptions},
                {"fee set", cmdFee, 1, feeOptions},
                {"fee remove", cmdFee, 1, {}},
            }};
}

} // namespace sk::cli
