#include "core/hardware/PoleDisplay.h"

#include "core/hardware/PrinterTransport.h"

#include <QSerialPort>

namespace sk::hw {

namespace cd5220 {

QByteArray reset()
{
    return QByteArrayLiteral("\x1b@");
}

QByteArray lines(const QString &upper, const QString &lower, int columns)
{
    auto fit = [columns](const QString &s) {
        QByteArray b = s.toLatin1().left(columns);
        for (char &c : b)
            if (quint8(c) < 0x20 || quint8(c) > 0x7E)
                c = '?';
        return b + QByteArray(columns - b.size(), ' ');
    };
    return QByteArrayLiteral("\x1bQA") + fit(upper) + '\r' + QByteArrayLiteral("\x1bQB")
           + fit(lower) + '\r';
}

} // namespace cd5220

PoleDisplay::PoleDisplay(const QString &device, QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_port(new QSerialPort(this))
{
    auto address = DeviceAddress::parse(device);
    if (address) {
        m_path = address->path; // a bare path is taken as the serial port
        m_baud = address->baud;
    }
    connect(m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError e) {
        if (e == QSerialPort::NoError || e == QSerialPort::TimeoutError || !m_port->isOpen())
            return;
        const QString why = m_port->errorString();
        close();
        emit failed(tr("The customer display on %1 stopped: %2").arg(m_path, why));
    });
}

PoleDisplay::~PoleDisplay()
{
    close();
}

Status PoleDisplay::open()
{
    if (m_path.isEmpty())
        return sk::fail(Error::Code::InvalidInput,
                        tr("%1: write the display's port, e.g. /dev/ttyUSB1").arg(m_device));
    m_port->setPortName(m_path);
    m_port->setBaudRate(m_baud);
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port->open(QIODevice::WriteOnly))
        return sk::fail(Error::Code::Io,
                        tr("The customer display on %1 cannot be opened: %2")
                            .arg(m_path, m_port->errorString()));
    m_shown.clear();
    write(cd5220::reset());
    return {};
}

void PoleDisplay::close()
{
    if (m_port->isOpen())
        m_port->close();
}

bool PoleDisplay::isOpen() const
{
    return m_port->isOpen();
}

void PoleDisplay::show(const CustomerView &view)
{
    const QStringList l = poleLines(view);
    QByteArray bytes = cd5220::lines(l.value(0), l.value(1));
    if (bytes == m_shown)
        return;
    m_shown = bytes;
    write(bytes);
}

void PoleDisplay::write(const QByteArray &bytes)
{
    if (!m_port->isOpen())
        return;
    // A display that takes no bytes (hung, flow control held) would have every view since
    // queued in memory, and show them all in turn when it wakes: what waits is out of date,
    // so it is dropped and only the newest view waits.
    if (m_port->bytesToWrite() > kMaxWaiting)
        m_port->clear(QSerialPort::Output);
    m_port->write(bytes);
}

} // namespace sk::hw
