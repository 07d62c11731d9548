#pragma once

#include "core/Database.h"
#include "core/model/Product.h"
#include "core/sync/SyncProtocol.h"

#include <QJsonObject>
#include <QSet>

#include <functional>

namespace sk::sync {

class PageWorker;

// Device-local keys (local_settings, never synced).
namespace keys {
inline QString server()
{
    return QStringLiteral("sync.server_url");
}
inline QString token()
{
    return QStringLiteral("sync.token");
}
inline QString vendor()
{
    return QStringLiteral("sync.vendor_name");
}
inline QString cursor()
{
    return QStringLiteral("sync.cursor");
}
inline QString lastSync()
{
    return QStringLiteral("sync.last_success_ms");
}
inline QString lastAttempt()
{
    return QStringLiteral("sync.last_attempt_ms");
}
inline QString lastError()
{
    return QStringLiteral("sync.last_error");
}
inline QString lastErrorCode()
{
    return QStringLiteral("sync.last_error_code");
}
inline QString clockOffset()
{
    return QStringLiteral("sync.clock_offset_ms");
}
inline QString revoked()
{
    return QStringLiteral("sync.revoked");
}
// The newest HLC of this device's own stock movements already compared with other devices'
// counts (stock_review_flags).
inline QString flaggedUpTo()
{
    return QStringLiteral("sync.flagged_up_to");
}
// A device that started from the server's snapshot fills in the history before it: pulled up
// to historyCursor, complete at historyUntil (the snapshot's cursor). Absent when none is due.
inline QString historyCursor()
{
    return QStringLiteral("sync.history_cursor");
}
inline QString historyUntil()
{
    return QStringLiteral("sync.history_until");
}
// "1" when the vendor allowed plain http:// to a server that is not on the loopback.
inline QString insecureHttp()
{
    return QStringLiteral("sync.insecure_http");
}
} // namespace keys

// Movements further than this from another device's count are trusted to be on the right side
// of it; within it they are flagged for review, the same on every device and on the server. A
// minute for the till itself, and twice the skew two clocks may each have to the server's (a
// device whose clock is further off cannot push).
constexpr qint64 kBaseSkewWindowMs = 60 * 1000;
constexpr qint64 kReviewWindowMs = kBaseSkewWindowMs + 2 * kMaxClockSkewMs;

// How a pulled event of one type changes this device's database. Runs inside the page's
// transaction (under a savepoint): a failure sets only this event aside. Must be idempotent on
// the record's own id, since the same record can reach a device twice (e.g. after a restore).
using ApplyHandler = std::function<Status(Database &, const Event &)>;

// Registry of apply handlers per event type: "sale", "product", "stock_movement",
// "market_day", "tax_category" and "tender_type" are built in; other areas add their types
// with a file-level
//   static const sk::sync::ApplyRegistration reg{"settings", applySettings};
// An event of a type nobody registered is kept in sync_deferred_events, never dropped.
struct ApplyRegistration
{
    ApplyRegistration(const char *type, ApplyHandler handler);
};
ApplyHandler applyHandler(const QString &type);

struct OutboxEvent
{
    qint64 seq = 0;
    QString id;
    QString type;
    QByteArray payload; // the envelope as stored (compact JSON)
};

// The server's snapshot for a new device (GET /api/v1/snapshot, format at kSnapshotSchema).
struct SnapshotStock
{
    QString productId;
    Milli level = 0;
    qint64 hlc = 0; // the newest movement the level covers
};
struct Snapshot
{
    qint64 cursor = 0;
    QList<Event> events; // catalog, tax, tenders, market days, with their numbers
    QList<SnapshotStock> stock;
};

// How far a device that started from a snapshot has filled in the history before it.
struct CatchUp
{
    bool active = false;
    qint64 done = 0;  // the vendor's events pulled so far, by number
    qint64 total = 0; // up to this number (the snapshot's cursor)
};

struct SyncState
{
    bool paired = false;
    bool revoked = false;
    QString serverUrl;
    QString vendorName;
    qint64 lastSuccessMs = 0;
    qint64 lastAttemptMs = 0;
    QString lastError; // empty after a successful sync
    QString lastErrorCode;
    qint64 pending = 0;      // events waiting to be pushed
    qint64 pendingSales = 0; // of which sales, voids and refunds
    qint64 rejected = 0;     // set aside by the server; shown to the vendor
    qint64 setAside = 0;     // pulled here and set aside (setAsideEvents)
    qint64 clockOffsetMs = 0;
    qint64 cursor = 0;
    qint64 reviewFlags = 0; // open stock review flags
    CatchUp catchUp;
};

struct RejectedEvent
{
    QString id;
    QString type;
    qint64 createdAt = 0; // when it was made (pushed) or arrived (pulled)
    QString reason;
    QByteArray payload;
};

struct ReviewFlag
{
    QString movementId, countId, productId;
    qint64 distanceMs = 0, windowMs = 0;
};

// What sync does to a device database, without the network: which outbox events go next, how
// acknowledgements and rejections are recorded, and how a pulled page is applied with its cursor
// in one transaction. SyncClient drives it over HTTP; tests drive it directly.
class SyncEngine
{
public:
    explicit SyncEngine(Database &db);
    // Checks a pulled page's sales on `worker` while this thread writes (SyncClient's worker);
    // without one they are checked here. The worker must outlive the engine.
    void setWorker(PageWorker *worker) { m_worker = worker; }

