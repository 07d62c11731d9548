#include "ui/eod/SummaryHtml.h"

#include "ui/common/DisplayNames.h"
#include "ui/common/Html.h"
#include "ui/common/Style.h"
#include "ui/eod/EodText.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sk::ui {

// The strings of this file share one translation context, as a class's tr() would give
// them; lupdate files them under the same name.
struct ClosingSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(sk::ui::ClosingSummaryText)
};

namespace {

QString row(const QStringList &cells, bool bold = false)
{
    QString out = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i)
        out += QStringLiteral("<td%1>%2%3%4</td>")
                   .arg(i == 0 ? QString() : QStringLiteral(" align=\"right\""),
                        bold ? QStringLiteral("<b>") : QString(),
                        esc(cells[i]),
                        bold ? QStringLiteral("</b>") : QString());
    return out + QStringLiteral("</tr>");
}

// A section's title.
QString heading(const QString &title)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(title));
}

QString header(const QStringList &cells)
{
    QString out = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i)
        out += QStringLiteral("<th%1>%2</th>")
                   .arg(i == 0 ? QStringLiteral(" align=\"left\"")
                               : QStringLiteral(" align=\"right\""),
                        esc(cells[i]));
    return out + QStringLiteral("</tr>");
}

} // namespace

QString closingSummaryHtml(const ClosingSummary &s)
{
    const Currency &c = s.currency;
    auto m = [&](Minor v) {
        return money(v, c);
    };
    const QString table
        = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    QString h = QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    h += QStringLiteral("<h2>%1</h2>")
             .arg(esc(ClosingSummaryText::tr("Closing summary: %1, %2")
                          .arg(s.day.marketName,
                               QLocale().toString(s.day.businessDate, QLocale::LongFormat))));
    QString closedAt;
    if (s.day.closedAt) {
        closedAt = QLocale().toString(QDateTime::fromMSecsSinceEpoch(*s.day.closedAt).time(),
                                      QLocale::ShortFormat);
        // "6:46 A. M." already ends a sentence; the sentence's own full stop would double it.
        if (closedAt.endsWith(QLatin1Char('.')))
            closedAt.chop(1);
    }
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(s.day.closedAt ? ClosingSummaryText::tr("Closed at %1.").arg(closedAt)
                                     : ClosingSummaryText::tr("The market day is still open.")));

    h += QStringLiteral("<table width=\"100%\"><tr><td valign=\"top\" width=\"50%\">");
    h += heading(ClosingSummaryText::tr("Sales"));
    h += table;
    h += row({ClosingSummaryText::tr("Sales"), QString::number(s.sales)});
    h += row({ClosingSummaryText::tr("Gross sales"), m(s.gross)});
    h += row({ClosingSummaryText::tr("Discounts"), m(s.discounts)});
    h += row({ClosingSummaryText::tr("Refunds (%1)").arg(s.refunds), m(s.refundsAmount)});
    h += row({ClosingSummaryText::tr("Voids (%1)").arg(s.voids), m(s.voidsAmount)});
    h += row({ClosingSummaryText::tr("Tax"), m(s.tax)});
    if (s.rounding)
        h += row({ClosingSummaryText::tr("Cash rounding"), eod::signedMoney(s.rounding, c)});
    h += row({ClosingSummaryText::tr("Net taken"), m(s.netTotal)}, true);
    h += QStringLiteral("</table>");

    h += heading(ClosingSummaryText::tr("By tender"));
    h += table
         + header({ClosingSummaryText::tr("Tender"),
                   ClosingSummaryText::tr("Sales"),
                   ClosingSummaryText::tr("Amount")});
    for (const TenderTotal &t : s.tenders)
        h += row({DisplayNames::tender(t.code, t.name), QString::number(t.count), m(t.amount)});
    h += QStringLiteral("</table>");

    h += QStringLiteral("</td><td valign=\"top\" width=\"50%\">");
    h += heading(ClosingSummaryText::tr("Cash drawer"));
    const DrawerExpectation &e = s.drawer;
    h += table;
    h += row({ClosingSummaryText::tr("Opening float"), m(e.openingFloat)});
    h += row({ClosingSummaryText::tr("+ Cash handed over"), m(e.cashSales)});
    h += row({ClosingSummaryText::tr("− Change given"), m(e.changeGiven)});
    h += row({ClosingSummaryText::tr("− Cash refunds"), m(e.cashRefunds)});
    h += row({ClosingSummaryText::tr("− Payouts"), m(e.payouts)});
    h += row({ClosingSummaryText::tr("+ Paid-ins"), m(e.paidIns)});
    h += row({ClosingSummaryText::tr("Expected cash"), m(e.expectedCash())}, true);
    if (s.drawerCount) {
        h += row({ClosingSummaryText::tr("Counted cash"), m(s.drawerCount->cashCounted)}, true);
        const Minor d = *s.cashOverShort();
        h += row({d >= 0 ? ClosingSummaryText::tr("Over") : ClosingSummaryText::tr("Short"),
                  eod::signedMoney(d, c)},
                 true);
        // Payouts and paid-ins recorded after the count move what should be in the drawer
        // now, not the count's balance.
        if (const Minor since = s.cashSinceCount(); since != 0) {
            h += row(
                {ClosingSummaryText::tr("Recorded since the count"), eod::signedMoney(since, c)});
            h += row({ClosingSummaryText::tr("Cash in the drawer now"),
                      m(s.drawerCount->cashCounted + since)});
        }
    } else {
        h += row({ClosingSummaryText::tr("Counted cash"), ClosingSummaryText::tr("not counted")});
    }
    for (const DrawerExpectation::Held &held : e.held) {
        QString counted = ClosingSummaryText::tr("not counted");
        if (s.drawerCount)
            for (const DrawerCountLine &l : s.drawerCount->lines)
                if (l.kind == u"tender" && l.code == held.tender)
                    counted = m(l.amount);
        if (held.expected != 0 || counted != ClosingSummaryText::tr("not counted"))
            h += row({ClosingSummaryText::tr("%1 held: expected %2")
                          .arg(DisplayNames::tender(held.tender, held.name), m(held.expected)),
                      counted});
    }
    h += QStringLiteral("</table>");
    if (!s.cashMovements.isEmpty()) {
        h += heading(ClosingSummaryText::tr("Payouts and paid-ins"));
        h += table;
        for (const CashMovement &mv : s.cashMovements)
            h += row({(mv.kind == u"payout" ? ClosingSummaryText::tr("Payout: %1")
                                            : ClosingSummaryText::tr("Paid-in: %1"))
                          .arg(DisplayNames::cashReason(mv.reason)),
                      mv.kind == u"payout" ? eod::signedMoney(-mv.amount, c)
                                           : eod::signedMoney(mv.amount, c)});
        h += QStringLiteral("</table>");
    }
    // The drawer opened with no sale, and what a helper did with an owner's approval.
    QList<TillAction> noSale, approved;
    for (const TillAction &a : s.tillActions) {
        if (a.action == u"no_sale")
            noSale << a;
        else if (!a.approvedBy.isEmpty())
            approved << a;
    }
    auto who = [](const TillAction &a) {
        const QString user = a.user.isEmpty() ? ClosingSummaryText::tr("the till") : a.user;
        return a.approvedBy.isEmpty()
                   ? ClosingSummaryText::tr("by %1").arg(user)
                   : ClosingSummaryText::tr("by %1, approved by %2").arg(user, a.approvedBy);
    };
    auto when = [](const TillAction &a) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.at).time(),
                                  QLocale::ShortFormat);
    };
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(ClosingSummaryText::tr(
                          "Drawer opened %n time(s) with a sale, and %1 with no sale.",
                          nullptr,
                          s.drawerOpeningsWithSale)
                          .arg(noSale.size())));
    if (!noSale.isEmpty()) {
        h += heading(ClosingSummaryText::tr(
            "Drawer opened with no sale: %n time(s)", nullptr, int(noSale.size())));
        h += table;
        for (const TillAction &a : std::as_const(noSale))
            h += row({when(a), who(a)});
        h += QStringLiteral("</table>");
    }
    if (!approved.isEmpty()) {
        h += heading(ClosingSummaryText::tr("Approved by an owner"));
        h += table;
        for (const TillAction &a : std::as_const(approved)) {
            const QString what = a.action == u"void"     ? ClosingSummaryText::tr("Void")
                                 : a.action == u"refund" ? ClosingSummaryText::tr("Refund")
                                                         : ClosingSummaryText::tr("Price change");
            h += row({ClosingSummaryText::tr("%1 at %2").arg(what, when(a)), who(a)});
        }
        h += QStringLiteral("</table>");
    }
    h += heading(ClosingSummaryText::tr("Stock"));
    h += table;
    h += row({ClosingSummaryText::tr("Items counted"), QString::number(s.itemsCounted)});
    h += row({ClosingSummaryText::tr("Stock variance"), eod::signedMoney(s.stockVarianceValue, c)});
    h += row({ClosingSummaryText::tr("Unrecorded (%1 items reconciled)")
                  .arg(s.reconciliation.reconciledItems),
              m(s.reconciliation.unrecordedValue)});
    h += QStringLiteral("</table>");
    h += QStringLiteral("</td></tr></table>");

    h += heading(ClosingSummaryText::tr("Top items"));
    h += table
         + header({ClosingSummaryText::tr("Item"),
                   ClosingSummaryText::tr("Quantity"),
                   ClosingSummaryText::tr("Net")});
    for (const ItemTotal &i : s.topItems)
        h += row({i.name, quantity(i.qty, i.unit), m(i.net)});
    h += QStringLiteral("</table>");

    // Every item loaded out is listed, as `stallkeeper-cli eod reconcile` lists it: one never
    // counted back says so instead of dropping out of the table.
    bool any = false;
    for (const ReconciliationLine &l : s.reconciliation.lines)
        any = any || l.loadedOut;
    if (any) {
        h += heading(ClosingSummaryText::tr("Load-out and load-in"));
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(ClosingSummaryText::tr(
                     "Load-out + received ± adjusted − sold − wasted − load-in = unrecorded")));
        h += table
             + header({ClosingSummaryText::tr("Item"),
                       ClosingSummaryText::tr("Load-out"),
                       ClosingSummaryText::tr("Sold"),
                       ClosingSummaryText::tr("Wasted"),
                       ClosingSummaryText::tr("Other"),
                       ClosingSummaryText::tr("Load-in"),
                       ClosingSummaryText::tr("Unrecorded"),
                       ClosingSummaryText::tr("Value")});
        for (const ReconciliationLine &l : s.reconciliation.lines) {
            if (!l.loadedOut)
                continue;
            if (!l.reconciled()) {
                h += row({l.name,
                          quantity(l.loadOut, l.unit),
                          {},
                          {},
                          {},
                          ClosingSummaryText::tr("not counted back"),
                          {},
                          {}});
                continue;
            }
            h += row({l.name,
                      quantity(l.loadOut, l.unit),
                      quantity(l.sold, l.unit),
                      quantity(l.wasted, l.unit),
                      eod::signedQuantity(l.received + l.adjusted, l.unit),
                      quantity(l.loadIn, l.unit),
                      eod::signedQuantity(l.unrecorded, l.unit),
                      m(l.unrecordedValue)});
        }
        h += row({ClosingSummaryText::tr("Total"),
                  {},
                  {},
                  {},
                  {},
                  {},
                  {},
                  m(s.reconciliation.unrecordedValue)},
                 true);
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace sk::ui
