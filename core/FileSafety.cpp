#include "core/FileSafety.h"

#include "core/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QList>
#include <QRandomGenerator>
#include <QScopeGuard>

#include <array>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sk {

namespace {

QByteArray enc(const QString &path)
{
    return QFile::encodeName(path);
}

struct Entry
{
    dev_t dev;
    ino_t ino;
    std::weak_ptr<DatabaseFile> file;
};

struct Registry
{
    QRecursiveMutex mutex;
    QList<Entry> entries; // under mutex
    QMutex handlerMutex;
    OpenDatabases::DamageHandler handler;
};

Registry &registry()
{
    static Registry r;
    return r;
}

// The connections still open, oldest first; forgets the closed ones. Under the mutex.
QList<std::pair<Entry, std::shared_ptr<DatabaseFile>>> liveEntries()
{
    QList<std::pair<Entry, std::shared_ptr<DatabaseFile>>> out;
    auto &entries = registry().entries;
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        if (auto f = entries[i].file.lock())
            out.prepend({entries[i], f});
        else
            entries.removeAt(i);
    }
    return out;
}

bool sameFile(const struct stat &a, const QString &path)
{
    struct stat b;
    return ::stat(enc(path).constData(), &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

enum class Kind { Unreadable, NotRegular, Empty, Sqlite, Wal, Journal, Other };

struct Header
{
    Kind kind = Kind::Unreadable;
    qint64 size = 0;
    qint64 pageSize = 0;
    qint64 pageCount = 0; // 0 when the header's count is not valid
};

quint32 be32(const unsigned char *p)
{
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
}

// The first 100 bytes of a file no connection of this process has open (the caller holds the
// registry's mutex and checked that).
Header readHeader(const QString &path)
{
    Header h;
    const int fd = ::open(enc(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return h;
    struct stat st;
    std::array<unsigned char, 100> b{};
    ssize_t n = -1;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        h.size = st.st_size;
        n = ::pread(fd, b.data(), b.size(), 0);
    } else {
        h.kind = Kind::NotRegular;
    }
    ::close(fd);
    if (h.kind == Kind::NotRegular || n < 0)
        return h;
    static const unsigned char journal[] = {0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7};
    if (h.size == 0) {
        h.kind = Kind::Empty;
    } else if (n >= 100 && std::memcmp(b.data(), "SQLite format 3", 16) == 0) {
        h.kind = Kind::Sqlite;
        h.pageSize = (qint64(b[16]) << 8) | b[17];
        if (h.pageSize == 1)
            h.pageSize = 65536;
        // The count at 28 is valid when the change counter (24) matches "valid for" (92).
        if (std::memcmp(b.data() + 24, b.data() + 92, 4) == 0)
            h.pageCount = be32(b.data() + 28);
    } else if (n >= 4 && (be32(b.data()) == 0x377f0682 || be32(b.data()) == 0x377f0683)) {
        h.kind = Kind::Wal;
    } else if (n >= 8 && std::memcmp(b.data(), journal, 8) == 0) {
        h.kind = Kind::Journal;
    } else {
        h.kind = Kind::Other;
    }
    return h;
}

const std::array<const char *, 3> kCompanions = {"-wal", "-shm", "-journal"};

// Symlinks followed (also dangling ones: the file they would create), "." and ".." and the
// folder resolved, so every name of one file compares equal.
Result<QString> resolveTarget(const QString &path)
{
    if (path.isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("no file name given"));
    QString p = QFileInfo(path).absoluteFilePath();
    for (int hops = 0;; ++hops) {
        struct stat st;
        if (::lstat(enc(p).constData(), &st) != 0 || !S_ISLNK(st.st_mode))
            break;
        if (hops == 40)
            return fail(
                Error::Code::ProtectedFile,
                QStringLiteral("%1 is a loop of symbolic links; nothing was written").arg(path));
        std::array<char, PATH_MAX> buf;
        const ssize_t n = ::readlink(enc(p).constData(), buf.data(), buf.size());
        if (n <= 0)
            break;
        const QString target = QFile::decodeName(QByteArray(buf.data(), n));
        p = QDir::isAbsolutePath(target) ? target : QFileInfo(p).absolutePath() + u'/' + target;
    }
    const QFileInfo fi(p);
    char *real = ::realpath(enc(fi.absolutePath()).constData(), nullptr);
    if (!real)
        return std::unexpected(fileError(errno, p, QStringLiteral("write")));
    const QString folder = QFile::decodeName(real);
    std::free(real);
    const QString name = fi.fileName();
    if (name.isEmpty() || name == u"." || name == u"..")
        return QDir::cleanPath(folder + u'/' + name);
    return folder == u"/" ? folder + name : folder + u'/' + name;
}

// A device over a file descriptor that keeps the errno of a failed write, so the error can
// name its cause (a full disk) rather than a writer's generic words.
class FileWriter final : public QIODevice
{
public:
    explicit FileWriter(int fd)
        : m_fd(fd)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    int systemError() const { return m_errno; }
    bool isSequential() const override { return true; } // no seeking back

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        qint64 done = 0;
        while (done < len) {
            const ssize_t n = ::write(m_fd, data + done, size_t(len - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                m_errno = n < 0 ? errno : EIO;
                setErrorString(QString::fromLocal8Bit(std::strerror(m_errno)));
                return -1;
            }
            done += n;
        }
        return done;
    }

private:
    int m_fd;
    int m_errno = 0;
};

} // namespace

Error DatabaseFile::damage() const
{
    QMutexLocker lock(&m_mutex);
    return m_damage;
}

void DatabaseFile::markDamaged(const Error &damage)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_damaged.load())
            return;
        m_damage = damage;
        m_damaged.store(true, std::memory_order_release);
    }
    OpenDatabases::notifyDamage(m_path, damage);
}

