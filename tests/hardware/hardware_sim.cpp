// A stall's devices without the hardware, for trying the app by hand: a serial scale on a
// pseudo-terminal (ScaleSimulator.h, NCI protocol) and an ESC/POS printer on loopback
// (CaptureServer.h) that saves what it receives.
//
//   hardware_sim OUTDIR [WEIGHT_LB]     e.g. hardware_sim /tmp/prints 1.250
//
// Prints "scale PATH" and "printer tcp://127.0.0.1:PORT" on standard output, then runs until
// killed; each print received is written to OUTDIR/print-N.bin as it arrives.
#include "tests/hardware/CaptureServer.h"
#include "tests/hardware/ScaleSimulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.size() > 3) {
        std::fprintf(stderr, "usage: hardware_sim OUTDIR [WEIGHT_LB]\n");
        return 2;
    }
    const QDir out(args[1]);
    if (!QDir().mkpath(out.path())) {
        std::fprintf(stderr, "hardware_sim: cannot make %s\n", qPrintable(out.path()));
        return 1;
    }
    const QByteArray weight = args.size() > 2 ? args[2].toLatin1() : QByteArray("1.250");
    ScaleSimulator scale;
    // Moving first, then steady: the till must wait for the steady weight.
    scale.frames = {"\n  0.800lb\r\n10\r\x03", "\n  " + weight + "lb\r\n00\r\x03"};
    CaptureServer printer;
    if (scale.port().isEmpty() || !printer.listen()) {
        std::fprintf(stderr, "hardware_sim: no pseudo-terminal or no loopback port\n");
        return 1;
    }
    std::printf("scale %s\nprinter tcp://127.0.0.1:%u\n", qPrintable(scale.port()), printer.port());
    std::fflush(stdout);
    qsizetype saved = 0;
    QTimer save;
    QObject::connect(&save, &QTimer::timeout, [&] {
        for (; saved < printer.prints.size(); ++saved) {
            QFile f(out.filePath(QStringLiteral("print-%1.bin").arg(saved + 1)));
            if (f.open(QIODevice::WriteOnly))
                f.write(printer.prints[saved]);
            std::printf("print %lld: %lld bytes\n",
                        qint64(saved + 1),
                        qint64(printer.prints[saved].size()));
            std::fflush(stdout);
        }
    });
    save.start(100);
    return app.exec();
}
