#include "sync/SyncEngine.h"

#include "Catalog.h"
#include "Exports.h"
#include "SaleRepository.h"
#include "Schema.h"
#include "StockLedger.h"
#include "TaxTenderRepository.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QScopeGuard>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>

namespace sk::sync {

namespace {

QMutex g_registryMutex;

QHash<QString, ApplyHandler> &registry()
{
    static QHash<QString, ApplyHandler> handlers;
    return handlers;
}

Result<bool> exists(Database &db, const QString &sql, const QString &id)
{
    auto v = db.scalar(sql, {id});
    if (!v)
        return std::unexpected(v.error());
    return !v->isNull();
}

Status applySale(Database &db, const Event &e)
{
    auto r = SaleRecord::fromJson(e.data);
    if (!r)
        return std::unexpected(r.error());
    auto have = exists(db, QStringLiteral("SELECT 1 FROM sales WHERE id = ?"), r->id);
    if (!have)
        return std::unexpected(have.error());
    if (*have)
        return {};
    return SaleRepository(db).insert(*r);
}

Status applyStockMovement(Database &db, const Event &e)
{
    auto m = StockMovement::fromJson(e.data);
    if (!m)
        return std::unexpected(m.error());
    auto have = exists(db, QStringLiteral("SELECT 1 FROM stock_movements WHERE id = ?"), m->id);
    if (!have)
        return std::unexpected(have.error());
    if (*have)
        return {};
    return StockLedger(db).insert(*m);
}

// The catalog fields that merge one by one, last writer (by HLC) wins per field.
const QStringList &productFields()
{
    static const QStringList f = {QStringLiteral("sku"),
                                  QStringLiteral("name"),
                                  QStringLiteral("category"),
                                  QStringLiteral("unit"),
                                  QStringLiteral("price"),
                                  QStringLiteral("tax_category"),
                                  QStringLiteral("snap_eligible"),
                                  QStringLiteral("token_eligible"),
                                  QStringLiteral("fmnp_eligible"),
                                  QStringLiteral("active"),
                                  QStringLiteral("quick_pos"),
                                  QStringLiteral("quick_color"),
                                  QStringLiteral("low_stock"),
                                  QStringLiteral("barcodes")};
    return f;
}

QByteArray valueKey(const QJsonValue &v)
{
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
}

Status writeProduct(Database &db, const Product &p, const QJsonObject &fieldHlc, bool insert)
{
    const QString fh = QString::fromUtf8(QJsonDocument(fieldHlc).toJson(QJsonDocument::Compact));
    const QVariant quickPos
        = p.quickPos ? QVariant(*p.quickPos) : QVariant(QMetaType(QMetaType::Int));
    Result<QSqlQuery> r;
    if (insert)
        r = db.exec(QStringLiteral("INSERT INTO products (id, sku, name, category, unit, price, "
                                   "tax_category, snap_eligible, token_eligible, fmnp_eligible, "
                                   "active, quick_pos, quick_color, low_stock, hlc, field_hlc) "
                                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?)"),
                    {p.id,
                     p.sku,
                     p.name,
                     p.category,
                     unitCode(p.unit),
                     p.price,
                     p.taxCategory,
                     int(p.snapEligible),
                     int(p.tokenEligible),
                     int(p.fmnpEligible),
                     int(p.active),
                     quickPos,
                     p.quickColor,
                     p.lowStock,
                     fh});
    else
        r = db.exec(QStringLiteral("UPDATE products SET sku = ?, name = ?, category = ?, unit = ?, "
                                   "price = ?, tax_category = ?, snap_eligible = ?, "
                                   "token_eligible = ?, fmnp_eligible = ?, active = ?, "
                                   "quick_pos = ?, quick_color = ?, low_stock = ?, field_hlc = ? "
                                   "WHERE id = ?"),
                    {p.sku,
                     p.name,
                     p.category,
                     unitCode(p.unit),
                     p.price,
                     p.taxCategory,
                     int(p.snapEligible),
                     int(p.tokenEligible),
                     int(p.fmnpEligible),
                     int(p.active),
                     quickPos,
                     p.quickColor,
                     p.lowStock,
                     fh,
                     p.id});
    if (!r)
        return std::unexpected(r.error());
    if (auto d
        = db.exec(QStringLiteral("DELETE FROM product_barcodes WHERE product_id = ?"), {p.id});
        !d)
        return std::unexpected(d.error());
    // A barcode another product already holds stays with it (the same on every device, since
    // the holder is decided by which product has the smaller id).
    for (const QString &b : p.barcodes) {
        auto holder = db.scalar(QStringLiteral("SELECT product_id FROM product_barcodes WHERE "
                                               "barcode = ?"),
                                {b});
        if (!holder)
            return std::unexpected(holder.error());
        if (!holder->isNull()) {
            if (holder->toString() < p.id)
                continue;
            if (auto d
                = db.exec(QStringLiteral("DELETE FROM product_barcodes WHERE barcode = ?"), {b});
                !d)
                return std::unexpected(d.error());
        }
        if (auto i = db.exec(QStringLiteral("INSERT INTO product_barcodes (barcode, product_id) "
                                            "VALUES (?, ?)"),
                             {b, p.id});
            !i)
            return std::unexpected(i.error());
    }
    return {};
}

// Two devices created the same SKU offline for different products. Every device resolves it
// the same way: the product with the greater id gets the SKU with a suffix from its id.
Status resolveSkuClash(Database &db, Product &p)
{
    auto other = db.scalar(QStringLiteral("SELECT id FROM products WHERE sku = ? AND id <> ?"),
                           {p.sku, p.id});
    if (!other)
        return std::unexpected(other.error());
    if (other->isNull())
        return {};
    const QString otherId = other->toString();
    if (p.id > otherId) {
        p.sku = p.sku.left(58) + QLatin1Char('~') + p.id.right(4);
        return {};
    }
    auto r = db.exec(QStringLiteral("UPDATE products SET sku = substr(sku, 1, 58) || '~' || "
                                    "substr(id, -4) WHERE id = ?"),
                     {otherId});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

QJsonObject readFieldHlc(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

Status applyProduct(Database &db, const Event &e)
{
    auto incoming = Product::fromJson(e.data);
    if (!incoming)
        return std::unexpected(incoming.error());
    ProductRepository repo(db);
    auto current = repo.byId(incoming->id);
    if (!current && current.error().code != Error::Code::NotFound)
        return std::unexpected(current.error());
    QJsonObject fieldHlc;
    Product merged;
    if (!current) {
        merged = *incoming;
        for (const QString &f : productFields())
            fieldHlc.insert(f, QString::number(e.hlc));
    } else {
        auto row = db.exec(QStringLiteral("SELECT hlc, field_hlc FROM products WHERE id = ?"),
                           {incoming->id});
        if (!row)
            return std::unexpected(row.error());
        row->next();
        const qint64 base = row->value(0).toLongLong();
        fieldHlc = readFieldHlc(row->value(1).toString());
        QJsonObject cur = current->toJson();
        const QJsonObject in = incoming->toJson();
        // An edit names the fields it changed; an event without the list changes all of them.
        QStringList candidates = productFields();
        if (e.data.value(QLatin1String("changed")).isArray()) {
            candidates.clear();
            for (const QJsonValue &v : e.data.value(QLatin1String("changed")).toArray())
                if (productFields().contains(v.toString()))
                    candidates << v.toString();
        }
        for (const QString &f : productFields()) {
            // Materialise every field's clock so a later local save only moves its own.
            if (!fieldHlc.contains(f))
                fieldHlc.insert(f, QString::number(base));
        }
        for (const QString &f : std::as_const(candidates)) {
            const qint64 own = fieldHlc.value(f).toString().toLongLong();
            const bool newer
                = e.hlc > own || (e.hlc == own && valueKey(in.value(f)) > valueKey(cur.value(f)));
            if (newer) {
                cur.insert(f, in.value(f));
                fieldHlc.insert(f, QString::number(e.hlc));
            }
        }
        auto m = Product::fromJson(cur);
        if (!m)
            return std::unexpected(m.error());
        merged = *m;
        merged.id = incoming->id;
    }
    if (auto s = resolveSkuClash(db, merged); !s)
        return s;
    return writeProduct(db, merged, fieldHlc, !current);
}

Status applyMarketDay(Database &db, const Event &e)
{
    const QJsonObject &d = e.data;
    auto str = [&](const char *k) {
        return d.value(QLatin1String(k)).toString();
    };
    const QString id = str("id");
    if (auto m = db.exec(QStringLiteral("INSERT INTO markets (id, name, hlc) VALUES (?, ?, ?) "
                                        "ON CONFLICT (name) DO NOTHING"),
                         {newUuid7(), str("market_name"), e.hlc});
        !m)
        return std::unexpected(m.error());
    const QJsonValue closed = d.value(QLatin1String("closed_at"));
    const QVariant closedAt = closed.isString() ? QVariant(closed.toString().toLongLong())
                                                : QVariant(QMetaType(QMetaType::LongLong));
    auto have = db.scalar(QStringLiteral("SELECT hlc FROM market_days WHERE id = ?"), {id});
    if (!have)
        return std::unexpected(have.error());
    Result<QSqlQuery> r;
    if (have->isNull())
        r = db.exec(QStringLiteral("INSERT INTO market_days (id, device_id, market_name, "
                                   "business_date, opened_at, opening_float, closed_at, hlc) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {id,
                     str("device_id"),
                     str("market_name"),
                     str("business_date"),
                     str("opened_at").toLongLong(),
                     str("opening_float").toLongLong(),
                     closedAt,
                     e.hlc});
    else if (have->toLongLong() < e.hlc)
        r = db.exec(QStringLiteral("UPDATE market_days SET closed_at = ?, hlc = ? WHERE id = ?"),
                    {closedAt, e.hlc, id});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

const bool g_builtins = [] {
    registry().insert(typeSale(), applySale);
    registry().insert(typeProduct(), applyProduct);
    registry().insert(typeStockMovement(), applyStockMovement);
    registry().insert(typeMarketDay(), applyMarketDay);
    registry().insert(QStringLiteral("tax_category"), [](Database &db, const Event &e) {
        return applyTaxCategoryEvent(db, e.data, e.hlc);
    });
    registry().insert(QStringLiteral("tender_type"), [](Database &db, const Event &e) {
        return applyTenderTypeEvent(db, e.data, e.hlc);
    });
    return true;
}();

QStringList productsTouched(const Event &e)
{
    QStringList out;
    if (e.type == typeStockMovement())
        out << e.data.value(QLatin1String("product_id")).toString();
    else if (e.type == typeSale())
        for (const QJsonValue &m : e.data.value(QLatin1String("movements")).toArray())
            out << m.toObject().value(QLatin1String("product_id")).toString();
    return out;
}
} // namespace

Result<QStringList> stampLocalProductEdit(Database &db,
                                          const QJsonObject &before,
                                          qint64 beforeHlc,
                                          const QJsonObject &after,
                                          const QString &productId,
                                          qint64 hlc)
{
    auto row
        = db.scalar(QStringLiteral("SELECT field_hlc FROM products WHERE id = ?"), {productId});
    if (!row)
        return std::unexpected(row.error());
    QJsonObject fieldHlc = readFieldHlc(row->toString());
    QStringList changed;
    for (const QString &f : productFields()) {
        if (before.isEmpty() || valueKey(before.value(f)) != valueKey(after.value(f))) {
            fieldHlc.insert(f, QString::number(hlc));
            changed << f;
        } else if (!fieldHlc.contains(f)) {
            fieldHlc.insert(f, QString::number(beforeHlc));
        }
    }
    auto w = db.exec(
        QStringLiteral("UPDATE products SET field_hlc = ? WHERE id = ?"),
        {QString::fromUtf8(QJsonDocument(fieldHlc).toJson(QJsonDocument::Compact)), productId});
    if (!w)
        return std::unexpected(w.error());
    return changed;
}

ApplyRegistration::ApplyRegistration(const char *type, ApplyHandler handler)
{
    QMutexLocker lock(&g_registryMutex);
    registry().insert(QString::fromLatin1(type), std::move(handler));
}

ApplyHandler applyHandler(const QString &type)
{
    QMutexLocker lock(&g_registryMutex);
    Q_UNUSED(g_builtins);
    return registry().value(type);
}

SyncEngine::SyncEngine(Database &db)
    : m_db(db)
{}

Result<QList<OutboxEvent>> SyncEngine::pendingBatch(int max, qint64 afterSeq)
{
    // Read through SQLite itself: the payload (3 KB for a sale) goes out as the UTF-8 it is
    // stored as, instead of through a UTF-16 QString and back.
    sqlite3 *h = sqliteHandle(m_db);
    if (!h)
        return fail(Error::Code::Database, QStringLiteral("outbox: no SQLite handle"));
    auto st = prepareSqlite(h,
                            QStringLiteral("SELECT o.seq, o.event_id, o.event_type, o.payload "
                                           "FROM %1 WHERE u.seq > ? AND o.rejected_reason IS "
                                           "NULL ORDER BY u.seq LIMIT ?")
                                .arg(unsentOutbox()),
                            {afterSeq, max});
    if (!st)
        return std::unexpected(st.error());
    const auto text = [&st](int column) {
        return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st->get(), column)),
                          sqlite3_column_bytes(st->get(), column));
    };
    QList<OutboxEvent> out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st->get())) == SQLITE_ROW)
        out << OutboxEvent{sqlite3_column_int64(st->get(), 0),
                           QString::fromUtf8(text(1)),
                           QString::fromUtf8(text(2)),
                           text(3)};
    if (rc != SQLITE_DONE)
        return fail(Error::Code::Database,
                    QStringLiteral("outbox: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))));
    return out;
}

QByteArray SyncEngine::pushBody(const QList<OutboxEvent> &events)
{
    // Sized once: a 500-event body is 1.5 MB, and growing it event by event copied it about
    // twice more (and faulted in fresh pages each time).
    qsizetype size = 13 + events.size();
    for (const OutboxEvent &e : events)
        size += e.payload.size();
    QByteArray body;
    body.reserve(size);
    body += "{\"events\":[";
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (i)
            body += ',';
        body += events[i].payload;
    }
    body += "]}";
    return body;
}

