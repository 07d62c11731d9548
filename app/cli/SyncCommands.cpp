#include "app/cli/Cli.h"

#include "core/sync/EventValidator.h"
#include "core/sync/SyncClient.h"
#include "core/sync/SyncEngine.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSysInfo>

namespace sk::cli {

namespace {

int cmdPair(Context &ctx, Args &a)
{
    const QString server = a.value(QStringLiteral("server"));
    const QString code = a.value(QStringLiteral("code"));
    if (server.isEmpty() || code.isEmpty() || !a.positional.isEmpty())
        usageError(QStringLiteral("pair takes --server URL --code CODE"));
    Database &db = ctx.database();
    const QString ca = a.value(QStringLiteral("ca"));
    if (!ca.isEmpty()) {
        if (!QFileInfo::exists(ca))
            failWith(Error::io(QStringLiteral("no certificate file %1").arg(ca)));
        check(db.setLocalSetting(QStringLiteral("sync.ca_file"), QFileInfo(ca).absoluteFilePath()));
    }
    const QString name = a.value(QStringLiteral("name"), QSysInfo::machineHostName());
    const bool insecure = a.flag(QStringLiteral("insecure-http"));
    const sync::SyncReport r = sync::SyncClient::pairBlocking(db, server, code, name, insecure);
    if (r.errorCode == u"insecure_http")
        failWith(Error::invalid(r.message + QStringLiteral(" (--insecure-http)")));
    if (!r.ok)
        failWith(Error{r.errorCode == u"offline" ? Error::Code::Network : Error::Code::Unauthorized,
                       r.message});
    ctx.out << r.message << "\n";
    return 0;
}

int cmdSync(Context &ctx, Args &a)
{
    Database &db = ctx.database();
    sync::SyncEngine engine(db);
    if (a.flag(QStringLiteral("status"))) {
        const sync::SyncState s = check(engine.state());
        if (!s.paired) {
            ctx.out << "not paired; " << s.pending << " event(s) waiting\n";
            return 0;
        }
        ctx.out << "server " << s.serverUrl << " (" << s.vendorName << ")\n"
                << "last sync "
                << (s.lastSuccessMs
                        ? QDateTime::fromMSecsSinceEpoch(s.lastSuccessMs).toString(Qt::ISODate)
                        : QStringLiteral("never"))
                << "\n"
                << s.pending << " event(s) waiting, " << s.rejected << " set aside, " << s.setAside
                << " received set aside, cursor " << s.cursor << "\n";
        if (qAbs(s.clockOffsetMs) > kMaxClockSkewMs)
            ctx.out << "this device's clock is " << sync::durationText(s.clockOffsetMs)
                    << (s.clockOffsetMs > 0 ? " behind" : " ahead of")
                    << " the server's: set its date and time\n";
        if (s.revoked)
            ctx.out << "this device was revoked\n";
        return 0;
    }
    const qint64 started = Clock::nowMs();
    const sync::SyncReport r = sync::SyncClient::syncBlocking(db, 10 * 60 * 1000);
    ctx.out << "pushed " << r.pushed << ", rejected " << r.rejected << ", pulled " << r.pulled
            << " (" << r.applied << " new)\n";
    if (r.rejected > 0) {
        for (const auto &e : check(engine.rejectedEvents()))
            err() << "set aside " << e.type << " " << e.id << ": " << e.reason << "\n";
        err().flush();
    }
    // Pulled events this run set aside (refused by the checks, or not applicable yet).
    for (const auto &e : check(engine.setAsideEvents()))
        if (e.createdAt >= started)
            err() << "set aside received " << e.type << " " << e.id << ": " << e.reason << "\n";
    err().flush();
    if (!r.ok) {
        Error::Code code = Error::Code::Network;
        if (r.errorCode == u"unauthorized" || r.errorCode == u"revoked")
            code = Error::Code::Unauthorized;
        else if (r.errorCode == u"not_paired")
            code = Error::Code::InvalidInput;
        failWith(Error{code, r.message});
    }
    ctx.out << check(db.pendingOutboxCount()) << " event(s) still waiting\n";
    return 0;
}

} // namespace

CommandGroup syncCommands()
{
    return {"Sync\n"
            "  pair --server URL --code CODE [--name NAME] [--ca CERT.pem]\n"
            "       [--insecure-http]                   pair with stallkeeper-server (code from "
            "its admin;\n"
            "                                           http:// only to this machine without the "
            "flag)\n"
            "  sync [--status]                          push waiting events, pull the others' (or "
            "show state)\n",
            {
                {"pair",
                 cmdPair,
                 0,
                 {{"server", "URL"},
                  {"code", "CODE"},
                  {"name", "NAME"},
                  {"ca", "CERT.pem"},
                  {"insecure-http"}}},
                {"sync", cmdSync, 0, {{"status"}}},
            }};
}

} // namespace sk::cli
