#pragma once

#include "core/sync/SyncEngine.h"
#include "ui/AppContext.h"

#include <QLabel>
#include <QTimer>

namespace sk::ui {

class SyncController;

// Status-bar text that says whether the sales have reached the server, in a vendor's words:
// "Everything sent to the server 2 min ago", "No connection · 14 sales not sent yet",
// "Sending to the server…"; nothing at all on a till that is not connected to a server. Tapping
// it sends now. Refreshes on every sync, every local sale, and each half minute (for the "ago").
class SyncStatusWidget : public QLabel
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(AppContext &ctx, QWidget *parent = nullptr);
    void refresh();
    static QString describe(const sync::SyncState &state, bool sending, qint64 nowMs);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    AppContext &m_ctx;
    SyncController &m_sync;
    QTimer m_tick;
};

} // namespace sk::ui
