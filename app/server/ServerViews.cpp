#include "ServerStore.h"

#include "Catalog.h"
#include "Exports.h"
#include "StoreSupport.h"
#include "sync/EventValidator.h"
#include "sync/SyncEngine.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

// ServerStore's read-only views of a vendor's events: the rows of sales, stock movements and
// products they are made from (project), and the answers of GET /sales, /sales/{id}, /stock.

namespace sk::server {

// The sales and stock movements of a vendor's events are rows of their own, for the vendor's
// views (sales(), stock()). They are not written with the push: on a backlog they were half of
// the writer's work (a sale's row and its 2-3 movements, with their indexes) and nobody waits
// for them there. The writer adds them when no push is waiting (PushWriter), a read brings them up
// to date first (catchUp), and `projections` says how far each vendor's are. Rebuilt from the
// stored events, so a projection lost with a crash is simply made again.
Result<int> ServerStore::project(const QString &vendorId, int maxEvents)
{
    if (auto b = begin(); !b)
        return std::unexpected(b.error());
    TxGuard guard{[this] {
        rollback();
    }};
    if (auto r = run(QStringLiteral("INSERT INTO projections (vendor_id, seq) VALUES (?, 0) ON "
                                    "CONFLICT (vendor_id) DO NOTHING"),
                     {vendorId});
        !r)
        return std::unexpected(r.error());
    // On PostgreSQL the row lock keeps two servers from projecting the same events at once
    // (the inserts would be skipped as repeats anyway); SQLite's write lock does the same.
    auto done
        = scalar(m_postgres ? QStringLiteral("SELECT seq FROM projections WHERE vendor_id = ? "
                                             "FOR UPDATE")
                            : QStringLiteral("SELECT seq FROM projections WHERE vendor_id = ?"),
                 {vendorId});
    if (!done)
        return std::unexpected(done.error());
    const qint64 from = done->toLongLong();

    struct Stored
    {
        qint64 seq = 0;
        QString type;
        QByteArray payload;
        qint64 receivedAt = 0;
    };
    QList<Stored> stored;
    const QString sql = QStringLiteral("SELECT seq, type, payload, received_at FROM events WHERE "
                                       "vendor_id = ? AND seq > ? ORDER BY seq LIMIT ?");
    const QVariantList binds{vendorId, from, maxEvents};
    if (!m_postgres) {
        auto stmt = sqliteStatement(sql);
        if (!stmt)
            return std::unexpected(stmt.error());
        const StatementUse use{*stmt};
        if (bindSqlite(*stmt, binds.constData(), binds.size()) != SQLITE_OK)
            return std::unexpected(sqliteError("bind"));
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(*stmt)) == SQLITE_ROW) {
            const auto column = [&](int i) {
                return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(*stmt, i)),
                                  sqlite3_column_bytes(*stmt, i));
            };
            stored << Stored{sqlite3_column_int64(*stmt, 0),
                             QString::fromUtf8(column(1)),
                             column(2),
                             sqlite3_column_int64(*stmt, 3)};
        }
        if (rc != SQLITE_DONE)
            return std::unexpected(sqliteError("projection"));
    } else {
        auto q = run(sql, binds);
        if (!q)
            return std::unexpected(q.error());
        while ((*q)->next())
            stored << Stored{(*q)->value(0).toLongLong(),
                             (*q)->value(1).toString(),
                             (*q)->value(2).toString().toUtf8(),
                             (*q)->value(3).toLongLong()};
        (*q)->finish();
    }
    if (stored.isEmpty())
        return 0;

    const auto text = [this](const QString &s) {
        return m_postgres ? QVariant(s) : QVariant(s.toUtf8());
    };
    // A view into an event's bytes, which live until the statements ran: bound in place.
    const auto bytes = [this](QByteArrayView v) {
        return m_postgres ? QVariant(QString::fromUtf8(v))
                          : QVariant(QByteArray::fromRawData(v.data(), v.size()));
    };
    const QVariant vendor = text(vendorId);
    QVariantList saleRows, movementRows;
    const auto movement = [&](const StockMovement &m) {
        movementRows << vendor << text(m.id) << text(m.productId) << stockKindCode(m.kind) << m.qty
                     << m.hlc << text(m.deviceId);
    };
    // Each event passes the checks again (an earlier version stored events without some of
    // them), its times against the server's clock when it arrived, as at its push: what fails
    // stays in the events, relayed to devices that set it aside, but out of the views. (Against
    // the clock of the moment, the views would depend on when they were made.)
    const auto leftOut = [&](qint64 seq, const QString &why) {
        qWarning("stallkeeper-server: stored event %lld of vendor %s left out of the views: %s",
                 seq,
                 qPrintable(vendorId),
                 qPrintable(why));
    };
    // Products merge field by field as on the devices; each is read once and written once.
    struct ProductState
    {
        QJsonObject record, fieldHlc;
        qint64 hlc = 0;
    };
    QHash<QString, ProductState> products;
    QList<IncomingEvent> parsed;
    parsed.reserve(stored.size());
    for (const Stored &row : std::as_const(stored)) {
        if (row.type != sync::typeSale() && row.type != sync::typeStockMovement()
            && row.type != sync::typeProduct())
            continue;
        IncomingEvent &in = parsed.emplace_back();
        if (row.type == sync::typeSale()
            && sync::readSaleEvent(row.payload, in.event, in.saleRows.emplace(), row.receivedAt)) {
            const sync::SaleRows &s = *in.saleRows;
            saleRows << vendor << bytes(s.id) << bytes(s.deviceId) << bytes(s.receiptNo)
                     << bytes(s.kind) << bytes(s.refSaleId) << bytes(s.marketName) << s.createdAt
                     << s.hlc << bytes(s.currency) << s.subtotal << s.discount << s.tax << s.total
                     << row.seq;
            for (const sync::SaleRows::Movement &m : s.movements)
                movementRows << vendor << bytes(m.id) << bytes(m.productId) << bytes(m.kind)
                             << m.qty << m.hlc << bytes(m.deviceId);
            continue;
        }
        in.saleRows.reset();
        const QJsonDocument doc = QJsonDocument::fromJson(row.payload);
        auto e = sync::parseEnvelope(doc.object(), row.payload);
        if (!e) {
            leftOut(row.seq, e.error().detail);
            continue;
        }
        if (auto v = sync::validateEvent(*e, row.receivedAt, &in.parsed); !v) {
            leftOut(row.seq, v.error().detail);
            continue;
        }
        if (const auto &s = in.parsed.sale) {
            saleRows << vendor << text(s->id) << text(s->deviceId) << text(s->receiptNo)
                     << text(s->kind) << text(s->refSaleId) << text(s->marketName) << s->createdAt
                     << s->hlc << text(s->currency) << s->subtotal << s->discount << s->tax
                     << s->total << row.seq;
            for (const StockMovement &m : s->movements)
                movement(m);
        } else if (const auto &m = in.parsed.movement) {
            movement(*m);
        } else if (e->type == sync::typeProduct()) {
            const QString id = e->data.value(QLatin1String("id")).toString();
            auto it = products.find(id);
            if (it == products.end()) {
                it = products.insert(id, {});
                auto q = run(QStringLiteral("SELECT record, field_hlc, hlc FROM products WHERE "
                                            "vendor_id = ? AND id = ?"),
                             {vendorId, id});
                if (!q)
                    return std::unexpected(q.error());
                if ((*q)->next()) {
                    it->record
                        = QJsonDocument::fromJson((*q)->value(0).toString().toUtf8()).object();
                    it->fieldHlc
                        = QJsonDocument::fromJson((*q)->value(1).toString().toUtf8()).object();
                    it->hlc = (*q)->value(2).toLongLong();
                }
                (*q)->finish();
            }
            if (auto m
                = sync::mergeProductEvent(it->record, it->fieldHlc, it->hlc, e->data, e->hlc);
                !m) {
                leftOut(row.seq, m.error().detail);
                continue;
            }
            it->hlc = std::max(it->hlc, e->hlc);
        }
    }
    for (auto it = products.cbegin(); it != products.cend(); ++it) {
        auto p = Product::fromJson(it->record);
        if (!p)
            continue; // a product none of whose events passed
        const auto json = [](const QJsonObject &o) {
            return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        };
        // One row per statement: PostgreSQL refuses to update one row twice in one statement.
        auto r = run(QStringLiteral("INSERT INTO products (vendor_id, id, sku, name, unit, price, "
                                    "low_stock, hlc, record, field_hlc) VALUES (?, ?, ?, ?, ?, "
                                    "?, ?, ?, ?, ?) ON CONFLICT (vendor_id, id) DO UPDATE SET sku "
                                    "= excluded.sku, name = excluded.name, unit = excluded.unit, "
                                    "price = excluded.price, low_stock = excluded.low_stock, hlc "
                                    "= excluded.hlc, record = excluded.record, field_hlc = "
                                    "excluded.field_hlc"),
                     {vendorId,
                      it.key(),
                      p->sku,
                      p->name,
                      unitCode(p->unit),
                      p->price,
                      p->lowStock,
                      it->hlc,
                      json(it->record),
                      json(it->fieldHlc)});
        if (!r)
            return std::unexpected(r.error());
    }
    // Keyed by the record's own id: a record that reaches the server in two events (a sale's
    // movement also pushed on its own) is kept once.
    if (auto s = insertRows(QStringLiteral("sales (vendor_id, id, device_id, receipt_no, kind, "
                                           "ref_sale_id, market_name, created_at, hlc, "
                                           "currency, subtotal, discount, tax, total, seq)"),
                            QStringLiteral("ON CONFLICT (vendor_id, id) DO NOTHING"),
                            15,
                            saleRows);
        !s)
        return std::unexpected(s.error());
    if (auto s = insertRows(QStringLiteral("stock_movements (vendor_id, id, product_id, kind, "
                                           "qty, hlc, device_id)"),
                            QStringLiteral("ON CONFLICT (vendor_id, id) DO NOTHING"),
                            7,
                            movementRows);
        !s)
        return std::unexpected(s.error());
    if (auto u = run(QStringLiteral("UPDATE projections SET seq = ? WHERE vendor_id = ?"),
                     {stored.last().seq, vendorId});
        !u)
        return std::unexpected(u.error());
    guard.release();
    if (auto c = commit(); !c)
        return std::unexpected(c.error());
    return int(stored.size());
}