Status SyncEngine::recordPushResult(const QStringList &acked, const QList<Rejection> &rejected)
{
    return markPushed({}, acked, rejected);
}

Status SyncEngine::recordPushResult(const QList<OutboxEvent> &sent,
                                    const QStringList &acked,
                                    const QList<Rejection> &rejected)
{
    // A batch's events are numbered in the order they were queued, and the server acknowledges
    // nearly all of them: a few ranges of numbers instead of a lookup per id (which was most of
    // the device's time on a backlog). An id that was not in the batch is looked up as before.
    QHash<QStringView, qint64> seqOf;
    seqOf.reserve(sent.size());
    for (const OutboxEvent &e : sent)
        seqOf.insert(e.id, e.seq);
    QList<qint64> seqs;
    seqs.reserve(acked.size());
    QStringList others;
    for (const QString &id : acked) {
        if (const auto it = seqOf.constFind(QStringView(id)); it != seqOf.cend())
            seqs << *it;
        else
            others << id;
    }
    return markPushed(std::move(seqs), others, rejected);
}

Status SyncEngine::markPushed(QList<qint64> seqs,
                              const QStringList &ackedIds,
                              const QList<Rejection> &rejected)
{
    if (seqs.isEmpty() && ackedIds.isEmpty() && rejected.isEmpty())
        return {};
    // Marking events sent need not be on disk before the run goes on: were the marks lost to a
    // power cut, the events would be sent again and the server acknowledges a repeat without
    // storing it twice. So this commit does not wait for the WAL to be synced (the next
    // sale's commit syncs it); the connection's setting is restored after.
    const auto sync = m_db.scalar(QStringLiteral("PRAGMA synchronous"));
    if (sync)
        m_db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    const auto restore = qScopeGuard([&] {
        if (sync)
            m_db.exec(QStringLiteral("PRAGMA synchronous = %1").arg(sync->toInt()));
    });
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return b;
    // Sent is leaving outbox_unsent: the events' own rows are not written.
    std::sort(seqs.begin(), seqs.end());
    for (qsizetype i = 0; i < seqs.size();) {
        qsizetype j = i + 1;
        while (j < seqs.size() && seqs[j] <= seqs[j - 1] + 1)
            ++j;
        if (auto s
            = m_db.execCached(QStringLiteral("DELETE FROM outbox_unsent WHERE seq BETWEEN ? AND ?"),
                              {seqs[i], seqs[j - 1]});
            !s)
            return s;
        i = j;
    }
    if (!ackedIds.isEmpty()) {
        // The ids travel as one JSON array bound to one parameter.
        const QByteArray ids
            = QJsonDocument(QJsonArray::fromStringList(ackedIds)).toJson(QJsonDocument::Compact);
        if (auto s = m_db.execCached(QStringLiteral("DELETE FROM outbox_unsent WHERE seq IN "
                                                    "(SELECT seq FROM outbox WHERE event_id IN "
                                                    "(SELECT value FROM json_each(?)))"),
                                     {QString::fromUtf8(ids)});
            !s)
            return s;
    }
    for (const Rejection &r : rejected)
        if (auto s = m_db.execCached(QStringLiteral("UPDATE outbox SET rejected_reason = ? WHERE "
                                                    "event_id = ? AND %1")
                                         .arg(outboxIsUnsent()),
                                     {QStringLiteral("%1: %2").arg(r.code, r.message), r.id});
            !s)
            return s;
    return tx.commit();
}

