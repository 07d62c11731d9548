#include "app/server/ServerStore.h"

#include "app/server/StoreConnection.h"
#include "app/server/StoreSupport.h"
#include "core/Catalog.h"
#include "core/Exports.h"
#include "core/sync/EventValidator.h"
#include "core/sync/SyncEngine.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

// The server store's projections: the rows of sales, stock movements and products made from a
// vendor's stored events, which the views (ServerViews.cpp, ServerSnapshot.cpp) read.

namespace sk::server {

// The sales and stock movements of a vendor's events are rows of their own, for the vendor's
// views (sales(), stock()). They are not written with the push: on a backlog they were half of
// the writer's work (a sale's row and its 2-3 movements, with their indexes) and nobody waits
// for them there. The writer adds them when no push is waiting (PushWriter), a read brings them up
// to date first (catchUp), and `projections` says how far each vendor's are. Rebuilt from the
// stored events, so a projection lost with a crash is simply made again.
Result<int> ServerStore::project(const QString &vendorId, int maxEvents)
{
    StoreTransaction tx(*m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    if (auto r
        = m_db->run(QStringLiteral("INSERT INTO projections (vendor_id, seq) VALUES (?, 0) ON "
                                   "CONFLICT (vendor_id) DO NOTHING"),
                    {vendorId});
        !r)
        return std::unexpected(r.error());
    // On PostgreSQL the row lock keeps two servers from projecting the same events at once
    // (the inserts would be skipped as repeats anyway); SQLite's write lock does the same.
    auto done = m_db->scalar(
        m_db->postgres() ? QStringLiteral("SELECT seq FROM projections WHERE vendor_id = ? "
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
    if (!m_db->postgres()) {
        auto stmt = m_db->sqliteStatement(sql);
        if (!stmt)
            return std::unexpected(stmt.error());
        const StatementUse use{*stmt};
        if (bindSqlite(*stmt, binds.constData(), binds.size()) != SQLITE_OK)
            return std::unexpected(m_db->sqliteError("bind"));
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
            return std::unexpected(m_db->sqliteError("projection"));
    } else {
        auto q = m_db->run(sql, binds);
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
        return m_db->text(s);
    };
    // A view into an event's bytes, which live until the statements ran: bound in place.
    const auto bytes = [this](QByteArrayView v) {
        return m_db->bytes(v);
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
                auto q
                    = m_db->run(QStringLiteral("SELECT record, field_hlc, hlc FROM products WHERE "
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
        auto r = m_db->run(
            QStringLiteral("INSERT INTO products (vendor_id, id, sku, name, unit, price, "
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
    if (auto s
        = m_db->insertRows(QStringLiteral("sales (vendor_id, id, device_id, receipt_no, kind, "
                                          "ref_sale_id, market_name, created_at, hlc, "
                                          "currency, subtotal, discount, tax, total, seq)"),
                           QStringLiteral("ON CONFLICT (vendor_id, id) DO NOTHING"),
                           15,
                           saleRows);
        !s)
        return std::unexpected(s.error());
    if (auto s
        = m_db->insertRows(QStringLiteral("stock_movements (vendor_id, id, product_id, kind, "
                                          "qty, hlc, device_id)"),
                           QStringLiteral("ON CONFLICT (vendor_id, id) DO NOTHING"),
                           7,
                           movementRows);
        !s)
        return std::unexpected(s.error());
    if (auto u = m_db->run(QStringLiteral("UPDATE projections SET seq = ? WHERE vendor_id = ?"),
                           {stored.last().seq, vendorId});
        !u)
        return std::unexpected(u.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return int(stored.size());
}

Result<int> ServerStore::projectSome(int maxEvents)
{
    auto vendor
        = m_db->scalar(QStringLiteral("SELECT v.id FROM vendors v LEFT JOIN projections p ON "
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
    auto behind
        = m_db->scalar(QStringLiteral("SELECT v.next_seq - coalesce(p.seq, 0) FROM vendors v "
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

} // namespace sk::server
