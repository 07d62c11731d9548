#pragma once

#include "core/Error.h"
#include "core/sync/SaleEventReader.h"
#include "core/sync/SyncProtocol.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <memory>

namespace sk::server {

class StoreConnection;

struct Vendor
{
    QString id;
    QString name;
};

struct DeviceInfo
{
    QString id;
    QString vendorId;
    QString vendorName;
    QString name;
    qint64 pairedAt = 0;
    qint64 lastSeenAt = 0;
    bool revoked = false;
    qint64 clockOffsetMs = 0;  // how far its clock was ahead of the server's (negative: behind)
    qint64 clockCheckedAt = 0; // when that was measured (0: never)
    // A market manager's device (paired to the market's office): its market, else empty.
    QString marketId;
    QString marketName;
    bool manager() const { return !marketId.isEmpty(); }
};

// A market: its office is a vendor row of its own (its managers' devices sync through it),
// its member vendors joined with the market's join code (MarketStore.cpp).
struct Market
{
    QString id;
    QString name;
    QString officeVendorId;
};

struct PairResult
{
    QString token;
    DeviceInfo device;
};

// A pushed event that passed the envelope and data checks, with the record those parsed: a
// sale the quick reader took has its rows (views into event.canonicalJson), anything else its
// parsed data.
struct IncomingEvent
{
    sync::Event event;
    sync::ParsedData parsed;
    std::optional<sync::SaleRows> saleRows;
};

struct PushOutcome
{
    QStringList acked;               // ids the server now holds (new or already held)
    QList<sync::Rejection> rejected; // refused events, with a reason
    int stored = 0;                  // of the acked, how many were new
    bool conflict = false;           // an id was already held with a different payload
    // The vendor's sequence numbers it took: firstSeq to firstSeq + stored - 1, one run, since
    // a vendor's pushes are stored one after the other (0: none).
    qint64 firstSeq = 0;
};

// One device's push, as ServerStore::pushAll takes several in one transaction.
struct PushBatch
{
    DeviceInfo device;
    QList<IncomingEvent> events;
};

struct PullPage
{
    QByteArray eventsJson; // JSON array of envelopes with their "seq"
    int count = 0;
    qint64 next = 0;
    bool more = false;
};

// What a newly paired device starts from (GET /api/v1/snapshot): the vendor's catalog, tax,
// tender and market day events up to `cursor`, and each product's stock level at that point.
struct Snapshot
{
    qint64 cursor = 0;     // the vendor's sequence number the snapshot stands at
    QByteArray eventsJson; // JSON array of envelopes with their "seq"
    QByteArray stockJson;  // JSON array of {product_id, level, hlc}
    int events = 0;
    int products = 0;
    bool retry = false; // events up to the cursor are still being stored: ask again shortly
    QString tooLarge;   // why no snapshot is given (the device then pulls everything)
};

// The server's store: vendors, devices, pairing codes, every event each vendor's devices pushed
// (once, keyed by id, numbered by a per-vendor sequence) and read-only projections of sales and
// stock for the vendor's views (written after the push; see project()). SQLite (a file) or
// PostgreSQL (QPSQL), with the same schema and numbered migrations. The process keeps nothing else,
// so several servers can share one PostgreSQL: the per-vendor sequence is taken under a lock on the
// vendor's row in the same transaction as the events, so numbers commit in order and a cursor never
// skips one. One ServerStore per thread (it owns one connection).
class ServerStore
{
public:
    // `spec`: a file path (SQLite) or postgresql://user[:password]@host[:port]/database.
    static Result<std::unique_ptr<ServerStore>> open(const QString &spec);
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    bool isPostgres() const;
    // SQLite: this connection's commits stop waiting for the WAL to reach the disk (synchronous
    // NORMAL, still atomic and consistent); the caller syncs the WAL file, whose path is
    // returned, before it tells anyone that a commit happened. An empty path for PostgreSQL,
    // whose commits are durable as they return.
    Result<QString> leaveSyncToCaller();
    // What open() was given: another connection to the same store opens with it.
    const QString &spec() const;
    static constexpr int kSchemaVersion = 9;
    // The connection, for the order page's store (ShopStore.cpp), which keeps its own tables.
    StoreConnection &connection();

    // Administration.
    Result<Vendor> addVendor(const QString &name);
    Result<QList<Vendor>> vendors();
    Result<Vendor> vendorByName(const QString &name);
    // A one-time pairing code for the vendor ("ABCD-EFGH-JKMN"), valid for `ttlHours`.
    Result<QString> createPairCode(const QString &vendorName, int ttlHours = 24);
    Result<QList<DeviceInfo>> devices(const QString &vendorName);
    Status revoke(const QString &deviceId);

