#pragma once

#include "core/reports/ReportCatalog.h"

namespace sk::reports::scan {

// The reports of ReportCatalog::all() (same names, columns, filters and order), each built as a
// scan of the sales, lines, tenders and stock movements with no summary table.
QList<ReportDefinition> catalog();

} // namespace sk::reports::scan
