#include "core/Catalog.h"

#include "core/DatabaseRows.h"
#include "core/Eligibility.h"

#include "core/BusinessSettings.h"
#include "core/CatalogImportBatch.h"
#include "core/Csv.h"
#include "core/Limits.h"
#include "core/OptionalTransaction.h"
#include "core/QueueAndCommit.h"
#include "core/sync/EventValidator.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>

#include <algorithm>
#include <limits>

namespace sk {

// The columns a product is stored in, in the order ProductRepository::write and
// appendProductRowValues give their values.
const QStringList &productColumns()
{
    // The fields an event carries but the barcodes (a table of their own), with the three flags
    // older versions read after the tax category.
    static const QStringList c = QStringList{QStringLiteral("id")} + productSyncFields().mid(0, 6)
                                 + legacyClassFields() + productSyncFields().mid(6, 6)
                                 + QStringList{QStringLiteral("hlc")};
    return c;
}

void appendProductRowValues(SqlRows &out, const Product &p)
{
    out.text(p.id);
    out.text(p.sku);
    out.text(p.name);
    out.text(p.category);
    out.text(unitCode(p.unit));
    out.number(p.price);
    out.text(p.taxCategory);
    // The three flags older versions read, in step with the classes.
    out.number(p.inClass(QStringLiteral("snap")));
    out.number(p.inClass(QStringLiteral("token")));
    out.number(p.inClass(QStringLiteral("fmnp")));
    out.text(p.classes.join(QLatin1Char(' ')));
    out.text(productKindCode(p.kind));
    out.number(p.active);
    if (p.quickPos)
        out.number(*p.quickPos);
    else
        out.null();
    out.text(p.quickColor);
    out.number(p.lowStock);
    out.number(p.hlc);
}

namespace {
// What a read selects: the stored columns and the product's barcodes.
const QString kColumns
    = productColumns().join(QLatin1String(", "))
      + QStringLiteral(", (SELECT group_concat(barcode, ' ') FROM product_barcodes b WHERE "
                       "b.product_id = products.id) AS barcodes");

// Where each field is in a result row, looked up by name once per query (not per row).
struct ProductRow
{
    explicit ProductRow(const QSqlRecord &r)
        : id(r.indexOf(QLatin1String("id")))
        , sku(r.indexOf(QLatin1String("sku")))
        , name(r.indexOf(QLatin1String("name")))
        , category(r.indexOf(QLatin1String("category")))
        , unit(r.indexOf(QLatin1String("unit")))
        , price(r.indexOf(QLatin1String("price")))
        , taxCategory(r.indexOf(QLatin1String("tax_category")))
        , classes(r.indexOf(QLatin1String("classes")))
        , kind(r.indexOf(QLatin1String("kind")))
        , active(r.indexOf(QLatin1String("active")))
        , quickPos(r.indexOf(QLatin1String("quick_pos")))
        , quickColor(r.indexOf(QLatin1String("quick_color")))
        , lowStock(r.indexOf(QLatin1String("low_stock")))
        , hlc(r.indexOf(QLatin1String("hlc")))
        , barcodes(r.indexOf(QLatin1String("barcodes")))
    {}
    int id, sku, name, category, unit, price, taxCategory, classes, kind, active, quickPos,
        quickColor, lowStock, hlc, barcodes;

