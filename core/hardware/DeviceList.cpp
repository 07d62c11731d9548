#include "core/hardware/DeviceList.h"

#include "core/hardware/HidScale.h"

#include <QDir>
#include <QSerialPortInfo>

namespace sk::hw {

QString FoundDevice::usbIds() const
{
    if (!hasIds)
        return {};
    return QStringLiteral("%1:%2")
        .arg(vendorId, 4, 16, QLatin1Char('0'))
        .arg(productId, 4, 16, QLatin1Char('0'));
}

QList<FoundDevice> serialDevices()
{
    QList<FoundDevice> out;
    for (const QSerialPortInfo &p : QSerialPortInfo::availablePorts()) {
        FoundDevice d;
        d.kind = FoundDevice::Kind::Serial;
        d.path = p.systemLocation();
        d.uri = QStringLiteral("serial:%1?baud=9600").arg(d.path);
        d.description = p.description().isEmpty() ? p.manufacturer() : p.description();
        d.hasIds = p.hasVendorIdentifier() && p.hasProductIdentifier();
        d.vendorId = p.vendorIdentifier();
        d.productId = p.productIdentifier();
        out << d;
    }
    return out;
}

QList<FoundDevice> printerDevices(const QString &devRoot)
{
    QList<FoundDevice> out;
    const QDir usb(devRoot + QStringLiteral("/usb"));
    for (const QString &name : usb.entryList({QStringLiteral("lp*")}, QDir::System, QDir::Name)) {
        FoundDevice d;
        d.kind = FoundDevice::Kind::UsbPrinter;
        d.path = usb.filePath(name);
        d.uri = d.path;
        out << d;
    }
    return out + serialDevices();
}

QList<FoundDevice> scaleDevices()
{
    QList<FoundDevice> out = serialDevices();
    for (auto &d : out)
        d.uri = d.path; // the scale's frame and speed come from its protocol
    for (const HidScale::Found &f : HidScale::scales()) {
        FoundDevice d;
        d.kind = FoundDevice::Kind::HidScale;
        d.path = f.path;
        d.uri = f.path;
        d.description = f.name;
        d.hasIds = f.vendorId != 0;
        d.vendorId = f.vendorId;
        d.productId = f.productId;
        out << d;
    }
    return out;
}

} // namespace sk::hw
