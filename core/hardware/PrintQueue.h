#pragma once

#include "core/Database.h"
#include "core/hardware/PrinterTransport.h"

#include <QObject>

#include <functional>

namespace sk::hw {

struct PrintJob
{
    qint64 id = 0;
    qint64 createdAt = 0;
    QString device; // DeviceAddress::toString()
    QString title;  // what the job is ("Receipt K7Q-0042")
    QString saleId;
    QByteArray payload;
    QString state; // waiting, printed
    int attempts = 0;
    QString lastError;
};

// Receipts on their way to printers. submit() stores the job (print_jobs, schema 13) and
// returns at once: the sale never waits on a printer. Jobs go out one at a time, oldest first;
// one that fails (printer off, connection refused, timeout) stays waiting with the reason and
// holds back the later ones, so receipts never print out of order. retry() sends what waits
// (the user's "Print waiting receipts", or a printer that came back). A job is marked printed
// once its transport said so and is never sent again.
class PrintQueue : public QObject
{
    Q_OBJECT
public:
    using TransportFactory
        = std::function<std::unique_ptr<PrinterTransport>(const DeviceAddress &address)>;

    explicit PrintQueue(Database &db, QObject *parent = nullptr);
    ~PrintQueue() override;

    // For tests and slow links: the transport each job is sent through, and its timeout.
    void setTransportFactory(TransportFactory factory) { m_factory = std::move(factory); }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    Result<qint64> submit(const DeviceAddress &device,
                          const QString &title,
                          const QByteArray &payload,
                          const QString &saleId = {});
    // Sends every waiting job (no-op while one is being sent).
    void retry();
    Result<QList<PrintJob>> waiting();
    Result<PrintJob> job(qint64 id);
    bool busy() const { return m_current != 0; }

signals:
    void jobPrinted(qint64 id);
    void jobWaiting(qint64 id, const QString &reason);
    void idle(); // nothing is being sent (all printed, or the next one failed)

private:
    void sendNext();
    void finish(qint64 id, const QString &error);

    Database &m_db;
    TransportFactory m_factory;
    std::unique_ptr<PrinterTransport> m_transport;
    qint64 m_current = 0;
    int m_timeoutMs = PrinterTransport::kDefaultTimeoutMs;
};

} // namespace sk::hw
