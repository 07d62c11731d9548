// `stallkeeper-cli demo-data`: a deterministic history for benchmarks and demonstrations.
#include "app/cli/Cli.h"

#include "core/DemoData.h"

#include <QTimeZone>

#include <ctime>
#include <limits>

namespace sk::cli {

namespace {

int cmdDemo(Context &ctx, Args &a)
{
    DemoOptions o;
    const qint64 days
        = wholeArg(a.value(QStringLiteral("days"), QStringLiteral("30")), QStringLiteral("--days"));
    const qint64 perDay = wholeArg(a.value(QStringLiteral("sales-per-day"), QStringLiteral("150")),
                                   QStringLiteral("--sales-per-day"));
    const qint64 seed
        = wholeArg(a.value(QStringLiteral("seed"), QStringLiteral("42")), QStringLiteral("--seed"));
    if (days < 0 || days > std::numeric_limits<int>::max() || perDay < 0
        || perDay > std::numeric_limits<int>::max() || seed < 0)
        usageError(QStringLiteral("--days, --sales-per-day and --seed take whole numbers from 0"));
    o.marketDays = int(days);
    o.salesPerDay = int(perDay);
    o.seed = quint64(seed);
    if (const QDate s = optionalDate(a, QStringLiteral("start")); s.isValid())
        o.start = s;
    o.outbox = a.flag(QStringLiteral("outbox"));
    // Sales record the local time and offset of the process's zone; fixing the zone makes the
    // same seed give the same rows on any machine. This process only generates, then exits.
    const QByteArray zone
        = a.value(QStringLiteral("time-zone"), QStringLiteral("America/New_York")).toUtf8();
    if (!QTimeZone(zone).isValid())
        usageError(QStringLiteral("--time-zone: unknown zone %1").arg(QString::fromUtf8(zone)));
    qputenv("TZ", zone);
    tzset();
    auto s = check(generateDemoData(ctx.database(), o));
    ctx.out << s.marketDays << " market day(s), " << s.sales << " sale(s), " << s.lines
            << " line(s), " << s.refunds << " refund(s), " << s.voids << " void(s)\n";
    return 0;
}

} // namespace

CommandGroup demoCommands()
{
    return {R"(Benchmarks
  demo-data --days N --sales-per-day M [--seed S] [--start DATE] [--outbox]
            [--time-zone ZONE]             market hours in ZONE (IANA name; default
                                           America/New_York), the same rows anywhere
)",
            {
                {"demo-data",
                 cmdDemo,
                 0,
                 {{"days", "N"},
                  {"sales-per-day", "M"},
                  {"seed", "S"},
                  {"start", "DATE"},
                  {"outbox"},
                  {"time-zone", "ZONE"}}},
            }};
}

} // namespace sk::cli
