// `stallkeeper-cli stock`: levels, movements and their history.
#include "app/cli/Cli.h"

#include "core/StockLedger.h"

#include <QDateTime>

namespace sk::cli {

namespace {

int cmdStock(Context &ctx, Args &a)
{
    const QString sub = a.positional.value(0);
    Database &db = ctx.database();
    StockLedger ledger(db);
    ProductRepository repo(db);
    if (sub == u"level") {
        QList<Product> products;
        if (a.positional.size() == 2)
            products << productByCode(db, a.positional[1]);
        else if (a.positional.size() == 1)
            products = check(repo.all(true));
        else
            usageError(QStringLiteral("stock level takes at most one SKU"));
        // Every product's level in one statement; one product's by itself.
        QHash<QString, StockLevel> levels;
        if (products.size() > 1)
            for (const StockLevel &l : check(ledger.levels()))
                levels.insert(l.productId, l);
        for (const Product &p : products) {
            const StockLevel l
                = products.size() > 1 ? levels.value(p.id) : check(ledger.level(p.id));
            ctx.out << p.sku << '\t' << formatQuantity(l.level, p.unit) << '\t' << unitCode(p.unit);
            if (const StockStatus status = stockStatus(l.level, p.lowStock);
                status == StockStatus::Oversold)
                ctx.out << "\toversold";
            else if (status == StockStatus::Low)
                ctx.out << "\tlow";
            ctx.out << "\n";
        }
        return 0;
    }
    if (sub == u"history") {
        if (a.positional.size() != 2)
            usageError(QStringLiteral("stock history takes one SKU"));
        const Product p = productByCode(db, a.positional[1]);
        for (const StockMovement &m : check(ledger.history(p.id)))
            ctx.out << QDateTime::fromMSecsSinceEpoch(m.createdAt).toString(Qt::ISODate) << '\t'
                    << stockKindCode(m.kind) << '\t' << formatQuantity(m.qty, p.unit) << '\t'
                    << m.context << '\t' << m.reason << "\n";
        return 0;
    }
    const QStringList kinds = {QStringLiteral("receive"),
                               QStringLiteral("count"),
                               QStringLiteral("waste"),
                               QStringLiteral("adjust")};
    if (!kinds.contains(sub))
        usageError(QStringLiteral("stock takes level, receive, count, waste, adjust or history"));
    if (a.positional.size() < 2)
        usageError(QStringLiteral("stock %1 takes SKU=QTY").arg(sub));
    if ((sub == u"waste" || sub == u"adjust")
        && a.value(QStringLiteral("reason")).trimmed().isEmpty())
        usageError(QStringLiteral("stock %1 needs --reason").arg(sub));
    // All pairs in one transaction: either every count is recorded or none.
    Transaction tx(db);
    check(tx.begun());
    for (const QString &pair : a.positional.mid(1)) {
        auto [sku, qty] = splitPair(pair, sub);
        const Product p = productByCode(db, sku);
        const Milli q = quantityArg(qty, p.unit, sku);
        check(ledger.record(p.id,
                            sub,
                            q,
                            a.value(QStringLiteral("reason")),
                            sub == u"count" ? QStringLiteral("manual") : QString(),
                            true));
    }
    check(tx.commit());
    return 0;
}

} // namespace

CommandGroup stockCommands()
{
    return {R"(Stock
  stock level [SKU]
  stock receive SKU=QTY [SKU=QTY ...] [--reason TEXT]
  stock count SKU=QTY [SKU=QTY ...]        absolute counts (what is on the table now)
  stock waste SKU=QTY [...] --reason TEXT
  stock adjust SKU=QTY [...] --reason TEXT signed correction
  stock history SKU
)",
            {
                {"stock level", cmdStock, 1, {}},
                {"stock receive", cmdStock, -1, {{"reason", "TEXT"}}},
                {"stock count", cmdStock, -1, {{"reason", "TEXT"}}},
                {"stock waste", cmdStock, -1, {{"reason", "TEXT"}}},
                {"stock adjust", cmdStock, -1, {{"reason", "TEXT"}}},
                {"stock history", cmdStock, 1, {}},
            }};
}

} // namespace sk::cli
