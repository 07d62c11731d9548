// What the programs and the markets owe and are owed: program redemption per market day (the
// figures a funder's spreadsheet asks for) and market fees per market and period.
#include "core/eod/MarketFees.h"
#include "core/reports/ReportSql.h"

namespace sk::reports::detail {

// One row per market day and program (tender_programs, migration 17), over the sales whose
// tenders the program pays back:
//  - transactions: sales (not refunds or voids) the program's tenders paid part of;
//  - snap_sales: SNAP (tenders paying for SNAP items) in those sales and their refunds;
//  - incentive_issued: the program's own non-SNAP tenders in sales SNAP also paid, i.e. an
//    incentive the stall applied on a SNAP purchase (zero for programs that are not one);
//  - incentive_redeemed: what the program pays back: handed over in its tenders less what was
//    given back in them (the turn-in slip's amount).
// Read from program_daily (migration 23, core/SchemaProgramSummary.cpp): the sales grouped by
// the tenders they were paid with, so each group `g` stands for sales that all count for the
// same programs, and SNAP paid part of every sale of a group exactly when its SNAP sum is not
// zero. Programs and eligibility are joined as they are now, as a scan of the sales would.
Result<ReportQuery> buildProgramRedemption(Database &, const ReportFilter &f)
{
    ReportQuery q;
    QStringList where;
    const QString day = QStringLiteral("coalesce(md.business_date, g.day)");
    dateConditions(day, QStringLiteral("g.market_name"), f, where, q.binds);
    q.sql = QStringLiteral("SELECT day, market, program, sum(sales), sum(snap), sum(issued), "
                           "sum(redeemed), currency FROM (SELECT ")
            + day
            + sql(" AS day, g.market_name AS market, p.program AS program, g.currency AS "
                  "currency, g.sales AS sales, g.snap AS snap, sum(r.tendered) AS redeemed, "
                  "CASE WHEN g.snap <> 0 THEN coalesce(sum(r.tendered) FILTER (WHERE "
                  "tt.eligibility <> 'snap'), 0) ELSE 0 END AS issued FROM (SELECT "
                  "x.market_day_id, x.day, x.market_name, x.currency, x.tenders, max(x.sales) AS "
                  "sales, coalesce(sum(x.amount) FILTER (WHERE y.eligibility = 'snap'), 0) AS "
                  "snap FROM program_daily x LEFT JOIN tender_types y ON y.code = x.tender GROUP "
                  "BY x.market_day_id, x.day, x.market_name, x.currency, x.tenders) g CROSS "
                  "JOIN program_daily r ON r.market_day_id = g.market_day_id AND r.day = g.day "
                  "AND r.market_name = g.market_name AND r.currency = g.currency AND r.tenders = "
                  "g.tenders JOIN tender_programs p ON p.tender = r.tender AND p.program <> '' "
                  "JOIN tender_types tt ON tt.code = r.tender LEFT JOIN market_days md ON md.id "
                  "= g.market_day_id WHERE ")
            + joined(where)
            + sql(" GROUP BY g.market_day_id, g.day, g.market_name, g.currency, g.tenders, "
                  "p.program) GROUP BY day, market, program, currency "
                  "ORDER BY day, market, program");
    return q;
}

// One row per market and period (a market day, or the Monday-to-Sunday week of a weekly fee):
// the sales the share is taken of, the share, what the minimum and maximum per day changed,
// the stall fees and the total due (MarketFees::daysSql, as the end of day shows it).
Result<ReportQuery> buildMarketFees(Database &, const ReportFilter &f)
{
    ReportQuery q;
    QStringList where;
    dateConditions(QStringLiteral("business_date"), QStringLiteral("market"), f, where, q.binds);
    q.sql = sql("SELECT market, period, period_start, count(*), sum(base), sum(share), "
                "sum(fee) - sum(share), sum(stall_fee), sum(fee + stall_fee), (SELECT value FROM "
                "settings WHERE key = 'currency') FROM (")
            + MarketFees::daysSql() + QStringLiteral(") WHERE ") + joined(where)
            + sql(" GROUP BY market, period, period_start ORDER BY period_start, market");
    return q;
}

} // namespace sk::reports::detail
