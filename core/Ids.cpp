#include "core/Ids.h"

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
    // Monotonic within the process (RFC 9562 method 1): the 12-bit rand_a field is a counter
    // that starts at a random value each millisecond, so ids made in one burst sort in order.
    static std::mutex mutex;
    static quint64 lastMs = 0;
    static quint32 counter = 0;
    quint64 ms = static_cast<quint64>(Clock::nowMs());
    quint32 seq;
    {
        std::lock_guard lock(mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0xfff) {
                ++ms;
                counter = QRandomGenerator::system()->bounded(0x800u);
            }
        } else {
            counter = QRandomGenerator::system()->bounded(0x800u);
        }
        lastMs = ms;
        seq = counter;
    }
    unsigned char b[16];
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    quint32 r[3];
    QRandomGenerator::system()->fillRange(r, 3);
    for (int i = 0; i < 10; ++i)
        b[6 + i] = static_cast<unsigned char>(r[i / 4] >> (8 * (i % 4)));
    b[6] = static_cast<unsigned char>(0x70 | ((seq >> 8) & 0x0f)); // version 7 + counter high
    b[7] = static_cast<unsigned char>(seq & 0xff);
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80); // variant 10
    static const char hex[] = "0123456789abcdef";
    // Written in place (an append per character was most of the id's time in a catalog import,
    // which makes two ids a row).
    QString s(36, Qt::Uninitialized);
    QChar *o = s.data();
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *o++ = u'-';
        *o++ = QLatin1Char(hex[b[i] >> 4]);
        *o++ = QLatin1Char(hex[b[i] & 15]);
    }
    return s;
}

qint64 Hlc::latestAllowed(qint64 nowMs)
{
    const qint64 ms = nowMs > Hlc::kMaxPhysicalMs - kMaxClockSkewMs ? Hlc::kMaxPhysicalMs
                                                                    : nowMs + kMaxClockSkewMs;
    return pack(ms, 0xffff);
}

qint64 Hlc::now()
{
    const qint64 ms = Clock::nowMs();
    std::lock_guard lock(m_mutex);
    const qint64 wall = pack(ms, 0);
    if (m_last > latestAllowed(ms) || wall > m_last)
        m_last = wall;
    else if (m_last < std::numeric_limits<qint64>::max())
        ++m_last;
    return m_last;
}

bool Hlc::observe(qint64 remote)
{
    const qint64 ms = Clock::nowMs();
    if (remote <= 0 || remote > latestAllowed(ms))
        return false;
    std::lock_guard lock(m_mutex);
    if (remote > m_last)
        m_last = remote;
    return true;
}

qint64 Hlc::last() const
{
    std::lock_guard lock(m_mutex);
    return m_last;
}

} // namespace sk
