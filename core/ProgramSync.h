#pragma once

#include "core/Database.h"
#include "core/Eligibility.h"
#include "core/SaleEngine.h"
#include "core/eod/MarketFees.h"
#include "core/sync/ProgramEvents.h"

namespace sk {

// The benefit-program settings as sync events, so that every device of a vendor pays, matches
// and charges fees the same way: an eligibility class ("eligibility_class"), a category's
// default classes ("category_class"), an incentive rule ("incentive_rule") and a market's fee
// ("market_fee"). Each carries the whole record; the newer HLC wins, a removal included
// ("removed": true). The repositories (Eligibility.h, Incentive.h, eod/MarketFees.h) append them
// in the transaction of the change; a pulled one is applied by applyEvent. The events' records
// and their checks are in sync/ProgramEvents.h.
namespace programsync {

// Writes the event's record unless the stored one has the same or a newer HLC.
Status applyEvent(Database &db, const sync::Event &e);

// Appends the event of a local change (inside the caller's transaction) with a new HLC, which
// is also what the stored row carries.
Status append(Database &db, const char *type, const QJsonObject &data, qint64 hlc);

} // namespace programsync

} // namespace sk
