#include "sync/SyncClient.h"

#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

#include <thread>
#include <utility>

namespace sk::sync {

namespace {
// Longest Retry-After (429) a run waits out before it sends again; a longer one ends the run
// (the service then backs off).
constexpr qint64 kMaxRateWaitMs = 5000;

const bool g_metaType = [] {
    qRegisterMetaType<SyncReport>();
    return true;
}();
} // namespace

SyncClient::SyncClient(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(&db)
{
    Q_UNUSED(g_metaType);
}

SyncClient::SyncClient(const QString &dbPath, QObject *parent)
    : QObject(parent)
    , m_dbPath(dbPath)
{}

SyncClient::~SyncClient() = default;

Database *SyncClient::database()
{
    if (m_db)
        return m_db;
    auto db = Database::open(m_dbPath);
    if (!db)
        return nullptr;
    m_own = std::move(*db);
    m_db = m_own.get();
    return m_db;
}

void SyncClient::call(const QByteArray &verb,
                      const QString &path,
                      const QByteArray &body,
                      std::function<void(const Reply &)> done,
                      bool eventsPage)
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    QUrl url(m_server + path);
    QNetworkRequest req(url);
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token);
    // The server records this device's clock offset from it, and refuses to store events from a
    // clock further off than the allowed skew.
    req.setRawHeader("X-Device-Time", QByteArray::number(Clock::nowMs()));
    if (url.scheme() == u"https") {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> ca = m_ca;
        const QString caFile
            = m_db ? m_db->localSetting(QStringLiteral("sync.ca_file")) : QString();
        if (!caFile.isEmpty())
            ca += QSslCertificate::fromPath(caFile);
        if (!ca.isEmpty())
            ssl.addCaCertificates(ca);
        req.setSslConfiguration(ssl);
    }
    const qint64 sentAt = Clock::nowMs();
    QNetworkReply *reply = verb == "GET" ? m_nam->get(req) : m_nam->post(req, body);
    ++m_inFlight;
    if (!body.isEmpty()) {
        m_uploading = reply;
        connect(
            reply, &QNetworkReply::uploadProgress, this, [this, reply](qint64 sent, qint64 total) {
                if (total > 0 && sent >= total)
                    runAfterUpload(reply);
            });
    }
    connect(
        reply,
        &QNetworkReply::finished,
        this,
        [this, reply, sentAt, eventsPage, done = std::move(done)] {
            runAfterUpload(reply);
            reply->deleteLater();
            --m_inFlight;
            if (m_failure) {
                if (m_inFlight == 0)
                    std::exchange(m_failure, {})();
                return;
            }
            Reply r;
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray data = reply->readAll();
            if (r.status == 0)
                r.networkError = reply->errorString();
            QJsonParseError pe;
            QJsonDocument doc;
            QByteArrayView rest;
            if (eventsPage && r.status == 200 && splitEventsBody(data, &rest)) {
                // The events are read one by one (pageEvents); the rest is small.
                QByteArray members = rest.toByteArray();
                members[0] = '{';
                doc = QJsonDocument::fromJson(members, &pe);
                r.page = data;
            } else {
                doc = QJsonDocument::fromJson(data, &pe);
            }
            if (r.status != 0 && (pe.error != QJsonParseError::NoError || !doc.isObject())) {
                // A cut or garbled answer: the request may or may not have been applied; the
                // caller retries, which is safe because every request is idempotent.
                r.networkError
                    = QStringLiteral("incomplete answer from the server (HTTP %1)").arg(r.status);
                r.status = 0;
            }
            r.body = doc.object();
            if (reply->hasRawHeader("Retry-After"))
                r.retryAfterMs = reply->rawHeader("Retry-After").toLongLong() * 1000;
            const QByteArray serverTime = reply->rawHeader("X-Server-Time");
            if (!serverTime.isEmpty() && m_db) {
                // Offset of the server's clock to ours, measured at the midpoint of the exchange.
                // Stored when it moved by more than a quarter second: not a commit per request.
                const qint64 now = Clock::nowMs();
                const qint64 offset = serverTime.toLongLong() - (sentAt + now) / 2;
                if (!m_clockOffset || qAbs(offset - *m_clockOffset) > 250) {
                    SyncEngine(*m_db).setClockOffset(offset);
                    m_clockOffset = offset;
                }
            }
            done(r);
        });
}

