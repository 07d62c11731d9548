#pragma once

#include <QByteArray>
#include <QList>
#include <QSocketNotifier>
#include <QString>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

// A new pseudo-terminal: its master (non-blocking; -1 when none could be opened), and in `slave`
// the path of its slave, the serial port a device opens (left empty when it cannot be used).
inline int openPty(QString *slave)
{
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
        return master;
    *slave = QString::fromLocal8Bit(ptsname(master));
    fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
    return master;
}

// A serial scale on a pseudo-terminal: the slave's path is the "port" the real QSerialPort code
// opens; the simulator answers each request read on the master with the next scripted frame
// (the last one repeats). unplug() closes the master: the port goes away mid-read.
class ScaleSimulator : public QObject
{
public:
    ScaleSimulator()
    {
        m_master = openPty(&m_slave);
        if (m_slave.isEmpty())
            return;
        m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
        QObject::connect(m_notifier, &QSocketNotifier::activated, this, [this] { readRequests(); });
    }
    ~ScaleSimulator() override { unplug(); }

    QString port() const { return m_slave; }
    // Frames sent in turn, one per request (`terminator` ends a request: '\r' for NCI).
    QList<QByteArray> frames;
    QByteArray requestsSeen;
    int answered = 0;
    // Answer number `truncateAnswer` (0-based) is cut to its first `truncateTo` bytes, and
    // nothing more is answered after it.
    int truncateAnswer = -1;
    int truncateTo = 5;

    void unplug()
    {
        if (m_notifier)
            m_notifier->setEnabled(false);
        if (m_master >= 0)
            ::close(m_master);
        m_master = -1;
    }

private:
    void readRequests()
    {
        char buf[256];
        for (;;) {
            const ssize_t n = ::read(m_master, buf, sizeof buf);
            if (n <= 0)
                break;
            for (ssize_t i = 0; i < n; ++i) {
                requestsSeen += buf[i];
                if (buf[i] == 'W')
                    answer();
            }
        }
    }
    void answer()
    {
        if (frames.isEmpty() || m_stalled)
            return;
        QByteArray f = frames.size() > answered ? frames[answered] : frames.last();
        if (answered == truncateAnswer) {
            f = f.left(truncateTo);
            m_stalled = true;
        }
        ++answered;
        (void)::write(m_master, f.constData(), size_t(f.size()));
    }

    int m_master = -1;
    QString m_slave;
    QSocketNotifier *m_notifier = nullptr;
    bool m_stalled = false;
};
