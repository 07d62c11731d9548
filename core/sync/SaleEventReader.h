#pragma once

#include "core/sync/SyncProtocol.h"

#include <QByteArrayView>
#include <QList>

namespace sk::sync {

// What the server keeps of a sale besides the event's bytes: its row in `sales` and its stock
// movements' rows, as views into that event's canonicalJson (valid while the event lives).
struct SaleRows
{
    struct Movement
    {
        QByteArrayView id, productId, kind, deviceId;
        qint64 qty = 0, hlc = 0;
    };
    QByteArrayView id, deviceId, receiptNo, kind, refSaleId, marketName, currency;
    qint64 createdAt = 0, hlc = 0, subtotal = 0, discount = 0, tax = 0, total = 0;
    QList<Movement> movements;
};

// The server's quick way through the events a backlog is made of: a sale event read straight
// from the bytes a current device sends (compact JSON with its keys in sorted order, every
// field present, strings in well-formed UTF-8 without escapes or control characters, integers
// written plainly), without Qt's JSON tree in between, then checked by the same rules as any
// other (checkSaleRecord, against `referenceMs` as validateEvent is). It accepts only what
// parseEnvelope followed by validateEvent accepts, and fills the same Event (without `data`,
// which a sale does not need on the server) and the rows that SaleRecord would give. Anything
// else, including any event those checks would refuse, returns false: the caller takes the
// general path, which also words the refusal.
bool readSaleEvent(QByteArrayView sent, Event &event, SaleRows &rows, qint64 referenceMs);
// The same for bytes the event can share instead of copying (a stored event read back).
bool readSaleEvent(const QByteArray &sent, Event &event, SaleRows &rows, qint64 referenceMs);

} // namespace sk::sync
