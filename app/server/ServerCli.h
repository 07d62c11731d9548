#pragma once

#include <QStringList>

namespace sk::server {

// stallkeeper-server's command line (docs/administration.md "The server"): administration commands
// and `serve`. Returns the exit code; `serve` returns when the event loop ends.
int runServerCli(const QStringList &arguments);

class ServerStore;
// `market ...` (MarketCli.cpp), with the arguments after "market".
int runMarketCommand(ServerStore &store, const QStringList &args);

} // namespace sk::server
