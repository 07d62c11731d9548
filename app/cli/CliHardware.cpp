// `stallkeeper-cli printer`, `scale` and `label`: receipt printers, scales and price-embedded
// labels from the command line, to set them up and to find out what is wrong with them.
#include "app/cli/Cli.h"

#include "core/Catalog.h"
#include "core/FileSafety.h"
#include "core/checkout/Permissions.h"
#include "core/hardware/EscPos.h"
#include "core/hardware/Label.h"
#include "core/hardware/PrintQueue.h"
#include "core/hardware/ReceiptPrinter.h"
#include "core/hardware/SerialScale.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace sk::cli {

namespace {

using namespace sk::hw;

int secondsArg(const Args &a, int fallback)
{
    const QString t = a.value(QStringLiteral("timeout"));
    if (t.isEmpty())
        return fallback;
    const qint64 s = wholeArg(t, QStringLiteral("--timeout"));
    if (s < 1 || s > 600)
        usageError(QStringLiteral("--timeout is 1 to 600 seconds"));
    return int(s);
}

DeviceAddress deviceArg(const Args &a)
{
    const QString d = a.value(QStringLiteral("device"));
    if (d.isEmpty())
        usageError(QStringLiteral("--device is required: tcp://HOST:PORT, /dev/usb/lp0 or "
                                  "serial:/dev/ttyUSB0?baud=9600"));
    return checkArg(DeviceAddress::parse(d), QStringLiteral("--device"));
}

// Sends `bytes` and waits for the printer's answer; a failure ends the command with it.
void sendNow(const DeviceAddress &address, const QByteArray &bytes, int timeoutSeconds)
{
    auto transport = PrinterTransport::create(address);
    transport->setTimeout(timeoutSeconds * 1000);
    QEventLoop loop;
    QString error;
    QObject::connect(transport.get(), &PrinterTransport::sent, &loop, &QEventLoop::quit);
    QObject::connect(transport.get(), &PrinterTransport::failed, &loop, [&](const QString &why) {
        error = why;
        loop.quit();
    });
    transport->send(bytes);
    loop.exec();
    if (!error.isEmpty())
        failWith(Error::io(error));
}

// Writes `bytes` to the file at `path` (replaced whole); a failure ends the command with it.
void writeBytes(const QString &path, const QByteArray &bytes)
{
    check(writeFileAtomically(path, [&](QIODevice *out) -> Status {
        if (out->write(bytes) != bytes.size())
            return sk::fail(Error::Code::Io, out->errorString());
        return {};
    }));
}

int cmdPrinter(Context &ctx, Args &a)
{
    const QString sub = a.positional.value(0);
    if (sub == u"test" || sub == u"drawer") {
        rejectUnknown(
            a, {QStringLiteral("device"), QStringLiteral("paper"), QStringLiteral("timeout")});
        const DeviceAddress address = deviceArg(a);
        const QString paper = a.value(QStringLiteral("paper"), QStringLiteral("80"));
        if (paper != u"58" && paper != u"80")
            usageError(QStringLiteral("--paper is 58 or 80 (mm)"));
        QByteArray bytes;
        if (sub == u"test") {
            bytes = escpos::testPage(paper.toInt(), false);
        } else {
            // A drawer opened with no sale is logged, as at the till (the end-of-day summary
            // lists it); one that cannot be logged stays shut.
            check(TillActionLog(ctx.database())
                      .recordNoSale({QStringLiteral("stallkeeper-cli"), QString()}));
            escpos::Writer w;
            bytes = w.init().drawerKick().bytes();
        }
        sendNow(address, bytes, secondsArg(a, 10));
        ctx.out << (sub == u"test" ? "printed on " : "drawer opened through ") << address.toString()
                << " (" << bytes.size() << " bytes)\n";
        return 0;
    }
    if (sub == u"use") {
        // This device's receipt printer (local settings: printers belong to the machine).
        rejectUnknown(a,
                      {QStringLiteral("device"), QStringLiteral("paper"), QStringLiteral("none")});
        Database &db = ctx.database();
        if (a.flag(QStringLiteral("none"))) {
            check(db.setLocalSetting(ReceiptPrinter::kPrinterKey, QString()));
            ctx.out << "no receipt printer\n";
            return 0;
        }
        const DeviceAddress address = deviceArg(a);
        const QString paper = a.value(QStringLiteral("paper"), QStringLiteral("80"));
        if (paper != u"58" && paper != u"80")
            usageError(QStringLiteral("--paper is 58 or 80 (mm)"));
        check(db.setLocalSetting(ReceiptPrinter::kPrinterKey, address.toString()));
        check(db.setLocalSetting(ReceiptPrinter::kPaperKey, paper));
        ctx.out << "receipts print on " << address.toString() << " (" << paper << " mm)\n";
        return 0;
    }
    if (sub == u"queue") {
        rejectUnknown(a, {});
        PrintQueue queue(ctx.database());
        for (const PrintJob &j : check(queue.waiting()))
            ctx.out << j.id << '\t' << j.device << '\t' << j.title << '\t' << j.attempts << '\t'
                    << j.lastError << "\n";
        return 0;
    }
    if (sub == u"retry") {
        rejectUnknown(a, {QStringLiteral("timeout")});
        PrintQueue queue(ctx.database());
        queue.setTimeout(secondsArg(a, 10) * 1000);
        int printed = 0;
        QString lastError;
        QEventLoop loop;
        QObject::connect(&queue, &PrintQueue::jobPrinted, &loop, [&] { ++printed; });
        QObject::connect(&queue, &PrintQueue::jobWaiting, &loop, [&](qint64, const QString &why) {
            lastError = why;
        });
        QObject::connect(&queue, &PrintQueue::idle, &loop, &QEventLoop::quit);
        QTimer::singleShot(0, &queue, &PrintQueue::retry);
        loop.exec();
        const qsizetype left = check(queue.waiting()).size();
        ctx.out << printed << " printed, " << left << " waiting\n";
        if (left > 0)
            failWith(Error::io(
                QStringLiteral("%1 receipt(s) still waiting: %2").arg(left).arg(lastError)));
        return 0;
    }
    usageError(QStringLiteral("printer takes test, drawer, use, queue or retry"));
}

int cmdScale(Context &ctx, Args &a)
{
    if (a.positional.value(0) == u"use" && a.positional.size() == 1) {
        rejectUnknown(
            a, {QStringLiteral("device"), QStringLiteral("protocol"), QStringLiteral("none")});
        Database &db = ctx.database();
        if (a.flag(QStringLiteral("none"))) {
            check(db.setLocalSetting(SerialScaleSettings::kDeviceKey, QString()));
            ctx.out << "no scale\n";
            return 0;
        }
        const auto protocol = checkArg(
            scale::protocolFromName(a.value(QStringLiteral("protocol"), QStringLiteral("nci"))),
            QStringLiteral("--protocol"));
        const QString device = a.value(QStringLiteral("device"));
        if (device.isEmpty())
            usageError(QStringLiteral("--device is required, e.g. /dev/ttyUSB0"));
        checkArg(SerialScaleSettings::parse(device, protocol), QStringLiteral("--device"));
        check(db.setLocalSetting(SerialScaleSettings::kDeviceKey, device));
        check(db.setLocalSetting(SerialScaleSettings::kProtocolKey, scale::protocolName(protocol)));
        ctx.out << "the weight dialog reads " << device << " (" << scale::protocolName(protocol)
                << ")\n";
        return 0;
    }
    if (a.positional.value(0) != u"read" || a.positional.size() != 1)
        usageError(
            QStringLiteral("scale takes read --device DEV --protocol nci|cas|ecr|hid, or use"));
    rejectUnknown(a,
                  {QStringLiteral("device"),
                   QStringLiteral("protocol"),
                   QStringLiteral("unit"),
                   QStringLiteral("timeout")});
    const auto protocol = checkArg(
        scale::protocolFromName(a.value(QStringLiteral("protocol"), QStringLiteral("nci"))),
        QStringLiteral("--protocol"));
    const QString device = a.value(QStringLiteral("device"));
    if (device.isEmpty())
        usageError(QStringLiteral("--device is required, e.g. /dev/ttyUSB0 or "
                                  "serial:/dev/ttyUSB0?baud=9600&frame=7E1"));
    auto settings
        = checkArg(SerialScaleSettings::parse(device, protocol), QStringLiteral("--device"));
    std::optional<Unit> want;
    if (a.flag(QStringLiteral("unit")))
        want = checkArg(unitFromCode(a.value(QStringLiteral("unit"))), QStringLiteral("--unit"));
    const std::unique_ptr<ScaleDevice> scale = SerialScale::create(settings);
    QEventLoop loop;
    std::optional<ScaleReading> stable, last;
    QString error;
    QObject::connect(
        scale.get(), &ScaleDevice::reading, &loop, [&](const ScaleReading &r) { last = r; });
    QObject::connect(scale.get(), &ScaleDevice::stable, &loop, [&](const ScaleReading &r) {
        stable = r;
        loop.quit();
    });
    QObject::connect(scale.get(), &ScaleDevice::failed, &loop, [&](const QString &why) {
        error = why;
        loop.quit();
    });
    QTimer::singleShot(secondsArg(a, 10) * 1000, &loop, &QEventLoop::quit);
    check(scale->start());
    loop.exec();
    scale->stop();
    if (!error.isEmpty())
        failWith(Error::io(error));
    auto describe = [](const ScaleReading &r) {
        QString s = formatQuantity(r.weight, r.unit) + QLatin1Char(' ') + unitCode(r.unit);
        if (r.motion)
            s += QStringLiteral(" moving");
        if (r.overCapacity)
            s = QStringLiteral("over capacity");
        if (!r.fault.isEmpty())
            s += QStringLiteral(" (") + r.fault + QLatin1Char(')');
        return s;
    };
    if (!stable)
        failWith(Error::io(
            last ? QStringLiteral("no stable weight (last reading: %1)").arg(describe(*last))
                 : QStringLiteral("the scale sent no weight")));
    const WeightCheck c = checkReading(*stable, want.value_or(stable->unit));
    if (c.problems.contains(WeightProblem::Negative))
        failWith(Error::invalid(QStringLiteral("the scale shows %1, below zero: zero it with "
                                               "nothing on it")
                                    .arg(describe(*stable))));
    ctx.out << describe(*stable);
    if (want && *want != stable->unit)
        ctx.out << " = " << formatQuantity(c.qty, *want) << ' ' << unitCode(*want);
    ctx.out << "\n";
    return 0;
}

int cmdLabel(Context &ctx, Args &a)
{
    if (a.positional.value(0) != u"print" || a.positional.size() != 2)
        usageError(QStringLiteral("label takes print SKU --weight W (--pdf FILE | --zpl FILE | "
                                  "--device URI)"));
    rejectUnknown(a,
                  {QStringLiteral("weight"),
                   QStringLiteral("pdf"),
                   QStringLiteral("zpl"),
                   QStringLiteral("device"),
                   QStringLiteral("layout"),
                   QStringLiteral("item-code"),
                   QStringLiteral("timeout")});
    const QString pdf = a.value(QStringLiteral("pdf"));
    const QString zpl = a.value(QStringLiteral("zpl"));
    // Without a destination, the label printer set up for this device (Settings > Hardware).
    QString device = a.value(QStringLiteral("device"));
    if (pdf.isEmpty() && zpl.isEmpty() && device.isEmpty())
        device = ctx.database().localSetting(QStringLiteral("label_printer")).trimmed();
    if (pdf.isEmpty() && zpl.isEmpty() && device.isEmpty())
        usageError(QStringLiteral("say where the label goes: --pdf FILE, --zpl FILE or "
                                  "--device URI (no label printer is set up)"));
    const auto layout = checkArg(
        barcode::Layout::fromName(a.value(QStringLiteral("layout"), QStringLiteral("upca-price"))),
        QStringLiteral("--layout"));
    Database &db = ctx.database();
    ProductRepository products(db);
    const Product p = checkArg(products.bySku(a.positional[1]), a.positional[1]);
    if (!a.flag(QStringLiteral("weight")))
        usageError(QStringLiteral("--weight is required (in the item's unit, e.g. 1.25)"));
    const Milli weight
        = quantityArg(a.value(QStringLiteral("weight")), p.unit, QStringLiteral("--weight"));
    const Label label = check(
        Label::make(p, weight, currencyOf(db), layout, a.value(QStringLiteral("item-code"))));
    if (!pdf.isEmpty())
        writeBytes(pdf, labelPdf(label));
    if (!zpl.isEmpty())
        writeBytes(zpl, labelZpl(label));
    if (!device.isEmpty())
        sendNow(checkArg(DeviceAddress::parse(device), QStringLiteral("--device")),
                labelZpl(label),
                secondsArg(a, 10));
    ctx.out << label.barcode << '\t' << label.name << '\t'
            << formatQuantity(label.weight, label.unit) << ' ' << unitCode(label.unit) << '\t'
            << formatFixed(label.price, label.currency.decimals) << "\n";
    return 0;
}

} // namespace

