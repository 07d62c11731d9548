#include "core/CatalogImportBatch.h"

#include "core/BatchInsert.h"
#include "core/Ids.h"
#include "core/sync/EventValidator.h"
#include "core/sync/SyncProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace sk {

namespace {
// Rows held before they are written: a few statements' worth, so memory stays flat.
constexpr qsizetype kQueue = 256;

void appendJsonList(QByteArray &out, const QStringList &list)
{
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            out += ',';
        appendJsonString(out, list[i]);
    }
    out += ']';
}

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

void appendJsonString(QByteArray &out, QStringView s)
{
    // Written through a pointer into room made once (at most 6 bytes a UTF-16 unit: \u00xx):
    // appending byte by byte, each append checking the room left, was most of this time.
    static constexpr char hex[] = "0123456789abcdef";
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * s.size());
    char *o = out.data() + start;
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
    out.truncate(o - out.constData());
}

QByteArray newProductEventJson(const Product &p, const QString &eventId, const QString &deviceId)
{
    // The keys in the order a QJsonObject keeps them (sorted), as Product::toJson and
    // Event::envelope name them; "changed" lists every field, as stampProductEdit does for a
    // product not stored before.
    const auto flag = [](bool b) {
        return b ? "true" : "false";
    };
    QByteArray o;
    o.reserve(768);
    o += "{\"data\":{\"active\":";
    o += flag(p.active);
    o += ",\"barcodes\":";
    appendJsonList(o, p.barcodes);
    o += ",\"category\":";
    appendJsonString(o, p.category);
    o += ",\"changed\":";
    appendJsonList(o, productSyncFields());
    o += ",\"classes\":";
    appendJsonList(o, p.classes);
    o += ",\"fmnp_eligible\":";
    o += flag(p.inClass(QStringLiteral("fmnp")));
    o += ",\"id\":";
    appendJsonString(o, p.id);
    o += ",\"kind\":";
    appendJsonString(o, productKindCode(p.kind));
    o += ",\"low_stock\":\"";
    o += QByteArray::number(p.lowStock);
    o += "\",\"name\":";
    appendJsonString(o, p.name);
    o += ",\"price\":\"";
    o += QByteArray::number(p.price);
    o += "\",\"quick_color\":";
    appendJsonString(o, p.quickColor);
    o += ",\"quick_pos\":";
    o += p.quickPos ? QByteArray::number(*p.quickPos) : QByteArray("null");
    o += ",\"sku\":";
    appendJsonString(o, p.sku);
    o += ",\"snap_eligible\":";
    o += flag(p.inClass(QStringLiteral("snap")));
    o += ",\"tax_category\":";
    appendJsonString(o, p.taxCategory);
    o += ",\"token_eligible\":";
    o += flag(p.inClass(QStringLiteral("token")));
    o += ",\"unit\":";
    appendJsonString(o, unitCode(p.unit));
    o += "},\"device_id\":";
    appendJsonString(o, deviceId);
    o += ",\"hlc\":\"";
    o += QByteArray::number(p.hlc);
    o += "\",\"id\":";
    appendJsonString(o, eventId);
    o += ",\"type\":\"product\"}";
    return o;
}

QByteArray newProductStampsJson(qint64 hlc)
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
    const QByteArray h = QByteArray::number(hlc);
    QByteArray o;
    o.reserve(keys.size() * (24 + h.size()) + 2);
    for (const QByteArray &k : keys) {
        o += k;
        o += h;
        o += '"';
    }
    o += keys.isEmpty() ? "{}" : "}";
    return o;
}

ProductImportBatch::ProductImportBatch(Database &db)
    : m_db(db)
    , m_repo(db)
{}

Result<Product> ProductImportBatch::write(Product p)
{
    static const QString what = QStringLiteral("importing products");
    auto stored = stepOnce(m_db,
                           QStringLiteral("SELECT EXISTS (SELECT 1 FROM products WHERE sku = ?)"),
                           {p.sku},
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
        // Kept as bytes: bound as UTF-8 text, as SQLite stores them (a QString would be
        // converted to UTF-16 and back).
        queue(p,
              newProductStampsJson(p.hlc),
              eventId,
              newProductEventJson(p, eventId, m_db.deviceId()));
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
          QString::fromUtf8(QJsonDocument(fieldHlc).toJson(QJsonDocument::Compact)),
          eventId,
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
                               const QVariant &stamps,
                               const QString &eventId,
                               const QVariant &payload)
{
    // Bound as Database::execCached binds them: a null string is "" (bindSqlite).
    appendProductRowValues(m_products, p);
    m_products << stamps;
    for (const QString &b : std::as_const(p.barcodes))
        m_barcodes << b << p.id;
    m_outbox << eventId << QStringLiteral("product") << p.hlc << payload << Clock::nowMs();
    ++m_queued;
}

Status ProductImportBatch::flush()
{
    const QVariantList products = std::exchange(m_products, {});
    const QVariantList barcodes = std::exchange(m_barcodes, {});
    const QVariantList outbox = std::exchange(m_outbox, {});
    m_queued = 0;
    static const QString what = QStringLiteral("importing products");
    // Which row was refused cannot be told: a Conflict, so the import goes row by row.
    const auto refused = [](const Status &s) -> Status {
        if (s)
            return s;
        return fail(Error::Code::Conflict, s.error().detail);
    };
    // The stored columns as every writer of a product names them, and its field stamps.
    static const QString head = QStringLiteral("INSERT INTO products (%1, field_hlc)")
                                    .arg(productColumns().join(QLatin1String(", ")));
    if (auto s = insertRows(m_db, head, int(productColumns().size()) + 1, products, what); !s)
        return refused(s);
    if (auto s = insertRows(m_db,
                            QStringLiteral("INSERT INTO product_barcodes (barcode, product_id)"),
                            2,
                            barcodes,
                            what);
        !s)
        return refused(s);
    return refused(
        insertRows(m_db,
                   QStringLiteral("INSERT INTO outbox (event_id, event_type, hlc, payload, "
                                  "created_at)"),
                   5,
                   outbox,
                   what));
}

} // namespace sk
