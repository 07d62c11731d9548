#include "core/Schema.h"

namespace sk {

namespace {

QString text(const char *s)
{
    return QString::fromLatin1(s);
}

// Local business date and hour of a sale row `t`, fixed by the sale's own created_at and
// utc_offset (the expressions sqlx::localDate and the by-hour report use).
QString dayOf(const char *t)
{
    const QString a = text(t);
    return QStringLiteral("date(") + a + QStringLiteral(".created_at / 1000 + ") + a
           + QStringLiteral(".utc_offset, 'unixepoch')");
}

QString hourOf(const char *t)
{
    const QString a = text(t);
    return QStringLiteral("CAST(strftime('%H', ") + a + QStringLiteral(".created_at / 1000 + ") + a
           + QStringLiteral(".utc_offset, 'unixepoch') AS INTEGER)");
}

// The part of a line's net an untaxed tender (SNAP) paid, as the tax summary spreads it:
// eligible lines first, highest rate first, each up to its own amount. `before` is what the
// eligible lines ahead of it took, `u` the sale's untaxed total.
QString paidPart(const QString &net, const QString &elig, const QString &u, const QString &before)
{
    return QStringLiteral("(CASE WHEN ") + elig + QStringLiteral(" AND ") + u
           + QStringLiteral(" <> 0 THEN (CASE WHEN ") + net
           + QStringLiteral(" < 0 THEN -1 ELSE 1 END) * min(abs(") + net
           + QStringLiteral("), max(0, abs(") + u + QStringLiteral(") - ") + before
           + QStringLiteral(")) ELSE 0 END)");
}

QString eligible(const char *line)
{
    return QStringLiteral("(instr(") + text(line) + QStringLiteral(".eligibility, 'snap') > 0)");
}

// The level a count found expected, just before it (as StockLedger::levelBefore): the latest
// earlier count of the product plus every other movement after that count and before this one.
// `c` is the count's stock_movements row.
QString expectedLevel(const char *c)
{
    const QString a = text(c);
    const QString previous = QStringLiteral("FROM stock_movements x WHERE x.product_id = ") + a
                             + QStringLiteral(".product_id AND x.kind = 'count' AND x.hlc < ") + a
                             + QStringLiteral(".hlc ORDER BY x.hlc DESC, x.id DESC LIMIT 1");
    return QStringLiteral("coalesce((SELECT x.qty ") + previous
           + QStringLiteral("), 0) + (SELECT coalesce(sum(y.qty), 0) FROM stock_movements y "
                            "WHERE y.product_id = ")
           + a + QStringLiteral(".product_id AND y.kind <> 'count' AND y.hlc < ") + a
           + QStringLiteral(".hlc AND y.hlc > coalesce((SELECT x.hlc ") + previous
           + QStringLiteral("), -1))");
}

} // namespace

namespace {
enum class ReportsPart { Migration, BatchInserts, BatchedTriggers };

QStringList reportsSql(ReportsPart part)
{
    // The sales whose summaries are written (a FROM clause whose sales row is `s`): every sale
    // for the migration's backfill, the sales of a batch (summary_batch) for a batch.
    const bool batch = part == ReportsPart::BatchInserts;
    const QString from = batch ? summaryBatchSales() : QStringLiteral("sales s");
    // Each trigger's condition: as migration 11 made them, or leaving out a batch's sales.
    const auto when = [&](const char *saleId, const QString &condition) {
        if (part != ReportsPart::BatchedTriggers)
            return condition.isEmpty() ? QString() : QStringLiteral("WHEN ") + condition + u' ';
        return QStringLiteral("WHEN ") + summaryBatchGuard(saleId)
               + (condition.isEmpty() ? QString() : QStringLiteral(" AND (") + condition + u')')
               + u' ';
    };
    const QString hourlyColumns
        = QStringLiteral("INSERT INTO sales_hourly (day, hour, market_name, currency, sales, "
                         "gross, discount, returns, net, tax) ");
    const QString hourlyUpsert = QStringLiteral(
        " ON CONFLICT (day, market_name, currency, hour) DO UPDATE SET "
        "sales = sales + excluded.sales, gross = gross + excluded.gross, "
        "discount = discount + excluded.discount, returns = returns + excluded.returns, "
        "net = net + excluded.net, tax = tax + excluded.tax");
    const QString tenderColumns = QStringLiteral(
        "INSERT INTO tenders_daily (market_day_id, day, market_name, currency, tender, payments, "
        "tendered, change, received, refunded, amount, tendered_in, tendered_out, change_all) ");
    const QString tenderValues = QStringLiteral(
        "sum(s.kind = 'sale'), sum(CASE WHEN s.kind = 'sale' THEN t.tendered ELSE 0 END), "
        "sum(CASE WHEN s.kind = 'sale' THEN t.change ELSE 0 END), "
        "sum(CASE WHEN s.kind = 'sale' THEN t.amount ELSE 0 END), "
        "sum(CASE WHEN s.kind <> 'sale' THEN t.amount ELSE 0 END), sum(t.amount), "
        "sum(CASE WHEN t.tendered > 0 THEN t.tendered ELSE 0 END), "
        "sum(CASE WHEN t.tendered < 0 THEN -t.tendered ELSE 0 END), sum(t.change)");
    const QString tenderUpsert = QStringLiteral(
        " ON CONFLICT (market_day_id, day, market_name, currency, tender) DO UPDATE SET "
        "payments = payments + excluded.payments, tendered = tendered + excluded.tendered, "
        "change = change + excluded.change, received = received + excluded.received, "
        "refunded = refunded + excluded.refunded, amount = amount + excluded.amount, "
        "tendered_in = tendered_in + excluded.tendered_in, "
        "tendered_out = tendered_out + excluded.tendered_out, "
        "change_all = change_all + excluded.change_all");
    const QString taxColumns
        = QStringLiteral("INSERT INTO tax_daily (day, market_name, currency, tax_category, "
                         "rate_ppm, lines, net, paid, base, tax) ");
    const QString taxUpsert = QStringLiteral(
        " ON CONFLICT (day, market_name, currency, tax_category, rate_ppm) DO UPDATE SET "
        "lines = lines + excluded.lines, net = net + excluded.net, paid = paid + excluded.paid, "
        "base = base + excluded.base, tax = tax + excluded.tax");

    // The untaxed spread of one sale's lines `l`, ordered as the tax summary orders them: the
    // running sum of the eligible lines ahead of each.
    const QString aheadOf = QStringLiteral(
        "coalesce(sum(CASE WHEN instr(l.eligibility, 'snap') > 0 THEN abs(l.net) ELSE 0 END) "
        "OVER (ORDER BY l.tax_rate_ppm DESC, l.line_no ROWS BETWEEN UNBOUNDED PRECEDING AND 1 "
        "PRECEDING), 0)");
    const QString untaxedOf
        = QStringLiteral("(SELECT coalesce(sum(t.untaxed), 0) FROM sale_tenders t WHERE "
                         "t.sale_id = s.id)");

    // Backfill of tax_daily: every line with its share of the sale's untaxed tenders (for a
    // batch, the lines of its sales with untaxed tenders; the rest below).
    const QString taxBackfill
        = taxColumns + QStringLiteral("SELECT day, market_name, currency, tc, rate, count(*), ")
          + QStringLiteral("sum(net), sum(paid), sum(net - paid - CASE WHEN incl THEN tax ELSE 0 "
                           "END), sum(tax) FROM (SELECT day, market_name, currency, tc, rate, "
                           "net, tax, incl, ")
          + paidPart(QStringLiteral("net"),
                     QStringLiteral("elig"),
                     QStringLiteral("u"),
                     QStringLiteral("before"))
          + QStringLiteral(" AS paid FROM (SELECT ") + dayOf("s")
          + QStringLiteral(" AS day, s.market_name, s.currency, l.tax_category AS tc, "
                           "l.tax_rate_ppm AS rate, l.net, l.tax, s.tax_inclusive AS incl, ")
          + eligible("l") + QStringLiteral(" AS elig, ") + untaxedOf
          + QStringLiteral(" AS u, coalesce(sum(CASE WHEN instr(l.eligibility, 'snap') > 0 THEN "
                           "abs(l.net) ELSE 0 END) OVER (PARTITION BY s.id ORDER BY "
                           "l.tax_rate_ppm DESC, l.line_no ROWS BETWEEN UNBOUNDED PRECEDING AND "
                           "1 PRECEDING), 0) AS before FROM ")
          + from + QStringLiteral(" CROSS JOIN sale_lines l ON l.sale_id = s.id")
          + (batch ? QStringLiteral(" WHERE ") + untaxedOf + QStringLiteral(" <> 0") : QString())
          + QStringLiteral(")) GROUP BY 1, 2, 3, 4, 5") + (batch ? taxUpsert : QString());
    // A batch's sales without untaxed tenders (most of them) have nothing to spread: paid is
    // 0 on each of their lines, which are summed as they are, without the running sum over
    // each sale's lines above (a window per sale, the largest part of a pulled sale's
    // summaries). The sales with untaxed tenders go through the statement above.
    const QString taxUnspreadBatch
        = taxColumns + QStringLiteral("SELECT ") + dayOf("s")
          + QStringLiteral(", s.market_name, s.currency, l.tax_category, l.tax_rate_ppm, "
                           "count(*), sum(l.net), 0, sum(l.net - CASE WHEN s.tax_inclusive "
                           "THEN l.tax ELSE 0 END), sum(l.tax) FROM ")
          + from + QStringLiteral(" CROSS JOIN sale_lines l ON l.sale_id = s.id WHERE ") + untaxedOf
          + QStringLiteral(" = 0 GROUP BY 1, 2, 3, 4, 5") + taxUpsert;

    // A line added to a sale that already has untaxed tenders moves the spread of the lines
    // after it: add the spread with the line minus the spread without it. The new line sorts
    // ahead of line l when its rate is higher, or equal with a smaller line number.
    const QString newAhead = QStringLiteral(
        "(CASE WHEN instr(NEW.eligibility, 'snap') > 0 AND (NEW.tax_rate_ppm > l.tax_rate_ppm OR "
        "(NEW.tax_rate_ppm = l.tax_rate_ppm AND NEW.line_no < l.line_no)) THEN abs(NEW.net) "
        "ELSE 0 END)");
    const QString lineSpreadDelta
        = taxColumns
          + QStringLiteral("SELECT day, market_name, currency, tc, rate, 0, 0, sum(d), -sum(d), 0 "
                           "FROM (SELECT ")
          + dayOf("s") + QStringLiteral(" AS day, s.market_name, s.currency, w.tc, w.rate, ")
          + paidPart(QStringLiteral("w.net"),
                     QStringLiteral("w.elig"),
                     QStringLiteral("w.u"),
                     QStringLiteral("w.before"))
          + QStringLiteral(" - CASE WHEN w.id = NEW.id THEN 0 ELSE ")
          + paidPart(QStringLiteral("w.net"),
                     QStringLiteral("w.elig"),
                     QStringLiteral("w.u"),
                     QStringLiteral("(w.before - w.newAhead)"))
          + QStringLiteral(" END AS d FROM sales s, (SELECT l.id, l.tax_category AS tc, "
                           "l.tax_rate_ppm AS rate, l.net, ")
          + eligible("l") + QStringLiteral(" AS elig, ") + newAhead
          + QStringLiteral(" AS newAhead, ") + aheadOf
          + QStringLiteral(" AS before, (SELECT coalesce(sum(t.untaxed), 0) FROM sale_tenders t "
                           "WHERE t.sale_id = NEW.sale_id) AS u FROM sale_lines l WHERE "
                           "l.sale_id = NEW.sale_id) w WHERE s.id = NEW.sale_id) "
                           "GROUP BY 1, 2, 3, 4, 5")
          + taxUpsert;

    // An untaxed tender changes the sale's untaxed total from u - NEW.untaxed to u.
    const QString tenderSpreadDelta
        = taxColumns
          + QStringLiteral("SELECT day, market_name, currency, tc, rate, 0, 0, sum(d), -sum(d), 0 "
                           "FROM (SELECT ")
          + dayOf("s") + QStringLiteral(" AS day, s.market_name, s.currency, w.tc, w.rate, ")
          + paidPart(QStringLiteral("w.net"),
                     QStringLiteral("w.elig"),
                     QStringLiteral("w.u"),
                     QStringLiteral("w.before"))
          + QStringLiteral(" - ")
          + paidPart(QStringLiteral("w.net"),
                     QStringLiteral("w.elig"),
                     QStringLiteral("(w.u - NEW.untaxed)"),
                     QStringLiteral("w.before"))
          + QStringLiteral(" AS d FROM sales s, (SELECT l.tax_category AS tc, "
                           "l.tax_rate_ppm AS rate, l.net, ")
          + eligible("l") + QStringLiteral(" AS elig, ") + aheadOf
          + QStringLiteral(" AS before, (SELECT coalesce(sum(t.untaxed), 0) FROM sale_tenders t "
                           "WHERE t.sale_id = NEW.sale_id) AS u FROM sale_lines l WHERE "
                           "l.sale_id = NEW.sale_id) w WHERE s.id = NEW.sale_id) "
                           "GROUP BY 1, 2, 3, 4, 5")
          + taxUpsert;

    // The count whose expected level a movement at NEW.hlc changes: the product's next count
    // after it (all counts at that hlc).
    const QString nextCounts = QStringLiteral(
        "SELECT n.id FROM stock_movements n WHERE n.product_id = NEW.product_id AND "
        "n.kind = 'count' AND n.hlc = (SELECT min(x.hlc) FROM stock_movements x WHERE "
        "x.product_id = NEW.product_id AND x.kind = 'count' AND x.hlc > NEW.hlc)");
    const QString recountNext
        = QStringLiteral("UPDATE stock_count_expected SET expected = (SELECT ") + expectedLevel("c")
          + QStringLiteral(" FROM stock_movements c WHERE c.id = stock_count_expected.count_id) "
                           "WHERE count_id IN (")
          + nextCounts + QStringLiteral(");");

    const QString hourlyBackfill
        = hourlyColumns + QStringLiteral("SELECT ") + dayOf("s") + QStringLiteral(", ")
          + hourOf("s")
          + QStringLiteral(
              ", s.market_name, s.currency, sum(s.kind = 'sale'), "
              "sum(CASE WHEN s.kind = 'sale' THEN s.subtotal ELSE 0 END), "
              "sum(CASE WHEN s.kind = 'sale' THEN s.discount ELSE 0 END), "
              "sum(CASE WHEN s.kind <> 'sale' THEN s.subtotal - s.discount ELSE 0 END), "
              "sum(s.subtotal - s.discount), sum(s.tax) FROM ")
          + from + QStringLiteral(" GROUP BY 1, 2, 3, 4") + (batch ? hourlyUpsert : QString());
    const QString tenderBackfill
        = tenderColumns + QStringLiteral("SELECT s.market_day_id, ") + dayOf("s")
          + QStringLiteral(", s.market_name, s.currency, t.tender, ") + tenderValues
          + QStringLiteral(" FROM ") + from
          + QStringLiteral(" CROSS JOIN sale_tenders t ON t.sale_id = s.id GROUP BY 1, 2, 3, 4, 5")
          + (batch ? tenderUpsert : QString());
    const QString discountBackfill
        = QStringLiteral("INSERT INTO discount_lines (created_at, sale_id, line_no) SELECT "
                         "s.created_at, l.sale_id, l.line_no FROM ")
          + from
          + QStringLiteral(" CROSS JOIN sale_lines l ON l.sale_id = s.id WHERE s.kind = 'sale' "
                           "AND l.discount <> 0");
    if (batch)
        return {hourlyBackfill, tenderBackfill, taxBackfill, taxUnspreadBatch, discountBackfill};

    const QStringList saleTriggers{
        QStringLiteral("CREATE TRIGGER sales_hourly_add AFTER INSERT ON sales ")
            + when("NEW.id", {}) + QStringLiteral("BEGIN ") + hourlyColumns
            + QStringLiteral("VALUES (") + dayOf("NEW") + QStringLiteral(", ") + hourOf("NEW")
            + QStringLiteral(
                ", NEW.market_name, NEW.currency, NEW.kind = 'sale', "
                "CASE WHEN NEW.kind = 'sale' THEN NEW.subtotal ELSE 0 END, "
                "CASE WHEN NEW.kind = 'sale' THEN NEW.discount ELSE 0 END, "
                "CASE WHEN NEW.kind <> 'sale' THEN NEW.subtotal - NEW.discount ELSE 0 END, "
                "NEW.subtotal - NEW.discount, NEW.tax)")
            + hourlyUpsert + QStringLiteral("; END"),
        QStringLiteral("CREATE TRIGGER tenders_daily_add AFTER INSERT ON sale_tenders ")
            + when("NEW.sale_id", {}) + QStringLiteral("BEGIN ") + tenderColumns
            + QStringLiteral("SELECT s.market_day_id, ") + dayOf("s")
            + QStringLiteral(", s.market_name, s.currency, t.tender, ") + tenderValues
            + QStringLiteral(" FROM sales s, sale_tenders t WHERE t.id = NEW.id AND "
                             "s.id = NEW.sale_id GROUP BY 1, 2, 3, 4, 5")
            + tenderUpsert + QStringLiteral("; END"),
        // A line's own figures; its share of untaxed tenders below.
        QStringLiteral("CREATE TRIGGER tax_daily_add AFTER INSERT ON sale_lines ")
            + when("NEW.sale_id", {}) + QStringLiteral("BEGIN ") + taxColumns
            + QStringLiteral("SELECT ") + dayOf("s")
            + QStringLiteral(", s.market_name, s.currency, NEW.tax_category, "
                             "NEW.tax_rate_ppm, 1, NEW.net, 0, NEW.net - CASE WHEN "
                             "s.tax_inclusive THEN NEW.tax ELSE 0 END, NEW.tax FROM sales s "
                             "WHERE s.id = NEW.sale_id")
            + taxUpsert + QStringLiteral("; END"),
        QStringLiteral("CREATE TRIGGER tax_daily_line_spread AFTER INSERT ON sale_lines ")
            + when("NEW.sale_id",
                   QStringLiteral("EXISTS (SELECT 1 FROM sale_tenders t WHERE t.sale_id = "
                                  "NEW.sale_id AND t.untaxed <> 0)"))
            + QStringLiteral("BEGIN ") + lineSpreadDelta + QStringLiteral("; END"),
        QStringLiteral("CREATE TRIGGER tax_daily_tender_spread AFTER INSERT ON sale_tenders ")
            + when("NEW.sale_id", QStringLiteral("NEW.untaxed <> 0")) + QStringLiteral("BEGIN ")
            + tenderSpreadDelta + QStringLiteral("; END"),
        QStringLiteral("CREATE TRIGGER discount_lines_add AFTER INSERT ON sale_lines ")
            + when("NEW.sale_id", QStringLiteral("NEW.discount <> 0"))
            + QStringLiteral("BEGIN INSERT INTO discount_lines (created_at, sale_id, line_no) "
                             "SELECT s.created_at, NEW.sale_id, NEW.line_no FROM sales s WHERE "
                             "s.id = NEW.sale_id AND s.kind = 'sale'; END"),
    };
    if (part == ReportsPart::BatchedTriggers)
        return saleTriggers;

    QStringList statements{
        QStringLiteral(R"(CREATE TABLE sales_hourly (
                day TEXT NOT NULL,
                hour INTEGER NOT NULL,
                market_name TEXT NOT NULL,
                currency TEXT NOT NULL,
                sales INTEGER NOT NULL,
                gross INTEGER NOT NULL,
                discount INTEGER NOT NULL,
                returns INTEGER NOT NULL,
                net INTEGER NOT NULL,
                tax INTEGER NOT NULL,
                PRIMARY KEY (day, market_name, currency, hour)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE tenders_daily (
                market_day_id TEXT NOT NULL,
                day TEXT NOT NULL,
                market_name TEXT NOT NULL,
                currency TEXT NOT NULL,
                tender TEXT NOT NULL,
                payments INTEGER NOT NULL,
                tendered INTEGER NOT NULL,
                change INTEGER NOT NULL,
                received INTEGER NOT NULL,
                refunded INTEGER NOT NULL,
                amount INTEGER NOT NULL,
                tendered_in INTEGER NOT NULL,
                tendered_out INTEGER NOT NULL,
                change_all INTEGER NOT NULL,
                PRIMARY KEY (market_day_id, day, market_name, currency, tender)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX tenders_daily_day ON tenders_daily (day)"),
        QStringLiteral(R"(CREATE TABLE tax_daily (
                day TEXT NOT NULL,
                market_name TEXT NOT NULL,
                currency TEXT NOT NULL,
                tax_category TEXT NOT NULL,
                rate_ppm INTEGER NOT NULL,
                lines INTEGER NOT NULL,
                net INTEGER NOT NULL,
                paid INTEGER NOT NULL,
                base INTEGER NOT NULL,
                tax INTEGER NOT NULL,
                PRIMARY KEY (day, market_name, currency, tax_category, rate_ppm)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE discount_lines (
                created_at INTEGER NOT NULL,
                sale_id TEXT NOT NULL,
                line_no INTEGER NOT NULL,
                PRIMARY KEY (created_at, sale_id, line_no)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE stock_count_expected (
                count_id TEXT PRIMARY KEY,
                expected INTEGER NOT NULL) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX sales_receipt ON sales (receipt_no)"),
        QStringLiteral("CREATE INDEX sales_returns ON sales (created_at) WHERE kind IN "
                       "('refund', 'void')"),

    };
    // Backfill, before the triggers exist, in the migration's transaction.
    statements << hourlyBackfill << tenderBackfill << taxBackfill << discountBackfill
               << QStringLiteral("INSERT INTO stock_count_expected (count_id, expected) SELECT "
                                 "c.id, ")
                      + expectedLevel("c")
                      + QStringLiteral(" FROM stock_movements c WHERE c.kind = 'count'");
    statements << saleTriggers;
    statements
        // A count: its own expected level, then the next count's, which now starts from it.
        << QStringLiteral("CREATE TRIGGER stock_count_expected_count AFTER INSERT ON "
                          "stock_movements WHEN NEW.kind = 'count' BEGIN "
                          "INSERT INTO stock_count_expected (count_id, expected) SELECT c.id, ")
               + expectedLevel("c")
               + QStringLiteral(" FROM stock_movements c WHERE c.id = NEW.id; ") + recountNext
               + QStringLiteral(" END")
        // Any other movement: the next count after it (none for a device selling now).
        // The WHEN test is one probe of the counts index; the body runs only for a movement
        // that lands before a count (one pulled late), never for a sale made now.
        << QStringLiteral("CREATE TRIGGER stock_count_expected_move AFTER INSERT ON "
                          "stock_movements WHEN NEW.kind <> 'count' AND EXISTS (SELECT 1 FROM "
                          "stock_movements x WHERE x.product_id = NEW.product_id AND x.kind = "
                          "'count' AND x.hlc > NEW.hlc) BEGIN ")
               + recountNext + QStringLiteral(" END");
    return statements;
}
} // namespace

// Migration 11: what the remaining reports need so that none of them reads every sale of the
// year (core/reports/ReportCatalog.cpp says which report reads what).
// - sales_hourly: sales_daily's header totals per local hour too (by hour of day).
// - tenders_daily: per market day, local business date, market, currency and tender, the
//   tender rows of sales, refunds and voids (by tender, reimbursement, cash reconciliation).
//   The token count is the tendered amount over the tender's face value: a sale can only take
//   whole tokens (SaleEngine), so that is the sum of each payment's tokens.
// - tax_daily: per local business date, market, currency, tax category and rate, the lines,
//   their net and tax, the part of the net an untaxed tender paid and the taxable base (tax
//   summary). The untaxed part depends on all of a sale's lines and untaxed tenders, so each
//   insert of either adds the difference it makes to the sale's spread; the sum is the spread
//   of the whole sale, in whatever order its rows arrive.
// - discount_lines: the discounted lines of sales, in time order (discounts).
// - stock_count_expected: the level expected just before each stock count (stock variance),
//   recomputed for the count a movement lands before, so movements that arrive late by sync
//   still count where their hlc puts them.
// - Indexes: refunds and voids by time; sales by receipt number (SaleRepository looks a sale up
//   by the number printed on its receipt).
// All are kept by AFTER INSERT triggers in the sale's own transaction, and backfilled here.
Migration migrationReports()
{
    return {11, reportsSql(ReportsPart::Migration)};
}

QStringList reportSummaryInserts()
{
    return reportsSql(ReportsPart::BatchInserts);
}

QStringList reportTriggersBatched()
{
    return reportsSql(ReportsPart::BatchedTriggers);
}

} // namespace sk
