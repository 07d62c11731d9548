#include "core/CatalogImportBatch.h"

#include "core/BatchInsert.h"
#include "core/Ids.h"
#include "core/sync/EventValidator.h"
#include "core/sync/SyncProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QStringEncoder>

#include <algorithm>
#include <charconv>
#include <cstring>

#include <sqlite3.h>

namespace sk {

namespace {
// Rows held before they are written: a few statements' worth, so memory stays flat.
constexpr qsizetype kQueue = 256;

// The fields of a new product's stamps, in the order a QJsonObject keeps its keys.
const QStringList &sortedSyncFields()
{
    static const QStringList f = [] {
        QStringList l = productSyncFields();
        l.sort();
        return l;
    }();
    return f;
}

// What the checks of a "product" event (sync::validateEvent) would say of the event that
// newProductEventJson writes, asked of the product itself. `p` has passed
// ProductRepository::validate (Product::check). False sends the row the general way, which
// says what is wrong.
bool passesEventChecks(const Product &p)
{
    // The receiver reads the classes sorted and without repeats (Product::fromJson), and checks
    // what it read: only a product that reads back as itself is judged here.
    if (!std::is_sorted(p.classes.begin(), p.classes.end())
        || std::adjacent_find(p.classes.begin(), p.classes.end()) != p.classes.end())
        return false;
    if (!sync::checkTimestamp(Hlc::physicalMs(p.hlc), Clock::nowMs(), QString())
        || !sync::isUuid(p.id))
        return false;
    // Every text of the event's data (sync::checkText); the unit, kind and field names are
    // fixed words.
    for (const QString *t : {&p.id, &p.sku, &p.name, &p.category, &p.taxCategory, &p.quickColor})
        if (!sync::isCleanText(*t))
            return false;
    for (const QStringList *l : {&p.classes, &p.barcodes})
        for (const QString &t : *l)
            if (!sync::isCleanText(t))
                return false;
    return true;
}
} // namespace

namespace {
// The JSON text of `s` (quotes included) written at `o`, which has room for jsonStringBound(s)
// bytes; returns the end. \" \\ \b \f \n \r \t, other characters below U+0020 and lone
// surrogates as \u00xx / \udxxx in lower case, everything else as UTF-8.
constexpr qsizetype jsonStringBound(QStringView s)
{
    return 2 + 6 * s.size();
}

char *writeJsonString(char *o, QStringView s)
{
    static constexpr char hex[] = "0123456789abcdef";
    *o++ = '"';
    const char16_t *c = s.utf16();
    const char16_t *const end = c + s.size();
    while (c != end) {
        const char16_t u = *c++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *o++ = char(u);
                continue;
            }
            *o++ = '\\';
            switch (u) {
            case u'"':
                *o++ = '"';
                break;
            case u'\\':
                *o++ = '\\';
                break;
            case 0x08:
                *o++ = 'b';
                break;
            case 0x0c:
                *o++ = 'f';
                break;
            case 0x0a:
                *o++ = 'n';
                break;
            case 0x0d:
                *o++ = 'r';
                break;
            case 0x09:
                *o++ = 't';
                break;
            default:
                *o++ = 'u';
                *o++ = '0';
                *o++ = '0';
                *o++ = hex[u >> 4];
                *o++ = hex[u & 0xf];
            }
        } else if (u < 0x800) {
            *o++ = char(0xc0 | (u >> 6));
            *o++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *o++ = char(0xe0 | (u >> 12));
            *o++ = char(0x80 | ((u >> 6) & 0x3f));
            *o++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && c != end && QChar::isLowSurrogate(*c)) {
            const char32_t cp = QChar::surrogateToUcs4(u, *c++);
            *o++ = char(0xf0 | (cp >> 18));
            *o++ = char(0x80 | ((cp >> 12) & 0x3f));
            *o++ = char(0x80 | ((cp >> 6) & 0x3f));
            *o++ = char(0x80 | (cp & 0x3f));
        } else { // a lone surrogate
            *o++ = '\\';
            *o++ = 'u';
            *o++ = hex[u >> 12];
            *o++ = hex[(u >> 8) & 0xf];
            *o++ = hex[(u >> 4) & 0xf];
            *o++ = hex[u & 0xf];
        }
    }
    *o++ = '"';
    return o;
}