Result<int> SyncEngine::applyPage(const QList<Event> &events, qint64 nextCursor)
{
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    int fresh = 0;
    QSet<QString> touched;
    const qint64 now = Clock::nowMs();
    // A savepoint per event: one record that cannot be applied is set aside, the rest of the
    // page goes on. `done` runs inside the savepoint once the event applied. The outer result
    // fails only when the savepoint itself does.
    const auto applyOne
        = [&](const Event &e, const std::function<Status()> &done) -> Result<Status> {
        if (auto s = m_db.exec(QStringLiteral("SAVEPOINT apply_event")); !s)
            return std::unexpected(s.error());
        Status st = validateEventData(e);
        if (st)
            st = applyHandler(e.type)(m_db, e);
        if (st && done)
            st = done();
        if (!st)
            m_db.exec(QStringLiteral("ROLLBACK TO apply_event"));
        m_db.exec(QStringLiteral("RELEASE apply_event"));
        if (st)
            for (const QString &p : productsTouched(e))
                touched.insert(p);
        return st;
    };
    for (const Event &e : events) {
        auto seen = m_db.scalar(QStringLiteral("SELECT 1 FROM applied_events WHERE event_id = ?"),
                                {e.id});
        if (!seen)
            return std::unexpected(seen.error());
        if (!seen->isNull())
            continue;
        ++fresh;
        Database::hlc().observe(e.hlc);
        const ApplyHandler handler = applyHandler(e.type);
        QString reason;
        if (!handler) {
            reason = QStringLiteral("this version does not know events of type \"%1\"").arg(e.type);
        } else {
            auto st = applyOne(e, {});
            if (!st)
                return std::unexpected(st.error());
            if (!*st)
                reason = st->error().detail;
        }
        if (!reason.isEmpty()) {
            auto d
                = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO sync_deferred_events "
                                           "(event_id, server_seq, event_type, payload, "
                                           "reason, received_at) VALUES (?, ?, ?, ?, ?, ?)"),
                            {e.id, e.seq, e.type, QString::fromUtf8(e.canonical()), reason, now});
            if (!d)
                return std::unexpected(d.error());
        }
        if (auto a = m_db.execCached(QStringLiteral("INSERT INTO applied_events (event_id, "
                                                    "server_seq) VALUES (?, ?)"),
                                     {e.id, e.seq});
            !a)
            return std::unexpected(a.error());
    }
    // Events set aside because what they refer to had not arrived yet (a refund before the sale
    // it refunds: a device's batches can be stored out of order when a push fails while the next
    // one is in flight) are tried again after each page, until a pass applies none of them.
    for (bool progress = true; fresh > 0 && progress;) {
        progress = false;
        auto q = m_db.exec(QStringLiteral("SELECT event_id, server_seq, payload FROM "
                                          "sync_deferred_events ORDER BY server_seq"));
        if (!q)
            return std::unexpected(q.error());
        QList<Event> waiting;
        while (q->next()) {
            if (auto e
                = parseEnvelope(QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object());
                e && applyHandler(e->type)) {
                e->seq = q->value(1).toLongLong();
                waiting << *e;
            }
        }
        for (const Event &e : std::as_const(waiting)) {
            auto st = applyOne(e, [&]() -> Status {
                if (auto d = m_db.exec(
                        QStringLiteral("DELETE FROM sync_deferred_events WHERE event_id = ?"),
                        {e.id});
                    !d)
                    return std::unexpected(d.error());
                return {};
            });
            if (!st)
                return std::unexpected(st.error());
            progress = progress || bool(*st);
        }
    }
    if (!touched.isEmpty()) {
        const qint64 window
            = kBaseSkewWindowMs + std::abs(m_db.localSetting(keys::clockOffset()).toLongLong());
        for (const QString &p : std::as_const(touched)) {
            auto f = m_db.exec(
                QStringLiteral(
                    "INSERT OR IGNORE INTO stock_review_flags (movement_id, count_id, product_id, "
                    "distance_ms, window_ms, created_at) SELECT m.id, c.id, c.product_id, "
                    "abs((m.hlc >> 16) - (c.hlc >> 16)), ?, ? FROM stock_movements c JOIN "
                    "stock_movements m ON m.product_id = c.product_id WHERE c.product_id = ? AND "
                    "c.kind = 'count' AND m.kind <> 'count' AND m.device_id <> c.device_id AND "
                    "abs((m.hlc >> 16) - (c.hlc >> 16)) <= ?"),
                {window, now, p, window});
            if (!f)
                return std::unexpected(f.error());
        }
    }
    if (auto c = m_db.setLocalSetting(keys::cursor(), QString::number(nextCursor)); !c)
        return std::unexpected(c.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return fresh;
}

