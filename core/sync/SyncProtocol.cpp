#include "core/sync/SyncProtocol.h"

#include <QJsonDocument>

#include <algorithm>
#include <array>

namespace sk::sync {

namespace {
Error invalid(const QString &m)
{
    return Error::invalid(m);
}
} // namespace

QJsonObject Event::envelope() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("type"), type},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("hlc"), QString::number(hlc)},
            {QStringLiteral("data"), data}};
}

QByteArray Event::canonical() const
{
    if (!canonicalJson.isEmpty())
        return canonicalJson;
    return QJsonDocument(envelope()).toJson(QJsonDocument::Compact);
}

// By hand rather than by regular expression: both run for every pushed event, on several
// threads at once.
bool isUuid(QStringView s)
{
    if (s.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = s[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

bool isEventType(const QString &s)
{
    if (s.isEmpty() || s.size() > 40 || s[0] < u'a' || s[0] > u'z')
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar ch) {
        const char16_t c = ch.unicode();
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'.';
    });
}

Result<Event> parseEnvelope(const QJsonValue &v, QByteArrayView sent)
{
    if (!v.isObject())
        return std::unexpected(invalid(QStringLiteral("an event must be a JSON object")));
    const QJsonObject o = v.toObject();
    static const QStringList known = {QStringLiteral("id"),
                                      QStringLiteral("type"),
                                      QStringLiteral("device_id"),
                                      QStringLiteral("hlc"),
                                      QStringLiteral("data")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return std::unexpected(
                invalid(QStringLiteral("unknown event field \"%1\"").arg(it.key().left(40))));
    Event e;
    const QJsonValue id = o.value(QLatin1String("id")), type = o.value(QLatin1String("type")),
                     device = o.value(QLatin1String("device_id")),
                     hlc = o.value(QLatin1String("hlc")), data = o.value(QLatin1String("data"));
    if (!id.isString() || !isUuid(id.toString()))
        return std::unexpected(invalid(QStringLiteral("event id must be a lowercase UUID string")));
    e.id = id.toString();
    if (!type.isString() || !isEventType(type.toString()))
        return std::unexpected(
            invalid(QStringLiteral("event type must be a short lowercase name")));
    e.type = type.toString();
    if (!device.isString() || !isUuid(device.toString()))
        return std::unexpected(invalid(QStringLiteral("event device_id must be a UUID string")));
    e.deviceId = device.toString();
    bool ok = false;
    e.hlc = hlc.isString() ? hlc.toString().toLongLong(&ok) : 0;
    if (!ok || e.hlc <= 0)
        return std::unexpected(
            invalid(QStringLiteral("event hlc must be a positive decimal string")));
    if (!data.isObject())
        return std::unexpected(invalid(QStringLiteral("event data must be an object")));
    e.data = data.toObject();
    e.canonicalJson = sent.isEmpty() ? e.canonical() : sent.toByteArray();
    if (e.canonicalJson.size() > limits::kMaxEventBytes)
        return std::unexpected(
            invalid(QStringLiteral("event is larger than %1 bytes").arg(limits::kMaxEventBytes)));
    return e;
}

bool sameContent(QByteArrayView a, QByteArrayView b)
{
    if (a == b)
        return true;
    const auto parse = [](QByteArrayView text) {
        return QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()));
    };
    const QJsonDocument da = parse(a);
    return da.isObject() && da == parse(b);
}

namespace {
// The bytes splitPushBody stops at: quotes, escapes and brackets.
constexpr std::array<bool, 256> kSplitStops = [] {
    std::array<bool, 256> t{};
    for (const char c : {'"', '\\', '{', '}', '[', ']'})
        t[static_cast<unsigned char>(c)] = true;
    return t;
}();
} // namespace

std::optional<QList<QByteArrayView>> splitPushBody(QByteArrayView body)
{
    return splitEventsBody(body, nullptr);
}

std::optional<QList<QByteArrayView>> splitEventsBody(QByteArrayView body, QByteArrayView *rest)
{
    qsizetype i = 0;
    const qsizetype n = body.size();
    const auto space = [&] {
        while (i < n && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t'))
            ++i;
    };
    const auto take = [&](QByteArrayView token) {
        space();
        if (!body.sliced(i).startsWith(token))
            return false;
        i += token.size();
        return true;
    };
    if (!take("{") || !take("\"events\"") || !take(":") || !take("["))
        return std::nullopt;
    QList<QByteArrayView> events;
    bool more = !take("]");
    while (more) {
        space();
        if (i >= n || body[i] != '{')
            return std::nullopt;
        const qsizetype start = i;
        int depth = 0;
        bool inString = false;
        for (; i < n; ++i) {
            // Most bytes are none of the six that matter here: pass over them in a tight loop.
            while (i < n && !kSplitStops[static_cast<unsigned char>(body[i])])
                ++i;
            if (i == n)
                break;
            const char c = body[i];
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                ++i;
                break;
            }
        }
        if (depth != 0)
            return std::nullopt;
        events << body.sliced(start, i - start);
        if (take("]"))
            more = false;
        else if (!take(","))
            return std::nullopt;
    }
    if (rest) {
        // The other members, as the text of an object of their own: "{" + what follows the
        // comma (its closing bracket is the body's).
        *rest = {};
        if (take(",")) {
            *rest = body.sliced(i - 1);
            return events;
        }
    }
    if (!take("}"))
        return std::nullopt;
    space();
    if (i != n)
        return std::nullopt;
    if (rest)
        *rest = "{}";
    return events;
}

QJsonObject errorBody(const QString &code, const QString &message)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

} // namespace sk::sync
