// SyncClient: pairing, a sync run from start to finish and its report, and the blocking
// forms the CLI and tests use. The HTTP calls are in SyncTransport.cpp, the push pipeline in
// SyncPush.cpp, the pull of new events, the snapshot and the history in SyncPull.cpp.
#include "core/sync/SyncClient.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrl>

#include <utility>

namespace sk::sync {

namespace {
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

Database *SyncClient::startRun(bool pairing)
{
    if (m_busy) {
        const SyncReport busy{.ok = false,
                              .errorCode = QStringLiteral("busy"),
                              .message = QStringLiteral("a sync is already running")};
        if (pairing)
            emit pairFinished(busy);
        else
            emit syncFinished(busy);
        return nullptr;
    }
    m_report = {};
    m_pairing = pairing;
    m_busy = true;
    Database *db = database();
    if (!db)
        finish(false, QStringLiteral("local"), QStringLiteral("cannot open the database"));
    return db;
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
    Database *db = startRun(true);
    if (!db)
        return;
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
    Database *db = startRun(false);
    if (!db)
        return;
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

namespace {

// Starts a run of `client` with `start` and waits until it signals `finished`, or for
// `timeoutMs` (then the report says `timedOut`).
SyncReport waitForRun(SyncClient &client,
                      void (SyncClient::*finished)(const SyncReport &),
                      int timeoutMs,
                      const QString &timedOut,
                      const std::function<void()> &start)
{
    SyncReport out{.ok = false, .errorCode = QStringLiteral("timeout"), .message = timedOut};
    QEventLoop loop;
    QObject::connect(&client, finished, &loop, [&](const SyncReport &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &client, start);
    loop.exec();
    return out;
}

} // namespace

SyncReport SyncClient::syncBlocking(Database &db, int timeoutMs)
{
    SyncClient client(db);
    return waitForRun(client,
                      &SyncClient::syncFinished,
                      timeoutMs,
                      QStringLiteral("sync did not finish in time"),
                      [&] { client.sync(); });
}

SyncReport SyncClient::pairBlocking(Database &db,
                                    const QString &serverUrl,
                                    const QString &code,
                                    const QString &deviceName,
                                    bool allowInsecureHttp)
{
    SyncClient client(db);
    return waitForRun(client,
                      &SyncClient::pairFinished,
                      60000,
                      QStringLiteral("pairing did not finish in time"),
                      [&] { client.pair(serverUrl, code, deviceName, allowInsecureHttp); });
}

} // namespace sk::sync
