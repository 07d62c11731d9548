#include "core/sync/SyncEngine.h"

#include "core/DatabaseRows.h"
#include "core/Exports.h"
#include "core/Schema.h"
#include "core/sync/EventValidator.h"
#include "core/sync/SaleBatch.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>

namespace sk::sync {

namespace {
// While pulled events are applied: SQLite's statement journals (the pages each INSERT with a
// trigger or foreign key touches, kept in case it aborts) and the savepoint journal stay in
// memory, and the page cache is larger. On a temporary file those journals were about 100
// writes per pulled sale (over 1M system calls for 11k events), most of the apply's time; a
// small cache read the same index pages from the file again and again. A pulled page's commit
// does not wait for the disk (synchronous = NORMAL: in WAL mode the commit stays atomic and the
// database whole; only a power cut right after it may lose the page, and the cursor that goes
// with it, so the page is pulled again). Set outside the transaction (SQLite refuses temp_store
// inside one) and restored after.
class ApplySettings
{
public:
    explicit ApplySettings(Database &db)
        : m_db(db)
    {
        for (Pragma &p : m_pragmas)
            if (auto v = db.scalar(QStringLiteral("PRAGMA ") + p.name))
                p.before = v->toString();
        for (const Pragma &p : m_pragmas)
            db.exec(QStringLiteral("PRAGMA %1 = %2").arg(p.name, p.during));
    }
    ~ApplySettings()
    {
        for (const Pragma &p : m_pragmas)
            m_db.exec(QStringLiteral("PRAGMA %1 = %2").arg(p.name, p.before));
    }
    ApplySettings(const ApplySettings &) = delete;
    ApplySettings &operator=(const ApplySettings &) = delete;

private:
    struct Pragma
    {
        QString name;
        QString during; // the value while events are applied
        QString before; // the value to restore (SQLite's default until it is read)
    };
    Database &m_db;
    Pragma m_pragmas[3] = {
        {QStringLiteral("temp_store"), QStringLiteral("MEMORY"), QStringLiteral("0")},
        {QStringLiteral("cache_size"), QStringLiteral("-16384"), QStringLiteral("-2000")}, // 16 MiB
        {QStringLiteral("synchronous"), QStringLiteral("NORMAL"), QStringLiteral("2")}}; // 2: FULL
};

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

Result<int> SyncEngine::applyInTransaction(const QList<Event> &events,
                                           const std::function<Status()> &progress)
{
    ApplySettings settings(m_db);
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    auto fresh = applyEvents(events);
    if (!fresh)
        return fresh;
    if (auto p = progress(); !p)
        return std::unexpected(p.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return fresh;
}

Result<int> SyncEngine::applyPage(const QList<Event> &events, qint64 nextCursor)
{
    return applyInTransaction(
        events, [&] { return m_db.setLocalSetting(keys::cursor(), QString::number(nextCursor)); });
}

Result<Snapshot> SyncEngine::parseSnapshot(const QJsonObject &body)
{
    const auto bad = [](const QString &what) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("server sent a malformed snapshot: %1").arg(what));
    };
    if (body.value(QLatin1String("schema")).toInt(-1) != kSnapshotSchema)
        return bad(QStringLiteral("schema %1, this version reads %2")
                       .arg(body.value(QLatin1String("schema")).toInt(-1))
                       .arg(kSnapshotSchema));
    Snapshot out;
    bool ok = false;
    out.cursor = body.value(QLatin1String("cursor")).toString().toLongLong(&ok);
    if (!ok || out.cursor < 0)
        return bad(QStringLiteral("cursor"));
    const QJsonArray events = body.value(QLatin1String("events")).toArray();
    const QJsonArray stock = body.value(QLatin1String("stock")).toArray();
    if (events.size() > limits::kMaxSnapshotEvents || stock.size() > limits::kMaxSnapshotProducts)
        return bad(QStringLiteral("too many records"));
    for (const QJsonValue &v : events) {
        QJsonObject o = v.toObject();
        const qint64 seq = o.value(QLatin1String("seq")).toString().toLongLong(&ok);
        if (!ok || seq <= 0 || seq > out.cursor)
            return bad(QStringLiteral("an event's number"));
        o.remove(QStringLiteral("seq"));
        auto e = parseEnvelope(o);
        if (!e)
            return bad(e.error().detail);
        e->seq = seq;
        out.events << *e;
    }
    for (const QJsonValue &v : stock) {
        const QJsonObject o = v.toObject();
        SnapshotStock st;
        st.productId = o.value(QLatin1String("product_id")).toString();
        bool levelOk = false, hlcOk = false;
        st.level = o.value(QLatin1String("level")).toString().toLongLong(&levelOk);
        st.hlc = o.value(QLatin1String("hlc")).toString().toLongLong(&hlcOk);
        // A level is a sum of movements each within kMaxQuantity: far below 2^53.
        if (!isUuid(st.productId) || !levelOk || !hlcOk || st.hlc <= 0
            || qAbs(st.level) > (qint64(1) << 53) || o.size() != 3)
            return bad(QStringLiteral("a stock level"));
        out.stock << st;
    }
    return out;
}

bool SyncEngine::wantsSnapshot()
{
    // Only a device with nothing of the vendor's yet: its cursor at the start, nothing pulled,
    // sold or moved. A device with records of its own pulls everything as before.
    if (cursor() != 0 || catchUp().active)
        return false;
    auto any = m_db.scalar(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM applied_events) OR EXISTS (SELECT 1 FROM sales) OR "
        "EXISTS (SELECT 1 FROM stock_movements)"));
    return any && any->toInt() == 0;
}

