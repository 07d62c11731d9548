#include "core/eod/PdfFont.h"

#include <QFile>
#include <QStringList>

namespace sk {

quint16 PdfFont::u16(qsizetype at) const
{
    if (!has(at, 2))
        return 0;
    return quint16((uchar(data[at]) << 8) | uchar(data[at + 1]));
}

quint32 PdfFont::u32(qsizetype at) const
{
    return (quint32(u16(at)) << 16) | u16(at + 2);
}

std::optional<PdfFont> PdfFont::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 32 * 1024 * 1024)
        return std::nullopt;
    PdfFont font;
    font.data = f.readAll();
    const quint32 version = font.u32(0);
    if (version != 0x00010000 && version != 0x74727565) // TrueType outlines only
        return std::nullopt;
    const int tables = font.u16(4);
    qsizetype head = -1, hhea = -1, maxp = -1, cmap = -1, hmtx = -1, nameTable = -1;
    for (int i = 0; i < tables; ++i) {
        const qsizetype rec = 12 + 16 * i;
        if (!font.has(rec, 16))
            return std::nullopt;
        const QByteArray tag = font.data.mid(rec, 4);
        const qsizetype offset = font.u32(rec + 8);
        const qsizetype length = font.u32(rec + 12);
        if (!font.has(offset, length))
            return std::nullopt;
        if (tag == "head")
            head = offset;
        else if (tag == "hhea")
            hhea = offset;
        else if (tag == "maxp")
            maxp = offset;
        else if (tag == "cmap")
            cmap = offset;
        else if (tag == "hmtx")
            hmtx = offset;
        else if (tag == "name")
            nameTable = offset;
    }
    if (head < 0 || hhea < 0 || maxp < 0 || cmap < 0 || hmtx < 0 || !font.has(head, 54)
        || !font.has(hhea, 36) || !font.has(maxp, 6))
        return std::nullopt;
    font.m_unitsPerEm = font.u16(head + 18);
    if (font.m_unitsPerEm < 16)
        return std::nullopt;
    const auto em = [&](qint16 v) {
        return int(qint64(v) * 1000 / font.m_unitsPerEm);
    };
    for (int i = 0; i < 4; ++i)
        font.bbox[i] = em(qint16(font.u16(head + 36 + 2 * i)));
    font.ascent = em(qint16(font.u16(hhea + 4)));
    font.descent = em(qint16(font.u16(hhea + 6)));
    font.m_metrics = font.u16(hhea + 34);
    font.m_glyphs = font.u16(maxp + 4);
    font.m_hmtx = hmtx;
    if (font.m_metrics < 1 || !font.has(hmtx, 4 * qsizetype(font.m_metrics)))
        return std::nullopt;
    // The Unicode subtable: full repertoire (3,10) first, else the BMP (3,1 or 0,x).
    const int subtables = font.u16(cmap + 2);
    for (int pass = 0; pass < 2 && font.m_cmap < 0; ++pass) {
        for (int i = 0; i < subtables; ++i) {
            const qsizetype rec = cmap + 4 + 8 * i;
            const int platform = font.u16(rec), encoding = font.u16(rec + 2);
            const qsizetype at = cmap + font.u32(rec + 4);
            const int format = font.u16(at);
            const bool full = platform == 3 && encoding == 10 && format == 12;
            const bool bmp = (platform == 3 && encoding == 1) || platform == 0;
            if ((pass == 0 && full) || (pass == 1 && bmp && (format == 4 || format == 12))) {
                font.m_cmap = at;
                font.m_cmapFormat = format;
                break;
            }
        }
    }
    if (font.m_cmap < 0)
        return std::nullopt;
    // The PostScript name (name id 6), as PDF name characters.
    if (nameTable >= 0) {
        const int count = font.u16(nameTable + 2);
        const qsizetype strings = nameTable + font.u16(nameTable + 4);
        for (int i = 0; i < count && font.name.isEmpty(); ++i) {
            const qsizetype rec = nameTable + 6 + 12 * i;
            if (font.u16(rec + 6) != 6)
                continue;
            const qsizetype at = strings + font.u16(rec + 10);
            const int length = font.u16(rec + 8);
            const bool wide = font.u16(rec) == 3 || font.u16(rec) == 0;
            for (qsizetype k = wide ? 1 : 0; k < length && font.has(at + k, 1); k += wide ? 2 : 1) {
                const char c = font.data[at + k];
                if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-')
                    font.name += c;
            }
        }
    }
    if (font.name.isEmpty())
        font.name = "EmbeddedFont";
    return font;
}