void SyncClient::finish(bool ok, const QString &code, const QString &message, int status)
{
    m_report.ok = ok;
    m_report.errorCode = code;
    m_report.message = message;
    m_report.httpStatus = status;
    if (m_db && !m_pairing) {
        SyncEngine engine(*m_db);
        m_report.historyDue = engine.catchUp().active;
        engine.recordAttempt(ok, code, message);
        if (code == u"revoked")
            engine.setRevoked(true);
    }
    m_busy = false;
    const SyncReport report = m_report;
    if (m_pairing) {
        m_pairing = false;
        emit pairFinished(report);
    } else {
        emit syncFinished(report);
    }
}

void SyncClient::failFrom(const Reply &r, const QString &what)
{
    if (r.status == 0) {
        finish(false,
               QStringLiteral("offline"),
               QStringLiteral("%1: server unreachable (%2)").arg(what, r.networkError));
        return;
    }
    const QString serverCode = r.body.value(QLatin1String("code")).toString();
    const QString serverMessage = r.body.value(QLatin1String("message")).toString();
    QString code = QStringLiteral("protocol");
    if (r.status == 401)
        code = QStringLiteral("unauthorized");
    else if (r.status == 403 && serverCode == u"device_revoked")
        code = QStringLiteral("revoked");
    else if (r.status == 429)
        code = QStringLiteral("rate_limited");
    else if (serverCode == u"clock_skew")
        code = QStringLiteral("clock");
    else if (r.status >= 500)
        code = QStringLiteral("server");
    m_report.retryAfterMs = r.retryAfterMs;
    finish(
        false,
        code,
        QStringLiteral("%1: HTTP %2 %3: %4").arg(what).arg(r.status).arg(serverCode, serverMessage),
        r.status);
}

Status SyncClient::checkServerUrl(const QString &serverUrl, bool allowInsecureHttp)
{
    const QUrl url(serverUrl.trimmed());
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
        || url.host().isEmpty())
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("server address must look like https://host:port"));
    const bool loopback = QHostAddress(url.host()).isLoopback()
                          || url.host().compare(u"localhost", Qt::CaseInsensitive) == 0;
    if (url.scheme() == u"http" && !loopback && !allowInsecureHttp)
        return fail(Error::Code::Unauthorized,
                    QStringLiteral("plain http:// to %1 would send the pairing code and this "
                                   "device's token unencrypted, readable by anyone on the "
                                   "network; use the server's https:// address, or allow "
                                   "unencrypted HTTP explicitly on a network you trust")
                        .arg(url.host()));
    return {};
}

void SyncClient::pair(const QString &serverUrl,
                      const QString &code,
                      const QString &deviceName,
                      bool allowInsecureHttp)
{
    if (m_busy) {
        emit pairFinished(SyncReport{.ok = false,
                                     .errorCode = QStringLiteral("busy"),
                                     .message = QStringLiteral("a sync is already running")});
        return;
    }
    m_report = {};
    m_pairing = true;
    m_busy = true;
    Database *db = database();
    if (!db) {
        finish(false, QStringLiteral("local"), QStringLiteral("cannot open the database"));
        return;
    }
    QString url = serverUrl.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    if (auto allowed = checkServerUrl(url, allowInsecureHttp); !allowed) {
        finish(false,
               allowed.error().code == Error::Code::Unauthorized ? QStringLiteral("insecure_http")
                                                                 : QStringLiteral("local"),
               allowed.error().detail);
        return;
    }
    // Kept only where it was needed: a later sync to this server in clear is then allowed.
    const bool inTheClear = allowInsecureHttp && !checkServerUrl(url, false);
    m_server = url;
    m_token.clear();
    const QJsonObject req{{QStringLiteral("code"), code.trimmed()},
                          {QStringLiteral("device_id"), db->deviceId()},
                          {QStringLiteral("device_name"), deviceName.left(100)}};
    call("POST",
         QStringLiteral("/api/v1/pair"),
         QJsonDocument(req).toJson(QJsonDocument::Compact),
         [this, url, inTheClear](const Reply &r) {
             if (r.status != 200) {
                 failFrom(r, QStringLiteral("pairing failed"));
                 return;
             }
             const QString token = r.body.value(QLatin1String("token")).toString();
             const QString vendor = r.body.value(QLatin1String("vendor"))
                                        .toObject()
                                        .value(QLatin1String("name"))
                                        .toString();
             if (token.isEmpty()) {
                 finish(false, QStringLiteral("protocol"), QStringLiteral("server sent no token"));
                 return;
             }
             if (auto s = SyncEngine(*m_db).storePairing(url, token, vendor, inTheClear); !s) {
                 finish(false, QStringLiteral("local"), s.error().detail);
                 return;
             }
             finish(true, {}, QStringLiteral("paired with %1 as %2").arg(url, vendor));
         });
}

