#pragma once

#include "core/Error.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QTcpSocket;
class QSerialPort;

namespace sk::hw {

// Where a printer is, as the user writes it:
//   tcp://192.168.1.50:9100  (port 9100 when left out)  raw TCP ("JetDirect")
//   /dev/usb/lp0                                         a USB printer-class device file
//   serial:/dev/ttyUSB0?baud=9600                        serial or Bluetooth serial (rfcomm)
struct DeviceAddress
{
    enum class Kind { Tcp, File, Serial };
    Kind kind = Kind::Tcp;
    QString host;
    quint16 port = 9100;
    QString path;
    qint32 baud = 9600;

    static Result<DeviceAddress> parse(const QString &uri);
    QString toString() const;
};

// Sends one job's bytes to a printer without blocking the caller: send() returns at once and
// exactly one of sent() or failed() follows, from the event loop. A printer that is switched
// off, refuses the connection or takes longer than the timeout fails; nothing is retried here
// (PrintQueue keeps the job).
class PrinterTransport : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 8000;

    static std::unique_ptr<PrinterTransport> create(const DeviceAddress &address);

    void setTimeout(int ms) { m_timeoutMs = ms; }
    virtual void send(const QByteArray &data) = 0;

signals:
    void sent();
    void failed(const QString &reason);

protected:
    explicit PrinterTransport(QObject *parent = nullptr);
    void startTimer(); // failed("timed out") unless finished before the timeout
    void finishOk();
    void finishError(const QString &reason);
    bool finished() const { return m_done; }
    virtual void abort() {}

private:
    QTimer m_timer;
    int m_timeoutMs = kDefaultTimeoutMs;
    bool m_done = false;
};

} // namespace sk::hw
