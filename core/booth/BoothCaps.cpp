#include "core/booth/BoothCaps.h"

#include "core/booth/BoothStore.h"

#include <QDate>

namespace sk::booth {

MatchQuote capMatch(
    const BoothConfig &cfg, Minor incentiveFace, Minor snap, Minor usedToday, Minor usedThisMonth)
{
    MatchQuote q;
    q.snapAmount = snap;
    q.usedToday = usedToday;
    q.usedThisMonth = usedThisMonth;
    if (incentiveFace <= 0)
        return q; // no incentive at this market
    // snap (<= kMaxAmount) times at most 10: no overflow.
    q.match = snap * cfg.matchBps / 10000;
    Minor allowedNow = q.match;
    if (cfg.dayCap > 0)
        allowedNow = std::min(allowedNow, std::max<Minor>(0, cfg.dayCap - usedToday));
    if (cfg.monthCap > 0)
        allowedNow = std::min(allowedNow, std::max<Minor>(0, cfg.monthCap - usedThisMonth));
    q.incentive = allowedNow - allowedNow % incentiveFace; // whole tokens only
    q.capped = q.incentive < q.match;
    return q;
}

QString monthStart(const QString &day)
{
    return day.left(7) + QStringLiteral("-01");
}

QString monthEnd(const QString &day)
{
    const QDate d = QDate::fromString(day, Qt::ISODate);
    return d.isValid() ? QDate(d.year(), d.month(), d.daysInMonth()).toString(Qt::ISODate)
                       : day.left(7) + QStringLiteral("-31");
}

void CapRules::add(const QString &type, const QJsonObject &data)
{
    if (type == events::config()) {
        const BoothConfig c = BoothConfig::fromJson(data);
        if (!m_haveConfig || c.hlc >= m_config.hlc) {
            m_config = c;
            m_haveConfig = true;
        }
    } else if (type == events::kind()) {
        const auto k = TokenKind::fromJson(data);
        if (k && k->role == u"incentive" && k->hlc >= m_kindHlc) {
            m_face = k->faceValue;
            m_kindHlc = k->hlc;
        }
    }
}

} // namespace sk::booth
