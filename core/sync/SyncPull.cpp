// The pull side of SyncClient: pages of new events, a new device's snapshot and its history.
#include "core/sync/SyncClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace sk::sync {

void SyncClient::requestSnapshot()
{
    call("GET", QStringLiteral("/api/v1/snapshot"), {}, [this](const Reply &r) {
        if (r.status == 503 && r.retryAfterMs > 0 && r.retryAfterMs <= kMaxRateWaitMs) {
            QTimer::singleShot(r.retryAfterMs, this, [this] { requestSnapshot(); });
            return;
        }
        if (r.status == 0 || r.status == 401 || r.status == 403 || r.status == 429
            || r.status >= 500) {
            failFrom(r, QStringLiteral("snapshot failed"));
            return;
        }
        if (r.status != 200) {
            // A server without snapshots (404), or a vendor too large for one (413): the device
            // pulls everything, as before.
            pushNext();
            return;
        }
        auto snapshot = SyncEngine::parseSnapshot(r.body);
        if (!snapshot) {
            finish(false, QStringLiteral("protocol"), snapshot.error().detail);
            return;
        }
        if (snapshot->cursor > 0) {
            auto applied = SyncEngine(*m_db).applySnapshot(*snapshot);
            if (!applied) {
                finish(false, QStringLiteral("local"), applied.error().detail);
                return;
            }
            m_report.applied += *applied;
            emit snapshotApplied(snapshot->cursor);
            emit catchingUp(0, snapshot->cursor);
        }
        pushNext();
    });
}

namespace {
// One event of a page as the server sends it, its number put first:
// {"seq":"121",<the event's own members>}. Read that way, the event keeps the bytes it was made
// as (its identity), without writing it out again from the parsed tree.
Result<Event> pulledEvent(QByteArrayView slice)
{
    constexpr QByteArrayView kHead = "{\"seq\":\"";
    const qsizetype end = slice.startsWith(kHead) ? slice.indexOf('"', kHead.size()) : -1;
    bool ok = false;
    const qint64 seq = end > 0 ? slice.sliced(kHead.size(), end - kHead.size()).toLongLong(&ok) : 0;
    if (!ok || end + 1 >= slice.size() || slice[end + 1] != ',')
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("server sent a malformed event: no number first"));
    QByteArray sent = slice.sliced(end + 1).toByteArray();
    sent[0] = '{';
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(sent, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("server sent a malformed event: %1").arg(pe.errorString()));
    auto e = parseEnvelope(doc.object(), sent);
    if (!e)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("server sent a malformed event: %1").arg(e.error().detail));
    e->seq = seq;
    return e;
}

// The events of `slices` from `from` to `to`, in order; the first failure ends it.
Status
pulledEvents(const QList<QByteArrayView> &slices, qsizetype from, qsizetype to, QList<Event> &out)
{
    for (qsizetype i = from; i < to; ++i) {
        auto e = pulledEvent(slices[i]);
        if (!e)
            return std::unexpected(e.error());
        out << std::move(*e);
    }
    return {};
}
} // namespace

PageWorker &SyncClient::worker()
{
    if (!m_worker)
        m_worker = std::make_unique<PageWorker>();
    return *m_worker;
}

Result<QList<Event>> SyncClient::pageEvents(const Reply &r, PageWorker &worker)
{
    QList<Event> events;
    QByteArrayView rest;
    if (const auto slices = r.page.isEmpty() ? std::nullopt : splitEventsBody(r.page, &rest)) {
        // Parsing is a large share of a pulled page's time on this thread, which then writes
        // the page: the second half of a large page is parsed on the pull's worker meanwhile.
        const qsizetype half = slices->size() >= 64 ? slices->size() / 2 : slices->size();
        QList<Event> second;
        Status secondOk;
        std::shared_ptr<PageWorker::Done> other;
        if (half < slices->size())
            other = worker.run(
                [&] { secondOk = pulledEvents(*slices, half, slices->size(), second); });
        events.reserve(slices->size());
        const Status firstOk = pulledEvents(*slices, 0, half, events);
        if (other)
            other->wait();
        if (!firstOk)
            return std::unexpected(firstOk.error());
        if (!secondOk)
            return std::unexpected(secondOk.error());
        events.append(std::move(second));
        return events;
    }
    for (const QJsonValue &v : r.body.value(QLatin1String("events")).toArray()) {
        QJsonObject o = v.toObject();
        const qint64 seq = o.value(QLatin1String("seq")).toString().toLongLong();
        o.remove(QStringLiteral("seq"));
        auto e = parseEnvelope(o);
        if (!e)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("server sent a malformed event: %1").arg(e.error().detail));
        e->seq = seq;
        events << *e;
    }
    return events;
}

