#include "core/preorder/ReservedStock.h"

#include "core/StockLedger.h"

namespace sk {

QHash<QString, Milli> cartQuantities(const Cart &cart)
{
    QHash<QString, Milli> out;
    for (const CartLine &l : cart.lines)
        if (l.qty > 0)
            out[l.product.id] += l.qty;
    return out;
}

Result<QList<ReservedShortfall>> reservedShortfalls(Database &db,
                                                    const Cart &next,
                                                    QDate day,
                                                    const QString &handingOver,
                                                    const QHash<QString, Milli> &allowed)
{
    QList<ReservedShortfall> out;
    const QHash<QString, Milli> wanted = cartQuantities(next);
    StockLedger ledger(db);
    for (const CartLine &line : next.lines) {
        const QString &id = line.product.id;
        const Milli want = wanted.value(id);
        if (want <= allowed.value(id, 0))
            continue;
        if (std::any_of(out.cbegin(), out.cend(), [&](const ReservedShortfall &s) {
                return s.productId == id;
            }))
            continue;
        auto reserved = db.scalar(
            QStringLiteral("SELECT coalesce(sum(r.qty), 0) FROM stock_reservations r JOIN "
                           "preorders o ON o.id = r.order_id WHERE r.product_id = ? AND "
                           "o.market_date = ? AND o.state IN ('placed', 'partly') AND o.id <> ?"),
            {id, day.toString(Qt::ISODate), handingOver});
        if (!reserved)
            return std::unexpected(reserved.error());
        const Milli held = reserved->toLongLong();
        if (held <= 0)
            continue;
        auto kept = db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM stock_movements WHERE "
                                             "product_id = ?)"),
                              {id});
        if (!kept)
            return std::unexpected(kept.error());
        if (kept->toLongLong() == 0)
            continue;
        auto level = ledger.level(id);
        if (!level)
            return std::unexpected(level.error());
        if (want <= level->level - held)
            continue;
        out << ReservedShortfall{
            id, line.product.name, line.product.unit, level->level, held, want};
    }
    return out;
}

} // namespace sk
