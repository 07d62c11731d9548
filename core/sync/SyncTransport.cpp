// SyncClient::call(): one HTTP(S) request to the server and its answer, read into a Reply.
#include "core/sync/SyncClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrl>

#include <utility>

namespace sk::sync {

void SyncClient::call(const QByteArray &verb,
                      const QString &path,
                      const QByteArray &body,
                      std::function<void(const Reply &)> done,
                      bool eventsPage)
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    QUrl url(m_server + path);
    QNetworkRequest req(url);
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token);
    // The server records this device's clock offset from it, and refuses to store events from a
    // clock further off than the allowed skew.
    req.setRawHeader("X-Device-Time", QByteArray::number(Clock::nowMs()));
    if (url.scheme() == u"https") {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> ca = m_ca;
        const QString caFile
            = m_db ? m_db->localSetting(QStringLiteral("sync.ca_file")) : QString();
        if (!caFile.isEmpty())
            ca += QSslCertificate::fromPath(caFile);
        if (!ca.isEmpty())
            ssl.addCaCertificates(ca);
        req.setSslConfiguration(ssl);
    }
    const qint64 sentAt = Clock::nowMs();
    QNetworkReply *reply = verb == "GET" ? m_nam->get(req) : m_nam->post(req, body);
    ++m_inFlight;
    if (!body.isEmpty()) {
        m_uploading = reply;
        connect(
            reply, &QNetworkReply::uploadProgress, this, [this, reply](qint64 sent, qint64 total) {
                if (total > 0 && sent >= total)
                    runAfterUpload(reply);
            });
    }
    connect(
        reply,
        &QNetworkReply::finished,
        this,
        [this, reply, sentAt, eventsPage, done = std::move(done)] {
            runAfterUpload(reply);
            reply->deleteLater();
            --m_inFlight;
            if (m_failure) {
                if (m_inFlight == 0)
                    std::exchange(m_failure, {})();
                return;
            }
            Reply r;
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray data = reply->readAll();
            if (r.status == 0)
                r.networkError = reply->errorString();
            QJsonParseError pe;
            QJsonDocument doc;
            QByteArrayView rest;
            if (eventsPage && r.status == 200 && splitEventsBody(data, &rest)) {
                // The events are read one by one (pageEvents); the rest is small.
                QByteArray members = rest.toByteArray();
                members[0] = '{';
                doc = QJsonDocument::fromJson(members, &pe);
                r.page = data;
            } else {
                doc = QJsonDocument::fromJson(data, &pe);
            }
            if (r.status != 0 && (pe.error != QJsonParseError::NoError || !doc.isObject())) {
                // A cut or garbled answer: the request may or may not have been applied; the
                // caller retries, which is safe because every request is idempotent.
                r.networkError
                    = QStringLiteral("incomplete answer from the server (HTTP %1)").arg(r.status);
                r.status = 0;
            }
            r.body = doc.object();
            if (reply->hasRawHeader("Retry-After"))
                r.retryAfterMs = reply->rawHeader("Retry-After").toLongLong() * 1000;
            const QByteArray serverTime = reply->rawHeader("X-Server-Time");
            if (!serverTime.isEmpty() && m_db) {
                // Offset of the server's clock to ours, measured at the midpoint of the exchange.
                // Stored when it moved by more than a quarter second: not a commit per request.
                const qint64 now = Clock::nowMs();
                const qint64 offset = serverTime.toLongLong() - (sentAt + now) / 2;
                if (!m_clockOffset || qAbs(offset - *m_clockOffset) > 250) {
                    SyncEngine(*m_db).setClockOffset(offset);
                    m_clockOffset = offset;
                }
            }
            done(r);
        });
}

} // namespace sk::sync
