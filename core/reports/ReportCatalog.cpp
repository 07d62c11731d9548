#include "core/reports/ReportCatalog.h"

#include "core/reports/ReportSql.h"

#include "core/preorder/PreOrderReport.h"

namespace sk::reports {

namespace {

using namespace detail;

QList<ReportDefinition> makeCatalog()
{
    const QList<ReportColumn> tail = bucketTail();
    const QList<ReportColumn> salesMoney = salesMoneyColumns();
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
         text("currency"),
         integer("manual_weight")},
        FilterDate | FilterMarket | FilterCategory,
        false,
        &buildLines};
    c << ReportDefinition{
        QStringLiteral("by_item"),
        QT_TRANSLATE_NOOP("sk::reports", "Sales by item"),
        QT_TRANSLATE_NOOP("sk::reports", "One row per product, best seller first."),
        QList<ReportColumn>{text("sku"),
                            text("name"),
                            text("category"),
                            text("unit"),
                            quantity("qty_sold"),
                            quantity("qty_returned"),
                            quantity("net_qty"),
                            integer("times_sold", true)}
            + salesMoney,
        FilterDate | FilterMarket | FilterCategory,
        true,
        &buildByItem};
    c << ReportDefinition{QStringLiteral("by_category"),
                          QT_TRANSLATE_NOOP("sk::reports", "Sales by category"),
                          QT_TRANSLATE_NOOP("sk::reports", "One row per product category."),
                          QList<ReportColumn>{text("category"), integer("times_sold", true)}
                              + salesMoney,
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
    c << ReportDefinition{
        QStringLiteral("program_redemption"),
        QT_TRANSLATE_NOOP("sk::reports", "Program redemption"),
        QT_TRANSLATE_NOOP("sk::reports",
                          "One row per market day and program: SNAP sales, incentives issued "
                          "and redeemed, transactions."),
        {text("business_date"),
         text("market"),
         text("program"),
         integer("transactions", true),
         money("snap_sales"),
         money("incentive_issued"),
         money("incentive_redeemed"),
         text("currency")},
        FilterDate | FilterMarket,
        true,
        &buildProgramRedemption};
    c << ReportDefinition{
        QStringLiteral("market_fees"),
        QT_TRANSLATE_NOOP("sk::reports", "Market fees"),
        QT_TRANSLATE_NOOP("sk::reports",
                          "One row per market and fee period (a day, or a week when paid "
                          "weekly): the share of sales, the stall fee and the total due."),
        {text("market"),
         text("period"),
         text("period_start"),
         integer("market_days", true),
         money("sales_base"),
         money("share"),
         money("min_max_adjustment"),
         money("stall_fee"),
         money("fee_due"),
         text("currency")},
        FilterDate | FilterMarket,
        true,
        &buildMarketFees};
    c << ReportDefinition{
        QStringLiteral("preorders"),
        QT_TRANSLATE_NOOP("sk::reports", "Pick-up orders"),
        QT_TRANSLATE_NOOP("sk::reports",
                          "One row per market day of pick-up orders: how they ended, the fill "
                          "rate and the weight handed over against the weight ordered."),
        {text("market_date"),
         integer("orders", true),
         integer("picked_up", true),
         integer("partly", true),
         integer("no_shows", true),
         integer("waiting", true),
         integer("cancelled", true),
         percent("fill_rate_percent"),
         quantity("weight_ordered"),
         quantity("weight_handed_over"),
         quantity("weight_difference")},
        FilterDate,
        true,
        &buildPreOrders};
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
