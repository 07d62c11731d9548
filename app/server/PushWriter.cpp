#include "app/server/PushWriter.h"

#include <QMetaObject>
#include <QObject>
#include <QThread>
#include <QThreadPool>

#include <cerrno>
#include <chrono>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sk::server {

PushWriter::PushWriter(QObject *context)
    : m_context(context)
{}

Result<std::unique_ptr<PushWriter>> PushWriter::start(const QString &spec, QObject *context)
{
    if (spec == u":memory:" || spec.startsWith(QLatin1String("file::memory:")))
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("an in-memory store has one connection"));
    std::unique_ptr<PushWriter> w(new PushWriter(context));
    w->m_thread.reset(QThread::create([p = w.get(), spec] { p->run(spec); }));
    w->m_thread->start();
    {
        std::unique_lock lock(w->m_mutex);
        w->m_wake.wait(lock, [&w] { return w->m_opened; });
    }
    if (w->m_openError) {
        const Error e = *w->m_openError;
        w->m_thread->wait();
        return std::unexpected(e);
    }
    if (!w->m_walFile.isEmpty()) {
        w->m_syncer.reset(QThread::create([p = w.get()] { p->runSyncer(); }));
        w->m_syncer->start();
    }
    return w;
}

PushWriter::~PushWriter()
{
    // The writer first (it hands its last commits to the syncer), then the syncer.
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread)
        m_thread->wait();
    {
        std::lock_guard lock(m_syncMutex);
        m_syncStop = true;
    }
    m_syncWake.notify_all();
    if (m_syncer)
        m_syncer->wait();
    if (m_walFd >= 0)
        ::close(m_walFd);
}

void PushWriter::submit(PushBatch batch, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(Job{std::move(batch), std::move(done)});
    }
    m_wake.notify_all();
}

void PushWriter::run(const QString &spec)
{
    // The connection lives and dies on this thread, as Qt's SQL drivers want.
    auto store = ServerStore::open(spec);
    Result<QString> wal = store ? (*store)->leaveSyncToCaller() : Result<QString>(QString());
    {
        std::lock_guard lock(m_mutex);
        if (!store)
            m_openError = store.error();
        else if (!wal)
            m_openError = wal.error();
        else
            m_walFile = *wal;
        m_opened = true;
    }
    m_wake.notify_all();
    if (!store || !wal)
        return;

    using Clock = std::chrono::steady_clock;
    // The sales and stock rows of stored events (ServerStore::project) are written here when
    // no push has come for kQuiet, a slice at a time so that a push never waits long; under a
    // steady stream of pushes, once they are kMaxLag behind, after each commit as many as it
    // stored. Events left behind by an earlier run are picked up too.
    bool behind = true;
    // Since when the views are behind the pushes (`behindSinceSet`): a time point and a flag
    // rather than an optional, which GCC's optimizer takes for read before it is set.
    Clock::time_point behindSince{};
    bool behindSinceSet = false;
    Clock::time_point lastCommit = Clock::now() - kQuiet;
    const auto projectSome = [&](qsizetype atLeast) {
        qsizetype done = 0;
        do {
            auto n = (*store)->projectSome(ServerStore::kProjectionSlice);
            if (!n) {
                qWarning("stallkeeper-server: sales and stock views not updated: %s",
                         qPrintable(n.error().detail));
                behind = false; // tried again after the next commit
                return;
            }
            if (*n == 0) {
                behind = false;
                behindSinceSet = false;
                return;
            }
            done += *n;
        } while (done < atLeast);
    };

    std::unique_lock lock(m_mutex);
    for (;;) {
        if (behind && !m_stop && m_queue.empty()) {
            const auto quiet = Clock::now() - lastCommit;
            if (quiet >= kQuiet) {
                lock.unlock();
                projectSome(1);
                lock.lock();
            } else {
                m_wake.wait_for(
                    lock, kQuiet - quiet, [this] { return m_stop || !m_queue.empty(); });
            }
            continue;
        }
        m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_queue.empty())
            break; // stopping, and everything submitted is stored
        std::vector<Job> jobs;
        qsizetype events = 0;
        while (!m_queue.empty()
               && (jobs.empty()
                   || events + m_queue.front().batch.events.size() <= kMaxEventsPerCommit)) {
            events += m_queue.front().batch.events.size();
            jobs.push_back(std::move(m_queue.front()));
            m_queue.pop_front();
        }
        lock.unlock();

        QList<PushBatch> batches;
        batches.reserve(qsizetype(jobs.size()));
        for (Job &j : jobs)
            batches << std::move(j.batch);
        const bool deferSync = !m_walFile.isEmpty();
        const quint64 commit = ++m_commits;
        const auto outs = (*store)->pushAll(batches, [&](const QList<PushOutcome> &pending) {
            if (!deferSync)
                return;
            std::lock_guard floorLock(m_floorMutex);
            for (qsizetype i = 0; i < pending.size(); ++i)
                if (pending[i].firstSeq > 0)
                    m_unsyncedSeqs.push_back(
                        Unsynced{batches[i].device.vendorId, pending[i].firstSeq, commit});
        });
        // Freeing the parsed sales is a few ms the next commit need not wait for.
        QThreadPool::globalInstance()->start(
            [done = std::move(batches)]() mutable { done.clear(); });
        std::vector<Stored> stored;
        stored.reserve(jobs.size());
        for (size_t i = 0; i < jobs.size(); ++i)
            stored.push_back(Stored{std::move(jobs[i].done),
                                    outs ? Result<PushOutcome>(outs->at(qsizetype(i)))
                                         : Result<PushOutcome>(std::unexpected(outs.error())),
                                    commit});
        if (!deferSync) {
            deliver(std::move(stored), {});
        } else {
            {
                std::lock_guard syncLock(m_syncMutex);
                for (Stored &s : stored)
                    m_unsynced.push_back(std::move(s));
            }
            m_syncWake.notify_all();
        }
        lastCommit = Clock::now();
        if (outs && events > 0) {
            behind = true;
            if (!behindSinceSet) {
                behindSince = lastCommit;
                behindSinceSet = true;
            } else if (lastCommit - behindSince > kMaxLag) {
                projectSome(events);
            }
        }
        lock.lock();
    }
    lock.unlock();
    store->reset();
}

