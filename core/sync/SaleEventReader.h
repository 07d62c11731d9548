#pragma once

#include "sync/SyncProtocol.h"

namespace sk::sync {

// The server's quick way through the events a backlog is made of: a sale event read straight
// from the bytes a current device sends (compact JSON with its keys in sorted order, every
// field present, strings in well-formed UTF-8 without escapes, integers written plainly),
// without Qt's JSON tree in between. It accepts only what parseEnvelope followed by
// validateEventData accepts, and fills the same Event (without `data`, which a sale does not
// need on the server) and the same SaleRecord. Anything else, including any event those
// checks would refuse, returns false: the caller takes the general path, which also words the
// refusal.
bool readSaleEvent(QByteArrayView sent, Event &event, ParsedData &parsed);

} // namespace sk::sync
