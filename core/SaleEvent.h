#pragma once

#include "core/Database.h"
#include "core/model/SaleRecord.h"

#include <QByteArray>

namespace sk {

// The "sale" event of a stored sale, refund or void `r` (event id r.id, HLC r.hlc) from device
// `deviceId`, as the compact JSON of its envelope with r.toJson() as its data: the bytes
// QJsonDocument writes for it (keys sorted, as a QJsonObject keeps them), made without a
// QJsonObject (appendJsonString, CatalogImportBatch.h).
QByteArray saleEventJson(const SaleRecord &r, const QString &deviceId);

// What the checks every device applies to a "sale" event (sync::validateEvent) say of the event
// saleEventJson writes, asked of the record itself: its text is clean, no string of its data
// holds a whole card number, its time, and checkSaleRecord. True only when they would all pass
// and the record reads back from its JSON as itself; false sends the event the general way,
// which words any refusal.
bool saleEventPasses(const SaleRecord &r, const QString &deviceId, qint64 nowMs);

// Queues r's "sale" event in the outbox: what appendOutbox(db, "sale", r.id, r.hlc, r.toJson())
// stores, the same bytes and refusals, with the JSON written once as bytes and the row through
// a statement prepared once (insertRows). A commit spent about half of its own work building,
// checking and writing the event through Qt's JSON. The caller holds the transaction.
Status appendSaleOutbox(Database &db, const SaleRecord &r);

} // namespace sk