    // Markets (MarketStore.cpp). A market's managers pair with pairCodeForMarket(); vendors
    // join with its join code. What a market reads of its vendors: their turn-in slips and fee
    // reports naming it (marketShared), never anything else of theirs.
    Result<Market> addMarket(const QString &name);
    Result<QList<Market>> markets();
    Result<Market> marketByName(const QString &nameOrId);
    Result<QString> createJoinCode(const QString &market, int ttlHours = 24 * 7);
    Result<QString> pairCodeForMarket(const QString &market, int ttlHours = 24);
    Result<Market> joinMarket(const QString &vendorId, const QString &code);
    Result<QList<Market>> marketsOfVendor(const QString &vendorId);
    Result<QList<Vendor>> marketVendors(const QString &marketId);
    Result<QJsonArray> marketShared(const QString &marketId, const QString &date);
    Result<QJsonArray> vendorStatements(const QString &vendorId);
    // The incentive's caps across a market's booth devices (MarketCaps.cpp). A hold lives until
    // its sale arrives, its device releases it or closes the market day, or kHoldLifetimeMs
    // pass on the server's own clock (holdClock: the wall clock; tests move it).
    static constexpr qint64 kHoldLifetimeMs = 30 * 60 * 1000;
    static void setHoldClock(std::function<qint64()> clock);
    Result<QJsonObject> reserveIncentive(const QString &marketId,
                                         const QString &deviceId,
                                         const QString &txnId,
                                         const QString &customerRef,
                                         const QString &marketDay,
                                         Minor snapAmount);
    Status releaseIncentive(const QString &marketId, const QString &txnId);

    // API. A code pairs one device; that device may use it again while it lives and until it
    // has used its token (the answer was lost): a new token, the earlier one refused.
    Result<PairResult>
    pair(const QString &code, const QString &deviceId, const QString &deviceName);
    // The device a bearer token belongs to; Unauthorized when unknown or wrong, Conflict when
    // the device was revoked.
    Result<DeviceInfo> authenticate(const QByteArray &token);
    // The offset of a device's clock to the server's (ms ahead), measured at `at`.
    Status recordClock(const QString &deviceId, qint64 offsetMs, qint64 at);
    // Stores a batch in one transaction: repeats are found with one query per chunk of ids, the
    // new events go in as multi-row inserts (their sales and stock rows later: project()).
    Result<PushOutcome> push(const DeviceInfo &device, const QList<IncomingEvent> &events);
    // Several pushes, in this order, in one transaction (one commit, one sync to disk): an
    // outcome per batch, or one error for all of them (nothing stored). `beforeCommit` sees
    // the outcomes while the rows are still invisible to other connections.
    Result<QList<PushOutcome>>
    pushAll(const QList<PushBatch> &batches,
            const std::function<void(const QList<PushOutcome> &)> &beforeCommit = {});
    // Events after `since`, up to `limit` of them, and none from `unsyncedFloor()` on (a
    // sequence number, 0 for none), asked once the read's snapshot is taken.
    Result<PullPage> pull(const DeviceInfo &device,
                          qint64 since,
                          int limit,
                          const std::function<qint64()> &unsyncedFloor = {});
    // The device's vendor's snapshot (ServerSnapshot.cpp): at most `maxEvents` events and
    // `maxProducts` stock levels (else `tooLarge` says why); nothing from `unsyncedFloor()` on.
    Result<Snapshot> snapshot(const DeviceInfo &device,
                              int maxEvents,
                              int maxProducts,
                              const std::function<qint64()> &unsyncedFloor = {});
    Result<QJsonObject>
    sales(const QString &vendorId, qint64 fromMs, qint64 toMs, int limit, int offset);
    Result<QJsonObject> sale(const QString &vendorId, const QString &saleId);
    Result<QJsonObject> stock(const QString &vendorId);
    Result<qint64> eventCount(const QString &vendorId);

    // The sales and stock movements rows of the stored events (the views above read them) are
    // written after the push, by these, each call one transaction. project(): up to
    // `maxEvents` more of the vendor's events; projectSome(): the same for a vendor that is
    // behind; both return how many events they passed (0: none left). catchUp(): all of the
    // vendor's, as sales() and stock() do before they read.
    Result<int> project(const QString &vendorId, int maxEvents);
    Result<int> projectSome(int maxEvents);
    Status catchUp(const QString &vendorId);
    // How many of the vendor's stored events are not in those rows yet.
    Result<qint64> projectionLag(const QString &vendorId);
    static constexpr int kProjectionSlice = 2000;

private:
    friend class ShopStore; // an order's event goes in with its own checks, in one transaction
    ServerStore();
    Status migrate();
    // One push's rows, inside the caller's transaction.
    Result<PushOutcome> pushRows(const DeviceInfo &device, const QList<IncomingEvent> &events);

    std::unique_ptr<StoreConnection> m_db;
};

} // namespace sk::server
