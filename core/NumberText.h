#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <expected>

namespace sk {

// The one reading of a number written as text, for amounts, quantities, rates and counts from
// every source: CLI arguments, CSV files, and every field of the app. It never accepts a
// grouping separator: "1,000" read as 1000 by one person is 1.000 to another, and a
// spreadsheet's "2,49" once became 249.00. Text that groups digits, or that could be read two
// ways, is refused with what to write instead.
//
// Where the text comes from decides what a separator means:
enum class NumberSource {
    // CLI arguments, CSV files, anything written by a program: "." is the decimal point and
    // nothing else is; a "," is refused ("1,5": write 1.5).
    Machine,
    // Typed or pasted by a person into the app: ".", "," and the locale's own decimal
    // separator are all the decimal separator (a numeric keypad's decimal key sends either,
    // whatever the language). Suggestions are written with the locale's separator.
    Typed,
};

// What a value may hold.
struct NumberShape
{
    int decimals = 0;         // fractional digits kept (2 for cents, 3 for milli-units)
    bool whole = false;       // only whole numbers (pieces, items sold each)
    QStringList symbols = {}; // currency symbols allowed before or after the number
};

// Why text is not a number, in terms the UI can translate and the CLI can print.
struct NumberProblem
{
    enum class Kind {
        Empty,           // nothing but spaces
        NotANumber,      // letters, a misplaced sign, two decimal separators, a NUL byte ...
        Grouped,         // digits grouped ("1 000", "1.000,50") or, in machine text, a decimal
                         // comma; `write` holds what to type instead (one or two readings)
        TooManyDecimals, // more fractional digits than the value keeps
        NotWhole,        // a fraction where only whole numbers are taken
        TooLarge,        // beyond 64 bits
    };
    Kind kind = Kind::NotANumber;
    QString text;      // the text as given, at most 40 characters
    QStringList write; // Grouped: the readings to suggest, e.g. {"1000", "1.000"}
    int decimals = 0;  // TooManyDecimals: the most allowed
    NumberSource source = NumberSource::Machine;

    // An English sentence for the CLI, logs and core errors:
    //   "1,5": write 1.5 (a dot for decimals, no thousands separators)
    QString describe() const;
};

// Reads `text` as a fixed-point number with `shape.decimals` fractional digits: "1.5" with 3
// decimals is 1500. Accepts surrounding spaces, one leading sign (+, -, the Unicode minus, the
// locale's), and one of `shape.symbols` before or after the number (either side of the sign).
// Fractional digits beyond `decimals` are accepted only when they are zeros ("300.00" yen).
// A single separator followed by exactly three digits reads as grouping to some people: it is
// refused as two readings when the value cannot keep three decimals ("1.500" dollars), or
// when, typed by a person, it is the locale's group separator ("1.370" in German). `locale`
// matters only for NumberSource::Typed.
std::expected<qint64, NumberProblem> readNumber(QStringView text,
                                                const NumberShape &shape,
                                                NumberSource source,
                                                const QLocale &locale = QLocale::c());

// The decimal separator a person's typing is shown with in `locale` ("," in es_ES).
QString typedDecimalPoint(const QLocale &locale);

} // namespace sk