qint64 SyncClient::pastOwnEvents(qint64 cursor) const
{
    // Every number up to the cursor has been seen; when the next one starts or falls inside a
    // run of this device's own events, so has that whole run.
    for (auto it = m_ownSeqs.upperBound(cursor + 1); it != m_ownSeqs.cbegin();) {
        --it; // the last run that starts at or before cursor + 1
        if (it.value() <= cursor)
            break;
        cursor = it.value();
        it = m_ownSeqs.upperBound(cursor + 1);
    }
    return cursor;
}

void SyncClient::pullNext()
{
    // A device that has just pushed a backlog does not page through it again: the cursor moves
    // past the numbers its own pushes took (stored with the next page, or on its own when no
    // other device's events follow them).
    pullFrom(pastOwnEvents(SyncEngine(*m_db).cursor()), false);
}

void SyncClient::historyNext()
{
    const CatchUp c = SyncEngine(*m_db).catchUp();
    if (!c.active || (m_historyPagesPerRun > 0 && m_historyPages >= m_historyPagesPerRun)) {
        finish(true);
        return;
    }
    pullFrom(c.done, true);
}

void SyncClient::pullFrom(qint64 since, bool history)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("since"), QString::number(since));
    q.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    call(
        "GET",
        QStringLiteral("/api/v1/pull?") + q.toString(QUrl::FullyEncoded),
        {},
        [this, since, history](const Reply &r) {
            if (r.status == 429 && r.retryAfterMs > 0 && r.retryAfterMs <= kMaxRateWaitMs) {
                QTimer::singleShot(
                    r.retryAfterMs, this, [this, since, history] { pullFrom(since, history); });
                return;
            }
            if (r.status != 200) {
                failSoon([this, r] { failFrom(r, QStringLiteral("pull failed")); });
                return;
            }
            ++m_report.pulls;
            auto page = pageEvents(r, worker());
            bool ok = false;
            const qint64 next = r.body.value(QLatin1String("next")).toString().toLongLong(&ok);
            if (!page || !ok || next < since) {
                failSoon([this,
                          detail = page ? QStringLiteral("server sent a bad cursor")
                                        : page.error().detail] {
                    finish(false, QStringLiteral("protocol"), detail);
                });
                return;
            }
            const bool more = r.body.value(QLatin1String("more")).toBool() && next > since;
            SyncEngine engine(*m_db);
            engine.setWorker(&worker());
            if (history)
                ++m_historyPages;
            // The next page is asked for before this one is applied: the server reads it and
            // sends it while this device writes (answers are still applied in order).
            bool ahead = false;
            if (more && !history) {
                ahead = true;
                pullFrom(pastOwnEvents(next), false);
            } else if (more && next < engine.catchUp().total
                       && (m_historyPagesPerRun <= 0 || m_historyPages < m_historyPagesPerRun)) {
                ahead = true;
                pullFrom(next, true);
            }
            auto applied = history ? engine.applyHistoryPage(*page, next, more)
                                   : engine.applyPage(*page, next);
            if (!applied) {
                failSoon([this, detail = applied.error().detail] {
                    finish(false, QStringLiteral("local"), detail);
                });
                return;
            }
            m_report.pulled += int(page->size());
            m_report.applied += *applied;
            emit progressed(m_report.pushed, m_report.pulled);
            if (history) {
                const CatchUp c = engine.catchUp();
                emit catchingUp(c.active ? c.done : next, c.active ? c.total : next);
            }
            if (!ahead)
                historyNext(); // ends the run when no history is (still) due
        },
        true);
}

} // namespace sk::sync
