#include "Catalog.h"

#include "Csv.h"
#include "Limits.h"
#include "sync/EventValidator.h"
#include "sync/SyncEngine.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

namespace sk {

namespace {
constexpr Minor kMaxPrice = 100000000; // 1,000,000.00 per unit: beyond any market stall
constexpr int kMaxName = 200;
constexpr int kMaxSku = 64;

const QString kColumns = QStringLiteral(
    "id, sku, name, category, unit, price, tax_category, snap_eligible, token_eligible, "
    "fmnp_eligible, active, quick_pos, quick_color, low_stock, hlc, "
    "(SELECT group_concat(barcode, ' ') FROM product_barcodes b WHERE b.product_id = products.id)");

bool hasControl(const QString &s)
{
    // By code point: an emoji is a valid surrogate pair, a lone surrogate becomes U+FFFD.
    for (char32_t c : QStringView(s).toUcs4())
        if (QChar::category(c) == QChar::Other_Control || c == 0xFFFD)
            return true;
    return false;
}

Product fromRow(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toString();
    p.sku = q.value(1).toString();
    p.name = q.value(2).toString();
    p.category = q.value(3).toString();
    p.unit = unitFromCode(q.value(4).toString()).value_or(Unit::Each);
    p.price = q.value(5).toLongLong();
    p.taxCategory = q.value(6).toString();
    p.snapEligible = q.value(7).toBool();
    p.tokenEligible = q.value(8).toBool();
    p.fmnpEligible = q.value(9).toBool();
    p.active = q.value(10).toBool();
    if (!q.value(11).isNull())
        p.quickPos = q.value(11).toInt();
    p.quickColor = q.value(12).toString();
    p.lowStock = q.value(13).toLongLong();
    p.hlc = q.value(14).toLongLong();
    const QString codes = q.value(15).toString();
    if (!codes.isEmpty())
        p.barcodes = codes.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return p;
}
} // namespace

QString suffixedSku(const QString &sku, const QString &productId)
{
    return sku.left(58) + QLatin1Char('~') + productId.right(4);
}

bool Product::eligibleFor(const QString &eligibility) const
{
    if (eligibility == u"snap")
        return snapEligible;
    if (eligibility == u"token")
        return tokenEligible;
    if (eligibility == u"fmnp")
        return fmnpEligible;
    return true;
}

QJsonObject Product::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("sku"), sku},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("category"), category},
                  {QStringLiteral("unit"), unitCode(unit)},
                  {QStringLiteral("price"), QString::number(price)},
                  {QStringLiteral("tax_category"), taxCategory},
                  {QStringLiteral("snap_eligible"), snapEligible},
                  {QStringLiteral("token_eligible"), tokenEligible},
                  {QStringLiteral("fmnp_eligible"), fmnpEligible},
                  {QStringLiteral("active"), active},
                  {QStringLiteral("quick_color"), quickColor},
                  {QStringLiteral("low_stock"), QString::number(lowStock)},
                  {QStringLiteral("barcodes"), QJsonArray::fromStringList(barcodes)}};
    o.insert(QStringLiteral("quick_pos"), quickPos ? QJsonValue(*quickPos) : QJsonValue());
    return o;
}

Result<Product> Product::fromJson(const QJsonObject &o)
{
    Product p;
    auto str = [&](const char *k) {
        return o.value(QLatin1String(k)).toString();
    };
    p.id = str("id");
    p.sku = str("sku");
    p.name = str("name");
    p.category = str("category");
    auto unit = unitFromCode(str("unit"));
    if (!unit)
        return std::unexpected(unit.error());
    p.unit = *unit;
    bool ok = false;
    p.price = str("price").toLongLong(&ok);
    if (!ok)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("product price must be an integer string"));
    p.taxCategory = str("tax_category");
    p.snapEligible = o.value(QLatin1String("snap_eligible")).toBool();
    p.tokenEligible = o.value(QLatin1String("token_eligible")).toBool(true);
    p.fmnpEligible = o.value(QLatin1String("fmnp_eligible")).toBool();
    p.active = o.value(QLatin1String("active")).toBool(true);
    p.quickColor = str("quick_color");
    p.lowStock = str("low_stock").toLongLong();
    const QJsonValue qp = o.value(QLatin1String("quick_pos"));
    if (qp.isDouble())
        p.quickPos = qp.toInt();
    for (const QJsonValue &b : o.value(QLatin1String("barcodes")).toArray())
        p.barcodes << b.toString();
    return p;
}

ProductRepository::ProductRepository(Database &db)
    : m_db(db)
{}

