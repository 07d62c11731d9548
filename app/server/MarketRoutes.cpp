#include "app/server/SyncServer.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

// SyncServer's /api/v1/market/... handlers. A vendor's device joins a market with its join code
// and reads the statements the market made out to it; a manager's device (paired to the
// market's office) lists its vendors and reads their turn-in slips and fee reports of one
// market day. Each side is refused what belongs to the other (403), and every read is scoped
// by the token's own vendor or market, never by a parameter.

namespace sk::server {

namespace {

QJsonObject marketJson(const Market &m)
{
    return {{QStringLiteral("id"), m.id}, {QStringLiteral("name"), m.name}};
}

} // namespace

SyncServer::Response SyncServer::market(const QHttpServerRequest &request,
                                        const DeviceInfo &device,
                                        const QString &endpoint)
{
    using M = QHttpServerRequest::Method;
    const bool get = request.method() == M::Get;
    const auto notForManager = [&] {
        return error(403,
                     QStringLiteral("vendor_only"),
                     QStringLiteral("a market manager's device cannot do this"));
    };
    const auto managerOnly = [&] {
        return error(403,
                     QStringLiteral("manager_only"),
                     QStringLiteral("only a market manager's device reads this"));
    };
    const auto wrongMethod = [&] {
        return error(405,
                     QStringLiteral("method_not_allowed"),
                     QStringLiteral("/market/%1 does not take this method").arg(endpoint.left(40)));
    };
    if (endpoint == u"join") {
        if (request.method() != M::Post)
            return wrongMethod();
        if (device.manager())
            return notForManager();
        if (auto refused = tooManyAttempts(request, QStringLiteral("join")))
            return *refused;
        QJsonObject o;
        if (auto refused = readObject(request.body(), {QStringLiteral("code")}, &o))
            return *refused;
        const QJsonValue code = o.value(QLatin1String("code"));
        if (!code.isString() || code.toString().size() > 64)
            return error(
                400, QStringLiteral("wrong_type"), QStringLiteral("code must be a string"));
        auto m = m_store.joinMarket(device.vendorId, code.toString());
        if (!m) {
            if (m.error().code == Error::Code::Unauthorized)
                return error(401, QStringLiteral("invalid_code"), m.error().detail);
            return fromStoreError(m.error());
        }
        return json({{QStringLiteral("market"), marketJson(*m)}});
    }
    if (endpoint == u"reserve" || endpoint == u"release") {
        // A booth sale's incentive, held against the customer's caps across the market's booth
        // devices (MarketCaps.cpp), or given back when the sale did not happen.
        if (request.method() != M::Post)
            return wrongMethod();
        if (!device.manager())
            return managerOnly();
        const bool reserve = endpoint == u"reserve";
        QJsonObject o;
        const QStringList keys = reserve ? QStringList{QStringLiteral("txn_id"),
                                                       QStringLiteral("customer_ref"),
                                                       QStringLiteral("market_day"),
                                                       QStringLiteral("snap_amount")}
                                         : QStringList{QStringLiteral("txn_id")};
        if (auto refused = readObject(request.body(), keys, &o))
            return *refused;
        for (const QString &k : keys)
            if (!o.value(k).isString())
                return error(400,
                             QStringLiteral("wrong_type"),
                             QStringLiteral("%1 must be a string").arg(k));
        const QString txn = o.value(QLatin1String("txn_id")).toString();
        if (!reserve) {
            if (auto r = m_store.releaseIncentive(device.marketId, txn); !r)
                return fromStoreError(r.error());
            return json({{QStringLiteral("released"), txn}});
        }
        bool ok = false;
        const Minor snap = o.value(QLatin1String("snap_amount")).toString().toLongLong(&ok);
        if (!ok)
            return error(400,
                         QStringLiteral("wrong_type"),
                         QStringLiteral("snap_amount is minor units written as a whole number"));
        auto r = m_store.reserveIncentive(device.marketId,
                                          device.id,
                                          txn,
                                          o.value(QLatin1String("customer_ref")).toString(),
                                          o.value(QLatin1String("market_day")).toString(),
                                          snap);
        if (!r)
            return fromStoreError(r.error());
        return json(*r);
    }
    if (!get)
        return wrongMethod();
    if (endpoint == u"mine") {
        if (device.manager())
            return json({{QStringLiteral("role"), QStringLiteral("manager")},
                         {QStringLiteral("markets"),
                          QJsonArray{QJsonObject{{QStringLiteral("id"), device.marketId},
                                                 {QStringLiteral("name"), device.marketName}}}}});
        auto list = m_store.marketsOfVendor(device.vendorId);
        if (!list)
            return fromStoreError(list.error());
        QJsonArray a;
        for (const Market &m : *list)
            a.append(marketJson(m));
        return json(
            {{QStringLiteral("role"), QStringLiteral("vendor")}, {QStringLiteral("markets"), a}});
    }
    if (endpoint == u"statements") {
        if (device.manager())
            return notForManager();
        auto list = m_store.vendorStatements(device.vendorId);
        if (!list)
            return fromStoreError(list.error());
        return json({{QStringLiteral("statements"), *list}});
    }
    if (endpoint == u"vendors") {
        if (!device.manager())
            return managerOnly();
        auto list = m_store.marketVendors(device.marketId);
        if (!list)
            return fromStoreError(list.error());
        QJsonArray a;
        for (const Vendor &v : *list)
            a.append(QJsonObject{{QStringLiteral("id"), v.id}, {QStringLiteral("name"), v.name}});
        return json({{QStringLiteral("vendors"), a}});
    }
    if (endpoint == u"slips") {
        if (!device.manager())
            return managerOnly();
        const QUrlQuery q(request.url());
        for (const auto &[k, v] : q.queryItems())
            if (k != u"date")
                return error(400,
                             QStringLiteral("unknown_field"),
                             QStringLiteral("unknown parameter \"%1\"").arg(k.left(40)));
        const QString date = q.queryItemValue(QStringLiteral("date"));
        auto list = m_store.marketShared(device.marketId, date);
        if (!list)
            return fromStoreError(list.error());
        return json({{QStringLiteral("market"),
                      QJsonObject{{QStringLiteral("id"), device.marketId},
                                  {QStringLiteral("name"), device.marketName}}},
                     {QStringLiteral("date"), date},
                     {QStringLiteral("shared"), *list}});
    }
    return error(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint"));
}

} // namespace sk::server
