#include "Schema.h"

namespace sk {

// Migration 9: the money rules that were data nobody could see.
// - tender_types.refund_to: where money a tender took goes back on a refund: 'any' (itself, or
//   another 'any' tender the vendor chooses), 'same' (only itself: the EBT card, tokens, the
//   program), 'exchange' (never paid back). Restricted tenders start as 'same'.
// - sale_tenders.ref_tender_id: on a refund or void, the original sale's tender row the money
//   comes from, so later refunds know what is left of each tender.
// - cash_rounding '' means the currency's default; the '0' every file was created with was
//   never a choice (nothing could set it), so it becomes the default.
Migration migrationMoney()
{
    return {9,
            {
                QStringLiteral("ALTER TABLE tender_types ADD COLUMN refund_to TEXT NOT NULL "
                               "DEFAULT 'any' CHECK (refund_to IN ('any', 'same', 'exchange'))"),
                QStringLiteral("UPDATE tender_types SET refund_to = 'same' WHERE eligibility <> "
                               "'any'"),
                QStringLiteral("ALTER TABLE sale_tenders ADD COLUMN ref_tender_id TEXT"),
                QStringLiteral("UPDATE settings SET value = '' WHERE key = 'cash_rounding' AND "
                               "value = '0'"),
            }};
}

} // namespace sk
