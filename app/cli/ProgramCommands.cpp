// `stallkeeper-cli class` and `incentive`: eligibility classes, their defaults per category,
// the products in them, and the incentive match at the stall.
#include "app/cli/Cli.h"

#include "core/BusinessSettings.h"
#include "core/Eligibility.h"
#include "core/Incentive.h"
#include "core/TaxTenderRepository.h"

namespace sk::cli {

namespace {

ProductKind kindArg(const Args &a, ProductKind current)
{
    const QString k = a.value(QStringLiteral("kind"));
    if (a.values(QStringLiteral("kind")).isEmpty())
        return current;
    if (k == u"goods")
        return ProductKind::Goods;
    if (k == u"nonfood")
        return ProductKind::NonFood;
    usageError(QStringLiteral("--kind takes goods or nonfood"));
}

int cmdClass(Context &ctx, Args &a)
{
    Database &db = ctx.database();
    EligibilityRepository repo(db);
    const QString sub = a.positional.value(0);
    if (sub == u"list") {
        for (const EligibilityClass &c : check(repo.classes()))
            ctx.out << c.code << '\t' << c.name << (c.builtin ? "\tbuilt-in" : "") << "\n";
        return 0;
    }
    if (sub == u"add") {
        if (a.positional.size() != 2 || a.value(QStringLiteral("name")).isEmpty())
            usageError(QStringLiteral("class add takes CODE and --name NAME"));
        const auto c = check(repo.saveClass({a.positional[1], a.value(QStringLiteral("name"))}));
        ctx.out << c.code << '\t' << c.name << "\n";
        return 0;
    }
    if (sub == u"remove") {
        if (a.positional.size() != 2)
            usageError(QStringLiteral("class remove takes one CODE"));
        check(repo.removeClass(a.positional[1]));
        return 0;
    }
    if (sub == u"defaults") {
        for (const CategoryDefault &d : check(repo.categoryDefaults()))
            ctx.out << d.category << '\t' << d.classes.join(u' ') << '\t' << productKindCode(d.kind)
                    << "\n";
        return 0;
    }
    if (sub == u"default") {
        if (a.positional.size() != 2)
            usageError(QStringLiteral("class default takes one CATEGORY"));
        CategoryDefault d;
        d.category = a.positional[1];
        d.classes = checkArg(parseClassList(a.value(QStringLiteral("classes"))),
                             QStringLiteral("--classes"));
        d.kind = kindArg(a, ProductKind::Goods);
        check(repo.setCategoryDefault(d));
        return 0;
    }
    if (sub == u"set") {
        // The classes of one product: replaced (--classes), or changed (--add, --remove).
        if (a.positional.size() != 2)
            usageError(QStringLiteral("class set takes one SKU"));
        Product p = productByCode(db, a.positional[1]);
        if (!a.values(QStringLiteral("classes")).isEmpty())
            p.classes = checkArg(parseClassList(a.value(QStringLiteral("classes"))),
                                 QStringLiteral("--classes"));
        for (const QString &c : a.values(QStringLiteral("add")))
            p.setClass(c, true);
        for (const QString &c : a.values(QStringLiteral("remove")))
            p.setClass(c, false);
        p.kind = kindArg(a, p.kind);
        const Product saved = check(ProductRepository(db).save(p));
        ctx.out << saved.sku << '\t' << saved.classes.join(u' ') << '\t'
                << productKindCode(saved.kind) << "\n";
        return 0;
    }
    usageError(QStringLiteral("class takes list, add, remove, set, default or defaults"));
}

void printRule(QTextStream &out, const IncentiveRule &r, int decimals)
{
    out << r.tenderCode << '\t' << r.sourceClass << "->" << r.matchClass << '\t'
        << TaxTenderRepository::formatRate(r.matchPpm, QLocale::c()) << '\t' << "cap "
        << formatFixed(r.cap, decimals) << " per " << incentivePeriodCode(r.period)
        << (r.enabled ? "" : "\toff") << "\n";
}

int cmdIncentive(Context &ctx, Args &a)
{
    Database &db = ctx.database();
    IncentiveRepository repo(db);
    const Currency cur = BusinessSettings(db).currency();
    const QString sub = a.positional.value(0);
    if (sub == u"list") {
        for (const IncentiveRule &r : check(repo.rules()))
            printRule(ctx.out, r, cur.decimals);
        return 0;
    }
    if (sub == u"set") {
        if (a.positional.size() != 2)
            usageError(QStringLiteral("incentive set takes one TENDER code"));
        IncentiveRule r;
        r.tenderCode = a.positional[1];
        bool existed = false;
        for (const IncentiveRule &o : check(repo.rules()))
            if (o.tenderCode == r.tenderCode) {
                r = o;
                existed = true;
            }
        if (!existed
            && (a.values(QStringLiteral("match")).isEmpty()
                || a.values(QStringLiteral("cap")).isEmpty()))
            usageError(QStringLiteral("a new incentive needs --match PERCENT and --cap AMOUNT"));
        if (!a.values(QStringLiteral("match")).isEmpty())
            r.matchPpm = checkArg(TaxTenderRepository::parseRate(a.value(QStringLiteral("match")),
                                                                 NumberSource::Machine),
                                  QStringLiteral("--match"));
        if (!a.values(QStringLiteral("cap")).isEmpty())
            r.cap = amountArg(a.value(QStringLiteral("cap")), cur, QStringLiteral("--cap"));
        const QString per = a.value(QStringLiteral("per"), incentivePeriodCode(r.period));
        if (per != u"day" && per != u"month")
            usageError(QStringLiteral("--per takes day or month"));
        r.period = per == u"month" ? IncentiveRule::Period::Month : IncentiveRule::Period::Day;
        r.matchClass = a.value(QStringLiteral("class"), r.matchClass);
        r.sourceClass = a.value(QStringLiteral("source"), r.sourceClass);
        const QString on = a.value(QStringLiteral("enabled"), r.enabled ? u"yes"_qs : u"no"_qs);
        if (on != u"yes" && on != u"no")
            usageError(QStringLiteral("--enabled takes yes or no"));
        r.enabled = on == u"yes";
        printRule(ctx.out, check(repo.save(r)), cur.decimals);
        return 0;
    }
    if (sub == u"balance") {
        if (a.positional.size() != 2)
            usageError(QStringLiteral("incentive balance takes one CARD (last 4 digits)"));
        const QString card
            = checkArg(normalizeBenefitCard(a.positional[1]), QStringLiteral("CARD"));
        IncentiveLedger ledger(db);
        for (const IncentiveRule &r : check(repo.rules(false))) {
            const Minor used = check(ledger.used(r, card));
            ctx.out << r.tenderCode << '\t' << card << '\t' << "used "
                    << formatFixed(used, cur.decimals) << '\t' << "left "
                    << formatFixed(std::max<Minor>(0, r.cap - used), cur.decimals) << " this "
                    << incentivePeriodCode(r.period) << "\n";
        }
        return 0;
    }
    usageError(QStringLiteral("incentive takes list, set or balance"));
}

} // namespace

CommandGroup programCommands()
{
    return {
        "Benefit programs\n"
        "  class list                               eligibility classes (code, name)\n"
        "  class add CODE --name NAME               a class of your own\n"
        "  class remove CODE                        (not built in, no tender pays for it)\n"
        "  class set SKU [--classes \"snap fv\"] [--add CLASS] [--remove CLASS]\n"
        "            [--kind goods|nonfood]         the classes of a product\n"
        "  class default CATEGORY [--classes LIST] [--kind goods|nonfood]\n"
        "                                           what new products of a category start with\n"
        "  class defaults                           the defaults per category\n"
        "  incentive list                           the match rules\n"
        "  incentive set TENDER [--match PERCENT] [--cap AMOUNT] [--per day|month]\n"
        "                [--class fv] [--source snap] [--enabled yes|no]\n"
        "                                           SNAP spent on --class matched by PERCENT,\n"
        "                                           up to AMOUNT per customer per day or month,\n"
        "                                           paid by TENDER (sale --benefit-card 1234)\n"
        "  incentive balance CARD                   what is left of each cap for a customer\n",
        {
            {"class list", cmdClass, 0, {}},
            {"class add", cmdClass, 1, {{"name", "NAME"}}},
            {"class remove", cmdClass, 1, {}},
            {"class set",
             cmdClass,
             1,
             {{"classes", "LIST"}, {"add", "CLASS"}, {"remove", "CLASS"}, {"kind", "KIND"}}},
            {"class default", cmdClass, 1, {{"classes", "LIST"}, {"kind", "KIND"}}},
            {"class defaults", cmdClass, 0, {}},
            {"incentive list", cmdIncentive, 0, {}},
            {"incentive set",
             cmdIncentive,
             1,
             {{"match", "PERCENT"},
              {"cap", "AMOUNT"},
              {"per", "day|month"},
              {"class", "CLASS"},
              {"source", "CLASS"},
              {"enabled", "yes|no"}}},
            {"incentive balance", cmdIncentive, 1, {}},
        }};
}

} // namespace sk::cli
