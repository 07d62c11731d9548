#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

// A receipt printer on loopback: takes raw TCP connections (as port 9100 does) and keeps the
// bytes of each finished connection as one print.
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

private:
    QTcpServer m_server;
};
