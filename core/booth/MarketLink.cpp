#include "core/booth/MarketLink.h"

#include "core/Ids.h"
#include "core/booth/BoothLedger.h"
#include "core/sync/SyncEngine.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace sk::booth {

MarketLink::MarketLink(Database &db, int timeoutMs)
    : m_db(db)
    , m_timeoutMs(timeoutMs)
{}

Result<QJsonObject>
MarketLink::call(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    const QString server = m_db.localSetting(sync::keys::server());
    const QByteArray token = m_db.localSetting(sync::keys::token()).toUtf8();
    if (server.isEmpty() || token.isEmpty())
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("pair this device with the server first (Settings, Sync)"));
    QNetworkAccessManager nam;
    QUrl url(server + QStringLiteral("/api/v1/") + path);
    QNetworkRequest req(url);
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Authorization", "Bearer " + token);
    req.setRawHeader("X-Device-Time", QByteArray::number(Clock::nowMs()));
    if (url.scheme() == u"https") {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        const QString caFile = m_db.localSetting(QStringLiteral("sync.ca_file"));
        if (!caFile.isEmpty())
            ssl.addCaCertificates(QSslCertificate::fromPath(caFile));
        req.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = verb == "GET"
                               ? nam.get(req)
                               : nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    const QString netError = reply->errorString();
    reply->deleteLater();
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    if (status == 0)
        return fail(Error::Code::Network,
                    QStringLiteral("cannot reach the server: %1").arg(netError));
    if (status >= 400) {
        const QString message = o.value(QLatin1String("message")).toString();
        const auto code = status == 401 || status == 403 ? Error::Code::Unauthorized
                          : status == 404                ? Error::Code::NotFound
                          : status < 500                 ? Error::Code::InvalidInput
                                                         : Error::Code::Network;
        return fail(code,
                    message.isEmpty() ? QStringLiteral("the server answered %1").arg(status)
                                      : message);
    }
    return o;
}

namespace {

JoinedMarket fromJson(const QJsonObject &o)
{
    return {o.value(QLatin1String("id")).toString(), o.value(QLatin1String("name")).toString()};
}

} // namespace

QList<JoinedMarket> MarketLink::remembered()
{
    QList<JoinedMarket> out;
    const QJsonArray a
        = QJsonDocument::fromJson(m_db.localSetting(joinedMarketsKey()).toUtf8()).array();
    for (const QJsonValue &v : a)
        out << fromJson(v.toObject());
    return out;
}

Result<JoinedMarket> MarketLink::join(const QString &code)
{
    if (code.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("type the market's join code (the market manager has it)"));
    auto r
        = call("POST", QStringLiteral("market/join"), {{QStringLiteral("code"), code.trimmed()}});
    if (!r)
        return std::unexpected(r.error());
    const JoinedMarket m = fromJson(r->value(QLatin1String("market")).toObject());
    if (auto list = refresh(); !list)
        return std::unexpected(list.error());
    return m;
}

Result<QList<JoinedMarket>> MarketLink::refresh(bool *manager)
{
    auto r = call("GET", QStringLiteral("market/mine"));
    if (!r)
        return std::unexpected(r.error());
    const QJsonArray a = r->value(QLatin1String("markets")).toArray();
    if (manager)
        *manager = r->value(QLatin1String("role")).toString() == u"manager";
    if (auto s = m_db.setLocalSetting(
            joinedMarketsKey(), QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)));
        !s)
        return std::unexpected(s.error());
    QList<JoinedMarket> out;
    for (const QJsonValue &v : a)
        out << fromJson(v.toObject());
    return out;
}

Result<QJsonArray> MarketLink::vendors()
{
    auto r = call("GET", QStringLiteral("market/vendors"));
    if (!r)
        return std::unexpected(r.error());
    return r->value(QLatin1String("vendors")).toArray();
}

Result<int> MarketLink::fetchSlips(const QString &day)
{
    auto r = call("GET", QStringLiteral("market/slips?date=%1").arg(day));
    if (!r)
        return std::unexpected(r.error());
    const QJsonArray shared = r->value(QLatin1String("shared")).toArray();
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    for (const QJsonValue &v : shared) {
        const QJsonObject o = v.toObject();
        const QJsonObject data = o.value(QLatin1String("data")).toObject();
        if (data.value(QLatin1String("market_day")).toString() != day)
            continue;
        auto w = m_db.exec(
            QStringLiteral("INSERT OR REPLACE INTO booth_slips (vendor_id, market_day, type, "
                           "vendor_name, record, fetched_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {o.value(QLatin1String("vendor_id")).toString(),
             day,
             o.value(QLatin1String("type")).toString(),
             o.value(QLatin1String("vendor_name")).toString(),
             QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)),
             Clock::nowMs()});
        if (!w)
            return std::unexpected(w.error());
    }
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return int(shared.size());
}

Result<QJsonArray> MarketLink::statements()
{
    auto r = call("GET", QStringLiteral("market/statements"));
    if (!r)
        return std::unexpected(r.error());
    return r->value(QLatin1String("statements")).toArray();
}

Result<Minor> MarketLink::reserveIncentive(const QString &txnId,
                                           const QString &customerRef,
                                           const QString &marketDay,
                                           Minor snapAmount)
{
    auto r = call("POST",
                  QStringLiteral("market/reserve"),
                  {{QStringLiteral("txn_id"), txnId},
                   {QStringLiteral("customer_ref"), customerRef},
                   {QStringLiteral("market_day"), marketDay},
                   {QStringLiteral("snap_amount"), QString::number(snapAmount)}});
    if (!r)
        return std::unexpected(r.error());
    bool ok = false;
    const Minor held = r->value(QLatin1String("incentive")).toString().toLongLong(&ok);
    if (!ok || held < 0)
        return fail(Error::Code::Network, QStringLiteral("the server's answer has no incentive"));
    return held;
}

Status MarketLink::releaseIncentive(const QString &txnId)
{
    auto r = call("POST", QStringLiteral("market/release"), {{QStringLiteral("txn_id"), txnId}});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<BoothTxn> sellSnapReserved(Database &db,
                                  const QString &customerRef,
                                  const QString &marketDay,
                                  Minor snapAmount,
                                  const QString &approval,
                                  bool *offline)
{
    if (offline)
        *offline = false;
    BoothLedger ledger(db);
    const bool paired = !db.localSetting(sync::keys::token()).isEmpty();
    // What this device alone would refuse is refused before asking the server.
    auto local = ledger.quote(customerRef, marketDay, snapAmount);
    if (!local)
        return std::unexpected(local.error());
    if (!paired)
        return ledger.sellSnap(customerRef, marketDay, snapAmount, approval);
    const QString txnId = newUuid7();
    MarketLink link(db, 15000);
    auto held
        = link.reserveIncentive(txnId, *customerReference(customerRef), marketDay, snapAmount);
    if (!held && held.error().code != Error::Code::Network)
        return std::unexpected(held.error());
    if (!held && offline)
        *offline = true;
    auto sale = ledger.sellSnap(customerRef,
                                marketDay,
                                snapAmount,
                                approval,
                                held ? std::optional<Minor>(*held) : std::nullopt,
                                txnId);
    if (!sale && held)
        (void)link.releaseIncentive(txnId); // the hold would count against the customer
    return sale;
}

} // namespace sk::booth
