#pragma once

#include "core/Error.h"
#include "core/Limits.h"
#include "core/Money.h"

#include <algorithm>
#include <expected>
#include <initializer_list>

// What the event checks (EventValidator.cpp, SaleChecks.cpp) share; not for other callers.
namespace sk::sync::check {

inline std::unexpected<Error> invalid(const QString &m)
{
    return std::unexpected(Error::invalid(m));
}

// An amount as the refusals show it.
inline QString money(Minor m)
{
    return formatFixed(m, 2);
}

// Every amount within kMaxAmount either way.
inline bool inAmounts(std::initializer_list<Minor> amounts)
{
    return std::all_of(amounts.begin(), amounts.end(), [](Minor m) {
        return m >= -kMaxAmount && m <= kMaxAmount;
    });
}

} // namespace sk::sync::check