// Bytes written through a pointer into room made once for the whole text (each QByteArray
// append checking the room left, and QByteArray::number's own array, were most of the event's
// time). Every write stays within the bound the caller reserved.
class JsonOut
{
public:
    JsonOut(QByteArray &out, qsizetype bound)
        : m_out(out)
        , m_start(out.size())
    {
        out.resize(m_start + bound);
        m_o = out.data() + m_start;
    }
    // Cuts the text to what was written; once, after the last write.
    void finish() { m_out.truncate(m_o - m_out.constData()); }
    JsonOut(const JsonOut &) = delete;
    JsonOut &operator=(const JsonOut &) = delete;

    template<size_t N>
    void raw(const char (&text)[N])
    {
        std::memcpy(m_o, text, N - 1);
        m_o += N - 1;
    }
    void raw(QByteArrayView b)
    {
        std::memcpy(m_o, b.data(), size_t(b.size()));
        m_o += b.size();
    }
    void string(QStringView s) { m_o = writeJsonString(m_o, s); }
    // As QByteArray::number writes it.
    void number(qint64 v) { m_o = std::to_chars(m_o, m_o + kNumber, v).ptr; }
    void flag(bool b)
    {
        if (b)
            raw("true");
        else
            raw("false");
    }
    void list(const QStringList &l)
    {
        *m_o++ = '[';
        for (qsizetype i = 0; i < l.size(); ++i) {
            if (i)
                *m_o++ = ',';
            string(l[i]);
        }
        *m_o++ = ']';
    }
    // `key` (`,"name":`, written as it is) and then the value.
    template<size_t N>
    void string(const char (&key)[N], QStringView s)
    {
        raw(key);
        string(s);
    }
    template<size_t N>
    void flag(const char (&key)[N], bool b)
    {
        raw(key);
        flag(b);
    }
    template<size_t N>
    void list(const char (&key)[N], const QStringList &l)
    {
        raw(key);
        list(l);
    }
    // A number the event carries as a decimal string.
    template<size_t N>
    void figure(const char (&key)[N], qint64 v)
    {
        raw(key);
        *m_o++ = '"';
        number(v);
        *m_o++ = '"';
    }
    static qsizetype listBound(const QStringList &l)
    {
        qsizetype n = 2 + l.size();
        for (const QString &s : l)
            n += jsonStringBound(s);
        return n;
    }

    static constexpr qsizetype kNumber = 20; // the longest qint64, sign included

private:
    QByteArray &m_out;
    qsizetype m_start;
    char *m_o;
};

// `,"changed":[...]` of a product not stored before: every field, as stampProductEdit lists
// them. The same for every such product, so written once.
const QByteArray &everyFieldChanged()
{
    static const QByteArray b = [] {
        QByteArray o;
        JsonOut j(o, 16 + JsonOut::listBound(productSyncFields()));
        j.raw(",\"changed\":");
        j.list(productSyncFields());
        j.finish();
        return o;
    }();
    return b;
}
} // namespace

void appendJsonString(QByteArray &out, QStringView s)
{
    JsonOut j(out, jsonStringBound(s));
    j.string(s);
    j.finish();
}

void appendNewProductEventJson(QByteArray &o,
                               const Product &p,
                               QStringView eventId,
                               QStringView deviceId)
{
    // The keys in the order a QJsonObject keeps them (sorted), as Product::toJson and
    // Event::envelope name them; "changed" lists every field, as stampProductEdit does for a
    // product not stored before.
    const QString unit = unitCode(p.unit), kind = productKindCode(p.kind);
    // The fixed text (keys, flags, "null") is under 400 bytes; four numbers; the strings.
    const qsizetype bound
        = 400 + 4 * JsonOut::kNumber + everyFieldChanged().size() + JsonOut::listBound(p.barcodes)
          + JsonOut::listBound(p.classes) + jsonStringBound(p.category) + jsonStringBound(p.id)
          + jsonStringBound(kind) + jsonStringBound(p.name) + jsonStringBound(p.quickColor)
          + jsonStringBound(p.sku) + jsonStringBound(p.taxCategory) + jsonStringBound(unit)
          + jsonStringBound(deviceId) + jsonStringBound(eventId);
    JsonOut j(o, bound);
    j.flag("{\"data\":{\"active\":", p.active);
    j.list(",\"barcodes\":", p.barcodes);
    j.string(",\"category\":", p.category);
    j.raw(everyFieldChanged());
    j.list(",\"classes\":", p.classes);
    j.flag(",\"fmnp_eligible\":", p.inClass(QStringLiteral("fmnp")));
    j.string(",\"id\":", p.id);
    j.string(",\"kind\":", kind);
    j.figure(",\"low_stock\":", p.lowStock);
    j.string(",\"name\":", p.name);
    j.figure(",\"price\":", p.price);
    j.string(",\"quick_color\":", p.quickColor);
    j.raw(",\"quick_pos\":");
    if (p.quickPos)
        j.number(*p.quickPos);
    else
        j.raw("null");
    j.string(",\"sku\":", p.sku);
    j.flag(",\"snap_eligible\":", p.inClass(QStringLiteral("snap")));
    j.string(",\"tax_category\":", p.taxCategory);
    j.flag(",\"token_eligible\":", p.inClass(QStringLiteral("token")));
    j.string(",\"unit\":", unit);
    j.string("},\"device_id\":", deviceId);
    j.figure(",\"hlc\":", p.hlc);
    j.string(",\"id\":", eventId);
    j.raw(",\"type\":\"product\"}");
    j.finish();
}

