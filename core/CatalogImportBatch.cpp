#include "CatalogImportBatch.h"

#include "BatchInsert.h"
#include "Ids.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sk {

namespace {
// Rows held before they are written: a few statements' worth, so memory stays flat.
constexpr qsizetype kQueue = 256;
} // namespace

ProductImportBatch::ProductImportBatch(Database &db)
    : m_db(db)
    , m_repo(db)
{}

Result<Product> ProductImportBatch::write(Product p)
{
    auto stored = m_db.scalarCached(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM products WHERE sku = ?)"), {p.sku});
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->toInt() != 0) {
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
    if (auto v = m_repo.validate(p); !v)
        return std::unexpected(v.error());
    if (p.id.isEmpty())
        p.id = newUuid7();
    p.hlc = Database::hlc().now();
    QJsonObject fieldHlc;
    QJsonObject event = p.toJson();
    const QStringList changed = stampProductEdit(fieldHlc, {}, 0, event, p.hlc);
    event.insert(QStringLiteral("changed"), QJsonArray::fromStringList(changed));
    auto payload = outboxPayload(m_db, QStringLiteral("product"), newUuid7(), p.hlc, event);
    if (!payload)
        return std::unexpected(payload.error());
    // Bound as Database::execCached binds them: a null string is "" (bindSqlite).
    m_products << p.id << p.sku << p.name << p.category << unitCode(p.unit) << p.price
               << p.taxCategory
               // The three flags older versions read, in step with the classes (Catalog.cpp).
               << int(p.inClass(QStringLiteral("snap"))) << int(p.inClass(QStringLiteral("token")))
               << int(p.inClass(QStringLiteral("fmnp"))) << p.classes.join(QLatin1Char(' '))
               << productKindCode(p.kind) << int(p.active)
               << (p.quickPos ? QVariant(*p.quickPos) : QVariant(QMetaType(QMetaType::Int)))
               << p.quickColor << p.lowStock << p.hlc
               << QString::fromUtf8(QJsonDocument(fieldHlc).toJson(QJsonDocument::Compact));
    for (const QString &b : std::as_const(p.barcodes))
        m_barcodes << b << p.id;
    m_outbox << payload->eventId << QStringLiteral("product") << p.hlc << payload->json
             << Clock::nowMs();
    ++m_queued;
    return p;
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
    if (auto s = insertRows(m_db,
                            QStringLiteral("INSERT INTO products (id, sku, name, category, unit, "
                                           "price, tax_category, snap_eligible, token_eligible, "
                                           "fmnp_eligible, classes, kind, active, quick_pos, "
                                           "quick_color, low_stock, hlc, field_hlc)"),
                            18,
                            products,
                            what);
        !s)
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
