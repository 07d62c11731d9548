// `stallkeeper-cli export`: sales and sale lines as CSV.
#include "app/cli/Cli.h"

#include "core/BusinessSettings.h"

#include "core/Exports.h"

namespace sk::cli {

namespace {

int cmdExport(Context &ctx, Args &a)
{
    if (a.positional.size() != 2 || (a.positional[0] != u"sales" && a.positional[0] != u"lines"))
        usageError(QStringLiteral("export takes sales|lines FILE.csv"));
    DateRange range{optionalDate(a, QStringLiteral("from")), optionalDate(a, QStringLiteral("to"))};
    if (range.from.isValid() && range.to.isValid() && range.from > range.to)
        usageError(QStringLiteral("--from is after --to"));
    Database &db = ctx.database();
    ExportOptions opt;
    opt.bom = a.flag(QStringLiteral("bom"));
    opt.moneyDecimals = BusinessSettings(db).currency().decimals;
    qint64 rows = 0;
    check(writeFileAtomically(a.positional[1], [&](QIODevice *out) -> Status {
        auto n = a.positional[0] == u"sales" ? exportSales(db, range, out, opt)
                                             : exportLines(db, range, out, opt);
        if (!n)
            return std::unexpected(n.error());
        rows = *n;
        return {};
    }));
    ctx.out << rows << " row(s)\n";
    return 0;
}

} // namespace

CommandGroup exportCommands()
{
    return {R"(Exports
  export sales|lines FILE.csv [--from DATE] [--to DATE] [--bom]
)",
            {
                {"export", cmdExport, 2, {{"from", "DATE"}, {"to", "DATE"}, {"bom"}}},
            }};
}

} // namespace sk::cli
