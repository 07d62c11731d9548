#pragma once

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

} // namespace sk::booth
