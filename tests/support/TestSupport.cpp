#include "TestSupport.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSqlRecord>
#include <QtTest>

namespace sk::test {

TempDb::TempDb()
{
    reopen();
}

void TempDb::reopen()
{
    m_db.reset();
    auto db = Database::open(path());
    if (!db)
        qFatal("cannot open test database: %s", qPrintable(db.error().detail));
    m_db = std::move(*db);
}

FakeClock::FakeClock(qint64 startMs)
    : m_now(startMs)
{
    Clock::setSource([this] { return m_now; });
}

FakeClock::~FakeClock()
{
    Clock::setSource({});
}

QString binary(const QString &relative)
{
    return QStringLiteral(STALLKEEPER_BINARY_DIR "/") + relative;
}

CliRun runCli(const QString &db, const QStringList &args)
{
    QProcess p;
    p.start(binary(QStringLiteral("app/cli/stallkeeper-cli")),
            QStringList{QStringLiteral("--db"), db} + args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray contentHash(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().detail));
    QByteArray all;
    auto tables = (*db)->exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    for (const QString &t : names) {
        auto q = (*db)->exec(QStringLiteral("SELECT * FROM ") + t);
        while (q->next())
            for (int i = 0; i < q->record().count(); ++i)
                all += q->value(i).toString().toUtf8() + '|';
    }
    return QCryptographicHash::hash(all, QCryptographicHash::Sha256);
}

} // namespace sk::test
