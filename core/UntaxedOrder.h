#pragma once

#include <QList>

#include <algorithm>
#include <numeric>

namespace sk {

// The order untaxed tenders (SNAP) pay a sale's lines in, by index: the highest tax rate
// first; among lines of one rate, those an incentive matches (`matched`) first, and those
// another restricted tender of the sale pays for (`claimed`) last. `lines` have a taxRatePpm.
template<typename Lines, typename Matched, typename Claimed>
QList<qsizetype> untaxedPaymentOrder(const Lines &lines, Matched matched, Claimed claimed)
{
    QList<qsizetype> order(lines.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (lines[a].taxRatePpm != lines[b].taxRatePpm)
            return lines[a].taxRatePpm > lines[b].taxRatePpm;
        if (matched(a) != matched(b))
            return matched(a);
        return !claimed(a) && claimed(b);
    });
    return order;
}

} // namespace sk
