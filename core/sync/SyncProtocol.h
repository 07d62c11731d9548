#pragma once

#include "core/Error.h"
#include "core/model/SaleRecord.h"
#include "core/model/StockMovement.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sk::sync {

// The wire protocol between a device and stallkeeper-server (docs/sync-protocol.md). Shared by
// both sides so the server validates exactly what devices send, and devices parse exactly what
// the server answers.
namespace limits {
constexpr qsizetype kMaxBodyBytes = 4 * 1024 * 1024; // one request body
constexpr qsizetype kMaxEventBytes = 256 * 1024;     // one event envelope, compact JSON
constexpr int kMaxPushEvents = 500;                  // events in one push
constexpr int kDefaultPushEvents = 500;              // what the client sends per batch
constexpr int kMaxPullPage = 1000;                   // events in one pull page
constexpr int kDefaultPullPage = 500;
// A new device's snapshot (GET /api/v1/snapshot): catalog, tax, tender and market day events,
// and stock levels. A vendor with more of either pulls everything instead.
constexpr int kMaxSnapshotEvents = 50000;
constexpr int kMaxSnapshotProducts = 50000;
} // namespace limits

// The snapshot's format: {"schema": 1, "cursor": "<seq>", "events": [envelopes with "seq"],
// "stock": [{"product_id", "level", "hlc"}], "server_time"}. A device refuses another schema.
constexpr int kSnapshotSchema = 1;

// One event as it travels: the outbox envelope {id, type, device_id, hlc, data}. `seq` is the
// server's per-vendor sequence number (0 until the server assigned one).
struct Event
{
    QString id;
    QString type;
    QString deviceId;
    qint64 hlc = 0;
    QJsonObject data;
    qint64 seq = 0;
    // canonical() as parseEnvelope computed it (it needs the size), or the bytes the event was
    // sent as; empty otherwise. Whoever changes a field of a parsed event clears it.
    QByteArray canonicalJson;

    QJsonObject envelope() const;
    // The identity a repeat push is compared by (sameContent) and what the server stores and
    // relays: the bytes the event was sent as when parseEnvelope had them, else compact JSON of
    // the envelope with sorted keys (what every device sends).
    QByteArray canonical() const;
};

// The record validateEvent (sync/EventValidator.h) parsed from an event's data, for a caller that
// goes on to store it (the server's projections), so the data is parsed once.
struct ParsedData
{
    std::optional<SaleRecord> sale;
    std::optional<StockMovement> movement;
};

// The server's refusal of one pushed event: its id, a machine code (invalid, wrong_device,
// conflict, too_large) and a sentence for the vendor.
struct Rejection
{
    QString id;
    QString code;
    QString message;
};

bool isUuid(QStringView s);
bool isEventType(const QString &s);

// Strict parse of an envelope: exactly the five fields, each of its type, a UUID id and device
// id, a positive HLC as a decimal string, an object as data. Unknown fields are refused.
// `sent`, when given, is the JSON text `v` was parsed from: it is kept as the event's identity
// instead of serializing the envelope again (the server's hot path).
Result<Event> parseEnvelope(const QJsonValue &v, QByteArrayView sent = {});

// The same event content: the same bytes, or JSON texts of equal value (key order and spacing
// aside), for a repeat push that was formatted differently.
bool sameContent(QByteArrayView a, QByteArrayView b);

// The events of a push body {"events": [...]} as the bytes each was sent as, found by matching
// brackets outside strings, when the body has exactly that shape; nullopt otherwise (the caller
// then parses the whole body and says what is wrong). Each slice still has to be parsed.
std::optional<QList<QByteArrayView>> splitPushBody(QByteArrayView body);
// The same for a body {"events": [...], ...} with other members after the array (a pull
// answer): `rest` is then the text from the comma after the array to the end, which is an
// object once its first byte is read as "{" (the caller parses the two separately).
std::optional<QList<QByteArrayView>> splitEventsBody(QByteArrayView body, QByteArrayView *rest);

// Known event types.
inline QString typeSale()
{
    return QStringLiteral("sale");
}
inline QString typeProduct()
{
    return QStringLiteral("product");
}
inline QString typeStockMovement()
{
    return QStringLiteral("stock_movement");
}
inline QString typeMarketDay()
{
    return QStringLiteral("market_day");
}

// Error body of every non-2xx answer: {"code": "...", "message": "..."}.
QJsonObject errorBody(const QString &code, const QString &message);

} // namespace sk::sync