void DatabaseFile::clearDamage()
{
    QMutexLocker lock(&m_mutex);
    m_damaged.store(false, std::memory_order_release);
    m_damage = {};
}

QRecursiveMutex &OpenDatabases::mutex()
{
    return registry().mutex;
}

bool OpenDatabases::isOpen(const QString &path)
{
    QMutexLocker lock(&mutex());
    struct stat st;
    if (::stat(enc(path).constData(), &st) != 0)
        return false;
    for (const auto &[e, file] : liveEntries())
        if (e.dev == st.st_dev && e.ino == st.st_ino)
            return true;
    return false;
}

std::shared_ptr<DatabaseFile> OpenDatabases::attach(const QString &path)
{
    QMutexLocker lock(&mutex());
    struct stat st;
    if (::stat(enc(path).constData(), &st) != 0)
        return std::make_shared<DatabaseFile>(QFileInfo(path).absoluteFilePath());
    for (const auto &[e, file] : liveEntries())
        if (e.dev == st.st_dev && e.ino == st.st_ino)
            return file;
    const QString real = QFileInfo(path).canonicalFilePath();
    auto file = std::make_shared<DatabaseFile>(real.isEmpty() ? path : real);
    registry().entries.append({st.st_dev, st.st_ino, file});
    return file;
}

void OpenDatabases::setDamageHandler(DamageHandler handler)
{
    QMutexLocker lock(&registry().handlerMutex);
    registry().handler = std::move(handler);
}

void OpenDatabases::notifyDamage(const QString &path, const Error &damage)
{
    QMutexLocker lock(&registry().handlerMutex);
    if (registry().handler)
        registry().handler(path, damage);
}

Result<QString> checkOutputPath(const QString &path)
{
    auto target = resolveTarget(path);
    if (!target)
        return target;
    auto refuse = [&](const QString &what) {
        return fail(Error::Code::ProtectedFile,
                    QStringLiteral("%1 is %2; nothing was written (choose another file name)")
                        .arg(path, what));
    };
    struct stat st;
    const bool exists = ::stat(enc(*target).constData(), &st) == 0;
    if (exists && S_ISDIR(st.st_mode))
        return refuse(QStringLiteral("a folder"));
    if (exists && !S_ISREG(st.st_mode))
        return refuse(QStringLiteral("not a regular file"));
    QMutexLocker lock(&OpenDatabases::mutex());
    for (const auto &[e, file] : liveEntries()) {
        if (exists && st.st_dev == e.dev && st.st_ino == e.ino)
            return refuse(QStringLiteral("the database in use (%1)").arg(file->path()));
        for (const char *suffix : kCompanions) {
            const QString companion = file->path() + QLatin1String(suffix);
            if (*target == companion || (exists && sameFile(st, companion)))
                return refuse(QStringLiteral("the %1 file of the database in use (%2)")
                                  .arg(QLatin1String(suffix), file->path()));
        }
    }
    for (const char *suffix : kCompanions) {
        if (!target->endsWith(QLatin1String(suffix)))
            continue;
        const QString base = target->chopped(qsizetype(std::strlen(suffix)));
        if (!OpenDatabases::isOpen(base) && readHeader(base).kind == Kind::Sqlite)
            return refuse(QStringLiteral("the %1 file of the SQLite database %2")
                              .arg(QLatin1String(suffix), base));
    }
    if (exists) {
        switch (readHeader(*target).kind) {
        case Kind::Sqlite:
            return refuse(QStringLiteral("an SQLite database"));
        case Kind::Wal:
            return refuse(QStringLiteral("an SQLite database's write-ahead log"));
        case Kind::Journal:
            return refuse(QStringLiteral("an SQLite database's rollback journal"));
        default:
            break;
        }
    }
    return target;
}

