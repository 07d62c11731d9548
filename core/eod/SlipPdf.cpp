#include "core/eod/SlipPdf.h"

#include "core/PdfFile.h"
#include "core/eod/PdfFont.h"

#include <QList>
#include <QMap>

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

// A piece of text placed on a page: by its left edge, or by its right edge (figures).
struct Text
{
    int x = 0, y = 0, size = 0;
    bool bold = false, alignRight = false;
    QString s;
};

struct Page
{
    QByteArray rules; // drawn lines, as PDF operators
    QList<Text> texts;
};

QByteArray hex4(quint16 v)
{
    return QByteArray::number(v, 16).rightJustified(4, '0').toUpper();
}

// A font the document embeds (Type 0, glyph ids as the codes) and the glyphs its text uses.
struct Embedded
{
    const PdfFont *font = nullptr;
    QMap<quint16, QString> used; // glyph -> the text it stands for (ToUnicode)

    QByteArray encode(const QString &s, qint64 *width)
    {
        QByteArray out;
        for (char32_t c : s.toUcs4()) {
            const quint16 g = font->glyph(c);
            if (g != 0) // the "missing" box stands for no one character
                used.insert(g, QString::fromUcs4(&c, 1));
            out += hex4(g);
            *width += font->width(g);
        }
        return out;
    }
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

    void text(int x, int size, bool bold, const QString &s)
    {
        m_pages.last().texts << Text{x, m_y, size, bold, false, s};
    }
    void textRight(int right, int size, bool bold, const QString &s)
    {
        m_pages.last().texts << Text{right, m_y, size, bold, true, s};
    }
    void rule(int x1, int x2, int yOffset = 0)
    {
        m_pages.last().rules += QByteArray::number(x1) + ' ' + QByteArray::number(m_y + yOffset)
                                + " m " + QByteArray::number(x2) + ' '
                                + QByteArray::number(m_y + yOffset) + " l S\n";
    }

    // With the standard Helvetica when every character is in Windows-1252; else with the
    // embedded fonts (slipFonts) when the system has them, so that "Łódź" or "Nguyễn" print
    // as written; without them, "?" stands for what Windows-1252 lacks.
    QByteArray document() const;

private:
    QList<Page> m_pages;
    int m_y = 0;
};

QByteArray stream(const QByteArray &dict, const QByteArray &data)
{
    return "<< " + dict + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data
           + "\nendstream";
}

// The objects of an embedded font: the Type 0 font (which the pages name), then the rest,
// numbered from `first`.
QList<QByteArray> fontObjects(const Embedded &e, int first)
{
    const PdfFont &f = *e.font;
    QByteArray widths, cmap;
    for (auto it = e.used.cbegin(); it != e.used.cend(); ++it) {
        widths
            += QByteArray::number(it.key()) + " [" + QByteArray::number(f.width(it.key())) + "] ";
        QByteArray utf16;
        for (QChar c : it.value())
            utf16 += hex4(c.unicode());
        cmap += '<' + hex4(it.key()) + "> <" + utf16 + ">\n";
    }
    const QByteArray toUnicode
        = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << "
          "/Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS "
          "def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
          + QByteArray::number(e.used.size()) + " beginbfchar\n" + cmap
          + "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end";
    // qCompress: a 4-byte length, then a zlib stream (what /FlateDecode reads).
    const QByteArray packed = qCompress(f.data, 9).mid(4);
    const auto ref = [&](int k) {
        return QByteArray::number(first + k - 1) + " 0 R";
    };
    QByteArray bbox;
    for (int v : f.bbox)
        bbox += QByteArray::number(v) + ' ';
    return {
        "<< /Type /Font /Subtype /Type0 /BaseFont /" + f.name
            + " /Encoding /Identity-H /DescendantFonts [" + ref(1) + "] /ToUnicode " + ref(4)
            + " >>",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + f.name
            + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
              "/FontDescriptor "
            + ref(2) + " /CIDToGIDMap /Identity /DW 500 /W [" + widths + "] >>",
        "<< /Type /FontDescriptor /FontName /" + f.name + " /Flags 32 /FontBBox [" + bbox
            + "] /ItalicAngle 0 /Ascent " + QByteArray::number(f.ascent) + " /Descent "
            + QByteArray::number(f.descent) + " /CapHeight " + QByteArray::number(f.ascent)
            + " /StemV 80 /FontFile2 " + ref(3) + " >>",
        stream("/Filter /FlateDecode /Length1 " + QByteArray::number(f.data.size()), packed),
        stream(QByteArray(), toUnicode),
    };
}

