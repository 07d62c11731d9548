#include "sync/SyncEngine.h"

#include "Catalog.h"
#include "SaleRepository.h"
#include "StockLedger.h"
#include "TaxTenderRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

// How a pulled event of each type this version knows changes the database (SyncEngine applies
// them), and the catalog's field-by-field merge.

namespace sk::sync {

namespace {

QMutex g_registryMutex;

QHash<QString, ApplyHandler> &registry()
{
    static QHash<QString, ApplyHandler> handlers;
    return handlers;
}

Result<bool> exists(Database &db, const QString &sql, const QString &id)
{
    auto v = db.scalarCached(sql, {id});
    if (!v)
        return std::unexpected(v.error());
    return !v->isNull();
}

Status applySale(Database &db, const Event &e)
{
    auto r = SaleRecord::fromJson(e.data);
    if (!r)
        return std::unexpected(r.error());
    auto have = exists(db, QStringLiteral("SELECT 1 FROM sales WHERE id = ?"), r->id);
    if (!have)
        return std::unexpected(have.error());
    if (*have)
        return {};
    SaleRepository sales(db);
    // A void or refund gives back only through the tenders the refund rule allows, as when it
    // is made here (RefundRule.h). A reversal of a sale this device has not received cannot be
    // checked against it and is taken as the server accepted it.
    if (r->kind != u"sale") {
        if (auto ok = sales.checkReversal(*r); !ok && ok.error().code != Error::Code::NotFound)
            return std::unexpected(ok.error());
    }
    return sales.insert(*r);
}

Status applyStockMovement(Database &db, const Event &e)
{
    auto m = StockMovement::fromJson(e.data);
    if (!m)
        return std::unexpected(m.error());
    auto have = exists(db, QStringLiteral("SELECT 1 FROM stock_movements WHERE id = ?"), m->id);
    if (!have)
        return std::unexpected(have.error());
    if (*have)
        return {};
    return StockLedger(db).insert(*m);
}

// The catalog fields that merge one by one, last writer (by HLC) wins per field.
const QStringList &productFields()
{
    static const QStringList f = {QStringLiteral("sku"),
                                  QStringLiteral("name"),
                                  QStringLiteral("category"),
                                  QStringLiteral("unit"),
                                  QStringLiteral("price"),
                                  QStringLiteral("tax_category"),
                                  QStringLiteral("snap_eligible"),
                                  QStringLiteral("token_eligible"),
                                  QStringLiteral("fmnp_eligible"),
                                  QStringLiteral("active"),
                                  QStringLiteral("quick_pos"),
                                  QStringLiteral("quick_color"),
                                  QStringLiteral("low_stock"),
                                  QStringLiteral("barcodes")};
    return f;
}

QByteArray valueKey(const QJsonValue &v)
{
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
}

Status writeProduct(Database &db, const Product &p, const QJsonObject &fieldHlc, bool insert)
{
    const QString fh = QString::fromUtf8(QJsonDocument(fieldHlc).toJson(QJsonDocument::Compact));
    const QVariant quickPos
        = p.quickPos ? QVariant(*p.quickPos) : QVariant(QMetaType(QMetaType::Int));
    Result<QSqlQuery> r;
    if (insert)
        r = db.exec(QStringLiteral("INSERT INTO products (id, sku, name, category, unit, price, "
                                   "tax_category, snap_eligible, token_eligible, fmnp_eligible, "
                                   "active, quick_pos, quick_color, low_stock, hlc, field_hlc) "
                                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?)"),
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
                     quickPos,
                     p.quickColor,
                     p.lowStock,
                     fh});
    else
        r = db.exec(QStringLiteral("UPDATE products SET sku = ?, name = ?, category = ?, unit = ?, "
                                   "price = ?, tax_category = ?, snap_eligible = ?, "
                                   "token_eligible = ?, fmnp_eligible = ?, active = ?, "
                                   "quick_pos = ?, quick_color = ?, low_stock = ?, field_hlc = ? "
                                   "WHERE id = ?"),
                    {p.sku,
                     p.name,
                     p.category,
                     unitCode(p.unit),
                     p.price,
                     p.taxCategory,
                     int(p.snapEligible),
                     int(p.tokenEligible),
                     int(p.fmnpEligible),
                     int(p.active),
                     quickPos,
                     p.quickColor,
                     p.lowStock,
                     fh,
                     p.id});
    if (!r)
        return std::unexpected(r.error());
    if (auto d
        = db.exec(QStringLiteral("DELETE FROM product_barcodes WHERE product_id = ?"), {p.id});
        !d)
        return std::unexpected(d.error());
    // A barcode another product already holds stays with it (the same on every device, since
    // the holder is decided by which product has the smaller id).
    for (const QString &b : p.barcodes) {
        auto holder = db.scalar(QStringLiteral("SELECT product_id FROM product_barcodes WHERE "
                                               "barcode = ?"),
                                {b});
        if (!holder)
            return std::unexpected(holder.error());
        if (!holder->isNull()) {
            if (holder->toString() < p.id)
                continue;
            if (auto d
                = db.exec(QStringLiteral("DELETE FROM product_barcodes WHERE barcode = ?"), {b});
                !d)
                return std::unexpected(d.error());
        }
        if (auto i = db.exec(QStringLiteral("INSERT INTO product_barcodes (barcode, product_id) "
                                            "VALUES (?, ?)"),
                             {b, p.id});
            !i)
            return std::unexpected(i.error());
    }
    return {};
}

// Two devices created the same SKU offline for different products. Every device resolves it
// the same way (suffixedSku): the product with the greater id gets the SKU with a suffix.
Status resolveSkuClash(Database &db, Product &p)
{
    auto other = db.exec(QStringLiteral("SELECT id, sku FROM products WHERE sku = ? AND id <> ?"),
                         {p.sku, p.id});
    if (!other)
        return std::unexpected(other.error());
    if (!other->next())
        return {};
    const QString otherId = other->value(0).toString();
    const QString otherSku = other->value(1).toString();
    other->finish();
    if (p.id > otherId) {
        p.sku = suffixedSku(p.sku, p.id);
        return {};
    }
    auto r = db.exec(QStringLiteral("UPDATE products SET sku = ? WHERE id = ?"),
                     {suffixedSku(otherSku, otherId), otherId});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

QJsonObject readFieldHlc(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

Status applyProduct(Database &db, const Event &e)
{
    auto incoming = Product::fromJson(e.data);
    if (!incoming)
        return std::unexpected(incoming.error());
    ProductRepository repo(db);
    auto current = repo.byId(incoming->id);
    if (!current && current.error().code != Error::Code::NotFound)
        return std::unexpected(current.error());
    QJsonObject fieldHlc, cur;
    qint64 base = 0;
    if (current) {
        auto row = db.exec(QStringLiteral("SELECT hlc, field_hlc FROM products WHERE id = ?"),
                           {incoming->id});
        if (!row)
            return std::unexpected(row.error());
        row->next();
        base = row->value(0).toLongLong();
        fieldHlc = readFieldHlc(row->value(1).toString());
        cur = current->toJson();
    }
    if (auto m = mergeProductEvent(cur, fieldHlc, base, e.data, e.hlc); !m)
        return m;
    auto m = Product::fromJson(cur);
    if (!m)
        return std::unexpected(m.error());
    Product merged = *m;
    merged.id = incoming->id;
    if (auto s = resolveSkuClash(db, merged); !s)
        return s;
    return writeProduct(db, merged, fieldHlc, !current);
}

Status applyMarketDay(Database &db, const Event &e)
{
    const QJsonObject &d = e.data;
    auto str = [&](const char *k) {
        return d.value(QLatin1String(k)).toString();
    };
    const QString id = str("id");
    if (auto m = db.exec(QStringLiteral("INSERT INTO markets (id, name, hlc) VALUES (?, ?, ?) "
                                        "ON CONFLICT (name) DO NOTHING"),
                         {newUuid7(), str("market_name"), e.hlc});
        !m)
        return std::unexpected(m.error());
    const QJsonValue closed = d.value(QLatin1String("closed_at"));
    const QVariant closedAt = closed.isString() ? QVariant(closed.toString().toLongLong())
                                                : QVariant(QMetaType(QMetaType::LongLong));
    auto have = db.scalar(QStringLiteral("SELECT hlc FROM market_days WHERE id = ?"), {id});
    if (!have)
        return std::unexpected(have.error());
    Result<QSqlQuery> r;
    if (have->isNull())
        r = db.exec(QStringLiteral("INSERT INTO market_days (id, device_id, market_name, "
                                   "business_date, opened_at, opening_float, closed_at, hlc) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {id,
                     str("device_id"),
                     str("market_name"),
                     str("business_date"),
                     str("opened_at").toLongLong(),
                     str("opening_float").toLongLong(),
                     closedAt,
                     e.hlc});
    else if (have->toLongLong() < e.hlc)
        r = db.exec(QStringLiteral("UPDATE market_days SET closed_at = ?, hlc = ? WHERE id = ?"),
                    {closedAt, e.hlc, id});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

const bool g_builtins = [] {
    registry().insert(typeSale(), applySale);
    registry().insert(typeProduct(), applyProduct);
    registry().insert(typeStockMovement(), applyStockMovement);
    registry().insert(typeMarketDay(), applyMarketDay);
    registry().insert(QStringLiteral("tax_category"), [](Database &db, const Event &e) {
        return applyTaxCategoryEvent(db, e.data, e.hlc);
    });
    registry().insert(QStringLiteral("tender_type"), [](Database &db, const Event &e) {
        return applyTenderTypeEvent(db, e.data, e.hlc);
    });
    return true;
}();

} // namespace

Result<QStringList> stampLocalProductEdit(Database &db,
                                          const QJsonObject &before,
                                          qint64 beforeHlc,
                                          const QJsonObject &after,
                                          const QString &productId,
                                          qint64 hlc)
{
    // A new product stamps every field with the edit's clock: what was stored is not read.
    QJsonObject fieldHlc;
    if (!before.isEmpty()) {
        auto row = db.scalarCached(QStringLiteral("SELECT field_hlc FROM products WHERE id = ?"),
                                   {productId});
        if (!row)
            return std::unexpected(row.error());
        fieldHlc = readFieldHlc(row->toString());
    }
    QStringList changed;
    for (const QString &f : productFields()) {
        if (before.isEmpty() || valueKey(before.value(f)) != valueKey(after.value(f))) {
            fieldHlc.insert(f, QString::number(hlc));
            changed << f;
        } else if (!fieldHlc.contains(f)) {
            fieldHlc.insert(f, QString::number(beforeHlc));
        }
    }
    auto w = db.execCached(
        QStringLiteral("UPDATE products SET field_hlc = ? WHERE id = ?"),
        {QString::fromUtf8(QJsonDocument(fieldHlc).toJson(QJsonDocument::Compact)), productId});
    if (!w)
        return std::unexpected(w.error());
    return changed;
}

Status mergeProductEvent(QJsonObject &product,
                         QJsonObject &fieldHlc,
                         qint64 baseHlc,
                         const QJsonObject &incoming,
                         qint64 hlc)
{
    auto in = Product::fromJson(incoming);
    if (!in)
        return std::unexpected(in.error());
    const QJsonObject fields = in->toJson();
    if (product.isEmpty()) {
        product = fields;
        for (const QString &f : productFields())
            fieldHlc.insert(f, QString::number(hlc));
        return {};
    }
    // An edit names the fields it changed; an event without the list changes all of them.
    QStringList candidates = productFields();
    if (incoming.value(QLatin1String("changed")).isArray()) {
        candidates.clear();
        for (const QJsonValue &v : incoming.value(QLatin1String("changed")).toArray())
            if (productFields().contains(v.toString()))
                candidates << v.toString();
    }
    // Every field's clock materialised, so a later local save moves only its own.
    for (const QString &f : productFields())
        if (!fieldHlc.contains(f))
            fieldHlc.insert(f, QString::number(baseHlc));
    for (const QString &f : std::as_const(candidates)) {
        const qint64 own = fieldHlc.value(f).toString().toLongLong();
        const bool newer
            = hlc > own || (hlc == own && valueKey(fields.value(f)) > valueKey(product.value(f)));
        if (newer) {
            product.insert(f, fields.value(f));
            fieldHlc.insert(f, QString::number(hlc));
        }
    }
    return {};
}

ApplyRegistration::ApplyRegistration(const char *type, ApplyHandler handler)
{
    QMutexLocker lock(&g_registryMutex);
    registry().insert(QString::fromLatin1(type), std::move(handler));
}

ApplyHandler applyHandler(const QString &type)
{
    QMutexLocker lock(&g_registryMutex);
    Q_UNUSED(g_builtins);
    return registry().value(type);
}

} // namespace sk::sync
