#pragma once

#include "core/Error.h"
#include "core/Money.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace sk {

// An eligibility class code: 1-32 of a-z, 0-9 and _ ("snap", "fv", "wic_cvb", "bakery").
bool isClassCode(const QString &code);
// The classes of the food benefit programs, which a NonFood product may not belong to: SNAP
// food ("snap"), fresh fruit and vegetables ("fv", the incentive programs), FMNP ("fmnp"),
// WIC cash-value benefit ("wic_cvb").
const QStringList &foodProgramClasses();

// What a product is, beside food: fees, deposits and bags are NonFood, which no food benefit
// program (SNAP, the fruit-and-vegetable incentives, FMNP, WIC) may pay for.
enum class ProductKind { Goods, NonFood };
QString productKindCode(ProductKind k); // "goods", "nonfood"

// A product as sold at the stall. Prices are per unit (per each, per lb, ...) in minor units.
// `classes` are the eligibility classes it belongs to (Eligibility.h: "snap", "fv", "fmnp",
// "wic_cvb", "token" and the vendor's own); a restricted tender pays only for products in the
// class it names (TenderType::eligibility). Sorted, without repeats.
struct Product
{
    QString id; // UUIDv7, stable across devices
    QString sku;
    QString name;
    QString category;
    Unit unit = Unit::Each;
    Minor price = 0;
    QString taxCategory = QStringLiteral("exempt");
    QStringList classes = {QStringLiteral("token")};
    ProductKind kind = ProductKind::Goods;
    bool active = true;
    std::optional<int> quickPos;
    QString quickColor;
    Milli lowStock = 0;
    QStringList barcodes;
    qint64 hlc = 0;

    bool eligibleFor(const QString &eligibility) const;
    bool inClass(const QString &cls) const { return classes.contains(cls); }
    void setClass(const QString &cls, bool on);
    // The rules a product obeys whoever made it (a form, a CSV import, another device): SKU,
    // name, price, levels, quick key and barcodes. ProductRepository::validate adds that the
    // tax category exists here.
    Status check() const;
    QJsonObject toJson() const;
    static Result<Product> fromJson(const QJsonObject &o);
};

// Two products made offline on two devices with the same SKU: every device, and the server's
// views, keep the SKU for the one with the smaller id and show the other with this, a suffix
// from its id ("TOM~3b5b"), still within 64 characters.
QString suffixedSku(const QString &sku, const QString &productId);

// The catalog fields that merge one by one between devices, last writer (by HLC) wins per field
// (docs/sync-protocol.md): the names of Product::toJson.
const QStringList &productSyncFields();

// The flags products carried before eligibility classes ("snap_eligible", "token_eligible",
// "fmnp_eligible"): an older device's event naming one of them as changed changes "classes".
const QStringList &legacyClassFields();

// Per-field clocks of a local edit: stamps in `fieldHlc` the fields whose value differs between
// `before` and `after` (Product::toJson; all of them for a new product, `before` empty) with
// `hlc`, gives the others without a stamp `beforeHlc`, and returns the changed field names.
// ProductRepository::save puts them in the event as "changed", so other devices take only those
// fields.
QStringList stampProductEdit(QJsonObject &fieldHlc,
                             const QJsonObject &before,
                             qint64 beforeHlc,
                             const QJsonObject &after,
                             qint64 hlc);

namespace sync {
// The catalog's merge, the same on every device and in the server's views: `product`
// (Product::toJson of what is known; empty for a product not seen yet) and its per-field clocks
// (`fieldHlc`; a field without one has `baseHlc`) take from `incoming`, a product event's data,
// the fields it names as changed (all of them when it names none) that are newer by HLC, the
// greater value winning a tie. Fails when `incoming` is not a product.
Status mergeProductEvent(QJsonObject &product,
                         QJsonObject &fieldHlc,
                         qint64 baseHlc,
                         const QJsonObject &incoming,
                         qint64 hlc);

} // namespace sync

} // namespace sk
