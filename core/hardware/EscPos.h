#pragma once

#include "core/hardware/ReceiptDoc.h"

#include <QByteArray>
#include <QString>

namespace sk::hw {

// ESC/POS, the command set of most thermal receipt printers (Epson TM and its many clones).
// Text goes out in a single-byte code page the printer is switched to with ESC t, so accents,
// ñ and € print right on printers without a UTF-8 mode.
namespace escpos {

enum class CodePage : quint8 {
    Pc850 = 2,  // Multilingual Latin 1
    Pc858 = 19, // PC850 with € in place of dotless i
};

// Characters per line in font A (12x24 dots): 32 on 58 mm paper, 48 on 80 mm paper.
int columnsFor(int paperMm);

// `text` in the code page; what it cannot hold becomes '?' (a few typographic characters
// first fall back to their ASCII look-alikes: minus sign, dashes, curly quotes).
QByteArray encode(const QString &text, CodePage page);
// The reverse, for what a printer would show.
QString decode(const QByteArray &bytes, CodePage page);

// A 1-bit picture for the printer: rows of (width + 7) / 8 bytes, most significant bit first,
// 1 = a black dot.
struct Bitmap
{
    int width = 0;
    int height = 0;
    QByteArray bits;

    bool isNull() const { return width <= 0 || height <= 0; }
    int rowBytes() const { return (width + 7) / 8; }
    bool dot(int x, int y) const;
    // "W:H:base64", how a logo is kept in the settings; a null bitmap from anything else.
    QString toText() const;
    static Bitmap fromText(const QString &text);
};

// Floyd–Steinberg error diffusion of an 8-bit grey picture (row-major, 0 black .. 255 white)
// to black and white dots, so photographs and shaded logos keep their tones on a thermal printer.
Bitmap dither(const QByteArray &grey, int width, int height);

// The widest picture a paper takes, in dots (203 dpi heads): 384 on 58 mm, 576 on 80 mm.
int dotsFor(int paperMm);

// Builds a command stream. Every method appends; bytes() is what goes to the printer.
class Writer
{
public:
    Writer &init();                      // ESC @: printer defaults
    Writer &codePage(CodePage page);     // ESC t n
    Writer &center(bool on);             // ESC a n
    Writer &bold(bool on);               // ESC E n
    Writer &size(int width, int height); // GS ! n, 1..8 each
    Writer &text(const QString &s);      // in the selected code page
    Writer &newline(int count = 1);
    Writer &qr(const QByteArray &data, int moduleDots = 6); // GS ( k: model 2, level M
    Writer &cut();                                          // GS V 66 0: feed to the cutter and cut
    Writer &drawerKick(int pin = 0);       // ESC p: pulse on drawer connector pin 2 (0) or 5 (1)
    Writer &raster(const Bitmap &picture); // GS v 0: a picture at normal density
    const QByteArray &bytes() const { return m_out; }

private:
    QByteArray m_out;
    CodePage m_page = CodePage::Pc858;
};

struct Options
{
    int paperMm = 80;
    CodePage codePage = CodePage::Pc858;
    bool cut = true;
    bool openDrawer = false; // in addition to a receipt that asks for it
    Bitmap logo;             // printed centred above the receipt; null: none
};

// A receipt laid out in the paper's columns: pairs with the amount flush right (long names
// wrap onto further lines), rules of dashes, centred headers, QR code, then the drawer kick
// and the cut.
QByteArray encodeReceipt(const ReceiptDoc &doc, const Options &options);

// A plain document (a pick list, a turn-in slip): `title` in bold, then each line as it is,
// wrapped at the paper's width, then the cut. No drawer kick.
QByteArray encodeDocument(const QString &title, const QStringList &lines, const Options &options);

// A test page: accents and €, an amount flush right, a QR code that reads "stallkeeper", the
// cut; the drawer kick too when `drawer`.
QByteArray testPage(int paperMm, bool drawer = false);

// The receipt's text lines at `columns` (also what encodeReceipt prints).
QStringList layout(const ReceiptLine &line, int columns);

} // namespace escpos
} // namespace sk::hw