Result<QList<Product>> ProductRepository::many(QSqlQuery &q)
{
    QList<Product> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Result<Product> ProductRepository::one(const QString &where, const QVariant &v)
{
    // Prepared once per connection: a catalog import looks up every row's SKU.
    auto q = m_db.queryCached(
        QStringLiteral("SELECT %1 FROM products WHERE %2").arg(kColumns, where), {v});
    if (!q)
        return std::unexpected(q.error());
    QSqlQuery &row = **q;
    if (!row.next()) {
        row.finish();
        return fail(Error::Code::NotFound, QStringLiteral("no product %1").arg(v.toString()));
    }
    Product p = fromRow(row);
    row.finish();
    return p;
}

Result<Product> ProductRepository::byId(const QString &id)
{
    return one(QStringLiteral("id = ?"), id);
}

Result<Product> ProductRepository::bySku(const QString &sku)
{
    return one(QStringLiteral("sku = ?"), sku);
}

Result<Product> ProductRepository::byBarcode(const QString &barcode)
{
    return one(QStringLiteral("id = (SELECT product_id FROM product_barcodes WHERE barcode = ?)"),
               barcode);
}

Result<Product> ProductRepository::byCode(const QString &code)
{
    auto p = bySku(code);
    if (p || p.error().code != Error::Code::NotFound)
        return p;
    p = byBarcode(code);
    if (!p && p.error().code == Error::Code::NotFound)
        return fail(Error::Code::NotFound,
                    QStringLiteral("no product with SKU or barcode %1").arg(code));
    return p;
}

Result<QList<Product>> ProductRepository::all(bool includeInactive)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM products %2 ORDER BY category, name")
            .arg(kColumns, includeInactive ? QString() : QStringLiteral("WHERE active = 1")));
    if (!q)
        return std::unexpected(q.error());
    return many(*q);
}

Result<QList<Product>> ProductRepository::search(const QString &text, int limit)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || limit <= 0)
        return QList<Product>{};
    // LIKE with an escape so % and _ typed by the user match themselves.
    QString esc = t;
    esc.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("%"), QLatin1String("\\%"))
        .replace(QLatin1String("_"), QLatin1String("\\_"));
    const QString prefix = esc + u'%';
    // The order is: the product whose SKU is exactly what was typed, then names starting with
    // it, then names containing it or SKUs starting with it; by name (ignoring case) within
    // each group. As one query with that ORDER BY, SQLite read and sorted the whole table on
    // every keystroke, and with a large catalog the table outgrows SQLite's page cache (10,000
    // products: 5.8 MB), so half of that time was copying pages from the OS: 7.8 ms p99. Group
    // by group, each query walks the name index in order and stops at the limit: the prefix
    // group reads only its range of the index, the rest tests the name in the index itself
    // (and the SKU in the SKU index) and reads table rows only for what it returns.
    QList<Product> out;
    QSet<QString> seen;
    auto take = [&](const QString &where, std::initializer_list<QVariant> binds) -> Status {
        auto q = m_db.exec(QStringLiteral("SELECT %1 FROM products WHERE %2 AND active = 1 "
                                          "ORDER BY name COLLATE NOCASE, rowid LIMIT ?")
                               .arg(kColumns, where),
                           binds);
        if (!q)
            return std::unexpected(q.error());
        while (out.size() < limit && q->next()) {
            Product p = fromRow(*q);
            if (!seen.contains(p.id)) {
                seen.insert(p.id);
                out << std::move(p);
            }
        }
        return {};
    };
    // The exact SKU's product may come again in a later group; hence limit + 1.
    if (auto s = take(QStringLiteral("sku = ?"), {t, 1}); !s)
        return std::unexpected(s.error());
    if (out.size() < limit)
        if (auto s = take(QStringLiteral("name LIKE ? ESCAPE '\\'"), {prefix, limit + 1}); !s)
            return std::unexpected(s.error());
    // The SKUs starting with the text lie in two ranges of the SKU index (the first character
    // in upper and lower case), so a miss does not test every SKU. Past the BMP: all of it
    // (every text sorts before a blob).
    const QChar first = t.front();
    QVariantList bounds;
    if (!first.isSurrogate() && first.unicode() < 0xFFFF) {
        for (const QChar c : {first.toUpper(), first.toLower()})
            bounds << QString(c) << QString(QChar(char16_t(c.unicode() + 1)));
    } else {
        bounds << QStringLiteral("") << QByteArray(1, '\xff') << QStringLiteral("")
               << QByteArray(1, '\xff');
    }
    if (out.size() < limit)
        if (auto s = take(QStringLiteral("(name LIKE ? ESCAPE '\\' OR rowid IN (SELECT rowid "
                                         "FROM products WHERE (sku >= ? AND sku < ? OR sku >= ? "
                                         "AND sku < ?) AND sku LIKE ? ESCAPE '\\')) AND NOT name "
                                         "LIKE ? ESCAPE '\\'"),
                          {QString(u'%' + esc + u'%'),
                           bounds[0],
                           bounds[1],
                           bounds[2],
                           bounds[3],
                           prefix,
                           prefix,
                           limit + 1});
            !s)
            return std::unexpected(s.error());
    return out;
}

