#include "core/sync/PageWorker.h"

#include <QThread>

namespace sk::sync {

PageWorker::PageWorker()
    : m_thread(QThread::create([this] { loop(); }))
{
    m_thread->setObjectName(QStringLiteral("pull worker"));
    m_thread->start();
}

PageWorker::~PageWorker()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread->wait();
}

std::shared_ptr<PageWorker::Done> PageWorker::run(std::function<void()> job)
{
    auto done = std::make_shared<Done>();
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.emplace_back(std::move(job), done);
    }
    m_wake.notify_one();
    return done;
}

void PageWorker::Done::wait()
{
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [this] { return m_done; });
}

void PageWorker::loop()
{
    for (;;) {
        std::pair<std::function<void()>, std::shared_ptr<Done>> next;
        {
            std::unique_lock lock(m_mutex);
            // Jobs given before the owner went are still run: their givers wait for them.
            m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
            if (m_jobs.empty())
                return;
            next = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        next.first();
        {
            const std::lock_guard lock(next.second->m_mutex);
            next.second->m_done = true;
        }
        next.second->m_cv.notify_all();
    }
}

} // namespace sk::sync
