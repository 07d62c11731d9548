#include "app/server/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace sk::server {

RateLimiter::RateLimiter(double perSecond, double burst)
    : m_rate(perSecond)
    , m_burst(burst)
{
    m_clock.start();
}

int RateLimiter::take(const QString &key)
{
    if (m_rate <= 0)
        return 0;
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() > 100000)
            m_buckets.clear();
        it = m_buckets.insert(key, Bucket{m_burst, now});
    }
    it->tokens = std::min(m_burst, it->tokens + double(now - it->at) / 1000.0 * m_rate);
    it->at = now;
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - it->tokens) / m_rate)));
}

} // namespace sk::server