Result<QStringList> ProductRepository::categories()
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT DISTINCT category FROM products WHERE active = 1 ORDER BY category"));
    if (!q)
        return std::unexpected(q.error());
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Status Product::check() const
{
    const Product &p = *this;
    auto bad = [](const QString &m) {
        return fail(Error::Code::InvalidInput, m);
    };
    if (p.sku.trimmed().isEmpty())
        return bad(QStringLiteral("SKU is empty"));
    if (p.sku.size() > kMaxSku || hasControl(p.sku) || p.sku != p.sku.trimmed())
        return bad(QStringLiteral("SKU \"%1\" must be 1-%2 printable characters without "
                                  "leading or trailing spaces")
                       .arg(p.sku.left(40))
                       .arg(kMaxSku));
    if (p.name.trimmed().isEmpty())
        return bad(QStringLiteral("name is empty"));
    if (p.name.size() > kMaxName)
        return bad(QStringLiteral("name is %1 characters long (at most %2)")
                       .arg(p.name.size())
                       .arg(kMaxName));
    if (hasControl(p.name) || hasControl(p.category))
        return bad(QStringLiteral("name or category contains control characters"));
    if (p.category.size() > kMaxName)
        return bad(QStringLiteral("category is longer than %1 characters").arg(kMaxName));
    if (p.price < 0)
        return bad(QStringLiteral("price must not be negative"));
    if (p.price > kMaxPrice)
        return bad(QStringLiteral("price is larger than %1").arg(formatFixed(kMaxPrice, 2)));
    if (p.lowStock < 0 || p.lowStock > kMaxQuantity)
        return bad(QStringLiteral("low-stock threshold out of range"));
    if (p.quickPos && (*p.quickPos < 0 || *p.quickPos > 999))
        return bad(QStringLiteral("quick-key position must be between 0 and 999"));
    // "#a0c4ff" or nothing; by hand, since the server checks products on several threads.
    const auto hex = [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    };
    if (!p.quickColor.isEmpty()
        && (p.quickColor.size() != 7 || p.quickColor[0] != u'#'
            || !std::all_of(p.quickColor.begin() + 1, p.quickColor.end(), hex)))
        return bad(QStringLiteral("quick-key colour \"%1\" must look like #a0c4ff")
                       .arg(p.quickColor.left(20)));
    for (const QString &b : p.barcodes)
        if (b.isEmpty() || b.size() > 64 || hasControl(b) || b.contains(QLatin1Char(' ')))
            return bad(QStringLiteral("barcode \"%1\" is not valid").arg(b.left(40)));
    if (p.taxCategory.isEmpty() || p.taxCategory.size() > kMaxSku || hasControl(p.taxCategory))
        return bad(
            QStringLiteral("tax category code \"%1\" is not valid").arg(p.taxCategory.left(40)));
    return {};
}

Status ProductRepository::validate(const Product &p)
{
    auto bad = [](const QString &m) {
        return fail(Error::Code::InvalidInput, m);
    };
    if (auto c = p.check(); !c)
        return c;
    auto tax = m_db.scalarCached(
        QStringLiteral("SELECT count(*) FROM tax_categories WHERE code = ?"), {p.taxCategory});
    if (!tax)
        return std::unexpected(tax.error());
    if (tax->toInt() == 0)
        return bad(QStringLiteral("unknown tax category \"%1\"").arg(p.taxCategory.left(40)));
    return {};
}

