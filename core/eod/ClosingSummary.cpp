#include "core/eod/ClosingSummary.h"

#include "core/BusinessSettings.h"
#include "core/Csv.h"
#include "core/DatabaseRows.h"
#include "core/SaleEngine.h"

#include <QSet>

namespace sk {

Result<ClosingSummary> closingSummary(Database &db, const QString &marketDayId, int topItems)
{
    ClosingSummary s;
    MarketDayRepository days(db);
    auto day = days.byId(marketDayId);
    if (!day)
        return std::unexpected(day.error());
    s.day = *day;
    s.currency = BusinessSettings(db).currency();

    auto h = readFirstRow(db.exec(QStringLiteral(R"(
        SELECT coalesce(sum(kind = 'sale'), 0), coalesce(sum(kind = 'refund'), 0),
               coalesce(sum(kind = 'void'), 0),
               coalesce(sum(CASE WHEN kind = 'sale' THEN subtotal END), 0),
               coalesce(sum(CASE WHEN kind = 'sale' THEN discount END), 0),
               coalesce(sum(CASE WHEN kind = 'refund' THEN -total END), 0),
               coalesce(sum(CASE WHEN kind = 'void' THEN -total END), 0),
               coalesce(sum(tax), 0), coalesce(sum(rounding), 0), coalesce(sum(total), 0)
        FROM sales WHERE market_day_id = ?)"),
                                  {marketDayId}),
                          [&s](const QSqlQuery &r) {
                              s.sales = r.value(0).toInt();
                              s.refunds = r.value(1).toInt();
                              s.voids = r.value(2).toInt();
                              s.gross = r.value(3).toLongLong();
                              s.discounts = r.value(4).toLongLong();
                              s.refundsAmount = r.value(5).toLongLong();
                              s.voidsAmount = r.value(6).toLongLong();
                              s.tax = r.value(7).toLongLong();
                              s.rounding = r.value(8).toLongLong();
                              s.netTotal = r.value(9).toLongLong();
                          });
    if (!h)
        return std::unexpected(h.error());

    auto rules = SaleRules::load(db);
    if (!rules)
        return std::unexpected(rules.error());
    auto totals = queryRows(
        db.exec(QStringLiteral("SELECT t.tender, count(DISTINCT CASE WHEN s.kind = 'sale' THEN "
                               "s.id END), coalesce(sum(t.amount), 0) FROM sale_tenders t "
                               "JOIN sales s ON s.id = t.sale_id WHERE s.market_day_id = ? "
                               "GROUP BY t.tender"),
                {marketDayId}),
        [](const QSqlQuery &q) {
            return TenderTotal{
                q.value(0).toString(), {}, q.value(1).toInt(), q.value(2).toLongLong()};
        });
    if (!totals)
        return std::unexpected(totals.error());
    QHash<QString, TenderTotal> byTender;
    for (const TenderTotal &t : std::as_const(*totals))
        byTender.insert(t.code, t);
    // In the order the till shows tenders, then any that are no longer configured.
    for (const TenderType &tt : rules->tenders)
        if (byTender.contains(tt.code)) {
            TenderTotal x = byTender.take(tt.code);
            x.name = tt.name;
            s.tenders << x;
        }
    QStringList rest = byTender.keys();
    rest.sort();
    for (const QString &code : rest) {
        TenderTotal x = byTender.value(code);
        x.name = code;
        s.tenders << x;
    }

    auto items = queryRows(
        db.exec(QStringLiteral("SELECT l.product_id, max(l.sku), max(l.name), max(l.unit), "
                               "sum(l.qty), sum(l.net) FROM sale_lines l JOIN sales s ON "
                               "s.id = l.sale_id WHERE s.market_day_id = ? GROUP BY "
                               "l.product_id ORDER BY sum(l.net) DESC, max(l.sku) LIMIT ?"),
                {marketDayId, std::max(0, topItems)}),
        [](const QSqlQuery &q) {
            return ItemTotal{q.value(0).toString(),
                             q.value(1).toString(),
                             q.value(2).toString(),
                             unitFromCode(q.value(3).toString()).value_or(Unit::Each),
                             q.value(4).toLongLong(),
                             q.value(5).toLongLong()};
        });
    if (!items)
        return std::unexpected(items.error());
    s.topItems = *items;

    StockCount counts(db);
    auto eod = counts.countsOf(marketDayId);
    if (!eod)
        return std::unexpected(eod.error());
    QSet<QString> counted;
    for (const CountResult &c : *eod) {
        counted.insert(c.productId);
        s.stockVarianceValue += c.varianceValue;
    }
    s.itemsCounted = int(counted.size());
    auto rec = reconcileMarketDay(db, marketDayId);
    if (!rec)
        return std::unexpected(rec.error());
    s.reconciliation = *rec;

    CashDrawer drawer(db);
    auto e = drawer.expected(marketDayId);
    if (!e)
        return std::unexpected(e.error());
    s.drawer = *e;
    auto dc = drawer.latestCount(marketDayId);
    if (!dc)
        return std::unexpected(dc.error());
    s.drawerCount = *dc;
    if (s.drawerCount)
        for (DrawerExpectation::Held &held : s.drawerCount->expectation.held)
            if (const TenderType *tt = rules->tender(held.tender))
                held.name = tt->name;
    auto mv = drawer.movements(marketDayId);
    if (!mv)
        return std::unexpected(mv.error());
    s.cashMovements = *mv;
    if (auto acts = TillActionLog(db).forMarketDay(marketDayId); acts)
        s.tillActions = *acts;
    else
        return std::unexpected(acts.error());
    auto opened = db.scalar(QStringLiteral("SELECT count(*) FROM sales s WHERE s.market_day_id = ? "
                                           "AND (s.change_due <> 0 OR EXISTS (SELECT 1 FROM "
                                           "sale_tenders t WHERE t.sale_id = s.id AND t.tender = "
                                           "'cash'))"),
                            {marketDayId});
    if (!opened)
        return std::unexpected(opened.error());
    s.drawerOpeningsWithSale = opened->toInt();
    return s;
}

namespace {

struct Row
{
    CsvWriter &w;
    int decimals;

