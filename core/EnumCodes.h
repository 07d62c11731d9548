#pragma once

#include <QAnyStringView>
#include <QLatin1String>
#include <QString>

#include <array>
#include <cstddef>
#include <optional>

namespace sk {

// An enum's codes (the text a row, an event or a script names a value by), listed in the
// order of the enum's values, which run from 0 without gaps.
template<class Enum, std::size_t N>
struct EnumCodes
{
    std::array<QLatin1String, N> codes;

    // The value's code; `fallback` for a value past the list.
    QString code(Enum value, QLatin1String fallback = {}) const
    {
        const auto i = std::size_t(value);
        return i < N ? QString(codes[i]) : QString(fallback);
    }
    std::optional<Enum> value(QAnyStringView code) const
    {
        for (std::size_t i = 0; i < N; ++i)
            if (QAnyStringView::equal(codes[i], code))
                return Enum(i);
        return std::nullopt;
    }
};

template<class Enum, class... Code>
constexpr EnumCodes<Enum, sizeof...(Code)> enumCodes(Code... codes)
{
    return {{QLatin1String(codes)...}};
}

} // namespace sk
