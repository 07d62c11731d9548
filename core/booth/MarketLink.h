#pragma once

#include "Database.h"

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

private:
    Result<QJsonObject>
    call(const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    Database &m_db;
    int m_timeoutMs;
};

} // namespace sk::booth
