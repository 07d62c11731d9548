// `stallkeeper-cli settings`: the business settings of Settings (BusinessSettings).
#include "app/cli/Cli.h"

#include "core/BusinessSettings.h"

namespace sk::cli {

namespace {

QString knownName(const Args &a, int index)
{
    const QString name = a.positional.value(index);
    if (!BusinessSettings::names().contains(name))
        usageError(QStringLiteral("the settings are %1")
                       .arg(BusinessSettings::names().join(QStringLiteral(", "))));
    return name;
}

int cmdSettings(Context &ctx, Args &a)
{
    const QString sub = a.positional.value(0);
    BusinessSettings settings(ctx.database());
    if (sub == u"list") {
        for (const QString &name : BusinessSettings::names())
            ctx.out << name << '\t' << check(settings.describe(name)) << "\n";
        return 0;
    }
    if (sub == u"get") {
        if (a.positional.size() != 2)
            usageError(QStringLiteral("settings get takes one NAME"));
        ctx.out << check(settings.get(knownName(a, 1))) << "\n";
        return 0;
    }
    if (sub == u"set") {
        if (a.positional.size() != 3)
            usageError(QStringLiteral("settings set takes NAME and VALUE (quote a value with "
                                      "spaces)"));
        const QString name = knownName(a, 1);
        check(settings.set(name, a.positional[2]));
        ctx.out << name << '\t' << check(settings.describe(name)) << "\n";
        return 0;
    }
    usageError(QStringLiteral("settings takes list, get or set"));
}

} // namespace

CommandGroup settingsCommands()
{
    return {
        "Settings\n"
        "  settings list                            every business setting and its value\n"
        "  settings get NAME | settings set NAME VALUE\n"
        "                                           currency (USD, CAD...), tax-inclusive yes|no,\n"
        "                                           cash-rounding 0.05|none|default, store-name,\n"
        "                                           receipt-footer\n",
        {
            {"settings list", cmdSettings, 0, {}},
            {"settings get", cmdSettings, 1, {}},
            {"settings set", cmdSettings, 2, {}},
        }};
}

} // namespace sk::cli
