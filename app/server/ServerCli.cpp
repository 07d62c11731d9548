#include "app/server/ServerCli.h"
#include "app/server/ShopStore.h"

#include "app/server/ServerStore.h"
#include "app/server/SyncServer.h"
#include "core/sync/EventValidator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <limits>
#include <sys/socket.h>
#include <unistd.h>

namespace sk::server {

namespace {

const char kUsage[]
    = R"(Usage: stallkeeper-server [--db FILE | --database postgresql://USER@HOST:PORT/DB] COMMAND

  vendor add NAME                 create a vendor
  vendor list                     list vendors
  pair-code VENDOR [--ttl HOURS]  print a one-time pairing code (default: valid 24 hours)
  devices VENDOR                  list a vendor's devices (id, name, paired, last seen, state,
                                  clock offset)
  revoke DEVICE_ID                refuse this device's token from now on
  shop enable VENDOR [--base URL] turn on the vendor's order page and print its address
  market add NAME                 create a market (its office syncs the booth's devices)
  market list                     list markets
  market join-code MARKET         print a code vendors join the market with (valid 7 days)
  market pair-code MARKET         print a one-time code that pairs a manager's booth device
  market vendors MARKET           list the vendors that joined the market
  serve [--listen ADDR:PORT] [--tls-cert FILE --tls-key FILE] [--insecure-http]
        [--rate N] [--burst N] [--pair-rate N]
        [--header-timeout S] [--body-timeout S] [--idle-timeout S]
        [--max-connections N] [--max-connections-per-address N] [--max-buffered-mb N]
                                  serve the sync API (default 127.0.0.1:8443). Plain HTTP only
                                  on the loopback (behind a reverse proxy with HTTPS) unless
                                  --insecure-http. N requests per second per device, bursts of
                                  up to --burst; N pairing attempts per minute per address
                                  (default 10). A request's headers within 10 s, its body
                                  within 60 s, idle connections closed after 30 s; at most 4096
                                  connections (fewer if the open-file limit says so), 256 per
                                  address, 128 MB of request bodies at once.

The store defaults to stallkeeper-server.sqlite in the current folder (or $STALLKEEPER_SERVER_DB).
)";

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int failWith(const QString &message, int code = 1)
{
    err() << "stallkeeper-server: " << message << "\n";
    err().flush();
    return code;
}

QString stamp(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate)
              : QStringLiteral("-");
}

// A rate or count above zero, read as machine text (core/Money.h): a dot for decimals, nothing
// grouping digits, no "inf" or "nan".
double positiveNumber(const QString &text, bool *ok)
{
    const auto v = parseFixed(text, 3, NumberSource::Machine);
    *ok = v && *v > 0;
    return *ok ? double(*v) / 1000.0 : 0.0;
}

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalFds[0], &c, 1);
}

int serve(ServerStore &store, const QStringList &args)
{
    QString listen = QStringLiteral("127.0.0.1:8443"), cert, key;
    ServerConfig config;
    // Whole seconds or counts, at least 1.
    auto positive = [](const QString &v, bool *ok) {
        const auto n = parseWhole(v, NumberSource::Machine);
        *ok = n && *n >= 1 && *n <= std::numeric_limits<int>::max();
        return *ok ? int(*n) : 0;
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--insecure-http") {
            config.insecureHttp = true;
            continue;
        }
        const QString v = i + 1 < args.size() ? args[i + 1] : QString();
        bool ok = true;
        if (a == u"--listen")
            listen = v;
        else if (a == u"--tls-cert")
            cert = v;
        else if (a == u"--tls-key")
            key = v;
        else if (a == u"--rate")
            config.ratePerSecond = positiveNumber(v, &ok);
        else if (a == u"--burst")
            config.burst = positiveNumber(v, &ok);
        else if (a == u"--pair-rate")
            config.pairPerMinute = positiveNumber(v, &ok);
        else if (a == u"--header-timeout")
            config.connections.headerTimeoutMs = positive(v, &ok) * 1000;
        else if (a == u"--body-timeout")
            config.connections.bodyTimeoutMs = positive(v, &ok) * 1000;
        else if (a == u"--idle-timeout")
            config.connections.idleTimeoutMs = positive(v, &ok) * 1000;
        else if (a == u"--max-connections")
            config.connections.maxConnections = positive(v, &ok);
        else if (a == u"--max-connections-per-address")
            config.connections.maxConnectionsPerAddress = positive(v, &ok);
        else if (a == u"--max-buffered-mb")
            config.connections.maxBufferedBodyBytes = qint64(positive(v, &ok)) * 1024 * 1024;
        else
            return failWith(QStringLiteral("unknown serve option %1").arg(a), 2);
        if (!ok || v.isEmpty())
            return failWith(QStringLiteral("%1 takes a number above 0, such as 2.5").arg(a), 2);
        ++i;
    }
    if (cert.isEmpty() != key.isEmpty())
        return failWith(QStringLiteral("--tls-cert and --tls-key go together"), 2);
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    QString host = listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (colon <= 0 || !portOk || port > 65535 || address.isNull())
        return failWith(QStringLiteral("--listen takes ADDRESS:PORT, e.g. 0.0.0.0:8443"), 2);
    std::optional<QSslConfiguration> tls;
    if (!cert.isEmpty()) {
        auto c = SyncServer::loadTls(cert, key);
        if (!c)
            return failWith(c.error().detail);
        tls = *c;
    }
    // Every connection is a file: systemd starts services with a soft limit of 1024.
    raiseOpenFileLimit();
    SyncServer server(store, config);
    auto bound = server.listen(address, quint16(port), tls);
    if (!bound)
        return failWith(bound.error().detail,
                        bound.error().code == Error::Code::InvalidInput ? 2 : 1);
    if (!tls && !address.isLoopback()) {
        err() << "stallkeeper-server: warning: serving plain HTTP on " << listen.left(colon) << ":"
              << *bound
              << " (--insecure-http): pairing codes and device tokens cross the network "
                 "unencrypted\n";
        err().flush();
    }
    out() << "stallkeeper-server " << STALLKEEPER_VERSION << " serving " << (tls ? "https" : "http")
          << "://" << listen.left(colon) << ":" << *bound << " ("
          << (store.isPostgres() ? "PostgreSQL" : "SQLite") << ", up to " << server.connectionCap()
          << " connections)\n";
    out().flush();
    // SIGTERM/SIGINT end the loop cleanly (systemd stop), through a socket pair.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &server);
        QObject::connect(
            notifier, &QSocketNotifier::activated, &server, [] { QCoreApplication::quit(); });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    return QCoreApplication::exec();
}

} // namespace