    // The oldest events not yet acknowledged nor rejected, at most `max`, after outbox seq
    // `afterSeq` (the client skips what it already has in flight).
    Result<QList<OutboxEvent>> pendingBatch(int max, qint64 afterSeq = 0);
    // Body of a push request for these events (the stored envelopes, not re-serialised).
    static QByteArray pushBody(const QList<OutboxEvent> &events);
    // Record the server's answer: acknowledged ids are marked sent (one statement for the whole
    // batch), rejected ones set aside with the reason; both in one transaction. Ids the server
    // did not mention stay pending.
    Status recordPushResult(const QStringList &acked, const QList<Rejection> &rejected);
    // The same for an answer to a push of `sent`: its acknowledged events are marked sent by
    // their outbox numbers (a range per run of consecutive numbers) rather than looked up by id.
    Status recordPushResult(const QList<OutboxEvent> &sent,
                            const QStringList &acked,
                            const QList<Rejection> &rejected);

    // Apply a page pulled from the server and store `nextCursor`, all in one transaction.
    // Returns how many events were new here (applied or deferred).
    Result<int> applyPage(const QList<Event> &events, qint64 nextCursor);

    // A new device (nothing pulled, sold or moved yet, cursor at the start) starts from the
    // server's snapshot instead of pulling every sale first.
    bool wantsSnapshot();
    // Reads the snapshot's JSON strictly (schema, numbers, ids); the events are checked like
    // any pulled event when applied.
    static Result<Snapshot> parseSnapshot(const QJsonObject &body);
    // In one transaction: the snapshot's events applied as a pull applies them, its stock
    // levels kept in stock_snapshot (StockLedger counts each as standing at its HLC), the
    // cursor moved to the snapshot's, and the history up to it marked as due.
    Result<int> applySnapshot(const Snapshot &snapshot);
    CatchUp catchUp();
    // A page of the history (pulled from catchUp().done): applied like any page, the history
    // cursor moved; once it reaches the snapshot's cursor (or the server has no more) the
    // snapshot's levels are dropped and stock comes from the movements alone.
    Result<int> applyHistoryPage(const QList<Event> &events, qint64 nextCursor, bool more);

    Result<SyncState> state();
    // Events this device made that the server refused (set aside in the outbox).
    Result<QList<RejectedEvent>> rejectedEvents();
    // Events pulled from the server and set aside here: refused by the checks (reason
    // "invalid: ..."), of a type this version does not know, or waiting for what they refer to.
    // Never applied until they pass; kept so that nothing pulled is lost.
    Result<QList<RejectedEvent>> setAsideEvents();
    Result<QList<ReviewFlag>> reviewFlags();
    // Put a rejected event back in the queue (after the cause was fixed on the server side).
    Status retryRejected(const QString &eventId);

    // Pairing state.
    Status storePairing(const QString &serverUrl,
                        const QString &token,
                        const QString &vendor,
                        bool insecureHttp = false);
    // Forget the server and token. Events still waiting stay in the outbox (exportPending keeps a
    // copy for the vendor); the cursor is reset so a new pairing pulls everything.
    Status unpair();
    // Write every event not yet acknowledged (pending and rejected) to a JSON file.
    Result<qint64> exportPending(const QString &path);
    Status setClockOffset(qint64 offsetMs);
    Status recordAttempt(bool success, const QString &errorCode, const QString &message);
    Status setRevoked(bool revoked);
    qint64 cursor();

private:
    // The events of a page, each applied, set aside or skipped as already here, inside the
    // caller's transaction, which must hold no writes of its own yet (a page a handler fails
    // on is applied again from the transaction's start); then the set-aside ones tried again
    // and the review flags raised.
    Result<int> applyEvents(const QList<Event> &events);
    // A pulled page applied in a transaction of its own (with the apply settings), with
    // `progress` (the cursor it moves) committed together: the events that were new.
    Result<int> applyInTransaction(const QList<Event> &events,
                                   const std::function<Status()> &progress);
    // Flags the movements within kReviewWindowMs of another device's count for `products` and
    // for the products of this device's own movements since the last pass.
    Status flagMovementsNearCounts(QSet<QString> products);
    Status
    markPushed(QList<qint64> seqs, const QStringList &ackedIds, const QList<Rejection> &rejected);

    Database &m_db;
    PageWorker *m_worker = nullptr;
};

} // namespace sk::sync
