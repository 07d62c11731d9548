#include "sync/SyncEngine.h"

#include "Exports.h"
#include "Schema.h"
#include "sync/EventValidator.h"

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

Result<int> SyncEngine::applyPage(const QList<Event> &events, qint64 nextCursor)
{
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    int fresh = 0;
    QSet<QString> touched;
    const qint64 now = Clock::nowMs();
    // Pulled events pass the checks the server applies, against this device's reading of the
    // server's clock: an older server may hold what this version refuses.
    const qint64 serverNow = now + m_db.localSetting(keys::clockOffset()).toLongLong();
    // A savepoint per event: one record that cannot be applied is set aside, the rest of the
    // page goes on. `done` runs inside the savepoint once the event applied. The outer result
    // fails only when the savepoint itself does. Only a valid event moves this device's clock.
    const auto applyOne
        = [&](const Event &e, const std::function<Status()> &done) -> Result<Status> {
        if (auto s = m_db.exec(QStringLiteral("SAVEPOINT apply_event")); !s)
            return std::unexpected(s.error());
        Status st = validateEvent(e, serverNow);
        if (!st)
            st = fail(Error::Code::InvalidInput,
                      QStringLiteral("invalid: %1").arg(st.error().detail));
        else {
            Database::hlc().observe(e.hlc);
            st = applyHandler(e.type)(m_db, e);
        }
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
    // Events refused by the checks are tried too: one refused only for its time passes once the
    // clocks have caught up; the others are refused again.
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
    if (auto s = flagMovementsNearCounts(touched); !s)
        return std::unexpected(s.error());
    if (auto c = m_db.setLocalSetting(keys::cursor(), QString::number(nextCursor)); !c)
        return std::unexpected(c.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
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
    for (const QString &p : std::as_const(products)) {
        auto f = m_db.exec(
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
    auto aside = m_db.scalar(QStringLiteral("SELECT count(*) FROM sync_deferred_events"));
    if (!aside)
        return std::unexpected(aside.error());
    s.setAside = aside->toLongLong();
    auto f = m_db.scalar(QStringLiteral("SELECT count(*) FROM stock_review_flags WHERE "
                                        "reviewed_at IS NULL"));
    if (!f)
        return std::unexpected(f.error());
    s.reviewFlags = f->toLongLong();
    return s;
}

namespace {
// Rows of (id, type, time, reason, payload).
Result<QList<RejectedEvent>> readSetAside(Database &db, const QString &sql)
{
    auto q = db.exec(sql);
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
} // namespace

Result<QList<RejectedEvent>> SyncEngine::rejectedEvents()
{
    return readSetAside(m_db,
                        QStringLiteral("SELECT event_id, event_type, created_at, rejected_reason, "
                                       "payload FROM outbox WHERE rejected_reason IS NOT NULL "
                                       "AND %1 ORDER BY seq")
                            .arg(outboxIsUnsent()));
}

Result<QList<RejectedEvent>> SyncEngine::setAsideEvents()
{
    return readSetAside(m_db,
                        QStringLiteral("SELECT event_id, event_type, received_at, reason, payload "
                                       "FROM sync_deferred_events ORDER BY server_seq"));
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
