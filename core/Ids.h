#pragma once

#include <QString>

#include <algorithm>
#include <functional>
#include <limits>
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

// How far a timestamp may lie ahead of the clock that judges it: a device's clock and the
// server's may differ by this much. A timestamp further ahead is refused by the event checks
// and never merged into a clock.
constexpr qint64 kMaxClockSkewMs = 2 * 60 * 1000;

// Hybrid logical clock. A timestamp is (physical ms << 16) | logical counter, so it fits an
// int64 column and compares with plain integer order. Ties between devices are broken by the
// record id wherever order matters. Thread-safe. Never more than kMaxClockSkewMs ahead of the
// wall clock: a remote timestamp beyond that is not merged, and when the wall clock was set
// back by more than that (it ran fast) the clock restarts from it, since what it stamped ahead
// is refused everywhere anyway. No input makes it overflow.
class Hlc
{
public:
    static constexpr qint64 kMaxPhysicalMs = std::numeric_limits<qint64>::max() >> 16;
    // `ms` is clamped to [0, kMaxPhysicalMs].
    static qint64 pack(qint64 ms, int counter)
    {
        return (std::clamp<qint64>(ms, 0, kMaxPhysicalMs) << 16) | (counter & 0xffff);
    }
    static qint64 physicalMs(qint64 hlc) { return hlc >> 16; }
    // The greatest timestamp a clock reading `nowMs` may hold or accept.
    static qint64 latestAllowed(qint64 nowMs);

    // A new timestamp for a local event: greater than every timestamp seen so far (unless the
    // wall clock was set back, see above).
    qint64 now();
    // Merge a timestamp received from elsewhere (sync), so later local events sort after it.
    // False, and the clock unchanged, for one that is not positive or lies beyond the skew.
    bool observe(qint64 remote);
    qint64 last() const;

private:
    mutable std::mutex m_mutex;
    qint64 m_last = 0;
};

} // namespace sk
