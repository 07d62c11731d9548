#include "Receipt.h"

#include "common/Dialogs.h"
#include "common/DisplayNames.h"
#include "common/FileSaving.h"
#include "common/Style.h"
#include "hardware/ReceiptDoc.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>
#include <QTimeZone>

namespace sk::ui {

// The strings of this file share one translation context, as a class's tr() would give
// them; lupdate files them under the same name.
struct Receipt
{
    Q_DECLARE_TR_FUNCTIONS(sk::ui::Receipt)
};

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QString &left, const QString &right, bool bold = false)
{
    const QString l = bold ? QStringLiteral("<b>%1</b>").arg(left) : left;
    const QString r = bold ? QStringLiteral("<b>%1</b>").arg(right) : right;
    return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(l, r);
}

QString percent(qint64 ppm)
{
    return formatPercent(ppm, QLocale()) + QLatin1Char('%');
}

// What the programs ask of a receipt: for an EBT card tender the SNAP amount and the balance
// the terminal reported (typed at the till as the tender's reference; never a card number), for
// a paper check its serial.
QString programLines(const SaleTenderRecord &t, const TenderType *type, const Currency &c)
{
    if (!type)
        return {};
    QString h;
    if (type->eligibility == u"snap" && type->faceValue == 0) {
        h += row(esc(Receipt::tr("EBT SNAP amount")), esc(money(t.amount, c)));
        if (auto balance = parseFixed(t.reference, c.decimals, NumberSource::Machine))
            h += row(esc(Receipt::tr("EBT SNAP balance (terminal)")), esc(money(*balance, c)));
    } else if (type->depositDays > 0 && !t.reference.isEmpty()) {
        h += row(esc(Receipt::tr("Check no. %1").arg(t.reference)), QString());
    }
    return h;
}
} // namespace

ReceiptInfo ReceiptInfo::load(Database &db, const SaleRules &rules)
{
    ReceiptInfo info;
    info.storeName = db.setting(QStringLiteral("store_name"), QStringLiteral("My Stall"));
    info.footer = db.setting(QStringLiteral("receipt_footer"));
    info.rules = rules;
    return info;
}