int runServerCli(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    QString spec = qEnvironmentVariable("STALLKEEPER_SERVER_DB",
                                        QStringLiteral("stallkeeper-server.sqlite"));
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString a = args.takeFirst();
        if (a == u"--help" || a == u"-h") {
            out() << kUsage;
            return 0;
        }
        if (a == u"--version") {
            out() << "stallkeeper-server " << QCoreApplication::applicationVersion() << "\n";
            return 0;
        }
        if ((a == u"--db" || a == u"--database") && !args.isEmpty())
            spec = args.takeFirst();
        else
            return failWith(QStringLiteral("unknown option %1 (see --help)").arg(a), 2);
    }
    if (args.isEmpty()) {
        err() << kUsage;
        return 2;
    }
    const QString cmd = args.takeFirst();
    static const QStringList commands = {QStringLiteral("vendor"),
                                         QStringLiteral("pair-code"),
                                         QStringLiteral("devices"),
                                         QStringLiteral("revoke"),
                                         QStringLiteral("shop"),
                                         QStringLiteral("market"),
                                         QStringLiteral("serve")};
    if (!commands.contains(cmd))
        return failWith(QStringLiteral("unknown command %1 (see --help)").arg(cmd), 2);
    auto store = ServerStore::open(spec);
    if (!store)
        return failWith(store.error().detail);
    ServerStore &s = **store;
    if (cmd == u"vendor") {
        if (args.value(0) == u"add" && args.size() == 2) {
            auto v = s.addVendor(args[1]);
            if (!v)
                return failWith(v.error().detail);
            out() << "vendor " << v->name << " " << v->id << "\n";
            return 0;
        }
        if (args.value(0) == u"list" && args.size() == 1) {
            auto list = s.vendors();
            if (!list)
                return failWith(list.error().detail);
            for (const Vendor &v : *list)
                out() << v.id << "  " << v.name << "\n";
            return 0;
        }
        return failWith(QStringLiteral("vendor add NAME | vendor list"), 2);
    }
    if (cmd == u"shop") {
        if (args.value(0) != u"enable"
            || !(args.size() == 2 || (args.size() == 4 && args[2] == u"--base")))
            return failWith(QStringLiteral("shop enable VENDOR [--base URL]"), 2);
        auto v = ShopStore(s).enable(args[1]);
        if (!v)
            return failWith(v.error().detail);
        const QString base = args.size() == 4 ? args[3] : QStringLiteral("https://HOST");
        out() << base << (base.endsWith(u'/') ? "" : "/") << "shop/" << v->slug << "\n";
        return 0;
    }
    if (cmd == u"pair-code") {
        int ttl = 24;
        if (args.size() == 3 && args[1] == u"--ttl") {
            const auto hours = parseWhole(args[2], NumberSource::Machine);
            if (!hours || *hours < 0 || *hours > std::numeric_limits<int>::max())
                return failWith(QStringLiteral("--ttl takes hours"), 2);
            ttl = int(*hours);
        } else if (args.size() != 1) {
            return failWith(QStringLiteral("pair-code VENDOR [--ttl HOURS]"), 2);
        }
        auto code = s.createPairCode(args[0], ttl);
        if (!code)
            return failWith(code.error().detail);
        out() << *code << "\n";
        return 0;
    }
    if (cmd == u"devices") {
        if (args.size() != 1)
            return failWith(QStringLiteral("devices VENDOR"), 2);
        auto list = s.devices(args[0]);
        if (!list)
            return failWith(list.error().detail);
        for (const DeviceInfo &d : *list) {
            out() << d.id << "  " << d.name << "  paired " << stamp(d.pairedAt) << "  last seen "
                  << stamp(d.lastSeenAt) << "  " << (d.revoked ? "revoked" : "active");
            // Its clock against the server's, as its last request showed it.
            if (d.clockCheckedAt)
                out() << "  clock " << (d.clockOffsetMs < 0 ? "-" : "+")
                      << sync::durationText(d.clockOffsetMs)
                      << (qAbs(d.clockOffsetMs) > kMaxClockSkewMs ? " (set it: pushes refused)"
                                                                  : "");
            out() << "\n";
        }
        return 0;
    }
    if (cmd == u"market")
        return runMarketCommand(s, args);
    if (cmd == u"revoke") {
        if (args.size() != 1)
            return failWith(QStringLiteral("revoke DEVICE_ID"), 2);
        if (auto r = s.revoke(args[0]); !r)
            return failWith(r.error().detail);
        out() << "revoked " << args[0] << "\n";
        return 0;
    }
    return serve(s, args);
}

} // namespace sk::server
