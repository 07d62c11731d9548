// `stallkeeper-cli tax` and `tender`: the tax categories and tender types of Settings.
#include "app/cli/Cli.h"

#include "core/BusinessSettings.h"
#include "core/TaxTenderRepository.h"

#include <QRegularExpression>

namespace sk::cli {

namespace {

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

// --option yes|no; absent keeps `current`.
bool boolOption(const Args &a, const QString &option, bool current)
{
    if (a.values(option).isEmpty())
        return current;
    const QString v = a.value(option).toLower();
    if (v == u"yes" || v == u"1" || v == u"true")
        return true;
    if (v == u"no" || v == u"0" || v == u"false")
        return false;
    usageError(QStringLiteral("--%1 takes yes or no").arg(option));
}

void checkNewCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_]{1,40}$"));
    if (!re.match(code).hasMatch())
        usageError(QStringLiteral("a code is 1-40 of a-z, 0-9 and _"));
}

QString requiredCode(const Args &a, const char *command)
{
    if (a.positional.size() != 2)
        usageError(QStringLiteral("%1 set takes one CODE (%1 list names them; a new code adds one)")
                       .arg(QLatin1String(command)));
    return a.positional[1];
}

int cmdTax(Context &ctx, Args &a)
{
    const QString sub = a.positional.value(0);
    if (sub == u"list") {
        TaxTenderRepository repo(ctx.database());
        for (const TaxCategory &t : check(repo.taxCategories()))
            ctx.out << t.code << '\t' << t.name << '\t'
                    << TaxTenderRepository::formatRate(t.ratePpm, QLocale::c())
                    << (t.active ? "" : "\tinactive") << "\n";
        return 0;
    }
    if (sub == u"set") {
        const QString code = requiredCode(a, "tax");
        TaxTenderRepository repo(ctx.database());
        TaxCategory t;
        if (auto existing = repo.taxCategory(code)) {
            t = *existing;
        } else if (existing.error().code != Error::Code::NotFound) {
            failWith(existing.error());
        } else {
            if (a.values(QStringLiteral("name")).isEmpty()
                || a.values(QStringLiteral("rate")).isEmpty())
                usageError(QStringLiteral("a new tax category needs --name and --rate"));
            checkNewCode(code);
            t.code = code;
        }
        t.name = a.value(QStringLiteral("name"), t.name);
        if (!a.values(QStringLiteral("rate")).isEmpty())
            t.ratePpm = checkArg(TaxTenderRepository::parseRate(a.value(QStringLiteral("rate")),
                                                                NumberSource::Machine),
                                 QStringLiteral("--rate"));
        t.active = boolOption(a, QStringLiteral("active"), t.active);
        const TaxCategory saved = check(repo.saveTaxCategory(t));
        ctx.out << saved.code << '\t' << saved.name << '\t'
                << TaxTenderRepository::formatRate(saved.ratePpm, QLocale::c())
                << (saved.active ? "" : "\tinactive") << "\n";
        return 0;
    }
    usageError(QStringLiteral("tax takes list or set"));
}

Currency currency(Context &ctx)
{
    return BusinessSettings(ctx.database()).currency();
}

void printTender(QTextStream &out, const TenderType &t, int decimals)
{
    out << t.code << '\t' << t.name << '\t' << "pays=" << t.eligibility << '\t'
        << "change=" << yesNo(t.givesChange) << '\t' << "untaxed=" << yesNo(t.untaxed) << '\t'
        << "face=" << formatFixed(t.faceValue, decimals) << '\t'
        << "refund=" << refundToCode(t.refundTo) << '\t' << (t.enabled ? "enabled" : "disabled")
        << "\n";
}

int cmdTender(Context &ctx, Args &a)
{
    const QString sub = a.positional.value(0);
    if (sub == u"list") {
        TaxTenderRepository repo(ctx.database());
        for (const TenderType &t : check(repo.tenderTypes()))
            printTender(ctx.out, t, currency(ctx).decimals);
        return 0;
    }
    if (sub == u"set") {
        const QString code = requiredCode(a, "tender");
        TaxTenderRepository repo(ctx.database());
        TenderType t;
        bool existed = false;
        if (auto existing = repo.tenderType(code)) {
            t = *existing;
            existed = true;
        } else if (existing.error().code != Error::Code::NotFound) {
            failWith(existing.error());
        } else {
            if (a.values(QStringLiteral("name")).isEmpty())
                usageError(QStringLiteral("a new tender needs --name"));
            checkNewCode(code);
            t.code = code;
            auto all = check(repo.tenderTypes());
            for (const TenderType &o : all)
                t.sort = std::max(t.sort, o.sort + 1);
        }
        t.name = a.value(QStringLiteral("name"), t.name);
        t.eligibility = a.value(QStringLiteral("pays"), t.eligibility);
        t.enabled = boolOption(a, QStringLiteral("enabled"), t.enabled);
        t.untaxed = boolOption(a, QStringLiteral("untaxed"), t.untaxed);
        t.givesChange = boolOption(a, QStringLiteral("change"), t.givesChange);
        if (!a.values(QStringLiteral("refund-to")).isEmpty())
            t.refundTo = check(refundToFromCode(a.value(QStringLiteral("refund-to"))));
        else if (!existed)
            t.refundTo = defaultRefundTo(t.eligibility);
        if (!a.values(QStringLiteral("face-value")).isEmpty())
            t.faceValue = amountArg(a.value(QStringLiteral("face-value")),
                                    currency(ctx),
                                    QStringLiteral("--face-value"));
        printTender(ctx.out, check(repo.saveTenderType(t)), currency(ctx).decimals);
        return 0;
    }
    usageError(QStringLiteral("tender takes list or set"));
}

} // namespace

CommandGroup taxTenderCommands()
{
    return {
        "Tax and tenders\n"
        "  tax list                                 code, name, rate (and \"inactive\")\n"
        "  tax set CODE [--name NAME] [--rate PERCENT] [--active yes|no]\n"
        "                                           edit a tax category, or add one (--name, "
        "--rate)\n"
        "  tender list                              code, name, what it pays for, flags\n"
        "  tender set CODE [--name NAME] [--enabled yes|no] [--pays any|CLASS]\n"
        "             [--untaxed yes|no] [--change yes|no] [--face-value AMOUNT]\n"
        "             [--refund-to any|same|exchange]\n"
        "                                           edit a tender type, or add one (--name);\n"
        "                                           refunds go back through any tender, only\n"
        "                                           this one, or never (exchange only)\n",
        {
            {"tax list", cmdTax, 0, {}},
            {"tax set", cmdTax, 1, {{"name", "NAME"}, {"rate", "PERCENT"}, {"active", "yes|no"}}},
            {"tender list", cmdTender, 0, {}},
            {"tender set",
             cmdTender,
             1,
             {{"name", "NAME"},
              {"enabled", "yes|no"},
              {"pays", "any|CLASS"},
              {"untaxed", "yes|no"},
              {"change", "yes|no"},
              {"face-value", "AMOUNT"},
              {"refund-to", "any|same|exchange"}}},
        }};
}

} // namespace sk::cli
