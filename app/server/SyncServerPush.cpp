#include "app/server/SyncServer.h"

#include "app/server/PushWriter.h"
#include "core/CardNumber.h"
#include "core/Ids.h"
#include "core/sync/EventValidator.h"
#include "core/sync/SaleEventReader.h"

#include <QFutureWatcher>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <memory>

// SyncServer's POST /api/v1/push: the events are checked (a large batch on the thread pool),
// handed to PushWriter in the order the pushes arrived, and answered once stored.

namespace sk::server {

// One event of a push as it is checked: parsed, its device compared, its data validated.
struct CheckedEvent
{
    QByteArrayView sent;
    QJsonValue value;
    bool malformed = false;
    std::optional<IncomingEvent> event;
    std::optional<sync::Rejection> rejection;
    QString cardField; // the field of its data that holds a whole card number
};

// `nowMs`: the server's clock when the push arrived, which the event's times are checked
// against.
void checkEvent(CheckedEvent &c, const DeviceInfo &device, qint64 nowMs)
{
    if (!c.sent.isEmpty()) {
        // Most of a backlog is sales as current devices write them: read those directly.
        IncomingEvent quick;
        if (sync::readSaleEvent(c.sent, quick.event, quick.saleRows.emplace(), nowMs)
            && quick.event.deviceId == device.id) {
            c.event = std::move(quick);
            return;
        }
        QJsonParseError pe;
        const QJsonDocument doc
            = QJsonDocument::fromJson(QByteArray::fromRawData(c.sent.data(), c.sent.size()), &pe);
        if (pe.error != QJsonParseError::NoError) {
            c.malformed = true;
            return;
        }
        c.value = doc.object();
    }
    auto e = sync::parseEnvelope(c.value, c.sent);
    if (!e) {
        c.rejection = sync::Rejection{c.value.toObject().value(QLatin1String("id")).toString(),
                                      QStringLiteral("invalid"),
                                      e.error().detail};
        return;
    }
    if (e->deviceId != device.id) {
        c.rejection = sync::Rejection{e->id,
                                      QStringLiteral("wrong_device"),
                                      QStringLiteral("a device may push only its own events")};
        return;
    }
    // A whole card number refuses the whole push (prepare): nothing of it is stored.
    if (const QString field = cardNumberField(e->data); !field.isEmpty()) {
        c.cardField = field;
        c.rejection = sync::Rejection{e->id,
                                      QStringLiteral("card_number"),
                                      cardNumberRefusal(QStringLiteral("field \"%1\"").arg(field))};
        return;
    }
    IncomingEvent in{std::move(*e), {}, {}};
    if (auto s = sync::validateEvent(in.event, nowMs, &in.parsed); !s) {
        c.rejection = sync::Rejection{in.event.id, QStringLiteral("invalid"), s.error().detail};
        return;
    }
    c.event = std::move(in);
}

// A push on its way: its events are checked (a large batch on the thread pool, while this
// thread goes on serving), then stored by the writer in the order the pushes arrived, then
// answered.
struct DeferredPush
{
    enum class State { Checking, Checked, Storing };
    DeviceInfo device;
    qint64 receivedAt = 0;
    QByteArray body;
    std::vector<CheckedEvent> checked;
    QPointer<QTcpSocket> socket;
    State state = State::Checking;
};

bool SyncServer::pushPending(QTcpSocket *socket) const
{
    return std::any_of(m_deferred.cbegin(), m_deferred.cend(), [socket](const auto &p) {
        return p->socket == socket;
    });
}

void SyncServer::defer(QTcpSocket *socket, const std::shared_ptr<DeferredPush> &push)
{
    push->socket = socket;
    m_deferred.append(push);
    if (push->state == DeferredPush::State::Checked) {
        storeDeferred();
        return;
    }
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, push] {
        watcher->deleteLater();
        push->state = DeferredPush::State::Checked;
        storeDeferred();
    });
    watcher->setFuture(QtConcurrent::map(
        push->checked, [push](CheckedEvent &c) { checkEvent(c, push->device, push->receivedAt); }));
}

void SyncServer::storeDeferred()
{
    // A device's batches are numbered in the order they arrived, even when a later one was
    // checked first. Stored even when the device has gone: it sends the batch again, and gets
    // it acknowledged as a repeat.
    if (!m_writer) {
        while (!m_deferred.isEmpty() && m_deferred.first()->state == DeferredPush::State::Checked) {
            const auto push = m_deferred.takeFirst();
            Prepared p = prepare(push->device, push->body, push->checked);
            const Response r = p.answer
                                   ? *p.answer
                                   : pushAnswer(p.rejected, m_store.push(push->device, p.valid));
            // Freeing 500 parsed sales is a few ms of work the answer need not wait for.
            QThreadPool::globalInstance()->start(
                [parsed = std::move(p.valid)]() mutable { parsed.clear(); });
            answerDeferred(push, r);
        }
        return;
    }
    for (const auto &push : std::as_const(m_deferred)) {
        if (push->state == DeferredPush::State::Checking)
            break;
        if (push->state == DeferredPush::State::Storing)
            continue;
        push->state = DeferredPush::State::Storing;
        Prepared p = prepare(push->device, push->body, push->checked);
        // A refused body goes through the writer too (with nothing to store): answers keep the
        // order of the pushes.
        m_writer->submit(
            PushBatch{push->device, std::move(p.valid)},
            [this, push, refusal = std::move(p.answer), refused = std::move(p.rejected)](
                const Result<PushOutcome> &out) {
                m_deferred.removeOne(push);
                answerDeferred(push, refusal ? *refusal : pushAnswer(refused, out));
            });
    }
}

