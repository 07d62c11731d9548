#include "core/SaleRepository.h"

#include "core/BatchInsert.h"
#include "core/DatabaseRows.h"
#include "core/SaleEvent.h"

#include "core/Incentive.h"

#include "core/Catalog.h"
#include "core/MarketDay.h"
#include "core/hardware/WeightPolicy.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

#include <array>

namespace sk {

namespace {
QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// The classes the product had when sold, kept on the line for refunds and reports.
QString eligibilityOf(const Product &p)
{
    return p.classes.join(QLatin1Char(' '));
}

// What a retried sale must repeat to be the same sale: the items, quantities, discounts and
// tenders (not the prices of the moment, which the first attempt already fixed).
QString fingerprint(const Cart &cart)
{
    QStringList parts;
    auto discount = [](const Discount &d) {
        return QStringLiteral("%1:%2").arg(int(d.kind)).arg(d.value);
    };
    for (const CartLine &l : cart.lines)
        parts
            << QStringLiteral("L %1 %2 %3").arg(l.product.id).arg(l.qty).arg(discount(l.discount));
    parts << QStringLiteral("D %1").arg(discount(cart.discount));
    for (const TenderEntry &t : cart.tenders)
        parts << QStringLiteral("T %1 %2 %3").arg(t.code).arg(t.amount).arg(t.reference);
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}
} // namespace

SaleRepository::SaleRepository(Database &db)
    : m_db(db)
{}

Result<QString> SaleRepository::nextReceiptNo()
{
    if (auto u = m_db.execCached(QStringLiteral("UPDATE device SET receipt_counter = "
                                                "receipt_counter + 1 WHERE singleton = 1"),
                                 {});
        !u)
        return std::unexpected(u.error());
    auto n = m_db.scalarCached(
        QStringLiteral("SELECT receipt_counter FROM device WHERE singleton = 1"), {});
    if (!n)
        return std::unexpected(n.error());
    return QStringLiteral("%1-%2")
        .arg(m_db.deviceCode())
        .arg(n->toLongLong(), 6, 10, QLatin1Char('0'));
}

Result<SaleRecord> SaleRepository::startRecord(const QString &noMarketDay)
{
    MarketDayRepository days(m_db);
    auto day = days.current();
    if (!day)
        return std::unexpected(day.error());
    if (!*day)
        return fail(Error::Code::NoMarketDay, noMarketDay);
    auto receipt = nextReceiptNo();
    if (!receipt)
        return std::unexpected(receipt.error());
    SaleRecord r;
    r.id = newUuid7();
    r.deviceId = m_db.deviceId();
    r.receiptNo = *receipt;
    r.marketDayId = (*day)->id;
    r.marketName = (*day)->marketName;
    r.createdAt = Clock::nowMs();
    r.utcOffset = QDateTime::fromMSecsSinceEpoch(r.createdAt).offsetFromUtc();
    r.hlc = Database::hlc().now();
    return r;
}

namespace {
// A table a sale's rows go to: its INSERT head and the values a row has.
struct SaleTable
{
    QString head;
    int columns;
};

// The sale's tables in the order their rows are written (a line's row before its manual
// weight mark), with the columns in the order the writers give the values.
const std::array<SaleTable, 5> &saleTables()
{
    static const std::array<SaleTable, 5> tables{
        SaleTable{
            QStringLiteral("INSERT INTO sales (id, device_id, receipt_no, kind, ref_sale_id, "
                           "market_day_id, market_name, created_at, utc_offset, hlc, currency, "
                           "tax_inclusive, subtotal, discount, tax, rounding, total, change_due, "
                           "reason)"),
            19},
        SaleTable{
            QStringLiteral("INSERT INTO sale_lines (id, sale_id, line_no, ref_line_id, product_id, "
                           "sku, name, category, unit, qty, unit_price, gross, discount, net, "
                           "tax_category, tax_rate_ppm, tax, eligibility)"),
            18},
        SaleTable{QStringLiteral("INSERT INTO manual_weight_lines (line_id, sale_id)"), 2},
        SaleTable{QStringLiteral("INSERT INTO sale_tenders (id, sale_id, line_no, tender, amount, "
                                 "tendered, change, untaxed, reference, ref_tender_id)"),
                  10},
        SaleTable{QStringLiteral(
                      "INSERT INTO stock_movements (id, product_id, kind, qty, hlc, device_id, "
                      "created_at, sale_id, market_day_id, context, reason)"),
                  11}};
    return tables;
}

template<typename Values>
Status insertSaleValues(Database &db, const SaleRowValues<Values> &rows, const QString &what)
{
    const auto &tables = saleTables();
    const std::array<const Values *, 5> values{
        &rows.sales, &rows.lines, &rows.manualWeights, &rows.tenders, &rows.movements};
    for (size_t i = 0; i < tables.size(); ++i) {
        // A table without rows (most sales weigh nothing by hand) is passed over.
        if (values[i]->isEmpty())
            continue;
        if (auto s = insertRows(db, tables[i].head, tables[i].columns, *values[i], what); !s)
            return s;
    }
    return {};
}
} // namespace

Status insertSaleRows(Database &db, const SaleRowValues<QVariantList> &rows, const QString &what)
{
    return insertSaleValues(db, rows, what);
}

Status insertSaleRows(Database &db, const SaleRowValues<SqlRows> &rows, const QString &what)
{
    return insertSaleValues(db, rows, what);
}

Status SaleRepository::insert(const SaleRecord &r)
{
    // Each table's rows in one statement prepared once on the connection's own handle
    // (insertRows), the values bound as execCached binds them: a statement per row through
    // QtSql's per-value binding was most of what a commit adds to SQLite's own inserts.
    static const QString what = QStringLiteral("storing the sale");
    SaleRowValues<QVariantList> rows;
    rows.sales = {r.id,
                  r.deviceId,
                  r.receiptNo,
                  r.kind,
                  nullable(r.refSaleId),
                  r.marketDayId,
                  r.marketName,
                  r.createdAt,
                  r.utcOffset,
                  r.hlc,
                  r.currency,
                  int(r.taxInclusive),
                  r.subtotal,
                  r.discount,
                  r.tax,
                  r.rounding,
                  r.total,
                  r.changeDue,
                  r.reason};
    rows.lines.reserve(r.lines.size() * 18);
    for (const SaleLineRecord &l : r.lines) {
        rows.lines << l.id << r.id << l.lineNo << nullable(l.refLineId) << l.productId << l.sku
                   << l.name << l.category << unitCode(l.unit) << l.qty << l.unitPrice << l.gross
                   << l.discount << l.net << l.taxCategory << l.taxRatePpm << l.tax
                   << l.eligibility;
        if (l.manualWeight)
            rows.manualWeights << l.id << r.id;
    }
    for (const SaleTenderRecord &t : r.tenders)
        rows.tenders << t.id << r.id << t.lineNo << t.tender << t.amount << t.tendered << t.change
                     << t.untaxed << t.reference << nullable(t.refTenderId);
    for (const StockMovement &m : r.movements)
        rows.movements << m.id << m.productId << stockKindCode(m.kind) << m.qty << m.hlc
                       << m.deviceId << m.createdAt << nullable(m.saleId) << nullable(m.marketDayId)
                       << m.context << m.reason;
    return insertSaleRows(m_db, rows, what);
}

Status SaleRepository::checkClientRef(const QString &clientRef)
{
    if (clientRef.isEmpty() || clientRef.size() > 100)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("a client reference has 1 to 100 characters"));
    for (QChar c : clientRef)
        if (c.category() == QChar::Other_Control)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("a client reference has no control characters"));
    return {};
}

