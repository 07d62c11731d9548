// Database: proving a backup and restoring from it (the rest of the class is in Database.cpp).
#include "core/Database.h"

#include "core/FileSafety.h"
#include "core/StorageError.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <sqlite3.h>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace sk {

namespace {

QByteArray enc(const QString &path)
{
    return QFile::encodeName(path);
}

// <db>.before-restore-<yyyyMMdd-HHmmss>, not taken yet.
QString keptName(const QString &databasePath)
{
    const QString base
        = databasePath + QStringLiteral(".before-restore-")
          + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int i = 2; QFileInfo::exists(name) || QFileInfo(name).isSymLink(); ++i)
        name = base + QStringLiteral("-%1").arg(i);
    return name;
}

// Every page of `source`'s main database into the new file `destination`, through SQLite's
// backup API: a consistent snapshot, pages as they are (a damaged database is copied too).
Status copyPages(sqlite3 *source, const QString &destination)
{
    sqlite3 *out = nullptr;
    int rc = sqlite3_open_v2(enc(destination).constData(), &out, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *b = sqlite3_backup_init(out, "main", source, "main");
        if (!b) {
            rc = sqlite3_extended_errcode(out);
        } else {
            do {
                rc = sqlite3_backup_step(b, 1024);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(50);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            const int finished = sqlite3_backup_finish(b);
            rc = rc == SQLITE_DONE ? finished : rc;
        }
    }
    Status result;
    if (rc != SQLITE_OK)
        result = std::unexpected(sqliteError(rc,
                                             out ? sqlite3_system_errno(out) : 0,
                                             destination,
                                             QStringLiteral("copy"),
                                             QString::fromUtf8(sqlite3_errmsg(out))));
    sqlite3_close(out);
    return result;
}

// A read-only handle on a proven backup, closed when dropped.
using Handle = std::unique_ptr<sqlite3, int (*)(sqlite3 *)>;
Result<Handle> openSource(const QString &source)
{
    sqlite3 *src = nullptr;
    const int rc = sqlite3_open_v2(enc(source).constData(), &src, SQLITE_OPEN_READONLY, nullptr);
    Handle h(src, &sqlite3_close);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(
            rc, 0, source, QStringLiteral("open"), QString::fromUtf8(sqlite3_errmsg(src))));
    return h;
}

} // namespace

QString BackupSummary::describe() const
{
    QString s = QStringLiteral("%1 holds %2 sale(s)").arg(path).arg(sales);
    if (lastSaleDate.isValid())
        s += QStringLiteral(", the last on %1,").arg(lastSaleDate.toString(Qt::ISODate));
    return s
           + QStringLiteral(" and %1 product(s) (device %2, schema %3)")
                 .arg(products)
                 .arg(deviceCode)
                 .arg(schema);
}

Result<BackupSummary> Database::inspectBackup(const QString &source, const QString &database)
{
    struct stat db, src;
    if (!database.isEmpty() && ::stat(enc(database).constData(), &db) == 0
        && ::stat(enc(source).constData(), &src) == 0 && db.st_dev == src.st_dev
        && db.st_ino == src.st_ino)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 is the database itself, not a backup of it").arg(source));
    const QFileInfo fi(source);
    if (!fi.exists())
        return fail(Error::Code::NotFound, QStringLiteral("no backup at %1").arg(source));
    if (fi.isFile() && fi.size() == 0)
        return fail(
            Error::Code::NotADatabase,
            QStringLiteral("%1 is empty; it is not a backup, nothing was restored").arg(source));
    auto opened = Database::open(
        source, {.readOnly = true, .createIfMissing = false, .allowOldSchema = true});
    if (!opened)
        return fail(opened.error().code,
                    opened.error().detail + QStringLiteral("; nothing was restored"));
    Database &b = **opened;
    BackupSummary s;
    s.path = source;
    auto version = b.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return std::unexpected(version.error());
    s.schema = version->toInt();
    if (s.schema < 1)
        return fail(Error::Code::NotADatabase,
                    QStringLiteral("%1 is an SQLite file but not a Stallkeeper database; nothing "
                                   "was restored")
                        .arg(source));
    auto problems = b.integrityCheck();
    if (!problems)
        return std::unexpected(problems.error());
    if (!problems->isEmpty())
        return fail(Error::Code::Damaged,
                    QStringLiteral("%1 is damaged (%2); nothing was restored")
                        .arg(source, problems->first()));
    auto device = b.scalar(QStringLiteral("SELECT device_code FROM device WHERE singleton = 1"));
    if (!device)
        return std::unexpected(device.error());
    if (device->isNull())
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 has no device row: it is not a whole Stallkeeper backup; "
                                   "nothing was restored")
                        .arg(source));
    s.deviceCode = device->toString();
    auto counts = b.exec(QStringLiteral("SELECT (SELECT count(*) FROM sales), (SELECT count(*) "
                                        "FROM products)"));
    if (!counts)
        return std::unexpected(counts.error());
    if (counts->next()) {
        s.sales = counts->value(0).toLongLong();
        s.products = counts->value(1).toLongLong();
    }
    auto last = b.exec(QStringLiteral(
        "SELECT created_at, utc_offset FROM sales ORDER BY created_at DESC LIMIT 1"));
    if (!last)
        return std::unexpected(last.error());
    if (last->next())
        s.lastSaleDate = QDateTime::fromMSecsSinceEpoch(last->value(0).toLongLong()
                                                            + last->value(1).toLongLong() * 1000,
                                                        QTimeZone::utc())
                             .date();
    return s;
}