Status checkDatabaseFile(const QString &path)
{
    const Header h = readHeader(path);
    switch (h.kind) {
    case Kind::Unreadable: // SQLite says why (permissions, a missing folder)
        return {};
    case Kind::NotRegular:
        return fail(Error::Code::NotADatabase,
                    QFileInfo(path).isDir()
                        ? QStringLiteral("%1 is a folder, not a database file").arg(path)
                        : QStringLiteral("%1 is not a regular file").arg(path));
    case Kind::Empty:
        return fail(Error::Code::NotADatabase,
                    QStringLiteral("%1 is empty; delete it to start a new database").arg(path));
    case Kind::Wal:
    case Kind::Journal:
    case Kind::Other:
        return fail(Error::Code::NotADatabase,
                    QStringLiteral("%1 is not an SQLite database (it does not start with "
                                   "SQLite's header); it was not modified")
                        .arg(path));
    case Kind::Sqlite:
        break;
    }
    // Shorter than its header says: cut off by a copy or a full disk. Only judged without a
    // journal or a write-ahead log beside it, which may hold the rest.
    const qint64 expected = h.pageCount * h.pageSize;
    if (h.pageCount > 0 && h.size < expected && QFileInfo(path + QStringLiteral("-wal")).size() == 0
        && !QFileInfo::exists(path + QStringLiteral("-journal")))
        return fail(Error::Code::Damaged,
                    QStringLiteral("%1 is truncated: it holds %2 bytes of the %3 its header "
                                   "records; restore a backup")
                        .arg(path)
                        .arg(h.size)
                        .arg(expected));
    return {};
}

Status syncPath(const QString &path)
{
    const int fd = ::open(enc(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::unexpected(fileError(errno, path, QStringLiteral("sync")));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return std::unexpected(fileError(err, path, QStringLiteral("sync")));
    return {};
}

Status replaceFileThrough(const QString &target,
                          const std::function<Status(const QString &temporary)> &produce,
                          const std::function<Status()> &beforeRename)
{
    const QFileInfo fi(target);
    QString tmp;
    int fd = -1;
    for (int i = 0; i < 100 && fd < 0; ++i) {
        tmp = QStringLiteral("%1/.%2.%3.tmp")
                  .arg(fi.absolutePath(), fi.fileName())
                  .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
        fd = ::open(enc(tmp).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            return std::unexpected(fileError(errno, target, QStringLiteral("write")));
    }
    if (fd < 0)
        return fail(Error::Code::Io,
                    QStringLiteral("cannot make a temporary file in %1").arg(fi.absolutePath()));
    ::close(fd);
    auto removeTemporary = qScopeGuard([&] { ::unlink(enc(tmp).constData()); });
    if (auto s = produce(tmp); !s)
        return s;
    // The file it replaces keeps its permissions.
    struct stat old;
    if (::stat(enc(target).constData(), &old) == 0)
        ::chmod(enc(tmp).constData(), old.st_mode & 07777);
    if (auto s = syncPath(tmp); !s)
        return s;
    if (beforeRename)
        if (auto s = beforeRename(); !s)
            return s;
    if (::rename(enc(tmp).constData(), enc(target).constData()) != 0)
        return std::unexpected(fileError(errno, target, QStringLiteral("write")));
    removeTemporary.dismiss();
    return syncPath(fi.absolutePath());
}

Status writeFileThrough(const QString &path,
                        const std::function<Status(const QString &temporary)> &produce)
{
    auto target = checkOutputPath(path);
    if (!target)
        return std::unexpected(target.error());
    return replaceFileThrough(*target, produce, [&]() -> Status {
        // A long export: the path may have become a database meanwhile.
        if (auto again = checkOutputPath(path); !again)
            return std::unexpected(again.error());
        return {};
    });
}

Status writeFileAtomically(const QString &path, const std::function<Status(QIODevice *)> &write)
{
    return writeFileThrough(path, [&](const QString &temporary) -> Status {
        const int fd = ::open(enc(temporary).constData(), O_WRONLY | O_TRUNC | O_CLOEXEC);
        if (fd < 0)
            return std::unexpected(fileError(errno, path, QStringLiteral("write")));
        FileWriter out(fd);
        const Status s = write(&out);
        const int err = out.systemError();
        const int closed = ::close(fd) == 0 ? 0 : errno;
        if (err)
            return std::unexpected(fileError(err, path, QStringLiteral("write")));
        if (!s)
            return s;
        if (closed)
            return std::unexpected(fileError(closed, path, QStringLiteral("write")));
        return {};
    });
}

} // namespace sk
