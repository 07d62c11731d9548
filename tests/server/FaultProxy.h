#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

namespace sk::test {

// A TCP proxy between sync clients and the server that misbehaves like a bad market wifi: for a
// share of the chunks a client sends it drops the connection before forwarding, forwards and
// then drops the answer, forwards and cuts the answer in half, delays, or replays the request on
// a second connection (whose answer nobody reads). Seeded, so a failure can be replayed.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum Fault { None, DropRequest, DropResponse, CutResponse, Delay, Replay, FaultCount };

    FaultProxy(quint16 upstreamPort, quint64 seed, double faultRate, QObject *parent = nullptr);
    quint16 listen();
    void setFaultRate(double rate) { m_rate = rate; }
    int count(Fault f) const { return m_counts[f]; }
    int chunks() const { return m_chunks; }

private:
    struct Link
    {
        // QAbstractSocket, not QTcpSocket: a socket signals while it is being destroyed, when it
        // is no longer a QTcpSocket.
        QPointer<QAbstractSocket> client;
        QPointer<QAbstractSocket> upstream;
        QByteArray pendingToUpstream; // held while a delay runs or until connected
        bool holding = false;
        Fault responseFault = None;
    };
    void accept();
    void fromClient(Link *link);
    void fromUpstream(Link *link);
    void flush(Link *link);
    void close(Link *link);
    void replay(const QByteArray &data);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QRandomGenerator m_rng;
    double m_rate;
    int m_counts[FaultCount] = {};
    int m_chunks = 0;
};

} // namespace sk::test
