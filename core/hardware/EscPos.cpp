#include "core/hardware/EscPos.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <vector>

namespace sk::hw::escpos {

namespace {

// Code page 850, bytes 0x80..0xFF (IBM's table). Code page 858 differs in one place: 0xD5 is €.
constexpr std::array<char16_t, 128> kCp850 = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF,
    0x00EE, 0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    0x00FF, 0x00D6, 0x00DC, 0x00F8, 0x00A3, 0x00D8, 0x00D7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA,
    0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x00AE, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00C1, 0x00C2, 0x00C0, 0x00A9, 0x2563, 0x2551, 0x2557,
    0x255D, 0x00A2, 0x00A5, 0x2510, 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x00E3, 0x00C3,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x00A4, 0x00F0, 0x00D0, 0x00CA, 0x00CB,
    0x00C8, 0x0131, 0x00CD, 0x00CE, 0x00CF, 0x2518, 0x250C, 0x2588, 0x2584, 0x00A6, 0x00CC, 0x2580,
    0x00D3, 0x00DF, 0x00D4, 0x00D2, 0x00F5, 0x00D5, 0x00B5, 0x00FE, 0x00DE, 0x00DA, 0x00DB, 0x00D9,
    0x00FD, 0x00DD, 0x00AF, 0x00B4, 0x00AD, 0x00B1, 0x2017, 0x00BE, 0x00B6, 0x00A7, 0x00F7, 0x00B8,
    0x00B0, 0x00A8, 0x00B7, 0x00B9, 0x00B3, 0x00B2, 0x25A0, 0x00A0};

char16_t upper(quint8 b, CodePage page)
{
    if (page == CodePage::Pc858 && b == 0xD5)
        return u'€';
    return kCp850[b - 0x80];
}

// Look-alikes for characters neither page has, so amounts and names stay readable.
QChar fallback(QChar c)
{
    switch (c.unicode()) {
    case 0x2212: // minus sign
    case 0x2013:
    case 0x2014:
        return QLatin1Char('-');
    case 0x2018:
    case 0x2019:
        return QLatin1Char('\'');
    case 0x201C:
    case 0x201D:
        return QLatin1Char('"');
    case 0x202F: // narrow no-break space (French grouping)
        return QLatin1Char(' ');
    default:
        return c;
    }
}

void wrapInto(QStringList &out, const QString &s, int width)
{
    QString rest = s;
    while (rest.size() > width) {
        int cut = rest.lastIndexOf(QLatin1Char(' '), width);
        if (cut <= 0)
            cut = width;
        out << rest.left(cut);
        rest = rest.mid(cut).trimmed();
    }
    out << rest;
}

} // namespace

int columnsFor(int paperMm)
{
    return paperMm <= 58 ? 32 : 48;
}

QByteArray encode(const QString &text, CodePage page)
{
    QByteArray out;
    out.reserve(text.size());
    for (QChar c : text) {
        c = fallback(c);
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7F) {
            out += char(u);
            continue;
        }
        char mapped = '?';
        for (int b = 0x80; b <= 0xFF; ++b)
            if (upper(quint8(b), page) == u) {
                mapped = char(b);
                break;
            }
        out += mapped;
    }
    return out;
}

QString decode(const QByteArray &bytes, CodePage page)
{
    QString out;
    out.reserve(bytes.size());
    for (char ch : bytes) {
        const quint8 b = quint8(ch);
        out += b < 0x80 ? QChar(char16_t(b)) : QChar(upper(b, page));
    }
    return out;
}

Writer &Writer::init()
{
    m_out += "\x1b@";
    return *this;
}

Writer &Writer::codePage(CodePage page)
{
    m_page = page;
    m_out += "\x1bt";
    m_out += char(page);
    return *this;
}

Writer &Writer::center(bool on)
{
    m_out += "\x1b"
             "a";
    m_out += char(on ? 1 : 0);
    return *this;
}

Writer &Writer::bold(bool on)
{
    m_out += "\x1b"
             "E";
    m_out += char(on ? 1 : 0);
    return *this;
}

Writer &Writer::size(int width, int height)
{
    width = std::clamp(width, 1, 8);
    height = std::clamp(height, 1, 8);
    m_out += "\x1d!";
    m_out += char(((width - 1) << 4) | (height - 1));
    return *this;
}

Writer &Writer::text(const QString &s)
{
    m_out += encode(s, m_page);
    return *this;
}