Result<int> ServerStore::projectSome(int maxEvents)
{
    auto vendor = scalar(QStringLiteral("SELECT v.id FROM vendors v LEFT JOIN projections p ON "
                                        "p.vendor_id = v.id WHERE v.next_seq > coalesce(p.seq, "
                                        "0) LIMIT 1"));
    if (!vendor)
        return std::unexpected(vendor.error());
    if (vendor->isNull())
        return 0;
    return project(vendor->toString(), maxEvents);
}

Result<qint64> ServerStore::projectionLag(const QString &vendorId)
{
    auto behind = scalar(QStringLiteral("SELECT v.next_seq - coalesce(p.seq, 0) FROM vendors v "
                                        "LEFT JOIN projections p ON p.vendor_id = v.id WHERE "
                                        "v.id = ?"),
                         {vendorId});
    if (!behind)
        return std::unexpected(behind.error());
    return std::max<qint64>(0, behind->toLongLong());
}

Status ServerStore::catchUp(const QString &vendorId)
{
    auto behind = projectionLag(vendorId);
    if (!behind)
        return std::unexpected(behind.error());
    if (*behind == 0)
        return {};
    for (;;) {
        auto n = project(vendorId, kProjectionSlice);
        if (!n)
            return std::unexpected(n.error());
        if (*n < kProjectionSlice)
            return {};
    }
}

