#include "core/sync/SaleEventReader.h"

#include "core/CardNumber.h"
#include "core/model/MarketDay.h"
#include "core/model/SaleRecord.h"
#include "core/model/StockMovement.h"
#include "core/sync/EventValidator.h"

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

// The text of a sale the checks look at, as views into its bytes. Only what the money checks
// need becomes a QString of the record (SaleRecord); the rest is checked here, on the bytes.
struct SaleText
{
    struct Line
    {
        QByteArrayView id, refLineId, productId, sku, name, category, taxCategory;
    };
    QByteArrayView marketDayId, reason;
    QVarLengthArray<Line, 8> lines;
    QVarLengthArray<std::pair<QByteArrayView, QByteArrayView>, 4> tenders; // id, code
    QVarLengthArray<QByteArrayView, 8> movementSales;                      // sale_id
};

// The kinds a sale and its movements have, as shared strings rather than one copy per record.
QString kindText(QByteArrayView kind)
{
    if (kind == "sale")
        return saleKindSale();
    if (kind == "refund")
        return saleKindRefund();
    if (kind == "void")
        return saleKindVoid();
    return QString::fromUtf8(kind);
}

// A line: what the money checks read into the record, the rest as views.
bool readLine(Reader &r, SaleLineRecord &l, SaleText::Line &t)
{
    if (!r.lit('{'))
        return false;
    QByteArrayView unit, eligibility;
    SK_FIRST("category", t.category, r.text(true))
    SK_FIELD("discount", l.discount, r.decimal(true))
    SK_FIELD("eligibility", eligibility, r.text(true))
    SK_FIELD("gross", l.gross, r.decimal(true))
    SK_FIELD("id", t.id, r.text(true))
    SK_FIELD("line_no", l.lineNo, r.number())
    // A weight typed in rather than read from the scale (SaleRecord.h): present only when set.
    if (r.optionalKey("manual_weight")) {
        const auto manual = r.boolean();
        if (!manual)
            return false;
        l.manualWeight = *manual;
    }
    SK_FIELD("name", t.name, r.text(true))
    SK_FIELD("net", l.net, r.decimal(true))
    SK_FIELD("product_id", t.productId, r.text(true))
    SK_FIELD("qty", l.qty, r.decimal(true))
    SK_FIELD("ref_line_id", t.refLineId, r.text(true))
    SK_FIELD("sku", t.sku, r.text(true))
    SK_FIELD("tax", l.tax, r.decimal(true))
    SK_FIELD("tax_category", t.taxCategory, r.text(true))
    SK_FIELD("tax_rate_ppm", l.taxRatePpm, r.decimal(true))
    SK_FIELD("unit", unit, r.text(true))
    SK_FIELD("unit_price", l.unitPrice, r.decimal(true))
    // The codes unitFromCode takes, as a device writes them (anything else: the general path).
    if (unit.isEmpty() || unit == "each" || unit == "ea")
        l.unit = Unit::Each;
    else if (unit == "lb")
        l.unit = Unit::Lb;
    else if (unit == "kg")
        l.unit = Unit::Kg;
    else if (unit == "oz")
        l.unit = Unit::Oz;
    else if (unit == "g")
        l.unit = Unit::G;
    else
        return false;
    if (t.id.isEmpty() || t.productId.isEmpty() || !r.lit('}') || holdsCardNumber(eligibility)
        || holdsCardNumber(t.taxCategory))
        return false;
    // UUIDs (checked below), so ASCII.
    l.productId = QString::fromLatin1(t.productId);
    if (!t.refLineId.isEmpty())
        l.refLineId = QString::fromLatin1(t.refLineId);
    l.taxCategory = QString::fromUtf8(t.taxCategory);
    if (!eligibility.isEmpty())
        l.eligibility = QString::fromUtf8(eligibility);
    return true;
}

bool readTender(Reader &r, SaleTenderRecord &t, std::pair<QByteArrayView, QByteArrayView> &text)
{
    if (!r.lit('{'))
        return false;
    SK_FIRST("amount", t.amount, r.decimal(true))
    SK_FIELD("change", t.change, r.decimal(true))
    SK_FIELD("id", text.first, r.text(true))
    SK_FIELD("line_no", t.lineNo, r.number())
    // Refunds and voids name the sale's tender row their money comes from (a UUID, so ASCII).
    if (r.optionalKey("ref_tender_id")) {
        const auto ref = r.text(true);
        if (!ref)
            return false;
        t.refTenderId = QString::fromLatin1(*ref);
    }
    if (!r.lit(',') || !r.key("reference"))
        return false;
    // A whole card number is refused by the general path, which names the field.
    if (const auto ref = r.text(true); !ref || holdsCardNumber(*ref))
        return false;
    SK_FIELD("tender", text.second, r.text(true))
    SK_FIELD("tendered", t.tendered, r.decimal(true))
    SK_FIELD("untaxed", t.untaxed, r.decimal(true))
    return !text.first.isEmpty() && !text.second.isEmpty() && !holdsCardNumber(text.second)
           && r.lit('}');
}

