#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace sk {

// A TrueType font a PDF embeds whole (SlipPdf.cpp), read by hand so that the command line needs
// no GUI library: the glyph of each character (its cmap, formats 4 and 12), the advance widths
// and the metrics the PDF font descriptor names. Every read is bounds-checked: a damaged file is
// refused, never read past.
class PdfFont
{
public:
    static std::optional<PdfFont> load(const QString &path);

    // The glyph of a character; 0 (the font's "missing" box) when the font has none.
    quint16 glyph(char32_t c) const;
    // A glyph's advance in 1/1000 em.
    int width(quint16 glyph) const;

    QByteArray data;  // the font file
    QByteArray name;  // its PostScript name as the PDF names it (letters and digits only)
    int ascent = 0;   // in 1/1000 em
    int descent = 0;  // negative
    int bbox[4] = {}; // xMin, yMin, xMax, yMax in 1/1000 em

private:
    quint16 u16(qsizetype at) const;
    quint32 u32(qsizetype at) const;
    bool has(qsizetype at, qsizetype size) const { return at >= 0 && at + size <= data.size(); }
    qsizetype m_cmap = -1; // the subtable used, and its format (4 or 12)
    int m_cmapFormat = 0;
    qsizetype m_hmtx = -1;
    int m_metrics = 0;
    int m_glyphs = 0;
    int m_unitsPerEm = 1000;
};

// The regular and bold fonts a slip embeds when its text needs characters beyond Windows-1252
// (Latin Extended, Vietnamese...): DejaVu Sans, else Liberation Sans, where the system keeps
// them (Debian: fonts-dejavu-core). nullopt when neither is found. `fallback` writes what they
// lack (Chinese, Japanese, Korean: Droid Sans Fallback, Debian's fonts-droid-fallback) when the
// system has it.
struct PdfFontPair
{
    PdfFont regular;
    PdfFont bold;
    std::optional<PdfFont> fallback;
};
const std::optional<PdfFontPair> &slipFonts();

} // namespace sk
