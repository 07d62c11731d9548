#include "app/server/WalCheckpointer.h"

#include <QFile>
#include <QThread>
#include <QtGlobal>

#include <sqlite3.h>

#include <chrono>

namespace sk::server {

WalCheckpointer::WalCheckpointer(const QString &path)
    : m_thread(QThread::create([this, file = QFile::encodeName(path)] { run(file); }))
{
    m_thread->start();
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread->wait();
}

int WalCheckpointer::committed(void *self, sqlite3 *db, const char *, int pages)
{
    auto *c = static_cast<WalCheckpointer *>(self);
    if (pages < kPages)
        return SQLITE_OK;
    if (!c->m_running.load()) {
        sqlite3_wal_checkpoint(db, nullptr); // the thread has no connection: do it here
        return SQLITE_OK;
    }
    {
        std::lock_guard lock(c->m_mutex);
        c->m_pending = true;
    }
    c->m_wake.notify_one();
    return SQLITE_OK;
}

void WalCheckpointer::run(const QByteArray &file)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        qWarning("stallkeeper-server: checkpoints run with the commits: %s", sqlite3_errmsg(db));
        sqlite3_close(db);
        return;
    }
    sqlite3_busy_timeout(db, 1000);
    sqlite3_exec(db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    m_running = true;
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_stop || m_pending; });
        if (m_stop)
            break;
        m_pending = false;
        lock.unlock();
        sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
    }
    m_running = false;
    lock.unlock();
    sqlite3_close(db);
}

} // namespace sk::server
