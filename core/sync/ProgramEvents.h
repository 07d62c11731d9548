#pragma once

#include "core/model/Programs.h"
#include "core/sync/SyncProtocol.h"

namespace sk {

// The benefit-program settings' sync events (ProgramSync.h): their types, their records as JSON
// and the checks every device and the server run on them. Pure: no database.
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

} // namespace programsync

} // namespace sk
