#include "tests/reports/ReportScans.h"

#include "core/Money.h"
#include "core/preorder/PreOrderReport.h"
#include "core/reports/ReportSql.h"

#include <QDateTime>
#include <QTimeZone>

namespace sk::reports::scan {

// Every report as a scan of the sales, lines, tenders and movements themselves, with no summary
// table: the SQL the reports ran before the summaries of core/SchemaRollup.cpp and
// core/SchemaReports.cpp existed. The tests compare each report with it, and the benchmark
// times it beside the report as the figure before the summaries.
//
// SQL here is assembled by concatenation, never with QString::arg: strftime and printf
// patterns contain %-digit sequences that arg() would eat.

namespace {

using T = CsvColumn::Type;

QString sql(const char *s)
{
    return QString::fromLatin1(s);
}

// Local business date and ISO 8601 time with offset of a sale (Exports.h helpers).
QString saleDate()
{
    return sqlx::localDate(QStringLiteral("s"));
}

// Conditions on the sales alias `s`: local business date range and market. The coarse bounds
// on created_at (a day of slack for any time zone) let SQLite use the sales_created index; the
// exact test is on the local date.
void saleConditions(const ReportFilter &f, QStringList &where, QVariantList &binds)
{
    if (f.from.isValid()) {
        where << QStringLiteral("s.created_at >= ?") << saleDate() + QStringLiteral(" >= ?");
        binds << QDateTime(f.from.addDays(-1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()
              << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("s.created_at < ?") << saleDate() + QStringLiteral(" <= ?");
        binds << QDateTime(f.to.addDays(2), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()
              << f.to.toString(Qt::ISODate);
    }
    if (!f.market.isEmpty()) {
        where << QStringLiteral("s.market_name = ?");
        binds << f.market;
    }
}

// Conditions on the sales alias `s` and their lines `l`: those of the sale and the category.
void lineConditions(const ReportFilter &f, QStringList &where, QVariantList &binds)
{
    saleConditions(f, where, binds);
    if (!f.category.isEmpty()) {
        where << QStringLiteral("l.category = ?");
        binds << f.category;
    }
}

// Same for a plain date expression (market days, stock counts).
void dateConditions(const QString &dateExpr,
                    const QString &marketExpr,
                    const ReportFilter &f,
                    QStringList &where,
                    QVariantList &binds)
{
    if (f.from.isValid()) {
        where << dateExpr + QStringLiteral(" >= ?");
        binds << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        where << dateExpr + QStringLiteral(" <= ?");
        binds << f.to.toString(Qt::ISODate);
    }
    if (!f.market.isEmpty()) {
        where << marketExpr + QStringLiteral(" = ?");
        binds << f.market;
    }
}

QString joined(const QStringList &where)
{
    return where.isEmpty() ? QStringLiteral("1") : where.join(QStringLiteral(" AND "));
}

int moneyDecimals(Database &db)
{
    return Currency::fromCode(db.setting(QStringLiteral("currency"), QStringLiteral("USD")))
        .decimals;
}

// "cash:20.00 card:-3.50": the tenders of a sale in one text cell, as in the sales export.
QString tendersExpr(int decimals)
{
    QString amount;
    if (decimals <= 0) {
        amount = QStringLiteral("printf('%d', amount)");
    } else {
        qint64 scale = 1;
        for (int i = 0; i < decimals; ++i)
            scale *= 10;
        const QString sc = QString::number(scale);
        amount = QStringLiteral("CASE WHEN amount < 0 THEN '-' ELSE '' END || printf('%d.%0")
                 + QString::number(decimals) + QStringLiteral("d', abs(amount) / ") + sc
                 + QStringLiteral(", abs(amount) % ") + sc + QStringLiteral(")");
    }
    return QStringLiteral("(SELECT group_concat(tender || ':' || ") + amount
           + QStringLiteral(", ' ') FROM (SELECT tender, amount FROM sale_tenders t WHERE "
                            "t.sale_id = s.id ORDER BY t.line_no))");
}

QString weekdayName(const QString &isoWeekdayExpr)
{
    return QStringLiteral("CASE ") + isoWeekdayExpr
           + QStringLiteral(" WHEN 1 THEN 'Monday' WHEN 2 THEN 'Tuesday' WHEN 3 THEN "
                            "'Wednesday' WHEN 4 THEN 'Thursday' WHEN 5 THEN 'Friday' WHEN 6 THEN "
                            "'Saturday' ELSE 'Sunday' END");
}

// ISO weekday (1 = Monday) of a sale's local time.
QString saleIsoWeekday()
{
    return QStringLiteral("((CAST(strftime('%w', s.created_at / 1000 + s.utc_offset, "
                          "'unixepoch') AS INTEGER) + 6) % 7 + 1)");
}

QString saleHour()
{
    return QStringLiteral(
        "CAST(strftime('%H', s.created_at / 1000 + s.utc_offset, 'unixepoch') AS INTEGER)");
}

// The amount columns of a report over sale lines (the sales' gross and discount, returns, net,
// tax, currency), then the sales `s` with their lines `l`, up to WHERE.
QString lineTotalsFrom()
{
    return sql("sum(CASE WHEN s.kind = 'sale' THEN l.gross ELSE 0 END), "
               "sum(CASE WHEN s.kind = 'sale' THEN l.discount ELSE 0 END), "
               "sum(CASE WHEN s.kind <> 'sale' THEN l.net ELSE 0 END), sum(l.net), sum(l.tax), "
               "s.currency FROM sales s CROSS JOIN sale_lines l ON l.sale_id = s.id WHERE ");
}

// Sales by some key. Without a category filter this reads only the sales table (header totals
// equal the sum of their lines); with one it reads the matching lines.
// keys: select expressions for the leading columns; group: GROUP BY expressions.
Result<ReportQuery>
bucketQuery(const ReportFilter &f, const QString &keys, const QString &group, const QString &order)
{
    ReportQuery q;
    QStringList where;
    saleConditions(f, where, q.binds);
    if (f.category.isEmpty()) {
        q.sql = QStringLiteral("SELECT ") + keys
                + QStringLiteral(", sum(s.kind = 'sale'), "
                                 "sum(CASE WHEN s.kind = 'sale' THEN s.subtotal ELSE 0 END), "
                                 "sum(CASE WHEN s.kind = 'sale' THEN s.discount ELSE 0 END), "
                                 "sum(CASE WHEN s.kind <> 'sale' THEN s.subtotal - s.discount "
                                 "ELSE 0 END), sum(s.subtotal - s.discount), sum(s.tax), "
                                 "s.currency FROM sales s WHERE ")
                + joined(where) + QStringLiteral(" GROUP BY ") + group
                + QStringLiteral(", s.currency ORDER BY ") + order;
        return q;
    }
    where << QStringLiteral("l.category = ?");
    q.binds << f.category;
    q.sql = QStringLiteral("SELECT ") + keys
            + QStringLiteral(", count(DISTINCT CASE WHEN s.kind = 'sale' THEN s.id END), ")
            + lineTotalsFrom() + joined(where) + QStringLiteral(" GROUP BY ") + group
            + QStringLiteral(", s.currency ORDER BY ") + order;
    return q;
}

// --- the reports -------------------------------------------------------------------------

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
    lineConditions(f, where, q.binds);
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

// By item and by category as a GROUP BY over every line of the period.
Result<ReportQuery> buildByItem(Database &, const ReportFilter &f)
{
    ReportQuery q;
    QStringList where;
    lineConditions(f, where, q.binds);
    q.sql = sql("SELECT coalesce(p.sku, a.sku), coalesce(p.name, a.name), a.category, "
                "coalesce(p.unit, a.unit), a.qty_sold, a.qty_returned, "
                "a.qty_sold - a.qty_returned, a.times_sold, a.gross, a.discount, a.returns, "
                "a.net, a.tax, a.currency FROM ("
                "SELECT l.product_id AS pid, max(l.sku) AS sku, max(l.name) AS name, "
                "max(l.category) AS category, max(l.unit) AS unit, "
                "sum(CASE WHEN s.kind = 'sale' THEN l.qty ELSE 0 END) AS qty_sold, "
                "-sum(CASE WHEN s.kind <> 'sale' THEN l.qty ELSE 0 END) AS qty_returned, "
                "sum(s.kind = 'sale') AS times_sold, "
                "sum(CASE WHEN s.kind = 'sale' THEN l.gross ELSE 0 END) AS gross, "
                "sum(CASE WHEN s.kind = 'sale' THEN l.discount ELSE 0 END) AS discount, "
                "sum(CASE WHEN s.kind <> 'sale' THEN l.net ELSE 0 END) AS returns, "
                "sum(l.net) AS net, sum(l.tax) AS tax, s.currency AS currency "
                "FROM sales s CROSS JOIN sale_lines l ON l.sale_id = s.id WHERE ")
            + joined(where)
            + sql(" GROUP BY l.product_id, s.currency) a LEFT JOIN products p ON p.id = a.pid "
                  "ORDER BY a.net DESC, 1");
    return q;
}

Result<ReportQuery> buildByCategory(Database &, const ReportFilter &f)
{
    ReportQuery q;
    QStringList where;
    lineConditions(f, where, q.binds);
    q.sql = sql("SELECT l.category, sum(s.kind = 'sale'), ") + lineTotalsFrom() + joined(where)
            + sql(" GROUP BY l.category, s.currency ORDER BY sum(l.net) DESC, 1");
    return q;
}

Result<ReportQuery> buildByDay(Database &, const ReportFilter &f)
{
    const QString d = saleDate();
    return bucketQuery(
        f, d + QStringLiteral(", ") + weekdayName(saleIsoWeekday()), d, QStringLiteral("1"));
}

Result<ReportQuery> buildByHour(Database &, const ReportFilter &f)
{
    const QString h = saleHour();
    return bucketQuery(f,
                       h + QStringLiteral(", printf('%02d:00-%02d:00', ") + h
                           + QStringLiteral(", (") + h + QStringLiteral(" + 1) % 24)"),
                       h,
                       QStringLiteral("1"));
}

Result<ReportQuery> buildByWeekday(Database &, const ReportFilter &f)
{
    const QString w = saleIsoWeekday();
    return bucketQuery(f, w + QStringLiteral(", ") + weekdayName(w), w, QStringLiteral("1"));
}

Result<ReportQuery> buildByMarket(Database &, const ReportFilter &f)
{
    return bucketQuery(f,
                       QStringLiteral("s.market_name, count(DISTINCT s.market_day_id)"),
                       QStringLiteral("s.market_name"),
                       QStringLiteral("1"));
}

Result<ReportQuery> buildByTender(Database &, const ReportFilter &f)
{
    ReportQuery q;
    QStringList where;
    saleConditions(f, where, q.binds);
    q.sql = sql("SELECT t.tender, coalesce(tt.name, t.tender), sum(s.kind = 'sale'), "
                "sum(CASE WHEN s.kind = 'sale' THEN t.tendered ELSE 0 END), "
                "sum(CASE WHEN s.kind = 'sale' THEN t.change ELSE 0 END), "
                "sum(CASE WHEN s.kind = 'sale' THEN t.amount ELSE 0 END), "
                "sum(CASE WHEN s.kind <> 'sale' THEN t.amount ELSE 0 END), sum(t.amount), "
                "s.currency FROM sales s JOIN sale_tenders t ON t.sale_id = s.id "
                "LEFT JOIN tender_types tt ON tt.code = t.tender WHERE ")
            + joined(where)
            + sql(" GROUP BY t.tender, s.currency ORDER BY coalesce(tt.sort, 1000), 1");
    return q;
}

// Taxable base per category and rate. Untaxed tenders (SNAP) paid eligible lines first, the
// highest tax rate first (SaleEngine phase 0); the part they paid is not taxed. It is spread
// back over the sale's eligible lines in that order, so base = net - untaxed part (- tax when
// prices include it).
Result<ReportQuery> buildTaxSummary(Database &, const ReportFilter &f)
{
    ReportQuery q;
    QStringList where;
    saleConditions(f, where, q.binds);
    q.sql = sql("WITH f AS (SELECT s.id AS sid, l.line_no AS ln, l.tax_category AS tc, "
                "l.tax_rate_ppm AS rate, l.net AS net, l.tax AS tax, s.tax_inclusive AS incl, "
                "s.currency AS cur, instr(l.eligibility, 'snap') > 0 AS elig, "
                "(SELECT coalesce(sum(t.untaxed), 0) FROM sale_tenders t WHERE t.sale_id = s.id) "
                "AS u "
                "FROM sales s CROSS JOIN sale_lines l ON l.sale_id = s.id WHERE ")
            + joined(where)
            + sql("), g AS (SELECT *, coalesce(sum(CASE WHEN elig THEN abs(net) ELSE 0 END) OVER "
                  "(PARTITION BY sid ORDER BY rate DESC, ln ROWS BETWEEN UNBOUNDED PRECEDING AND "
                  "1 PRECEDING), 0) AS before FROM f), "
                  "h AS (SELECT tc, rate, net, tax, incl, cur, CASE WHEN elig AND u <> 0 THEN "
                  "(CASE WHEN net < 0 THEN -1 ELSE 1 END) * min(abs(net), max(0, abs(u) - before)) "
                  "ELSE 0 END AS paid FROM g) "
                  "SELECT h.tc, coalesce(c.name, h.tc), h.rate, count(*), sum(h.net), sum(h.paid), "
                  "sum(h.net - h.paid - CASE WHEN h.incl THEN h.tax ELSE 0 END), sum(h.tax), h.cur "
                  "FROM h LEFT JOIN tax_categories c ON c.code = h.tc "
                  "GROUP BY h.tc, h.rate, h.cur ORDER BY h.rate DESC, 1");
    return q;
}

// Restricted tenders (SNAP/EBT, SNAP and market tokens, WIC/FMNP) per market day: what the
// vendor claims back from the market or the program.
Result<ReportQuery> buildReimbursement(Database &, const ReportFilter &f)
{
    ReportQuery q;
    QStringList where{
        QStringLiteral("(tt.eligibility <> 'any' OR tt.face_value > 0 OR tt.untaxed = 1)")};
    const QString day
        = QStringLiteral("coalesce(md.business_date, ") + saleDate() + QStringLiteral(")");
    dateConditions(day, QStringLiteral("s.market_name"), f, where, q.binds);
    q.sql = QStringLiteral("SELECT ") + day
            + sql(", s.market_name, t.tender, tt.name, sum(s.kind = 'sale'), "
                  "CASE WHEN tt.face_value > 0 THEN sum(CASE WHEN s.kind = 'sale' THEN t.tendered "
                  "/ tt.face_value ELSE 0 END) END, "
                  "sum(CASE WHEN s.kind = 'sale' THEN t.tendered ELSE 0 END), "
                  "sum(CASE WHEN s.kind = 'sale' THEN t.change ELSE 0 END), "
                  "sum(CASE WHEN s.kind <> 'sale' THEN t.amount ELSE 0 END), sum(t.amount), "
                  "s.currency FROM sales s JOIN sale_tenders t ON t.sale_id = s.id "
                  "JOIN tender_types tt ON tt.code = t.tender "
                  "LEFT JOIN market_days md ON md.id = s.market_day_id WHERE ")
            + joined(where)
            + sql(" GROUP BY 1, s.market_name, t.tender, s.currency "
                  "ORDER BY 1, 2, tt.sort, 3");
    return q;
}

Result<ReportQuery> buildRefunds(Database &db, const ReportFilter &f)
{
    ReportQuery q;
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
    QStringList where{QStringLiteral("s.kind = 'sale'"), QStringLiteral("l.discount <> 0")};
    lineConditions(f, where, q.binds);
    // Percentage of the gross in ppm, rounded half up (amounts here are positive).
    q.sql
        = QStringLiteral("SELECT s.id, s.receipt_no, ") + sqlx::isoTime(QStringLiteral("s"))
          + QStringLiteral(", ") + saleDate()
          + sql(
              ", s.market_name, l.line_no, l.sku, l.name, l.category, l.qty, l.gross, "
              "l.discount, l.net, CASE WHEN l.gross > 0 THEN (l.discount * 2000000 + l.gross) "
              "/ (2 * l.gross) END, s.currency FROM sales s CROSS JOIN sale_lines l ON l.sale_id = "
              "s.id WHERE ")
          + joined(where) + QStringLiteral(" ORDER BY s.created_at, s.id, l.line_no");
    return q;
}

// One row per count. expected = the level just before the count (StockLedger::levelBefore:
// the latest earlier count plus every non-count movement after it and before this one).
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
    q.sql
        = sql("WITH c AS MATERIALIZED (SELECT m.id, m.product_id, m.qty, m.hlc, m.created_at, "
              "m.market_day_id, m.context, "
              "CAST(strftime('%s', m.created_at / 1000, 'unixepoch', 'localtime') AS INTEGER) "
              "- m.created_at / 1000 AS off, "
              "(SELECT x.qty FROM stock_movements x WHERE x.product_id = m.product_id AND "
              "x.kind = 'count' AND x.hlc < m.hlc ORDER BY x.hlc DESC, x.id DESC LIMIT 1) AS pq, "
              "(SELECT x.hlc FROM stock_movements x WHERE x.product_id = m.product_id AND "
              "x.kind = 'count' AND x.hlc < m.hlc ORDER BY x.hlc DESC, x.id DESC LIMIT 1) AS ph "
              "FROM stock_movements m WHERE m.kind = 'count'), "
              "e AS MATERIALIZED (SELECT c.*, coalesce(c.pq, 0) + (SELECT coalesce(sum(y.qty), 0) "
              "FROM stock_movements y WHERE y.product_id = c.product_id AND y.kind <> 'count' "
              "AND y.hlc < c.hlc AND y.hlc > coalesce(c.ph, -1)) AS expected FROM c) "
              "SELECT strftime('%Y-%m-%dT%H:%M:%S', c.created_at / 1000 + c.off, 'unixepoch') "
              "|| CASE WHEN c.off < 0 THEN '-' ELSE '+' END || printf('%02d:%02d', abs(c.off) "
              "/ 3600, abs(c.off) / 60 % 60), ")
          + day
          + sql(", coalesce(md.market_name, ''), c.context, p.sku, p.name, p.category, p.unit, "
                "c.expected, c.qty, c.qty - c.expected, p.price, "
                "CASE WHEN (c.qty - c.expected) * p.price >= 0 "
                "THEN ((c.qty - c.expected) * p.price + 500) / 1000 "
                "ELSE -((-(c.qty - c.expected) * p.price + 500) / 1000) END, "
                "? FROM e c JOIN products p ON p.id = c.product_id "
                "LEFT JOIN market_days md ON md.id = c.market_day_id WHERE ")
          + joined(where) + QStringLiteral(" ORDER BY c.hlc, c.id");
    // The currency bind sits before the WHERE binds in the text.
    q.binds.move(q.binds.size() - 1, 0);
    return q;
}

// Per market day (one device's drawer), as the end-of-day drawer count computes it
// (core/eod/CashDrawer.h): opening float + cash handed over - change given on any tender -
// cash paid back - payouts + paid-ins = expected cash. Counted cash is the latest drawer count
// of the day (by hlc), when there is one.
Result<ReportQuery> buildCashReconciliation(Database &db, const ReportFilter &f)
{
    ReportQuery q;
    QStringList where;
    dateConditions(
        QStringLiteral("md.business_date"), QStringLiteral("md.market_name"), f, where, q.binds);
    q.sql = sql("WITH d AS MATERIALIZED (SELECT md.* FROM market_days md WHERE ") + joined(where)
            + sql("), c AS (SELECT s.market_day_id AS id, "
                  "sum(CASE WHEN t.tender = 'cash' AND t.tendered > 0 THEN t.tendered ELSE 0 END) "
                  "AS cash_sales, sum(t.change) AS change_given, "
                  "sum(CASE WHEN t.tender = 'cash' AND t.tendered < 0 THEN -t.tendered ELSE 0 END) "
                  "AS cash_refunds FROM sales s JOIN sale_tenders t ON t.sale_id = s.id "
                  "WHERE s.market_day_id IN (SELECT id FROM d) GROUP BY s.market_day_id), "
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

// Program redemption as it read the sales' tenders before program_daily (migration 23).
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

} // namespace

QList<ReportDefinition> catalog()
{
    using Build = Result<ReportQuery> (*)(Database &, const ReportFilter &);
    const QHash<QString, Build> builds{
        {QStringLiteral("sales"), &buildSales},
        {QStringLiteral("lines"), &buildLines},
        {QStringLiteral("by_item"), &buildByItem},
        {QStringLiteral("by_category"), &buildByCategory},
        {QStringLiteral("by_day"), &buildByDay},
        {QStringLiteral("by_hour"), &buildByHour},
        {QStringLiteral("by_weekday"), &buildByWeekday},
        {QStringLiteral("by_market"), &buildByMarket},
        {QStringLiteral("by_tender"), &buildByTender},
        {QStringLiteral("tax_summary"), &buildTaxSummary},
        {QStringLiteral("reimbursement"), &buildReimbursement},
        {QStringLiteral("refunds_voids"), &buildRefunds},
        {QStringLiteral("discounts"), &buildDiscounts},
        {QStringLiteral("stock_variance"), &buildStockVariance},
        {QStringLiteral("cash_reconciliation"), &buildCashReconciliation},
        {QStringLiteral("program_redemption"), &buildProgramRedemption},
        // Read from the market days already (no summary table): their own scan.
        {QStringLiteral("market_fees"), &sk::reports::detail::buildMarketFees},
        // Pick-up orders have no summary either: their report reads the orders.
        {QStringLiteral("preorders"), &sk::reports::buildPreOrders}};
    QList<ReportDefinition> out;
    for (ReportDefinition r : ReportCatalog::all()) {
        const Build b = builds.value(r.name);
        if (!b)
            continue; // a report this file does not know yet: the caller sees it missing
        r.build = b;
        out << r;
    }
    return out;
}

} // namespace sk::reports::scan