Result<SyncState> SyncEngine::state()
{
    SyncState s;
    s.serverUrl = m_db.localSetting(keys::server());
    s.paired = !s.serverUrl.isEmpty() && !m_db.localSetting(keys::token()).isEmpty();
    s.revoked = m_db.localSetting(keys::revoked()) == u"1";
    s.vendorName = m_db.localSetting(keys::vendor());
    s.lastSuccessMs = m_db.localSetting(keys::lastSync()).toLongLong();
    s.lastAttemptMs = m_db.localSetting(keys::lastAttempt()).toLongLong();
    s.lastError = m_db.localSetting(keys::lastError());
    s.lastErrorCode = m_db.localSetting(keys::lastErrorCode());
    s.clockOffsetMs = m_db.localSetting(keys::clockOffset()).toLongLong();
    s.cursor = m_db.localSetting(keys::cursor()).toLongLong();
    auto q = m_db.exec(QStringLiteral("SELECT count(*), coalesce(sum(o.event_type = 'sale'), 0) "
                                      "FROM %1 WHERE o.rejected_reason IS NULL")
                           .arg(unsentOutbox()));
    if (!q)
        return std::unexpected(q.error());
    if (q->next()) {
        s.pending = q->value(0).toLongLong();
        s.pendingSales = q->value(1).toLongLong();
    }
    auto r = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM outbox WHERE rejected_reason IS NOT NULL AND %1")
            .arg(outboxIsUnsent()));
    if (!r)
        return std::unexpected(r.error());
    s.rejected = r->toLongLong();
    auto f = m_db.scalar(QStringLiteral("SELECT count(*) FROM stock_review_flags WHERE "
                                        "reviewed_at IS NULL"));
    if (!f)
        return std::unexpected(f.error());
    s.reviewFlags = f->toLongLong();
    return s;
}