Result<Product> ProductRepository::save(Product p, bool inTransaction)
{
    if (auto v = validate(p); !v)
        return std::unexpected(v.error());
    std::optional<Transaction> tx;
    if (!inTransaction) {
        tx.emplace(m_db);
        if (auto b = tx->begun(); !b)
            return std::unexpected(b.error());
    }
    auto existing = bySku(p.sku);
    if (existing)
        p.id = existing->id;
    else if (existing.error().code != Error::Code::NotFound)
        return std::unexpected(existing.error());
    else if (p.id.isEmpty())
        p.id = newUuid7();
    p.hlc = Database::hlc().now();
    auto r = m_db.execCached(
        QStringLiteral(
            "INSERT INTO products (id, sku, name, category, unit, price, tax_category, "
            "snap_eligible, token_eligible, fmnp_eligible, active, quick_pos, quick_color, "
            "low_stock, hlc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
            "sku = excluded.sku, name = excluded.name, category = excluded.category, unit = "
            "excluded.unit, price = excluded.price, tax_category = excluded.tax_category, "
            "snap_eligible = excluded.snap_eligible, token_eligible = excluded.token_eligible, "
            "fmnp_eligible = excluded.fmnp_eligible, active = excluded.active, quick_pos = "
            "excluded.quick_pos, quick_color = excluded.quick_color, low_stock = "
            "excluded.low_stock, hlc = excluded.hlc"),
        {p.id,
         p.sku,
         p.name,
         p.category,
         unitCode(p.unit),
         p.price,
         p.taxCategory,
         int(p.snapEligible),
         int(p.tokenEligible),
         int(p.fmnpEligible),
         int(p.active),
         p.quickPos ? QVariant(*p.quickPos) : QVariant(QMetaType(QMetaType::Int)),
         p.quickColor,
         p.lowStock,
         p.hlc});
    if (!r)
        return std::unexpected(r.error());
    if (auto d = m_db.execCached(
            QStringLiteral("DELETE FROM product_barcodes WHERE product_id = ?"), {p.id});
        !d)
        return std::unexpected(d.error());
    for (const QString &b : p.barcodes) {
        auto ins
            = m_db.execCached(QStringLiteral("INSERT INTO product_barcodes (barcode, product_id) "
                                             "VALUES (?, ?)"),
                              {b, p.id});
        if (!ins)
            return fail(Error::Code::Conflict,
                        QStringLiteral("barcode %1 already belongs to another product").arg(b));
    }
    // Sync merges catalog edits field by field: stamp and name the fields this edit changed.
    QJsonObject event = p.toJson();
    auto changed = sync::stampLocalProductEdit(m_db,
                                               existing ? existing->toJson() : QJsonObject(),
                                               existing ? existing->hlc : 0,
                                               event,
                                               p.id,
                                               p.hlc);
    if (!changed)
        return std::unexpected(changed.error());
    event.insert(QStringLiteral("changed"), QJsonArray::fromStringList(*changed));
    if (auto o = appendOutbox(m_db, QStringLiteral("product"), newUuid7(), p.hlc, event); !o)
        return std::unexpected(o.error());
    if (tx)
        if (auto c = tx->commit(); !c)
            return std::unexpected(c.error());
    return p;
}

Status appendOutbox(Database &db,
                    const QString &eventType,
                    const QString &eventId,
                    qint64 hlc,
                    const QJsonObject &data)
{
    // What this device sends passes the checks the server and the other devices apply to it
    // (against this device's own clock, which stamped it): a record they would refuse is not
    // made here either.
    const sync::Event event{eventId, eventType, db.deviceId(), hlc, data, 0, {}};
    if (auto v = sync::validateEvent(event, Clock::nowMs()); !v)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("this %1 breaks the rules every device checks: %2")
                        .arg(eventType, v.error().detail));
    const QJsonObject envelope = event.envelope();
    auto r
        = db.execCached(QStringLiteral("INSERT INTO outbox (event_id, event_type, hlc, payload, "
                                       "created_at) VALUES (?, ?, ?, ?, ?)"),
                        {eventId,
                         eventType,
                         hlc,
                         QString::fromUtf8(QJsonDocument(envelope).toJson(QJsonDocument::Compact)),
                         Clock::nowMs()});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

QStringList catalogCsvColumns()
{
    return {QStringLiteral("sku"),
            QStringLiteral("name"),
            QStringLiteral("category"),
            QStringLiteral("unit"),
            QStringLiteral("price"),
            QStringLiteral("tax_category"),
            QStringLiteral("snap_eligible"),
            QStringLiteral("token_eligible"),
            QStringLiteral("fmnp_eligible"),
            QStringLiteral("active"),
            QStringLiteral("barcodes"),
            QStringLiteral("quick_pos"),
            QStringLiteral("quick_color"),
            QStringLiteral("low_stock")};
}

Status exportCatalogCsv(Database &db, QIODevice *out, bool bom)
{
    ProductRepository repo(db);
    auto products = repo.all(true);
    if (!products)
        return std::unexpected(products.error());
    CsvWriter w(out, bom);
    if (auto s = w.header(catalogCsvColumns()); !s)
        return s;
    for (const Product &p : *products) {
        w.text(p.sku).text(p.name).text(p.category).text(unitCode(p.unit)).fixed(p.price, 2);
        w.text(p.taxCategory)
            .number(int(p.snapEligible))
            .number(int(p.tokenEligible))
            .number(int(p.fmnpEligible))
            .number(int(p.active));
        w.text(p.barcodes.join(QLatin1Char(' ')));
        w.number(p.quickPos ? QString::number(*p.quickPos) : QString());
        w.text(p.quickColor);
        w.number(p.unit == Unit::Each && p.lowStock % 1000 == 0 ? QString::number(p.lowStock / 1000)
                                                                : formatFixed(p.lowStock, 3));
        if (auto s = w.endRow(); !s)
            return s;
    }
    return {};
}

} // namespace sk
