// Renders what an ESC/POS printer was sent (a capture file) as a PNG of the paper and prints
// its text lines, QR payloads, pictures, drawer kicks and cuts: for looking at a receipt
// printed at the till without a printer.
//   escpos_render CAPTURE.bin OUT.png [columns]
#include "tests/hardware/EscPosDecoder.h"

#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 3) {
        out << "usage: escpos_render CAPTURE.bin OUT.png [columns]\n";
        return 2;
    }
    QFile in(args[1]);
    if (!in.open(QIODevice::ReadOnly)) {
        out << args[1] << ": " << in.errorString() << "\n";
        return 1;
    }
    const DecodedPrint p = decodeEscPos(in.readAll());
    for (const DecodedLine &l : p.lines)
        out << (l.qr ? QStringLiteral("[QR] ") + l.text
                : !l.picture.isNull()
                    ? QStringLiteral("[picture %1x%2]").arg(l.picture.width).arg(l.picture.height)
                    : l.text)
            << "\n";
    out << "-- drawer kicks: " << p.drawerKicks << ", cuts: " << p.cuts
        << ", code page: " << p.codePage << ", pictures: " << p.pictures << "\n";
    if (!p.error.isEmpty())
        out << "-- error: " << p.error << "\n";
    const int columns = args.size() > 3 ? args[3].toInt() : 48;
    if (!renderPrint(p, columns, args[2]))
        return 1;
    return p.error.isEmpty() ? 0 : 1;
}
