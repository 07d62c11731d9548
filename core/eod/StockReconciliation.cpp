#include "core/eod/StockReconciliation.h"

#include "core/DatabaseRows.h"

#include <QHash>

#include <algorithm>

namespace sk {

bool countFarFromExpected(Milli counted, Milli expected)
{
    const Milli diff = counted > expected ? counted - expected : expected - counted;
    const Milli half = (expected < 0 ? -expected : expected) / 2;
    return diff > std::max(half, kFarCountUnits);
}

StockCount::StockCount(Database &db)
    : m_db(db)
{}

Result<CountResult>
StockCount::count(const QString &productId, Milli counted, const QString &context)
{
    ProductRepository products(m_db);
    auto p = products.byId(productId);
    if (!p)
        return std::unexpected(p.error());
    StockLedger ledger(m_db);
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    auto m = ledger.record(productId, StockKind::Count, counted, {}, context, true);
    if (!m)
        return std::unexpected(m.error());
    auto before = ledger.levelBefore(productId, m->hlc);
    if (!before)
        return std::unexpected(before.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    CountResult r{m->id, productId, m->hlc, *before, counted, counted - *before, 0};
    r.varianceValue = lineAmount(p->price, r.variance).value_or(0);
    return r;
}

Result<QList<CountResult>> StockCount::countsOf(const QString &marketDayId, const QString &context)
{
    struct Row
    {
        CountResult r;
        Minor price;
    };
    auto rows = queryRows(m_db,
                          QStringLiteral("SELECT m.id, m.product_id, m.qty, m.hlc, "
                                         "coalesce(p.price, 0) FROM stock_movements m LEFT JOIN "
                                         "products p ON p.id = m.product_id WHERE m.kind = "
                                         "'count' AND m.context = ? AND m.market_day_id = ? "
                                         "ORDER BY m.hlc, m.id"),
                          {context, marketDayId},
                          [](const QSqlQuery &q) {
                              CountResult r;
                              r.movementId = q.value(0).toString();
                              r.productId = q.value(1).toString();
                              r.counted = q.value(2).toLongLong();
                              r.hlc = q.value(3).toLongLong();
                              return Row{r, q.value(4).toLongLong()};
                          });
    if (!rows)
        return std::unexpected(rows.error());
    StockLedger ledger(m_db);
    QList<CountResult> out;
    for (Row &row : *rows) {
        auto before = ledger.levelBefore(row.r.productId, row.r.hlc);
        if (!before)
            return std::unexpected(before.error());
        row.r.expected = *before;
        row.r.variance = row.r.counted - *before;
        auto value = lineAmount(row.price, row.r.variance);
        if (!value)
            return std::unexpected(value.error());
        row.r.varianceValue = *value;
        out << row.r;
    }
    return out;
}

Status StockCount::recordLoadOut(const QList<std::pair<QString, Milli>> &counts)
{
    StockLedger ledger(m_db);
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return b;
    for (const auto &[productId, qty] : counts)
        if (auto m
            = ledger.record(productId, StockKind::Count, qty, {}, QStringLiteral("loadout"), true);
            !m)
            return std::unexpected(m.error());
    return tx.commit();
}

Result<Reconciliation> reconcileMarketDay(Database &db, const QString &marketDayId)
{
    Reconciliation rec;
    rec.marketDayId = marketDayId;
    // The latest load-out and the latest end-of-day count after it, per product.
    auto q = db.exec(QStringLiteral(R"(
        WITH lo AS (SELECT product_id, qty, hlc,
                           row_number() OVER (PARTITION BY product_id ORDER BY hlc DESC, id DESC) AS n
                    FROM stock_movements
                    WHERE kind = 'count' AND context = 'loadout' AND market_day_id = ?),
             li AS (SELECT m.product_id, m.qty, m.hlc,
                           row_number() OVER (PARTITION BY m.product_id ORDER BY m.hlc DESC, m.id DESC) AS n
                    FROM stock_movements m
                    LEFT JOIN lo ON lo.product_id = m.product_id AND lo.n = 1
                    WHERE m.kind = 'count' AND m.context = 'eod' AND m.market_day_id = ?
                      AND m.hlc > coalesce(lo.hlc, -1))
        SELECT p.id, p.sku, p.name, p.unit, p.price,
               lo.qty, lo.hlc, li.qty, li.hlc
        FROM products p
        LEFT JOIN lo ON lo.product_id = p.id AND lo.n = 1
        LEFT JOIN li ON li.product_id = p.id AND li.n = 1
        WHERE lo.product_id IS NOT NULL OR li.product_id IS NOT NULL
        ORDER BY p.category, p.name)"),
                     {marketDayId, marketDayId});
    if (!q)
        return std::unexpected(q.error());
    struct Span
    {
        qint64 from, to;
    };
    QList<Span> spans;
    while (q->next()) {
        ReconciliationLine l;
        l.productId = q->value(0).toString();
        l.sku = q->value(1).toString();
        l.name = q->value(2).toString();
        l.unit = unitFromCode(q->value(3).toString()).value_or(Unit::Each);
        l.price = q->value(4).toLongLong();
        l.loadedOut = !q->value(5).isNull();
        l.loadOut = q->value(5).toLongLong();
        l.loadedIn = !q->value(7).isNull();
        l.loadIn = q->value(7).toLongLong();
        rec.lines << l;
        spans << Span{q->value(6).toLongLong(), q->value(8).toLongLong()};
    }
    for (qsizetype i = 0; i < rec.lines.size(); ++i) {
        ReconciliationLine &l = rec.lines[i];
        if (!l.reconciled())
            continue;
        auto m = db.exec(QStringLiteral("SELECT kind, coalesce(sum(qty), 0) FROM stock_movements "
                                        "WHERE product_id = ? AND kind <> 'count' AND hlc > ? AND "
                                        "hlc < ? GROUP BY kind"),
                         {l.productId, spans[i].from, spans[i].to});
        if (!m)
            return std::unexpected(m.error());
        while (m->next()) {
            const std::optional<StockKind> kind = stockKindFromCode(m->value(0).toString());
            const Milli qty = m->value(1).toLongLong();
            if (kind == StockKind::Sale || kind == StockKind::Refund)
                l.sold -= qty;
            else if (kind == StockKind::Waste)
                l.wasted -= qty;
            else if (kind == StockKind::Receive)
                l.received += qty;
            else if (kind == StockKind::Adjust)
                l.adjusted += qty;
        }
        l.unrecorded = l.loadOut + l.received + l.adjusted - l.sold - l.wasted - l.loadIn;
        auto value = lineAmount(l.price, l.unrecorded);
        if (!value)
            return std::unexpected(value.error());
        l.unrecordedValue = *value;
        ++rec.reconciledItems;
        auto total = checkedAdd(rec.unrecordedValue, l.unrecordedValue);
        if (!total)
            return std::unexpected(total.error());
        rec.unrecordedValue = *total;
    }
    return rec;
}

} // namespace sk
