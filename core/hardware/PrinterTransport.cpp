#include "core/hardware/PrinterTransport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSerialPort>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#ifdef Q_OS_LINUX
#include <linux/sockios.h>
#include <sys/ioctl.h>
#endif

namespace sk::hw {

Result<DeviceAddress> DeviceAddress::parse(const QString &uri)
{
    DeviceAddress a;
    const QString u = uri.trimmed();
    if (u.startsWith(QLatin1String("tcp://"))) {
        const QUrl url(u);
        if (!url.isValid() || url.host().isEmpty())
            return fail(
                Error::Code::InvalidInput,
                QStringLiteral("%1: write tcp://HOST:PORT, e.g. tcp://192.168.1.50:9100").arg(uri));
        a.kind = Kind::Tcp;
        a.host = url.host();
        a.port = quint16(url.port(9100));
        return a;
    }
    if (u.startsWith(QLatin1String("serial:"))) {
        const QString rest = u.mid(7);
        const qsizetype q = rest.indexOf(QLatin1Char('?'));
        a.kind = Kind::Serial;
        a.path = q < 0 ? rest : rest.left(q);
        if (q >= 0) {
            const QUrlQuery query(rest.mid(q + 1));
            bool ok = true;
            if (query.hasQueryItem(QStringLiteral("baud")))
                a.baud = query.queryItemValue(QStringLiteral("baud")).toInt(&ok);
            if (!ok || a.baud <= 0)
                return fail(
                    Error::Code::InvalidInput,
                    QStringLiteral("%1: the baud rate must be a number, e.g. ?baud=9600").arg(uri));
        }
        if (a.path.isEmpty())
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("%1: write serial:/dev/ttyUSB0?baud=9600").arg(uri));
        return a;
    }
    if (u.startsWith(QLatin1Char('/'))) {
        a.kind = Kind::File;
        a.path = u;
        return a;
    }
    return fail(Error::Code::InvalidInput,
                QStringLiteral("%1: a printer is tcp://HOST:PORT, /dev/usb/lp0 or "
                               "serial:/dev/ttyUSB0?baud=9600")
                    .arg(uri));
}

QString DeviceAddress::toString() const
{
    switch (kind) {
    case Kind::Tcp:
        return QStringLiteral("tcp://%1:%2").arg(host).arg(port);
    case Kind::File:
        return path;
    case Kind::Serial:
        return QStringLiteral("serial:%1?baud=%2").arg(path).arg(baud);
    }
    return {};
}

PrinterTransport::PrinterTransport(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // Failed first: breaking the connection off may report it closed (a TCP socket does),
        // which must not read as the job sent.
        finishError(tr("The printer did not answer in %1 s.").arg(m_timeoutMs / 1000));
        abort();
    });
}

void PrinterTransport::startTimer()
{
    m_timer.start(m_timeoutMs);
}

void PrinterTransport::finishOk()
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    emit sent();
}

void PrinterTransport::finishError(const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    emit failed(reason);
}

namespace {

// Bytes this machine still holds for the socket: written by the program, not yet acknowledged
// by the other end (Linux SIOCOUTQ); 0 where it cannot be told.
qint64 unacknowledged(QTcpSocket *socket)
{
#ifdef Q_OS_LINUX
    int pending = 0;
    if (socket->socketDescriptor() >= 0
        && ::ioctl(int(socket->socketDescriptor()), SIOCOUTQ, &pending) == 0)
        return pending;
#else
    Q_UNUSED(socket);
#endif
    return 0;
}

// Raw TCP: connect, write everything, wait until the printer has taken every byte, close; the
// printer prints what it received. Handing the bytes to this machine's network stack is not
// enough: a printer that accepts the connection but reads nothing (jammed, its buffer full)
// would have its receipt counted as printed while the bytes sit here, and lost on close. Such
// a job times out and stays waiting instead.
class TcpTransport : public PrinterTransport
{
public:
    explicit TcpTransport(const DeviceAddress &a)
        : m_address(a)
        , m_socket(new QTcpSocket(this))
    {
        m_drain.setInterval(50);
        connect(&m_drain, &QTimer::timeout, this, [this] { closeWhenTaken(); });
        connect(m_socket, &QTcpSocket::connected, this, [this] { m_socket->write(m_data); });
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this](qint64 n) {
            m_written += n;
            if (m_written >= m_data.size())
                closeWhenTaken();
        });
        connect(m_socket, &QTcpSocket::disconnected, this, [this] {
            if (m_written >= m_data.size())
                finishOk();
            else
                finishError(PrinterTransport::tr(
                    "The printer closed the connection before the receipt was sent."));
        });
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            // The printer closing its end after everything was written is how a job ends.
            if (e == QAbstractSocket::RemoteHostClosedError && m_written >= m_data.size())
                return;
            finishError(PrinterTransport::tr("Printer %1: %2")
                            .arg(m_address.toString(), m_socket->errorString()));
        });
    }
    void send(const QByteArray &data) override
    {
        m_data = data;
        startTimer();
        m_socket->connectToHost(m_address.host, m_address.port);
    }

