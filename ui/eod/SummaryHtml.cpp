#include "eod/SummaryHtml.h"

#include "common/Style.h"
#include "eod/EodText.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sk::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sk::ui::EndOfDay", text);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

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
             .arg(esc(tr("Closing summary: %1, %2")
                          .arg(s.day.marketName,
                               QLocale().toString(s.day.businessDate, QLocale::LongFormat))));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(s.day.closedAt
                          ? tr("Closed at %1.")
                                .arg(QLocale().toString(
                                    QDateTime::fromMSecsSinceEpoch(*s.day.closedAt).time(),
                                    QLocale::ShortFormat))
                          : tr("The market day is still open.")));

    h += QStringLiteral("<table width=\"100%\"><tr><td valign=\"top\" width=\"50%\">");
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Sales")));
    h += table;
    h += row({tr("Sales"), QString::number(s.sales)});
    h += row({tr("Gross sales"), m(s.gross)});
    h += row({tr("Discounts"), m(s.discounts)});
    h += row({tr("Refunds (%1)").arg(s.refunds), m(s.refundsAmount)});
    h += row({tr("Voids (%1)").arg(s.voids), m(s.voidsAmount)});
    h += row({tr("Tax"), m(s.tax)});
    if (s.rounding)
        h += row({tr("Cash rounding"), eod::signedMoney(s.rounding, c)});
    h += row({tr("Net taken"), m(s.netTotal)}, true);
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("By tender")));
    h += table + header({tr("Tender"), tr("Sales"), tr("Amount")});
    for (const TenderTotal &t : s.tenders)
        h += row({t.name, QString::number(t.count), m(t.amount)});
    h += QStringLiteral("</table>");

    h += QStringLiteral("</td><td valign=\"top\" width=\"50%\">");
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Cash drawer")));
    const DrawerExpectation &e = s.drawer;
    h += table;
    h += row({tr("Opening float"), m(e.openingFloat)});
    h += row({tr("+ Cash handed over"), m(e.cashSales)});
    h += row({tr("− Change given"), m(e.changeGiven)});
    h += row({tr("− Cash refunds"), m(e.cashRefunds)});
    h += row({tr("− Payouts"), m(e.payouts)});
    h += row({tr("+ Paid-ins"), m(e.paidIns)});
    h += row({tr("Expected cash"), m(e.expectedCash())}, true);
    if (s.drawerCount) {
        h += row({tr("Counted cash"), m(s.drawerCount->cashCounted)}, true);
        const Minor d = *s.cashOverShort();
        h += row({d >= 0 ? tr("Over") : tr("Short"), eod::signedMoney(d, c)}, true);
    } else {
        h += row({tr("Counted cash"), tr("not counted")});
    }
    for (const DrawerExpectation::Held &held : e.held) {
        QString counted = tr("not counted");
        if (s.drawerCount)
            for (const DrawerCountLine &l : s.drawerCount->lines)
                if (l.kind == u"tender" && l.code == held.tender)
                    counted = m(l.amount);
        if (held.expected != 0 || counted != tr("not counted"))
            h += row({tr("%1 held: expected %2").arg(held.name, m(held.expected)), counted});
    }
    h += QStringLiteral("</table>");
    if (!s.cashMovements.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Payouts and paid-ins")));
        h += table;
        for (const CashMovement &mv : s.cashMovements)
            h += row({(mv.kind == u"payout" ? tr("Payout: %1") : tr("Paid-in: %1")).arg(mv.reason),
                      mv.kind == u"payout" ? eod::signedMoney(-mv.amount, c)
                                           : eod::signedMoney(mv.amount, c)});
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Stock")));
    h += table;
    h += row({tr("Items counted"), QString::number(s.itemsCounted)});
    h += row({tr("Stock variance"), eod::signedMoney(s.stockVarianceValue, c)});
    h += row({tr("Unrecorded (%1 items reconciled)").arg(s.reconciliation.reconciledItems),
              m(s.reconciliation.unrecordedValue)});
    h += QStringLiteral("</table>");
    h += QStringLiteral("</td></tr></table>");

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Top items")));
    h += table + header({tr("Item"), tr("Quantity"), tr("Net")});
    for (const ItemTotal &i : s.topItems)
        h += row({i.name, quantity(i.qty, i.unit), m(i.net)});
    h += QStringLiteral("</table>");

    bool any = false;
    for (const ReconciliationLine &l : s.reconciliation.lines)
        any = any || l.reconciled();
    if (any) {
        h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Load-out and load-in")));
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(
                     tr("Load-out + received ± adjusted − sold − wasted − load-in = unrecorded")));
        h += table
             + header({tr("Item"),
                       tr("Load-out"),
                       tr("Sold"),
                       tr("Wasted"),
                       tr("Other"),
                       tr("Load-in"),
                       tr("Unrecorded"),
                       tr("Value")});
        for (const ReconciliationLine &l : s.reconciliation.lines) {
            if (!l.reconciled())
                continue;
            h += row({l.name,
                      quantity(l.loadOut, l.unit),
                      quantity(l.sold, l.unit),
                      quantity(l.wasted, l.unit),
                      eod::signedQuantity(l.received + l.adjusted, l.unit),
                      quantity(l.loadIn, l.unit),
                      eod::signedQuantity(l.unrecorded, l.unit),
                      m(l.unrecordedValue)});
        }
        h += row({tr("Total"), {}, {}, {}, {}, {}, {}, m(s.reconciliation.unrecordedValue)}, true);
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace sk::ui
