#include "app/server/ServerCli.h"

#include "app/server/ServerStore.h"

#include <QTextStream>

// stallkeeper-server market ...: markets, their join codes (vendors join with one from their
// device's Settings) and the pairing codes of their managers' devices.

namespace sk::server {

int runMarketCommand(ServerStore &s, const QStringList &args)
{
    QTextStream out(stdout), err(stderr);
    const auto failWith = [&](const QString &message, int code) {
        err << "stallkeeper-server: " << message << "\n";
        return code;
    };
    const QString sub = args.value(0);
    if (sub == u"add" && args.size() == 2) {
        auto m = s.addMarket(args[1]);
        if (!m)
            return failWith(m.error().detail, 1);
        out << "market " << m->name << " " << m->id << "\n";
        return 0;
    }
    if (sub == u"list" && args.size() == 1) {
        auto list = s.markets();
        if (!list)
            return failWith(list.error().detail, 1);
        for (const Market &m : *list) {
            out << m.id << "  " << m.name;
            if (auto v = s.marketVendors(m.id))
                out << "  (" << v->size() << " vendors)";
            out << "\n";
        }
        return 0;
    }
    if ((sub == u"join-code" || sub == u"pair-code") && args.size() == 2) {
        auto code = sub == u"join-code" ? s.createJoinCode(args[1]) : s.pairCodeForMarket(args[1]);
        if (!code)
            return failWith(code.error().detail, 1);
        out << *code << "\n";
        return 0;
    }
    if (sub == u"vendors" && args.size() == 2) {
        auto m = s.marketByName(args[1]);
        if (!m)
            return failWith(m.error().detail, 1);
        auto list = s.marketVendors(m->id);
        if (!list)
            return failWith(list.error().detail, 1);
        for (const Vendor &v : *list)
            out << v.id << "  " << v.name << "\n";
        return 0;
    }
    return failWith(QStringLiteral("market add NAME | market list | market join-code MARKET | "
                                   "market pair-code MARKET | market vendors MARKET"),
                    2);
}

} // namespace sk::server
