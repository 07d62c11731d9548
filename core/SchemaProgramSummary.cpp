#include "core/Schema.h"

namespace sk {

// Migration 23: program_daily, the summary the program redemption report reads
// (core/reports/ProgramReports.cpp) instead of every sale's tenders.
//
// The report's figures are not sums per tender: a sale counts once per program its tenders
// pay part of, its SNAP is counted for each such program, and an incentive is issued only when
// SNAP paid part of the same sale. Which tenders belong to a program (tender_programs) and which
// pay as SNAP (tender_types.eligibility) are settings the vendor can change, and the report
// reads them as they are now. So the summary keeps no program and no eligibility: it groups
// the sales by the tenders they were paid with. One row per market day, business date, market,
// currency, tender set and tender of the set:
//  - tenders: the sale's distinct tenders in code order, each with the sign of what it paid
//    in the sale ("card:1 snap:1"); a sale whose tenders paid with both signs (one positive,
//    one negative) gets a group of its own (its id appended), see below;
//  - sales: the sales (kind 'sale') in the group; members: every sale in it, of any kind;
//  - amount, tendered: the tender's sums over the group's sales.
// Every sale of a group has the same tenders, so "this sale is paid by program P" is "the
// group has a row of P". Whether SNAP paid part of a sale is whether its SNAP tenders' amounts
// sum to non-zero: within a group every SNAP tender that paid anything paid with the same sign
// (mixed signs make a group of one sale), so that holds for each of its sales exactly when it
// holds for the group's sum. The report is then the scan's, group by group.
//
// Kept by a trigger on sale_tenders in the sale's own transaction: each tender that arrives
// moves its sale from the group of the tenders before it to the group with it (a row of
// `members` 0 is deleted). Sales of a batch (schema 15, summary_batch) are added up once by
// programSummaryInserts(). Re-runnable: the table is emptied and filled again from the sales.

namespace {

// The per-sale, per-tender rows of the sales `from` (a FROM clause whose sales row is `s`),
// with the tenders `tenders` (a condition on the sale_tenders row `t`), each with its group's
// tender set: market_day_id, day, market_name, currency, kind, tenders, tender, amount,
// tendered. The set is built by a window ordered by tender code, so the same tenders always
// give the same text.
QString groupedTenders(const QString &from, const QString &tenders)
{
    return QStringLiteral(
               "SELECT market_day_id, day, market_name, currency, kind, group_concat(tender || "
               "':' || sg, ' ') OVER w || CASE WHEN max(sg) OVER w > 0 AND min(sg) OVER w < 0 "
               "THEN ' #' || sale_id ELSE '' END AS tenders, tender, amount, tendered FROM "
               "(SELECT s.id AS sale_id, s.market_day_id, date(s.created_at / 1000 + "
               "s.utc_offset, 'unixepoch') AS day, s.market_name, s.currency, s.kind, t.tender, "
               "sum(t.amount) AS amount, sum(t.tendered) AS tendered, CASE WHEN sum(t.amount) > "
               "0 THEN 1 WHEN sum(t.amount) < 0 THEN -1 ELSE 0 END AS sg FROM ")
           + from + QStringLiteral(" CROSS JOIN sale_tenders t ON t.sale_id = s.id WHERE ")
           + tenders
           + QStringLiteral(" GROUP BY s.id, t.tender) WINDOW w AS (PARTITION BY sale_id ORDER "
                            "BY tender ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED "
                            "FOLLOWING)");
}

const char *const kColumns = "INSERT INTO program_daily (market_day_id, day, market_name, "
                             "currency, tenders, tender, sales, members, amount, tendered) ";
const char *const kUpsert
    = " ON CONFLICT (market_day_id, day, market_name, currency, tenders, tender) DO UPDATE SET "
      "sales = sales + excluded.sales, members = members + excluded.members, amount = amount + "
      "excluded.amount, tendered = tendered + excluded.tendered";

// The groups' rows of every sale in `from`, added up.
QString summaryOf(const QString &from, bool upsert)
{
    return QLatin1String(kColumns)
           + QStringLiteral("SELECT market_day_id, day, market_name, currency, tenders, tender, "
                            "sum(kind = 'sale'), count(*), sum(amount), sum(tendered) FROM (")
           + groupedTenders(from, QStringLiteral("1"))
           + QStringLiteral(") GROUP BY 1, 2, 3, 4, 5, 6")
           + (upsert ? QLatin1String(kUpsert) : QLatin1String(""));
}

// The rows of one sale (NEW.sale_id) with the tenders that `tenders` (a condition on `t`)
// keeps, each signed by `f` (1 adds the sale to its group, -1 takes it out). The group's tender
// set is worked out once (a subquery that does not depend on the row), the same text
// groupedTenders() makes; the sale's few tenders are grouped without a window.
QString oneSale(const char *f, const QString &tenders)
{
    const QString sign = QLatin1String(f);
    const QString set
        = QStringLiteral("(SELECT group_concat(tender || ':' || sg, ' ') || CASE WHEN max(sg) "
                         "> 0 AND min(sg) < 0 THEN ' #' || NEW.sale_id ELSE '' END FROM "
                         "(SELECT t.tender, CASE WHEN sum(t.amount) > 0 THEN 1 WHEN "
                         "sum(t.amount) < 0 THEN -1 ELSE 0 END AS sg FROM sale_tenders t "
                         "WHERE ")
          + tenders + QStringLiteral(" GROUP BY t.tender ORDER BY t.tender))");
    return QLatin1String(kColumns)
           + QStringLiteral("SELECT s.market_day_id, date(s.created_at / 1000 + s.utc_offset, "
                            "'unixepoch'), s.market_name, s.currency, ")
           + set + QStringLiteral(", t.tender, ") + sign + QStringLiteral(" * (s.kind = 'sale'), ")
           + sign + QStringLiteral(", ") + sign + QStringLiteral(" * sum(t.amount), ") + sign
           + QStringLiteral(" * sum(t.tendered) FROM sales s CROSS JOIN sale_tenders t ON "
                            "t.sale_id = s.id WHERE s.id = NEW.sale_id AND ")
           + tenders + QStringLiteral(" GROUP BY t.tender") + QLatin1String(kUpsert);
}

QString trigger()
{
    // The sale with the tenders before NEW leaves its group, with NEW it joins one.
    const QString before = QStringLiteral("t.sale_id = NEW.sale_id AND t.id <> NEW.id");
    const QString with = QStringLiteral("t.sale_id = NEW.sale_id");
    return QStringLiteral("CREATE TRIGGER program_daily_add AFTER INSERT ON sale_tenders WHEN ")
           + summaryBatchGuard("NEW.sale_id") + QStringLiteral(" BEGIN ") + oneSale("-1", before)
           + QStringLiteral("; ") + oneSale("1", with)
           + QStringLiteral("; DELETE FROM program_daily WHERE market_day_id = (SELECT "
                            "market_day_id FROM sales WHERE id = NEW.sale_id) AND members = 0; "
                            "END");
}

} // namespace

QStringList programSummaryInserts()
{
    // The batch's per-sale, per-tender rows are worked out once (st). Most sales are paid with
    // one tender code: their set is that tender's "code:sign", with no window; only the sales
    // with several codes build their set with groupedTenders()'s window (a window per sale
    // was most of this statement). The same sets, groups and sums as summaryOf().
    const QString set = QStringLiteral("tender || ':' || sg");
    return {
        QStringLiteral(
            "WITH st AS MATERIALIZED (SELECT s.id AS sale_id, s.market_day_id, date(s.created_at "
            "/ 1000 + s.utc_offset, 'unixepoch') AS day, s.market_name, s.currency, s.kind, "
            "t.tender, sum(t.amount) AS amount, sum(t.tendered) AS tendered, CASE WHEN "
            "sum(t.amount) > 0 THEN 1 WHEN sum(t.amount) < 0 THEN -1 ELSE 0 END AS sg FROM ")
        + summaryBatchSales()
        + QStringLiteral(" CROSS JOIN sale_tenders t ON t.sale_id = s.id GROUP BY s.id, "
                         "t.tender), sets AS MATERIALIZED (SELECT sale_id, ")
        + set
        + QStringLiteral(" AS tenders FROM st GROUP BY sale_id HAVING count(*) = 1 UNION ALL "
                         "SELECT DISTINCT sale_id, group_concat(")
        + set
        + QStringLiteral(", ' ') OVER w || CASE WHEN max(sg) OVER w > 0 AND min(sg) OVER w < "
                         "0 THEN ' #' || sale_id ELSE '' END FROM st WHERE sale_id IN (SELECT "
                         "sale_id FROM st GROUP BY sale_id HAVING count(*) > 1) WINDOW w AS "
                         "(PARTITION BY sale_id ORDER BY tender ROWS BETWEEN UNBOUNDED "
                         "PRECEDING AND UNBOUNDED FOLLOWING)) ")
        + QLatin1String(kColumns)
        + QStringLiteral("SELECT st.market_day_id, st.day, st.market_name, st.currency, "
                         "sets.tenders, st.tender, sum(st.kind = 'sale'), count(*), "
                         "sum(st.amount), sum(st.tendered) FROM st CROSS JOIN sets ON "
                         "sets.sale_id = st.sale_id GROUP BY 1, 2, 3, 4, 5, 6")
        + QLatin1String(kUpsert)};
}

Migration migrationProgramSummary()
{
    return {23,
            {QStringLiteral(R"(CREATE TABLE IF NOT EXISTS program_daily (
                market_day_id TEXT NOT NULL,
                day TEXT NOT NULL,
                market_name TEXT NOT NULL,
                currency TEXT NOT NULL,
                tenders TEXT NOT NULL,
                tender TEXT NOT NULL,
                sales INTEGER NOT NULL,
                members INTEGER NOT NULL,
                amount INTEGER NOT NULL,
                tendered INTEGER NOT NULL,
                PRIMARY KEY (market_day_id, day, market_name, currency, tenders, tender))
                WITHOUT ROWID)"),
             QStringLiteral("DROP TRIGGER IF EXISTS program_daily_add"),
             QStringLiteral("DELETE FROM program_daily"),
             summaryOf(QStringLiteral("sales s"), false),
             trigger()}};
}

} // namespace sk
