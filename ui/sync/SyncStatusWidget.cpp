#include "SyncStatusWidget.h"

#include "SyncController.h"

namespace sk::ui {

SyncStatusWidget::SyncStatusWidget(AppContext &ctx, QWidget *parent)
    : QLabel(parent)
    , m_ctx(ctx)
    , m_sync(SyncController::of(ctx))
{
    setObjectName(QStringLiteral("syncStatus"));
    setMinimumHeight(24);
    setCursor(Qt::PointingHandCursor);
    connect(&m_sync, &SyncController::stateChanged, this, &SyncStatusWidget::refresh);
    connect(&m_tick, &QTimer::timeout, this, &SyncStatusWidget::refresh);
    m_tick.start(30000);
    refresh();
}

void SyncStatusWidget::refresh()
{
    const sync::SyncState s = m_sync.state();
    QString waiting;
    if (s.pendingSales > 0)
        waiting = tr("%n sale(s) waiting", nullptr, int(s.pendingSales));
    else if (s.pending > 0)
        waiting = tr("%n change(s) waiting", nullptr, int(s.pending));
    QString text;
    QString tip;
    if (!s.paired) {
        text = waiting.isEmpty() ? tr("Not paired") : tr("Not paired · %1").arg(waiting);
        tip = tr("Pair this device with a server in Settings to sync it.");
    } else if (s.revoked) {
        text = tr("Device revoked");
        tip = tr("The server no longer accepts this device. Pair it again in Settings; "
                 "nothing waiting on it is lost.");
    } else if (m_sync.syncing()) {
        text = tr("Syncing…");
    } else if (s.lastAttemptMs == 0) {
        text = waiting.isEmpty() ? tr("Online · not synced yet") : tr("Waiting · %1").arg(waiting);
    } else if (!s.lastError.isEmpty()) {
        const bool offline = s.lastErrorCode == u"offline";
        const QString head = offline                       ? tr("Offline")
                             : s.lastErrorCode == u"clock" ? tr("Clock wrong")
                                                           : tr("Sync problem");
        text = waiting.isEmpty() ? tr("%1 · all synced").arg(head)
                                 : tr("%1 · %2").arg(head, waiting);
        tip = s.lastError;
    } else {
        text = tr("Online · synced %1").arg(relativeTime(s.lastSuccessMs, Clock::nowMs()));
        if (!waiting.isEmpty())
            text += QStringLiteral(" · ") + waiting;
    }
    if (s.rejected > 0)
        text += QStringLiteral(" · ") + tr("%n set aside", nullptr, int(s.rejected));
    setText(text);
    setToolTip(tip);
}

void SyncStatusWidget::mouseReleaseEvent(QMouseEvent *event)
{
    QLabel::mouseReleaseEvent(event);
    if (m_sync.state().paired)
        m_sync.syncNow();
}

} // namespace sk::ui
