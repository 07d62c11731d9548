#include "core/hardware/DeviceProbe.h"

#include "core/hardware/PrinterTransport.h"
#include "core/hardware/SerialScale.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sk::hw {

namespace {

ProbeResult result(const QString &uri, ProbeResult::State state, const QString &reason = {})
{
    ProbeResult r;
    r.uri = uri;
    r.state = state;
    r.reason = reason;
    return r;
}

// The operating system's words for `error` (errno).
QString osReason(int error)
{
    return qt_error_string(error);
}

ProbeResult connectTcp(const QString &uri, const QString &host, quint16 port, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *list = nullptr;
    const QByteArray service = QByteArray::number(port);
    if (const int e = ::getaddrinfo(host.toUtf8().constData(), service.constData(), &hints, &list);
        e != 0)
        return result(uri,
                      ProbeResult::State::Unreachable,
                      e == EAI_SYSTEM ? osReason(errno) : QString::fromLocal8Bit(gai_strerror(e)));
    QString why;
    for (addrinfo *a = list; a; a = a->ai_next) {
        const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            why = osReason(errno);
            continue;
        }
        int error = 0;
        if (::connect(fd, a->ai_addr, a->ai_addrlen) != 0) {
            error = errno;
            if (error == EINPROGRESS) {
                pollfd p{fd, POLLOUT, 0};
                const int n = ::poll(&p, 1, int(std::max<qint64>(0, deadline.remainingTime())));
                socklen_t len = sizeof error;
                if (n == 1)
                    ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &len);
                else
                    error = ETIMEDOUT;
            }
        }
        ::close(fd);
        if (error == 0) {
            ::freeaddrinfo(list);
            return result(uri, ProbeResult::State::Reachable);
        }
        why = error == ETIMEDOUT
                  ? DeviceProbe::tr("no answer within %1 s").arg(std::max(1, timeoutMs / 1000))
                  : osReason(error);
        if (deadline.hasExpired())
            break;
    }
    ::freeaddrinfo(list);
    return result(uri, ProbeResult::State::Unreachable, why);
}

enum class Open { Write, Terminal, Read };

ProbeResult openFile(const QString &uri, const QString &path, Open how)
{
    if (!path.startsWith(QLatin1Char('/')))
        return result(uri,
                      ProbeResult::State::Invalid,
                      DeviceProbe::tr("%1 is not a device: write its whole path, e.g. "
                                      "/dev/ttyUSB0")
                          .arg(path));
    const int flags = (how == Open::Write  ? O_WRONLY
                       : how == Open::Read ? O_RDONLY
                                           : O_RDWR)
                      | O_NONBLOCK | O_NOCTTY | O_CLOEXEC;
    const int fd = ::open(QFile::encodeName(path).constData(), flags);
    if (fd < 0) {
        const int error = errno;
        if (error == EBUSY) { // there, and held by another program (or this one reading it)
            ProbeResult r = result(uri, ProbeResult::State::Reachable);
            r.busy = true;
            return r;
        }
        return result(uri, ProbeResult::State::Unreachable, osReason(error));
    }
    const bool terminal = ::isatty(fd) == 1;
    ::close(fd);
    if (how == Open::Terminal && !terminal)
        return result(uri,
                      ProbeResult::State::Unreachable,
                      DeviceProbe::tr("%1 is not a serial port").arg(path));
    return result(uri, ProbeResult::State::Reachable);
}

// "serial:/dev/ttyUSB1?baud=9600" or a bare path: the path.
QString serialPath(const QString &uri)
{
    QString rest = uri.trimmed();
    if (rest.startsWith(QLatin1String("serial:")))
        rest = rest.mid(7);
    const qsizetype q = rest.indexOf(QLatin1Char('?'));
    return q < 0 ? rest : rest.left(q);
}

} // namespace

ProbeResult DeviceProbe::check(const QString &uri, DeviceRole role, int timeoutMs)
{
    const QString u = uri.trimmed();
    if (u.isEmpty())
        return result(uri, ProbeResult::State::NotConfigured);
    switch (role) {
    case DeviceRole::Printer: {
        auto a = DeviceAddress::parse(u);
        if (!a)
            return result(uri, ProbeResult::State::Invalid, a.error().detail);
        if (a->kind == DeviceAddress::Kind::Tcp)
            return connectTcp(uri, a->host, a->port, timeoutMs);
        return openFile(
            uri, a->path, a->kind == DeviceAddress::Kind::File ? Open::Write : Open::Terminal);
    }
    case DeviceRole::Scale: {
        auto s = SerialScaleSettings::parse(u, scale::Protocol::Nci);
        if (!s)
            return result(uri, ProbeResult::State::Invalid, s.error().detail);
        const bool hid = s->port.startsWith(QLatin1String("/dev/hidraw"));
        return openFile(uri, s->port, hid ? Open::Read : Open::Terminal);
    }
    case DeviceRole::Pole: {
        const QString path = serialPath(u);
        if (path.isEmpty())
            return result(uri,
                          ProbeResult::State::Invalid,
                          tr("%1: write the port, e.g. /dev/ttyUSB1").arg(uri));
        return openFile(uri, path, Open::Terminal);
    }
    }
    return result(uri, ProbeResult::State::Invalid);
}

DeviceProbe::DeviceProbe(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<sk::hw::ProbeResult>();
}

DeviceProbe::~DeviceProbe() = default;

void DeviceProbe::probe(const QString &uri, DeviceRole role, int timeoutMs)
{
    ++m_pending;
    QPointer<DeviceProbe> self(this);
    // The application waits for the global pool's tasks when it ends, so the answer always has
    // an event loop to come back to; a probe deleted meanwhile is simply not told.
    QThreadPool::globalInstance()->start([self, uri, role, timeoutMs] {
        const ProbeResult r = check(uri, role, timeoutMs);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, r] {
                if (!self)
                    return;
                --self->m_pending;
                emit self->finished(r);
            },
            Qt::QueuedConnection);
    });
}

} // namespace sk::hw
