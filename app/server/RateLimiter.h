#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace sk::server {

// Token buckets keyed by device id or address. A cache in the sense of docs/architecture.md
// "The server": losing it (restart, another process) only resets the limits.
class RateLimiter
{
public:
    RateLimiter(double perSecond, double burst);
    // 0 when allowed, otherwise the seconds to wait.
    int take(const QString &key);

private:
    struct Bucket
    {
        double tokens;
        qint64 at;
    };
    double m_rate;
    double m_burst;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace sk::server
