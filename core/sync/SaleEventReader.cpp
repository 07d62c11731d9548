#include "sync/SaleEventReader.h"

#include "SaleRepository.h"
#include "StockLedger.h"

#include <cstring>
#include <limits>
#include <optional>

namespace sk::sync {

namespace {

// A cursor over the bytes that accepts only the narrow layout and says no to anything else.
class Reader
{
public:
    explicit Reader(QByteArrayView s)
        : m_p(s.data())
        , m_end(s.data() + s.size())
    {}

    bool atEnd() const { return m_p == m_end; }
    bool peek(char c) const { return m_p < m_end && *m_p == c; }
    bool lit(char c)
    {
        if (!peek(c))
            return false;
        ++m_p;
        return true;
    }
    // `"name":`
    bool key(const char *name)
    {
        const auto n = qsizetype(std::strlen(name));
        if (m_end - m_p < n + 3 || m_p[0] != '"' || std::memcmp(m_p + 1, name, size_t(n)) != 0
            || m_p[n + 1] != '"' || m_p[n + 2] != ':')
            return false;
        m_p += n + 3;
        return true;
    }
    // A string without escapes or control characters: printable ASCII and, where `utf8`,
    // well-formed UTF-8 (no overlong forms, surrogates or noncharacters). Its bytes are its text.
    std::optional<QByteArrayView> text(bool utf8 = false)
    {
        if (!lit('"'))
            return std::nullopt;
        const char *start = m_p;
        while (m_p < m_end && *m_p != '"') {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c >= 0x80) {
                if (!utf8 || !skipUtf8())
                    return std::nullopt;
                continue;
            }
            if (c < 0x20 || c == 0x7f || c == '\\')
                return std::nullopt;
            ++m_p;
        }
        if (m_p == m_end)
            return std::nullopt;
        const QByteArrayView out(start, m_p - start);
        ++m_p;
        return out;
    }
    std::optional<QString> string()
    {
        const auto t = text(true);
        if (!t)
            return std::nullopt;
        return QString::fromUtf8(*t);
    }
    // A string holding an integer as QString::toLongLong reads it, written plainly: 0, or an
    // optional minus and up to 18 digits without a leading zero (so it cannot overflow).
    std::optional<qint64> decimal(bool allowNegative)
    {
        const auto t = text();
        if (!t)
            return std::nullopt;
        return integer(*t, allowNegative, 18);
    }
    // A JSON number that QJsonValue::toInt returns as it is: an int written plainly.
    std::optional<int> number()
    {
        const char *start = m_p;
        while (m_p < m_end && (*m_p == '-' || (*m_p >= '0' && *m_p <= '9')))
            ++m_p;
        const auto v = integer(QByteArrayView(start, m_p - start), true, 10);
        if (!v || *v < std::numeric_limits<int>::min() || *v > std::numeric_limits<int>::max())
            return std::nullopt;
        return int(*v);
    }
    std::optional<bool> boolean()
    {
        if (m_end - m_p >= 4 && std::memcmp(m_p, "true", 4) == 0) {
            m_p += 4;
            return true;
        }
        if (m_end - m_p >= 5 && std::memcmp(m_p, "false", 5) == 0) {
            m_p += 5;
            return false;
        }
        return std::nullopt;
    }

private:
    // One character of two to four bytes at the cursor (RFC 3629), not a noncharacter.
    bool skipUtf8()
    {
        const auto *p = reinterpret_cast<const unsigned char *>(m_p);
        const auto left = m_end - m_p;
        const unsigned char b = p[0];
        int more = 0;
        char32_t cp = 0, least = 0;
        if (b >= 0xc2 && b <= 0xdf) {
            more = 1, cp = b & 0x1f, least = 0x80;
        } else if (b >= 0xe0 && b <= 0xef) {
            more = 2, cp = b & 0x0f, least = 0x800;
        } else if (b >= 0xf0 && b <= 0xf4) {
            more = 3, cp = b & 0x07, least = 0x10000;
        } else {
            return false;
        }
        if (left < more + 1)
            return false;
        for (int i = 1; i <= more; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3f);
        }
        if (cp < least || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)
            || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe)
            return false;
        m_p += more + 1;
        return true;
    }

    static std::optional<qint64> integer(QByteArrayView t, bool allowNegative, int maxDigits)
    {
        bool negative = false;
        if (!t.isEmpty() && t.front() == '-') {
            if (!allowNegative)
                return std::nullopt;
            negative = true;
            t = t.sliced(1);
        }
        if (t.isEmpty() || t.size() > maxDigits || (t.size() > 1 && t.front() == '0')
            || (negative && t == "0"))
            return std::nullopt;
        qint64 v = 0;
        for (const char c : t) {
            if (c < '0' || c > '9')
                return std::nullopt;
            v = v * 10 + (c - '0');
        }
        return negative ? -v : v;
    }

    const char *m_p;
    const char *m_end;
};

