#pragma once

#include "Database.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace sk::test {

// A fresh database in a temporary folder, removed with the object.
class TempDb
{
public:
    TempDb();
    Database &db() { return *m_db; }
    Database *operator->() { return m_db.get(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

// Freezes Clock::nowMs() at a given time for the lifetime of the object (advance() moves it).
class FakeClock
{
public:
    explicit FakeClock(qint64 startMs);
    ~FakeClock();
    void advance(qint64 ms) { m_now += ms; }
    qint64 now() const { return m_now; }

private:
    qint64 m_now;
};

// The child of `parent` named `name`. A missing one ends the run at once, naming it: a renamed
// widget must not become a null pointer that crashes far from the cause.
template<typename T>
T *childOf(const QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// Path of a built executable of this project (e.g. "app/cli/stallkeeper-cli").
QString binary(const QString &relative);

// One run of stallkeeper-cli on the database `db`: exit code (-1 if it crashed), stdout, stderr.
struct CliRun
{
    int code;
    QString out;
    QString err;
};
CliRun runCli(const QString &db, const QStringList &args);

// A hash of the logical content of every table of the database at `path`: equal before and
// after a command means the command wrote nothing.
QByteArray contentHash(const QString &path);

} // namespace sk::test
