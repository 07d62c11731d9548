#pragma once

#include "core/hardware/Barcode.h"

namespace sk::hw {

// A label for a pre-packed weighed item (a jar of honey, a bag of greens): name, net weight,
// price per unit, price and a price-embedded barcode, for a PDF label sheet or a Zebra-style
// label printer (ZPL).
struct Label
{
    QString name;
    Milli weight = 0;
    Unit unit = Unit::Lb;
    Minor unitPrice = 0;
    Minor price = 0;
    Currency currency;
    QString barcode; // 12 (UPC-A) or 13 (EAN-13) digits, check digits included

    // The item code is `itemCode`, or else the product's SKU or first barcode when one of them
    // is all digits and short enough for the layout.
    static Result<Label> make(const Product &product,
                              Milli weight,
                              const Currency &currency,
                              const barcode::Layout &layout,
                              const QString &itemCode = {});
};

namespace barcode {
// The 95 modules of an EAN-13 (or a UPC-A, as the EAN-13 with a leading 0): '1' bar, '0' space,
// guards included.
Result<QString> modules(const QString &code);
} // namespace barcode

// One 58 x 40 mm page with the label; the barcode drawn as bars at 0.33 mm a module.
QByteArray labelPdf(const Label &label, const QLocale &locale = QLocale::c());
// The same for a ZPL printer (203 dpi): text fields and ^BE (EAN-13) or ^BU (UPC-A).
QByteArray labelZpl(const Label &label, const QLocale &locale = QLocale::c());

} // namespace sk::hw
