#include "core/sync/SyncService.h"

#include <QNetworkInformation>
#include <QRandomGenerator>

namespace sk::sync {

SyncService::SyncService(const QString &dbPath, QObject *parent)
    : QObject(parent)
{
    m_client = new SyncClient(dbPath);
    m_client->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_client, &QObject::deleteLater);
    connect(
        m_client, &SyncClient::syncFinished, this, &SyncService::onFinished, Qt::QueuedConnection);
    connect(
        m_client,
        &SyncClient::pairFinished,
        this,
        [this](const SyncReport &r) {
            m_running = false;
            emit pairFinished(r);
            if (r.ok) {
                start();
                syncNow();
            }
        },
        Qt::QueuedConnection);
    m_client->setHistoryPagesPerRun(kHistoryPagesPerRun);
    connect(
        m_client,
        &SyncClient::snapshotApplied,
        this,
        [this] { emit snapshotApplied(); },
        Qt::QueuedConnection);
    connect(
        m_client, &SyncClient::catchingUp, this, &SyncService::catchingUp, Qt::QueuedConnection);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncService::syncNow);
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();
    // NetworkManager's backend on Linux; without one (no D-Bus, a container) the backoff alone
    // brings sync back.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        connect(QNetworkInformation::instance(),
                &QNetworkInformation::reachabilityChanged,
                this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online)
                        networkReachable();
                });
}

SyncService::~SyncService()
{
    m_thread.quit();
    m_thread.wait();
}

int SyncService::backoffMs(int failures, int baseMs, int maxMs)
{
    const qint64 ceiling = std::min<qint64>(maxMs, qint64(baseMs) << std::min(failures, 16));
    // Full jitter between half and all of the ceiling: spread out, never immediately.
    return int(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
}

void SyncService::start()
{
    m_enabled = true;
    if (!m_running && !m_timer.isActive())
        schedule(m_debounceMs);
}

void SyncService::stop()
{
    m_enabled = false;
    m_timer.stop();
}

void SyncService::schedule(int ms)
{
    if (!m_enabled)
        return;
    if (m_timer.isActive() && m_timer.remainingTime() <= ms)
        return;
    m_timer.start(ms);
}

void SyncService::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_timer.stop();
    m_running = true;
    emit syncStarted();
    QMetaObject::invokeMethod(m_client, &SyncClient::sync, Qt::QueuedConnection);
}

void SyncService::notifyChanged()
{
    if (m_failures == 0)
        schedule(m_debounceMs);
}

void SyncService::networkReachable()
{
    if (m_failures == 0 || m_running)
        return;
    schedule(500 + int(QRandomGenerator::global()->bounded(2001)));
}

void SyncService::pair(const QString &serverUrl,
                       const QString &code,
                       const QString &deviceName,
                       bool allowInsecureHttp)
{
    if (m_running) {
        emit pairFinished(
            SyncReport{.ok = false,
                       .errorCode = QStringLiteral("busy"),
                       .message = QStringLiteral("a sync is running; try again in a moment")});
        return;
    }
    m_running = true;
    QMetaObject::invokeMethod(
        m_client,
        [c = m_client, serverUrl, code, deviceName, allowInsecureHttp] {
            c->pair(serverUrl, code, deviceName, allowInsecureHttp);
        },
        Qt::QueuedConnection);
}

void SyncService::onFinished(const SyncReport &report)
{
    m_running = false;
    if (report.ok) {
        m_failures = 0;
    } else if (report.errorCode != u"busy") {
        ++m_failures;
    }
    emit syncFinished(report);
    if (report.errorCode == u"revoked" || report.errorCode == u"not_paired"
        || report.errorCode == u"unauthorized" || report.errorCode == u"insecure_http") {
        stop();
        return;
    }
    if ((m_again || report.historyDue) && report.ok) {
        m_again = false;
        schedule(0);
        return;
    }
    m_again = false;
    if (report.ok) {
        schedule(m_intervalMs);
    } else {
        const int delay = std::max<qint64>(backoffMs(m_failures), report.retryAfterMs);
        schedule(delay);
    }
}

} // namespace sk::sync