void SyncServer::answerDeferred(const std::shared_ptr<DeferredPush> &push, const Response &r)
{
    if (QTcpSocket *socket = push->socket;
        socket && socket->state() == QAbstractSocket::ConnectedState)
        answer(socket, r);
    // Freeing a 1.4 MB body and its checked events is work the next answer need not wait for.
    QThreadPool::globalInstance()->start([done = push]() mutable { done.reset(); });
}

SyncServer::Response SyncServer::push(const QHttpServerRequest &request, const DeviceInfo &device)
{
    // Each event is checked on its own. The events of a well-formed body are checked in
    // parallel from the bytes each was sent as (kept as its identity, so nothing is serialized
    // again); any other body is parsed whole, which also names what is wrong with it.
    const QByteArray body = request.body();
    std::vector<CheckedEvent> checked;
    if (const auto slices = sync::splitPushBody(body)) {
        if (slices->size() > m_config.maxPushEvents)
            return tooManyEvents();
        checked.resize(size_t(slices->size()));
        for (size_t i = 0; i < checked.size(); ++i)
            checked[i].sent = slices->at(qsizetype(i));
    }
    Response later;
    later.deferred = std::make_shared<DeferredPush>();
    later.deferred->device = device;
    later.deferred->receivedAt = Clock::nowMs();
    later.deferred->body = body;
    later.deferred->checked = std::move(checked);
    // A large batch (a backlog being drained) is checked on the pool while this thread goes on
    // serving; a till's few new sales are checked right here (on a busy server the hand-over
    // costs more than it saves). Either way it is stored after the pushes that came before it.
    if (later.deferred->checked.size() < 100) {
        for (CheckedEvent &c : later.deferred->checked)
            checkEvent(c, device, later.deferred->receivedAt);
        later.deferred->state = DeferredPush::State::Checked;
    }
    return later;
}

SyncServer::Response SyncServer::tooManyEvents()
{
    return error(413,
                 QStringLiteral("batch_too_large"),
                 QStringLiteral("at most %1 events per push").arg(m_config.maxPushEvents));
}

SyncServer::Prepared SyncServer::prepare(const DeviceInfo &device,
                                         const QByteArray &body,
                                         std::vector<CheckedEvent> &checked)
{
    // A slice that is not JSON: the whole-body parse below says what is wrong.
    if (std::any_of(
            checked.begin(), checked.end(), [](const CheckedEvent &c) { return c.malformed; }))
        checked.clear();
    if (checked.empty()) {
        QJsonObject o;
        if (auto refused = readObject(body, {QStringLiteral("events")}, &o))
            return {std::move(refused), {}, {}};
        const QJsonValue ev = o.value(QLatin1String("events"));
        if (!ev.isArray())
            return {error(400,
                          QStringLiteral("wrong_type"),
                          QStringLiteral("\"events\" must be an array")),
                    {},
                    {}};
        const QJsonArray events = ev.toArray();
        if (events.size() > m_config.maxPushEvents)
            return {tooManyEvents(), {}, {}};
        checked.resize(size_t(events.size()));
        for (size_t i = 0; i < checked.size(); ++i) {
            checked[i].value = events.at(qsizetype(i));
            checkEvent(checked[i], device, Clock::nowMs());
        }
    }
    for (const CheckedEvent &c : checked)
        if (!c.cardField.isEmpty())
            return {json(QJsonObject{{QStringLiteral("code"), QStringLiteral("card_number")},
                                     {QStringLiteral("message"), c.rejection->message},
                                     {QStringLiteral("field"), c.cardField},
                                     {QStringLiteral("event_id"), c.rejection->id}},
                         422),
                    {},
                    {}};
    Prepared p;
    p.valid.reserve(qsizetype(checked.size()));
    for (CheckedEvent &c : checked) {
        if (c.event)
            p.valid << std::move(*c.event);
        else if (c.rejection)
            p.rejected << std::move(*c.rejection);
    }
    return p;
}

SyncServer::Response SyncServer::pushAnswer(const QList<sync::Rejection> &refused,
                                            const Result<PushOutcome> &out)
{
    if (!out)
        return fromStoreError(out.error());
    QJsonArray rj;
    for (const auto &r : refused + out->rejected)
        rj.append(QJsonObject{{QStringLiteral("id"), r.id},
                              {QStringLiteral("code"), r.code},
                              {QStringLiteral("message"), r.message}});
    QJsonObject answer{{QStringLiteral("acked"), QJsonArray::fromStringList(out->acked)},
                       {QStringLiteral("rejected"), rj},
                       {QStringLiteral("stored"), out->stored},
                       {QStringLiteral("server_time"), QString::number(Clock::nowMs())}};
    // Where the new events went in the vendor's sequence: the device's cursor can move past
    // them without pulling its own events back.
    if (out->stored > 0 && out->firstSeq > 0)
        answer.insert(QStringLiteral("seqs"),
                      QJsonObject{{QStringLiteral("first"), QString::number(out->firstSeq)},
                                  {QStringLiteral("last"),
                                   QString::number(out->firstSeq + out->stored - 1)}});
    return json(answer, out->conflict ? 409 : 200);
}

} // namespace sk::server