// `[` items `]`, each read by `item` (which reads an object); false on anything else.
template<typename Item>
bool list(Reader &r, Item item)
{
    if (!r.lit('['))
        return false;
    if (r.lit(']'))
        return true;
    do {
        if (!item())
            return false;
    } while (r.lit(','));
    return r.lit(']');
}

// The fields of an object in their sorted order: SK_FIRST reads `"key":value`, SK_FIELD
// `,"key":value`, each value by its reader into its target.
#define SK_READ(keyed, target, read)                                                               \
    if (!(keyed))                                                                                  \
        return false;                                                                              \
    if (auto v = (read); v)                                                                        \
        target = std::move(*v);                                                                    \
    else                                                                                           \
        return false;
#define SK_FIRST(name, target, read) SK_READ(r.key(name), target, read)
#define SK_FIELD(name, target, read) SK_READ(r.lit(',') && r.key(name), target, read)

bool readLine(Reader &r, SaleLineRecord &l)
{
    if (!r.lit('{'))
        return false;
    QString unit;
    SK_FIRST("category", l.category, r.string())
    SK_FIELD("discount", l.discount, r.decimal(true))
    SK_FIELD("eligibility", l.eligibility, r.string())
    SK_FIELD("gross", l.gross, r.decimal(true))
    SK_FIELD("id", l.id, r.string())
    SK_FIELD("line_no", l.lineNo, r.number())
    SK_FIELD("name", l.name, r.string())
    SK_FIELD("net", l.net, r.decimal(true))
    SK_FIELD("product_id", l.productId, r.string())
    SK_FIELD("qty", l.qty, r.decimal(true))
    SK_FIELD("ref_line_id", l.refLineId, r.string())
    SK_FIELD("sku", l.sku, r.string())
    SK_FIELD("tax", l.tax, r.decimal(true))
    SK_FIELD("tax_category", l.taxCategory, r.string())
    SK_FIELD("tax_rate_ppm", l.taxRatePpm, r.decimal(true))
    SK_FIELD("unit", unit, r.string())
    SK_FIELD("unit_price", l.unitPrice, r.decimal(true))
    const auto u = unitFromCode(unit);
    if (!u || l.id.isEmpty() || l.productId.isEmpty())
        return false;
    l.unit = *u;
    return r.lit('}');
}

bool readTender(Reader &r, SaleTenderRecord &t)
{
    if (!r.lit('{'))
        return false;
    SK_FIRST("amount", t.amount, r.decimal(true))
    SK_FIELD("change", t.change, r.decimal(true))
    SK_FIELD("id", t.id, r.string())
    SK_FIELD("line_no", t.lineNo, r.number())
    SK_FIELD("reference", t.reference, r.string())
    SK_FIELD("tender", t.tender, r.string())
    SK_FIELD("tendered", t.tendered, r.decimal(true))
    SK_FIELD("untaxed", t.untaxed, r.decimal(true))
    return !t.id.isEmpty() && !t.tender.isEmpty() && r.lit('}');
}

