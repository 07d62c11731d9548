// SyncEngine's bookkeeping on this device: the state the app shows, the events the server
// refused or this device set aside, the pairing and the clock offset. The push and pull paths
// are in SyncEngine.cpp.
#include "core/sync/SyncEngine.h"

#include "core/DatabaseRows.h"
#include "core/Exports.h"
#include "core/Schema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace sk::sync {

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
    s.catchUp = catchUp();
    return s;
}

namespace {
// Rows of (id, type, time, reason, payload).
Result<QList<RejectedEvent>> readSetAside(Database &db, const QString &sql)
{
    return queryRows(db.exec(sql), [](const QSqlQuery &q) {
        return RejectedEvent{q.value(0).toString(),
                             q.value(1).toString(),
                             q.value(2).toLongLong(),
                             q.value(3).toString(),
                             q.value(4).toString().toUtf8()};
    });
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
    return queryRows(m_db.exec(QStringLiteral("SELECT movement_id, count_id, product_id, "
                                              "distance_ms, window_ms FROM stock_review_flags "
                                              "WHERE reviewed_at IS NULL ORDER BY product_id, "
                                              "movement_id")),
                     [](const QSqlQuery &q) {
                         return ReviewFlag{q.value(0).toString(),
                                           q.value(1).toString(),
                                           q.value(2).toString(),
                                           q.value(3).toLongLong(),
                                           q.value(4).toLongLong()};
                     });
}

Status SyncEngine::retryRejected(const QString &eventId)
{
    return executed(m_db.exec(
        QStringLiteral("UPDATE outbox SET rejected_reason = NULL WHERE event_id = ? AND %1")
            .arg(outboxIsUnsent()),
        {eventId}));
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
    if (previous != serverUrl) {
        if (auto s = m_db.setLocalSetting(keys::cursor(), QStringLiteral("0")); !s)
            return s;
        // A history still coming down starts again from the first event of this server.
        if (catchUp().active)
            if (auto s = m_db.setLocalSetting(keys::historyCursor(), QStringLiteral("0")); !s)
                return s;
    }
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
