#pragma once

#include "core/booth/BoothTypes.h"

#include <QJsonObject>
#include <QList>

// The incentive's caps as one rule for every place that applies them: a booth device quoting
// from what it knows (BoothLedger::quote), and the server reserving a customer's incentive
// across all the market's booth devices (app/server/MarketCaps.cpp). The day and month that
// count are the sale's market day and its calendar month, never a clock's date: a booth whose
// clock is a day off, or a server in another time zone, still counts the same day.

namespace sk::booth {

// What the incentive adds to a SNAP sale: the match, cut by what the customer already had
// today and this month.
struct MatchQuote
{
    Minor snapAmount = 0;
    Minor match = 0;     // before the caps
    Minor incentive = 0; // after them, in whole incentive tokens
    Minor usedToday = 0;
    Minor usedThisMonth = 0;
    bool capped = false;
};

// The match of `snap` under `cfg`, cut to what is left of the day and month caps after
// `usedToday` and `usedThisMonth`, rounded down to whole tokens of `incentiveFace` (0: the
// market has no incentive, nothing is matched).
MatchQuote capMatch(
    const BoothConfig &cfg, Minor incentiveFace, Minor snap, Minor usedToday, Minor usedThisMonth);

// The first and last day of `day`'s calendar month (YYYY-MM-DD), for "this month".
QString monthStart(const QString &day);
QString monthEnd(const QString &day);

// What the market office's events say of the incentive: the newest booth_config (by HLC) and the
// face value of the newest incentive kind. Fed each event's type and data in any order.
class CapRules
{
public:
    void add(const QString &type, const QJsonObject &data);
    const BoothConfig &config() const { return m_config; }
    Minor incentiveFace() const { return m_face; }

private:
    BoothConfig m_config;
    Minor m_face = 0;
    qint64 m_kindHlc = -1;
    bool m_haveConfig = false;
};

} // namespace sk::booth
