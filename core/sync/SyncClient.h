#pragma once

#include "core/Database.h"
#include "core/sync/PageWorker.h"
#include "core/sync/SyncEngine.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sk::sync {

struct SyncReport
{
    bool ok = false;
    int pushed = 0;   // events the server acknowledged in this run
    int rejected = 0; // events the server refused as invalid (set aside)
    int pulled = 0;   // events received from the server
    int applied = 0;  // of those, new on this device
    // offline, unauthorized, revoked, rate_limited, clock (this device's clock is too far off
    // the server's), server, protocol, local
    QString errorCode;
    QString message;
    int httpStatus = 0;
    qint64 retryAfterMs = 0; // what the server asked for (429), 0 if nothing
    int pulls = 0;           // pull requests answered
    bool historyDue = false; // a new device's history is not all here yet: sync again soon
};

// Talks to stallkeeper-server for one device database over HTTP(S): pairing, then push of the
// outbox in batches and pull of other devices' events in pages (see SyncEngine for what each
// answer does to the database). Asynchronous on QNetworkAccessManager; lives in the thread it
// was created in (SyncService puts it on a worker thread; the CLI runs it in its own loop).
// One operation at a time: a call while one is running is refused with errorCode "busy".
class SyncClient : public QObject
{
    Q_OBJECT
public:
    // Uses `db` (same thread) for everything.
    explicit SyncClient(Database &db, QObject *parent = nullptr);
    // Opens its own connection to `dbPath` on first use, in the thread it runs in.
    explicit SyncClient(const QString &dbPath, QObject *parent = nullptr);
    ~SyncClient() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setBatchSize(int events) { m_batchSize = events; }
    void setPageSize(int events) { m_pageSize = events; }
    // At most this many pages of a new device's history per run (0: all of it), so that a
    // background sync hands the database back between runs.
    void setHistoryPagesPerRun(int pages) { m_historyPagesPerRun = pages; }
    // Whether a new device asks for the server's snapshot first (the default) or pulls every
    // event from the start.
    void setUseSnapshot(bool use) { m_useSnapshot = use; }
    // Extra trusted certificates (a self-signed server); also read from local setting
    // sync.ca_file when present.
    void setCaCertificates(const QList<QSslCertificate> &certs) { m_ca = certs; }
    bool busy() const { return m_busy; }

