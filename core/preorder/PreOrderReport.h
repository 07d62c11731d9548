#pragma once

#include "core/reports/ReportCatalog.h"

namespace sk::reports {

// The "preorders" report (ReportCatalog): one row per market day of pick-up orders: how many,
// how they ended (picked up, partly, no-show, still waiting, cancelled: an order called off stays
// on record and is counted here), the fill rate (lines handed over in full, a weighed line with
// any weight, out of the lines of orders not cancelled) and, for weighed lines handed over,
// the weight ordered, handed over and the difference (in each item's unit).
Result<ReportQuery> buildPreOrders(Database &db, const ReportFilter &f);

} // namespace sk::reports
