#pragma once

#include "core/hardware/ScaleDevice.h"

#include <QStringList>

class QSocketNotifier;

namespace sk::hw {

// A USB HID point-of-sale scale (usage page 0x8D, e.g. Dymo M5/M10/M25) read through Linux
// hidraw: the kernel hands over each input report as one read() of the device file, and
// scale::parseHidReport reads it. The scale reports by itself (no polling); a device that goes
// away (unplugged) is failed() at once. The user needs read access to /dev/hidraw* (a udev rule
// for the scale, see docs/hardware.md).
class HidScale : public ScaleDevice
{
    Q_OBJECT
public:
    explicit HidScale(const QString &path, QObject *parent = nullptr);
    ~HidScale() override;

    Status start() override;
    // Reads reports from `fd` (taken over) instead of opening the path: a device opened
    // elsewhere, or recorded reports replayed through a datagram socket.
    Status startFd(int fd);
    void stop() override;
    bool running() const override { return m_fd >= 0; }

    struct Found
    {
        QString path; // /dev/hidraw0
        QString name; // what the device calls itself
        quint16 vendorId = 0;
        quint16 productId = 0;
    };
    // The hidraw devices whose report descriptor declares the scale usage page (0x8D), from
    // `sysRoot` (/sys/class/hidraw).
    static QList<Found> scales(const QString &sysRoot = QStringLiteral("/sys/class/hidraw"));
    // Whether a HID report descriptor declares usage page 0x8D (weighing devices).
    static bool isScaleDescriptor(const QByteArray &descriptor);

private:
    void readReports();
    void fail(const QString &reason);

    QString m_path;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sk::hw