quint16 PdfFont::glyph(char32_t c) const
{
    const qsizetype t = m_cmap;
    if (m_cmapFormat == 12) {
        const quint32 groups = u32(t + 12);
        for (quint32 g = 0; g < groups && has(t + 16 + 12 * qsizetype(g), 12); ++g) {
            const qsizetype at = t + 16 + 12 * qsizetype(g);
            const quint32 start = u32(at), end = u32(at + 4);
            if (c >= start && c <= end) {
                const quint32 gid = u32(at + 8) + (c - start);
                return gid < quint32(m_glyphs) ? quint16(gid) : 0;
            }
        }
        return 0;
    }
    if (c > 0xffff)
        return 0;
    const int segments = u16(t + 6) / 2;
    const qsizetype ends = t + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments,
                    ranges = deltas + 2 * segments;
    for (int s = 0; s < segments; ++s) {
        if (u16(ends + 2 * s) < c)
            continue;
        const quint16 start = u16(starts + 2 * s);
        if (start > c)
            return 0;
        const quint16 delta = u16(deltas + 2 * s);
        const quint16 range = u16(ranges + 2 * s);
        if (range == 0)
            return quint16((c + delta) & 0xffff);
        const quint16 gid = u16(ranges + 2 * s + range + 2 * qsizetype(c - start));
        return gid == 0 ? 0 : quint16((gid + delta) & 0xffff);
    }
    return 0;
}

int PdfFont::width(quint16 glyph) const
{
    const int index = glyph < m_metrics ? glyph : m_metrics - 1;
    return int(qint64(u16(m_hmtx + 4 * index)) * 1000 / m_unitsPerEm);
}

namespace {
std::optional<PdfFont> fallbackFont()
{
    for (const char *path : {"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
                             "/usr/share/fonts/truetype/droid/DroidSansFallback.ttf",
                             "/usr/share/fonts/droid/DroidSansFallbackFull.ttf"})
        if (auto f = PdfFont::load(QString::fromLatin1(path)))
            return f;
    return std::nullopt;
}
} // namespace

const std::optional<PdfFontPair> &slipFonts()
{
    static const std::optional<PdfFontPair> fonts = []() -> std::optional<PdfFontPair> {
        const QStringList dirs = {QStringLiteral("/usr/share/fonts/truetype/dejavu/"),
                                  QStringLiteral("/usr/share/fonts/dejavu/"),
                                  QStringLiteral("/usr/share/fonts/TTF/"),
                                  QStringLiteral("/usr/local/share/fonts/")};
        const QList<std::pair<QString, QString>> names
            = {{QStringLiteral("DejaVuSans.ttf"), QStringLiteral("DejaVuSans-Bold.ttf")},
               {QStringLiteral("LiberationSans-Regular.ttf"),
                QStringLiteral("LiberationSans-Bold.ttf")}};
        for (const auto &[regular, bold] : names)
            for (QString dir :
                 dirs + QStringList{QStringLiteral("/usr/share/fonts/truetype/liberation/")}) {
                auto r = PdfFont::load(dir + regular);
                auto b = PdfFont::load(dir + bold);
                if (r && b)
                    return PdfFontPair{std::move(*r), std::move(*b), fallbackFont()};
            }
        return std::nullopt;
    }();
    return fonts;
}

} // namespace sk
