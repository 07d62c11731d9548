#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

class QThread;

namespace sk::sync {

// The one thread a device's pull uses beside its own (docs/architecture.md, "Threads", way 3):
// a QThread running one loop, sleeping on a condition variable between jobs, owned by the
// SyncClient, whose destructor ends the loop and waits for it. While the client's thread writes
// a pulled page, the worker parses half of the next page's events and checks the page's sales.
// Jobs touch no database and run in the order they were given.
class PageWorker
{
public:
    PageWorker();
    ~PageWorker();
    PageWorker(const PageWorker &) = delete;
    PageWorker &operator=(const PageWorker &) = delete;

    // A job's end, waited for by the thread that gave it.
    class Done
    {
    public:
        void wait();

    private:
        friend class PageWorker;
        std::mutex m_mutex;
        std::condition_variable m_cv;
        bool m_done = false;
    };
    // Runs `job` on the worker; wait for it with the returned Done before anything `job` uses
    // goes away.
    std::shared_ptr<Done> run(std::function<void()> job);

private:
    void loop();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::pair<std::function<void()>, std::shared_ptr<Done>>> m_jobs;
    bool m_stop = false;
    std::unique_ptr<QThread> m_thread; // started once the members above exist
};

} // namespace sk::sync
