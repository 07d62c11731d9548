#pragma once

#include "core/Error.h"

#include <QMutex>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;

namespace sk {

// Nothing the app or the CLI writes can destroy a database, and no file is ever truncated in
// place. Every writer goes through writeFileAtomically (content to a device) or
// writeFileThrough (a producer that writes a file by name: VACUUM INTO, a PDF printer):
//  - checkOutputPath first refuses a path that is, or leads to (symlinks, "..", hard links:
//    device and inode), a database this process has open, its -wal, -shm or -journal file, any
//    existing SQLite file or such a file's companions, a folder, or anything but a regular file;
//  - the content goes to a temporary file in the same folder, which is fsynced and renamed over
//    the path, and the folder is fsynced: readers see the old file or the whole new one, and a
//    failure (full disk, cancel) leaves the old file as it was.
// Errors name the real cause (StorageError.h).

// What every connection of this process to one database file shares: whether the file was
// found damaged (then nothing more is written to it) and why.
class DatabaseFile
{
public:
    explicit DatabaseFile(QString path)
        : m_path(std::move(path))
    {}
    const QString &path() const { return m_path; } // resolved, absolute
    bool damaged() const { return m_damaged.load(std::memory_order_acquire); }
    Error damage() const;
    // The first report wins; the damage handler hears of it once.
    void markDamaged(const Error &damage);
    // A restore replaced the content with a proven backup.
    void clearDamage();

private:
    const QString m_path;
    std::atomic<bool> m_damaged{false};
    mutable QMutex m_mutex;
    Error m_damage;
};

// The database files this process has open. Database registers every connection; the checks
// here use it to refuse outputs onto them, and never open a second handle on such a file (closing
// one would drop the locks SQLite holds on it).
class OpenDatabases
{
public:
    // Held while a file's header is read and while a connection is opened.
    static QRecursiveMutex &mutex();
    static bool isOpen(const QString &path);
    // After a connection to `path` opened (under mutex()): the state shared with the others.
    static std::shared_ptr<DatabaseFile> attach(const QString &path);

    using DamageHandler = std::function<void(const QString &path, const Error &damage)>;
    static void setDamageHandler(DamageHandler handler);
    static void notifyDamage(const QString &path, const Error &damage);
};

// Where `path` may be written: the final path (symlinks followed, folder resolved), or a
// ProtectedFile error that says what the path is and that nothing was written.
Result<QString> checkOutputPath(const QString &path);

// An existing file about to be opened as a database (not open in this process): refused when
// it is empty, not a regular file, not an SQLite file, or shorter than its header says.
Status checkDatabaseFile(const QString &path);

// Write `path` through a temporary file in its folder; `produce` fills the temporary by name.
Status writeFileThrough(const QString &path,
                        const std::function<Status(const QString &temporary)> &produce);
// The same for content written to a device (unbuffered; a failed write names its errno).
Status writeFileAtomically(const QString &path, const std::function<Status(QIODevice *)> &write);
// Without the output check, for the one caller that replaces a database file on purpose (a
// restore when the file cannot be opened): `beforeRename` runs once the new content is whole.
Status replaceFileThrough(const QString &target,
                          const std::function<Status(const QString &temporary)> &produce,
                          const std::function<Status()> &beforeRename);

// fsync a file or a folder.
Status syncPath(const QString &path);

} // namespace sk
