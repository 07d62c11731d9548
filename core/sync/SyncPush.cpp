// The push pipeline of SyncClient: the outbox sent in batches, a few requests in flight.
#include "core/sync/SyncClient.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QTimer>

#include <utility>

namespace sk::sync {

void SyncClient::afterUpload(std::function<void()> work)
{
    if (m_uploading)
        m_afterUpload << std::move(work);
    else
        work();
}

void SyncClient::runAfterUpload(QNetworkReply *reply)
{
    if (m_uploading != reply)
        return;
    m_uploading = nullptr;
    for (const auto &work : std::exchange(m_afterUpload, {}))
        work();
}

void SyncClient::failSoon(std::function<void()> failure)
{
    if (m_inFlight > 0)
        m_failure = std::move(failure);
    else
        failure();
}

bool SyncClient::prefetch()
{
    auto batch = SyncEngine(*m_db).pendingBatch(m_batchSize, m_sentUpTo);
    if (!batch) {
        failSoon([this, detail = batch.error().detail] {
            finish(false, QStringLiteral("local"), detail);
        });
        return false;
    }
    m_next = *batch;
    m_prefetched = true;
    return true;
}

void SyncClient::pushOn()
{
    if (!m_restart)
        pushNext();
    else if (m_pushesInFlight == 0 && !m_failure)
        std::exchange(m_restart, {})();
}

void SyncClient::pushNext()
{
    // One body is handed over at a time: the next goes out when this one is uploaded.
    if (m_restart || m_failure || m_uploading || m_pushesInFlight >= kPushWindow)
        return;
    if (!m_prefetched && !prefetch())
        return;
    if (m_next.isEmpty()) {
        // Nothing left to send: pull once the pushes still out are answered.
        if (m_pushesInFlight == 0) {
            m_prefetched = false;
            pullNext();
        }
        return;
    }
    const QList<OutboxEvent> events = std::exchange(m_next, {});
    m_prefetched = false;
    m_sentUpTo = events.last().seq;
    ++m_pushesInFlight;
    call("POST",
         QStringLiteral("/api/v1/push"),
         SyncEngine::pushBody(events),
         [this, events](const Reply &r) { pushAnswered(events, r); });
    // Read the next batch while the server works on this one, and send it once this body is
    // out: the server checks it while it stores this one.
    afterUpload([this] {
        if (prefetch())
            pushNext();
    });
}

void SyncClient::pushAnswered(const QList<OutboxEvent> &events, const Reply &r)
{
    --m_pushesInFlight;
    const auto fromOldestPending = [this] {
        m_prefetched = false;
        m_next.clear();
        m_sentUpTo = 0;
        pushNext();
    };
    if (r.status == 413 && events.size() > 1) {
        // Smaller batches from the oldest pending event on; what was read ahead is dropped.
        m_batchSize = std::min(m_batchSize, std::max<int>(1, int(events.size() / 2)));
        m_restart = fromOldestPending;
        pushOn();
        return;
    }
    if (r.status == 413) {
        // One event the server will never take: set it aside, keep the queue moving.
        SyncEngine(*m_db).recordPushResult(
            {},
            {Rejection{events.first().id,
                       QStringLiteral("too_large"),
                       r.body.value(QLatin1String("message")).toString()}});
        ++m_report.rejected;
        pushOn();
        return;
    }
    if (r.status == 429 && r.retryAfterMs > 0 && r.retryAfterMs <= kMaxRateWaitMs) {
        // Draining a backlog can outrun the per-device rate: wait as asked, then send again
        // from the oldest pending event (what was read ahead is read again after it).
        m_restart = [this, wait = r.retryAfterMs, fromOldestPending] {
            QTimer::singleShot(wait, this, fromOldestPending);
        };
        pushOn();
        return;
    }
    if (r.status != 200 && r.status != 409) {
        failSoon([this, r] { failFrom(r, QStringLiteral("push failed")); });
        return;
    }
    QStringList acked;
    for (const QJsonValue &v : r.body.value(QLatin1String("acked")).toArray())
        acked << v.toString();
    QList<Rejection> rejected;
    for (const QJsonValue &v : r.body.value(QLatin1String("rejected")).toArray()) {
        const QJsonObject o = v.toObject();
        rejected << Rejection{o.value(QLatin1String("id")).toString(),
                              o.value(QLatin1String("code")).toString(),
                              o.value(QLatin1String("message")).toString()};
    }
    // A server that says where it stored the new events (one run of the vendor's sequence,
    // as many as it stored): kept for the pull. Anything else is left out, not trusted.
    const QJsonObject seqs = r.body.value(QLatin1String("seqs")).toObject();
    bool firstOk = false, lastOk = false;
    const qint64 first = seqs.value(QLatin1String("first")).toString().toLongLong(&firstOk);
    const qint64 last = seqs.value(QLatin1String("last")).toString().toLongLong(&lastOk);
    if (firstOk && lastOk && first > 0 && last >= first
        && last - first + 1 == r.body.value(QLatin1String("stored")).toInteger(-1))
        m_ownSeqs.insert(first, last);
    if (acked.isEmpty() && rejected.isEmpty()) {
        failSoon([this] {
            finish(false,
                   QStringLiteral("protocol"),
                   QStringLiteral("the server answered a push without acknowledging anything"));
        });
        return;
    }
    const auto record = [this, events, acked, rejected] {
        if (auto s = SyncEngine(*m_db).recordPushResult(events, acked, rejected); !s) {
            failSoon([this, detail = s.error().detail] {
                finish(false, QStringLiteral("local"), detail);
            });
            return;
        }
        m_report.pushed += int(acked.size());
        m_report.rejected += int(rejected.size());
        emit progressed(m_report.pushed, m_report.pulled);
    };
    if (m_restart) {
        // Recorded before sending again, so that nothing acknowledged here is sent twice.
        record();
        pushOn();
        return;
    }
    // The next batch goes out first: recording this answer (a local commit) overlaps the
    // server's work on it.
    pushNext();
    if (m_failure)
        return;
    afterUpload(record);
}

} // namespace sk::sync