bool readMovement(Reader &r, StockMovement &m)
{
    if (!r.lit('{'))
        return false;
    SK_FIRST("context", m.context, r.string())
    SK_FIELD("created_at", m.createdAt, r.decimal(true))
    SK_FIELD("device_id", m.deviceId, r.string())
    SK_FIELD("hlc", m.hlc, r.decimal(true))
    SK_FIELD("id", m.id, r.string())
    SK_FIELD("kind", m.kind, r.string())
    SK_FIELD("market_day_id", m.marketDayId, r.string())
    SK_FIELD("product_id", m.productId, r.string())
    SK_FIELD("qty", m.qty, r.decimal(true))
    SK_FIELD("reason", m.reason, r.string())
    SK_FIELD("sale_id", m.saleId, r.string())
    return !m.id.isEmpty() && !m.productId.isEmpty() && StockMovement::isKind(m.kind) && r.lit('}');
}

bool readSale(Reader &r, SaleRecord &s)
{
    if (!r.lit('{'))
        return false;
    SK_FIRST("change_due", s.changeDue, r.decimal(true))
    SK_FIELD("created_at", s.createdAt, r.decimal(false))
    SK_FIELD("currency", s.currency, r.string())
    SK_FIELD("device_id", s.deviceId, r.string())
    SK_FIELD("discount", s.discount, r.decimal(true))
    SK_FIELD("hlc", s.hlc, r.decimal(false))
    SK_FIELD("id", s.id, r.string())
    SK_FIELD("kind", s.kind, r.string())
    if (!r.lit(',') || !r.key("lines") || !list(r, [&] {
            SaleLineRecord l;
            if (!readLine(r, l))
                return false;
            s.lines << std::move(l);
            return true;
        }))
        return false;
    SK_FIELD("market_day_id", s.marketDayId, r.string())
    SK_FIELD("market_name", s.marketName, r.string())
    if (!r.lit(',') || !r.key("movements") || !list(r, [&] {
            StockMovement m;
            if (!readMovement(r, m))
                return false;
            s.movements << std::move(m);
            return true;
        }))
        return false;
    SK_FIELD("reason", s.reason, r.string())
    SK_FIELD("receipt_no", s.receiptNo, r.string())
    SK_FIELD("ref_sale_id", s.refSaleId, r.string())
    SK_FIELD("rounding", s.rounding, r.decimal(true))
    SK_FIELD("subtotal", s.subtotal, r.decimal(true))
    SK_FIELD("tax", s.tax, r.decimal(true))
    SK_FIELD("tax_inclusive", s.taxInclusive, r.boolean())
    if (!r.lit(',') || !r.key("tenders") || !list(r, [&] {
            SaleTenderRecord t;
            if (!readTender(r, t))
                return false;
            s.tenders << std::move(t);
            return true;
        }))
        return false;
    SK_FIELD("total", s.total, r.decimal(true))
    SK_FIELD("utc_offset", s.utcOffset, r.number())
    return r.lit('}');
}

#undef SK_FIELD
#undef SK_FIRST
#undef SK_READ
} // namespace

bool readSaleEvent(QByteArrayView sent, Event &event, ParsedData &parsed)
{
    if (sent.size() > limits::kMaxEventBytes)
        return false;
    Reader r(sent);
    Event e;
    SaleRecord s;
    if (!r.lit('{') || !r.key("data") || !readSale(r, s) || !r.lit(','))
        return false;
    const auto device = (r.key("device_id") ? r.string() : std::nullopt);
    if (!device || !r.lit(',') || !r.key("hlc"))
        return false;
    const auto stamp = r.decimal(false);
    if (!stamp || *stamp <= 0 || !r.lit(',') || !r.key("id"))
        return false;
    const auto id = r.string();
    if (!id || !r.lit(',') || !r.key("type"))
        return false;
    const auto type = r.text();
    if (!type || *type != "sale" || !r.lit('}') || !r.atEnd())
        return false;
    // parseEnvelope's checks, SaleRecord::fromJson's, then validateSale's.
    if (!isUuid(*id) || !isUuid(*device) || s.marketDayId.isEmpty() || !SaleRecord::isKind(s.kind))
        return false;
    e.id = *id;
    e.type = typeSale();
    e.deviceId = *device;
    e.hlc = *stamp;
    if (!checkSaleRecord(s, e))
        return false;
    e.canonicalJson = sent.toByteArray();
    event = std::move(e);
    parsed.sale = std::move(s);
    parsed.movement.reset();
    return true;
}

} // namespace sk::sync
