#pragma once

#include "ReceiptDoc.h"

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
    Writer &drawerKick(int pin = 0); // ESC p: pulse on drawer connector pin 2 (0) or 5 (1)
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
};

// A receipt laid out in the paper's columns: pairs with the amount flush right (long names
// wrap onto further lines), rules of dashes, centred headers, QR code, then the drawer kick
// and the cut.
QByteArray encodeReceipt(const ReceiptDoc &doc, const Options &options);

// The receipt's text lines at `columns` (also what encodeReceipt prints).
QStringList layout(const ReceiptLine &line, int columns);

} // namespace escpos
} // namespace sk::hw
