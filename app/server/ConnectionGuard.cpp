#include "app/server/ConnectionGuard.h"

#include "app/server/HttpWire.h"

#include "core/sync/SyncProtocol.h"

#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace sk::server {

namespace {
// Refusals being written at once; beyond, a refused connection is closed without an answer.
constexpr int kMaxClosing = 32;
// How long a refused or timed-out connection may take to read its answer.
constexpr int kLingerMs = 1000;
// Memory is given back once this much was held in bodies and all of it is released.
constexpr qint64 kTrimAfterBytes = 8 * 1024 * 1024;

// Qt's HTTP client leaves Nagle's algorithm on, so the last piece of a large request body waits
// for this side's ACK, which Linux delays by up to 40 ms: acknowledge what arrived at once.
// (Measured: every other 1.4 MB push waited 42 ms before the server saw all of it.)
void acknowledgeNow(QTcpSocket *socket)
{
#ifdef TCP_QUICKACK
    const int one = 1;
    if (const qintptr fd = socket->socketDescriptor(); fd >= 0)
        ::setsockopt(int(fd), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#else
    Q_UNUSED(socket);
#endif
}

// Connections are counted per IPv4 address, and per /64 for IPv6 (what one host is given).
QString addressKey(const QHostAddress &a)
{
    bool v4 = false;
    const quint32 ip = a.toIPv4Address(&v4);
    if (v4)
        return QHostAddress(ip).toString();
    Q_IPV6ADDR b = a.toIPv6Address();
    std::fill(b.c + 8, b.c + 16, quint8(0));
    return QHostAddress(b).toString() + QLatin1String("/64");
}

// What was received and is no longer wanted: dropped, without Qt's HTTP layer seeing it.
void drain(QTcpSocket *socket)
{
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->skip(socket->bytesAvailable());
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}

} // namespace

struct ConnectionGuard::Connection
{
    QTcpSocket *socket = nullptr;
    QString address;
    QTimer *timer = nullptr;
    Stream stream = Stream::Between;
    bool fresh = true; // no request yet: its headers are due from the connection's start
    bool closing = false;
    bool closeAfterAnswer = false;
    quint64 since = 0; // when it began waiting without a request (order: which to close first)
    qint64 headersBy = 0, bodyBy = 0, sendBy = 0, idleSince = 0;
    QByteArray head;
    qint64 bodyLeft = 0;
    qint64 arriving = 0; // reserved for the body arriving
    qint64 handling = 0; // reserved for bodies handed over and not answered yet
    int started = 0, answered = 0;
};

ConnectionGuard::ConnectionGuard(const ConnectionLimits &limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_trim(new QTimer(this))
{
    m_clock.start();
    m_trim->setSingleShot(true);
    connect(m_trim, &QTimer::timeout, this, [this] {
    // The sockets and requests of a burst are freed by now; glibc keeps their pages
    // unless asked (measured: 395 MB held after 50 cut 4 MB uploads, 21 MB before).
#ifdef __GLIBC__
        ::malloc_trim(0);
#endif
        m_peakSinceTrim = m_buffered;
    });
}

ConnectionGuard::~ConnectionGuard()
{
    qDeleteAll(m_connections);
}

void ConnectionGuard::listening(QTcpServer *server)
{
    m_baseFiles = openFileCount();
    connect(server, &QTcpServer::acceptError, this, [this, server] { acceptFailed(server); });
}

int ConnectionGuard::cap() const
{
    rlimit r{};
    const qint64 soft = ::getrlimit(RLIMIT_NOFILE, &r) == 0 && r.rlim_cur != RLIM_INFINITY
                            ? qint64(r.rlim_cur)
                            : qint64(1) << 30;
    return connectionCapFor(soft, m_baseFiles, m_limits.maxConnections);
}

ConnectionGuard::Connection *ConnectionGuard::find(QTcpSocket *socket) const
{
    return m_connections.value(socket);
}

bool ConnectionGuard::admit(QTcpSocket *socket)
{
    const QString key = addressKey(socket->peerAddress());
    if (m_perAddress.value(key) >= m_limits.maxConnectionsPerAddress) {
        answerAndClose(socket,
                       429,
                       QStringLiteral("too_many_connections"),
                       QStringLiteral("too many connections from this address; try again later"),
                       5);
        return false;
    }
    if (connectionCount() >= cap() && !makeRoom()) {
        answerAndClose(socket,
                       503,
                       QStringLiteral("server_busy"),
                       QStringLiteral("the server has no room for another connection; try "
                                      "again later"),
                       5);
        return false;
    }
    track(socket, key, true);
    return true;
}

bool ConnectionGuard::admitTls(const QHostAddress &peer)
{
    if (m_perAddress.value(addressKey(peer)) >= m_limits.maxConnectionsPerAddress)
        return false;
    return connectionCount() < cap() || makeRoom();
}

void ConnectionGuard::trackTls(QTcpSocket *socket)
{
    track(socket, addressKey(socket->peerAddress()), false);
}

void ConnectionGuard::watchTls(QTcpSocket *socket)
{
    // Connected when the handshake begins: before Qt's HTTP layer (which takes the socket once
    // it is encrypted), and after the raw bytes of the handshake.
    if (find(socket))
        watch(socket);
}

void ConnectionGuard::watch(QTcpSocket *socket)
{
    connect(socket, &QIODevice::readyRead, this, [this, socket] {
        if (Connection *c = find(socket))
            onReadyRead(*c);
    });
    connect(socket, &QIODevice::bytesWritten, this, [this, socket] {
        if (Connection *c = find(socket))
            onBytesWritten(*c);
    });
}

void ConnectionGuard::track(QTcpSocket *socket, const QString &address, bool readNow)
{
    auto *c = new Connection;
    c->socket = socket;
    c->address = address;
    c->since = ++m_waits;
    c->idleSince = m_clock.elapsed();
    c->headersBy = c->idleSince + m_limits.headerTimeoutMs;
    c->timer = new QTimer(socket);
    c->timer->setSingleShot(true);
    m_connections.insert(socket, c);
    ++m_perAddress[address];
    connect(c->timer, &QTimer::timeout, this, [this, socket] {
        if (Connection *c = find(socket))
            expire(*c);
    });
    connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    // An answer is written whole: nothing is gained by holding its tail back (Nagle).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Plain: before Qt's HTTP layer sees any byte (connected first).
    if (readNow)
        watch(socket);
    arm(*c);
}

void ConnectionGuard::onReadyRead(Connection &c)
{
    QTcpSocket *socket = c.socket;
    acknowledgeNow(socket);
    if (c.closing) {
        drain(socket);
        return;
    }
    if (c.stream == Stream::Complete) {
        // A request this side counted as whole was not handed over: the two readings of the
        // bytes differ, and nothing after them can be trusted.
        refuse(c, 400, QStringLiteral("bad_request"), QStringLiteral("malformed request"));
        return;
    }
    // Every byte available is new here: Qt's parser takes all it is given, except after the
    // end of a request (which this loop also stops at).
    const qint64 avail = socket->bytesAvailable();
    qint64 pos = 0;
    while (pos < avail && !c.closing && c.stream != Stream::Complete) {
        switch (c.stream) {
        case Stream::Between: {
            const QByteArray some = socket->peek(std::min<qint64>(avail, pos + 256)).mid(pos);
            const auto first = std::find_if_not(some.begin(), some.end(), isSpace);
            pos += first - some.begin();
            if (first != some.end()) {
                c.stream = Stream::Headers;
                c.head.clear();
                if (!c.fresh)
                    c.headersBy = m_clock.elapsed() + m_limits.headerTimeoutMs;
            }
            break;
        }
        case Stream::Headers: {
            qint64 used = 0;
            if (!scanHeaders(c, avail - pos, &used))
                return;
            pos += used;
            break;
        }
        case Stream::Body: {
            const qint64 take = std::min(c.bodyLeft, avail - pos);
            c.bodyLeft -= take;
            pos += take;
            if (c.bodyLeft == 0)
                c.stream = Stream::Complete;
            break;
        }
        case Stream::Complete:
            break;
        }
    }
    arm(c);
}

bool ConnectionGuard::scanHeaders(Connection &c, qint64 avail, qint64 *used)
{
    // The request's bytes from its first up to the end of its header block, at most the cap.
    const qint64 room = m_limits.maxHeaderBytes + 1 - c.head.size();
    const qint64 offset = c.socket->bytesAvailable() - avail;
    const QByteArray more = c.socket->peek(offset + std::min(avail, room)).mid(offset);
    const qsizetype from = std::max<qsizetype>(0, c.head.size() - 2);
    c.head += more;
    qsizetype end = -1;
    for (qsizetype i = from; i < c.head.size() && end < 0; ++i)
        if (c.head.at(i) == '\n' && i > 0
            && (c.head.at(i - 1) == '\n'
                || (c.head.at(i - 1) == '\r' && i > 1 && c.head.at(i - 2) == '\n')))
            end = i + 1;
    if (end < 0) {
        if (c.head.size() > m_limits.maxHeaderBytes)
            return refuse(c,
                          431,
                          QStringLiteral("headers_too_large"),
                          QStringLiteral("the request's headers are larger than %1 bytes")
                              .arg(m_limits.maxHeaderBytes));
        *used = more.size();
        return true;
    }
    *used = more.size() - (c.head.size() - end);
    c.head.truncate(end);
    const RequestHead h = readRequestHead(c.head);
    c.head.clear();
    c.head.squeeze();
    if (h.transferEncoding)
        return refuse(c,
                      411,
                      QStringLiteral("length_required"),
                      QStringLiteral("send the body with a Content-Length"));
    if (h.bad)
        return refuse(c,
                      400,
                      QStringLiteral("bad_request"),
                      QStringLiteral("Content-Length must be one decimal number"));
    if (h.contentLength > m_limits.maxBodyBytes)
        return refuse(
            c,
            413,
            QStringLiteral("body_too_large"),
            QStringLiteral("the request body is larger than %1 bytes").arg(m_limits.maxBodyBytes));
    if (h.contentLength == 0) {
        c.stream = Stream::Complete;
        return true;
    }
    if (!reserve(c, h.contentLength))
        return refuse(
            c,
            503,
            QStringLiteral("server_busy"),
            QStringLiteral("the server is receiving too much at once; try again shortly"));
    c.stream = Stream::Body;
    c.bodyLeft = h.contentLength;
    c.bodyBy = m_clock.elapsed() + m_limits.bodyTimeoutMs;
    return true;
}

void ConnectionGuard::requestStarted(QTcpSocket *socket)
{
    Connection *c = find(socket);
    if (!c)
        return;
    if (c->stream != Stream::Complete) {
        // Qt's parser ended the request elsewhere than this count did: answered, then closed.
        c->closeAfterAnswer = true;
        release(std::exchange(c->arriving, 0));
    }
    c->handling += std::exchange(c->arriving, 0);
    c->stream = Stream::Between;
    c->bodyLeft = 0;
    c->fresh = false;
    ++c->started;
    arm(*c);
}

void ConnectionGuard::answerQueued(QTcpSocket *socket)
{
    Connection *c = find(socket);
    if (!c)
        return;
    ++c->answered;
    c->sendBy = m_clock.elapsed() + m_limits.bodyTimeoutMs;
    arm(*c);
}

void ConnectionGuard::onBytesWritten(Connection &c)
{
    if (c.closing || c.socket->bytesToWrite() > 0 || c.answered < c.started)
        return;
    release(std::exchange(c.handling, 0));
    if (c.closeAfterAnswer) {
        c.closing = true;
        c.socket->abort();
        c.socket->deleteLater();
        return;
    }
    if (c.stream == Stream::Between) {
        c.since = ++m_waits;
        c.idleSince = m_clock.elapsed();
    }
    arm(c);
}

void ConnectionGuard::arm(Connection &c)
{
    if (c.closing)
        return;
    qint64 at = -1;
    switch (c.stream) {
    case Stream::Headers:
        at = c.headersBy;
        break;
    case Stream::Body:
        at = c.bodyBy;
        break;
    case Stream::Complete:
        break;
    case Stream::Between:
        if (c.started > c.answered)
            break; // the server's own work: no deadline
        if (c.socket->bytesToWrite() > 0)
            at = c.sendBy;
        else
            at = c.fresh ? c.headersBy : c.idleSince + m_limits.idleTimeoutMs;
        break;
    }
    if (at < 0)
        c.timer->stop();
    else
        c.timer->start(int(std::clamp<qint64>(at - m_clock.elapsed(), 0, 1 << 30)));
}

void ConnectionGuard::expire(Connection &c)
{
    if (c.closing)
        return;
    if (c.stream == Stream::Headers || c.stream == Stream::Body) {
        refuse(c,
               408,
               QStringLiteral("request_timeout"),
               QStringLiteral("the request did not arrive in time"));
        return;
    }
    // Silent, idle between requests, or not reading its answer: closed without a word.
    c.closing = true;
    release(std::exchange(c.arriving, 0) + std::exchange(c.handling, 0));
    c.socket->abort();
    c.socket->deleteLater();
}

bool ConnectionGuard::refuse(Connection &c, int status, const QString &code, const QString &message)
{
    c.closing = true;
    c.timer->stop();
    release(std::exchange(c.arriving, 0) + std::exchange(c.handling, 0));
    drain(c.socket);
    if (c.started > c.answered) {
        // An answer to an earlier request is still to come: no answer can go before it.
        c.socket->abort();
        return false;
    }
    answerAndClose(c.socket, status, code, message, status == 503 ? 5 : 0);
    return false;
}

void ConnectionGuard::answerAndClose(
    QTcpSocket *socket, int status, const QString &code, const QString &message, int retryAfter)
{
    const bool tracked = find(socket) != nullptr;
    if (!tracked) {
        if (m_closing >= kMaxClosing) {
            socket->abort();
            socket->deleteLater();
            return;
        }
        ++m_closing;
        connect(socket, &QObject::destroyed, this, [this] { --m_closing; });
        connect(socket, &QIODevice::readyRead, socket, [socket] { drain(socket); });
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    }
    // Written, then the sending side shut down: the answer is read before the close, instead of
    // being lost to a reset when the client's request arrives after it.
    const bool tls = qobject_cast<QSslSocket *>(socket) != nullptr;
    connect(socket, &QIODevice::bytesWritten, socket, [socket, tls] {
        if (socket->bytesToWrite() > 0)
            return;
        if (tls)
            socket->disconnectFromHost();
        else if (const qintptr fd = socket->socketDescriptor(); fd >= 0)
            ::shutdown(int(fd), SHUT_WR);
    });
    QTimer::singleShot(kLingerMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->write(errorAnswer(status, code, message, retryAfter));
}

void ConnectionGuard::forget(QObject *socket)
{
    Connection *c = m_connections.take(socket);
    if (!c)
        return;
    c->timer->stop();
    if (--m_perAddress[c->address] <= 0)
        m_perAddress.remove(c->address);
    release(c->arriving + c->handling);
    delete c;
}

bool ConnectionGuard::makeRoom()
{
    // The connection that has waited longest without sending a whole request.
    Connection *oldest = nullptr;
    for (Connection *c : std::as_const(m_connections)) {
        const bool waiting = !c->closing && c->started == c->answered
                             && c->socket->bytesToWrite() == 0
                             && (c->stream == Stream::Between || c->stream == Stream::Headers);
        if (waiting && (!oldest || c->since < oldest->since))
            oldest = c;
    }
    if (!oldest)
        return false;
    QTcpSocket *socket = oldest->socket;
    forget(socket);
    socket->abort();
    socket->deleteLater();
    return true;
}

bool ConnectionGuard::reserve(Connection &c, qint64 bytes)
{
    if (m_buffered + bytes > m_limits.maxBufferedBodyBytes)
        return false;
    m_buffered += bytes;
    c.arriving = bytes;
    m_peakSinceTrim = std::max(m_peakSinceTrim, m_buffered);
    return true;
}

void ConnectionGuard::release(qint64 bytes)
{
    if (bytes <= 0)
        return;
    m_buffered -= bytes;
    if (m_buffered == 0 && m_peakSinceTrim >= kTrimAfterBytes && !m_trim->isActive())
        m_trim->start(1000);
}

void ConnectionGuard::acceptFailed(QTcpServer *server)
{
    // Out of files (Qt then stops accepting for good, and may say so again once the queue is
    // empty): accept again shortly. Connections are not closed for it: the cap keeps room.
    const qint64 now = m_clock.elapsed();
    if (m_lastAcceptWarning < 0 || now - m_lastAcceptWarning > 10000) {
        m_lastAcceptWarning = now;
        qWarning("stallkeeper-server: cannot accept a connection (%s, %d connections open); "
                 "trying again",
                 qPrintable(server->errorString()),
                 connectionCount());
    }
    QTimer::singleShot(100, server, [server] { server->resumeAccepting(); });
}

} // namespace sk::server
