#pragma once

#include <QList>
#include <QString>

namespace sk::hw {

// A device this machine has that a setting can name, as the Hardware settings list them.
struct FoundDevice
{
    enum class Kind { UsbPrinter, Serial, HidScale };
    Kind kind = Kind::Serial;
    QString uri;         // what the setting stores: /dev/usb/lp0, serial:/dev/ttyUSB0?baud=9600
    QString path;        // the device file
    QString description; // the maker's name for it, when known
    quint16 vendorId = 0;
    quint16 productId = 0;
    bool hasIds = false;

    // "1a86:7523" when the USB ids are known, else empty.
    QString usbIds() const;
};

// USB printer-class devices (/dev/usb/lp*, under `devRoot`) and serial ports (USB-serial,
// RS-232, Bluetooth rfcomm) with their USB vendor and product ids where the system knows them.
QList<FoundDevice> printerDevices(const QString &devRoot = QStringLiteral("/dev"));
// Serial ports (for serial scales and pole displays).
QList<FoundDevice> serialDevices();
// Serial ports and USB HID scales (hidraw).
QList<FoundDevice> scaleDevices();

} // namespace sk::hw
