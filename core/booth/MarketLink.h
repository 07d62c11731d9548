#pragma once

#include "core/Database.h"
#include "core/Money.h"
#include "core/booth/BoothTypes.h"

#include <QJsonArray>
#include <QJsonObject>

// What a paired device asks the server about markets (docs/market-office.md, the
// /api/v1/market/... endpoints), through the server and token its sync uses. Each call waits
// for its answer, running the event loop meanwhile.

namespace sk::booth {

struct JoinedMarket
{
    QString id;
    QString name;
};

// Device-local settings: the markets this vendor joined (JSON), and whether this device is a
// market manager's booth.
inline QString joinedMarketsKey()
{
    return QStringLiteral("market.joined");
}

class MarketLink
{
public:
    explicit MarketLink(Database &db, int timeoutMs = 30000);

    // A vendor's device joins a market with the code its manager gave; remembered here.
    Result<JoinedMarket> join(const QString &code);
    // The markets the server says this device's vendor is in (or, for a booth, its market),
    // remembered here; `manager` tells which.
    Result<QList<JoinedMarket>> refresh(bool *manager = nullptr);
    // The markets as last remembered.
    QList<JoinedMarket> remembered();
    // A booth: the member vendors, and their slips and fee reports for a day, kept in
    // booth_slips. Returns how many were read.
    Result<QJsonArray> vendors();
    Result<int> fetchSlips(const QString &day);
    // A vendor: the statements the markets made out to it.
    Result<QJsonArray> statements();
    // A booth: the incentive the server holds for sale `txnId` against the customer's caps,
    // counted over every booth device of the market (app/server/MarketCaps.cpp); and giving
    // it back when the sale did not happen.
    Result<Minor> reserveIncentive(const QString &txnId,
                                   const QString &customerRef,
                                   const QString &marketDay,
                                   Minor snapAmount);
    Status releaseIncentive(const QString &txnId);

private:
    Result<QJsonObject>
    call(const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    Database &m_db;
    int m_timeoutMs;
};

// A SNAP sale at a booth paired with the server: the incentive is reserved on the server first,
// so the caps hold across the market's booth devices, and the sale gives the lesser of that and
// this device's own quote. When the server cannot be reached the sale goes ahead on what this
// device knows and `*offline` says so: the manager is told, and any overrun shows in
// BoothLedger::capExceptions on every booth device once they have synced. A sale the server
// refuses is not made. Unpaired: this device's quote alone.
Result<BoothTxn> sellSnapReserved(Database &db,
                                  const QString &customerRef,
                                  const QString &marketDay,
                                  Minor snapAmount,
                                  const QString &approval,
                                  bool *offline = nullptr);

} // namespace sk::booth
