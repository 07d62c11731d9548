#pragma once

#include "core/Error.h"

#include <QList>
#include <QStringList>

#include <type_traits>
#include <utility>

namespace sk {

// What `load` gives for each of `keys` (ids, codes), in their order; the first error, of the
// keys or of a load.
template<typename Load>
auto loadEach(const Result<QStringList> &keys, Load load)
    -> Result<QList<typename std::invoke_result_t<Load &, const QString &>::value_type>>
{
    if (!keys)
        return std::unexpected(keys.error());
    QList<typename std::invoke_result_t<Load &, const QString &>::value_type> out;
    for (const QString &key : *keys) {
        auto v = load(key);
        if (!v)
            return std::unexpected(v.error());
        out << std::move(*v);
    }
    return out;
}

} // namespace sk