Writer &Writer::newline(int count)
{
    m_out += QByteArray(count, '\n');
    return *this;
}

Writer &Writer::qr(const QByteArray &data, int moduleDots)
{
    auto fn = [this](char f, const QByteArray &params) {
        const int n = int(params.size()) + 2;
        m_out += "\x1d(k";
        m_out += char(n & 0xFF);
        m_out += char(n >> 8);
        m_out += '1';
        m_out += f;
        m_out += params;
    };
    fn('A', QByteArray("2\0", 2));                               // fn 165: model 2
    fn('C', QByteArray(1, char(std::clamp(moduleDots, 1, 16)))); // fn 167: module size
    fn('E', QByteArray("1"));                                    // fn 169: error correction M
    fn('P', QByteArray("0") + data.left(7000));                  // fn 180: store the data
    fn('Q', QByteArray("0"));                                    // fn 181: print it
    return *this;
}

Writer &Writer::cut()
{
    m_out += QByteArray("\x1dVB\0", 4);
    return *this;
}

Writer &Writer::drawerKick(int pin)
{
    // Pulse 25 x 2 ms on, 250 x 2 ms off: long enough for the drawers sold with these printers.
    m_out += "\x1bp";
    m_out += char(pin ? 1 : 0);
    m_out += char(25);
    m_out += char(250);
    return *this;
}

Writer &Writer::raster(const Bitmap &b)
{
    if (b.isNull())
        return *this;
    // Printers take at most a few thousand rows per command: send bands of 256 rows.
    const int xBytes = b.rowBytes();
    for (int top = 0; top < b.height; top += 256) {
        const int rows = std::min(256, b.height - top);
        m_out += QByteArray("\x1dv0\0", 4);
        m_out += char(xBytes & 0xFF);
        m_out += char(xBytes >> 8);
        m_out += char(rows & 0xFF);
        m_out += char(rows >> 8);
        m_out += b.bits.mid(qsizetype(top) * xBytes, qsizetype(rows) * xBytes);
    }
    return *this;
}

bool Bitmap::dot(int x, int y) const
{
    if (x < 0 || y < 0 || x >= width || y >= height)
        return false;
    return quint8(bits[qsizetype(y) * rowBytes() + x / 8]) & (0x80 >> (x % 8));
}

QString Bitmap::toText() const
{
    if (isNull())
        return {};
    return QStringLiteral("%1:%2:%3")
        .arg(width)
        .arg(height)
        .arg(QString::fromLatin1(bits.toBase64()));
}

Bitmap Bitmap::fromText(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return {};
    bool okW = false, okH = false;
    Bitmap b;
    b.width = parts[0].toInt(&okW);
    b.height = parts[1].toInt(&okH);
    b.bits = QByteArray::fromBase64(parts[2].toLatin1());
    if (!okW || !okH || b.width <= 0 || b.height <= 0 || b.width > 2048 || b.height > 2048
        || b.bits.size() != qsizetype(b.rowBytes()) * b.height)
        return {};
    return b;
}

Bitmap dither(const QByteArray &grey, int width, int height)
{
    Bitmap b;
    if (width <= 0 || height <= 0 || grey.size() < qsizetype(width) * height)
        return b;
    b.width = width;
    b.height = height;
    b.bits = QByteArray(qsizetype(b.rowBytes()) * height, '\0');
    // The error carried to the next pixels, in 1/16 steps as Floyd and Steinberg give it.
    std::vector<int> cur(size_t(width) + 2, 0), next(size_t(width) + 2, 0);
    for (int y = 0; y < height; ++y) {
        std::fill(next.begin(), next.end(), 0);
        for (int x = 0; x < width; ++x) {
            const int want = quint8(grey[qsizetype(y) * width + x]) * 16 + cur[size_t(x) + 1];
            const bool black = want < 128 * 16;
            const int err = want - (black ? 0 : 255 * 16);
            if (black)
                b.bits[qsizetype(y) * b.rowBytes() + x / 8]
                    = char(quint8(b.bits[qsizetype(y) * b.rowBytes() + x / 8]) | (0x80 >> (x % 8)));
            cur[size_t(x) + 2] += err * 7 / 16;
            next[size_t(x)] += err * 3 / 16;
            next[size_t(x) + 1] += err * 5 / 16;
            next[size_t(x) + 2] += err / 16;
        }
        std::swap(cur, next);
    }
    return b;
}

int dotsFor(int paperMm)
{
    return paperMm <= 58 ? 384 : 576;
}

