#pragma once

#include "Database.h"
#include "Eligibility.h"
#include "SaleEngine.h"
#include "eod/MarketFees.h"
#include "sync/SyncProtocol.h"

namespace sk {

// The benefit-program settings as sync events, so that every device of a vendor pays, matches
// and charges fees the same way: an eligibility class ("eligibility_class"), a category's
// default classes ("category_class"), an incentive rule ("incentive_rule") and a market's fee
// ("market_fee"). Each carries the whole record; the newer HLC wins, a removal included
// ("removed": true). The repositories (Eligibility.h, Incentive.h, eod/MarketFees.h) append them
// in the transaction of the change; a pulled one is applied by applyProgramEvent.
namespace programsync {

constexpr const char *kClassType = "eligibility_class";
constexpr const char *kCategoryType = "category_class";
constexpr const char *kIncentiveType = "incentive_rule";
constexpr const char *kFeeType = "market_fee";

bool isProgramEvent(const QString &type);

QJsonObject classJson(const EligibilityClass &c, bool removed = false);
QJsonObject categoryJson(const CategoryDefault &d);
QJsonObject incentiveJson(const IncentiveRule &r);
QJsonObject feeJson(const MarketFee &f, bool removed = false);

// The record of an event's data, checked as a local save checks it (bounds, codes, names);
// pure, so the server and every device run the same check (sync::validateEvent).
Result<EligibilityClass> classFromJson(const QJsonObject &o, bool *removed);
Result<CategoryDefault> categoryFromJson(const QJsonObject &o);
Result<IncentiveRule> incentiveFromJson(const QJsonObject &o);
Result<MarketFee> feeFromJson(const QJsonObject &o, bool *removed);

Status checkEvent(const sync::Event &e);
// Writes the event's record unless the stored one has the same or a newer HLC.
Status applyEvent(Database &db, const sync::Event &e);

// Appends the event of a local change (inside the caller's transaction) with a new HLC, which
// is also what the stored row carries.
Status append(Database &db, const char *type, const QJsonObject &data, qint64 hlc);

} // namespace programsync

} // namespace sk
