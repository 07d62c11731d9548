// `stallkeeper-cli catalog`: the products, to and from CSV.
#include "app/cli/Cli.h"

#include "core/Exports.h"

#include <QFile>

namespace sk::cli {

namespace {

int cmdCatalog(Context &ctx, Args &a)
{
    const QString sub = a.positional.value(0);
    if (sub == u"import") {
        if (a.positional.size() != 2)
            usageError(QStringLiteral("catalog import takes one FILE.csv"));
        QFile f(a.positional[1]);
        if (!f.open(QIODevice::ReadOnly))
            failWith(
                Error::io(QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString())));
        if (f.size() > 64 * 1024 * 1024)
            failWith(Error::invalid(QStringLiteral("%1 is larger than 64 MB").arg(f.fileName())));
        // Read as it is imported: the file is never held in memory whole.
        auto report
            = check(importCatalogCsv(ctx.database(), &f, a.flag(QStringLiteral("skip-bad"))));
        for (const QString &e : report.errors)
            err() << "skipped " << e << "\n";
        ctx.out << "imported " << report.imported << " product(s)";
        if (report.skipped)
            ctx.out << ", skipped " << report.skipped;
        ctx.out << "\n";
        return 0;
    }
    if (sub == u"export") {
        if (a.positional.size() != 2)
            usageError(QStringLiteral("catalog export takes one FILE.csv"));
        Database &db = ctx.database();
        check(writeFileAtomically(a.positional[1], [&](QIODevice *out) {
            return exportCatalogCsv(db, out, a.flag(QStringLiteral("bom")));
        }));
        return 0;
    }
    if (sub == u"list") {
        ProductRepository repo(ctx.database());
        for (const Product &p : check(repo.all(true)))
            ctx.out << p.sku << '\t' << p.name << '\t' << unitCode(p.unit) << '\t'
                    << formatFixed(p.price, 2) << (p.active ? "" : "\tinactive") << "\n";
        return 0;
    }
    usageError(QStringLiteral("catalog takes import, export or list"));
}

} // namespace

CommandGroup catalogCommands()
{
    return {R"(Catalog
  catalog import FILE.csv [--skip-bad]     import products (all or nothing unless --skip-bad)
  catalog export FILE.csv [--bom]          write the catalog as CSV
  catalog list                             print SKU, name, unit and price
)",
            {
                {"catalog import", cmdCatalog, 1, {{"skip-bad"}}},
                {"catalog export", cmdCatalog, 1, {{"bom"}}},
                {"catalog list", cmdCatalog, 0, {}},
            }};
}

} // namespace sk::cli