Result<QString> Database::keepBeforeRestore()
{
    const QString kept = keptName(m_path);
    sqlite3 *source = handle();
    if (!source)
        return fail(Error::Code::Database, QStringLiteral("no SQLite handle for the restore"));
    if (auto s = writeFileThrough(kept, [&](const QString &t) { return copyPages(source, t); }); !s)
        return fail(s.error().code,
                    QStringLiteral("nothing was restored: the current database could not be kept "
                                   "as %1 (%2)")
                        .arg(kept, s.error().detail));
    return kept;
}

Result<RestoreReport> Database::restoreFrom(const QString &source)
{
    dropStatements();
    auto summary = inspectBackup(source, m_path);
    if (!summary)
        return std::unexpected(summary.error());
    auto kept = keepBeforeRestore();
    if (!kept)
        return std::unexpected(kept.error());
    auto src = openSource(source);
    if (!src)
        return std::unexpected(src.error());
    sqlite3 *dst = handle();
    sqlite3_backup *b = sqlite3_backup_init(dst, "main", src->get(), "main");
    if (!b)
        return fail(
            Error::Code::Database,
            QStringLiteral("restore failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(dst))));
    int rc;
    do {
        rc = sqlite3_backup_step(b, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE)
        return std::unexpected(sqliteError(rc,
                                           sqlite3_system_errno(dst),
                                           m_path,
                                           QStringLiteral("restore"),
                                           QString::fromUtf8(sqlite3_errstr(rc))));
    // The content is the proven backup now: writing may resume.
    if (m_file)
        m_file->clearDamage();
    // A backup from an older version is brought up to this schema like any old file.
    if (summary->schema < kSchemaVersion)
        if (auto m = migrate(); !m)
            return std::unexpected(m.error());
    if (auto d = ensureDevice(true); !d)
        return std::unexpected(d.error());
    return RestoreReport{*summary, *kept};
}

Result<RestoreReport> Database::restoreFile(const QString &databasePath, const QString &source)
{
    auto summary = inspectBackup(source, databasePath);
    if (!summary)
        return std::unexpected(summary.error());
    if (OpenDatabases::isOpen(databasePath))
        return fail(Error::Code::Conflict,
                    QStringLiteral("%1 is open; restore through its connection").arg(databasePath));
    const QFileInfo fi(databasePath);
    const QString target = fi.exists() ? fi.canonicalFilePath() : fi.absoluteFilePath();
    const QString kept = keptName(target);
    auto src = openSource(source);
    if (!src)
        return std::unexpected(src.error());
    auto keepOld = [&]() -> Status {
        // The old file and its journal or write-ahead log stay together under the kept name,
        // where SQLite finds them again. A hard link keeps the database's name taken until the
        // rename replaces it.
        if (QFileInfo::exists(target) && ::link(enc(target).constData(), enc(kept).constData()) != 0
            && ::rename(enc(target).constData(), enc(kept).constData()) != 0)
            return std::unexpected(fileError(errno, kept, QStringLiteral("write")));
        for (const char *suffix : {"-wal", "-journal"}) {
            const QString from = target + QLatin1String(suffix);
            if (QFileInfo::exists(from)
                && ::rename(enc(from).constData(), enc(kept + QLatin1String(suffix)).constData())
                       != 0)
                return std::unexpected(fileError(errno, from, QStringLiteral("write")));
        }
        ::unlink(enc(target + QStringLiteral("-shm")).constData());
        return {};
    };
    if (auto s = replaceFileThrough(
            target, [&](const QString &t) { return copyPages(src->get(), t); }, keepOld);
        !s)
        return std::unexpected(s.error());
    return RestoreReport{*summary, kept};
}

} // namespace sk