QByteArray newProductEventJson(const Product &p, const QString &eventId, const QString &deviceId)
{
    QByteArray o;
    appendNewProductEventJson(o, p, eventId, deviceId);
    return o;
}

void appendNewProductStampsJson(QByteArray &o, qint64 hlc)
{
    // Every field at the same HLC: the keys, written once, around the one number.
    static const QList<QByteArray> keys = [] {
        QList<QByteArray> k;
        for (const QString &f : sortedSyncFields()) {
            QByteArray key = k.isEmpty() ? "{" : ",";
            appendJsonString(key, f);
            k << key + ":\"";
        }
        return k;
    }();
    static const qsizetype keyBytes = [] {
        qsizetype n = 0;
        for (const QByteArray &k : keys)
            n += k.size();
        return n;
    }();
    JsonOut j(o, keyBytes + keys.size() * (JsonOut::kNumber + 1) + 2);
    char digits[JsonOut::kNumber];
    const QByteArrayView number(digits, std::to_chars(digits, digits + sizeof digits, hlc).ptr);
    for (const QByteArray &k : keys) {
        j.raw(k);
        j.raw(number);
        j.raw("\"");
    }
    if (keys.isEmpty())
        j.raw("{}");
    else
        j.raw("}");
    j.finish();
}

QByteArray newProductStampsJson(qint64 hlc)
{
    QByteArray o;
    appendNewProductStampsJson(o, hlc);
    return o;
}

ProductImportBatch::ProductImportBatch(Database &db)
    : m_db(db)
    , m_repo(db)
{}

Result<Product> ProductImportBatch::write(Product p)
{
    static const QString what = QStringLiteral("importing products");
    // Asked once, inside the caller's transaction: with no product stored when the import
    // began, a SKU found among the products now was written by this import, and the caller has
    // refused it as a repeat before it comes here; no row needs the look-up then (the first
    // import of a catalog: 5 % of its instructions).
    if (!m_anyStored) {
        auto any
            = stepOnce(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM products)"), {}, what);
        if (!any)
            return std::unexpected(any.error());
        m_anyStored = *any != 0;
    }
    Result<qint64> stored = 0;
    if (*m_anyStored)
        stored = stepOnce(m_db,
                          QStringLiteral("SELECT EXISTS (SELECT 1 FROM products WHERE sku = ?)"),
                          {p.sku.toUtf8()},
                          what);
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored != 0) {
        if (auto f = flush(); !f)
            return std::unexpected(f.error());
        return m_repo.save(std::move(p), true);
    }
    auto added = add(std::move(p));
    if (added && m_queued >= kQueue)
        if (auto f = flush(); !f)
            return std::unexpected(f.error());
    return added;
}