protected:
    void abort() override
    {
        m_drain.stop();
        m_socket->abort();
    }

private:
    void closeWhenTaken()
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (unacknowledged(m_socket) > 0) {
            if (!m_drain.isActive())
                m_drain.start(); // checked again shortly; the timeout ends the wait
            return;
        }
        m_drain.stop();
        m_socket->disconnectFromHost();
    }

    DeviceAddress m_address;
    QTcpSocket *m_socket;
    QByteArray m_data;
    qint64 m_written = 0;
    QTimer m_drain;
};

// A device file (/dev/usb/lp0): the kernel driver may block a write while the printer is busy
// or out of paper, so the write runs on a thread of its own and reports back here.
class FileTransport : public PrinterTransport
{
public:
    explicit FileTransport(const DeviceAddress &a)
        : m_address(a)
    {}
    ~FileTransport() override
    {
        // A write the driver holds (printer out of paper) must not hold up whoever deletes
        // this: the thread ends on its own and deletes itself; it reports to nobody then.
        if (m_thread && !m_thread->isFinished())
            connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
        else
            delete m_thread;
    }
    void send(const QByteArray &data) override
    {
        startTimer();
        QPointer<FileTransport> self(this);
        const QString path = m_address.path;
        m_thread = QThread::create([self, path, data] {
            QFile f(path);
            QString error;
            if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered | QIODevice::Append))
                error = f.errorString();
            else if (f.write(data) != data.size())
                error = f.errorString();
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), // back on the thread that runs the event loop
                [self, path, error] {
                    if (!self)
                        return;
                    if (error.isEmpty())
                        self->finishOk();
                    else
                        self->finishError(PrinterTransport::tr("Printer %1: %2").arg(path, error));
                },
                Qt::QueuedConnection);
        });
        m_thread->start();
    }

private:
    DeviceAddress m_address;
    QThread *m_thread = nullptr;
};

// Serial or Bluetooth serial (rfcomm), 8N1 at the given speed.
class SerialTransport : public PrinterTransport
{
public:
    explicit SerialTransport(const DeviceAddress &a)
        : m_address(a)
        , m_port(new QSerialPort(this))
    {
        connect(m_port, &QSerialPort::bytesWritten, this, [this](qint64 n) {
            m_written += n;
            if (m_written >= m_data.size()) {
                m_port->flush();
                m_port->close();
                finishOk();
            }
        });
        connect(m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError e) {
            if (e != QSerialPort::NoError && !m_opening && !finished())
                finishError(PrinterTransport::tr("Printer %1: %2")
                                .arg(m_address.path, m_port->errorString()));
        });
    }
    void send(const QByteArray &data) override
    {
        m_data = data;
        startTimer();
        m_port->setPortName(m_address.path);
        m_port->setBaudRate(m_address.baud);
        m_port->setDataBits(QSerialPort::Data8);
        m_port->setParity(QSerialPort::NoParity);
        m_port->setStopBits(QSerialPort::OneStop);
        m_opening = true;
        const bool opened = m_port->open(QIODevice::WriteOnly);
        m_opening = false;
        if (!opened) {
            // Deferred: send() never answers before it returns.
            const QString why = m_port->errorString();
            QTimer::singleShot(0, this, [this, why] {
                finishError(PrinterTransport::tr("Printer %1: %2").arg(m_address.path, why));
            });
            return;
        }
        m_port->write(m_data);
    }

protected:
    void abort() override { m_port->close(); }

private:
    DeviceAddress m_address;
    QSerialPort *m_port;
    QByteArray m_data;
    bool m_opening = false;
    qint64 m_written = 0;
};

} // namespace

std::unique_ptr<PrinterTransport> PrinterTransport::create(const DeviceAddress &address)
{
    switch (address.kind) {
    case DeviceAddress::Kind::Tcp:
        return std::make_unique<TcpTransport>(address);
    case DeviceAddress::Kind::File:
        return std::make_unique<FileTransport>(address);
    case DeviceAddress::Kind::Serial:
        return std::make_unique<SerialTransport>(address);
    }
    return nullptr;
}

} // namespace sk::hw