void SyncClient::sync()
{
    if (m_busy) {
        emit syncFinished(SyncReport{.ok = false,
                                     .errorCode = QStringLiteral("busy"),
                                     .message = QStringLiteral("a sync is already running")});
        return;
    }
    m_report = {};
    m_busy = true;
    Database *db = database();
    if (!db) {
        finish(false, QStringLiteral("local"), QStringLiteral("cannot open the database"));
        return;
    }
    m_server = db->localSetting(keys::server());
    m_token = db->localSetting(keys::token()).toUtf8();
    m_next.clear();
    m_prefetched = false;
    m_sentUpTo = 0;
    m_pushesInFlight = 0;
    m_restart = nullptr;
    m_failure = nullptr;
    m_uploading = nullptr;
    m_afterUpload.clear();
    m_clockOffset.reset();
    m_ownSeqs.clear();
    m_historyPages = 0;
    if (m_server.isEmpty() || m_token.isEmpty()) {
        finish(false, QStringLiteral("not_paired"), QStringLiteral("this device is not paired"));
        return;
    }
    // Paired in clear without saying so (before this was asked): nothing is sent until it is
    // paired again.
    if (auto allowed = checkServerUrl(m_server, db->localSetting(keys::insecureHttp()) == u"1");
        !allowed) {
        finish(false,
               QStringLiteral("insecure_http"),
               allowed.error().detail + QStringLiteral("; pair this device again to choose"));
        return;
    }
    if (m_useSnapshot && SyncEngine(*db).wantsSnapshot())
        requestSnapshot();
    else
        pushNext();
}

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

Result<QList<Event>> SyncClient::pageEvents(const Reply &r)
{
    QList<Event> events;
    QByteArrayView rest;
    if (const auto slices = r.page.isEmpty() ? std::nullopt : splitEventsBody(r.page, &rest)) {
        // Parsing is a large share of a pulled page's time on this thread, which then writes
        // the page: the second half of a large page is parsed on a thread of its own meanwhile.
        const qsizetype half = slices->size() >= 64 ? slices->size() / 2 : slices->size();
        QList<Event> second;
        Status secondOk;
        std::thread other;
        if (half < slices->size())
            other = std::thread(
                [&] { secondOk = pulledEvents(*slices, half, slices->size(), second); });
        events.reserve(slices->size());
        const Status firstOk = pulledEvents(*slices, 0, half, events);
        if (other.joinable())
            other.join();
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
            auto page = pageEvents(r);
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

SyncReport SyncClient::syncBlocking(Database &db, int timeoutMs)
{
    SyncClient client(db);
    SyncReport out{false,
                   0,
                   0,
                   0,
                   0,
                   QStringLiteral("timeout"),
                   QStringLiteral("sync did not finish in time"),
                   0,
                   0};
    QEventLoop loop;
    connect(&client, &SyncClient::syncFinished, &loop, [&](const SyncReport &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &client, &SyncClient::sync);
    loop.exec();
    return out;
}

SyncReport SyncClient::pairBlocking(Database &db,
                                    const QString &serverUrl,
                                    const QString &code,
                                    const QString &deviceName,
                                    bool allowInsecureHttp)
{
    SyncClient client(db);
    SyncReport out{false,
                   0,
                   0,
                   0,
                   0,
                   QStringLiteral("timeout"),
                   QStringLiteral("pairing did not finish in time"),
                   0,
                   0};
    QEventLoop loop;
    connect(&client, &SyncClient::pairFinished, &loop, [&](const SyncReport &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QTimer::singleShot(
        0, &client, [&] { client.pair(serverUrl, code, deviceName, allowInsecureHttp); });
    loop.exec();
    return out;
}

} // namespace sk::sync
