#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

// A receipt printer on loopback: takes raw TCP connections (as port 9100 does) and keeps the
// bytes of each finished connection as one print. A connection that sent nothing (a device
// check that only connects) prints nothing, as on a printer, and is counted in `emptyConnections`.
class CaptureServer : public QObject
{
public:
    bool listen(quint16 port = 0)
    {
        if (!m_server.listen(QHostAddress::LocalHost, port))
            return false;
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                QObject::connect(
                    s, &QTcpSocket::readyRead, this, [s, buffer] { *buffer += s->readAll(); });
                QObject::connect(s, &QTcpSocket::disconnected, this, [this, s, buffer] {
                    *buffer += s->readAll();
                    if (buffer->isEmpty())
                        ++emptyConnections;
                    else
                        prints << *buffer;
                    delete buffer;
                    s->deleteLater();
                });
            }
        });
        return true;
    }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }

    QList<QByteArray> prints;
    int emptyConnections = 0;

private:
    QTcpServer m_server;
};

// A jammed printer on loopback: the connection is made (the kernel completes it), but nothing is
// ever read, and its receive buffer is small, so the bytes of a receipt stay with the sender.
class DeafPrinter
{
public:
    DeafPrinter() = default;
    DeafPrinter(const DeafPrinter &) = delete;
    DeafPrinter &operator=(const DeafPrinter &) = delete;
    ~DeafPrinter()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool listen()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int small = 2048;
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (m_fd < 0 || ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small) != 0
            || ::bind(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0
            || ::listen(m_fd, 16) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &len) != 0)
            return false;
        m_port = ntohs(a.sin_port);
        return true;
    }
    quint16 port() const { return m_port; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};
