#include "eod/SlipPdf.h"

#include <QList>

namespace sk {

namespace {

// Widths of Helvetica's glyphs in 1/1000 em (Adobe's AFM) for what slips print most; others are
// taken as 556, wide enough that right-aligned figures never run into their neighbours.
int glyphWidth(char c, bool bold)
{
    if (c >= '0' && c <= '9')
        return 556;
    switch (c) {
    case ' ':
    case '.':
    case ',':
        return 278;
    case '-':
        return 333;
    case 'i':
    case 'l':
    case 'j':
        return bold ? 278 : 222;
    case 'f':
    case 't':
    case 'I':
        return bold ? 333 : 278;
    case 'm':
    case 'M':
    case 'W':
        return 833;
    case 'w':
        return 722;
    case 'r':
        return bold ? 389 : 333;
    default:
        return 556;
    }
}

// Windows-1252 bytes of `s`: Latin-1 as it is, the euro sign at 0x80, anything else "?".
QByteArray winAnsi(const QString &s)
{
    QByteArray out;
    for (QChar ch : s) {
        const char16_t u = ch.unicode();
        if (u == u'\u20ac')
            out += char(0x80);
        else if (u >= 0x20 && u <= 0xff && !(u >= 0x7f && u < 0xa0))
            out += char(u);
        else
            out += '?';
    }
    return out;
}

struct Page
{
    QByteArray ops;
};

class Writer
{
public:
    static constexpr int kWidth = 612, kHeight = 792, kMargin = 54;

    void newPage()
    {
        m_pages << Page{};
        m_y = kHeight - kMargin;
    }
    // Room for `height` points below the current line, or a new page.
    void need(int height)
    {
        if (m_pages.isEmpty() || m_y - height < kMargin)
            newPage();
    }
    int y() const { return m_y; }
    void down(int points) { m_y -= points; }

    void text(int x, int size, bool bold, const QString &s) { put(x, m_y, size, bold, winAnsi(s)); }
    void textRight(int right, int size, bool bold, const QString &s)
    {
        const QByteArray b = winAnsi(s);
        qint64 w = 0;
        for (char c : b)
            w += glyphWidth(c, bold);
        put(right - int(w * size / 1000), m_y, size, bold, b);
    }
    void rule(int x1, int x2, int yOffset = 0)
    {
        m_pages.last().ops += QByteArray::number(x1) + ' ' + QByteArray::number(m_y + yOffset)
                              + " m " + QByteArray::number(x2) + ' '
                              + QByteArray::number(m_y + yOffset) + " l S\n";
    }

    QByteArray document() const;

private:
    void put(int x, int y, int size, bool bold, const QByteArray &b)
    {
        QByteArray esc;
        for (char c : b) {
            if (c == '(' || c == ')' || c == '\\')
                esc += '\\';
            esc += c;
        }
        m_pages.last().ops += "BT /" + QByteArray(bold ? "F2 " : "F1 ") + QByteArray::number(size)
                              + " Tf " + QByteArray::number(x) + ' ' + QByteArray::number(y)
                              + " Td (" + esc + ") Tj ET\n";
    }

