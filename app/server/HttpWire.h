#pragma once

#include <QByteArray>
#include <QString>

// The bytes of HTTP/1.1 the sync server writes and reads itself, ahead of (ConnectionGuard) or
// beside (SyncServer::answer) Qt's HTTP layer.
namespace sk::server {

// "HTTP/1.1 503 Service Unavailable\r\n"
QByteArray httpStatusLine(int status);

// A whole answer that closes the connection: the JSON error {code, message} with its status
// (and Retry-After when `retryAfter` > 0).
QByteArray errorAnswer(int status, const QString &code, const QString &message, int retryAfter);

struct RequestHead
{
    qint64 contentLength = 0;
    bool transferEncoding = false;
    bool bad = false;
};

// The fields of a request's header block that decide where its body ends, read the way Qt's
// parser reads them; anything it could read differently is `bad`.
RequestHead readRequestHead(const QByteArray &block);

} // namespace sk::server
