#include "app/server/ConnectionGuard.h"

#include <QDir>

#include <algorithm>

#include <sys/resource.h>

// The process's open files, which bound how many connections the server can hold.

namespace sk::server {

namespace {
// Files kept free beyond the connections: the store's (SQLite's WAL, a PostgreSQL connection
// opened later), refusals still being written, whatever Qt opens.
constexpr qint64 kSpareFiles = 64;
} // namespace

FileLimit raiseOpenFileLimit()
{
    FileLimit out;
    rlimit r{};
    if (::getrlimit(RLIMIT_NOFILE, &r) != 0)
        return out;
    out.before = out.now = qint64(r.rlim_cur);
    out.hard = qint64(r.rlim_max);
    if (r.rlim_cur >= r.rlim_max)
        return out;
    rlimit raised = r;
    raised.rlim_cur = r.rlim_max;
    // An unlimited hard limit is still bounded by the kernel's nr_open.
    if (::setrlimit(RLIMIT_NOFILE, &raised) != 0 && r.rlim_max == RLIM_INFINITY) {
        raised.rlim_cur = 1 << 20;
        ::setrlimit(RLIMIT_NOFILE, &raised);
    }
    if (::getrlimit(RLIMIT_NOFILE, &r) == 0)
        out.now = qint64(r.rlim_cur);
    return out;
}

int openFileCount()
{
    return int(QDir(QStringLiteral("/proc/self/fd"))
                   .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)
                   .size());
}

int connectionCapFor(qint64 softLimit, int openFiles, int configured)
{
    const qint64 room = softLimit - openFiles - kSpareFiles;
    return int(std::clamp<qint64>(room, 1, std::max(1, configured)));
}

} // namespace sk::server