Result<int> SyncEngine::applySnapshot(const Snapshot &snapshot)
{
    ApplySettings settings(m_db);
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    if (!wantsSnapshot())
        return fail(Error::Code::Conflict,
                    QStringLiteral("this device already holds records; it pulls everything"));
    // The catalog, tax, tenders and market days go through the same checks and handlers as any
    // pulled event (and are skipped when the history brings them again).
    auto fresh = applyEvents(snapshot.events);
    if (!fresh)
        return fresh;
    const qint64 serverNow = Clock::nowMs() + m_db.localSetting(keys::clockOffset()).toLongLong();
    for (const SnapshotStock &st : snapshot.stock) {
        if (auto t = checkTimestamp(Hlc::physicalMs(st.hlc), serverNow, QStringLiteral("stock"));
            !t)
            return std::unexpected(t.error());
        if (auto i = m_db.execCached(QStringLiteral("INSERT OR REPLACE INTO stock_snapshot "
                                                    "(product_id, level, hlc) VALUES (?, ?, ?)"),
                                     {st.productId, st.level, st.hlc});
            !i)
            return std::unexpected(i.error());
        // What this device moves from now on is newer than what the level covers.
        Database::hlc().observe(st.hlc);
    }
    for (const auto &[k, v] : {std::pair{keys::cursor(), snapshot.cursor},
                               std::pair{keys::historyCursor(), qint64(0)},
                               std::pair{keys::historyUntil(), snapshot.cursor}})
        if (auto c = m_db.setLocalSetting(k, QString::number(v)); !c)
            return std::unexpected(c.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return fresh;
}

CatchUp SyncEngine::catchUp()
{
    CatchUp c;
    c.total = m_db.localSetting(keys::historyUntil()).toLongLong();
    c.done = std::min(c.total, m_db.localSetting(keys::historyCursor()).toLongLong());
    c.active = c.total > 0;
    return c;
}

Result<int> SyncEngine::applyHistoryPage(const QList<Event> &events, qint64 nextCursor, bool more)
{
    // Events the snapshot or a pull already brought are skipped by their id; the stock of the
    // others is covered by the snapshot's levels (never newer than them) until the end.
    return applyInTransaction(events, [&]() -> Status {
        if (nextCursor < catchUp().total && more)
            return m_db.setLocalSetting(keys::historyCursor(), QString::number(nextCursor));
        // The whole history is here: the levels come from the movements again.
        if (auto d = m_db.exec(QStringLiteral("DELETE FROM stock_snapshot")); !d)
            return std::unexpected(d.error());
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM local_settings WHERE key IN (?, ?)"),
                               {keys::historyCursor(), keys::historyUntil()});
            !r)
            return std::unexpected(r.error());
        return {};
    });
}

