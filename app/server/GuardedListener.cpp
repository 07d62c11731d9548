#include "app/server/GuardedListener.h"

#include "app/server/ConnectionGuard.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#include <sys/socket.h>
#include <unistd.h>

namespace sk::server {

namespace {

class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(ConnectionGuard &guard, QObject *parent)
        : QTcpServer(parent)
        , m_guard(guard)
    {}

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            ::close(int(handle));
            delete socket;
            return;
        }
        if (m_guard.admit(socket))
            addPendingConnection(socket);
    }

private:
    ConnectionGuard &m_guard;
};

class GuardedSslServer : public QSslServer
{
public:
    GuardedSslServer(ConnectionGuard &guard, QObject *parent)
        : QSslServer(parent)
        , m_guard(guard)
    {
        connect(this, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
            m_guard.watchTls(socket);
        });
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        sockaddr_storage peer{};
        socklen_t size = sizeof peer;
        QHostAddress address;
        if (::getpeername(int(handle), reinterpret_cast<sockaddr *>(&peer), &size) == 0)
            address.setAddress(reinterpret_cast<sockaddr *>(&peer));
        if (!m_guard.admitTls(address)) {
            ::close(int(handle));
            return;
        }
        QSslServer::incomingConnection(handle);
        const QObjectList made = children();
        for (auto it = made.crbegin(); it != made.crend(); ++it)
            if (auto *socket = qobject_cast<QSslSocket *>(*it);
                socket && socket->socketDescriptor() == handle) {
                m_guard.trackTls(socket);
                break;
            }
    }

private:
    ConnectionGuard &m_guard;
};

} // namespace

QTcpServer *guardedListener(ConnectionGuard &guard,
                            const std::optional<QSslConfiguration> &tls,
                            int handshakeTimeoutMs,
                            QObject *parent)
{
    if (!tls)
        return new GuardedTcpServer(guard, parent);
    auto *ssl = new GuardedSslServer(guard, parent);
    ssl->setSslConfiguration(*tls);
    ssl->setHandshakeTimeout(handshakeTimeoutMs);
    return ssl;
}

} // namespace sk::server
