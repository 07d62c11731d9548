// stallkeeper-cli eod ...: the end of a market day without a window. The numbers are the ones
// the End of day section shows: both call the same core functions (core/eod).
#include "app/cli/Cli.h"

#include "core/Catalog.h"
#include "core/Exports.h"
#include "core/MarketDay.h"
#include "core/eod/ClosingSummary.h"

#include <QDateTime>

namespace sk::cli {

namespace {

QString money(Minor m, const Currency &c)
{
    return formatFixed(m, c.decimals);
}

QString signedMoney(Minor m, const Currency &c)
{
    return (m > 0 ? QStringLiteral("+") : QString()) + formatFixed(m, c.decimals);
}

QString dayOf(Database &db, const Args &a)
{
    const QString id = a.value(QStringLiteral("day"));
    if (!id.isEmpty()) {
        MarketDayRepository days(db);
        return check(days.byId(id)).id;
    }
    return check(openOrLastMarketDay(db));
}

QString openDay(Database &db)
{
    MarketDayRepository days(db);
    auto cur = check(days.current());
    if (!cur)
        failWith(Error{Error::Code::NoMarketDay, QStringLiteral("no market day is open")});
    return cur->id;
}

void printSummary(QTextStream &out, const ClosingSummary &s)
{
    const Currency &c = s.currency;
    out << s.day.marketName << " " << s.day.businessDate.toString(Qt::ISODate)
        << (s.day.closedAt ? " (closed)" : " (open)") << "\n";
    out << "sales\t" << s.sales << "\n";
    out << "gross\t" << money(s.gross, c) << "\n";
    out << "discounts\t" << money(s.discounts, c) << "\n";
    out << "refunds\t" << s.refunds << "\t" << money(s.refundsAmount, c) << "\n";
    out << "voids\t" << s.voids << "\t" << money(s.voidsAmount, c) << "\n";
    out << "tax\t" << money(s.tax, c) << "\n";
    if (s.rounding)
        out << "rounding\t" << money(s.rounding, c) << "\n";
    out << "net\t" << money(s.netTotal, c) << "\n";
    for (const TenderTotal &t : s.tenders)
        out << "tender " << t.code << "\t" << t.count << "\t" << money(t.amount, c) << "\n";
    for (const ItemTotal &i : s.topItems)
        out << "item " << i.sku << "\t" << formatQuantity(i.qty, i.unit) << " " << unitCode(i.unit)
            << "\t" << money(i.net, c) << "\n";
    out << "items counted\t" << s.itemsCounted << "\n";
    out << "stock variance\t" << signedMoney(s.stockVarianceValue, c) << "\n";
    out << "unrecorded stock\t" << s.reconciliation.reconciledItems << " item(s)\t"
        << money(s.reconciliation.unrecordedValue, c) << "\n";
    out << "cash expected\t" << money(s.drawer.expectedCash(), c) << "\n";
    if (s.drawerCount) {
        out << "cash counted\t" << money(s.drawerCount->cashCounted, c) << "\n";
        out << "cash over/short\t" << signedMoney(*s.cashOverShort(), c) << "\n";
        if (s.cashSinceCount() != 0)
            out << "cash since the count\t" << signedMoney(s.cashSinceCount(), c) << "\n";
    } else {
        out << "cash counted\tnot counted\n";
    }
}

void printDrawer(QTextStream &out, const DrawerExpectation &e, const Currency &c)
{
    out << "opening float\t" << money(e.openingFloat, c) << "\n";
    out << "cash handed over\t" << money(e.cashSales, c) << "\n";
    out << "change given\t-" << money(e.changeGiven, c) << "\n";
    out << "cash refunds\t-" << money(e.cashRefunds, c) << "\n";
    out << "payouts\t-" << money(e.payouts, c) << "\n";
    out << "paid-ins\t" << money(e.paidIns, c) << "\n";
    out << "expected cash\t" << money(e.expectedCash(), c) << "\n";
    for (const DrawerExpectation::Held &h : e.held)
        out << "expected " << h.tender << "\t" << money(h.expected, c) << "\n";
}

int cmdEod(Context &ctx, Args &a)
{
    const QString sub = a.positional.value(0);
    Database &db = ctx.database();
    const Currency c = currencyOf(db);

    if (sub == u"report" || sub == u"reconcile") {
        if (a.positional.size() != 2)
            usageError(QStringLiteral("eod %1 takes one FILE.csv").arg(sub));
        const ClosingSummary s = check(closingSummary(db, dayOf(db, a)));
        const bool bom = a.flag(QStringLiteral("bom"));
        check(writeFileAtomically(a.positional[1], [&](QIODevice *out) {
            return sub == u"report" ? writeClosingSummaryCsv(s, out, bom)
                                    : writeReconciliationCsv(s, out, bom);
        }));
        ctx.out << s.day.marketName << " " << s.day.businessDate.toString(Qt::ISODate) << ": "
                << s.sales << " sale(s), net " << money(s.netTotal, c) << "\n";
        return 0;
    }
    if (sub == u"summary") {
        printSummary(ctx.out, check(closingSummary(db, dayOf(db, a))));
        return 0;
    }
    if (sub == u"drawer") {
        if (a.positional.size() != 1)
            usageError(QStringLiteral("eod drawer takes --count DENOMINATION=PIECES options"));
        const QString day = dayOf(db, a);
        CashDrawer drawer(db);
        const QStringList counts = a.values(QStringLiteral("count"));
        const QStringList held = a.values(QStringLiteral("held"));
        if (counts.isEmpty() && held.isEmpty()) {
            printDrawer(ctx.out, check(drawer.expected(day)), c);
            if (auto last = check(drawer.latestCount(day)))
                ctx.out << "last count\t" << money(last->cashCounted, c) << "\t"
                        << signedMoney(
                               last->cashCounted - check(drawer.expected(day)).expectedCash(), c)
                        << "\n";
            return 0;
        }
        DrawerTally tally;
        for (const QString &pair : counts) {
            auto [denom, pieces] = splitPair(pair, QStringLiteral("--count"));
            const Minor value = amountArg(denom, c, QStringLiteral("--count ") + pair);
            const qint64 n = wholeArg(pieces, QStringLiteral("--count ") + pair);
            if (n < 0)
                usageError(QStringLiteral("pieces of %1 must not be negative").arg(denom));
            tally.pieces[value] += n;
        }
        for (const QString &pair : held) {
            auto [tender, amount] = splitPair(pair, QStringLiteral("--held"));
            tally.tenders[tender] += amountArg(amount, c, QStringLiteral("--held ") + tender);
        }
        const DrawerCount dc
            = check(drawer.recordCount(day, tally, a.value(QStringLiteral("note"))));
        ctx.out << "counted\t" << money(dc.cashCounted, c) << "\n"
                << "expected\t" << money(dc.cashExpected, c) << "\n"
                << "over/short\t" << signedMoney(dc.overShort, c) << "\n";
        for (const DrawerCountLine &l : dc.lines)
            if (l.kind == u"tender")
                ctx.out << l.code << "\t" << money(l.amount, c) << "\texpected "
                        << money(l.expected, c) << "\n";
        return 0;
    }
    if (sub == u"payout" || sub == u"paid-in") {
        if (a.positional.size() != 2)
            usageError(QStringLiteral("eod %1 takes one AMOUNT").arg(sub));
        if (a.value(QStringLiteral("reason")).trimmed().isEmpty())
            usageError(QStringLiteral("eod %1 needs --reason").arg(sub));
        CashDrawer drawer(db);
        const Minor amount = amountArg(a.positional[1], c, QStringLiteral("eod ") + sub);
        const CashMovement m = check(drawer.recordMovement(
            sub == u"payout" ? QStringLiteral("payout") : QStringLiteral("paid_in"),
            amount,
            a.value(QStringLiteral("reason"))));
        ctx.out << m.id << "\n";
        return 0;
    }
    if (sub == u"count" || sub == u"loadout") {
        if (a.positional.size() < 2)
            usageError(QStringLiteral("eod %1 takes SKU=QTY").arg(sub));
        openDay(db);
        ProductRepository products(db);
        QList<std::pair<Product, Milli>> entries;
        for (const QString &pair : a.positional.mid(1)) {
            auto [sku, qty] = splitPair(pair, sub);
            const Product p = check(products.byCode(sku));
            entries << std::pair{p, quantityArg(qty, p.unit, sku)};
        }
        StockCount counter(db);
        if (sub == u"loadout") {
            QList<std::pair<QString, Milli>> counts;
            for (const auto &[p, q] : entries)
                counts << std::pair{p.id, q};
            check(counter.recordLoadOut(counts));
            return 0;
        }
        ctx.out << "sku\texpected\tcounted\tvariance\tvalue\n";
        for (const auto &[p, q] : entries) {
            const CountResult r = check(counter.count(p.id, q));
            ctx.out << p.sku << "\t" << formatQuantity(r.expected, p.unit) << "\t"
                    << formatQuantity(r.counted, p.unit) << "\t" << (r.variance > 0 ? "+" : "")
                    << formatQuantity(r.variance, p.unit) << "\t" << signedMoney(r.varianceValue, c)
                    << "\n";
        }
        return 0;
    }
    usageError(QStringLiteral("eod takes report, reconcile, summary, drawer, payout, paid-in, "
                              "count or loadout"));
}

} // namespace

CommandGroup eodCommands()
{
    return {R"(End of day (the open market day, or the last one; --day ID for another)
  eod report FILE.csv [--bom]              closing summary: sales, tenders, top items, stock, cash
  eod reconcile FILE.csv [--bom]           per item: load-out, sold, wasted, load-in, unrecorded
  eod summary                              print the closing summary
  eod loadout SKU=QTY [SKU=QTY ...]        what went onto the truck (absolute counts)
  eod count SKU=QTY [SKU=QTY ...]          end-of-day count; prints expected, counted, variance
  eod drawer                               print the expected cash and tokens held
  eod drawer --count DENOM=PIECES [...] [--held TENDER=AMOUNT ...] [--note TEXT]
                                           record a drawer count (20=3 is three 20s, 0.25=8
                                           eight quarters); prints over/short
  eod payout AMOUNT --reason TEXT          cash taken out of the drawer (bought ice)
  eod paid-in AMOUNT --reason TEXT         cash put into the drawer (change from the bank)
  eod turn-in FILE.pdf|FILE.csv            the turn-in slip: what each program pays back
)",
            {
                {"eod report", cmdEod, 1, {{"day", "ID"}, {"bom"}}},
                {"eod reconcile", cmdEod, 1, {{"day", "ID"}, {"bom"}}},
                {"eod summary", cmdEod, 0, {{"day", "ID"}}},
                {"eod drawer",
                 cmdEod,
                 0,
                 {{"day", "ID"},
                  {"count", "DENOM=PIECES"},
                  {"held", "TENDER=AMOUNT"},
                  {"note", "TEXT"}}},
                {"eod payout", cmdEod, 1, {{"reason", "TEXT"}}},
                {"eod paid-in", cmdEod, 1, {{"reason", "TEXT"}}},
                {"eod count", cmdEod, -1, {}},
                {"eod loadout", cmdEod, -1, {}},
                {"eod turn-in", cmdEodTurnIn, 1, {{"day", "ID"}}},
            }};
}

} // namespace sk::cli
