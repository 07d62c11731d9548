#pragma once

#include "core/Database.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace sk {

struct BackupInfo
{
    QString path;
    QDateTime createdAt; // from the file name, UTC
    QString kind;        // daily, manual, pre-migration
    qint64 size = 0;
};

// Rotating backups of one database in a folder (the user may point it at a USB stick).
// Files are named stallkeeper-<yyyyMMdd-HHmmss>-<kind>.sqlite and written through
// Database::backupTo (consistent, fsynced, verified with integrity_check before it is renamed
// into place). Keeps the newest `keepDaily` daily copies and `keepManual` manual ones that
// still pass integrity_check: a damaged copy never counts toward them, so a good backup is
// never rotated out in favour of a damaged one. Pre-migration copies are never pruned.
class BackupManager
{
public:
    BackupManager(Database &db, QString folder);
    static QString defaultFolder(const Database &db); // <database folder>/backups

    Result<BackupInfo> backupNow(const QString &kind = QStringLiteral("manual"));
    // A daily copy when none was made today (UTC date of the newest daily file).
    Result<std::optional<BackupInfo>> dailyIfDue();
    Result<QList<BackupInfo>> list() const; // newest first
    Status prune(int keepDaily = 14, int keepManual = 20);
    // The newest backup that opens and passes integrity_check.
    Result<BackupInfo> newestGood() const;
    static Result<BackupInfo> newestGoodIn(const QString &folder);
    static Result<QList<BackupInfo>> listIn(const QString &folder); // newest first
    // Opens read-only and passes integrity_check.
    static bool isGood(const QString &path);

private:
    Database &m_db;
    QString m_folder;
};

// Was the last run of the app ended without a clean shutdown? The desktop app calls begin()
// at start and end() at a clean exit; begin() answers true when the previous run never
// reached end(), so the app runs an integrity check.
class SessionMarker
{
public:
    explicit SessionMarker(Database &db);
    Result<bool> begin();
    Status end();

private:
    Database &m_db;
};

} // namespace sk
