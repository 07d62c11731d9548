#pragma once

#include "core/Error.h"
#include "core/hardware/CustomerView.h"

#include <QObject>

class QSerialPort;

namespace sk::hw {

// A customer pole display (VFD, 2 lines of 20) on a serial port, in the CD5220 command set most
// of them speak (Epson DM-D "ESC/POS" displays take the same commands): ESC @ resets it, ESC Q A
// and ESC Q B write the upper and lower line, each ended by CR.
namespace cd5220 {
QByteArray reset();
QByteArray lines(const QString &upper, const QString &lower, int columns = 20);
} // namespace cd5220

class PoleDisplay : public QObject
{
    Q_OBJECT
public:
    // This device's pole display (local setting): "serial:/dev/ttyUSB1?baud=9600" or a path.
    static inline const QString kDeviceKey = QStringLiteral("pole_display");

    // `device`: a serial port path, or serial:PATH?baud=N (9600 when left out), 8N1.
    explicit PoleDisplay(const QString &device, QObject *parent = nullptr);
    ~PoleDisplay() override;

    Status open();
    void close();
    bool isOpen() const;
    // Shows `view`; a display that went away is failed() once and closed.
    void show(const CustomerView &view);

    // Bytes left waiting for a display that does not take them before they are dropped.
    static constexpr qint64 kMaxWaiting = 1024;

signals:
    void failed(const QString &reason);

private:
    void write(const QByteArray &bytes);

    QString m_device;
    QString m_path;
    qint32 m_baud = 9600;
    QByteArray m_shown; // the lines on the display now: the same view is not sent again
    QSerialPort *m_port;
};

} // namespace sk::hw
