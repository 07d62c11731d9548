#include "tests/server/FaultProxy.h"

#include <QHostAddress>
#include <QTimer>

namespace sk::test {

FaultProxy::FaultProxy(quint16 upstreamPort, quint64 seed, double faultRate, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
    , m_rng(quint32(seed))
    , m_rate(faultRate)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

quint16 FaultProxy::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return m_server.serverPort();
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *link = new Link;
        link->client = client;
        link->upstream = new QTcpSocket(client);
        link->holding = true; // until the upstream connection is up
        connect(link->upstream, &QTcpSocket::connected, client, [this, link] {
            link->holding = false;
            flush(link);
        });
        connect(client, &QTcpSocket::readyRead, client, [this, link] { fromClient(link); });
        connect(
            link->upstream, &QTcpSocket::readyRead, client, [this, link] { fromUpstream(link); });
        connect(client, &QTcpSocket::disconnected, client, [this, link] { close(link); });
        connect(link->upstream, &QTcpSocket::disconnected, client, [this, link] { close(link); });
        connect(client, &QObject::destroyed, this, [link] { delete link; });
        link->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}

void FaultProxy::fromClient(Link *link)
{
    if (!link->client)
        return;
    const QByteArray data = link->client->readAll();
    if (data.isEmpty())
        return;
    ++m_chunks;
    Fault f = None;
    if (m_rng.generateDouble() < m_rate)
        f = Fault(1 + m_rng.bounded(int(FaultCount) - 1));
    ++m_counts[f];
    switch (f) {
    case DropRequest:
        close(link);
        return;
    case DropResponse:
    case CutResponse:
        link->responseFault = f;
        break;
    case Delay:
        link->holding = true;
        QTimer::singleShot(50 + m_rng.bounded(400), link->client, [this, link] {
            link->holding = false;
            flush(link);
        });
        break;
    case Replay:
        QTimer::singleShot(m_rng.bounded(200), this, [this, data] { replay(data); });
        break;
    default:
        break;
    }
    link->pendingToUpstream += data;
    flush(link);
}

void FaultProxy::flush(Link *link)
{
    if (link->holding || !link->upstream || link->pendingToUpstream.isEmpty())
        return;
    if (link->upstream->state() != QAbstractSocket::ConnectedState)
        return;
    link->upstream->write(link->pendingToUpstream);
    link->pendingToUpstream.clear();
}

void FaultProxy::fromUpstream(Link *link)
{
    if (!link->upstream || !link->client)
        return;
    const QByteArray data = link->upstream->readAll();
    switch (link->responseFault) {
    case DropResponse:
        close(link);
        return;
    case CutResponse:
        link->client->write(data.left(data.size() / 2));
        link->client->flush();
        close(link);
        return;
    default:
        link->client->write(data);
    }
}

void FaultProxy::close(Link *link)
{
    if (!link->client)
        return;
    if (link->client->state() != QAbstractSocket::UnconnectedState)
        link->client->abort();
    link->client->deleteLater();
}

void FaultProxy::replay(const QByteArray &data)
{
    auto *s = new QTcpSocket(this);
    connect(s, &QTcpSocket::connected, s, [s, data] { s->write(data); });
    connect(s, &QTcpSocket::readyRead, s, [s] { s->readAll(); });
    connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    QTimer::singleShot(3000, s, [s] {
        s->abort();
        s->deleteLater();
    });
    s->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
}

} // namespace sk::test
