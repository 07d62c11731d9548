#pragma once

#include "core/sync/SyncService.h"
#include "ui/AppContext.h"

#include <QObject>

namespace sk::ui {

// The one background sync of the app window, shared by the status bar and the settings page:
// a SyncService on the database's path, started when the device is paired, nudged whenever a
// sale, stock or catalog change is committed, and telling the sections when pulled events
// changed what they show. Lives as a child of the AppContext (created on first use).
class SyncController : public QObject
{
    Q_OBJECT
public:
    static SyncController &of(AppContext &ctx);

    sync::SyncState state();
    bool syncing() const { return m_syncing; }
    sync::SyncService &service() { return m_service; }
    const sync::SyncReport &lastReport() const { return m_last; }

    void pair(const QString &serverUrl,
              const QString &code,
              const QString &deviceName,
              bool allowInsecureHttp = false);
    void syncNow();
    // Forget the server (the caller asked the vendor first when events wait).
    Status unpair();

signals:
    void stateChanged();
    void pairFinished(bool ok, const QString &message);

private:
    explicit SyncController(AppContext &ctx);
    AppContext &m_ctx;
    sync::SyncService m_service;
    sync::SyncReport m_last;
    bool m_syncing = false;
};

// "2 min ago", "just now", "3 h ago", or a date.
QString relativeTime(qint64 thenMs, qint64 nowMs);

} // namespace sk::ui