Result<std::optional<SaleRecord>> SaleRepository::replayed(const QString &clientRef,
                                                           const QString &fingerprint)
{
    if (auto c = checkClientRef(clientRef); !c)
        return std::unexpected(c.error());
    auto have = m_db.exec(QStringLiteral("SELECT sale_id, fingerprint FROM sale_client_refs "
                                         "WHERE client_ref = ?"),
                          {clientRef});
    if (!have)
        return std::unexpected(have.error());
    if (!have->next())
        return std::optional<SaleRecord>();
    const QString saleId = have->value(0).toString();
    const bool same = have->value(1).toString() == fingerprint;
    have->finish();
    if (!same)
        return fail(Error::Code::Conflict,
                    QStringLiteral("client reference \"%1\" was already used for a different "
                                   "request (%2)")
                        .arg(clientRef, saleId));
    auto made = load(saleId);
    if (!made)
        return std::unexpected(made.error());
    return std::optional<SaleRecord>(*made);
}

Status SaleRepository::keepClientRef(const QString &clientRef,
                                     const QString &fingerprint,
                                     const SaleRecord &made)
{
    return executed(m_db.exec(QStringLiteral("INSERT INTO sale_client_refs (client_ref, sale_id, "
                                             "fingerprint, created_at) VALUES (?, ?, ?, ?)"),
                              {clientRef, made.id, fingerprint, made.createdAt}));
}