Result<QList<RejectedEvent>> SyncEngine::rejectedEvents()
{
    auto q = m_db.exec(QStringLiteral("SELECT event_id, event_type, created_at, rejected_reason, "
                                      "payload FROM outbox WHERE rejected_reason IS NOT NULL "
                                      "AND %1 ORDER BY seq")
                           .arg(outboxIsUnsent()));
    if (!q)
        return std::unexpected(q.error());
    QList<RejectedEvent> out;
    while (q->next())
        out << RejectedEvent{q->value(0).toString(),
                             q->value(1).toString(),
                             q->value(2).toLongLong(),
                             q->value(3).toString(),
                             q->value(4).toString().toUtf8()};
    return out;
}

Result<QList<ReviewFlag>> SyncEngine::reviewFlags()
{
    auto q = m_db.exec(QStringLiteral("SELECT movement_id, count_id, product_id, distance_ms, "
                                      "window_ms FROM stock_review_flags WHERE reviewed_at IS "
                                      "NULL ORDER BY product_id, movement_id"));
    if (!q)
        return std::unexpected(q.error());
    QList<ReviewFlag> out;
    while (q->next())
        out << ReviewFlag{q->value(0).toString(),
                          q->value(1).toString(),
                          q->value(2).toString(),
                          q->value(3).toLongLong(),
                          q->value(4).toLongLong()};
    return out;
}

