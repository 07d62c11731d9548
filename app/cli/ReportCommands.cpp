// `stallkeeper-cli report`: every report of the Reports section as CSV.
#include "app/cli/Cli.h"

#include "core/reports/ReportCatalog.h"
#include "core/reports/ReportRunner.h"

namespace sk::cli {

namespace {

int cmdReport(Context &ctx, Args &a)
{
    using namespace sk::reports;
    if (a.flag(QStringLiteral("list"))) {
        rejectUnknown(a, {QStringLiteral("list")});
        if (!a.positional.isEmpty())
            usageError(QStringLiteral("report --list takes no other arguments"));
        for (const ReportDefinition &r : ReportCatalog::all()) {
            QStringList filters;
            if (r.filters & FilterDate)
                filters << QStringLiteral("--from --to");
            if (r.filters & FilterMarket)
                filters << QStringLiteral("--market");
            if (r.filters & FilterCategory)
                filters << QStringLiteral("--category");
            ctx.out << r.name << '\t' << QString::fromUtf8(r.description) << " ["
                    << filters.join(QLatin1Char(' ')) << "]\n";
        }
        return 0;
    }
    if (a.positional.size() != 2)
        usageError(QStringLiteral("report takes NAME FILE.csv (report --list names them)"));
    const ReportDefinition *report = ReportCatalog::find(a.positional[0]);
    if (!report)
        usageError(QStringLiteral("no report \"%1\" (report --list names them)")
                       .arg(a.positional[0].left(40)));
    ReportFilter filter;
    filter.from = optionalDate(a, QStringLiteral("from"));
    filter.to = optionalDate(a, QStringLiteral("to"));
    filter.market = a.value(QStringLiteral("market"));
    filter.category = a.value(QStringLiteral("category"));
    if (auto v = ReportCatalog::validate(*report, filter); !v)
        usageError(v.error().detail);
    RunOptions options;
    options.bom = a.flag(QStringLiteral("bom"));
    ReportRunner runner(ctx.database());
    const qint64 rows = check(runner.exportCsv(*report, filter, a.positional[1], options));
    ctx.out << rows << " row(s)\n";
    return 0;
}

} // namespace

CommandGroup reportCommands()
{
    return {"Reports\n"
            "  report NAME FILE.csv [--from DATE] [--to DATE] [--market NAME]\n"
            "         [--category NAME] [--bom]\n"
            "                                           write a report as CSV\n"
            "  report --list                            name every report\n",
            {
                {"report",
                 cmdReport,
                 2,
                 {{"list"},
                  {"from", "DATE"},
                  {"to", "DATE"},
                  {"market", "NAME"},
                  {"category", "NAME"},
                  {"bom"}}},
            }};
}

} // namespace sk::cli
