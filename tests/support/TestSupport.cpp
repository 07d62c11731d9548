#include "TestSupport.h"

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

} // namespace sk::test