Result<SaleRecord> SaleRepository::commit(const Cart &cart,
                                          const SaleRules &rules,
                                          const QString &clientRef,
                                          bool *wasReplayed)
{
    if (wasReplayed)
        *wasReplayed = false;
    if (clientRef.isEmpty())
        return commit(cart, rules);
    const QString print = fingerprint(cart);
    // The look-up and the sale share one BEGIN IMMEDIATE transaction: two retries racing each
    // other are taken one after the other, and the second finds the first's sale.
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    auto before = replayed(clientRef, print);
    if (!before)
        return std::unexpected(before.error());
    if (*before) {
        if (wasReplayed)
            *wasReplayed = true;
        return **before;
    }
    auto r = record(cart, rules, true);
    if (!r)
        return r;
    if (auto k = keepClientRef(clientRef, print, *r); !k)
        return std::unexpected(k.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return r;
}

Result<SaleRecord> SaleRepository::commit(const Cart &cart, const SaleRules &rules)
{
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    auto r = record(cart, rules, true);
    if (!r)
        return r;
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return r;
}

Result<SaleRecord>
SaleRepository::record(const Cart &given, const SaleRules &rules, bool writeOutbox)
{
    if (given.lines.isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("the cart is empty"));
    // The customer's incentive cap as this device knows it, read inside the sale's write lock.
    Cart cart = given;
    if (auto p = IncentiveLedger(m_db).prepare(rules, cart); !p)
        return std::unexpected(p.error());
    if (auto w = hw::weightPolicy::check(m_db, cart); !w)
        return std::unexpected(w.error());
    auto comp = computeCart(rules, cart);
    if (!comp)
        return std::unexpected(comp.error());
    if (!comp->problems.isEmpty())
        return fail(Error::Code::Ineligible, comp->problems.first().detail);
    if (comp->due > 0)
        return fail(
            Error::Code::InvalidInput,
            QStringLiteral("%1 is still due").arg(formatFixed(comp->due, rules.currency.decimals)));

    auto started = startRecord(QStringLiteral("open a market day before selling"));
    if (!started)
        return std::unexpected(started.error());
    SaleRecord r = std::move(*started);
    r.currency = rules.currency.code;
    r.taxInclusive = rules.taxInclusive;
    r.subtotal = comp->subtotal;
    r.discount = comp->discount;
    r.tax = comp->tax;
    r.rounding = comp->rounding;
    r.total = comp->total;
    r.changeDue = comp->change;
    for (qsizetype i = 0; i < cart.lines.size(); ++i) {
        const CartLine &cl = cart.lines[i];
        const ComputedLine &c = comp->lines[i];
        SaleLineRecord l;
        l.id = newUuid7();
        l.lineNo = int(i) + 1;
        l.productId = cl.product.id;
        l.sku = cl.product.sku;
        l.name = cl.product.name;
        l.category = cl.product.category;
        l.unit = cl.product.unit;
        l.qty = cl.qty;
        l.unitPrice = cl.product.price;
        l.gross = c.gross;
        l.discount = c.discount;
        l.net = c.net;
        l.taxCategory = cl.product.taxCategory;
        l.taxRatePpm = c.taxRatePpm;
        l.tax = c.tax;
        l.eligibility = eligibilityOf(cl.product);
        l.manualWeight = cl.manualWeight;
        r.lines << l;
        r.movements << r.movementFor(l);
    }
    for (qsizetype k = 0; k < comp->tenders.size(); ++k) {
        const ComputedTender &c = comp->tenders[k];
        r.tenders << SaleTenderRecord{newUuid7(),
                                      int(k) + 1,
                                      c.code,
                                      c.applied,
                                      c.tendered,
                                      c.change,
                                      c.untaxedBase,
                                      c.reference,
                                      {}};
    }
    if (auto s = insert(r); !s)
        return std::unexpected(s.error());
    if (writeOutbox)
        if (auto o = appendSaleOutbox(m_db, r); !o)
            return std::unexpected(o.error());
    return r;
}

Result<SaleRecord> SaleRepository::load(const QString &saleId)
{
    // By id first, then by receipt number, each through its own index (receipt_no: sales_receipt,
    // migration 10); "id = ? OR receipt_no = ?" in one statement would walk every sale.
    const QString columns = QStringLiteral(
        "SELECT id, device_id, receipt_no, kind, coalesce(ref_sale_id, ''), market_day_id, "
        "market_name, created_at, utc_offset, hlc, currency, tax_inclusive, subtotal, discount, "
        "tax, rounding, total, change_due, reason FROM sales WHERE ");
    auto h = m_db.exec(columns + QStringLiteral("id = ?"), {saleId});
    if (!h)
        return std::unexpected(h.error());
    if (!h->next()) {
        h = m_db.exec(columns + QStringLiteral("receipt_no = ?"), {saleId});
        if (!h)
            return std::unexpected(h.error());
        if (!h->next())
            return fail(Error::Code::NotFound, QStringLiteral("no sale %1").arg(saleId.left(64)));
    }
    SaleRecord r;
    r.id = h->value(0).toString();
    r.deviceId = h->value(1).toString();
    r.receiptNo = h->value(2).toString();
    r.kind = h->value(3).toString();
    r.refSaleId = h->value(4).toString();
    r.marketDayId = h->value(5).toString();
    r.marketName = h->value(6).toString();
    r.createdAt = h->value(7).toLongLong();
    r.utcOffset = h->value(8).toInt();
    r.hlc = h->value(9).toLongLong();
    r.currency = h->value(10).toString();
    r.taxInclusive = h->value(11).toBool();
    r.subtotal = h->value(12).toLongLong();
    r.discount = h->value(13).toLongLong();
    r.tax = h->value(14).toLongLong();
    r.rounding = h->value(15).toLongLong();
    r.total = h->value(16).toLongLong();
    r.changeDue = h->value(17).toLongLong();
    r.reason = h->value(18).toString();
    auto l = m_db.exec(
        QStringLiteral("SELECT id, line_no, coalesce(ref_line_id, ''), product_id, sku, "
                       "name, category, unit, qty, unit_price, gross, discount, net, "
                       "tax_category, tax_rate_ppm, tax, eligibility, EXISTS (SELECT 1 FROM "
                       "manual_weight_lines m WHERE m.line_id = sale_lines.id) FROM sale_lines "
                       "WHERE sale_id = ? ORDER BY line_no"),
        {r.id});
    if (!l)
        return std::unexpected(l.error());
    while (l->next()) {
        SaleLineRecord x;
        x.id = l->value(0).toString();
        x.lineNo = l->value(1).toInt();
        x.refLineId = l->value(2).toString();
        x.productId = l->value(3).toString();
        x.sku = l->value(4).toString();
        x.name = l->value(5).toString();
        x.category = l->value(6).toString();
        x.unit = unitFromCode(l->value(7).toString()).value_or(Unit::Each);
        x.qty = l->value(8).toLongLong();
        x.unitPrice = l->value(9).toLongLong();
        x.gross = l->value(10).toLongLong();
        x.discount = l->value(11).toLongLong();
        x.net = l->value(12).toLongLong();
        x.taxCategory = l->value(13).toString();
        x.taxRatePpm = l->value(14).toLongLong();
        x.tax = l->value(15).toLongLong();
        x.eligibility = l->value(16).toString();
        x.manualWeight = l->value(17).toBool();
        r.lines << x;
    }
    auto t = m_db.exec(
        QStringLiteral("SELECT id, line_no, tender, amount, tendered, change, untaxed, "
                       "reference, coalesce(ref_tender_id, '') FROM sale_tenders WHERE sale_id = "
                       "? ORDER BY line_no"),
        {r.id});
    if (!t)
        return std::unexpected(t.error());
    while (t->next())
        r.tenders << SaleTenderRecord{t->value(0).toString(),
                                      t->value(1).toInt(),
                                      t->value(2).toString(),
                                      t->value(3).toLongLong(),
                                      t->value(4).toLongLong(),
                                      t->value(5).toLongLong(),
                                      t->value(6).toLongLong(),
                                      t->value(7).toString(),
                                      t->value(8).toString()};
    auto m
        = m_db.exec(QStringLiteral("SELECT id, product_id, kind, qty, hlc, device_id, created_at, "
                                   "market_day_id, context, reason FROM stock_movements WHERE "
                                   "sale_id = ? ORDER BY id"),
                    {r.id});
    if (!m)
        return std::unexpected(m.error());
    while (m->next()) {
        StockMovement x;
        x.id = m->value(0).toString();
        x.productId = m->value(1).toString();
        x.kind = stockKindFromCode(m->value(2).toString()).value_or(StockKind::Adjust);
        x.qty = m->value(3).toLongLong();
        x.hlc = m->value(4).toLongLong();
        x.deviceId = m->value(5).toString();
        x.createdAt = m->value(6).toLongLong();
        x.saleId = r.id;
        x.marketDayId = m->value(7).toString();
        x.context = m->value(8).toString();
        x.reason = m->value(9).toString();
        r.movements << x;
    }
    return r;
}

Result<QList<SaleRecord>> SaleRepository::list(const QString &marketDayId, int limit)
{
    // Two statements, not "(? = '' OR market_day_id = ?)": with the OR SQLite cannot use the
    // market day index and walked every sale in the file (most of a cold start with 1M sales).
    const QString columns = QStringLiteral(
        "SELECT id, receipt_no, kind, coalesce(ref_sale_id, ''), market_day_id, market_name, "
        "created_at, total, tax, change_due, reason, utc_offset FROM sales ");
    const QString order = QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?");
    auto q = marketDayId.isEmpty()
                 ? m_db.exec(columns + order, {limit})
                 : m_db.exec(columns + QStringLiteral("WHERE market_day_id = ?") + order,
                             {marketDayId, limit});
    if (!q)
        return std::unexpected(q.error());
    QList<SaleRecord> out;
    while (q->next()) {
        SaleRecord r;
        r.id = q->value(0).toString();
        r.receiptNo = q->value(1).toString();
        r.kind = q->value(2).toString();
        r.refSaleId = q->value(3).toString();
        r.marketDayId = q->value(4).toString();
        r.marketName = q->value(5).toString();
        r.createdAt = q->value(6).toLongLong();
        r.total = q->value(7).toLongLong();
        r.tax = q->value(8).toLongLong();
        r.changeDue = q->value(9).toLongLong();
        r.reason = q->value(10).toString();
        r.utcOffset = q->value(11).toInt();
        out << r;
    }
    return out;
}

Result<DaySummary> SaleRepository::daySummary(const QString &marketDayId)
{
    DaySummary d;
    if (auto s = readFirstRow(
            m_db.exec(QStringLiteral("SELECT coalesce(sum(sales), 0), coalesce(sum(total), 0) "
                                     "FROM sales_daily WHERE market_day_id = ?"),
                      {marketDayId}),
            [&d](const QSqlQuery &q) {
                d.sales = q.value(0).toInt();
                d.total = q.value(1).toLongLong();
            });
        !s)
        return std::unexpected(s.error());
    return d;
}

Result<QHash<QString, Milli>> SaleRepository::refundable(const QString &saleId)
{
    return queryTotals<QHash<QString, Milli>>(m_db.exec(
        QStringLiteral("SELECT l.id, l.qty + coalesce((SELECT sum(r.qty) FROM sale_lines r "
                       "WHERE r.ref_line_id = l.id), 0) FROM sale_lines l WHERE l.sale_id = ?"),
        {saleId}));
}

} // namespace sk