CommandGroup hardwareCommands()
{
    return {
        R"(Hardware
  printer test --device URI [--paper 58|80]  a test receipt (accents, QR code, cut) on an
                                           ESC/POS printer: tcp://HOST:9100, /dev/usb/lp0
                                           or serial:/dev/ttyUSB0?baud=9600
  printer drawer --device URI              open the cash drawer through the printer (logged
                                           as a no-sale opening)
  printer use --device URI [--paper 58|80] | printer use --none
                                           this device's receipt printer for every sale
  printer queue | printer retry            receipts waiting for a printer; send them
  scale read --device DEV --protocol nci|cas|ecr|hid [--unit lb|kg|oz|g]
                                           the scale's stable weight (DEV: /dev/ttyUSB0,
                                           serial:/dev/ttyUSB0?baud=9600&frame=7E1, or
                                           /dev/hidraw0 for a USB HID scale)
  scale use --device DEV --protocol nci|cas|ecr|hid | scale use --none
                                           the scale the weight dialog reads
  label print SKU --weight W [--pdf FILE | --zpl FILE | --device URI]
                                           (default: this device's label printer)
        [--layout upca-price|upca-price5|upca-weight-lb|ean13-price|ean13-weight-g]
        [--item-code DIGITS]               a price-embedded label for a weighed item
)",
        {
            {"printer test", cmdPrinter, 0, {{"device", "URI"}, {"paper", "MM"}, {"timeout", "S"}}},
            {"printer drawer", cmdPrinter, 0, {{"device", "URI"}, {"timeout", "S"}}},
            {"printer use", cmdPrinter, 0, {{"device", "URI"}, {"paper", "MM"}, {"none"}}},
            {"printer queue", cmdPrinter, 0, {}},
            {"printer retry", cmdPrinter, 0, {{"timeout", "S"}}},
            {"scale read",
             cmdScale,
             0,
             {{"device", "DEV"}, {"protocol", "P"}, {"unit", "UNIT"}, {"timeout", "S"}}},
            {"scale use", cmdScale, 0, {{"device", "DEV"}, {"protocol", "P"}, {"none"}}},
            {"label print",
             cmdLabel,
             1,
             {{"weight", "W"},
              {"pdf", "FILE"},
              {"zpl", "FILE"},
              {"device", "URI"},
              {"layout", "LAYOUT"},
              {"item-code", "DIGITS"},
              {"timeout", "S"}}},
        }};
}

} // namespace sk::cli