    QList<Page> m_pages;
    int m_y = 0;
};

QByteArray Writer::document() const
{
    // Objects: 1 catalog, 2 page tree, 3 and 4 fonts, then a page and its content per page.
    QList<QByteArray> objects;
    QByteArray kids;
    for (qsizetype i = 0; i < m_pages.size(); ++i)
        kids += QByteArray::number(5 + 2 * i) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(m_pages.size())
                   + " >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding "
               "/WinAnsiEncoding >>";
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(kWidth) + ' '
                       + QByteArray::number(kHeight)
                       + "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents "
                       + QByteArray::number(6 + 2 * i) + " 0 R >>";
        const QByteArray &ops = m_pages[i].ops;
        objects << "<< /Length " + QByteArray::number(ops.size()) + " >>\nstream\n" + ops
                       + "endstream";
    }
    QByteArray out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
           + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace

QByteArray slipPdf(const TurnInSlip &slip, const SlipText &t)
{
    const int d = slip.currency.decimals;
    auto money = [&](Minor m) {
        return formatFixed(m, d, t.locale, true);
    };
    Writer w;
    const int left = Writer::kMargin, right = Writer::kWidth - Writer::kMargin;
    w.need(120);
    w.text(left, 20, true, t.title);
    w.down(30);
    const QList<std::pair<QString, QString>> head
        = {{t.vendor, slip.vendor},
           {t.market, slip.market},
           {t.date, t.locale.toString(slip.date, QLocale::LongFormat)}};
    for (const auto &[label, value] : head) {
        w.text(left, 11, true, label + QStringLiteral(":"));
        w.text(left + 110, 11, false, value);
        w.down(16);
    }
    w.text(left, 9, false, t.currencyNote.arg(slip.currency.code));
    w.down(24);

    // Columns: program and tender on the left, figures right-aligned at these edges.
    const int cTender = left + 110, cFace = 330, cCount = 375, cAmount = 445, cCounted = 505;
    auto header = [&] {
        w.text(left, 9, true, t.program);
        w.text(cTender, 9, true, t.tender);
        w.textRight(cFace, 9, true, t.faceValue);
        w.textRight(cCount, 9, true, t.count);
        w.textRight(cAmount, 9, true, t.amount);
        w.textRight(cCounted, 9, true, t.counted);
        w.textRight(right, 9, true, t.variance);
        w.rule(left, right, -4);
        w.down(16);
    };
    if (slip.lines.isEmpty()) {
        w.text(left, 11, false, t.nothing);
        w.down(20);
    } else {
        header();
    }
    for (const QString &program : slip.programs()) {
        for (const TurnInLine &l : slip.lines) {
            if (l.program != program)
                continue;
            w.need(16);
            w.text(left, 10, false, l.program);
            w.text(cTender, 10, false, l.tenderName);
            if (l.faceValue > 0) {
                w.textRight(cFace, 10, false, money(l.faceValue));
                w.textRight(cCount, 10, false, t.locale.toString(l.pieces));
            } else {
                w.textRight(cCount, 10, false, t.locale.toString(l.payments));
            }
            w.textRight(cAmount, 10, false, money(l.amount));
            if (l.counted) {
                w.textRight(cCounted, 10, false, money(l.countedAmount));
                w.textRight(right, 10, l.variance() != 0, money(l.variance()));
            }
            w.down(15);
        }
        w.need(18);
        w.text(cTender, 10, true, t.programTotal.arg(program));
        w.textRight(cAmount, 10, true, money(slip.programTotal(program)));
        w.down(20);
    }
    if (!slip.lines.isEmpty()) {
        w.need(24);
        w.rule(left, right, 12);
        w.text(left, 11, true, t.total);
        w.textRight(cAmount, 11, true, money(slip.total()));
        if (slip.hasCount)
            w.textRight(right, 11, true, money(slip.variance()));
        w.down(18);
        if (!slip.hasCount) {
            w.text(left, 9, false, t.noCount);
            w.down(14);
        }
    }
    if (!slip.checks.isEmpty()) {
        w.need(60);
        w.down(10);
        w.text(left, 12, true, t.checks);
        w.down(18);
        w.text(left, 9, true, t.serial);
        w.text(left + 120, 9, true, t.tender);
        w.text(left + 250, 9, true, t.receipt);
        w.textRight(cCount + 40, 9, true, t.amount);
        w.text(cAmount, 9, true, t.depositBy);
        w.rule(left, right, -4);
        w.down(16);
        for (const TurnInCheck &c : slip.checks) {
            w.need(16);
            w.text(left, 10, false, c.serial.isEmpty() ? t.noSerial : c.serial);
            w.text(left + 120, 10, false, c.tenderName);
            w.text(left + 250, 10, false, c.receiptNo);
            w.textRight(cCount + 40, 10, false, money(c.amount));
            const bool soon = c.daysLeft <= TurnInSlip::kWarnDays;
            QString due = t.locale.toString(c.depositBy, QLocale::ShortFormat);
            if (soon)
                due += QStringLiteral(" (%1)").arg(c.daysLeft < 0 ? t.overdue
                                                                  : t.dueSoon.arg(c.daysLeft));
            w.text(cAmount, 10, soon, due);
            w.down(15);
        }
    }
    w.need(90);
    w.down(50);
    for (const auto &[x, label] : {std::pair{left, t.signature}, std::pair{330, t.received}}) {
        w.rule(x, x + 200, 0);
        w.down(12);
        w.text(x, 9, false, label);
        w.down(28);
        w.rule(x, x + 200, 0);
        w.down(12);
        w.text(x, 9, false, t.signedOn);
        w.down(-52);
    }
    return w.document();
}

} // namespace sk
