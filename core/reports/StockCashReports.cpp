// Stock counts against what was expected, and the cash drawer of each market day.
#include "core/reports/ReportSql.h"

namespace sk::reports::detail {

// One row per count. expected = the level just before the count (StockLedger::levelBefore:
// the latest earlier count plus every non-count movement after it and before this one), kept
// per count in stock_count_expected (migration 10) instead of summed over every movement here.
// The count's time has no stored offset: it is shown in this machine's local time.
Result<ReportQuery> buildStockVariance(Database &db, const ReportFilter &f)
{
    ReportQuery q;
    QStringList where;
    const QString day = QStringLiteral(
        "coalesce(md.business_date, date(c.created_at / 1000 + c.off, 'unixepoch'))");
    dateConditions(day, QStringLiteral("md.market_name"), f, where, q.binds);
    if (!f.category.isEmpty()) {
        where << QStringLiteral("p.category = ?");
        q.binds << f.category;
    }
    q.binds << db.setting(QStringLiteral("currency"), QStringLiteral("USD"));
    q.sql = sql("WITH c AS MATERIALIZED (SELECT m.id, m.product_id, m.qty, m.hlc, m.created_at, "
                "m.market_day_id, m.context, "
                "CAST(strftime('%s', m.created_at / 1000, 'unixepoch', 'localtime') AS INTEGER) "
                "- m.created_at / 1000 AS off, x.expected FROM stock_count_expected x "
                "CROSS JOIN stock_movements m ON m.id = x.count_id) "
                "SELECT strftime('%Y-%m-%dT%H:%M:%S', c.created_at / 1000 + c.off, 'unixepoch') "
                "|| CASE WHEN c.off < 0 THEN '-' ELSE '+' END || printf('%02d:%02d', abs(c.off) "
                "/ 3600, abs(c.off) / 60 % 60), ")
            + day
            + sql(", coalesce(md.market_name, ''), c.context, p.sku, p.name, p.category, p.unit, "
                  "c.expected, c.qty, c.qty - c.expected, p.price, "
                  "CASE WHEN (c.qty - c.expected) * p.price >= 0 "
                  "THEN ((c.qty - c.expected) * p.price + 500) / 1000 "
                  "ELSE -((-(c.qty - c.expected) * p.price + 500) / 1000) END, "
                  "? FROM c JOIN products p ON p.id = c.product_id "
                  "LEFT JOIN market_days md ON md.id = c.market_day_id WHERE ")
            + joined(where) + QStringLiteral(" ORDER BY c.hlc, c.id");
    // The currency bind sits before the WHERE binds in the text.
    q.binds.move(q.binds.size() - 1, 0);
    return q;
}

// Per market day (one device's drawer), as the end-of-day drawer count computes it
// (core/eod/CashDrawer.h): opening float + cash handed over - change given on any tender -
// cash paid back - payouts + paid-ins = expected cash. Counted cash is the latest drawer count
// of the day (by hlc), when there is one. The tender figures come from tenders_daily.
Result<ReportQuery> buildCashReconciliation(Database &db, const ReportFilter &f)
{
    ReportQuery q;
    QStringList where;
    dateConditions(
        QStringLiteral("md.business_date"), QStringLiteral("md.market_name"), f, where, q.binds);
    q.sql = sql("WITH d AS MATERIALIZED (SELECT md.* FROM market_days md WHERE ") + joined(where)
            + sql("), c AS (SELECT r.market_day_id AS id, "
                  "sum(CASE WHEN r.tender = 'cash' THEN r.tendered_in ELSE 0 END) AS cash_sales, "
                  "sum(r.change_all) AS change_given, "
                  "sum(CASE WHEN r.tender = 'cash' THEN r.tendered_out ELSE 0 END) "
                  "AS cash_refunds FROM tenders_daily r "
                  "WHERE r.market_day_id IN (SELECT id FROM d) GROUP BY r.market_day_id), "
                  "m AS (SELECT market_day_id AS id, sum(CASE WHEN kind = 'payout' THEN amount "
                  "ELSE 0 END) AS payouts, sum(CASE WHEN kind = 'paid_in' THEN amount ELSE 0 END) "
                  "AS paid_ins FROM cash_movements WHERE market_day_id IN (SELECT id FROM d) "
                  "GROUP BY market_day_id), "
                  "r AS (SELECT md.business_date, md.market_name, md.device_id, md.opened_at, "
                  "md.opening_float AS fl, coalesce(c.cash_sales, 0) AS cs, "
                  "coalesce(c.change_given, 0) AS cg, coalesce(c.cash_refunds, 0) AS cr, "
                  "coalesce(m.payouts, 0) AS po, coalesce(m.paid_ins, 0) AS pi, "
                  "(SELECT x.cash_counted FROM drawer_counts x WHERE x.market_day_id = md.id "
                  "ORDER BY x.hlc DESC, x.id DESC LIMIT 1) AS counted "
                  "FROM d md LEFT JOIN c ON c.id = md.id LEFT JOIN m ON m.id = md.id) "
                  "SELECT business_date, market_name, device_id, fl, cs, cg, cr, po, pi, "
                  "fl + cs - cg - cr - po + pi, counted, counted - (fl + cs - cg - cr - po + pi), "
                  "? FROM r ORDER BY business_date, opened_at");
    q.binds << db.setting(QStringLiteral("currency"), QStringLiteral("USD"));
    return q;
}

} // namespace sk::reports::detail