Result<QJsonObject>
ServerStore::sales(const QString &vendorId, qint64 fromMs, qint64 toMs, int limit, int offset)
{
    if (auto c = catchUp(vendorId); !c)
        return std::unexpected(c.error());
    auto q
        = exec(QStringLiteral("SELECT id, device_id, receipt_no, kind, ref_sale_id, market_name, "
                              "created_at, currency, subtotal, discount, tax, total FROM sales "
                              "WHERE vendor_id = ? AND created_at >= ? AND created_at < ? "
                              "ORDER BY created_at, id LIMIT ? OFFSET ?"),
               {vendorId, fromMs, toMs, limit, offset});
    if (!q)
        return std::unexpected(q.error());
    QJsonArray list;
    while (q->next())
        list.append(QJsonObject{{QStringLiteral("id"), q->value(0).toString()},
                                {QStringLiteral("device_id"), q->value(1).toString()},
                                {QStringLiteral("receipt_no"), q->value(2).toString()},
                                {QStringLiteral("kind"), q->value(3).toString()},
                                {QStringLiteral("ref_sale_id"), q->value(4).toString()},
                                {QStringLiteral("market_name"), q->value(5).toString()},
                                {QStringLiteral("created_at"), num(q->value(6))},
                                {QStringLiteral("currency"), q->value(7).toString()},
                                {QStringLiteral("subtotal"), num(q->value(8))},
                                {QStringLiteral("discount"), num(q->value(9))},
                                {QStringLiteral("tax"), num(q->value(10))},
                                {QStringLiteral("total"), num(q->value(11))}});
    auto t
        = exec(QStringLiteral("SELECT count(*), coalesce(sum(total), 0), coalesce(sum(tax), 0), "
                              "coalesce(sum(CASE WHEN kind = 'sale' THEN 1 ELSE 0 END), 0) FROM "
                              "sales WHERE vendor_id = ? AND created_at >= ? AND created_at < ?"),
               {vendorId, fromMs, toMs});
    if (!t)
        return std::unexpected(t.error());
    QJsonObject totals;
    if (t->next())
        totals = {{QStringLiteral("records"), num(t->value(0))},
                  {QStringLiteral("total"), num(t->value(1))},
                  {QStringLiteral("tax"), num(t->value(2))},
                  {QStringLiteral("sales"), num(t->value(3))}};
    return QJsonObject{{QStringLiteral("sales"), list},
                       {QStringLiteral("totals"), totals},
                       {QStringLiteral("limit"), limit},
                       {QStringLiteral("offset"), offset}};
}

