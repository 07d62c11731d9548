#pragma once

#include "core/Error.h"
#include "core/sync/SyncProtocol.h"

namespace sk::booth {

// The checks a market's events pass on the server and on every device (sync/EventValidator):
// a vendor's `market_slip` (booth/VendorSlip.h) and the booth's own records (booth/BoothTypes.h).
// Whether `type` is one of them.
bool isMarketEvent(const QString &type);
Status checkMarketEvent(const sync::Event &e);

} // namespace sk::booth
