#include "ui/checkout/Receipt.h"

#include "ui/common/Dialogs.h"
#include "ui/common/DisplayNames.h"
#include "ui/common/FileSaving.h"
#include "ui/common/Html.h"
#include "ui/common/Style.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>

namespace sk::ui {

// The strings of this file share one translation context, as a class's tr() would give
// them; lupdate files them under the same name.
struct Receipt
{
    Q_DECLARE_TR_FUNCTIONS(sk::ui::Receipt)
};

namespace {

// A line's leading spaces (the printed receipt's indent of a detail line) as HTML.
QString indented(const QString &s, bool *detail)
{
    qsizetype n = 0;
    while (n < s.size() && s.at(n) == u' ')
        ++n;
    *detail = n > 0;
    return QStringLiteral("&nbsp;").repeated(n) + esc(s.mid(n));
}

// One line of the printed receipt (core/hardware/ReceiptDoc.h) as rich text: text lines
// centred, pairs as a two-column row (a detail line without an amount in small type), rules
// as a horizontal line. Rows and rules share one table; a text line closes it.
QString html(const hw::ReceiptDoc &doc)
{
    QString h;
    bool inTable = false;
    const auto table = [&](bool open) {
        if (open != inTable)
            h += open ? QStringLiteral("<table width=\"100%\" cellspacing=\"0\" "
                                       "cellpadding=\"2\">")
                      : QStringLiteral("</table>");
        inTable = open;
    };
    for (const hw::ReceiptLine &l : doc.lines) {
        switch (l.kind) {
        case hw::ReceiptLine::Kind::Text: {
            table(false);
            QString t = esc(l.left);
            if (l.bold)
                t = QStringLiteral("<b>%1</b>").arg(t);
            if (l.big)
                t = QStringLiteral("<big>%1</big>").arg(t);
            h += QStringLiteral("<p align=\"%1\" style=\"margin:0\">%2</p>")
                     .arg(l.align == hw::ReceiptLine::Align::Center ? QStringLiteral("center")
                                                                    : QStringLiteral("left"),
                          t);
            break;
        }
        case hw::ReceiptLine::Kind::Pair: {
            table(true);
            bool detail = false;
            QString left = indented(l.left, &detail);
            QString right = esc(l.right);
            if (detail && l.right.isEmpty())
                left = QStringLiteral("<small>%1</small>").arg(left);
            if (l.bold) {
                left = QStringLiteral("<b>%1</b>").arg(left);
                right = QStringLiteral("<b>%1</b>").arg(right);
            }
            h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(left, right);
            break;
        }
        case hw::ReceiptLine::Kind::Rule:
            table(true);
            h += QStringLiteral("<tr><td colspan=\"2\"><hr></td></tr>");
            break;
        }
    }
    table(false);
    return h;
}
} // namespace

// The printed receipt's lines (hw::receiptDoc), so a receipt line is written once, in the
// app's language: the built-in tenders under their translated names.
QString receiptHtml(const SaleRecord &s, const ReceiptInfo &info)
{
    hw::ReceiptHeader header = info;
    header.locale = QLocale();
    header.names = DisplayNames::receiptNames();
    return html(hw::receiptDoc(s, header));
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