    Status operator()(const QString &section,
                      const QString &key,
                      const QString &name,
                      std::optional<qint64> count,
                      std::optional<std::pair<Milli, Unit>> qty,
                      std::optional<Minor> amount)
    {
        w.text(section).text(key).text(name);
        if (count)
            w.number(*count);
        else
            w.text({});
        if (qty)
            w.fixed(qty->first, 3).text(unitCode(qty->second));
        else
            w.text({}).text({});
        if (amount)
            w.fixed(*amount, decimals);
        else
            w.text({});
        return w.endRow();
    }
};

} // namespace

Status writeClosingSummaryCsv(const ClosingSummary &s, QIODevice *out, bool bom)
{
    CsvWriter w(out, bom);
    if (auto h = w.header({QStringLiteral("section"),
                           QStringLiteral("key"),
                           QStringLiteral("name"),
                           QStringLiteral("count"),
                           QStringLiteral("quantity"),
                           QStringLiteral("unit"),
                           QStringLiteral("amount")});
        !h)
        return h;
    Row row{w, s.currency.decimals};
    const auto none = std::nullopt;
    const QString day = QStringLiteral("day");
    QList<Status> st;
    st << row(day, QStringLiteral("market"), s.day.marketName, none, none, none);
    st << row(
        day, QStringLiteral("date"), s.day.businessDate.toString(Qt::ISODate), none, none, none);
    st << row(day,
              QStringLiteral("status"),
              s.day.closedAt ? QStringLiteral("closed") : QStringLiteral("open"),
              none,
              none,
              none);
    st << row(day, QStringLiteral("currency"), s.currency.code, none, none, none);
    const QString sales = QStringLiteral("sales");
    st << row(sales, QStringLiteral("sales"), QStringLiteral("Sales"), s.sales, none, none);
    st << row(sales, QStringLiteral("gross"), QStringLiteral("Gross sales"), none, none, s.gross);
    st << row(
        sales, QStringLiteral("discounts"), QStringLiteral("Discounts"), none, none, s.discounts);
    st << row(sales,
              QStringLiteral("refunds"),
              QStringLiteral("Refunds"),
              s.refunds,
              none,
              s.refundsAmount);
    st << row(
        sales, QStringLiteral("voids"), QStringLiteral("Voids"), s.voids, none, s.voidsAmount);
    st << row(sales, QStringLiteral("tax"), QStringLiteral("Tax"), none, none, s.tax);
    st << row(
        sales, QStringLiteral("rounding"), QStringLiteral("Cash rounding"), none, none, s.rounding);
    st << row(sales, QStringLiteral("net"), QStringLiteral("Net taken"), none, none, s.netTotal);
    for (const TenderTotal &t : s.tenders)
        st << row(QStringLiteral("tender"), t.code, t.name, t.count, none, t.amount);
    for (const ItemTotal &i : s.topItems)
        st << row(QStringLiteral("item"), i.sku, i.name, none, std::pair{i.qty, i.unit}, i.net);
    const QString stock = QStringLiteral("stock");
    st << row(stock,
              QStringLiteral("items_counted"),
              QStringLiteral("Items counted"),
              s.itemsCounted,
              none,
              none);
    st << row(stock,
              QStringLiteral("variance_value"),
              QStringLiteral("Stock variance"),
              none,
              none,
              s.stockVarianceValue);
    st << row(stock,
              QStringLiteral("unrecorded_value"),
              QStringLiteral("Unrecorded stock"),
              s.reconciliation.reconciledItems,
              none,
              s.reconciliation.unrecordedValue);
    const QString cash = QStringLiteral("cash");
    const DrawerExpectation &e = s.drawer;
    st << row(cash,
              QStringLiteral("opening_float"),
              QStringLiteral("Opening float"),
              none,
              none,
              e.openingFloat);
    st << row(cash,
              QStringLiteral("cash_sales"),
              QStringLiteral("Cash handed over"),
              none,
              none,
              e.cashSales);
    st << row(cash,
              QStringLiteral("change_given"),
              QStringLiteral("Change given"),
              none,
              none,
              e.changeGiven);
    st << row(cash,
              QStringLiteral("cash_refunds"),
              QStringLiteral("Cash refunds"),
              none,
              none,
              e.cashRefunds);
    st << row(cash, QStringLiteral("payouts"), QStringLiteral("Payouts"), none, none, e.payouts);
    st << row(cash, QStringLiteral("paid_ins"), QStringLiteral("Paid-ins"), none, none, e.paidIns);
    st << row(cash,
              QStringLiteral("expected"),
              QStringLiteral("Expected cash"),
              none,
              none,
              e.expectedCash());
    if (s.drawerCount) {
        st << row(cash,
                  QStringLiteral("counted"),
                  QStringLiteral("Counted cash"),
                  none,
                  none,
                  s.drawerCount->cashCounted);
        st << row(cash,
                  QStringLiteral("over_short"),
                  QStringLiteral("Over (+) / short (-)"),
                  none,
                  none,
                  *s.cashOverShort());
        if (s.cashSinceCount() != 0)
            st << row(cash,
                      QStringLiteral("since_count"),
                      QStringLiteral("Recorded since the count"),
                      none,
                      none,
                      s.cashSinceCount());
    }
    for (const DrawerExpectation::Held &held : e.held) {
        st << row(QStringLiteral("held"), held.tender, held.name, none, none, held.expected);
        if (s.drawerCount)
            for (const DrawerCountLine &l : s.drawerCount->lines)
                if (l.kind == u"tender" && l.code == held.tender)
                    st << row(QStringLiteral("held_counted"),
                              held.tender,
                              held.name,
                              l.pieces,
                              none,
                              l.amount);
    }
    for (const CashMovement &m : s.cashMovements)
        st << row(QStringLiteral("cash_movement"), m.kind, m.reason, none, none, m.amount);
    for (const Status &x : st)
        if (!x)
            return x;
    return {};
}

Status writeReconciliationCsv(const ClosingSummary &s, QIODevice *out, bool bom)
{
    return CsvWriter(out, bom).table(
        {QStringLiteral("sku"),
         QStringLiteral("name"),
         QStringLiteral("unit"),
         QStringLiteral("load_out"),
         QStringLiteral("received"),
         QStringLiteral("adjusted"),
         QStringLiteral("sold"),
         QStringLiteral("wasted"),
         QStringLiteral("load_in"),
         QStringLiteral("unrecorded"),
         QStringLiteral("price"),
         QStringLiteral("unrecorded_value")},
        s.reconciliation.lines,
        [&s](CsvWriter &w, const ReconciliationLine &l) {
            w.text(l.sku).text(l.name).text(unitCode(l.unit));
            if (l.loadedOut)
                w.fixed(l.loadOut, 3);
            else
                w.text({});
            if (l.reconciled())
                w.fixed(l.received, 3).fixed(l.adjusted, 3).fixed(l.sold, 3).fixed(l.wasted, 3);
            else
                w.text({}).text({}).text({}).text({});
            if (l.loadedIn)
                w.fixed(l.loadIn, 3);
            else
                w.text({});
            if (l.reconciled())
                w.fixed(l.unrecorded, 3)
                    .fixed(l.price, s.currency.decimals)
                    .fixed(l.unrecordedValue, s.currency.decimals);
            else
                w.text({}).fixed(l.price, s.currency.decimals).text({});
        });
}

} // namespace sk
