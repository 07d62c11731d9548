#pragma once

#include <QSslConfiguration>

#include <optional>

class QObject;
class QTcpServer;

namespace sk::server {

class ConnectionGuard;

// A listening server (not listening yet) whose every connection `guard` sees first: plain TCP,
// or TLS with `tls` (its handshake within `handshakeTimeoutMs`).
QTcpServer *guardedListener(ConnectionGuard &guard,
                            const std::optional<QSslConfiguration> &tls,
                            int handshakeTimeoutMs,
                            QObject *parent);

} // namespace sk::server
