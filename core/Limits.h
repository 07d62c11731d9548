#pragma once

#include "core/Money.h"

namespace sk {

// The bounds every record obeys, wherever it was made: a till refuses to make a record beyond
// them, and the event checks (sync/EventValidator.h) refuse one received from elsewhere. Far
// beyond any market stall, and far enough inside int64 that sums of millions of records, and
// price x quantity of any line, cannot overflow.

// Any amount of money on one record, either sign: 1,000,000,000.00 in a two-decimal currency.
constexpr Minor kMaxAmount = 100'000'000'000;
// Any quantity on one record (a sale line, a stock movement, a count): one million units.
constexpr Milli kMaxQuantity = 1'000'000'000;
// What cash rounding may add to or take from a sale: half of the largest rounding step a till
// offers (1.00).
constexpr Minor kMaxCashRounding = 50;

// Why `amount` cannot be a positive amount of one record ("<what> must be above 0 and at most
// 1000000000.00"), or empty when it can: the till, the booth, the server and the event checks
// word the refusal alike, the limit included (a figure past it is not "below 0").
inline QString positiveAmountProblem(Minor amount, const QString &what)
{
    if (amount > 0 && amount <= kMaxAmount)
        return {};
    return QStringLiteral("%1 must be above 0 and at most %2")
        .arg(what, formatFixed(kMaxAmount, 2));
}

} // namespace sk