QStringList layout(const ReceiptLine &line, int columns)
{
    const int width = line.big ? columns / 2 : columns;
    QStringList out;
    switch (line.kind) {
    case ReceiptLine::Kind::Rule:
        out << QString(width, QLatin1Char('-'));
        break;
    case ReceiptLine::Kind::Text:
        wrapInto(out, line.left, width);
        break;
    case ReceiptLine::Kind::Pair: {
        if (line.right.isEmpty()) {
            wrapInto(out, line.left, width);
            break;
        }
        // The amount keeps its place on the last line; the name wraps above it.
        const int room = std::max(1, width - int(line.right.size()) - 1);
        wrapInto(out, line.left, room);
        QString &last = out.last();
        last = last + QString(width - last.size() - line.right.size(), QLatin1Char(' '))
               + line.right;
        break;
    }
    }
    return out;
}

QByteArray encodeReceipt(const ReceiptDoc &doc, const Options &options)
{
    const int columns = columnsFor(options.paperMm);
    Writer w;
    w.init().codePage(options.codePage);
    if (!options.logo.isNull() && options.logo.width <= dotsFor(options.paperMm))
        w.center(true).raster(options.logo).center(false);
    for (const ReceiptLine &line : doc.lines) {
        const bool centred = line.align == ReceiptLine::Align::Center;
        if (centred)
            w.center(true);
        if (line.bold)
            w.bold(true);
        if (line.big)
            w.size(2, 2);
        for (const QString &t : layout(line, columns))
            w.text(t).newline();
        if (line.big)
            w.size(1, 1);
        if (line.bold)
            w.bold(false);
        if (centred)
            w.center(false);
    }
    if (!doc.qrPayload.isEmpty()) {
        w.newline().center(true).qr(doc.qrPayload.toUtf8()).newline().center(false);
    }
    if (doc.openDrawer || options.openDrawer)
        w.drawerKick();
    w.newline(3);
    if (options.cut)
        w.cut();
    return w.bytes();
}

QByteArray encodeDocument(const QString &title, const QStringList &lines, const Options &options)
{
    const int columns = columnsFor(options.paperMm);
    Writer w;
    w.init().codePage(options.codePage);
    if (!title.isEmpty()) {
        w.bold(true);
        for (const QString &t :
             layout({ReceiptLine::Kind::Text, title, {}, {}, true, false}, columns))
            w.text(t).newline();
        w.bold(false);
    }
    for (const QString &line : lines)
        for (const QString &t :
             layout({ReceiptLine::Kind::Text, line, {}, {}, false, false}, columns))
            w.text(t).newline();
    w.newline(3);
    if (options.cut)
        w.cut();
    return w.bytes();
}

QByteArray testPage(int paperMm, bool drawer)
{
    ReceiptDoc doc;
    auto line = [&](ReceiptLine::Kind kind, const QString &l, const QString &r = {}) {
        ReceiptLine x;
        x.kind = kind;
        x.left = l;
        x.right = r;
        doc.lines << x;
    };
    // In the vendor's language where the app has one loaded (the till); English otherwise.
    line(ReceiptLine::Kind::Text,
         QCoreApplication::translate("sk::hw::escpos", "Stallkeeper test print"));
    doc.lines.last().big = doc.lines.last().bold = true;
    doc.lines.last().align = ReceiptLine::Align::Center;
    line(ReceiptLine::Kind::Text,
         QCoreApplication::translate("sk::hw::escpos", "%1 mm paper, %2 characters a line")
             .arg(paperMm)
             .arg(columnsFor(paperMm)));
    line(ReceiptLine::Kind::Rule, {});
    line(ReceiptLine::Kind::Text, QStringLiteral("Café, jalapeño, Größe, crème brûlée"));
    line(ReceiptLine::Kind::Pair, QStringLiteral("Miel de azahar"), QStringLiteral("12,50 €"));
    line(ReceiptLine::Kind::Pair, QStringLiteral("TOTAL"), QStringLiteral("12,50 €"));
    doc.lines.last().bold = true;
    line(ReceiptLine::Kind::Rule, {});
    line(ReceiptLine::Kind::Text,
         QCoreApplication::translate("sk::hw::escpos", "The QR code below reads \"stallkeeper\"."));
    doc.qrPayload = QStringLiteral("stallkeeper");
    doc.openDrawer = drawer;
    Options o;
    o.paperMm = paperMm;
    return encodeReceipt(doc, o);
}

} // namespace sk::hw::escpos