Result<QJsonObject> ServerStore::sale(const QString &vendorId, const QString &saleId)
{
    auto v = scalar(QStringLiteral("SELECT payload FROM events WHERE vendor_id = ? AND id = ? AND "
                                   "type = 'sale'"),
                    {vendorId, saleId});
    if (!v)
        return std::unexpected(v.error());
    if (v->isNull())
        return fail(Error::Code::NotFound, QStringLiteral("no sale %1").arg(saleId.left(40)));
    return QJsonDocument::fromJson(v->toString().toUtf8())
        .object()
        .value(QLatin1String("data"))
        .toObject();
}

Result<QJsonObject> ServerStore::stock(const QString &vendorId)
{
    if (auto c = catchUp(vendorId); !c)
        return std::unexpected(c.error());
    // The same rule as on every device: the latest count (by HLC, then id) plus every movement
    // after it.
    auto q = exec(QStringLiteral(R"(
        WITH counts AS (
            SELECT product_id, qty, hlc,
                   ROW_NUMBER() OVER (PARTITION BY product_id ORDER BY hlc DESC, id DESC) AS rn
            FROM stock_movements WHERE vendor_id = ? AND kind = 'count'),
        latest AS (SELECT product_id, qty, hlc FROM counts WHERE rn = 1),
        ids AS (SELECT DISTINCT product_id FROM stock_movements WHERE vendor_id = ?)
        SELECT ids.product_id, latest.qty, latest.hlc,
               (SELECT coalesce(sum(m.qty), 0) FROM stock_movements m
                WHERE m.vendor_id = ? AND m.product_id = ids.product_id AND m.kind <> 'count'
                  AND m.hlc > coalesce(latest.hlc, -1)),
               p.name, p.unit, p.low_stock
        FROM ids LEFT JOIN latest ON latest.product_id = ids.product_id
        LEFT JOIN products p ON p.vendor_id = ? AND p.id = ids.product_id
        ORDER BY ids.product_id)"),
                  {vendorId, vendorId, vendorId, vendorId});
    if (!q)
        return std::unexpected(q.error());
    struct Row
    {
        QString id, name, unit;
        Milli level = 0, lowStock = 0;
        bool counted = false;
        qint64 countHlc = 0;
    };
    QList<Row> rows;
    while (q->next())
        rows << Row{q->value(0).toString(),
                    q->value(4).toString(),
                    q->value(5).toString(),
                    q->value(1).toLongLong() + q->value(3).toLongLong(),
                    q->value(6).toLongLong(),
                    !q->value(1).isNull(),
                    q->value(2).toLongLong()};
    q->finish();
    // The flags the devices raise (sync::SyncEngine): a movement within the review window of a
    // count made on another device.
    const qint64 reach = (sync::kReviewWindowMs + 1) << 16;
    auto f = exec(QStringLiteral("SELECT c.product_id, count(*) FROM stock_movements c JOIN "
                                 "stock_movements m ON m.vendor_id = c.vendor_id AND "
                                 "m.product_id = c.product_id AND m.hlc BETWEEN c.hlc - ? AND "
                                 "c.hlc + ? WHERE c.vendor_id = ? AND c.kind = 'count' AND m.kind "
                                 "<> 'count' AND m.device_id <> c.device_id AND abs((m.hlc >> "
                                 "16) - (c.hlc >> 16)) <= ? GROUP BY c.product_id"),
                  {reach, reach, vendorId, sync::kReviewWindowMs});
    if (!f)
        return std::unexpected(f.error());
    QHash<QString, qint64> review;
    while (f->next())
        review.insert(f->value(0).toString(), f->value(1).toLongLong());
    // SKUs as the devices show them: the one made first (the smaller id) keeps a SKU two devices
    // gave offline, the other gets suffixedSku.
    auto skus = exec(QStringLiteral("SELECT id, sku FROM products WHERE vendor_id = ? ORDER BY "
                                    "sku, id"),
                     {vendorId});
    if (!skus)
        return std::unexpected(skus.error());
    QHash<QString, QString> shown;
    QString previous;
    while (skus->next()) {
        const QString id = skus->value(0).toString(), sku = skus->value(1).toString();
        shown.insert(id, sku == previous ? suffixedSku(sku, id) : sku);
        previous = sku;
    }
    QJsonArray levels;
    for (const Row &r : std::as_const(rows)) {
        const StockStatus status = stockStatus(r.level, r.lowStock);
        levels.append(
            QJsonObject{{QStringLiteral("product_id"), r.id},
                        {QStringLiteral("level"), QString::number(r.level)},
                        {QStringLiteral("counted"), r.counted},
                        {QStringLiteral("last_count_hlc"),
                         r.counted ? QJsonValue(QString::number(r.countHlc)) : QJsonValue()},
                        {QStringLiteral("sku"), shown.value(r.id)},
                        {QStringLiteral("name"), r.name},
                        {QStringLiteral("unit"), r.unit},
                        {QStringLiteral("low_stock"), QString::number(r.lowStock)},
                        {QStringLiteral("oversold"), status == StockStatus::Oversold},
                        {QStringLiteral("low"), status == StockStatus::Low},
                        {QStringLiteral("review"), review.value(r.id)}});
    }
    return QJsonObject{{QStringLiteral("levels"), levels}};
}

} // namespace sk::server
