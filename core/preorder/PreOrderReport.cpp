#include "core/preorder/PreOrderReport.h"

namespace sk::reports {

Result<ReportQuery> buildPreOrders(Database &, const ReportFilter &f)
{
    const QString from = f.from.isValid() ? f.from.toString(Qt::ISODate) : QString();
    const QString to = f.to.isValid() ? f.to.toString(Qt::ISODate) : QString();
    return ReportQuery{QStringLiteral(R"(WITH l AS (
            SELECT p.id, p.market_date, p.state, json_extract(j.value, '$.unit') AS unit,
                   CAST(json_extract(j.value, '$.qty') AS INTEGER) AS qty,
                   CAST(json_extract(j.value, '$.picked_qty') AS INTEGER) AS picked
            FROM preorders p, json_each(p.payload, '$.lines') j
            WHERE (coalesce(?, '') = '' OR p.market_date >= ?)
              AND (coalesce(?, '') = '' OR p.market_date <= ?)),
        w AS (SELECT *, unit <> 'each' AND picked > 0 AS weighed FROM l)
        SELECT market_date,
               count(DISTINCT id),
               count(DISTINCT CASE WHEN state = 'picked_up' THEN id END),
               count(DISTINCT CASE WHEN state = 'partly' THEN id END),
               count(DISTINCT CASE WHEN state = 'no_show' THEN id END),
               count(DISTINCT CASE WHEN state = 'placed' THEN id END),
               count(DISTINCT CASE WHEN state = 'cancelled' THEN id END),
               CAST(1000000 * sum(CASE WHEN state <> 'cancelled' AND (picked >= qty OR weighed)
                                       THEN 1 ELSE 0 END)
                    / nullif(sum(state <> 'cancelled'), 0) AS INTEGER),
               sum(CASE WHEN weighed THEN qty ELSE 0 END),
               sum(CASE WHEN weighed THEN picked ELSE 0 END),
               sum(CASE WHEN weighed THEN picked - qty ELSE 0 END)
        FROM w GROUP BY market_date ORDER BY market_date)"),
                       {from, from, to, to}};
}

} // namespace sk::reports
