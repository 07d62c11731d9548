#pragma once

#include "app/server/ServerStore.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QObject;
class QThread;

namespace sk::server {

// Stores pushes on a thread of its own, through its own connection to the store, so that the
// HTTP thread goes on reading and checking the next batches while one is written and synced to
// disk. The batches waiting when the writer comes round are stored together, in one
// transaction. With SQLite the commit does not wait for the disk: a second thread syncs the WAL
// file while the writer goes on with the next batches, and only then are the results delivered
// (one sync for every commit made while the last one ran). Each result is delivered on the
// thread of `context`, in the order the batches were submitted; a batch is stored after every
// batch submitted before it, so a vendor's sequence numbers follow the order the pushes
// arrived in. Between pushes the writer adds the stored events' sales and stock rows
// (ServerStore::project).
class PushWriter
{
public:
    using Done = std::function<void(const Result<PushOutcome> &)>;

    // Opens the second connection on the writer's thread. The error when it cannot: an
    // in-memory SQLite store (a second connection would see another database) or a store that
    // does not open.
    static Result<std::unique_ptr<PushWriter>> start(const QString &spec, QObject *context);
    // Stores what was submitted, then stops; the results of those are dropped with `context`,
    // which must outlive the writer.
    ~PushWriter();
    PushWriter(const PushWriter &) = delete;
    PushWriter &operator=(const PushWriter &) = delete;

    void submit(PushBatch batch, Done done);

    // The vendor's first sequence number committed but not yet on disk, or 0. A pull stops
    // before it: a cursor past events that a power cut could still take back would skip the
    // events that then get those numbers.
    qint64 unsyncedFloor(const QString &vendorId);

    // Events stored together at most: a full batch from each of three devices.
    static constexpr qsizetype kMaxEventsPerCommit = 3 * sync::limits::kMaxPushEvents;
    // The sales and stock views are brought up to date once no push has come for kQuiet, and
    // along with the pushes once they are kMaxLag behind (a read catches up at once anyway).
    static constexpr std::chrono::milliseconds kQuiet{200};
    static constexpr std::chrono::milliseconds kMaxLag{10000};

private:
    explicit PushWriter(QObject *context);
    void run(const QString &spec);
    void runSyncer();
    // fdatasync() of the WAL file: every commit before the call is then on disk. An empty
    // string, or what failed.
    QString syncWal();

    struct Job
    {
        PushBatch batch;
        Done done;
    };
    struct Stored
    {
        Done done;
        Result<PushOutcome> result;
        quint64 commit = 0; // numbered by the writer
    };
    struct Unsynced
    {
        QString vendorId;
        qint64 firstSeq = 0;
        quint64 commit = 0;
    };
    void deliver(std::vector<Stored> stored, const QString &syncFailure);
    QObject *m_context; // outlives the thread: its owner stops the writer first
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stop = false;
    std::optional<Error> m_openError; // set by the thread before `m_opened`
    bool m_opened = false;
    QString m_walFile; // SQLite: set by the thread before `m_opened`

    std::mutex m_syncMutex;
    std::condition_variable m_syncWake;
    std::vector<Stored> m_unsynced; // committed, waiting for the WAL to reach the disk
    bool m_syncStop = false;
    int m_walFd = -1; // the syncer's own

    std::mutex m_floorMutex;
    std::vector<Unsynced> m_unsyncedSeqs;
    quint64 m_commits = 0; // the writer's

    // Each runs one loop (run(), runSyncer()) and is waited for by the destructor.
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QThread> m_syncer;
};

} // namespace sk::server
