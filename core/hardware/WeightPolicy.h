#pragma once

#include "core/SaleEngine.h"

namespace sk::hw {

// Whether a weight may be typed in by hand at the till, an owner's business setting
// (`manual_weight_forbidden`, "1" forbids). Where a legal-for-trade scale is used, a typed
// weight is how short weight slips in; an owner can require every weight to come from the
// scale. Typed weights that are allowed are marked on the line and the receipt.
namespace weightPolicy {

inline const QString kForbiddenKey = QStringLiteral("manual_weight_forbidden");

bool manualAllowed(Database &db);
// Only a line sold by weight can carry the typed-weight mark: a piece has no weight to type.
// The till checks its cart by it (check) and a synced sale is checked by it (sync/SaleChecks.cpp).
constexpr bool markFits(Unit unit, bool manualWeight)
{
    return !manualWeight || unit != Unit::Each;
}
Status setManualAllowed(Database &db, bool allowed);
// Error::Code::Unauthorized when `cart` holds a typed weight and typed weights are forbidden:
// checked where a line is added and again when the sale is stored, so no screen can get round
// it. InvalidInput when a line sold by the piece is marked (markFits).
Status check(Database &db, const Cart &cart);

} // namespace weightPolicy
} // namespace sk::hw
