#include "Ids.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace sk {

namespace {
std::mutex g_clockMutex;
std::function<qint64()> g_clock;
} // namespace

qint64 Clock::nowMs()
{
    {
        std::lock_guard lock(g_clockMutex);
        if (g_clock)
            return g_clock();
    }
    return QDateTime::currentMSecsSinceEpoch();
}

void Clock::setSource(std::function<qint64()> source)
{
    std::lock_guard lock(g_clockMutex);
    g_clock = std::move(source);
}

QString newUuid7()
{
    unsigned char b[16];
    const quint64 ms = static_cast<quint64>(Clock::nowMs());
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    quint32 r[3];
    QRandomGenerator::system()->fillRange(r, 3);
    for (int i = 0; i < 10; ++i)
        b[6 + i] = static_cast<unsigned char>(r[i / 4] >> (8 * (i % 4)));
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x70); // version 7
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80); // variant 10
    static const char hex[] = "0123456789abcdef";
    QString s;
    s.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            s.append(QLatin1Char('-'));
        s.append(QLatin1Char(hex[b[i] >> 4]));
        s.append(QLatin1Char(hex[b[i] & 15]));
    }
    return s;
}

qint64 Hlc::now()
{
    std::lock_guard lock(m_mutex);
    const qint64 wall = pack(Clock::nowMs(), 0);
    m_last = wall > m_last ? wall : m_last + 1;
    return m_last;
}

void Hlc::observe(qint64 remote)
{
    std::lock_guard lock(m_mutex);
    if (remote > m_last)
        m_last = remote;
}

qint64 Hlc::last() const
{
    std::lock_guard lock(m_mutex);
    return m_last;
}

} // namespace sk