Result<int> SyncEngine::applyEvents(const QList<Event> &events)
{
    int fresh = 0;
    QSet<QString> touched;
    const qint64 now = Clock::nowMs();
    // Pulled events pass the checks the server applies, against this device's reading of the
    // server's clock: an older server may hold what this version refuses.
    const qint64 serverNow = now + m_db.localSetting(keys::clockOffset()).toLongLong();
    // One record that cannot be applied is set aside, the rest of the page goes on. Each event
    // is checked before it changes anything; a handler that fails after writing must leave
    // nothing behind, which a savepoint per event guarantees. But a savepoint per event made
    // SQLite copy every page each event touched into its sub-journal (a temporary file): most
    // of a pulled page's time. So a page is first applied as a whole; only when a handler
    // fails is it rolled back and applied again with a savepoint per event (`careful`).
    // `done` runs once the event applied. The outer result fails only when the database does.
    // Only a valid event moves this device's clock.
    bool careful = false;
    bool refused = false; // the last event failed the checks (nothing was written)
    const auto applyOne
        = [&](const Event &e, const std::function<Status()> &done) -> Result<Status> {
        refused = false;
        if (auto v = validateEvent(e, serverNow); !v) {
            refused = true;
            return Status(fail(Error::Code::InvalidInput,
                               QStringLiteral("invalid: %1").arg(v.error().detail)));
        }
        if (careful)
            if (auto s = m_db.execCached(QStringLiteral("SAVEPOINT apply_event"), {}); !s)
                return std::unexpected(s.error());
        Database::hlc().observe(e.hlc);
        Status st = applyHandler(e.type)(m_db, e);
        if (st && done)
            st = done();
        if (careful) {
            if (!st)
                m_db.execCached(QStringLiteral("ROLLBACK TO apply_event"), {});
            m_db.execCached(QStringLiteral("RELEASE apply_event"), {});
        }
        if (st)
            for (const QString &p : productsTouched(e))
                touched.insert(p);
        return st;
    };
    // Which of the page's events are here already: one query for the page.
    QSet<QString> applied;
    if (!events.isEmpty()) {
        QJsonArray ids;
        for (const Event &e : events)
            ids.append(e.id);
        auto q = m_db.exec(QStringLiteral("SELECT event_id FROM applied_events WHERE event_id IN "
                                          "(SELECT value FROM json_each(?))"),
                           {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            applied.insert(q->value(0).toString());
    }
    // Sales this device holds already (its own, pulled back after a restore): their events are
    // skipped by the handler; asked once for the page. A sale's event has the sale's id.
    QSet<QString> heldSales;
    {
        QJsonArray ids;
        for (const Event &e : events)
            if (e.type == typeSale() && !applied.contains(e.id))
                ids.append(e.id);
        if (!ids.isEmpty()) {
            auto q = m_db.exec(
                QStringLiteral("SELECT id FROM sales WHERE id IN (SELECT value FROM json_each(?))"),
                {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
            if (!q)
                return std::unexpected(q.error());
            while (q->next())
                heldSales.insert(q->value(0).toString());
        }
    }
    // true: the page is applied; false: a handler failed with careful off (roll back, again).
    const auto applyAll = [&]() -> Result<bool> {
        QSet<QString> seen = applied;
        fresh = 0;
        touched.clear();
        SaleBatch batch;
        std::optional<SaleChecker> checker;
        if (!careful)
            checker.emplace(events, serverNow, m_worker);
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Event &e = events[i];
            if (seen.contains(e.id))
                continue;
            seen.insert(e.id); // the same event twice in a page is applied once
            ++fresh;
            // A new sale (not a void or refund, which are checked against their sale) that
            // passes the checks joins the page's batch (SaleBatch), written as the sale
            // handler would write it.
            if (std::optional<SaleRecord> sale;
                checker && !heldSales.contains(e.id) && (sale = checker->take(i))) {
                Database::hlc().observe(e.hlc);
                for (const StockMovement &m : std::as_const(sale->movements))
                    touched.insert(m.productId);
                batch.add(std::move(*sale), e.seq);
                continue;
            }
            // Anything else comes after the sales before it.
            if (!careful)
                if (auto f = batch.flush(m_db); !f)
                    return false;
            const ApplyHandler handler = applyHandler(e.type);
            QString reason;
            if (!handler) {
                if (auto valid = validateEvent(e, serverNow); !valid) {
                    reason = QStringLiteral("invalid: %1").arg(valid.error().detail);
                } else {
                    Database::hlc().observe(e.hlc);
                    reason = QStringLiteral("this version does not know events of type \"%1\"")
                                 .arg(e.type);
                }
            } else {
                auto st = applyOne(e, {});
                if (!st)
                    return std::unexpected(st.error());
                if (!*st) {
                    if (!careful && !refused)
                        return false;
                    reason = st->error().detail;
                }
            }
            if (!reason.isEmpty()) {
                if (auto d = m_db.execCached(
                        QStringLiteral("INSERT OR IGNORE INTO sync_deferred_events (event_id, "
                                       "server_seq, event_type, payload, reason, received_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"),
                        {e.id, e.seq, e.type, QString::fromUtf8(e.canonical()), reason, now});
                    !d)
                    return std::unexpected(d.error());
            }
            if (auto a = m_db.execCached(QStringLiteral("INSERT INTO applied_events (event_id, "
                                                        "server_seq) VALUES (?, ?)"),
                                         {e.id, e.seq});
                !a)
                return std::unexpected(a.error());
        }
        if (auto f = batch.flush(m_db); !f)
            return false;
        if (auto f = batch.addSummaries(m_db); !f)
            return false;
        return true;
    };
    // The page is applied in the caller's transaction, which holds nothing written before it:
    // the careful pass starts from the transaction's start again. Not a savepoint around the
    // page: while one is open SQLite keeps every page it changes in an in-memory sub-journal
    // and, at the end of each statement that needs a statement journal, truncates that journal
    // by walking it from its start, so each insert cost time in proportion to the page so far.
    auto done = applyAll();
    if (done && !*done) {
        for (const char *sql : {"ROLLBACK", "BEGIN IMMEDIATE"})
            if (auto r = m_db.exec(QLatin1String(sql)); !r)
                return std::unexpected(r.error());
        careful = true;
        done = applyAll();
    }
    if (!done)
        return std::unexpected(done.error());
    careful = true; // set-aside events below are tried one by one
    // Events set aside because what they refer to had not arrived yet (a refund before the sale
    // it refunds: a device's batches can be stored out of order when a push fails while the next
    // one is in flight) are tried again after each page, until a pass applies none of them.
    // Events refused by the checks are tried too: one refused only for its time passes once the
    // clocks have caught up; the others are refused again.
    for (bool progress = true; fresh > 0 && progress;) {
        progress = false;
        auto waiting = queryReadableRows(
            m_db.exec(QStringLiteral("SELECT event_id, server_seq, payload, event_type FROM "
                                     "sync_deferred_events ORDER BY server_seq")),
            [](const QSqlQuery &q) -> std::optional<Event> {
                // Events of a type this version does not know stay aside unread.
                if (!applyHandler(q.value(3).toString()))
                    return std::nullopt;
                auto e = parseEnvelope(
                    QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
                if (!e || !applyHandler(e->type))
                    return std::nullopt;
                e->seq = q.value(1).toLongLong();
                return std::move(*e);
            });
        if (!waiting)
            return std::unexpected(waiting.error());
        for (const Event &e : std::as_const(*waiting)) {
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
    if (auto s = flagMovementsNearCounts(touched); !s)
        return std::unexpected(s.error());
    return fresh;
}

Status SyncEngine::flagMovementsNearCounts(QSet<QString> products)
{
    // This device's own movements (sales, counts...) since the last pass join the products the
    // pulled events touched: a sale rung here after another device's count arrived is flagged
    // here too, so every device ends with the same flags.
    const QString mark = m_db.localSetting(keys::flaggedUpTo());
    auto own = m_db.exec(QStringLiteral("SELECT product_id, hlc FROM stock_movements WHERE hlc > ? "
                                        "AND device_id = ?"),
                         {mark.toLongLong(), m_db.deviceId()});
    if (!own)
        return std::unexpected(own.error());
    qint64 upTo = mark.toLongLong();
    while (own->next()) {
        if (!mark.isEmpty()) // the first pass only sets the mark
            products.insert(own->value(0).toString());
        upTo = std::max(upTo, own->value(1).toLongLong());
    }
    own->finish();
    if (upTo != mark.toLongLong() || mark.isEmpty())
        if (auto s = m_db.setLocalSetting(keys::flaggedUpTo(), QString::number(upTo)); !s)
            return s;
    const qint64 now = Clock::nowMs();
    const qint64 reach = (kReviewWindowMs + 1) << 16; // lets the index bound the pairs
    // One statement prepared once, run for each product the page touched.
    for (const QString &p : std::as_const(products)) {
        auto f = m_db.execCached(
            QStringLiteral(
                "INSERT OR IGNORE INTO stock_review_flags (movement_id, count_id, product_id, "
                "distance_ms, window_ms, created_at) SELECT m.id, c.id, c.product_id, "
                "abs((m.hlc >> 16) - (c.hlc >> 16)), ?, ? FROM stock_movements c JOIN "
                "stock_movements m ON m.product_id = c.product_id WHERE c.product_id = ? AND "
                "c.kind = 'count' AND m.kind <> 'count' AND m.device_id <> c.device_id AND "
                "m.hlc BETWEEN c.hlc - ? AND c.hlc + ? AND "
                "abs((m.hlc >> 16) - (c.hlc >> 16)) <= ?"),
            {kReviewWindowMs, now, p, reach, reach, kReviewWindowMs});
        if (!f)
            return std::unexpected(f.error());
    }
    return {};
}

} // namespace sk::sync
