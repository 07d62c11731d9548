#include "ui/booth/StatementPdf.h"

#include "ui/common/Style.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPrinter>
#include <QTextDocument>

#include <unistd.h>

namespace sk::ui {

QString StatementPdf::statusText(const QString &status)
{
    if (status == u"approved")
        return tr("approved");
    if (status == u"paid")
        return tr("paid");
    return tr("counted");
}

QString
StatementPdf::html(const booth::Statement &s, const Currency &currency, const QString &market)
{
    const auto cell = [](const QString &t, bool right = true) {
        return QStringLiteral("<td style=\"padding:4px 8px\" align=\"%1\">%2</td>")
            .arg(right ? QStringLiteral("right") : QStringLiteral("left"), t.toHtmlEscaped());
    };
    QString rows;
    for (const booth::StatementLine &l : s.lines) {
        const QString diff
            = l.difference() == 0
                  ? QStringLiteral("0")
                  : QStringLiteral("<b style=\"color:#b00000\">%1</b>")
                        .arg(l.difference() > 0 ? QStringLiteral("+%1").arg(l.difference())
                                                : QString::number(l.difference()));
        rows += QStringLiteral("<tr>") + cell(l.program + QStringLiteral(" ") + l.colour, false)
                + cell(money(l.faceValue, currency))
                + cell(l.slipCount < 0 ? QStringLiteral("–") : QString::number(l.slipCount))
                + cell(QString::number(l.counted))
                + QStringLiteral("<td style=\"padding:4px 8px\" align=\"right\">%1</td>").arg(diff)
                + cell(money(l.gross, currency)) + cell(money(l.fee, currency))
                + cell(money(l.owed, currency)) + QStringLiteral("</tr>");
    }
    const QString head = QStringLiteral("<tr style=\"background:#e8e8e8\"><th align=left>%1</th>"
                                        "<th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th>"
                                        "<th>%7</th><th>%8</th></tr>")
                             .arg(tr("Tokens"),
                                  tr("Face value"),
                                  tr("Slip"),
                                  tr("Counted"),
                                  tr("Difference"),
                                  tr("Value"),
                                  tr("Market fee"),
                                  tr("Owed"));
    QString checks;
    if (!s.checkSerials.isEmpty())
        checks = QStringLiteral("<p>%1 %2</p>")
                     .arg(tr("Checks on the slip:"),
                          s.checkSerials.join(QStringLiteral(", ")).toHtmlEscaped());
    const QString slipNote
        = s.hasSlip
              ? QString()
              : QStringLiteral("<p><b>%1</b></p>").arg(tr("No turn-in slip from this vendor yet."));
    return QStringLiteral("<h2>%1</h2><p>%2<br>%3<br>%4</p>"
                          "<table cellspacing=0 border=1 style=\"border-collapse:collapse\" "
                          "width=\"100%\">%5%6</table>%7%8"
                          "<h3>%9</h3><p>%10</p>")
        .arg(tr("Reimbursement statement"),
             tr("Market: %1").arg(market.toHtmlEscaped()),
             tr("Vendor: %1").arg(s.vendorName.toHtmlEscaped()),
             tr("Market day: %1 · Status: %2").arg(s.marketDay, statusText(s.status)),
             head,
             rows,
             slipNote,
             checks,
             tr("Amount owed: %1").arg(money(s.owed, currency)),
             tr("Tokens %1, less market fees %2.")
                 .arg(money(s.gross, currency), money(s.fees, currency)));
}

Status StatementPdf::write(const booth::Statement &s,
                           const Currency &currency,
                           const QString &market,
                           const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    // Written beside the target, then renamed over it: a reader never sees half a file.
    const QString temp = path + QStringLiteral(".part");
    printer.setOutputFileName(temp);
    printer.setDocName(tr("Reimbursement statement"));
    QTextDocument doc;
    doc.setHtml(html(s, currency, market));
    doc.print(&printer);
    QFile f(temp);
    if (!f.exists() || f.size() == 0)
        return fail(Error::Code::Io, tr("the PDF could not be written to %1").arg(path));
    if (f.open(QIODevice::ReadWrite)) {
        f.flush();
        ::fsync(f.handle());
        f.close();
    }
    QFile::remove(path);
    if (!QFile::rename(temp, path))
        return fail(Error::Code::Io, tr("the PDF could not be written to %1").arg(path));
    return {};
}

} // namespace sk::ui
