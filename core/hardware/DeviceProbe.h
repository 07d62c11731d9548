#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace sk::hw {

// What looking for a device a setting names found.
struct ProbeResult
{
    enum class State {
        NotConfigured, // the setting is empty
        Reachable,     // a network printer took a connection; a device file opened
        Unreachable,   // it did not: `reason` says why, in the operating system's words
        Invalid        // the setting cannot name a device: `reason` says how to write it
    };
    State state = State::NotConfigured;
    QString uri;
    QString reason;
    bool busy = false; // Reachable, but another program has it open now
};

// How a setting names its device: a receipt or label printer (DeviceAddress: tcp://HOST:PORT,
// /dev/usb/lp0, serial:PATH?baud=N), a scale (a serial port or /dev/hidraw*, bare or serial:) or
// a pole display (a serial port, bare or serial:).
enum class DeviceRole { Printer, Scale, Pole };

// Looks for a device without talking to it, off the calling thread: a network printer must accept
// a TCP connection within the timeout; a device file must open the way the till opens it (a USB
// printer for writing, a serial port, pseudo-terminal or hidraw scale for reading) and a serial
// port must be a terminal device. Nothing is written to the device. probe() returns at once and
// finished() follows from the event loop, once per probe(); deleting the probe drops the answer.
class DeviceProbe : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 2000;

    explicit DeviceProbe(QObject *parent = nullptr);
    ~DeviceProbe() override;

    void probe(const QString &uri, DeviceRole role, int timeoutMs = kTimeoutMs);
    bool probing() const { return m_pending > 0; }

    // The same look on the calling thread, which it blocks up to the timeout (plus the host
    // name lookup): for the command line and for tests.
    static ProbeResult check(const QString &uri, DeviceRole role, int timeoutMs = kTimeoutMs);

signals:
    void finished(const sk::hw::ProbeResult &result);

private:
    int m_pending = 0;
};

} // namespace sk::hw

Q_DECLARE_METATYPE(sk::hw::ProbeResult)