QByteArray Writer::document() const
{
    bool plain = true;
    for (const Page &p : m_pages)
        for (const Text &t : p.texts)
            plain = plain && winAnsi(t.s).count('?') == t.s.count(u'?');
    const std::optional<PdfFontPair> &fonts = slipFonts();
    const bool embed = !plain && fonts.has_value();
    Embedded regular{embed ? &fonts->regular : nullptr, {}};
    Embedded bold{embed ? &fonts->bold : nullptr, {}};
    Embedded fallback{embed && fonts->fallback ? &*fonts->fallback : nullptr, {}};
    // The font each character is written in: the text's own, or the fallback for what it lacks.
    const auto ownFont = [&](const Text &t, char32_t c) {
        const Embedded &own = t.bold ? bold : regular;
        return !fallback.font || own.font->glyph(c) != 0 || fallback.font->glyph(c) == 0;
    };
    bool useFallback = false;
    if (fallback.font)
        for (const Page &p : m_pages)
            for (const Text &t : p.texts)
                for (char32_t c : t.s.normalized(QString::NormalizationForm_C).toUcs4())
                    useFallback = useFallback || !ownFont(t, c);
    // The fallback font's object comes right after the pages.
    const int fallbackObject = 5 + 2 * int(m_pages.size());

    // Objects: 1 catalog, 2 page tree, 3 and 4 fonts, then a page and its content per page,
    // then what the embedded fonts need.
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
        QByteArray ops = m_pages[i].rules;
        for (const Text &t : m_pages[i].texts) {
            QByteArray shown;
            qint64 w = 0;
            if (embed) {
                // Runs of one font each: "<...> Tj /F3 10 Tf <...> Tj" (each Tj moves on).
                Embedded &own = t.bold ? bold : regular;
                const QByteArray ownName = t.bold ? "/F2 " : "/F1 ";
                const QByteArray size = QByteArray::number(t.size) + " Tf ";
                bool inOwn = true;
                QString run;
                const auto flush = [&] {
                    if (!run.isEmpty())
                        shown += '<' + (inOwn ? own : fallback).encode(run, &w) + "> Tj ";
                    run.clear();
                };
                for (char32_t c : t.s.normalized(QString::NormalizationForm_C).toUcs4()) {
                    if (ownFont(t, c) != inOwn) {
                        flush();
                        inOwn = !inOwn;
                        shown += (inOwn ? ownName : QByteArray("/F3 ")) + size;
                    }
                    run += QString::fromUcs4(&c, 1);
                }
                flush();
                shown.chop(4); // the last " Tj " is written below
                if (shown.isEmpty())
                    shown = "<>";
            } else {
                const QByteArray b = winAnsi(t.s);
                for (char c : b) {
                    w += glyphWidth(c, t.bold);
                    if (c == '(' || c == ')' || c == '\\')
                        shown += '\\';
                    shown += c;
                }
                shown = '(' + shown + ')';
            }
            const int x = t.alignRight ? t.x - int(w * t.size / 1000) : t.x;
            ops += "BT /" + QByteArray(t.bold ? "F2 " : "F1 ") + QByteArray::number(t.size) + " Tf "
                   + QByteArray::number(x) + ' ' + QByteArray::number(t.y) + " Td " + shown
                   + " Tj ET\n";
        }
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(kWidth) + ' '
                       + QByteArray::number(kHeight)
                       + "] /Resources << /Font << /F1 3 0 R /F2 4 0 R "
                       + (useFallback ? "/F3 " + QByteArray::number(fallbackObject) + " 0 R "
                                      : QByteArray())
                       + ">> >> /Contents " + QByteArray::number(6 + 2 * i) + " 0 R >>";
        objects << "<< /Length " + QByteArray::number(ops.size()) + " >>\nstream\n" + ops
                       + "endstream";
    }
    if (useFallback)
        objects << QByteArray(); // the fallback's Type 0 font, filled in below
    if (embed) {
        for (int k = 0; k < 2; ++k) {
            const QList<QByteArray> more
                = fontObjects(k == 0 ? regular : bold, int(objects.size()) + 1);
            objects[2 + k] = more.first();
            objects << more.mid(1);
        }
    }
    if (useFallback) {
        const QList<QByteArray> more = fontObjects(fallback, int(objects.size()) + 1);
        objects[fallbackObject - 1] = more.first();
        objects << more.mid(1);
    }
    return pdfFile(objects);
}

} // namespace

QList<SlipFeeRow> slipFeeRows(const TurnInSlip &slip, const SlipText &t)
{
    if (!slip.fee)
        return {};
    const FeeDay &f = *slip.fee;
    QList<SlipFeeRow> rows = {{t.feeBase, f.base, false}, {t.feeShare, f.share, false}};
    if (f.fee != f.share)
        rows.append({f.fee > f.share ? t.feeRaised : t.feeLowered, f.fee, false});
    if (f.stallFee)
        rows.append({t.stallFee, f.stallFee, false});
    rows.append({t.feeDay, f.due(), true});
    if (f.weekly)
        rows.append({t.feeWeek, slip.feeDueThrough, true});
    return rows;
}

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
    if (const QList<SlipFeeRow> rows = slipFeeRows(slip, t); !rows.isEmpty()) {
        // The market's fee, as the end of day shows it: the manager takes it off the total.
        w.need(40 + 15 * int(rows.size()));
        w.down(10);
        w.text(left, 12, true, t.marketFee);
        w.down(18);
        for (const SlipFeeRow &r : rows) {
            w.text(left, 10, r.strong, r.label);
            w.textRight(cAmount, 10, r.strong, money(r.amount));
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
