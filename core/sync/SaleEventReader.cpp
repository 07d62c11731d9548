#include "sync/SaleEventReader.h"

#include "SaleRepository.h"
#include "StockLedger.h"

#include <QVarLengthArray>

#include <algorithm>
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
    template<size_t N>
    bool key(const char (&name)[N])
    {
        constexpr auto n = qsizetype(N - 1);
        if (m_end - m_p < n + 3 || m_p[0] != '"' || std::memcmp(m_p + 1, name, size_t(n)) != 0
            || m_p[n + 1] != '"' || m_p[n + 2] != ':')
            return false;
        m_p += n + 3;
        return true;
    }
    // `,"name":` when it comes next (an optional field); otherwise nothing is read.
    template<size_t N>
    bool optionalKey(const char (&name)[N])
    {
        const char *at = m_p;
        if (lit(',') && key(name))
            return true;
        m_p = at;
        return false;
    }
    // A string without escapes or control characters: printable ASCII and, where `utf8`,
    // well-formed UTF-8 (no overlong forms, surrogates or noncharacters). Its bytes are its text.
    std::optional<QByteArrayView> text(bool utf8 = false)
    {
        if (!lit('"'))
            return std::nullopt;
        const char *start = m_p;
        // Nearly every string is printable ASCII: find its closing quote (no byte of a UTF-8
        // sequence is a quote) and test its bytes in one pass without branches.
        if (const auto *quote
            = static_cast<const char *>(std::memchr(m_p, '"', size_t(m_end - m_p)))) {
            unsigned bad = 0;
            for (const char *p = m_p; p < quote; ++p) {
                const auto c = static_cast<unsigned char>(*p);
                bad |= unsigned(c < 0x20) | unsigned(c >= 0x7f) | unsigned(c == '\\');
            }
            if (!bad) {
                m_p = quote + 1;
                return QByteArrayView(start, quote - start);
            }
        }
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
// A field that is checked but not kept.
#define SK_SKIP_FIRST(name, read)                                                                  \
    if (!r.key(name) || !(read))                                                                   \
        return false;
#define SK_SKIP(name, read)                                                                        \
    if (!r.lit(',') || !r.key(name) || !(read))                                                    \
        return false;

// A line is checked where it lies; only its id is kept (the ids of a sale's lines must differ).
bool readLine(Reader &r, QByteArrayView &id)
{
    if (!r.lit('{'))
        return false;
    QByteArrayView productId, unit;
    SK_SKIP_FIRST("category", r.text(true))
    SK_SKIP("discount", r.decimal(true))
    SK_SKIP("eligibility", r.text(true))
    SK_SKIP("gross", r.decimal(true))
    SK_FIELD("id", id, r.text(true))
    SK_SKIP("line_no", r.number())
    SK_SKIP("name", r.text(true))
    SK_SKIP("net", r.decimal(true))
    SK_FIELD("product_id", productId, r.text(true))
    SK_SKIP("qty", r.decimal(true))
    SK_SKIP("ref_line_id", r.text(true))
    SK_SKIP("sku", r.text(true))
    SK_SKIP("tax", r.decimal(true))
    SK_SKIP("tax_category", r.text(true))
    SK_SKIP("tax_rate_ppm", r.decimal(true))
    SK_FIELD("unit", unit, r.text(true))
    SK_SKIP("unit_price", r.decimal(true))
    // The codes unitFromCode takes, as a device writes them (anything else: the general path).
    const bool knownUnit = unit.isEmpty() || unit == "each" || unit == "ea" || unit == "lb"
                           || unit == "kg" || unit == "oz" || unit == "g";
    return knownUnit && !id.isEmpty() && !productId.isEmpty() && r.lit('}');
}

bool readTender(Reader &r)
{
    if (!r.lit('{'))
        return false;
    QByteArrayView id, tender;
    SK_SKIP_FIRST("amount", r.decimal(true))
    SK_SKIP("change", r.decimal(true))
    SK_FIELD("id", id, r.text(true))
    SK_SKIP("line_no", r.number())
    // Refunds and voids name the sale's tender row their money comes from.
    if (r.optionalKey("ref_tender_id") && !r.text(true))
        return false;
    SK_SKIP("reference", r.text(true))
    SK_FIELD("tender", tender, r.text(true))
    SK_SKIP("tendered", r.decimal(true))
    SK_SKIP("untaxed", r.decimal(true))
    return !id.isEmpty() && !tender.isEmpty() && r.lit('}');
}

bool readMovement(Reader &r, SaleRows::Movement &m)
{
    if (!r.lit('{'))
        return false;
    SK_SKIP_FIRST("context", r.text(true))
    SK_SKIP("created_at", r.decimal(true))
    SK_FIELD("device_id", m.deviceId, r.text(true))
    SK_FIELD("hlc", m.hlc, r.decimal(true))
    SK_FIELD("id", m.id, r.text(true))
    SK_FIELD("kind", m.kind, r.text(true))
    SK_SKIP("market_day_id", r.text(true))
    SK_FIELD("product_id", m.productId, r.text(true))
    SK_FIELD("qty", m.qty, r.decimal(true))
    SK_SKIP("reason", r.text(true))
    SK_SKIP("sale_id", r.text(true))
    return !m.id.isEmpty() && !m.productId.isEmpty() && StockMovement::isKind(m.kind) && r.lit('}');
}

// The sale; `marketDayId` and `lineIds` for the checks after it.
bool readSale(Reader &r,
              SaleRows &s,
              QByteArrayView &marketDayId,
              QVarLengthArray<QByteArrayView, 16> &lineIds)
{
    if (!r.lit('{'))
        return false;
    SK_SKIP_FIRST("change_due", r.decimal(true))
    SK_FIELD("created_at", s.createdAt, r.decimal(false))
    SK_FIELD("currency", s.currency, r.text(true))
    SK_FIELD("device_id", s.deviceId, r.text(true))
    SK_FIELD("discount", s.discount, r.decimal(true))
    SK_FIELD("hlc", s.hlc, r.decimal(false))
    SK_FIELD("id", s.id, r.text(true))
    SK_FIELD("kind", s.kind, r.text(true))
    if (!r.lit(',') || !r.key("lines") || !list(r, [&] {
            QByteArrayView id;
            if (!readLine(r, id))
                return false;
            lineIds.append(id);
            return true;
        }))
        return false;
    SK_FIELD("market_day_id", marketDayId, r.text(true))
    SK_FIELD("market_name", s.marketName, r.text(true))
    if (!r.lit(',') || !r.key("movements") || !list(r, [&] {
            SaleRows::Movement m;
            if (!readMovement(r, m))
                return false;
            s.movements << m;
            return true;
        }))
        return false;
    SK_SKIP("reason", r.text(true))
    SK_FIELD("receipt_no", s.receiptNo, r.text(true))
    SK_FIELD("ref_sale_id", s.refSaleId, r.text(true))
    SK_SKIP("rounding", r.decimal(true))
    SK_FIELD("subtotal", s.subtotal, r.decimal(true))
    SK_FIELD("tax", s.tax, r.decimal(true))
    SK_SKIP("tax_inclusive", r.boolean())
    if (!r.lit(',') || !r.key("tenders") || !list(r, [&] { return readTender(r); }))
        return false;
    SK_FIELD("total", s.total, r.decimal(true))
    SK_SKIP("utc_offset", r.number())
    return r.lit('}');
}

// isUuid for the bytes: 36 ASCII characters, lower-case hex in 8-4-4-4-12.
bool isUuidText(QByteArrayView s)
{
    if (s.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char c = s[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

bool isAscii(QByteArrayView s)
{
    return std::all_of(
        s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

#undef SK_SKIP
#undef SK_SKIP_FIRST
#undef SK_FIELD
#undef SK_FIRST
#undef SK_READ
} // namespace

bool readSaleEvent(QByteArrayView sent, Event &event, SaleRows &rows)
{
    if (sent.size() > limits::kMaxEventBytes)
        return false;
    // Read from the copy the event keeps, so that the rows' views point into it.
    return readSaleEvent(sent.toByteArray(), event, rows);
}

bool readSaleEvent(const QByteArray &sent, Event &event, SaleRows &rows)
{
    if (sent.size() > limits::kMaxEventBytes)
        return false;
    QByteArray bytes = sent; // shared, not copied: the event keeps it and the rows point into it
    Reader r(bytes);
    SaleRows s;
    QByteArrayView marketDayId;
    QVarLengthArray<QByteArrayView, 16> lineIds;
    if (!r.lit('{') || !r.key("data") || !readSale(r, s, marketDayId, lineIds) || !r.lit(','))
        return false;
    const auto device = (r.key("device_id") ? r.text(true) : std::nullopt);
    if (!device || !r.lit(',') || !r.key("hlc"))
        return false;
    const auto stamp = r.decimal(false);
    if (!stamp || *stamp <= 0 || !r.lit(',') || !r.key("id"))
        return false;
    const auto id = r.text(true);
    if (!id || !r.lit(',') || !r.key("type"))
        return false;
    const auto type = r.text();
    if (!type || *type != "sale" || !r.lit('}') || !r.atEnd())
        return false;
    // parseEnvelope's checks, SaleRecord::fromJson's, then checkSaleRecord's: the sale is the
    // event's own, a void or refund names its sale, a currency of three letters (ASCII here;
    // other text is left to the general path), no line id twice.
    if (!isUuidText(*id) || !isUuidText(*device) || marketDayId.isEmpty()
        || !SaleRecord::isKind(s.kind) || s.id != *id || s.deviceId != *device
        || (s.kind != "sale" && s.refSaleId.isEmpty()) || s.currency.size() != 3
        || !isAscii(s.currency))
        return false;
    for (qsizetype i = 1; i < lineIds.size(); ++i)
        for (qsizetype j = 0; j < i; ++j)
            if (lineIds[i] == lineIds[j])
                return false;
    Event e;
    e.id = QString::fromLatin1(*id);
    e.type = typeSale();
    e.deviceId = QString::fromLatin1(*device);
    e.hlc = *stamp;
    e.canonicalJson = std::move(bytes); // the same buffer: the views stay valid
    event = std::move(e);
    rows = std::move(s);
    return true;
}

} // namespace sk::sync