    Product read(const QSqlQuery &q) const
    {
        Product p;
        p.id = q.value(id).toString();
        p.sku = q.value(sku).toString();
        p.name = q.value(name).toString();
        p.category = q.value(category).toString();
        p.unit = unitFromCode(q.value(unit).toString()).value_or(Unit::Each);
        p.price = q.value(price).toLongLong();
        p.taxCategory = q.value(taxCategory).toString();
        p.classes = q.value(classes).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        p.kind = q.value(kind).toString() == u"nonfood" ? ProductKind::NonFood : ProductKind::Goods;
        p.active = q.value(active).toBool();
        if (!q.value(quickPos).isNull())
            p.quickPos = q.value(quickPos).toInt();
        p.quickColor = q.value(quickColor).toString();
        p.lowStock = q.value(lowStock).toLongLong();
        p.hlc = q.value(hlc).toLongLong();
        const QString codes = q.value(barcodes).toString();
        if (!codes.isEmpty())
            p.barcodes = codes.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return p;
    }
};
} // namespace

ProductRepository::ProductRepository(Database &db)
    : m_db(db)
{}

Result<QList<Product>> ProductRepository::many(QSqlQuery &q)
{
    QList<Product> out;
    const ProductRow row(q.record());
    while (q.next())
        out << row.read(q);
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
    // Every lookup selects the same columns: their places are found once.
    static const ProductRow columns(row.record());
    Product p = columns.read(row);
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
        const ProductRow row(q->record());
        while (out.size() < limit && q->next()) {
            Product p = row.read(*q);
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
    return queryTexts(
        m_db,
        QStringLiteral(
            "SELECT DISTINCT category FROM products WHERE active = 1 ORDER BY category"));
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
    return EligibilityRepository(m_db).checkClasses(p);
}

Result<Product> ProductRepository::save(Product p, bool inTransaction)
{
    if (auto v = validate(p); !v)
        return std::unexpected(v.error());
    OptionalTransaction tx(m_db, inTransaction);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    auto existing = bySku(p.sku);
    if (existing)
        p.id = existing->id;
    else if (existing.error().code != Error::Code::NotFound)
        return std::unexpected(existing.error());
    else if (p.id.isEmpty())
        p.id = newUuid7();
    p.hlc = Database::hlc().now();
    // Sync merges catalog edits field by field: stamp and name the fields this edit changed.
    auto fieldHlc = storedFieldHlc(p.id);
    if (!fieldHlc)
        return std::unexpected(fieldHlc.error());
    QJsonObject event = p.toJson();
    const QStringList changed = stampProductEdit(*fieldHlc,
                                                 existing ? existing->toJson() : QJsonObject(),
                                                 existing ? existing->hlc : 0,
                                                 event,
                                                 p.hlc);
    if (auto w = write(p, *fieldHlc, BarcodeClash::Refuse); !w)
        return std::unexpected(w.error());
    event.insert(QStringLiteral("changed"), QJsonArray::fromStringList(changed));
    if (auto q = queueAndCommit(m_db, tx, QStringLiteral("product"), newUuid7(), p.hlc, event); !q)
        return std::unexpected(q.error());
    return p;
}

Result<QJsonObject> ProductRepository::storedFieldHlc(const QString &id)
{
    auto v = m_db.scalarCached(QStringLiteral("SELECT field_hlc FROM products WHERE id = ?"), {id});
    if (!v)
        return std::unexpected(v.error());
    return QJsonDocument::fromJson(v->toString().toUtf8()).object();
}

Status ProductRepository::write(const Product &p, const QJsonObject &fieldHlc, BarcodeClash clash)
{
    // One statement for every writer (an edit here, an import, another device's event): insert,
    // or update every stored column of the product with that id.
    static const QString sql = [] {
        QStringList set;
        for (const QString &c : productColumns().mid(1))
            set << QStringLiteral("%1 = excluded.%1").arg(c);
        return QStringLiteral("INSERT INTO products (%1, field_hlc) VALUES (%2?) ON CONFLICT (id) "
                              "DO UPDATE SET %3, field_hlc = excluded.field_hlc")
            .arg(productColumns().join(QLatin1String(", ")),
                 QStringLiteral("?, ").repeated(productColumns().size()),
                 set.join(QLatin1String(", ")));
    }();
    auto r = m_db.execCached(
        sql,
        {p.id,
         p.sku,
         p.name,
         p.category,
         unitCode(p.unit),
         p.price,
         p.taxCategory,
         // The three flags older versions read, in step with the classes.
         int(p.inClass(QStringLiteral("snap"))),
         int(p.inClass(QStringLiteral("token"))),
         int(p.inClass(QStringLiteral("fmnp"))),
         p.classes.join(QLatin1Char(' ')),
         productKindCode(p.kind),
         int(p.active),
         p.quickPos ? QVariant(*p.quickPos) : QVariant(QMetaType(QMetaType::Int)),
         p.quickColor,
         p.lowStock,
         p.hlc,
         QString::fromUtf8(QJsonDocument(fieldHlc).toJson(QJsonDocument::Compact))});
    if (!r)
        return std::unexpected(r.error());
    if (auto d = m_db.execCached(
            QStringLiteral("DELETE FROM product_barcodes WHERE product_id = ?"), {p.id});
        !d)
        return std::unexpected(d.error());
    for (const QString &b : p.barcodes) {
        if (clash == BarcodeClash::SmallerIdKeeps) {
            // The holder is decided by which product has the smaller id: the same on every
            // device whatever order the events came in.
            auto holder = m_db.scalarCached(
                QStringLiteral("SELECT product_id FROM product_barcodes WHERE barcode = ?"), {b});
            if (!holder)
                return std::unexpected(holder.error());
            if (!holder->isNull()) {
                if (holder->toString() < p.id)
                    continue;
                if (auto d = m_db.execCached(
                        QStringLiteral("DELETE FROM product_barcodes WHERE barcode = ?"), {b});
                    !d)
                    return std::unexpected(d.error());
            }
        }
        auto ins
            = m_db.execCached(QStringLiteral("INSERT INTO product_barcodes (barcode, product_id) "
                                             "VALUES (?, ?)"),
                              {b, p.id});
        if (!ins) {
            if (clash == BarcodeClash::SmallerIdKeeps)
                return std::unexpected(ins.error());
            return fail(Error::Code::Conflict,
                        QStringLiteral("barcode %1 already belongs to another product").arg(b));
        }
    }
    return {};
}

Result<OutboxPayload> outboxPayload(Database &db,
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
    return OutboxPayload{
        eventId, QString::fromUtf8(QJsonDocument(event.envelope()).toJson(QJsonDocument::Compact))};
}

Status appendOutbox(Database &db,
                    const QString &eventType,
                    const QString &eventId,
                    qint64 hlc,
                    const QJsonObject &data)
{
    auto payload = outboxPayload(db, eventType, eventId, hlc, data);
    if (!payload)
        return std::unexpected(payload.error());
    return db.execCached(QStringLiteral("INSERT INTO outbox (event_id, event_type, hlc, payload, "
                                        "created_at) VALUES (?, ?, ?, ?, ?)"),
                         {eventId, eventType, hlc, payload->json, Clock::nowMs()});
}

QStringList catalogCsvColumns()
{
    // A product's fields up to the flags older versions read, then the rest in the order files
    // have had them since before eligibility classes.
    const QStringList &c = productColumns();
    return c.mid(1, 9) + QStringList{QStringLiteral("active"), QStringLiteral("barcodes")}
           + c.mid(10, 2) + c.mid(13, 3);
}

Status exportCatalogCsv(Database &db, QIODevice *out, bool bom)
{
    ProductRepository repo(db);
    auto products = repo.all(true);
    if (!products)
        return std::unexpected(products.error());
    return CsvWriter(out, bom).table(
        catalogCsvColumns(), *products, [](CsvWriter &w, const Product &p) {
            w.text(p.sku).text(p.name).text(p.category).text(unitCode(p.unit)).fixed(p.price, 2);
            w.text(p.taxCategory)
                .number(int(p.inClass(QStringLiteral("snap"))))
                .number(int(p.inClass(QStringLiteral("token"))))
                .number(int(p.inClass(QStringLiteral("fmnp"))))
                .number(int(p.active));
            w.text(p.barcodes.join(QLatin1Char(' ')));
            w.text(p.classes.join(QLatin1Char(' '))).text(productKindCode(p.kind));
            w.number(p.quickPos ? QString::number(*p.quickPos) : QString());
            w.text(p.quickColor);
            w.number(p.unit == Unit::Each && p.lowStock % 1000 == 0
                         ? QString::number(p.lowStock / 1000)
                         : formatFixed(p.lowStock, 3));
        });
}

} // namespace sk
