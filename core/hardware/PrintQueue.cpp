#include "core/hardware/PrintQueue.h"

#include "core/DatabaseRows.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimer>

namespace sk::hw {

namespace {
const QString kColumns = QStringLiteral(
    "id, created_at, device, title, coalesce(sale_id, ''), payload, state, attempts, last_error");

PrintJob jobFrom(const QSqlQuery &q)
{
    PrintJob j;
    j.id = q.value(0).toLongLong();
    j.createdAt = q.value(1).toLongLong();
    j.device = q.value(2).toString();
    j.title = q.value(3).toString();
    j.saleId = q.value(4).toString();
    j.payload = q.value(5).toByteArray();
    j.state = q.value(6).toString();
    j.attempts = q.value(7).toInt();
    j.lastError = q.value(8).toString();
    return j;
}
} // namespace

PrintQueue::PrintQueue(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_factory(&PrinterTransport::create)
{}

PrintQueue::~PrintQueue() = default;

Result<qint64> PrintQueue::submit(const DeviceAddress &device,
                                  const QString &title,
                                  const QByteArray &payload,
                                  const QString &saleId)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO print_jobs (created_at, device, title, "
                                      "sale_id, payload) VALUES (?, ?, ?, ?, ?)"),
                       {QDateTime::currentMSecsSinceEpoch(),
                        device.toString(),
                        title,
                        saleId.isEmpty() ? QVariant() : QVariant(saleId),
                        payload});
    if (!q)
        return std::unexpected(q.error());
    const qint64 id = q->lastInsertId().toLongLong();
    // From the event loop: the caller (a sale just committed) goes on at once.
    QTimer::singleShot(0, this, &PrintQueue::retry);
    return id;
}

void PrintQueue::retry()
{
    if (m_current == 0)
        sendNext();
}

Result<QList<PrintJob>> PrintQueue::waiting()
{
    return queryRows(
        m_db.exec(QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(" FROM print_jobs WHERE state = 'waiting' ORDER BY id")),
        jobFrom);
}

Result<PrintJob> PrintQueue::job(qint64 id)
{
    return queryFirstRow(m_db.exec(QStringLiteral("SELECT ") + kColumns
                                       + QStringLiteral(" FROM print_jobs WHERE id = ?"),
                                   {id}),
                         jobFrom,
                         Error::notFound(QStringLiteral("no print job %1").arg(id)));
}

void PrintQueue::sendNext()
{
    auto jobs = waiting();
    if (!jobs || jobs->isEmpty()) {
        emit idle();
        return;
    }
    const PrintJob j = jobs->first();
    auto address = DeviceAddress::parse(j.device);
    if (!address) {
        finish(j.id, address.error().detail);
        return;
    }
    m_current = j.id;
    m_transport = m_factory(*address);
    m_transport->setTimeout(m_timeoutMs);
    const qint64 id = j.id;
    connect(m_transport.get(), &PrinterTransport::sent, this, [this, id] { finish(id, {}); });
    connect(m_transport.get(), &PrinterTransport::failed, this, [this, id](const QString &why) {
        finish(id, why);
    });
    m_transport->send(j.payload);
}

void PrintQueue::finish(qint64 id, const QString &error)
{
    // The transport emitted the signal that got here: delete it once that returns.
    if (m_transport)
        m_transport.release()->deleteLater();
    m_current = 0;
    if (error.isEmpty()) {
        auto r = m_db.exec(QStringLiteral("UPDATE print_jobs SET state = 'printed', attempts = "
                                          "attempts + 1, last_error = '', printed_at = ? "
                                          "WHERE id = ?"),
                           {QDateTime::currentMSecsSinceEpoch(), id});
        emit jobPrinted(id);
        if (r)
            sendNext();
        else
            emit idle();
        return;
    }
    (void)m_db.exec(QStringLiteral("UPDATE print_jobs SET attempts = attempts + 1, "
                                   "last_error = ? WHERE id = ?"),
                    {error, id});
    emit jobWaiting(id, error);
    emit idle();
}

} // namespace sk::hw
