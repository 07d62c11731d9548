// `stallkeeper-cli market`: opening and closing the market day.
#include "app/cli/Cli.h"

#include "core/MarketDay.h"

namespace sk::cli {

namespace {

int cmdMarket(Context &ctx, Args &a)
{
    const QString sub = a.positional.value(0);
    MarketDayRepository days(ctx.database());
    if (sub == u"open") {
        if (a.positional.size() != 2)
            usageError(QStringLiteral("market open takes one NAME (quote it if it has spaces)"));
        const Minor fl = amountArg(a.value(QStringLiteral("float"), QStringLiteral("0")),
                                   currencyOf(ctx.database()),
                                   QStringLiteral("--float"));
        auto d = check(days.open(a.positional[1], fl, optionalDate(a, QStringLiteral("date"))));
        ctx.out << d.id << "\n";
        return 0;
    }
    if (sub == u"close") {
        auto d = check(days.close());
        ctx.out << "closed " << d.marketName << " " << d.businessDate.toString(Qt::ISODate) << "\n";
        return 0;
    }
    if (sub == u"status") {
        auto d = check(days.current());
        if (!d) {
            ctx.out << "no market day open\n";
            return 0;
        }
        ctx.out << d->marketName << " " << d->businessDate.toString(Qt::ISODate) << " float "
                << formatFixed(d->openingFloat, 2) << "\n";
        return 0;
    }
    usageError(QStringLiteral("market takes open, close or status"));
}

} // namespace

CommandGroup marketCommands()
{
    return {R"(Market day
  market open NAME [--float AMOUNT] [--date YYYY-MM-DD]
  market close
  market status
)",
            {
                {"market open", cmdMarket, 1, {{"float", "AMOUNT"}, {"date", "YYYY-MM-DD"}}},
                {"market close", cmdMarket, 0, {}},
                {"market status", cmdMarket, 0, {}},
            }};
}

} // namespace sk::cli
