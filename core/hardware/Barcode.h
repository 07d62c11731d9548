#pragma once

#include "core/Catalog.h"
#include "core/SaleEngine.h"

#include <optional>

namespace sk::hw::barcode {

// GS1 check digit of `digits` (the code without its last digit): weights 3 and 1 from the right.
int checkDigit(QStringView digits);
// The price check digit of a 4-digit price field (GS1 "2-, 2-, 3, 5-" weights).
int priceCheckDigit(QStringView fourDigits);

// Restricted-circulation codes (prefix 2) that carry an item code and a price or a weight, as
// scales and label printers make them for pre-packed goods:
//   UPC-A   2 IIIII V PPPP C      (V: price check digit; without it, 5 price digits)
//   EAN-13  2x IIIII V PPPP C     (x: the flag digit the country or store uses)
// A price is in minor units; a weight in 10^-decimals of `weightUnit` (grams: 0 decimals;
// pounds in hundredths: 2).
struct Layout
{
    enum class Symbology { UpcA, Ean13 };
    enum class Value { Price, Weight };
    Symbology symbology = Symbology::UpcA;
    QString prefix = QStringLiteral("2"); // 1 digit for UPC-A, 2 for EAN-13
    int itemDigits = 5;
    bool priceCheck = true; // a check digit before a 4-digit value
    Value value = Value::Price;
    Unit weightUnit = Unit::G;
    int decimals = 0;

    int length() const { return symbology == Symbology::UpcA ? 12 : 13; }
    int valueDigits() const;
    // "upca-price", "ean13-price", "ean13-weight-g", ... (the names CLI and settings take).
    static Result<Layout> fromName(const QString &name);
};

// The layouts a scan is tried against: UPC-A prefix 2 with a checked price (the North American
// practice), EAN-13 prefix 20 with a checked price, EAN-13 prefix 28 with a weight in grams.
QList<Layout> defaultLayouts();

struct Embedded
{
    QString itemCode;
    Layout::Value kind = Layout::Value::Price;
    Minor price = 0;  // kind Price
    Milli weight = 0; // kind Weight, milli-units of `unit`
    Unit unit = Unit::G;
};

// `price` (minor units) or `weight` (milli-units of the layout's unit, whole multiples of its
// last digit) encoded with every check digit. Too many digits is an error, never a cut.
Result<QString> encode(const Layout &layout, const QString &itemCode, qint64 priceOrWeight);
// nullopt: not a code of this layout (length or prefix). An error: it is, but a check digit
// is wrong (a misread that must not ring up a wrong price).
std::optional<Result<Embedded>> decode(const Layout &layout, const QString &code);

// What a scan at the till means when it is a price- or weight-embedded code: the product whose
// SKU or barcode is the item code, at the label's weight or price. A price on a weighed item
// becomes the quantity that price buys, and the line's unit price is set so the line comes to
// the label's price exactly. nullopt: not such a code (look it up as any other).
std::optional<Result<CartLine>> lineForScan(ProductRepository &products,
                                            const QString &code,
                                            const QList<Layout> &layouts = defaultLayouts());

} // namespace sk::hw::barcode
