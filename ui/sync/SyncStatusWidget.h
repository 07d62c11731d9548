#pragma once

#include "AppContext.h"

#include <QLabel>
#include <QTimer>

namespace sk::ui {

class SyncController;

// Status-bar text that says what is true about sync: "Online · synced 2 min ago",
// "Offline · 14 sales waiting", "Syncing…", "Device revoked", "Not paired". Clicking it syncs
// now. Refreshes on every sync, every local sale, and each half minute (for the "ago").
class SyncStatusWidget : public QLabel
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(AppContext &ctx, QWidget *parent = nullptr);
    void refresh();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    AppContext &m_ctx;
    SyncController &m_sync;
    QTimer m_tick;
};

} // namespace sk::ui
