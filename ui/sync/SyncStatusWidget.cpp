#include "ui/sync/SyncStatusWidget.h"

#include "ui/sync/SyncController.h"

#include <QLocale>

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
    connect(&m_ctx, &AppContext::saleCommitted, this, &SyncStatusWidget::refresh);
    connect(&m_tick, &QTimer::timeout, this, &SyncStatusWidget::refresh);
    m_tick.start(30000);
    refresh();
}

QString SyncStatusWidget::describe(const sync::SyncState &s, bool sending, qint64 nowMs)
{
    // Only what a vendor can act on or would want to know: whether the day's sales have reached
    // the server, and what to do when they cannot. A till that is not connected to a server
    // says nothing: its sales are safe on it, and the catalog edits queued for a server it may
    // never have are no business of the counter.
    if (!s.paired)
        return {};
    if (s.revoked)
        return tr("This till is no longer accepted by the server: connect it again in Settings");
    QString text;
    const QString notSent = s.pendingSales > 0
                                ? tr("%n sale(s) not sent yet", nullptr, int(s.pendingSales))
                                : QString();
    if (sending) {
        text = tr("Sending to the server…");
    } else if (!s.lastError.isEmpty()) {
        const QString head = s.lastErrorCode == u"offline" ? tr("No connection")
                             : s.lastErrorCode == u"clock"
                                 ? tr("This till's clock is wrong: set its date and time")
                             : s.lastErrorCode == u"insecure_http"
                                 ? tr("The server's address is not safe: check it in Settings")
                                 : tr("The server did not answer");
        text = notSent.isEmpty() ? head : tr("%1 · %2").arg(head, notSent);
    } else if (s.pending > 0) {
        text = notSent.isEmpty() ? tr("Changes not sent yet") : notSent;
    } else if (s.lastSuccessMs > 0) {
        text = tr("Everything sent to the server %1").arg(relativeTime(s.lastSuccessMs, nowMs));
    }
    // A new till filling in the vendor's earlier sales: it sells already; say how far it is.
    if (s.catchUp.active && s.catchUp.total > 0 && s.lastErrorCode.isEmpty()) {
        const QString progress
            = tr("Getting earlier sales: %1 of %2")
                  .arg(QLocale().toString(s.catchUp.done), QLocale().toString(s.catchUp.total));
        text = text.isEmpty() || sending ? progress : tr("%1 · %2").arg(progress, text);
    }
    if (s.rejected > 0)
        text = tr("%1 · %n refused by the server (see Settings)", nullptr, int(s.rejected))
                   .arg(text.isEmpty() ? tr("Check Settings") : text);
    return text;
}

void SyncStatusWidget::refresh()
{
    const sync::SyncState s = m_sync.state();
    const QString text = describe(s, m_sync.syncing(), Clock::nowMs());
    setText(text);
    setVisible(!text.isEmpty());
    // Why it could not send, in the server's words, for whoever helps the vendor.
    setToolTip(s.paired && !s.lastError.isEmpty() ? s.lastError : QString());
}

void SyncStatusWidget::mouseReleaseEvent(QMouseEvent *event)
{
    QLabel::mouseReleaseEvent(event);
    if (m_sync.state().paired)
        m_sync.syncNow();
}

} // namespace sk::ui
