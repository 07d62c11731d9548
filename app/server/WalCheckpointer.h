#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

class QThread;
struct sqlite3;

namespace sk::server {

// Copies an SQLite store's WAL into the database file from its own connection and thread once
// a commit left it past kPages (16 MB at 16 KB pages), and once a second when idle. SQLite's
// automatic checkpoint would run inside the commit that crosses its threshold, so one push in
// a few paid for copying the pushes before it while its device waited. A passive checkpoint
// never blocks the writer; one that could not finish is retried after the next commit.
// One per SQLite connection that writes (the HTTP thread's and PushWriter's each have one):
// the connection installs committed() as its WAL hook. Measured on the sync benchmark, one
// checkpointer shared by both connections was slower: their idle checkpoints keep the WAL
// short for the pulls.
class WalCheckpointer
{
public:
    explicit WalCheckpointer(const QString &path);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;
    static constexpr int kPages = 1000;

    // SQLite's WAL hook on the writing connection (replacing its automatic checkpoint): after
    // each commit, with the pages now in the WAL.
    static int committed(void *self, sqlite3 *db, const char *, int pages);

private:
    void run(const QByteArray &file);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_pending = false;
    std::atomic<bool> m_running = false;
    std::unique_ptr<QThread> m_thread; // runs run(); started once the members above exist
};

} // namespace sk::server