Result<Product> ProductImportBatch::add(Product p)
{
    // As ProductRepository::save for a SKU not stored: the same checks, a new id, the next HLC,
    // every field stamped, the same event.
    if (auto v = validate(p); !v)
        return std::unexpected(v.error());
    if (p.id.isEmpty())
        p.id = newUuid7();
    p.hlc = Database::hlc().now();
    const QString eventId = newUuid7();
    if (passesEventChecks(p)) {
        // The event and the stamps written straight as bytes: building them as QJsonObjects
        // and writing those out was most of an imported row's time.
        queue(p, eventId);
        return p;
    }
    // Through Qt's JSON and the event checks, which word the refusal.
    QJsonObject fieldHlc;
    QJsonObject event = p.toJson();
    const QStringList changed = stampProductEdit(fieldHlc, {}, 0, event, p.hlc);
    event.insert(QStringLiteral("changed"), QJsonArray::fromStringList(changed));
    auto payload = outboxPayload(m_db, QStringLiteral("product"), eventId, p.hlc, event);
    if (!payload)
        return std::unexpected(payload.error());
    queue(p,
          eventId,
          QString::fromUtf8(QJsonDocument(fieldHlc).toJson(QJsonDocument::Compact)),
          payload->json);
    return p;
}

Status ProductImportBatch::validate(const Product &p)
{
    const bool known = m_knownTax.contains(p.taxCategory)
                       && std::all_of(p.classes.begin(), p.classes.end(), [&](const QString &c) {
                              return m_knownClasses.contains(c);
                          });
    if (known)
        return p.check();
    auto v = m_repo.validate(p);
    if (v) {
        m_knownTax.insert(p.taxCategory);
        for (const QString &c : p.classes)
            m_knownClasses.insert(c);
    }
    return v;
}

void ProductImportBatch::queue(const Product &p,
                               const QString &eventId,
                               const QString &stamps,
                               const QString &payload)
{
    // Text as UTF-8, as SQLite stores it (bound as a QString, SQLite converted each value from
    // UTF-16 itself, a tenth of an import's time).
    appendProductRowValues(m_products, p);
    if (stamps.isNull()) {
        const qsizetype start = m_products.buffer().size();
        appendNewProductStampsJson(m_products.buffer(), p.hlc);
        m_products.written(start);
    } else {
        m_products.text(stamps);
    }
    for (const QString &b : std::as_const(p.barcodes)) {
        m_barcodes.text(b);
        m_barcodes.text(p.id);
    }
    m_outbox.text(eventId);
    m_outbox.text(u"product");
    m_outbox.number(p.hlc);
    if (payload.isNull()) {
        const qsizetype start = m_outbox.buffer().size();
        appendNewProductEventJson(m_outbox.buffer(), p, eventId, m_db.deviceId());
        m_outbox.written(start);
    } else {
        m_outbox.text(payload);
    }
    m_outbox.number(Clock::nowMs());
    ++m_queued;
}

Status ProductImportBatch::flush()
{
    // Emptied whatever happens, keeping their room for the next rows.
    const auto emptied = qScopeGuard([this] {
        m_products.clear();
        m_barcodes.clear();
        m_outbox.clear();
        m_queued = 0;
    });
    static const QString what = QStringLiteral("importing products");
    // Which row was refused cannot be told: a Conflict, so the import goes row by row.
    const auto refused = [](const Status &s) -> Status {
        if (s)
            return s;
        return fail(Error::Code::Conflict, s.error().detail);
    };
    // OR FAIL: a statement refused part way keeps the rows before the refused one, and SQLite
    // keeps no statement journal to take them back (a copy of every page each 32-row statement
    // changed, written to a temporary file: 0.8 page writes a row, most of the import's system
    // time). Nothing of it stays: a refused flush ends the pass, and the pass's transaction is
    // rolled back (the barcodes keep the default: their foreign key needs the journal anyway).
    // The stored columns as every writer of a product names them, and its field stamps.
    static const QString head = QStringLiteral("INSERT OR FAIL INTO products (%1, field_hlc)")
                                    .arg(productColumns().join(QLatin1String(", ")));
    // The values stay where they are until the lists are emptied, after the statements.
    if (auto s = insertRows(m_db, head, int(productColumns().size()) + 1, m_products, what); !s)
        return refused(s);
    if (auto s = insertRows(m_db,
                            QStringLiteral("INSERT INTO product_barcodes (barcode, product_id)"),
                            2,
                            m_barcodes,
                            what);
        !s)
        return refused(s);
    return refused(insertRows(m_db,
                              QStringLiteral("INSERT OR FAIL INTO outbox (event_id, event_type, "
                                             "hlc, payload, created_at)"),
                              5,
                              m_outbox,
                              what));
}

} // namespace sk
