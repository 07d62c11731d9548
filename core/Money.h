#pragma once

#include "core/Error.h"
#include "core/NumberText.h"

#include <QLocale>
#include <QString>

#include <cstdint>

namespace sk {

// Amounts are int64 minor units (cents). The currency is a property of the database (settings),
// so a bare qint64 is used in storage and this header provides the arithmetic and text rules.
//
// Rounding rule (docs/architecture.md "Money rules"): every division rounds half away from zero to
// the minor unit; every operation that could leave int64 reports Error::Code::Overflow instead of
// wrapping.
using Minor = qint64;

// Quantities are int64 milli-units of the product's unit: 1 each = 1000, 0.375 lb = 375.
using Milli = qint64;

enum class Unit { Each, Lb, Kg, Oz, G };

QString unitCode(Unit u); // "each", "lb", ...
Result<Unit> unitFromCode(const QString &code);

// Round a/b half away from zero. b must be non-zero. Uses 128-bit intermediates.
Result<qint64> divRound(__int128 a, __int128 b);

// unit price (minor per unit) x quantity (milli-units) / 1000, rounded half away from zero.
Result<Minor> lineAmount(Minor unitPrice, Milli qty);

// amount x ppm / 1,000,000 rounded (tax at rate ppm, percent discounts in ppm).
Result<Minor> applyPpm(Minor amount, qint64 ppm);

Result<Minor> checkedAdd(Minor a, Minor b);
Result<Minor> checkedSub(Minor a, Minor b);

// Round to the nearest multiple of `step` (cash rounding), halves away from zero.
Minor roundToStep(Minor amount, Minor step);

// Decimal text -> fixed point, through readNumber (NumberText.h): `decimals` is the number of
// fractional digits kept (2 for USD/EUR, 3 for milli-quantities, 4 for percentages in ppm).
// `source` says whose text it is: machine text (CLI, CSV) takes "." as the decimal point only,
// typed text takes "." and "," as the locale's decimal separator; neither takes grouping.
// Failures carry NumberProblem::describe() as their detail (Error::Code::Overflow when too
// large).
Result<qint64> parseFixed(QStringView text,
                          int decimals,
                          NumberSource source,
                          const QLocale &locale = QLocale::c());
// A whole number (pieces of a denomination, days, positions).
Result<qint64>
parseWhole(QStringView text, NumberSource source, const QLocale &locale = QLocale::c());
// The problem as a core error.
Error numberError(const NumberProblem &problem);
QString formatFixed(qint64 value,
                    int decimals,
                    const QLocale &locale = QLocale::c(),
                    bool grouping = false);
// Parts per million as a percentage without trailing zeros and without the sign: 80000 -> "8",
// 82500 -> "8.25", 88750 -> "8.875" (callers add "%" as their language writes it).
QString formatPercent(qint64 ppm, const QLocale &locale = QLocale::c());

// A currency's rules, from one table (Money.cpp): its decimals and the cash rounding it starts
// with where the smallest coins are gone (CAD 0.05), in minor units; 0 = none.
struct Currency
{
    QString code = QStringLiteral("USD");
    int decimals = 2;
    Minor cashRounding = 0;
    static Currency fromCode(const QString &iso);
};

// Locale-aware presentation with currency symbol ("$1,234.50", "1.234,50 €").
QString formatMoney(Minor amount, const Currency &currency, const QLocale &locale);
// Also takes the currency's symbol or code before or after the number ("$1.50", "1,50 €").
Result<Minor> parseMoney(QStringView text,
                         const Currency &currency,
                         NumberSource source,
                         const QLocale &locale = QLocale::c());
// The symbols parseMoney takes for `currency` in `locale`.
QStringList currencySymbols(const Currency &currency, const QLocale &locale);

// Quantities: "0.375" -> 375 milli. For Unit::Each only whole numbers are accepted.
Result<Milli> parseQuantity(QStringView text,
                            Unit unit,
                            NumberSource source,
                            const QLocale &locale = QLocale::c());
// The shape of a quantity of `unit`: 3 decimals, whole for items sold each.
NumberShape quantityShape(Unit unit);
QString formatQuantity(Milli qty, Unit unit, const QLocale &locale = QLocale::c());

} // namespace sk
