#pragma once

#include "core/sync/SyncClient.h"

#include <QObject>
#include <QThread>
#include <QTimer>

namespace sk::sync {

// Background sync for the desktop app: a SyncClient on its own thread with its own database
// connection, run by a timer, soon after local changes (debounced), and on demand. After a
// failure it waits with exponential backoff and full jitter (so many tablets coming back online
// at once do not hit the server in step); a revoked device stops until it is paired again.
// When the system says the network is back (QNetworkInformation, where a backend is
// available), a device that was failing tries again within seconds instead of waiting out its
// backoff.
class SyncService : public QObject
{
    Q_OBJECT
public:
    explicit SyncService(const QString &dbPath, QObject *parent = nullptr);
    ~SyncService() override;

    void setInterval(int ms) { m_intervalMs = ms; }
    void setDebounce(int ms) { m_debounceMs = ms; }
    bool running() const { return m_running; }
    int consecutiveFailures() const { return m_failures; }
    // After `failures` failed runs in a row: 5 s doubling, at most the regular interval (a
    // minute), with jitter. Longer would only delay the first sync once the network is back.
    static int backoffMs(int failures, int baseMs = 5000, int maxMs = 60 * 1000);

    // Start the timer (e.g. once paired). Safe to call again.
    void start();
    void stop();

public slots:
    void syncNow();
    void notifyChanged(); // something was queued locally: sync soon
    // The network is reachable again: after failed runs, sync in 0.5-2.5 s (jittered, so the
    // tills of a market coming back together are spread out); otherwise nothing changes.
    void networkReachable();
    void pair(const QString &serverUrl,
              const QString &code,
              const QString &deviceName,
              bool allowInsecureHttp = false);

signals:
    void syncStarted();
    void syncFinished(const sk::sync::SyncReport &report);
    void pairFinished(const sk::sync::SyncReport &report);
    // A new device took the server's snapshot: catalog, tax, tenders and stock are here.
    void snapshotApplied();
    // Its history before the snapshot coming down: `done` of `total` (the vendor's numbers).
    void catchingUp(qint64 done, qint64 total);

private:
    void schedule(int ms);
    void onFinished(const SyncReport &report);

    QThread m_thread;
    SyncClient *m_client = nullptr; // lives on m_thread
    QTimer m_timer;
    int m_intervalMs = 60 * 1000;
    int m_debounceMs = 2000;
    int m_failures = 0;
    bool m_running = false;
    bool m_enabled = false;
    bool m_again = false;
    // Pages of a new device's history per run: the runs stay short, so the till's own sales
    // go out between them.
    static constexpr int kHistoryPagesPerRun = 20;
};

} // namespace sk::sync
