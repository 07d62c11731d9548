#include "core/booth/BoothChecks.h"

#include "core/booth/BoothTypes.h"
#include "core/booth/VendorSlip.h"

namespace sk::booth {

bool isMarketEvent(const QString &type)
{
    return type == u"market_slip" || type == u"booth_kind" || type == u"booth_txn"
           || type == u"booth_move" || type == u"booth_turnin";
}

Status checkMarketEvent(const sync::Event &e)
{
    const auto refuse = [&](const QString &why) {
        return fail(Error::Code::InvalidInput, QStringLiteral("%1: %2").arg(e.type, why));
    };
    if (e.type == u"market_slip") {
        QString why;
        if (!VendorSlip::fromJson(e.data, &why))
            return refuse(why);
        return {};
    }
    bool ok = true;
    if (e.type == u"booth_kind")
        ok = TokenKind::fromJson(e.data).has_value();
    else if (e.type == u"booth_txn")
        ok = BoothTxn::fromJson(e.data).has_value();
    else if (e.type == u"booth_move")
        ok = TokenMove::fromJson(e.data).has_value();
    else if (e.type == u"booth_turnin")
        ok = TurnIn::fromJson(e.data).has_value();
    return ok ? Status{} : refuse(QStringLiteral("a field is missing or out of range"));
}

} // namespace sk::booth
