#include "ui/sync/SyncController.h"

#include "core/sync/SyncEngine.h"

#include <QDateTime>
#include <QLocale>

namespace sk::ui {

SyncController &SyncController::of(AppContext &ctx)
{
    if (auto *c = ctx.findChild<SyncController *>(QString(), Qt::FindDirectChildrenOnly))
        return *c;
    return *new SyncController(ctx);
}

SyncController::SyncController(AppContext &ctx)
    : QObject(&ctx)
    , m_ctx(ctx)
    , m_service(ctx.dbPath())
{
    auto nudge = [this] {
        m_service.notifyChanged();
    };
    connect(&ctx, &AppContext::saleCommitted, this, nudge);
    connect(&ctx, &AppContext::catalogChanged, this, nudge);
    connect(&ctx, &AppContext::stockChanged, this, nudge);
    connect(&ctx, &AppContext::marketDayChanged, this, nudge);
    connect(&ctx, &AppContext::saleCommitted, this, &SyncController::stateChanged);
    connect(&m_service, &sync::SyncService::syncStarted, this, [this] {
        m_syncing = true;
        emit stateChanged();
    });
    connect(&m_service, &sync::SyncService::syncFinished, this, [this](const sync::SyncReport &r) {
        m_syncing = false;
        m_last = r;
        emit stateChanged();
        if (r.applied > 0)
            emit m_ctx.syncStateChanged();
    });
    // A new till's snapshot brings the catalog at once; the history then shows its progress.
    connect(&m_service, &sync::SyncService::snapshotApplied, this, [this] {
        emit stateChanged();
        emit m_ctx.syncStateChanged();
    });
    connect(&m_service, &sync::SyncService::catchingUp, this, &SyncController::stateChanged);
    connect(&m_service, &sync::SyncService::pairFinished, this, [this](const sync::SyncReport &r) {
        emit pairFinished(r.ok, r.message);
        emit stateChanged();
    });
    const sync::SyncState s = state();
    if (s.paired && !s.revoked)
        m_service.start();
}

sync::SyncState SyncController::state()
{
    auto s = sync::SyncEngine(m_ctx.db()).state();
    return s ? *s : sync::SyncState{};
}

void SyncController::pair(const QString &serverUrl,
                          const QString &code,
                          const QString &deviceName,
                          bool allowInsecureHttp)
{
    m_service.pair(serverUrl, code, deviceName, allowInsecureHttp);
}

void SyncController::syncNow()
{
    m_service.start();
    m_service.syncNow();
}

Status SyncController::unpair()
{
    m_service.stop();
    auto r = sync::SyncEngine(m_ctx.db()).unpair();
    emit stateChanged();
    return r;
}

QString relativeTime(qint64 thenMs, qint64 nowMs)
{
    const qint64 s = std::max<qint64>(0, (nowMs - thenMs) / 1000);
    if (s < 45)
        return SyncController::tr("just now");
    if (s < 3600)
        return SyncController::tr("%n min ago", nullptr, int(std::max<qint64>(1, (s + 30) / 60)));
    if (s < 24 * 3600)
        return SyncController::tr("%n h ago", nullptr, int(s / 3600));
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(thenMs).date(), QLocale::ShortFormat);
}

} // namespace sk::ui
