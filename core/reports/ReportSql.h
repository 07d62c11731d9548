#pragma once

// What the report builders share (ReportSql.cpp), and the builders themselves by family:
// SalesReports.cpp (sales, lines and their breakdowns), MoneyReports.cpp (tenders, tax,
// reimbursement, refunds, discounts) and StockCashReports.cpp (stock variance, cash).
// ReportCatalog.cpp names them and their columns.
//
// Joins of sales and lines are written CROSS JOIN: SQLite then walks the sales (by the
// created_at index or in storage order) and fetches each sale's lines through the
// (sale_id, line_no) index, about four times less work than the plan it picks by itself
// (lines in product order, each looking up its sale), measured on 1.1M lines.
//
// SQL here is assembled by concatenation and QString::replace of {placeholders}, never with
// QString::arg: strftime and printf patterns contain %-digit sequences that arg() would eat.
// Every value a user gives is a positional bind.

#include "core/reports/ReportCatalog.h"

#include <QStringList>

namespace sk::reports::detail {

// CSV columns of a report.
ReportColumn text(const char *name);
ReportColumn integer(const char *name, bool summed = false);
ReportColumn money(const char *name, bool summed = true);
ReportColumn quantity(const char *name);
ReportColumn percent(const char *name);

QString sql(const char *s);
// Local business date of a sale (alias `s`).
QString saleDate();
// Conditions of a filter on the sales alias `s` (createdAt: the column the coarse time bounds
// test), on a plain date and market expression, and on a daily summary row `r`.
void saleConditions(const ReportFilter &f,
                    QStringList &where,
                    QVariantList &binds,
                    const QString &createdAt = QStringLiteral("s.created_at"));
void dateConditions(const QString &dateExpr,
                    const QString &marketExpr,
                    const ReportFilter &f,
                    QStringList &where,
                    QVariantList &binds);
void rollupConditions(const ReportFilter &f, QStringList &where, QVariantList &binds);
// A query of a daily summary row `r`: `select` up to its WHERE, the filter's conditions on the
// business date and market (rollupConditions where `byCategory`), then `rest`.
ReportQuery summaryQuery(const ReportFilter &f,
                         const QString &select,
                         const QString &rest,
                         bool byCategory = false);
// The conditions joined with AND ("1" when there are none).
QString joined(const QStringList &where);
int moneyDecimals(Database &db);
QString tendersExpr(int decimals);
QString weekdayName(const QString &isoWeekdayExpr);
QString saleIsoWeekday();
QString dayIsoWeekday();
QString saleHour();
// Columns every time-bucketed report ends with, and the queries that fill them.
QList<ReportColumn> bucketTail();
// The money columns of a sales report by some key (gross to tax, then the currency).
QList<ReportColumn> salesMoneyColumns();
Result<ReportQuery>
bucketQuery(const ReportFilter &f, const QString &keys, const QString &group, const QString &order);
Result<ReportQuery> dailyBucketQuery(const ReportFilter &f,
                                     const QString &keys,
                                     const QString &group,
                                     const QString &order);

// SalesReports.cpp
Result<ReportQuery> buildSales(Database &db, const ReportFilter &f);
Result<ReportQuery> buildLines(Database &db, const ReportFilter &f);
Result<ReportQuery> buildByItem(Database &db, const ReportFilter &f);
Result<ReportQuery> buildByCategory(Database &db, const ReportFilter &f);
Result<ReportQuery> buildByDay(Database &db, const ReportFilter &f);
Result<ReportQuery> buildByHour(Database &db, const ReportFilter &f);
Result<ReportQuery> buildByWeekday(Database &db, const ReportFilter &f);
Result<ReportQuery> buildByMarket(Database &db, const ReportFilter &f);
// MoneyReports.cpp
Result<ReportQuery> buildByTender(Database &db, const ReportFilter &f);
Result<ReportQuery> buildTaxSummary(Database &db, const ReportFilter &f);
Result<ReportQuery> buildReimbursement(Database &db, const ReportFilter &f);
Result<ReportQuery> buildRefunds(Database &db, const ReportFilter &f);
Result<ReportQuery> buildDiscounts(Database &db, const ReportFilter &f);
// StockCashReports.cpp
Result<ReportQuery> buildStockVariance(Database &db, const ReportFilter &f);
Result<ReportQuery> buildCashReconciliation(Database &db, const ReportFilter &f);
// ProgramReports.cpp
Result<ReportQuery> buildProgramRedemption(Database &db, const ReportFilter &f);
Result<ReportQuery> buildMarketFees(Database &db, const ReportFilter &f);

} // namespace sk::reports::detail
