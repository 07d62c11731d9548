// What the programs and the markets owe and are owed: program redemption per market day (the
// figures a funder's spreadsheet asks for) and market fees per market and period.
#include "eod/MarketFees.h"
#include "reports/ReportSql.h"

namespace sk::reports::detail {

// One row per market day and program (tender_programs, migration 17), over the sales whose
// tenders the program pays back:
//  - transactions: sales (not refunds or voids) the program's tenders paid part of;
//  - snap_sales: SNAP (tenders paying for SNAP items) in those sales and their refunds;
//  - incentive_issued: the program's own non-SNAP tenders in sales SNAP also paid, i.e. an
//    incentive the stall applied on a SNAP purchase (zero for programs that are not one);
//  - incentive_redeemed: what the program pays back: handed over in its tenders less what was
//    given back in them (the turn-in slip's amount).
Result<ReportQuery> buildProgramRedemption(Database &, const ReportFilter &f)
{
    ReportQuery q;
    QStringList where;
    const QString day
        = QStringLiteral("coalesce(md.business_date, ") + saleDate() + QStringLiteral(")");
    dateConditions(day, QStringLiteral("s.market_name"), f, where, q.binds);
    const QString snapOfSale = sql(
        "(SELECT coalesce(sum(x.amount), 0) FROM sale_tenders x JOIN tender_types y ON y.code = "
        "x.tender WHERE x.sale_id = s.id AND y.eligibility = 'snap')");
    q.sql = QStringLiteral("SELECT day, market, program, count(*) FILTER (WHERE kind = 'sale'), "
                           "sum(snap), sum(issued), sum(redeemed), currency FROM (SELECT ")
            + day
            + sql(" AS day, s.market_name AS market, p.program AS program, s.kind AS kind, "
                  "s.currency AS currency, sum(t.tendered) AS redeemed, ")
            + snapOfSale + QStringLiteral(" AS snap, CASE WHEN ") + snapOfSale
            + sql(" <> 0 THEN coalesce(sum(t.tendered) FILTER (WHERE tt.eligibility <> 'snap'), "
                  "0) ELSE 0 END AS issued FROM sale_tenders t JOIN sales s ON s.id = t.sale_id "
                  "JOIN tender_programs p ON p.tender = t.tender AND p.program <> '' JOIN "
                  "tender_types tt ON tt.code = t.tender LEFT JOIN market_days md ON md.id = "
                  "s.market_day_id WHERE ")
            + joined(where)
            + sql(" GROUP BY s.id, p.program) GROUP BY day, market, program, currency "
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
