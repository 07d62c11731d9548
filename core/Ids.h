#pragma once

#include <QString>

#include <functional>
#include <mutex>

namespace sk {

// Wall clock in milliseconds since the epoch; replaceable so tests can skew or freeze time.
class Clock
{
public:
    static qint64 nowMs();
    static void setSource(std::function<qint64()> source); // empty function = real clock
};

// UUID version 7 (RFC 9562): 48-bit ms timestamp, then random bits. Sorts by creation time.
QString newUuid7();

// Hybrid logical clock. A timestamp is (physical ms << 16) | logical counter, so it fits an
// int64 column and compares with plain integer order. Ties between devices are broken by the
// record id wherever order matters. Thread-safe.
class Hlc
{
public:
    static qint64 pack(qint64 ms, int counter) { return (ms << 16) | (counter & 0xffff); }
    static qint64 physicalMs(qint64 hlc) { return hlc >> 16; }

    // A new timestamp for a local event: strictly greater than every timestamp seen so far.
    qint64 now();
    // Merge a timestamp received from elsewhere (sync), so later local events sort after it.
    void observe(qint64 remote);
    qint64 last() const;

private:
    mutable std::mutex m_mutex;
    qint64 m_last = 0;
};

} // namespace sk
