#include "core/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <sys/statvfs.h>
#include <unistd.h>

namespace sk {

namespace {

QString systemText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// "the database", or the file's name when it is known.
QString nameOf(const QString &path)
{
    return path.isEmpty() ? QStringLiteral("the database") : path;
}

Error diskFull(const QString &path, const QString &cause)
{
    return {Error::Code::DiskFull,
            QStringLiteral("the disk holding %1 is full; nothing was written (%2)")
                .arg(nameOf(path), cause)};
}

Error readOnly(const QString &path, const QString &cause)
{
    QString why = path.isEmpty() ? QString() : whyNotWritable(path);
    if (why.isEmpty())
        why = QStringLiteral("%1 is read-only").arg(nameOf(path));
    return {Error::Code::ReadOnly, QStringLiteral("%1; nothing was written (%2)").arg(why, cause)};
}

Error ioError(const QString &path, const QString &cause)
{
    return {Error::Code::Io,
            QStringLiteral("reading or writing %1 failed with an I/O error (%2); the disk or "
                           "card may be failing")
                .arg(nameOf(path), cause)};
}

bool diskIsFull(const QString &path)
{
    struct statvfs s;
    const QString dir = QFileInfo(path).absolutePath();
    return ::statvfs(QFile::encodeName(dir).constData(), &s) == 0 && s.f_bavail == 0;
}

} // namespace

QString whyNotWritable(const QString &path)
{
    const QFileInfo fi(path);
    const QByteArray file = QFile::encodeName(fi.absoluteFilePath());
    const QByteArray dir = QFile::encodeName(fi.absolutePath());
    if (fi.exists() && ::access(file.constData(), W_OK) != 0) {
        const int err = errno;
        return err == EROFS ? QStringLiteral("%1 is on a read-only disk").arg(path)
                            : QStringLiteral("%1 is read-only").arg(path);
    }
    if (::access(dir.constData(), W_OK) != 0) {
        const int err = errno;
        if (err == EROFS)
            return QStringLiteral("the folder %1 is on a read-only disk").arg(fi.absolutePath());
        if (err != ENOENT)
            return QStringLiteral("the folder %1 is read-only").arg(fi.absolutePath());
    }
    return {};
}

Error sqliteError(int sqliteCode,
                  int systemErrno,
                  const QString &path,
                  const QString &what,
                  const QString &message)
{
    const QString cause = QStringLiteral("%1: %2").arg(what, message);
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return diskFull(path, cause);
    case SQLITE_READONLY:
        if (sqliteCode == SQLITE_READONLY_DBMOVED)
            return {Error::Code::Io,
                    QStringLiteral("%1 was moved or deleted while it was open (%2)")
                        .arg(nameOf(path), cause)};
        return readOnly(path, cause);
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return readOnly(path, cause);
    case SQLITE_CANTOPEN:
        if (systemErrno == ENOSPC || systemErrno == EDQUOT)
            return diskFull(path, cause);
        if (!path.isEmpty() && !whyNotWritable(path).isEmpty())
            return readOnly(path, cause);
        return {Error::Code::Io, QStringLiteral("cannot open %1 (%2)").arg(nameOf(path), cause)};
    case SQLITE_IOERR:
        if (systemErrno == ENOSPC || systemErrno == EDQUOT || (!path.isEmpty() && diskIsFull(path)))
            return diskFull(path, cause);
        if (systemErrno == EROFS || systemErrno == EACCES || systemErrno == EPERM)
            return readOnly(path, cause);
        return ioError(
            path, systemErrno ? cause + QStringLiteral(", ") + systemText(systemErrno) : cause);
    case SQLITE_CORRUPT:
        return {Error::Code::Damaged,
                QStringLiteral("%1 is damaged (%2)").arg(nameOf(path), cause)};
    case SQLITE_NOTADB:
        return {Error::Code::NotADatabase,
                QStringLiteral("%1 is not an SQLite database (%2)").arg(nameOf(path), cause)};
    case SQLITE_CONSTRAINT:
        if (sqliteCode == SQLITE_CONSTRAINT_UNIQUE || sqliteCode == SQLITE_CONSTRAINT_PRIMARYKEY
            || message.contains(u"immutable"))
            return {Error::Code::Conflict, cause};
        break;
    default:
        break;
    }
    // Triggers raise with a message and no distinct code.
    if (message.contains(u"UNIQUE constraint failed") || message.contains(u"immutable"))
        return {Error::Code::Conflict, cause};
    return {Error::Code::Database, cause};
}

Error fileError(int err, const QString &path, const QString &action)
{
    const QString cause = QStringLiteral("%1: %2").arg(action, systemText(err));
    switch (err) {
    case ENOSPC:
    case EDQUOT:
        return diskFull(path, cause);
    case EROFS:
    case EACCES:
    case EPERM:
        return readOnly(path, cause);
    case EIO:
        return ioError(path, cause);
    case ENOENT:
        return {Error::Code::Io,
                QStringLiteral("the folder %1 does not exist").arg(QFileInfo(path).absolutePath())};
    default:
        return {Error::Code::Io, QStringLiteral("cannot %1 %2 (%3)").arg(action, path, cause)};
    }
}

Error diagnoseWriteFailure(const QString &path)
{
    if (diskIsFull(path))
        return diskFull(path, QStringLiteral("no space left"));
    if (const QString why = whyNotWritable(path); !why.isEmpty())
        return {Error::Code::ReadOnly, why + QStringLiteral("; nothing was written")};
    return {Error::Code::Io, QStringLiteral("could not write %1; nothing was written").arg(path)};
}

Status requireFolderOf(const QString &path, const QString &what)
{
    const QFileInfo fi(path);
    if (fi.exists() || fi.dir().exists())
        return {};
    return fail(Error::Code::NotFound,
                QStringLiteral("no folder %1 for the %2 %3: check the path (a new %2 is made "
                               "only in a folder that exists)")
                    .arg(QDir::toNativeSeparators(fi.absolutePath()), what, fi.fileName()));
}

} // namespace sk
