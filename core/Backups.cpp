#include "core/Backups.h"

#include "core/StorageError.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

namespace sk {

namespace {
const QRegularExpression
    kName(QStringLiteral("^stallkeeper-(\\d{8}-\\d{6})-(daily|manual|pre-migration)\\.sqlite$"));
}

BackupManager::BackupManager(Database &db, QString folder)
    : m_db(db)
    , m_folder(std::move(folder))
{}

QString BackupManager::defaultFolder(const Database &db)
{
    return QFileInfo(db.path()).absolutePath() + QStringLiteral("/backups");
}

Result<BackupInfo> BackupManager::backupNow(const QString &kind)
{
    if (kind != u"daily" && kind != u"manual" && kind != u"pre-migration")
        return fail(Error::Code::InvalidInput, QStringLiteral("unknown backup kind %1").arg(kind));
    QDateTime now = QDateTime::fromMSecsSinceEpoch(Clock::nowMs(), QTimeZone::utc());
    QString path;
    // Two backups in the same second get distinct names: the later one takes the next free
    // second. A copy is never written over another one.
    constexpr int kMaxTries = 3600;
    for (int i = 0;; ++i) {
        path = m_folder
               + QStringLiteral("/stallkeeper-%1-%2.sqlite")
                     .arg(now.toString(QStringLiteral("yyyyMMdd-HHmmss")), kind);
        if (!QFileInfo::exists(path))
            break;
        if (i == kMaxTries)
            return fail(Error::Code::Io,
                        QStringLiteral("no free backup name in %1 (an hour of names are taken)")
                            .arg(m_folder));
        now = now.addSecs(1);
    }
    // The rotating copies' own folder beside the database is made when missing; a folder
    // the vendor chose (a USB stick) must be there.
    const bool ownFolder = QDir::cleanPath(QFileInfo(m_folder).absoluteFilePath())
                           == QDir::cleanPath(defaultFolder(m_db));
    if (ownFolder && !QDir().mkpath(m_folder))
        return std::unexpected(diagnoseWriteFailure(path));
    if (auto s = m_db.backupTo(path); !s)
        return std::unexpected(s.error());
    return BackupInfo{path, now, kind, QFileInfo(path).size()};
}

Result<QList<BackupInfo>> BackupManager::list() const
{
    return listIn(m_folder);
}

Result<QList<BackupInfo>> BackupManager::listIn(const QString &folder)
{
    QList<BackupInfo> out;
    const QDir dir(folder);
    if (!dir.exists())
        return out;
    for (const QFileInfo &fi :
         dir.entryInfoList({QStringLiteral("stallkeeper-*.sqlite")}, QDir::Files)) {
        const auto m = kName.match(fi.fileName());
        if (!m.hasMatch())
            continue;
        QDateTime t = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        t.setTimeZone(QTimeZone::utc());
        out << BackupInfo{fi.absoluteFilePath(), t, m.captured(2), fi.size()};
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.path > b.path;
    });
    return out;
}

Result<std::optional<BackupInfo>> BackupManager::dailyIfDue()
{
    auto all = list();
    if (!all)
        return std::unexpected(all.error());
    const QDate today = QDateTime::fromMSecsSinceEpoch(Clock::nowMs(), QTimeZone::utc()).date();
    for (const BackupInfo &b : *all)
        if (b.kind == u"daily" && b.createdAt.date() == today)
            return std::optional<BackupInfo>();
    auto made = backupNow(QStringLiteral("daily"));
    if (!made)
        return std::unexpected(made.error());
    if (auto p = prune(); !p)
        return std::unexpected(p.error());
    return std::optional<BackupInfo>(*made);
}

Status BackupManager::prune(int keepDaily, int keepManual)
{
    auto all = list();
    if (!all)
        return std::unexpected(all.error());
    for (const auto &[kind, keep] :
         {std::pair{QStringLiteral("daily"), keepDaily}, {QStringLiteral("manual"), keepManual}}) {
        QList<BackupInfo> ofKind;
        for (const BackupInfo &b : *all)
            if (b.kind == kind)
                ofKind << b;
        if (ofKind.size() <= keep)
            continue; // nothing to drop, nothing to verify
        // Newest first: the first `keep` good copies stay, a damaged one is passed over (and
        // left where it is); once they are found, every older copy goes.
        int good = 0;
        for (const BackupInfo &b : std::as_const(ofKind)) {
            if (good < keep) {
                good += isGood(b.path) ? 1 : 0;
                continue;
            }
            if (!QFile::remove(b.path))
                return fail(Error::Code::Io,
                            QStringLiteral("cannot remove old backup %1").arg(b.path));
        }
    }
    return {};
}

bool BackupManager::isGood(const QString &path)
{
    auto db = Database::open(path,
                             {.readOnly = true, .createIfMissing = false, .allowOldSchema = true});
    if (!db)
        return false;
    auto problems = (*db)->integrityCheck();
    return problems && problems->isEmpty();
}

Result<BackupInfo> BackupManager::newestGood() const
{
    return newestGoodIn(m_folder);
}

Result<BackupInfo> BackupManager::newestGoodIn(const QString &folder)
{
    auto all = listIn(folder);
    if (!all)
        return std::unexpected(all.error());
    for (const BackupInfo &b : *all)
        if (isGood(b.path))
            return b;
    return fail(Error::Code::NotFound, QStringLiteral("no good backup in %1").arg(folder));
}

SessionMarker::SessionMarker(Database &db)
    : m_db(db)
{}

Result<bool> SessionMarker::begin()
{
    const bool unclean = m_db.localSetting(QStringLiteral("session_open")) == u"1";
    if (auto s = m_db.setLocalSetting(QStringLiteral("session_open"), QStringLiteral("1")); !s)
        return std::unexpected(s.error());
    return unclean;
}

Status SessionMarker::end()
{
    return m_db.setLocalSetting(QStringLiteral("session_open"), QStringLiteral("0"));
}

} // namespace sk
