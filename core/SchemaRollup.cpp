#include "core/Schema.h"

namespace sk {

namespace {

// Local business date of a sale row `t` (the same expression as sqlx::localDate): fixed by the
// sale's own created_at and utc_offset, never by this machine's time zone, so a summary row
// written when the sale is stored stays right wherever and whenever the report runs.
QString dayOf(const char *t)
{
    const QString a = QString::fromLatin1(t);
    return QStringLiteral("date(") + a + QStringLiteral(".created_at / 1000 + ") + a
           + QStringLiteral(".utc_offset, 'unixepoch')");
}

// The per-sale figures sales_daily adds up, from a sales row `t`.
QString salesDailyValues(const char *t)
{
    const QString a = QString::fromLatin1(t);
    return a + QStringLiteral(".market_day_id, ") + dayOf(t) + QStringLiteral(", ") + a
           + QStringLiteral(".market_name, ") + a + QStringLiteral(".currency");
}

} // namespace

namespace {
const QString &itemsUpsert()
{
    static const QString s = QStringLiteral(
        " ON CONFLICT (day, market_name, currency, product_id, category) DO UPDATE SET "
        "sku = max(sku, excluded.sku), name = max(name, excluded.name), "
        "unit = max(unit, excluded.unit), lines_sold = lines_sold + excluded.lines_sold, "
        "qty_sold = qty_sold + excluded.qty_sold, "
        "qty_returned = qty_returned + excluded.qty_returned, gross = gross + excluded.gross, "
        "discount = discount + excluded.discount, returns = returns + excluded.returns, "
        "net = net + excluded.net, tax = tax + excluded.tax");
    return s;
}
const QString &salesUpsert()
{
    static const QString s = QStringLiteral(
        " ON CONFLICT (market_day_id, day, market_name, currency) DO UPDATE SET "
        "sales = sales + excluded.sales, gross = gross + excluded.gross, "
        "discount = discount + excluded.discount, returns = returns + excluded.returns, "
        "net = net + excluded.net, tax = tax + excluded.tax, total = total + excluded.total");
    return s;
}
const QString &itemsColumns()
{
    static const QString s = QStringLiteral(
        "INSERT INTO sale_items_daily (day, market_name, currency, product_id, category, sku, "
        "name, unit, lines_sold, qty_sold, qty_returned, gross, discount, returns, net, tax) ");
    return s;
}
const QString &salesColumns()
{
    static const QString s
        = QStringLiteral("INSERT INTO sales_daily (market_day_id, day, market_name, currency, "
                         "sales, gross, discount, returns, net, tax, total) ");
    return s;
}
} // namespace

namespace {
// The summaries of the sales `from` names (a FROM clause whose sales row is `s`), added up per
// summary row: migration 6's backfill, and (`upsert`, added to the stored rows) a batch.
QStringList rollupSql(const QString &from, bool upsert)
{
    return {
        salesColumns() + QStringLiteral("SELECT ") + salesDailyValues("s")
            + QStringLiteral(
                ", sum(s.kind = 'sale'), "
                "sum(CASE WHEN s.kind = 'sale' THEN s.subtotal ELSE 0 END), "
                "sum(CASE WHEN s.kind = 'sale' THEN s.discount ELSE 0 END), "
                "sum(CASE WHEN s.kind <> 'sale' THEN s.subtotal - s.discount ELSE 0 END), "
                "sum(s.subtotal - s.discount), sum(s.tax), sum(s.total) FROM ")
            + from + QStringLiteral(" GROUP BY 1, 2, 3, 4") + (upsert ? salesUpsert() : QString()),
        itemsColumns() + QStringLiteral("SELECT ") + dayOf("s")
            + QStringLiteral(", s.market_name, s.currency, l.product_id, l.category, max(l.sku), "
                             "max(l.name), max(l.unit), sum(s.kind = 'sale'), "
                             "sum(CASE WHEN s.kind = 'sale' THEN l.qty ELSE 0 END), "
                             "-sum(CASE WHEN s.kind <> 'sale' THEN l.qty ELSE 0 END), "
                             "sum(CASE WHEN s.kind = 'sale' THEN l.gross ELSE 0 END), "
                             "sum(CASE WHEN s.kind = 'sale' THEN l.discount ELSE 0 END), "
                             "sum(CASE WHEN s.kind <> 'sale' THEN l.net ELSE 0 END), sum(l.net), "
                             "sum(l.tax) FROM ")
            + from
            + QStringLiteral(" CROSS JOIN sale_lines l ON l.sale_id = s.id GROUP BY 1, 2, 3, 4, 5")
            + (upsert ? itemsUpsert() : QString()),
    };
}

// Migration 6's triggers; `batched`: as schema 15 has them, leaving out the sales of a batch
// (summaryBatchGuard).
QStringList rollupTriggers(bool batched)
{
    const QString sales
        = batched ? QStringLiteral("WHEN ") + summaryBatchGuard("NEW.id") + QStringLiteral(" ")
                  : QString();
    const QString lines
        = batched ? QStringLiteral("WHEN ") + summaryBatchGuard("NEW.sale_id") + QStringLiteral(" ")
                  : QString();
    return {
        QStringLiteral("CREATE TRIGGER sales_daily_add AFTER INSERT ON sales ") + sales
            + QStringLiteral("BEGIN ") + salesColumns()
            + QStringLiteral("VALUES (NEW.market_day_id, ") + dayOf("NEW")
            + QStringLiteral(
                ", NEW.market_name, NEW.currency, "
                "NEW.kind = 'sale', CASE WHEN NEW.kind = 'sale' THEN NEW.subtotal ELSE 0 END, "
                "CASE WHEN NEW.kind = 'sale' THEN NEW.discount ELSE 0 END, "
                "CASE WHEN NEW.kind <> 'sale' THEN NEW.subtotal - NEW.discount ELSE 0 END, "
                "NEW.subtotal - NEW.discount, NEW.tax, NEW.total)")
            + salesUpsert() + QStringLiteral("; END"),
        // The sale's header is stored before its lines (the foreign key demands it).
        QStringLiteral("CREATE TRIGGER sale_items_daily_add AFTER INSERT ON sale_lines ") + lines
            + QStringLiteral("BEGIN ") + itemsColumns() + QStringLiteral("SELECT ") + dayOf("s")
            + QStringLiteral(", s.market_name, s.currency, NEW.product_id, NEW.category, NEW.sku, "
                             "NEW.name, NEW.unit, s.kind = 'sale', "
                             "CASE WHEN s.kind = 'sale' THEN NEW.qty ELSE 0 END, "
                             "CASE WHEN s.kind <> 'sale' THEN -NEW.qty ELSE 0 END, "
                             "CASE WHEN s.kind = 'sale' THEN NEW.gross ELSE 0 END, "
                             "CASE WHEN s.kind = 'sale' THEN NEW.discount ELSE 0 END, "
                             "CASE WHEN s.kind <> 'sale' THEN NEW.net ELSE 0 END, NEW.net, NEW.tax "
                             "FROM sales s WHERE s.id = NEW.sale_id")
            + itemsUpsert() + QStringLiteral("; END"),
    };
}
} // namespace

QStringList rollupSummaryInserts()
{
    // sales_daily as the backfill's. sale_items_daily: each batch sale's business date and
    // kind worked out once (a materialized list of the batch's sales) rather than for each of
    // its lines, and the lines grouped by product and category first, so that the sort
    // compares the field that differs before the date, market and currency a batch's lines
    // mostly share. The same groups and sums as the backfill's statement.
    return {
        rollupSql(summaryBatchSales(), true).constFirst(),
        QStringLiteral("WITH bs AS MATERIALIZED (SELECT s.id, ") + dayOf("s")
            + QStringLiteral(" AS day, s.market_name, s.currency, s.kind = 'sale' AS sale FROM ")
            + summaryBatchSales() + QStringLiteral(") ") + itemsColumns()
            + QStringLiteral(
                "SELECT s.day, s.market_name, s.currency, l.product_id, l.category, "
                "max(l.sku), max(l.name), max(l.unit), sum(s.sale), "
                "sum(CASE WHEN s.sale THEN l.qty ELSE 0 END), "
                "-sum(CASE WHEN s.sale THEN 0 ELSE l.qty END), "
                "sum(CASE WHEN s.sale THEN l.gross ELSE 0 END), "
                "sum(CASE WHEN s.sale THEN l.discount ELSE 0 END), "
                "sum(CASE WHEN s.sale THEN 0 ELSE l.net END), sum(l.net), sum(l.tax) FROM bs s "
                "CROSS JOIN sale_lines l ON l.sale_id = s.id GROUP BY 4, 5, 1, 2, 3")
            + itemsUpsert()};
}

QStringList rollupTriggersBatched()
{
    return rollupTriggers(true);
}

// Migration 6: summaries that the aggregate reports read instead of every sale of the year.
// - sale_items_daily: per local business date, market, currency, product and category as sold
//   (the line's snapshot), what the by-item and by-category reports add up. sku, name and unit
//   keep the greatest snapshot seen, as the report's max() over lines does.
// - sales_daily: per market day, local business date, market and currency, the header totals
//   the by-day, by-weekday and by-market reports and the status bar add up.
// Both are kept by AFTER INSERT triggers, so every way a sale arrives (the till, a void or
// refund, a sale pulled by sync, demo data) updates them in the sale's own transaction. Sales and
// lines are append-only, so the summaries only ever grow; refunds and voids are sales of another
// kind with negative amounts and land in the returns columns as the reports count them.
// The backfill reads every sale once (seconds on a year of 1M sales, once).
Migration migrationRollup()
{
    QStringList statements{
        QStringLiteral(R"(CREATE TABLE sale_items_daily (
                day TEXT NOT NULL,
                market_name TEXT NOT NULL,
                currency TEXT NOT NULL,
                product_id TEXT NOT NULL,
                category TEXT NOT NULL,
                sku TEXT NOT NULL,
                name TEXT NOT NULL,
                unit TEXT NOT NULL,
                lines_sold INTEGER NOT NULL,
                qty_sold INTEGER NOT NULL,
                qty_returned INTEGER NOT NULL,
                gross INTEGER NOT NULL,
                discount INTEGER NOT NULL,
                returns INTEGER NOT NULL,
                net INTEGER NOT NULL,
                tax INTEGER NOT NULL,
                PRIMARY KEY (day, market_name, currency, product_id, category)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE sales_daily (
                market_day_id TEXT NOT NULL,
                day TEXT NOT NULL,
                market_name TEXT NOT NULL,
                currency TEXT NOT NULL,
                sales INTEGER NOT NULL,
                gross INTEGER NOT NULL,
                discount INTEGER NOT NULL,
                returns INTEGER NOT NULL,
                net INTEGER NOT NULL,
                tax INTEGER NOT NULL,
                total INTEGER NOT NULL,
                PRIMARY KEY (market_day_id, day, market_name, currency)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX sales_daily_day ON sales_daily (day)"),
    };
    // Backfill before the triggers exist, in the migration's transaction.
    statements << rollupSql(QStringLiteral("sales s"), false) << rollupTriggers(false);
    return {6, statements};
}

} // namespace sk
