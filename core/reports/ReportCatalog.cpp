#include "reports/ReportCatalog.h"

#include "Money.h"

#include <QDateTime>
#include <QTimeZone>

namespace sk::reports {

// Joins of sales and lines are written CROSS JOIN: SQLite then walks the sales (by the
// created_at index or in storage order) and fetches each sale's lines through the
// (sale_id, line_no) index, about four times less work than the plan it picks by itself
// (lines in product order, each looking up its sale), measured on 1.1M lines.
//
// SQL here is assembled by concatenation and QString::replace of {placeholders}, never with
// QString::arg: strftime and printf patterns contain %-digit sequences that arg() would eat.
// Every value a user gives is a positional bind.

namespace {

using T = CsvColumn::Type;

ReportColumn text(const char *name)
{
    return {QString::fromLatin1(name), T::Text, false};
}
ReportColumn integer(const char *name, bool summed = false)
{
    return {QString::fromLatin1(name), T::Integer, summed};
}
ReportColumn money(const char *name, bool summed = true)
{
    return {QString::fromLatin1(name), T::Money, summed};
}
ReportColumn quantity(const char *name)
{
    return {QString::fromLatin1(name), T::Quantity, false};
}
ReportColumn percent(const char *name)
{
    return {QString::fromLatin1(name), T::Ppm, false};
}

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
// createdAt: the column the coarse bounds test (a copy of s.created_at that leads an index).
void saleConditions(const ReportFilter &f,
                    QStringList &where,
                    QVariantList &binds,
                    const QString &createdAt = QStringLiteral("s.created_at"))
{
    if (f.from.isValid()) {
        where << createdAt + QStringLiteral(" >= ?") << saleDate() + QStringLiteral(" >= ?");
        binds << QDateTime(f.from.addDays(-1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()
              << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        where << createdAt + QStringLiteral(" < ?") << saleDate() + QStringLiteral(" <= ?");
        binds << QDateTime(f.to.addDays(2), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()
              << f.to.toString(Qt::ISODate);
    }
    if (!f.market.isEmpty()) {
        where << QStringLiteral("s.market_name = ?");
        binds << f.market;
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

// Conditions on a daily summary row `r` (migration 6): business date, market and, for
// sale_items_daily, the category as sold. The summaries keep the local business date each sale
// had when it was stored, the same date saleConditions() tests, so both give the same rows.
void rollupConditions(const ReportFilter &f, QStringList &where, QVariantList &binds)
{
    dateConditions(QStringLiteral("r.day"), QStringLiteral("r.market_name"), f, where, binds);
    if (!f.category.isEmpty()) {
        where << QStringLiteral("r.category = ?");
        binds << f.category;
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

// The same from a business date column (YYYY-MM-DD): the date is the sale's local date, so the
// weekday is the one saleIsoWeekday() gives.
QString dayIsoWeekday()
{
    return QStringLiteral("((CAST(strftime('%w', r.day) AS INTEGER) + 6) % 7 + 1)");
}

QString saleHour()
{
    return QStringLiteral(
        "CAST(strftime('%H', s.created_at / 1000 + s.utc_offset, 'unixepoch') AS INTEGER)");
}

// Columns every time-bucketed report ends with.
QList<ReportColumn> bucketTail()
{
    return {integer("sales", true),
            money("gross"),
            money("discount"),
            money("returns"),
            money("net_sales"),
            money("tax"),
            text("currency")};
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
            + QStringLiteral(
                ", count(DISTINCT CASE WHEN s.kind = 'sale' THEN s.id END), "
                "sum(CASE WHEN s.kind = 'sale' THEN l.gross ELSE 0 END), "
                "sum(CASE WHEN s.kind = 'sale' THEN l.discount ELSE 0 END), "
                "sum(CASE WHEN s.kind <> 'sale' THEN l.net ELSE 0 END), "
                "sum(l.net), sum(l.tax), s.currency FROM sales s CROSS JOIN sale_lines l "
                "ON l.sale_id = s.id WHERE ")
            + joined(where) + QStringLiteral(" GROUP BY ") + group
            + QStringLiteral(", s.currency ORDER BY ") + order;
    return q;
}

// bucketQuery without a category filter, from the sales_daily summary (a few rows per market
// day instead of every sale). keys and group are over its alias `r`.
Result<ReportQuery> dailyBucketQuery(const ReportFilter &f,
                                     const QString &keys,
                                     const QString &group,
                                     const QString &order)
{
    ReportQuery q;
    QStringList where;
    dateConditions(QStringLiteral("r.day"), QStringLiteral("r.market_name"), f, where, q.binds);
    q.sql = QStringLiteral("SELECT ") + keys
            + QStringLiteral(", sum(r.sales), sum(r.gross), sum(r.discount), sum(r.returns), "
                             "sum(r.net), sum(r.tax), r.currency FROM sales_daily r WHERE ")
            + joined(where) + QStringLiteral(" GROUP BY ") + group
            + QStringLiteral(", r.currency ORDER BY ") + order;
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
                "l.tax_rate_ppm, l.tax, s.currency FROM sales s CROSS JOIN sale_lines l ON "
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
    ReportQuery q;
    QStringList where;
    rollupConditions(f, where, q.binds);
    // Aggregate by product id (stable across renames), then name it as the catalog does now.
    q.sql = sql("SELECT coalesce(p.sku, a.sku), coalesce(p.name, a.name), a.category, "
                "coalesce(p.unit, a.unit), a.qty_sold, a.qty_returned, "
                "a.qty_sold - a.qty_returned, a.times_sold, a.gross, a.discount, a.returns, "
                "a.net, a.tax, a.currency FROM ("
                "SELECT r.product_id AS pid, max(r.sku) AS sku, max(r.name) AS name, "
                "max(r.category) AS category, max(r.unit) AS unit, sum(r.qty_sold) AS qty_sold, "
                "sum(r.qty_returned) AS qty_returned, sum(r.lines_sold) AS times_sold, "
                "sum(r.gross) AS gross, sum(r.discount) AS discount, sum(r.returns) AS returns, "
                "sum(r.net) AS net, sum(r.tax) AS tax, r.currency AS currency "
                "FROM sale_items_daily r WHERE ")
            + joined(where)
            + sql(" GROUP BY r.product_id, r.currency) a LEFT JOIN products p ON p.id = a.pid "
                  "ORDER BY a.net DESC, 1");
    return q;
}

Result<ReportQuery> buildByCategory(Database &, const ReportFilter &f)
{
    ReportQuery q;
    QStringList where;
    rollupConditions(f, where, q.binds);
    q.sql = sql("SELECT r.category, sum(r.lines_sold), sum(r.gross), sum(r.discount), "
                "sum(r.returns), sum(r.net), sum(r.tax), r.currency FROM sale_items_daily r "
                "WHERE ")
            + joined(where) + sql(" GROUP BY r.category, r.currency ORDER BY sum(r.net) DESC, 1");
    return q;
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
    if (f.category.isEmpty()) {
        ReportQuery q;
        QStringList where;
        dateConditions(QStringLiteral("r.day"), QStringLiteral("r.market_name"), f, where, q.binds);
        q.sql = QStringLiteral("SELECT r.hour, printf('%02d:00-%02d:00', r.hour, (r.hour + 1) % "
                               "24), sum(r.sales), sum(r.gross), sum(r.discount), "
                               "sum(r.returns), sum(r.net), sum(r.tax), r.currency FROM "
                               "sales_hourly r WHERE ")
                + joined(where) + QStringLiteral(" GROUP BY r.hour, r.currency ORDER BY 1");
        return q;
    }
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

// By tender, reimbursement and cash reconciliation read tenders_daily (migration 10): one row
// per market day, business date, market, currency and tender, kept by a trigger on
// sale_tenders. Their filters are whole business dates, markets and market days, all keys of it.
Result<ReportQuery> buildByTender(Database &, const ReportFilter &f)
{
    ReportQuery q;
    QStringList where;
    dateConditions(QStringLiteral("r.day"), QStringLiteral("r.market_name"), f, where, q.binds);
    q.sql = sql("SELECT r.tender, coalesce(tt.name, r.tender), sum(r.payments), sum(r.tendered), "
                "sum(r.change), sum(r.received), sum(r.refunded), sum(r.amount), r.currency "
                "FROM tenders_daily r LEFT JOIN tender_types tt ON tt.code = r.tender WHERE ")
            + joined(where)
            + sql(" GROUP BY r.tender, r.currency ORDER BY coalesce(tt.sort, 1000), 1");
    return q;
}

// Taxable base per category and rate, from tax_daily (migration 10). Untaxed tenders (SNAP)
// paid eligible lines first, the highest tax rate first (SaleEngine phase 0); the part they paid
// is not taxed. It is spread back over the sale's eligible lines in that order, so base = net -
// untaxed part (- tax when prices include it); the triggers of core/SchemaReports.cpp keep that
// spread per sale as its lines and tenders arrive.
Result<ReportQuery> buildTaxSummary(Database &, const ReportFilter &f)
{
    ReportQuery q;
    QStringList where;
    dateConditions(QStringLiteral("r.day"), QStringLiteral("r.market_name"), f, where, q.binds);
    q.sql = sql("SELECT r.tax_category, coalesce(c.name, r.tax_category), r.rate_ppm, "
                "sum(r.lines), sum(r.net), sum(r.paid), sum(r.base), sum(r.tax), r.currency "
                "FROM tax_daily r LEFT JOIN tax_categories c ON c.code = r.tax_category WHERE ")
            + joined(where)
            + sql(" GROUP BY r.tax_category, r.rate_ppm, r.currency ORDER BY r.rate_ppm DESC, 1");
    return q;
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

QList<ReportDefinition> makeCatalog()
{
    const QList<ReportColumn> tail = bucketTail();
    QList<ReportDefinition> c;
    c << ReportDefinition{QStringLiteral("sales"),
                          QT_TRANSLATE_NOOP("sk::reports", "Sales"),
                          QT_TRANSLATE_NOOP("sk::reports", "One row per sale, refund or void."),
                          {text("sale_id"),
                           text("receipt_no"),
                           text("kind"),
                           text("ref_sale_id"),
                           text("created_at"),
                           text("business_date"),
                           text("market"),
                           text("device_id"),
                           text("currency"),
                           money("subtotal", false),
                           money("discount", false),
                           money("tax", false),
                           money("rounding", false),
                           money("total", false),
                           money("change_due", false),
                           text("tenders"),
                           text("reason")},
                          FilterDate | FilterMarket,
                          false,
                          &buildSales};
    c << ReportDefinition{
        QStringLiteral("lines"),
        QT_TRANSLATE_NOOP("sk::reports", "Sale lines"),
        QT_TRANSLATE_NOOP("sk::reports", "One row per line of every sale, refund or void."),
        {text("sale_id"),
         text("receipt_no"),
         text("kind"),
         text("created_at"),
         text("business_date"),
         text("market"),
         integer("line_no"),
         text("sku"),
         text("name"),
         text("category"),
         text("unit"),
         quantity("qty"),
         money("unit_price", false),
         money("gross", false),
         money("discount", false),
         money("net", false),
         text("tax_category"),
         percent("tax_rate_percent"),
         money("tax", false),
         text("currency")},
        FilterDate | FilterMarket | FilterCategory,
        false,
        &buildLines};
    c << ReportDefinition{
        QStringLiteral("by_item"),
        QT_TRANSLATE_NOOP("sk::reports", "Sales by item"),
        QT_TRANSLATE_NOOP("sk::reports", "One row per product, best seller first."),
        {text("sku"),
         text("name"),
         text("category"),
         text("unit"),
         quantity("qty_sold"),
         quantity("qty_returned"),
         quantity("net_qty"),
         integer("times_sold", true),
         money("gross"),
         money("discount"),
         money("returns"),
         money("net_sales"),
         money("tax"),
         text("currency")},
        FilterDate | FilterMarket | FilterCategory,
        true,
        &buildByItem};
    c << ReportDefinition{QStringLiteral("by_category"),
                          QT_TRANSLATE_NOOP("sk::reports", "Sales by category"),
                          QT_TRANSLATE_NOOP("sk::reports", "One row per product category."),
                          {text("category"),
                           integer("times_sold", true),
                           money("gross"),
                           money("discount"),
                           money("returns"),
                           money("net_sales"),
                           money("tax"),
                           text("currency")},
                          FilterDate | FilterMarket | FilterCategory,
                          true,
                          &buildByCategory};
    c << ReportDefinition{QStringLiteral("by_day"),
                          QT_TRANSLATE_NOOP("sk::reports", "Sales by day"),
                          QT_TRANSLATE_NOOP("sk::reports", "One row per business date."),
                          QList<ReportColumn>{text("business_date"), text("weekday")} + tail,
                          FilterDate | FilterMarket | FilterCategory,
                          true,
                          &buildByDay};
    c << ReportDefinition{
        QStringLiteral("by_hour"),
        QT_TRANSLATE_NOOP("sk::reports", "Sales by hour of day"),
        QT_TRANSLATE_NOOP("sk::reports", "One row per hour of the day (local time)."),
        QList<ReportColumn>{integer("hour"), text("hour_range")} + tail,
        FilterDate | FilterMarket | FilterCategory,
        true,
        &buildByHour};
    c << ReportDefinition{
        QStringLiteral("by_weekday"),
        QT_TRANSLATE_NOOP("sk::reports", "Sales by weekday"),
        QT_TRANSLATE_NOOP("sk::reports", "One row per day of the week (1 = Monday)."),
        QList<ReportColumn>{integer("weekday"), text("weekday_name")} + tail,
        FilterDate | FilterMarket | FilterCategory,
        true,
        &buildByWeekday};
    c << ReportDefinition{QStringLiteral("by_market"),
                          QT_TRANSLATE_NOOP("sk::reports", "Sales by market"),
                          QT_TRANSLATE_NOOP("sk::reports", "One row per market."),
                          QList<ReportColumn>{text("market"), integer("market_days", true)} + tail,
                          FilterDate | FilterMarket | FilterCategory,
                          true,
                          &buildByMarket};
    c << ReportDefinition{QStringLiteral("by_tender"),
                          QT_TRANSLATE_NOOP("sk::reports", "Sales by tender"),
                          QT_TRANSLATE_NOOP("sk::reports", "One row per way of paying."),
                          {text("tender"),
                           text("tender_name"),
                           integer("payments", true),
                           money("tendered"),
                           money("change_given"),
                           money("received"),
                           money("refunded"),
                           money("net_amount"),
                           text("currency")},
                          FilterDate | FilterMarket,
                          true,
                          &buildByTender};
    c << ReportDefinition{
        QStringLiteral("tax_summary"),
        QT_TRANSLATE_NOOP("sk::reports", "Tax summary"),
        QT_TRANSLATE_NOOP("sk::reports", "Taxable base and tax per tax category and rate."),
        {text("tax_category"),
         text("tax_category_name"),
         percent("rate_percent"),
         integer("lines", true),
         money("net_sales"),
         money("untaxed_paid"),
         money("taxable_base"),
         money("tax"),
         text("currency")},
        FilterDate | FilterMarket,
        true,
        &buildTaxSummary};
    c << ReportDefinition{
        QStringLiteral("reimbursement"),
        QT_TRANSLATE_NOOP("sk::reports", "SNAP, token and voucher reimbursement"),
        QT_TRANSLATE_NOOP("sk::reports",
                          "One row per market day and restricted tender: what to claim back."),
        {text("business_date"),
         text("market"),
         text("tender"),
         text("tender_name"),
         integer("payments", true),
         integer("tokens"),
         money("collected"),
         money("change_given"),
         money("refunded"),
         money("net_amount"),
         text("currency")},
        FilterDate | FilterMarket,
        true,
        &buildReimbursement};
    c << ReportDefinition{
        QStringLiteral("refunds_voids"),
        QT_TRANSLATE_NOOP("sk::reports", "Refunds and voids"),
        QT_TRANSLATE_NOOP("sk::reports", "One row per refund or void, with its reason."),
        {text("sale_id"),
         text("receipt_no"),
         text("kind"),
         text("created_at"),
         text("business_date"),
         text("market"),
         text("original_sale_id"),
         text("original_receipt_no"),
         integer("lines", true),
         money("net"),
         money("tax"),
         money("total"),
         text("tenders"),
         text("reason"),
         text("currency")},
        FilterDate | FilterMarket,
        true,
        &buildRefunds};
    c << ReportDefinition{QStringLiteral("discounts"),
                          QT_TRANSLATE_NOOP("sk::reports", "Discounts"),
                          QT_TRANSLATE_NOOP("sk::reports", "One row per discounted sale line."),
                          {text("sale_id"),
                           text("receipt_no"),
                           text("created_at"),
                           text("business_date"),
                           text("market"),
                           integer("line_no"),
                           text("sku"),
                           text("name"),
                           text("category"),
                           quantity("qty"),
                           money("gross"),
                           money("discount"),
                           money("net"),
                           percent("discount_percent"),
                           text("currency")},
                          FilterDate | FilterMarket | FilterCategory,
                          true,
                          &buildDiscounts};
    c << ReportDefinition{
        QStringLiteral("stock_variance"),
        QT_TRANSLATE_NOOP("sk::reports", "Stock variance"),
        QT_TRANSLATE_NOOP("sk::reports",
                          "One row per stock count: counted minus the level expected just before."),
        {text("counted_at"),
         text("business_date"),
         text("market"),
         text("context"),
         text("sku"),
         text("name"),
         text("category"),
         text("unit"),
         quantity("expected_qty"),
         quantity("counted_qty"),
         quantity("variance_qty"),
         money("unit_price", false),
         money("variance_value"),
         text("currency")},
        FilterDate | FilterMarket | FilterCategory,
        true,
        &buildStockVariance};
    c << ReportDefinition{
        QStringLiteral("cash_reconciliation"),
        QT_TRANSLATE_NOOP("sk::reports", "Cash reconciliation"),
        QT_TRANSLATE_NOOP("sk::reports",
                          "One row per market day: the cash the drawer should hold, and what was "
                          "counted."),
        {text("business_date"),
         text("market"),
         text("device_id"),
         money("opening_float"),
         money("cash_sales"),
         money("change_given"),
         money("cash_refunds"),
         money("payouts"),
         money("paid_ins"),
         money("expected_cash"),
         money("counted_cash"),
         money("difference"),
         text("currency")},
        FilterDate | FilterMarket,
        true,
        &buildCashReconciliation};
    return c;
}

} // namespace

int ReportDefinition::columnIndex(const QString &column) const
{
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (columns[i].name == column)
            return int(i);
    return -1;
}

const QList<ReportDefinition> &ReportCatalog::all()
{
    static const QList<ReportDefinition> list = makeCatalog();
    return list;
}

const ReportDefinition *ReportCatalog::find(const QString &name)
{
    for (const ReportDefinition &r : all())
        if (r.name == name)
            return &r;
    return nullptr;
}

Status ReportCatalog::validate(const ReportDefinition &report, const ReportFilter &f)
{
    if ((f.from.isValid() || f.to.isValid()) && !(report.filters & FilterDate))
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("report %1 takes no date range").arg(report.name));
    if (f.from.isValid() && f.to.isValid() && f.from > f.to)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("the start date is after the end date"));
    if (!f.market.isEmpty() && !(report.filters & FilterMarket))
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("report %1 takes no market filter").arg(report.name));
    if (!f.category.isEmpty() && !(report.filters & FilterCategory))
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("report %1 takes no category filter: it is about whole sales or "
                                   "market days")
                        .arg(report.name));
    return {};
}

} // namespace sk::reports