Status SyncEngine::retryRejected(const QString &eventId)
{
    auto r = m_db.exec(
        QStringLiteral("UPDATE outbox SET rejected_reason = NULL WHERE event_id = ? AND %1")
            .arg(outboxIsUnsent()),
        {eventId});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Status SyncEngine::storePairing(const QString &serverUrl,
                                const QString &token,
                                const QString &vendor,
                                bool insecureHttp)
{
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return b;
    const QString previous = m_db.localSetting(keys::server());
    for (const auto &[k, v] :
         {std::pair{keys::server(), serverUrl},
          std::pair{keys::token(), token},
          std::pair{keys::vendor(), vendor},
          std::pair{keys::revoked(), QStringLiteral("0")},
          std::pair{keys::insecureHttp(), insecureHttp ? QStringLiteral("1") : QString()},
          std::pair{keys::lastError(), QString()},
          std::pair{keys::lastErrorCode(), QString()}})
        if (auto s = m_db.setLocalSetting(k, v); !s)
            return s;
    if (previous != serverUrl)
        if (auto s = m_db.setLocalSetting(keys::cursor(), QStringLiteral("0")); !s)
            return s;
    return tx.commit();
}

Status SyncEngine::unpair()
{
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return b;
    auto r
        = m_db.exec(QStringLiteral("DELETE FROM local_settings WHERE key IN (?, ?, ?, ?, ?, ?, ?, "
                                   "?)"),
                    {keys::server(),
                     keys::token(),
                     keys::vendor(),
                     keys::revoked(),
                     keys::insecureHttp(),
                     keys::lastError(),
                     keys::lastErrorCode(),
                     keys::lastSync()});
    if (!r)
        return std::unexpected(r.error());
    if (auto s = m_db.setLocalSetting(keys::cursor(), QStringLiteral("0")); !s)
        return s;
    return tx.commit();
}

Result<qint64> SyncEngine::exportPending(const QString &path)
{
    auto q = m_db.exec(QStringLiteral("SELECT o.payload, o.rejected_reason FROM %1 ORDER BY u.seq")
                           .arg(unsentOutbox()));
    if (!q)
        return std::unexpected(q.error());
    QJsonArray events;
    while (q->next()) {
        QJsonObject o = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
        if (!q->value(1).isNull())
            o.insert(QStringLiteral("rejected_reason"), q->value(1).toString());
        events.append(o);
    }
    if (auto s = writeFileAtomically(path,
                                     [&](QIODevice *out) -> Status {
                                         if (out->write(QJsonDocument(events).toJson()) < 0)
                                             return fail(Error::Code::Io, out->errorString());
                                         return {};
                                     });
        !s)
        return std::unexpected(s.error());
    return events.size();
}

Status SyncEngine::setClockOffset(qint64 offsetMs)
{
    return m_db.setLocalSetting(keys::clockOffset(), QString::number(offsetMs));
}

Status SyncEngine::recordAttempt(bool success, const QString &errorCode, const QString &message)
{
    const QString now = QString::number(Clock::nowMs());
    if (auto s = m_db.setLocalSetting(keys::lastAttempt(), now); !s)
        return s;
    if (success)
        if (auto s = m_db.setLocalSetting(keys::lastSync(), now); !s)
            return s;
    if (auto s = m_db.setLocalSetting(keys::lastErrorCode(), success ? QString() : errorCode); !s)
        return s;
    return m_db.setLocalSetting(keys::lastError(), success ? QString() : message);
}

Status SyncEngine::setRevoked(bool revoked)
{
    return m_db.setLocalSetting(keys::revoked(),
                                revoked ? QStringLiteral("1") : QStringLiteral("0"));
}

qint64 SyncEngine::cursor()
{
    return m_db.localSetting(keys::cursor()).toLongLong();
}

} // namespace sk::sync
