#include "core/Schema.h"

namespace sk {

// Migration 9: the money rules that were data nobody could see.
// - tender_types.refund_to: where money a tender took goes back on a refund: 'any' (itself, or
//   another 'any' tender the vendor chooses), 'same' (only itself: the EBT card, tokens, the
//   program), 'exchange' (never paid back). Restricted tenders start as 'same'.
// - sale_tenders.ref_tender_id: on a refund or void, the original sale's tender row the money
//   comes from, so later refunds know what is left of each tender.
// - sale_client_refs: the key a script gave `sale --client-ref`, written in the sale's own
//   transaction; device-local, never synced. `fingerprint` tells a retry from a different sale.
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
                QStringLiteral(R"(CREATE TABLE sale_client_refs (
                    client_ref TEXT PRIMARY KEY,
                    sale_id TEXT NOT NULL UNIQUE REFERENCES sales (id),
                    fingerprint TEXT NOT NULL,
                    created_at INTEGER NOT NULL))"),
                QStringLiteral("UPDATE settings SET value = '' WHERE key = 'cash_rounding' AND "
                               "value = '0'"),
            }};
}

} // namespace sk
