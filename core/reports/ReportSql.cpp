// SQL building blocks of the reports: columns, filter conditions, time buckets.
#include "core/reports/ReportSql.h"

#include "core/Money.h"

#include <QDateTime>
#include <QTimeZone>

namespace sk::reports::detail {

ReportColumn text(const char *name)
{
    return {QString::fromLatin1(name), CsvColumn::Type::Text, false};
}
ReportColumn integer(const char *name, bool summed)
{
    return {QString::fromLatin1(name), CsvColumn::Type::Integer, summed};
}
ReportColumn money(const char *name, bool summed)
{
    return {QString::fromLatin1(name), CsvColumn::Type::Money, summed};
}
ReportColumn quantity(const char *name)
{
    return {QString::fromLatin1(name), CsvColumn::Type::Quantity, false};
}
ReportColumn percent(const char *name)
{
    return {QString::fromLatin1(name), CsvColumn::Type::Ppm, false};
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
                    const QString &createdAt)
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

ReportQuery
summaryQuery(const ReportFilter &f, const QString &select, const QString &rest, bool byCategory)
{
    ReportQuery q;
    QStringList where;
    if (byCategory)
        rollupConditions(f, where, q.binds);
    else
        dateConditions(QStringLiteral("r.day"), QStringLiteral("r.market_name"), f, where, q.binds);
    q.sql = select + joined(where) + rest;
    return q;
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

QList<ReportColumn> salesMoneyColumns()
{
    return {money("gross"),
            money("discount"),
            money("returns"),
            money("net_sales"),
            money("tax"),
            text("currency")};
}

// Columns every time-bucketed report ends with.
QList<ReportColumn> bucketTail()
{
    return QList<ReportColumn>{integer("sales", true)} + salesMoneyColumns();
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
    QString sums;
    if (f.category.isEmpty()) {
        sums = QStringLiteral(", sum(s.kind = 'sale'), "
                              "sum(CASE WHEN s.kind = 'sale' THEN s.subtotal ELSE 0 END), "
                              "sum(CASE WHEN s.kind = 'sale' THEN s.discount ELSE 0 END), "
                              "sum(CASE WHEN s.kind <> 'sale' THEN s.subtotal - s.discount "
                              "ELSE 0 END), sum(s.subtotal - s.discount), sum(s.tax), "
                              "s.currency FROM sales s WHERE ");
    } else {
        where << QStringLiteral("l.category = ?");
        q.binds << f.category;
        sums = QStringLiteral(", count(DISTINCT CASE WHEN s.kind = 'sale' THEN s.id END), "
                              "sum(CASE WHEN s.kind = 'sale' THEN l.gross ELSE 0 END), "
                              "sum(CASE WHEN s.kind = 'sale' THEN l.discount ELSE 0 END), "
                              "sum(CASE WHEN s.kind <> 'sale' THEN l.net ELSE 0 END), "
                              "sum(l.net), sum(l.tax), s.currency FROM sales s CROSS JOIN "
                              "sale_lines l ON l.sale_id = s.id WHERE ");
    }
    q.sql = QStringLiteral("SELECT ") + keys + sums + joined(where) + QStringLiteral(" GROUP BY ")
            + group + QStringLiteral(", s.currency ORDER BY ") + order;
    return q;
}

// bucketQuery without a category filter, from the sales_daily summary (a few rows per market
// day instead of every sale). keys and group are over its alias `r`.
Result<ReportQuery> dailyBucketQuery(const ReportFilter &f,
                                     const QString &keys,
                                     const QString &group,
                                     const QString &order)
{
    return summaryQuery(f,
                        QStringLiteral("SELECT ") + keys
                            + QStringLiteral(", sum(r.sales), sum(r.gross), sum(r.discount), "
                                             "sum(r.returns), sum(r.net), sum(r.tax), r.currency "
                                             "FROM sales_daily r WHERE "),
                        QStringLiteral(" GROUP BY ") + group
                            + QStringLiteral(", r.currency ORDER BY ") + order);
}

} // namespace sk::reports::detail
