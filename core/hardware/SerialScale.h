#pragma once

#include "core/Database.h"
#include "core/hardware/ScaleDevice.h"

#include <memory>

#include <QObject>
#include <QTimer>

class QSerialPort;

namespace sk::hw {

// Where a serial scale is and how it talks: the port, the protocol, 9600 baud and the frame
// the model wants (7E1 for most NCI scales, 8N1 for CAS).
struct SerialScaleSettings
{
    QString port; // /dev/ttyUSB0
    scale::Protocol protocol = scale::Protocol::Nci;
    qint32 baud = 9600;
    bool sevenEvenOne = true; // 7 data bits, even parity, 1 stop bit; false: 8N1
    int pollMs = 200;         // time between requests
    int answerMs = 1000;      // a scale that has not answered by then is reported silent

    // "serial:/dev/ttyUSB0?baud=9600&frame=7E1" or a bare port path.
    static Result<SerialScaleSettings> parse(const QString &device, scale::Protocol protocol);

    // This device's scale (local settings, never synced: the scale belongs to the machine):
    // `scale_device` and `scale_protocol`. nullopt when none is set up or the setting is bad.
    static inline const QString kDeviceKey = QStringLiteral("scale_device");
    static inline const QString kProtocolKey = QStringLiteral("scale_protocol");
    static std::optional<SerialScaleSettings> fromLocalSettings(Database &db);
};

// A scale on a serial port (USB-serial, RS-232). start() opens the port and asks for the weight
// every pollMs; each answer is a reading(); a stable weight (StableWeight over the readings)
// is stable(). The port going away (unplugged mid-read) or a scale that stops answering is
// failed() with the reason, and polling stops: nothing is ever made up from an old reading.
class SerialScale : public ScaleDevice
{
    Q_OBJECT
public:
    explicit SerialScale(const SerialScaleSettings &settings, QObject *parent = nullptr);
    ~SerialScale() override;

    Status start() override;
    void stop() override;
    bool running() const override;
    void zero() override; // NCI "Z": the scale zeroes itself

    // The scale `settings` name: a serial scale, or a USB HID scale (protocol hid).
    static std::unique_ptr<ScaleDevice> create(const SerialScaleSettings &settings,
                                               QObject *parent = nullptr);

private:
    void poll();
    void readAvailable();
    void fail(const QString &reason);

    SerialScaleSettings m_settings;
    QSerialPort *m_port;
    QTimer m_poll;
    QTimer m_answer;
    QByteArray m_buffer;
};

} // namespace sk::hw
