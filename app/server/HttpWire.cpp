#include "app/server/HttpWire.h"

#include "core/sync/SyncProtocol.h"

#include <QHash>
#include <QJsonDocument>
#include <QList>

#include <algorithm>

namespace sk::server {

QByteArray httpStatusLine(int status)
{
    static const QHash<int, QByteArray> reasons = {{200, "OK"},
                                                   {400, "Bad Request"},
                                                   {401, "Unauthorized"},
                                                   {403, "Forbidden"},
                                                   {404, "Not Found"},
                                                   {405, "Method Not Allowed"},
                                                   {408, "Request Timeout"},
                                                   {409, "Conflict"},
                                                   {411, "Length Required"},
                                                   {413, "Payload Too Large"},
                                                   {422, "Unprocessable Content"},
                                                   {429, "Too Many Requests"},
                                                   {431, "Request Header Fields Too Large"},
                                                   {500, "Internal Server Error"},
                                                   {503, "Service Unavailable"}};
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status, "Status")
           + "\r\n";
}

RequestHead readRequestHead(const QByteArray &block)
{
    RequestHead h;
    bool lengthSeen = false;
    const QList<QByteArray> lines = block.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.first(colon).trimmed();
        const QByteArray value = line.sliced(colon + 1).trimmed();
        if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            h.transferEncoding = true;
        } else if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = !value.isEmpty() && value.size() <= 18
                      && std::all_of(
                          value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
            const qint64 n = ok ? value.toLongLong(&ok) : -1;
            if (!ok || (lengthSeen && n != h.contentLength))
                h.bad = true;
            h.contentLength = n;
            lengthSeen = true;
        }
    }
    return h;
}

QByteArray errorAnswer(int status, const QString &code, const QString &message, int retryAfter)
{
    const QByteArray body
        = QJsonDocument(sync::errorBody(code, message)).toJson(QJsonDocument::Compact);
    QByteArray out = httpStatusLine(status)
                     + "Content-Type: application/json\r\nCache-Control: no-store\r\n"
                       "Connection: close\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n";
    if (retryAfter > 0)
        out += "Retry-After: " + QByteArray::number(retryAfter) + "\r\n";
    return out + "\r\n" + body;
}

} // namespace sk::server