    // Synchronous helpers for the CLI and tests: run an event loop until the operation ends.
    static SyncReport syncBlocking(Database &db, int timeoutMs = 30000);
    static SyncReport pairBlocking(Database &db,
                                   const QString &serverUrl,
                                   const QString &code,
                                   const QString &deviceName,
                                   bool allowInsecureHttp = false);
    // Whether this device may talk to `serverUrl`: http:// or https:// with a host, and plain
    // http:// only to the loopback (a reverse proxy on this machine) unless allowed explicitly:
    // anywhere else the pairing code and the token would cross the network in clear.
    static Status checkServerUrl(const QString &serverUrl, bool allowInsecureHttp);

public slots:
    // `allowInsecureHttp`: the vendor said plain http:// to another machine is fine (kept with
    // the pairing; without it such a server is refused, also by later syncs).
    void pair(const QString &serverUrl,
              const QString &code,
              const QString &deviceName,
              bool allowInsecureHttp = false);
    void sync();

signals:
    void pairFinished(const sk::sync::SyncReport &report);
    void syncFinished(const sk::sync::SyncReport &report);
    void progressed(int pushed, int pulled);
    // A new device applied the server's snapshot: it can sell; the history follows.
    void snapshotApplied(qint64 cursor);
    // The history before the snapshot, by the vendor's event numbers: `done` of `total`.
    void catchingUp(qint64 done, qint64 total);

private:
    struct Reply
    {
        int status = 0;
        QJsonObject body;
        QString networkError;
        qint64 retryAfterMs = 0;
        // A page of events (pull): the answer as received, its events read from it one by one
        // (`body` holds the other members).
        QByteArray page;
    };
    Database *database();
    // `eventsPage`: the answer is {"events": [...], ...} (a pull): its events are kept as the
    // bytes they came in (Reply::page) rather than parsed into one tree here.
    void call(const QByteArray &verb,
              const QString &path,
              const QByteArray &body,
              std::function<void(const Reply &)> done,
              bool eventsPage = false);
    void pushNext();
    // After an answer: the next push, or the pending restart (m_restart) once no push is in
    // flight (the pushes still out are answered and recorded first).
    void pushOn();
    bool prefetch();
    void pushAnswered(const QList<OutboxEvent> &events, const Reply &r);
    // Ends the run with `failure` once no request is in flight (answers still on their way are
    // then dropped; what they acknowledged is simply sent again next time).
    void failSoon(std::function<void()> failure);
    // Local work of the push pipeline (reading the next batch, recording an answer) waits until
    // the request in flight has handed its body over: Qt feeds an upload from this thread, so
    // a commit here would hold the body back while the server waits for it.
    void afterUpload(std::function<void()> work);
    void runAfterUpload(QNetworkReply *reply);
    void pullNext();
    void requestSnapshot();
    void historyNext();
    // One page of events after `since`: new ones, or (`history`) the history a new device
    // fills in after the snapshot.
    void pullFrom(qint64 since, bool history);
    // The events of a pull answer, or a message saying what was malformed. Half of a large
    // page is parsed on the pull's worker meanwhile.
    static Result<QList<Event>> pageEvents(const Reply &r, PageWorker &worker);
    // The pull's worker thread (PageWorker), started with the first page that uses it.
    PageWorker &worker();
    qint64 pastOwnEvents(qint64 cursor) const;
    void finish(bool ok, const QString &code = {}, const QString &message = {}, int status = 0);
    // Starts a pairing or a sync run: the database, or null when it cannot start (busy, or no
    // database; its end is then signalled).
    Database *startRun(bool pairing);
    void failFrom(const Reply &r, const QString &what);

    // Longest Retry-After (429, 503) a run waits out before it sends again; a longer one ends
    // the run (the service then backs off).
    static constexpr qint64 kMaxRateWaitMs = 5000;

    std::unique_ptr<Database> m_own;
    Database *m_db = nullptr;
    QString m_dbPath;
    QNetworkAccessManager *m_nam = nullptr;
    QList<QSslCertificate> m_ca;
    int m_timeoutMs = 20000;
    int m_batchSize = limits::kDefaultPushEvents;
    // Push pipeline: while the server checks and stores one batch the next is read from the
    // outbox and sent, up to kPushWindow requests in flight, their bodies uploaded one at a time
    // in outbox order. Events of a batch that fails are sent again later; the server
    // acknowledges a repeat as such. Three in flight: on loopback 10-15 % faster than two (the
    // server checks one batch while it stores another), over a 50 ms round trip 30 %; four
    // only added CPU contention on a two-core machine.
    static constexpr int kPushWindow = 3;
    QList<OutboxEvent> m_next;
    bool m_prefetched = false;
    qint64 m_sentUpTo = 0; // outbox seq of the last event sent in this run
    int m_inFlight = 0;
    int m_pushesInFlight = 0;
    // Sending again from the oldest pending event (smaller batches, or after a wait) once the
    // pushes in flight have been answered.
    std::function<void()> m_restart;
    std::function<void()> m_failure;
    QNetworkReply *m_uploading = nullptr; // the request whose body is being handed over
    QList<std::function<void()>> m_afterUpload;
    std::optional<qint64> m_clockOffset; // last stored in this run
    // Where this run's pushes went in the vendor's sequence (first -> last, from the answers):
    // only this device's events, so a pull need not read them back.
    QMap<qint64, qint64> m_ownSeqs;
    int m_pageSize = limits::kDefaultPullPage;
    int m_historyPagesPerRun = 0;
    bool m_useSnapshot = true;
    int m_historyPages = 0;
    bool m_busy = false;
    bool m_pairing = false;
    QString m_server;
    QByteArray m_token;
    SyncReport m_report;
    std::unique_ptr<PageWorker> m_worker;
};

} // namespace sk::sync

Q_DECLARE_METATYPE(sk::sync::SyncReport)
