// Sales and their lines, and sales broken down by item, category, day, hour, weekday, market.
#include "core/reports/ReportSql.h"

namespace sk::reports::detail {

Result<ReportQuery> buildSales(Database &db, const ReportFilter &f)
{
    ReportQuery q;
    QStringList where;
    saleConditions(f, where, q.binds);
    const QString s = QStringLiteral("s");
    q.sql = QStringLiteral("SELECT s.id, s.receipt_no, s.kind, coalesce(s.ref_sale_id, ''), ")
            + sqlx::isoTime(s) + QStringLiteral(", ") + saleDate()
            + QStringLiteral(", s.market_name, s.device_id, s.currency, s.subtotal, s.discount, "
                             "s.tax, s.rounding, s.total, s.change_due, ")
            + tendersExpr(moneyDecimals(db)) + QStringLiteral(", s.reason FROM sales s WHERE ")
            + joined(where) + QStringLiteral(" ORDER BY s.created_at, s.id");
    return q;
}

Result<ReportQuery> buildLines(Database &, const ReportFilter &f)
{
    ReportQuery q;
    QStringList where;
    saleConditions(f, where, q.binds);
    if (!f.category.isEmpty()) {
        where << QStringLiteral("l.category = ?");
        q.binds << f.category;
    }
    q.sql = QStringLiteral("SELECT s.id, s.receipt_no, s.kind, ")
            + sqlx::isoTime(QStringLiteral("s")) + QStringLiteral(", ") + saleDate()
            + QStringLiteral(
                ", s.market_name, l.line_no, l.sku, l.name, l.category, l.unit, l.qty, "
                "l.unit_price, l.gross, l.discount, l.net, l.tax_category, "
                "l.tax_rate_ppm, l.tax, s.currency, EXISTS (SELECT 1 FROM manual_weight_lines m "
                "WHERE m.line_id = l.id) FROM sales s CROSS JOIN sale_lines l ON "
                "l.sale_id = s.id WHERE ")
            + joined(where) + QStringLiteral(" ORDER BY s.created_at, s.id, l.line_no");
    return q;
}

// By item and by category read sale_items_daily (migration 6): one row per business date,
// market, currency, product and category as sold, kept by a trigger on sale_lines. Every filter
// these reports take is a whole business date, a market or a category, all keys of that table,
// so the sums are exactly those of the lines (proved by the golden files, which are the same
// before and after, and by tests/core/tst_rollup.cpp against the lines themselves).
Result<ReportQuery> buildByItem(Database &, const ReportFilter &f)
{
    // Aggregate by product id (stable across renames), then name it as the catalog does now.
    return summaryQuery(
        f,
        sql("SELECT coalesce(p.sku, a.sku), coalesce(p.name, a.name), a.category, "
            "coalesce(p.unit, a.unit), a.qty_sold, a.qty_returned, "
            "a.qty_sold - a.qty_returned, a.times_sold, a.gross, a.discount, a.returns, "
            "a.net, a.tax, a.currency FROM ("
            "SELECT r.product_id AS pid, max(r.sku) AS sku, max(r.name) AS name, "
            "max(r.category) AS category, max(r.unit) AS unit, sum(r.qty_sold) AS qty_sold, "
            "sum(r.qty_returned) AS qty_returned, sum(r.lines_sold) AS times_sold, "
            "sum(r.gross) AS gross, sum(r.discount) AS discount, sum(r.returns) AS returns, "
            "sum(r.net) AS net, sum(r.tax) AS tax, r.currency AS currency "
            "FROM sale_items_daily r WHERE "),
        sql(" GROUP BY r.product_id, r.currency) a LEFT JOIN products p ON p.id = a.pid "
            "ORDER BY a.net DESC, 1"),
        true);
}

Result<ReportQuery> buildByCategory(Database &, const ReportFilter &f)
{
    return summaryQuery(f,
                        sql("SELECT r.category, sum(r.lines_sold), sum(r.gross), sum(r.discount), "
                            "sum(r.returns), sum(r.net), sum(r.tax), r.currency FROM "
                            "sale_items_daily r WHERE "),
                        sql(" GROUP BY r.category, r.currency ORDER BY sum(r.net) DESC, 1"),
                        true);
}

// By day, weekday and market read sales_daily unless a category narrows them to some lines
// (then a sale is counted once however many of its lines match, which a summary cannot tell).
Result<ReportQuery> buildByDay(Database &, const ReportFilter &f)
{
    if (f.category.isEmpty())
        return dailyBucketQuery(f,
                                QStringLiteral("r.day, ") + weekdayName(dayIsoWeekday()),
                                QStringLiteral("r.day"),
                                QStringLiteral("1"));
    const QString d = saleDate();
    return bucketQuery(
        f, d + QStringLiteral(", ") + weekdayName(saleIsoWeekday()), d, QStringLiteral("1"));
}

// By hour reads sales_hourly (migration 10) unless a category narrows it to some lines.
Result<ReportQuery> buildByHour(Database &, const ReportFilter &f)
{
    if (f.category.isEmpty())
        return summaryQuery(f,
                            QStringLiteral("SELECT r.hour, printf('%02d:00-%02d:00', r.hour, "
                                           "(r.hour + 1) % 24), sum(r.sales), sum(r.gross), "
                                           "sum(r.discount), sum(r.returns), sum(r.net), "
                                           "sum(r.tax), r.currency FROM sales_hourly r WHERE "),
                            QStringLiteral(" GROUP BY r.hour, r.currency ORDER BY 1"));
    const QString h = saleHour();
    return bucketQuery(f,
                       h + QStringLiteral(", printf('%02d:00-%02d:00', ") + h
                           + QStringLiteral(", (") + h + QStringLiteral(" + 1) % 24)"),
                       h,
                       QStringLiteral("1"));
}

Result<ReportQuery> buildByWeekday(Database &, const ReportFilter &f)
{
    if (f.category.isEmpty()) {
        const QString w = dayIsoWeekday();
        return dailyBucketQuery(
            f, w + QStringLiteral(", ") + weekdayName(w), w, QStringLiteral("1"));
    }
    const QString w = saleIsoWeekday();
    return bucketQuery(f, w + QStringLiteral(", ") + weekdayName(w), w, QStringLiteral("1"));
}

Result<ReportQuery> buildByMarket(Database &, const ReportFilter &f)
{
    if (f.category.isEmpty())
        return dailyBucketQuery(f,
                                QStringLiteral("r.market_name, count(DISTINCT r.market_day_id)"),
                                QStringLiteral("r.market_name"),
                                QStringLiteral("1"));
    return bucketQuery(f,
                       QStringLiteral("s.market_name, count(DISTINCT s.market_day_id)"),
                       QStringLiteral("s.market_name"),
                       QStringLiteral("1"));
}

} // namespace sk::reports::detail
