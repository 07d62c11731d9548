#include "core/hardware/WeightPolicy.h"

#include "core/Database.h"

namespace sk::hw::weightPolicy {

bool manualAllowed(Database &db)
{
    return db.setting(kForbiddenKey) != u"1";
}

Status setManualAllowed(Database &db, bool allowed)
{
    return db.setSetting(kForbiddenKey, allowed ? QStringLiteral("0") : QStringLiteral("1"));
}

Status check(Database &db, const Cart &cart)
{
    for (const CartLine &l : cart.lines)
        if (!markFits(l.product.unit, l.manualWeight))
            return sk::fail(Error::Code::InvalidInput,
                            QStringLiteral("%1 is sold by the piece: it has no weight to type")
                                .arg(l.product.name));
    for (const CartLine &l : cart.lines)
        if (l.manualWeight && !manualAllowed(db))
            return sk::fail(Error::Code::Unauthorized,
                            QStringLiteral("%1: typed weights are turned off; weigh it on the "
                                           "scale")
                                .arg(l.product.name));
    return {};
}

} // namespace sk::hw::weightPolicy
