#pragma once

#include "core/Catalog.h"
#include "core/Database.h"
#include "core/booth/BoothTypes.h"

// The booth's rows (migration 15, booth/SchemaBooth.cpp), written the same way for a record
// made here and one pulled from the market's other booth devices (BoothStore.cpp registers the
// handlers of the pulled events). Inserts are idempotent on the record's id; kinds, the
// settings and statements keep the newest HLC.

namespace sk::booth {

namespace events {
inline QString kind()
{
    return QStringLiteral("booth_kind");
}
inline QString config()
{
    return QStringLiteral("booth_config");
}
inline QString txn()
{
    return QStringLiteral("booth_txn");
}
inline QString move()
{
    return QStringLiteral("booth_move");
}
inline QString turnIn()
{
    return QStringLiteral("booth_turnin");
}
inline QString close()
{
    return QStringLiteral("booth_close");
}
inline QString statement()
{
    return QStringLiteral("booth_statement");
}
} // namespace events

Status storeKind(Database &db, const TokenKind &k);
Status storeConfig(Database &db, const BoothConfig &c);
Status storeTxn(Database &db, const BoothTxn &t);
Status storeMove(Database &db, const TokenMove &m);
Status storeTurnIn(Database &db, const TurnIn &t);
Status storeClose(Database &db, const BoothClose &c);
Status storeClose(Database &db, const BoothClose &c, const QJsonObject &record);
// A statement record (booth/Reimbursement.h) with its id, market_day, vendor_id and hlc.
Status storeStatement(Database &db, const QJsonObject &record);

// Stamps a record made here, now: a new id, this device, the clock and, where the record has
// one, the time it was made.
template<typename Record>
void stampNew(Record &r, Database &db)
{
    r.id = newUuid7();
    r.deviceId = db.deviceId();
    if constexpr (requires { r.createdAt; })
        r.createdAt = Clock::nowMs();
    r.hlc = Database::hlc().now();
}

// A new record of this device for the market day `day`.
template<typename Record>
Record newRecord(Database &db, const QString &day)
{
    Record r;
    stampNew(r, db);
    r.marketDay = day;
    return r;
}

// A record made here: stored by `store` and queued to sync as an event of `type` named
// `eventId`, inside the caller's transaction.
template<typename Record>
Status storeAndQueue(Database &db,
                     Status (*store)(Database &, const Record &),
                     const Record &r,
                     const QString &type,
                     const QString &eventId)
{
    if (auto s = store(db, r); !s)
        return s;
    return appendOutbox(db, type, eventId, r.hlc, r.toJson());
}

// `write` in a transaction of its own, committed when it succeeds.
template<typename Write>
Status inOwnTransaction(Database &db, Write write)
{
    Transaction tx(db);
    if (auto b = tx.begun(); !b)
        return b;
    if (auto s = write(); !s)
        return s;
    return tx.commit();
}

} // namespace sk::booth
