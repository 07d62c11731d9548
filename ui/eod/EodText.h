#pragma once

#include "core/Error.h"
#include "core/Money.h"

#include <QString>

namespace sk::ui::eod {

// "+$1.50", "−$0.25", "$0.00": over/short and variances read with their sign.
QString signedMoney(Minor amount, const Currency &currency);
// "+2", "−0.250 lb".
QString signedQuantity(Milli qty, Unit unit);
// A core error as the vendor reads it: a translated sentence for the code, then the detail.
QString errorText(const Error &e);

} // namespace sk::ui::eod
