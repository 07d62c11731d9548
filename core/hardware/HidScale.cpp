#include "core/hardware/HidScale.h"

#include <QDir>
#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace sk::hw {

HidScale::HidScale(const QString &path, QObject *parent)
    : ScaleDevice(parent)
    , m_path(path)
{}

HidScale::~HidScale()
{
    stop();
}

Status HidScale::start()
{
    stop();
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0)
        return sk::fail(Error::Code::Io,
                        tr("The scale on %1 cannot be opened: %2")
                            .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
    return startFd(m_fd);
}

Status HidScale::startFd(int fd)
{
    if (fd != m_fd)
        stop();
    m_fd = fd;
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    resetStable();
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &HidScale::readReports);
    return {};
}

void HidScale::stop()
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void HidScale::readReports()
{
    // One read() is one report; a report longer than a scale's is not a scale's.
    char buf[64];
    while (m_fd >= 0) {
        const ssize_t n = ::read(m_fd, buf, sizeof buf);
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            return;
        if (n <= 0) {
            fail(tr("The scale on %1 stopped: %2")
                     .arg(m_path,
                          n == 0 ? tr("it was unplugged")
                                 : QString::fromLocal8Bit(std::strerror(errno))));
            return;
        }
        const QByteArray report(buf, n);
        if (report.isEmpty() || report[0] != 0x03)
            continue; // other reports (e.g. the scale's attributes) carry no weight
        auto r = scale::parseHidReport(report);
        if (!r) {
            fail(tr("The scale on %1 sent something unreadable (%2).")
                     .arg(m_path, r.error().detail));
            return;
        }
        if (!deliver(*r))
            return;
    }
}

void HidScale::fail(const QString &reason)
{
    stop();
    emit failed(reason);
}

bool HidScale::isScaleDescriptor(const QByteArray &d)
{
    // Walk the short items: a Usage Page item (tag 0x04, global) whose value is 0x8D.
    qsizetype i = 0;
    while (i < d.size()) {
        const quint8 prefix = quint8(d[i]);
        if (prefix == 0xFE) { // long item: size in the next byte
            if (i + 1 >= d.size())
                return false;
            i += 3 + quint8(d[i + 1]);
            continue;
        }
        const int sizes[4] = {0, 1, 2, 4};
        const int size = sizes[prefix & 0x03];
        if (i + size >= d.size())
            return false; // an item cut short
        quint32 value = 0;
        for (int k = 0; k < size; ++k)
            value |= quint32(quint8(d[i + 1 + k])) << (8 * k);
        if ((prefix & 0xFC) == 0x04 && value == 0x8D)
            return true;
        i += 1 + size;
    }
    return false;
}

QList<HidScale::Found> HidScale::scales(const QString &sysRoot)
{
    QList<Found> out;
    const QDir root(sysRoot);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile desc(root.filePath(name + QStringLiteral("/device/report_descriptor")));
        if (!desc.open(QIODevice::ReadOnly) || !isScaleDescriptor(desc.readAll()))
            continue;
        Found f;
        f.path = QStringLiteral("/dev/") + name;
        QFile uevent(root.filePath(name + QStringLiteral("/device/uevent")));
        if (uevent.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : uevent.readAll().split('\n')) {
                if (line.startsWith("HID_NAME="))
                    f.name = QString::fromUtf8(line.mid(9));
                if (line.startsWith("HID_ID=")) { // bus:vendor:product, in hex
                    const QList<QByteArray> ids = line.mid(7).split(':');
                    if (ids.size() == 3) {
                        f.vendorId = quint16(ids[1].toUInt(nullptr, 16));
                        f.productId = quint16(ids[2].toUInt(nullptr, 16));
                    }
                }
            }
        }
        out << f;
    }
    return out;
}

} // namespace sk::hw