QString receiptHtml(const SaleRecord &s, const ReceiptInfo &info)
{
    Currency cur = Currency::fromCode(s.currency.isEmpty() ? info.rules.currency.code : s.currency);
    auto m = [&](Minor v) {
        return money(v, cur);
    };
    auto signedMoney = [&](Minor v) {
        return v < 0 ? QStringLiteral("−") + m(-v) : m(v);
    };
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(s.createdAt, QTimeZone(s.utcOffset));
    QString h;
    h += QStringLiteral("<div align=\"center\"><big><b>%1</b></big><br>%2<br>%3</div>")
             .arg(esc(info.storeName),
                  esc(s.marketName),
                  esc(QLocale().toString(when, QLocale::ShortFormat)));
    if (s.kind == saleKindRefund())
        h += QStringLiteral("<p align=\"center\"><b>%1</b></p>")
                 .arg(esc(Receipt::tr("REFUND of receipt %1").arg(info.originalReceiptNo)));
    else if (s.kind == saleKindVoid())
        h += QStringLiteral("<p align=\"center\"><b>%1</b></p>")
                 .arg(esc(Receipt::tr("VOID of receipt %1").arg(info.originalReceiptNo)));
    h += QStringLiteral("<p align=\"center\">%1</p>")
             .arg(esc(Receipt::tr("Receipt %1").arg(s.receiptNo)));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    QMap<qint64, Minor> taxByRate;
    for (const SaleLineRecord &l : s.lines) {
        QString what = esc(l.name);
        if (l.unit != Unit::Each || (l.qty != 1000 && l.qty != -1000))
            what += QStringLiteral("<br><small>%1 × %2%3</small>")
                        .arg(esc(quantity(l.qty < 0 ? -l.qty : l.qty, l.unit)),
                             esc(m(l.unitPrice)),
                             l.unit == Unit::Each
                                 ? QString()
                                 : QStringLiteral("/") + DisplayNames::unit(l.unit));
        if (l.manualWeight)
            what
                += QStringLiteral("<br><small>%1</small>").arg(esc(Receipt::tr("(manual weight)")));
        h += row(what, esc(signedMoney(l.gross)));
        if (l.discount != 0)
            h += row(QStringLiteral("&nbsp;&nbsp;") + esc(Receipt::tr("Discount")),
                     esc(signedMoney(-l.discount)));
        if (l.tax != 0 || l.taxRatePpm != 0)
            taxByRate[l.taxRatePpm] += l.tax;
    }
    h += QStringLiteral("<tr><td colspan=\"2\"><hr></td></tr>");
    h += row(esc(Receipt::tr("Subtotal")), esc(signedMoney(s.subtotal)));
    if (s.discount != 0)
        h += row(esc(Receipt::tr("Discount")), esc(signedMoney(-s.discount)));
    for (auto it = taxByRate.cbegin(); it != taxByRate.cend(); ++it)
        if (it.value() != 0)
            h += row(esc(s.taxInclusive ? Receipt::tr("Incl. tax %1").arg(percent(it.key()))
                                        : Receipt::tr("Tax %1").arg(percent(it.key()))),
                     esc(signedMoney(it.value())));
    if (s.rounding != 0)
        h += row(esc(Receipt::tr("Cash rounding")), esc(signedMoney(s.rounding)));
    h += row(esc(Receipt::tr("TOTAL")), esc(signedMoney(s.total)), true);
    h += QStringLiteral("<tr><td colspan=\"2\"><hr></td></tr>");
    for (const SaleTenderRecord &t : s.tenders) {
        const TenderType *type = info.rules.tender(t.tender);
        const QString name = DisplayNames::tender(t.tender, type ? type->name : QString());
        h += row(esc(name), esc(signedMoney(s.kind == saleKindSale() ? t.tendered : t.amount)));
        h += programLines(t, type, cur);
    }
    if (s.changeDue != 0)
        h += row(esc(Receipt::tr("Change")), esc(m(s.changeDue)), true);
    // What the programs ask of a matched SNAP sale: the card as stored (never whole), SNAP
    // paid, the match earned and applied, and what is left of the customer's cap.
    for (const IncentiveReceipt &i : info.incentives) {
        const TenderType *type = info.rules.tender(i.tender);
        const QString name = DisplayNames::tender(i.tender, type ? type->name : QString());
        h += QStringLiteral("<tr><td colspan=\"2\"><hr></td></tr>");
        h += row(esc(Receipt::tr("Benefit card")), esc(QStringLiteral("···") + i.card));
        h += row(esc(Receipt::tr("SNAP paid")), esc(m(i.snapPaid)));
        h += row(esc(Receipt::tr("%1 earned").arg(name)), esc(m(i.earned)));
        h += row(esc(Receipt::tr("%1 applied").arg(name)), esc(m(i.applied)));
        h += row(esc(i.period == IncentiveRule::Period::Month ? Receipt::tr("Left this month")
                                                              : Receipt::tr("Left today")),
                 esc(m(i.capLeft)));
    }
    // What each reimbursing program paid of the sale, as the printed receipt lists it.
    const auto paid = hw::paidByProgram(s, info.rules);
    if (!paid.isEmpty())
        h += QStringLiteral("<tr><td colspan=\"2\"><hr></td></tr>");
    for (const auto &[program, amount] : paid)
        h += row(esc(Receipt::tr("Paid by %1").arg(program)), esc(signedMoney(amount)));
    h += QStringLiteral("</table>");
    if (!s.reason.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(Receipt::tr("Reason: %1").arg(s.reason)));
    if (!info.footer.isEmpty() && s.kind == saleKindSale())
        h += QStringLiteral("<p align=\"center\">%1</p>").arg(esc(info.footer));
    return h;
}

namespace {
void render(const QString &html, QPrinter *printer)
{
    QTextDocument doc;
    doc.setHtml(html);
    doc.setPageSize(printer->pageLayout().paintRectPixels(printer->resolution()).size());
    doc.print(printer);
}
} // namespace

bool printReceipt(const QString &html, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    if (!Dialogs::printDialog(&printer, parent))
        return false;
    render(html, &printer);
    return true;
}

Status saveReceiptPdf(const QString &html, const QString &path)
{
    return FileSaving::savePdf(path, [&](QPrinter *printer) {
        // Receipt-printer width; long receipts flow onto further pages.
        printer->setPageSize(
            QPageSize(QSizeF(80, 200), QPageSize::Millimeter, Receipt::tr("Receipt")));
        printer->setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
        render(html, printer);
    });
}

} // namespace sk::ui
