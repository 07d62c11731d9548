#pragma once

#include "core/Error.h"

#include <QString>

namespace sk::server {

class StoreConnection;

// A name an administrator gives a vendor or a market: trimmed, 1 to `maxLength` characters;
// else refused with "`what` name must be 1-`maxLength` characters".
Result<QString> adminName(const QString &name, int maxLength, const QString &what);

// Inserts a row of `vendors`: a vendor (DeviceRegistry.cpp) or the office of a market, which
// syncs like a vendor (MarketStore.cpp). A name already taken is a Conflict.
Status insertVendor(StoreConnection &db, const QString &id, const QString &name, qint64 now);

} // namespace sk::server