// A movement: the views the server stores, and what the money checks read into the record.
bool readMovement(Reader &r, SaleRows::Movement &m, StockMovement &sm, QByteArrayView &saleId)
{
    if (!r.lit('{'))
        return false;
    QByteArrayView context, marketDayId, reason;
    SK_FIRST("context", context, r.text(true))
    SK_FIELD("created_at", sm.createdAt, r.decimal(true))
    SK_FIELD("device_id", m.deviceId, r.text(true))
    SK_FIELD("hlc", m.hlc, r.decimal(true))
    SK_FIELD("id", m.id, r.text(true))
    SK_FIELD("kind", m.kind, r.text(true))
    SK_FIELD("market_day_id", marketDayId, r.text(true))
    SK_FIELD("product_id", m.productId, r.text(true))
    SK_FIELD("qty", m.qty, r.decimal(true))
    SK_FIELD("reason", reason, r.text(true))
    SK_FIELD("sale_id", saleId, r.text(true))
    if (m.id.isEmpty() || m.productId.isEmpty() || !StockMovement::isKind(m.kind) || !r.lit('}')
        || holdsCardNumber(context) || holdsCardNumber(reason) || holdsCardNumber(marketDayId))
        return false;
    sm.kind = *stockKindFromCode(m.kind); // checked above; its product id: readSale
    sm.qty = m.qty;
    sm.hlc = m.hlc;
    return true;
}

