#include "core/hardware/SerialScale.h"

#include "core/hardware/HidScale.h"

#include <QSerialPort>
#include <QUrlQuery>

namespace sk::hw {

Result<SerialScaleSettings> SerialScaleSettings::parse(const QString &device,
                                                       scale::Protocol protocol)
{
    SerialScaleSettings s;
    s.protocol = protocol;
    s.sevenEvenOne = protocol != scale::Protocol::Cas; // NCI and ECR: 7E1
    QString rest = device.trimmed();
    if (rest.startsWith(QLatin1String("serial:")))
        rest = rest.mid(7);
    const qsizetype q = rest.indexOf(QLatin1Char('?'));
    s.port = q < 0 ? rest : rest.left(q);
    if (s.port.isEmpty())
        return sk::fail(Error::Code::InvalidInput,
                        QStringLiteral("%1: write the port, e.g. /dev/ttyUSB0").arg(device));
    if (q >= 0) {
        const QUrlQuery query(rest.mid(q + 1));
        if (query.hasQueryItem(QStringLiteral("baud"))) {
            bool ok = false;
            s.baud = query.queryItemValue(QStringLiteral("baud")).toInt(&ok);
            if (!ok || s.baud <= 0)
                return sk::fail(
                    Error::Code::InvalidInput,
                    QStringLiteral("%1: the baud rate must be a number, e.g. 9600").arg(device));
        }
        const QString frame = query.queryItemValue(QStringLiteral("frame")).toUpper();
        if (frame == u"7E1")
            s.sevenEvenOne = true;
        else if (frame == u"8N1")
            s.sevenEvenOne = false;
        else if (!frame.isEmpty())
            return sk::fail(Error::Code::InvalidInput,
                            QStringLiteral("%1: the frame is 7E1 or 8N1").arg(device));
    }
    return s;
}

std::optional<SerialScaleSettings> SerialScaleSettings::fromLocalSettings(Database &db)
{
    const QString device = db.localSetting(kDeviceKey).trimmed();
    if (device.isEmpty())
        return std::nullopt;
    auto protocol = scale::protocolFromName(db.localSetting(kProtocolKey, QStringLiteral("nci")));
    if (!protocol)
        return std::nullopt;
    auto s = parse(device, *protocol);
    if (!s)
        return std::nullopt;
    return *s;
}

SerialScale::SerialScale(const SerialScaleSettings &settings, QObject *parent)
    : ScaleDevice(parent)
    , m_settings(settings)
    , m_port(new QSerialPort(this))
{
    m_poll.setInterval(m_settings.pollMs);
    connect(&m_poll, &QTimer::timeout, this, &SerialScale::poll);
    m_answer.setSingleShot(true);
    connect(&m_answer, &QTimer::timeout, this, [this] {
        fail(tr("The scale on %1 does not answer. Check its cable, that it is on, and its "
                "protocol and speed.")
                 .arg(m_settings.port));
    });
    connect(m_port, &QSerialPort::readyRead, this, &SerialScale::readAvailable);
    connect(m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError e) {
        if (e == QSerialPort::NoError || e == QSerialPort::TimeoutError || !m_port->isOpen())
            return;
        fail(tr("The scale on %1 stopped: %2").arg(m_settings.port, m_port->errorString()));
    });
}

SerialScale::~SerialScale() = default;

std::unique_ptr<ScaleDevice> SerialScale::create(const SerialScaleSettings &settings,
                                                 QObject *parent)
{
    if (settings.protocol == scale::Protocol::Hid)
        return std::make_unique<HidScale>(settings.port, parent);
    return std::make_unique<SerialScale>(settings, parent);
}

Status SerialScale::start()
{
    m_port->setPortName(m_settings.port);
    m_port->setBaudRate(m_settings.baud);
    m_port->setDataBits(m_settings.sevenEvenOne ? QSerialPort::Data7 : QSerialPort::Data8);
    m_port->setParity(m_settings.sevenEvenOne ? QSerialPort::EvenParity : QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port->open(QIODevice::ReadWrite))
        return sk::fail(
            Error::Code::Io,
            tr("The scale on %1 cannot be opened: %2").arg(m_settings.port, m_port->errorString()));
    m_buffer.clear();
    resetStable();
    m_poll.start();
    poll();
    return {};
}

void SerialScale::stop()
{
    m_poll.stop();
    m_answer.stop();
    if (m_port->isOpen())
        m_port->close();
}

bool SerialScale::running() const
{
    return m_port->isOpen();
}

void SerialScale::zero()
{
    if (m_port->isOpen() && m_settings.protocol == scale::Protocol::Nci)
        m_port->write(scale::nciZeroRequest());
}

void SerialScale::poll()
{
    if (!m_port->isOpen())
        return;
    m_port->write(scale::request(m_settings.protocol));
    if (!m_answer.isActive())
        m_answer.start(m_settings.answerMs);
}

void SerialScale::readAvailable()
{
    m_buffer += m_port->readAll();
    while (m_port->isOpen()) {
        auto r = scale::parse(m_settings.protocol, m_buffer);
        if (!r)
            break;
        m_answer.stop();
        if (!*r) {
            fail(tr("The scale on %1 sent something unreadable (%2). Check its protocol "
                    "setting.")
                     .arg(m_settings.port, r->error().detail));
            return;
        }
        if (!deliver(**r))
            return;
    }
}

void SerialScale::fail(const QString &reason)
{
    stop();
    emit failed(reason);
}

} // namespace sk::hw
