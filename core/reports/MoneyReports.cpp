// Where the money went: tenders, tax, reimbursement of programme tenders, refunds, discounts.
#include "core/reports/ReportSql.h"

namespace sk::reports::detail {

// By tender, reimbursement and cash reconciliation read tenders_daily (migration 10): one row
// per market day, business date, market, currency and tender, kept by a trigger on
// sale_tenders. Their filters are whole business dates, markets and market days, all keys of it.
Result<ReportQuery> buildByTender(Database &, const ReportFilter &f)
{
    return summaryQuery(
        f,
        sql("SELECT r.tender, coalesce(tt.name, r.tender), sum(r.payments), sum(r.tendered), "
            "sum(r.change), sum(r.received), sum(r.refunded), sum(r.amount), r.currency "
            "FROM tenders_daily r LEFT JOIN tender_types tt ON tt.code = r.tender WHERE "),
        sql(" GROUP BY r.tender, r.currency ORDER BY coalesce(tt.sort, 1000), 1"));
}

// Taxable base per category and rate, from tax_daily (migration 10). Untaxed tenders (SNAP)
// paid eligible lines first, the highest tax rate first (SaleEngine phase 0); the part they paid
// is not taxed. It is spread back over the sale's eligible lines in that order, so base = net -
// untaxed part (- tax when prices include it); the triggers of core/SchemaReports.cpp keep that
// spread per sale as its lines and tenders arrive.
Result<ReportQuery> buildTaxSummary(Database &, const ReportFilter &f)
{
    return summaryQuery(
        f,
        sql("SELECT r.tax_category, coalesce(c.name, r.tax_category), r.rate_ppm, "
            "sum(r.lines), sum(r.net), sum(r.paid), sum(r.base), sum(r.tax), r.currency "
            "FROM tax_daily r LEFT JOIN tax_categories c ON c.code = r.tax_category WHERE "),
        sql(" GROUP BY r.tax_category, r.rate_ppm, r.currency ORDER BY r.rate_ppm DESC, 1"));
}

// Restricted tenders (SNAP/EBT, SNAP and market tokens, WIC/FMNP) per market day: what the
// vendor claims back from the market or the program. Tokens: the tendered amount over the
// face value (a sale only takes whole tokens).
Result<ReportQuery> buildReimbursement(Database &, const ReportFilter &f)
{
    ReportQuery q;
    QStringList where{
        QStringLiteral("(tt.eligibility <> 'any' OR tt.face_value > 0 OR tt.untaxed = 1)")};
    const QString day = QStringLiteral("coalesce(md.business_date, r.day)");
    dateConditions(day, QStringLiteral("r.market_name"), f, where, q.binds);
    q.sql = QStringLiteral("SELECT ") + day
            + sql(", r.market_name, r.tender, tt.name, sum(r.payments), "
                  "CASE WHEN tt.face_value > 0 THEN sum(r.tendered) / tt.face_value END, "
                  "sum(r.tendered), sum(r.change), sum(r.refunded), sum(r.amount), r.currency "
                  "FROM tenders_daily r JOIN tender_types tt ON tt.code = r.tender "
                  "LEFT JOIN market_days md ON md.id = r.market_day_id WHERE ")
            + joined(where)
            + sql(" GROUP BY 1, r.market_name, r.tender, r.currency "
                  "ORDER BY 1, 2, tt.sort, 3");
    return q;
}

Result<ReportQuery> buildRefunds(Database &db, const ReportFilter &f)
{
    ReportQuery q;
    // The condition is written as the sales_returns index has it (migration 10), so SQLite reads
    // the refunds and voids by time from that index instead of every sale.
    QStringList where{QStringLiteral("s.kind IN ('refund', 'void')")};
    saleConditions(f, where, q.binds);
    q.sql = QStringLiteral("SELECT s.id, s.receipt_no, s.kind, ")
            + sqlx::isoTime(QStringLiteral("s")) + QStringLiteral(", ") + saleDate()
            + sql(", s.market_name, coalesce(s.ref_sale_id, ''), coalesce(o.receipt_no, ''), "
                  "(SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id), "
                  "s.subtotal - s.discount, s.tax, s.total, ")
            + tendersExpr(moneyDecimals(db))
            + sql(", s.reason, s.currency FROM sales s LEFT JOIN sales o ON o.id = s.ref_sale_id "
                  "WHERE ")
            + joined(where) + QStringLiteral(" ORDER BY s.created_at, s.id");
    return q;
}

Result<ReportQuery> buildDiscounts(Database &, const ReportFilter &f)
{
    ReportQuery q;
    // discount_lines (migration 10) lists the discounted lines of sales in time order: SQLite
    // walks it and fetches just those sales and lines, not every line of the year.
    QStringList where{QStringLiteral("s.kind = 'sale'"), QStringLiteral("l.discount <> 0")};
    saleConditions(f, where, q.binds, QStringLiteral("d.created_at"));
    if (!f.category.isEmpty()) {
        where << QStringLiteral("l.category = ?");
        q.binds << f.category;
    }
    // Percentage of the gross in ppm, rounded half up (amounts here are positive).
    q.sql
        = QStringLiteral("SELECT s.id, s.receipt_no, ") + sqlx::isoTime(QStringLiteral("s"))
          + QStringLiteral(", ") + saleDate()
          + sql(
              ", s.market_name, l.line_no, l.sku, l.name, l.category, l.qty, l.gross, "
              "l.discount, l.net, CASE WHEN l.gross > 0 THEN (l.discount * 2000000 + l.gross) "
              "/ (2 * l.gross) END, s.currency FROM discount_lines d CROSS JOIN sales s ON s.id = "
              "d.sale_id CROSS JOIN sale_lines l ON l.sale_id = d.sale_id AND l.line_no = "
              "d.line_no WHERE ")
          + joined(where) + QStringLiteral(" ORDER BY d.created_at, d.sale_id, d.line_no");
    return q;
}

} // namespace sk::reports::detail