// The sale: the rows the server stores, the record the money checks read, the text as views.
bool readSale(Reader &r, SaleRows &s, SaleRecord &rec, SaleText &text)
{
    if (!r.lit('{'))
        return false;
    rec.lines.reserve(8);
    rec.movements.reserve(8);
    SK_FIRST("change_due", rec.changeDue, r.decimal(true))
    SK_FIELD("created_at", s.createdAt, r.decimal(false))
    SK_FIELD("currency", s.currency, r.text(true))
    SK_FIELD("device_id", s.deviceId, r.text(true))
    SK_FIELD("discount", s.discount, r.decimal(true))
    SK_FIELD("hlc", s.hlc, r.decimal(false))
    SK_FIELD("id", s.id, r.text(true))
    SK_FIELD("kind", s.kind, r.text(true))
    if (!r.lit(',') || !r.key("lines") || !list(r, [&] {
            return readLine(r, rec.lines.emplace_back(), text.lines.emplace_back());
        }))
        return false;
    SK_FIELD("market_day_id", text.marketDayId, r.text(true))
    SK_FIELD("market_name", s.marketName, r.text(true))
    if (!r.lit(',') || !r.key("movements") || !list(r, [&] {
            return readMovement(r,
                                s.movements.emplace_back(),
                                rec.movements.emplace_back(),
                                text.movementSales.emplace_back());
        }))
        return false;
    SK_FIELD("reason", text.reason, r.text(true))
    SK_FIELD("receipt_no", s.receiptNo, r.text(true))
    SK_FIELD("ref_sale_id", s.refSaleId, r.text(true))
    SK_FIELD("rounding", rec.rounding, r.decimal(true))
    SK_FIELD("subtotal", s.subtotal, r.decimal(true))
    SK_FIELD("tax", s.tax, r.decimal(true))
    SK_FIELD("tax_inclusive", rec.taxInclusive, r.boolean())
    if (!r.lit(',') || !r.key("tenders") || !list(r, [&] {
            return readTender(r, rec.tenders.emplace_back(), text.tenders.emplace_back());
        }))
        return false;
    SK_FIELD("total", s.total, r.decimal(true))
    SK_FIELD("utc_offset", rec.utcOffset, r.number())
    if (!r.lit('}'))
        return false;
    // A movement's product is one of the lines': its text is shared, not made again.
    for (qsizetype i = 0; i < s.movements.size(); ++i) {
        qsizetype j = 0;
        while (j < text.lines.size() && text.lines[j].productId != s.movements[i].productId)
            ++j;
        rec.movements[i].productId = j < text.lines.size()
                                         ? rec.lines[j].productId
                                         : QString::fromUtf8(s.movements[i].productId);
    }
    rec.kind = kindText(s.kind);
    rec.createdAt = s.createdAt;
    rec.hlc = s.hlc;
    rec.subtotal = s.subtotal;
    rec.discount = s.discount;
    rec.tax = s.tax;
    rec.total = s.total;
    return true;
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

// checkSaleRecord's rules about ids, references and text, on the bytes: the reader's own text
// rules already keep out what isCleanText refuses, and a length in bytes is never less than
// the length in characters, so no bound here is looser (tst_fuzz holds both readers to the
// same answers).
bool textFits(const SaleRows &s,
              const SaleText &t,
              const SaleRecord &rec,
              QByteArrayView eventId,
              QByteArrayView deviceId,
              qint64 hlc)
{
    const bool sale = s.kind == "sale";
    if (s.id != eventId || s.deviceId != deviceId || s.hlc != hlc)
        return false;
    if (sale ? !s.refSaleId.isEmpty() : (!isUuidText(s.refSaleId) || s.refSaleId == s.id))
        return false;
    if (s.currency.size() != 3 || !std::all_of(s.currency.begin(), s.currency.end(), [](char c) {
            return c >= 'A' && c <= 'Z';
        }))
        return false;
    // Text a person typed that could hold a whole card number (CardNumber.h).
    if (holdsCardNumber(s.receiptNo) || holdsCardNumber(s.marketName) || holdsCardNumber(t.reason))
        return false;
    if (!isUuidText(t.marketDayId) || s.receiptNo.isEmpty() || s.receiptNo.size() > 64
        || s.marketName.size() > MarketDay::kMaxMarketName || t.reason.size() > 500
        || qAbs(rec.utcOffset) > 18 * 3600)
        return false;
    QVarLengthArray<QByteArrayView, 32> ids{s.id};
    for (const SaleText::Line &l : t.lines) {
        ids.append(l.id);
        if (holdsCardNumber(l.name) || holdsCardNumber(l.category))
            return false;
        if (!isUuidText(l.productId) || l.sku.size() > 64 || l.name.size() > 200
            || l.category.size() > 200 || l.taxCategory.isEmpty() || l.taxCategory.size() > 64
            || (sale && !l.refLineId.isEmpty()))
            return false;
    }
    for (const auto &[id, code] : t.tenders) {
        ids.append(id);
        if (code.isEmpty() || code.size() > 40)
            return false;
    }
    for (qsizetype i = 0; i < s.movements.size(); ++i) {
        const SaleRows::Movement &m = s.movements[i];
        ids.append(m.id);
        if (t.movementSales[i] != s.id || m.deviceId != s.deviceId || m.hlc != s.hlc)
            return false;
    }
    if (!std::all_of(ids.begin(), ids.end(), isUuidText))
        return false;
    std::sort(ids.begin(), ids.end());
    return std::adjacent_find(ids.begin(), ids.end()) == ids.end();
}

#undef SK_FIELD
#undef SK_FIRST
#undef SK_READ
} // namespace

bool readSaleEvent(QByteArrayView sent, Event &event, SaleRows &rows, qint64 referenceMs)
{
    if (sent.size() > limits::kMaxEventBytes)
        return false;
    // Read from the copy the event keeps, so that the rows' views point into it.
    return readSaleEvent(sent.toByteArray(), event, rows, referenceMs);
}

bool readSaleEvent(const QByteArray &sent, Event &event, SaleRows &rows, qint64 referenceMs)
{
    if (sent.size() > limits::kMaxEventBytes)
        return false;
    QByteArray bytes = sent; // shared, not copied: the event keeps it and the rows point into it
    Reader r(bytes);
    SaleRows s;
    SaleRecord record;
    SaleText text;
    if (!r.lit('{') || !r.key("data") || !readSale(r, s, record, text) || !r.lit(','))
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
    // parseEnvelope's checks, SaleRecord::fromJson's, then the event checks': its text (clean by
    // the reader's rules), its times, then the money and stock rules shared with every reader.
    if (!isUuidText(*id) || !isUuidText(*device) || !SaleRecord::isKind(s.kind)
        || !textFits(s, text, record, *id, *device, *stamp)
        || !checkTimestamp(Hlc::physicalMs(*stamp), referenceMs, {})
        || !checkTimestamp(s.createdAt, referenceMs, {}) || !checkSaleMoney(record, referenceMs))
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