qint64 PushWriter::unsyncedFloor(const QString &vendorId)
{
    std::lock_guard lock(m_floorMutex);
    qint64 floor = 0;
    for (const Unsynced &u : m_unsyncedSeqs)
        if (u.vendorId == vendorId && (floor == 0 || u.firstSeq < floor))
            floor = u.firstSeq;
    return floor;
}

void PushWriter::runSyncer()
{
    std::unique_lock lock(m_syncMutex);
    for (;;) {
        m_syncWake.wait(lock, [this] { return m_syncStop || !m_unsynced.empty(); });
        if (m_unsynced.empty())
            break;
        std::vector<Stored> stored = std::exchange(m_unsynced, {});
        lock.unlock();
        const QString failure = syncWal();
        {
            // Synced, or as good as it will get: a failed sync's pushes are answered with an
            // error and sent again.
            const quint64 upTo = stored.back().commit;
            std::lock_guard floorLock(m_floorMutex);
            std::erase_if(m_unsyncedSeqs, [upTo](const Unsynced &u) { return u.commit <= upTo; });
        }
        deliver(std::move(stored), failure);
        lock.lock();
    }
}

QString PushWriter::syncWal()
{
    const QByteArray path = m_walFile.toLocal8Bit();
    struct stat byPath = {}, byFd = {};
    // The WAL file lasts as long as a connection is open; should it ever be made anew, the new
    // one is the one to sync.
    if (m_walFd >= 0
        && (::stat(path.constData(), &byPath) != 0 || ::fstat(m_walFd, &byFd) != 0
            || byPath.st_ino != byFd.st_ino || byPath.st_dev != byFd.st_dev)) {
        ::close(m_walFd);
        m_walFd = -1;
    }
    if (m_walFd < 0)
        m_walFd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (m_walFd < 0)
        return QStringLiteral("cannot open %1: %2")
            .arg(m_walFile, QString::fromLocal8Bit(std::strerror(errno)));
    if (::fdatasync(m_walFd) != 0)
        return QStringLiteral("cannot sync %1 to disk: %2")
            .arg(m_walFile, QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

void PushWriter::deliver(std::vector<Stored> stored, const QString &syncFailure)
{
    for (Stored &s : stored) {
        // Committed but not known to be on disk: the device is told to send again (a repeat is
        // acknowledged without being stored twice).
        Result<PushOutcome> r
            = syncFailure.isEmpty() || !s.result
                  ? std::move(s.result)
                  : Result<PushOutcome>(std::unexpected(Error::database(syncFailure)));
        QMetaObject::invokeMethod(
            m_context,
            [done = std::move(s.done), r = std::move(r)] { done(r); },
            Qt::QueuedConnection);
    }
}

} // namespace sk::server
