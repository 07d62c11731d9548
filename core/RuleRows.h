#pragma once

#include "core/model/Programs.h"
#include "core/model/TaxTender.h"

class QSqlQuery;

namespace sk {

// Rows of the rule tables, as SaleRules::load (SaleRules.cpp) and the repositories that edit
// them read them.

// A row that starts "code, name, rate_ppm, active" (tax_categories).
TaxCategory taxCategoryRow(const QSqlQuery &q);
// A row that starts "code, name, gives_change, eligibility, untaxed, face_value, enabled, sort,
// refund_to, program, deposit_days" (tender_types and their tender_programs).
TenderType tenderTypeRow(const QSqlQuery &q);
// A row that starts "tender_code, source_class, match_class, match_ppm, cap, period"
// (incentive_rules).
IncentiveRule incentiveRuleRow(const QSqlQuery &q);

} // namespace sk
