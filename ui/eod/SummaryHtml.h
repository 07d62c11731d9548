#pragma once

#include "core/eod/ClosingSummary.h"

#include <QString>

namespace sk::ui {

// The closing summary as a printable HTML document (screen, printer and PDF use the same).
QString closingSummaryHtml(const ClosingSummary &s);

} // namespace sk::ui
