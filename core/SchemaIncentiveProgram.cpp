#include "core/Schema.h"

namespace sk {

// Migration 22: the incentive match applied at the stall is owed back by a program, so it
// belongs on the turn-in slip from the first matched sale; before, the 'incentive' tender had
// no program until the vendor gave it one in the tender settings, and the slip left it out.
// A tender whose program the vendor has set (even to none) keeps it: INSERT OR IGNORE.
Migration migrationIncentiveProgram()
{
    return {22,
            {QStringLiteral("INSERT OR IGNORE INTO tender_programs (tender, program, deposit_days) "
                            "SELECT code, 'Produce match', 0 FROM tender_types WHERE code = "
                            "'incentive'")}};
}

} // namespace sk
