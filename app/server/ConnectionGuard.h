#pragma once

#include "core/sync/SyncProtocol.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QString>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace sk::server {

struct ConnectionLimits
{
    // A request's headers must be in within this of its first byte (of the connection's start
    // for its first request); its body within this of the end of its headers; an answer must be
    // taken within the body time; a connection between requests is closed after the idle time.
    int headerTimeoutMs = 10000;
    int bodyTimeoutMs = 60000;
    int idleTimeoutMs = 30000;
    // Open connections: at most this many, and never more than the open-file limit leaves room
    // for (connectionCapFor); at most this many from one address (an IPv6 /64 counts as one).
    int maxConnections = 4096;
    int maxConnectionsPerAddress = 256;
    qint64 maxBodyBytes = sync::limits::kMaxBodyBytes; // one request's body
    // Bodies announced by requests still arriving or being answered, together. Each is held
    // about twice in memory while it arrives (the socket's buffer and the request's).
    qint64 maxBufferedBodyBytes = 128LL * 1024 * 1024;
    qsizetype maxHeaderBytes = 16 * 1024;
};

struct FileLimit
{
    qint64 before = 0; // the soft limit found
    qint64 now = 0;    // the soft limit after raising it
    qint64 hard = 0;
};
// Raises the soft limit of open files to the hard one (systemd starts services at 1024, about a
// thousand connections).
FileLimit raiseOpenFileLimit();
// Files this process has open (from /proc; 0 when unknown).
int openFileCount();
// (OpenFiles.cpp.) How many connections fit under `softLimit` open files when `openFiles` are
// already in use, keeping room for the store's files and connections and for refusals being
// written.
int connectionCapFor(qint64 softLimit, int openFiles, int configured);

// The transport side of every connection of the sync server, from accept to close. It follows
// each request's bytes ahead of Qt's HTTP parser (which buffers a whole body before it hands
// the request over) and enforces the limits above: a slow or silent connection is closed at its
// deadline (408 when a request was under way), a body larger than the cap is refused from its
// Content-Length (413) before any of it is read, bodies are counted against the shared budget
// from their headers (503 beyond), and a connection over the per-address cap (429) or the total
// cap (503) is answered and closed at once. When the total cap is reached, the connection that
// has waited longest without sending a request is closed to make room before a newcomer is
// refused. Accepting resumes by itself after the process ran out of files. Once a burst of
// bodies is over, freed memory is given back to the system (malloc_trim).
// Every refusal is a JSON error {code, message}; TLS connections refused at accept are closed
// without one (an answer would need the handshake the refusal is meant to spare).
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(const ConnectionLimits &limits, QObject *parent = nullptr);
    ~ConnectionGuard() override;

    // Records the files open now: what the store and the process hold, which connections
    // cannot use.
    void listening(QTcpServer *server);
    // A connection just accepted. False: it was refused (answered and closing; the caller must
    // not hand it to the HTTP layer).
    bool admit(QTcpSocket *socket);
    // A connection accepted on a TLS listener: admitTls() before its socket exists (false: close
    // it at once), trackTls() once it does, watchTls() when its handshake begins.
    bool admitTls(const QHostAddress &peer);
    void trackTls(QTcpSocket *socket);
    void watchTls(QTcpSocket *socket);
    // The HTTP layer hands a request of `socket` over / an answer to it was queued.
    void requestStarted(QTcpSocket *socket);
    void answerQueued(QTcpSocket *socket);

    int connectionCount() const { return int(m_connections.size()); }
    qint64 bufferedBodyBytes() const { return m_buffered; }
    int cap() const;

private:
    struct Connection;
    enum class Stream { Between, Headers, Body, Complete };

    Connection *find(QTcpSocket *socket) const;
    void track(QTcpSocket *socket, const QString &address, bool readNow);
    void watch(QTcpSocket *socket);
    void onReadyRead(Connection &c);
    bool scanHeaders(Connection &c, qint64 avail, qint64 *used);
    void onBytesWritten(Connection &c);
    void arm(Connection &c);
    void expire(Connection &c);
    void forget(QObject *socket);
    bool makeRoom();
    bool reserve(Connection &c, qint64 bytes);
    void release(qint64 bytes);
    // Answers with an error and closes (write, then shut down and drain briefly); false, for a
    // check that ends with it.
    bool refuse(Connection &c, int status, const QString &code, const QString &message);
    void answerAndClose(QTcpSocket *socket,
                        int status,
                        const QString &code,
                        const QString &message,
                        int retryAfter);
    void acceptFailed(QTcpServer *server);

    ConnectionLimits m_limits;
    QHash<QObject *, Connection *> m_connections;
    QHash<QString, int> m_perAddress;
    qint64 m_buffered = 0;
    qint64 m_peakSinceTrim = 0;
    int m_closing = 0;   // refused connections still being answered
    quint64 m_waits = 0; // orders connections by when they began to wait
    int m_baseFiles = 0;
    QTimer *m_trim = nullptr;
    QElapsedTimer m_clock;
    qint64 m_lastAcceptWarning = -1;
};

} // namespace sk::server
