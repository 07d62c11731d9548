#include "SyncProtocol.h"

#include "Catalog.h"
#include "SaleRepository.h"
#include "StockLedger.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <array>

namespace sk::sync {

namespace {
Error invalid(const QString &m)
{
    return Error::invalid(m);
}

bool isDecimal(const QJsonValue &v, bool allowNegative)
{
    if (!v.isString())
        return false;
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    return ok && (allowNegative || n >= 0);
}

// Types of the fields a known record carries; a field of the wrong JSON type is refused so a
// device never applies a half-understood record.
enum class Kind { String, Bool, Decimal, SignedDecimal, IntOrNull, Array, Int };

Status checkFields(const QJsonObject &o,
                   std::initializer_list<std::pair<const char *, Kind>> fields,
                   const QString &what)
{
    for (const auto &[name, kind] : fields) {
        const QJsonValue v = o.value(QLatin1String(name));
        bool good = true;
        switch (kind) {
        case Kind::String:
            good = v.isString();
            break;
        case Kind::Bool:
            good = v.isBool();
            break;
        case Kind::Decimal:
            good = isDecimal(v, false);
            break;
        case Kind::SignedDecimal:
            good = isDecimal(v, true);
            break;
        case Kind::IntOrNull:
            good = v.isNull() || v.isUndefined()
                   || (v.isDouble() && v.toDouble() == double(v.toInt()));
            break;
        case Kind::Int:
            good = v.isDouble() && v.toDouble() == double(v.toInt());
            break;
        case Kind::Array:
            good = v.isArray();
            break;
        }
        if (!good)
            return std::unexpected(
                invalid(QStringLiteral("%1 field \"%2\" is missing or has the wrong type")
                            .arg(what, QLatin1String(name))));
    }
    return {};
}

Status validateSale(const Event &e, ParsedData *parsed)
{
    if (auto s = checkFields(e.data,
                             {{"id", Kind::String},
                              {"device_id", Kind::String},
                              {"receipt_no", Kind::String},
                              {"kind", Kind::String},
                              {"market_day_id", Kind::String},
                              {"created_at", Kind::Decimal},
                              {"hlc", Kind::Decimal},
                              {"currency", Kind::String},
                              {"subtotal", Kind::SignedDecimal},
                              {"total", Kind::SignedDecimal},
                              {"tax", Kind::SignedDecimal},
                              {"lines", Kind::Array},
                              {"tenders", Kind::Array}},
                             QStringLiteral("sale"));
        !s)
        return s;
    auto r = SaleRecord::fromJson(e.data);
    if (!r)
        return std::unexpected(r.error());
    if (auto s = checkSaleRecord(*r, e); !s)
        return s;
    if (parsed)
        parsed->sale = std::move(*r);
    return {};
}

Status validateProduct(const Event &e)
{
    if (auto s = checkFields(e.data,
                             {{"id", Kind::String},
                              {"sku", Kind::String},
                              {"name", Kind::String},
                              {"category", Kind::String},
                              {"unit", Kind::String},
                              {"price", Kind::Decimal},
                              {"tax_category", Kind::String},
                              {"snap_eligible", Kind::Bool},
                              {"token_eligible", Kind::Bool},
                              {"fmnp_eligible", Kind::Bool},
                              {"active", Kind::Bool},
                              {"quick_color", Kind::String},
                              {"low_stock", Kind::Decimal},
                              {"barcodes", Kind::Array},
                              {"quick_pos", Kind::IntOrNull}},
                             QStringLiteral("product"));
        !s)
        return s;
    auto p = Product::fromJson(e.data);
    if (!p)
        return std::unexpected(p.error());
    if (!isUuid(p->id))
        return std::unexpected(invalid(QStringLiteral("product id is not a UUID")));
    if (p->sku.trimmed().isEmpty() || p->sku.size() > 64)
        return std::unexpected(invalid(QStringLiteral("product SKU must be 1-64 characters")));
    if (p->name.trimmed().isEmpty() || p->name.size() > 200)
        return std::unexpected(invalid(QStringLiteral("product name must be 1-200 characters")));
    const QJsonValue changed = e.data.value(QLatin1String("changed"));
    if (!changed.isUndefined()) {
        if (!changed.isArray())
            return std::unexpected(invalid(QStringLiteral("product \"changed\" must be a list")));
        for (const QJsonValue &c : changed.toArray())
            if (!c.isString())
                return std::unexpected(
                    invalid(QStringLiteral("product \"changed\" lists field names")));
    }
    for (const QJsonValue &b : e.data.value(QLatin1String("barcodes")).toArray())
        if (!b.isString() || b.toString().isEmpty() || b.toString().size() > 64)
            return std::unexpected(invalid(QStringLiteral("product barcodes must be strings")));
    return {};
}

Status validateStockMovement(const Event &e, ParsedData *parsed)
{
    if (auto s = checkFields(e.data,
                             {{"id", Kind::String},
                              {"product_id", Kind::String},
                              {"kind", Kind::String},
                              {"qty", Kind::SignedDecimal},
                              {"hlc", Kind::Decimal},
                              {"device_id", Kind::String},
                              {"created_at", Kind::Decimal}},
                             QStringLiteral("stock movement"));
        !s)
        return s;
    auto m = StockMovement::fromJson(e.data);
    if (!m)
        return std::unexpected(m.error());
    if (m->id != e.id)
        return std::unexpected(invalid(QStringLiteral("movement id differs from the event id")));
    if (m->kind == u"count" && m->qty < 0)
        return std::unexpected(invalid(QStringLiteral("a count cannot be negative")));
    if (parsed)
        parsed->movement = std::move(*m);
    return {};
}

Status validateMarketDay(const Event &e)
{
    if (auto s = checkFields(e.data,
                             {{"id", Kind::String},
                              {"device_id", Kind::String},
                              {"market_name", Kind::String},
                              {"business_date", Kind::String},
                              {"opened_at", Kind::Decimal},
                              {"opening_float", Kind::Decimal}},
                             QStringLiteral("market day"));
        !s)
        return s;
    const QJsonValue closed = e.data.value(QLatin1String("closed_at"));
    if (!closed.isNull() && !closed.isUndefined() && !isDecimal(closed, false))
        return std::unexpected(invalid(QStringLiteral("market day closed_at has the wrong type")));
    if (!isUuid(e.data.value(QLatin1String("id")).toString()))
        return std::unexpected(invalid(QStringLiteral("market day id is not a UUID")));
    const QString name = e.data.value(QLatin1String("market_name")).toString();
    if (name.trimmed().isEmpty() || name.size() > 200)
        return std::unexpected(invalid(QStringLiteral("market name must be 1-200 characters")));
    if (!QDate::fromString(e.data.value(QLatin1String("business_date")).toString(), Qt::ISODate)
             .isValid())
        return std::unexpected(invalid(QStringLiteral("market day business_date is not a date")));
    return {};
}
} // namespace

Status checkSaleRecord(const SaleRecord &r, const Event &e)
{
    if (r.id != e.id)
        return std::unexpected(invalid(QStringLiteral("sale id differs from the event id")));
    if (r.deviceId != e.deviceId)
        return std::unexpected(invalid(QStringLiteral("sale was made on another device")));
    if (r.kind != u"sale" && r.refSaleId.isEmpty())
        return std::unexpected(invalid(QStringLiteral("a %1 must reference a sale").arg(r.kind)));
    if (r.currency.size() != 3)
        return std::unexpected(invalid(QStringLiteral("currency must be an ISO 4217 code")));
    QSet<QString> ids;
    for (const auto &l : r.lines)
        ids.insert(l.id);
    if (ids.size() != r.lines.size())
        return std::unexpected(invalid(QStringLiteral("sale lines repeat an id")));
    return {};
}

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
bool isUuid(const QString &s)
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
    if (!take("}"))
        return std::nullopt;
    space();
    if (i != n)
        return std::nullopt;
    return events;
}

Status validateEventData(const Event &e, ParsedData *parsed)
{
    if (e.type == typeSale())
        return validateSale(e, parsed);
    if (e.type == typeProduct())
        return validateProduct(e);
    if (e.type == typeStockMovement())
        return validateStockMovement(e, parsed);
    if (e.type == typeMarketDay())
        return validateMarketDay(e);
    return {};
}

QJsonObject errorBody(const QString &code, const QString &message)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

} // namespace sk::sync
