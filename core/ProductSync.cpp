// ProductRepository's side of sync: a product event from another device merged into the
// stored product and written by the same statement as a local edit (ProductRepository::write).
#include "core/Catalog.h"

#include "core/DatabaseRows.h"

namespace sk {

// Two devices created the same SKU offline for different products. Every device resolves it
// the same way (suffixedSku): the product with the greater id gets the SKU with a suffix.
Status ProductRepository::resolveSkuClash(Product &p)
{
    auto other = m_db.exec(QStringLiteral("SELECT id, sku FROM products WHERE sku = ? AND id <> ?"),
                           {p.sku, p.id});
    if (!other)
        return std::unexpected(other.error());
    if (!other->next())
        return {};
    const QString otherId = other->value(QLatin1String("id")).toString();
    const QString otherSku = other->value(QLatin1String("sku")).toString();
    other->finish();
    if (p.id > otherId) {
        p.sku = suffixedSku(p.sku, p.id);
        return {};
    }
    return executed(m_db.exec(QStringLiteral("UPDATE products SET sku = ? WHERE id = ?"),
                              {suffixedSku(otherSku, otherId), otherId}));
}

Status ProductRepository::applyEvent(const QJsonObject &data, qint64 hlc)
{
    auto incoming = Product::fromJson(data);
    if (!incoming)
        return std::unexpected(incoming.error());
    auto current = byId(incoming->id);
    if (!current && current.error().code != Error::Code::NotFound)
        return std::unexpected(current.error());
    QJsonObject fieldHlc, cur;
    qint64 base = 0; // the stored product's clock, kept: its fields carry their own
    if (current) {
        auto stored = storedFieldHlc(incoming->id);
        if (!stored)
            return std::unexpected(stored.error());
        fieldHlc = *stored;
        base = current->hlc;
        cur = current->toJson();
    }
    if (auto m = sync::mergeProductEvent(cur, fieldHlc, base, data, hlc); !m)
        return m;
    auto m = Product::fromJson(cur);
    if (!m)
        return std::unexpected(m.error());
    Product merged = *m;
    merged.id = incoming->id;
    merged.hlc = base;
    if (auto s = resolveSkuClash(merged); !s)
        return s;
    return write(merged, fieldHlc, BarcodeClash::SmallerIdKeeps);
}

} // namespace sk
