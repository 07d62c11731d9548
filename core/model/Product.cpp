#include "core/model/Product.h"

#include "core/Limits.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

// A product's value, its rules and its JSON (the "product" event's data): no storage here,
// ProductRepository (Catalog.h) stores it.

namespace sk {

namespace {
constexpr Minor kMaxPrice = 100000000; // 1,000,000.00 per unit: beyond any market stall
constexpr int kMaxName = 200;
constexpr int kMaxSku = 64;

bool hasControl(const QString &s)
{
    // By code point: an emoji is a valid surrogate pair, a lone surrogate counts as U+FFFD (as
    // QStringView::toUcs4 reads it, without the list it makes).
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = s[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && s[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), s[++i].unicode());
        else if (QChar::isSurrogate(c))
            return true;
        if (QChar::category(c) == QChar::Other_Control || c == 0xFFFD)
            return true;
    }
    return false;
}

QByteArray valueKey(const QJsonValue &v)
{
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
}

} // namespace

QString suffixedSku(const QString &sku, const QString &productId)
{
    return sku.left(58) + QLatin1Char('~') + productId.right(4);
}

bool isClassCode(const QString &code)
{
    if (code.isEmpty() || code.size() > 32)
        return false;
    for (QChar c : code)
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return false;
    return true;
}

const QStringList &foodProgramClasses()
{
    static const QStringList c = {QStringLiteral("snap"),
                                  QStringLiteral("fv"),
                                  QStringLiteral("fmnp"),
                                  QStringLiteral("wic_cvb")};
    return c;
}

QString productKindCode(ProductKind k)
{
    return k == ProductKind::NonFood ? QStringLiteral("nonfood") : QStringLiteral("goods");
}

bool Product::eligibleFor(const QString &eligibility) const
{
    return eligibility == u"any" || classes.contains(eligibility);
}

void Product::setClass(const QString &cls, bool on)
{
    classes.removeAll(cls);
    if (on)
        classes << cls;
    classes.sort();
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
                  {QStringLiteral("classes"), QJsonArray::fromStringList(classes)},
                  {QStringLiteral("kind"), productKindCode(kind)},
                  // The three flags devices of an older version read (and require), kept in
                  // step with the classes; a reader of this version takes `classes`.
                  {QStringLiteral("snap_eligible"), inClass(QStringLiteral("snap"))},
                  {QStringLiteral("token_eligible"), inClass(QStringLiteral("token"))},
                  {QStringLiteral("fmnp_eligible"), inClass(QStringLiteral("fmnp"))},
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
    const QJsonValue classes = o.value(QLatin1String("classes"));
    if (classes.isArray()) {
        p.classes.clear();
        for (const QJsonValue &c : classes.toArray()) {
            if (!c.isString())
                return fail(Error::Code::InvalidInput,
                            QStringLiteral("product classes must be strings"));
            p.setClass(c.toString(), true);
        }
    } else {
        // An event from a device that knew only the three flags.
        p.classes.clear();
        p.setClass(QStringLiteral("snap"), o.value(QLatin1String("snap_eligible")).toBool());
        p.setClass(QStringLiteral("token"), o.value(QLatin1String("token_eligible")).toBool(true));
        p.setClass(QStringLiteral("fmnp"), o.value(QLatin1String("fmnp_eligible")).toBool());
    }
    const QString kind = str("kind");
    if (kind == u"nonfood")
        p.kind = ProductKind::NonFood;
    else if (!kind.isEmpty() && kind != u"goods")
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("product kind must be goods or nonfood"));
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
    if (p.classes.size() > 32)
        return bad(QStringLiteral("a product belongs to at most 32 classes"));
    for (const QString &c : p.classes)
        if (!isClassCode(c))
            return bad(QStringLiteral("class \"%1\" must be 1-32 lower-case letters, digits "
                                      "or _")
                           .arg(c.left(40)));
    if (p.kind == ProductKind::NonFood)
        for (const QString &c : foodProgramClasses())
            if (p.inClass(c))
                return bad(QStringLiteral("%1 is a fee, deposit or bag: no food benefit program "
                                          "(class \"%2\") may pay for it")
                               .arg(p.name.left(40), c));
    for (const QString &b : p.barcodes)
        if (b.isEmpty() || b.size() > 64 || hasControl(b) || b.contains(QLatin1Char(' ')))
            return bad(QStringLiteral("barcode \"%1\" is not valid").arg(b.left(40)));
    if (p.taxCategory.isEmpty() || p.taxCategory.size() > kMaxSku || hasControl(p.taxCategory))
        return bad(
            QStringLiteral("tax category code \"%1\" is not valid").arg(p.taxCategory.left(40)));
    return {};
}

const QStringList &productSyncFields()
{
    static const QStringList f = {QStringLiteral("sku"),
                                  QStringLiteral("name"),
                                  QStringLiteral("category"),
                                  QStringLiteral("unit"),
                                  QStringLiteral("price"),
                                  QStringLiteral("tax_category"),
                                  QStringLiteral("classes"),
                                  QStringLiteral("kind"),
                                  QStringLiteral("active"),
                                  QStringLiteral("quick_pos"),
                                  QStringLiteral("quick_color"),
                                  QStringLiteral("low_stock"),
                                  QStringLiteral("barcodes")};
    return f;
}

const QStringList &legacyClassFields()
{
    static const QStringList f = {QStringLiteral("snap_eligible"),
                                  QStringLiteral("token_eligible"),
                                  QStringLiteral("fmnp_eligible")};
    return f;
}

QStringList stampProductEdit(QJsonObject &fieldHlc,
                             const QJsonObject &before,
                             qint64 beforeHlc,
                             const QJsonObject &after,
                             qint64 hlc)
{
    QStringList changed;
    for (const QString &f : productSyncFields()) {
        if (before.isEmpty() || valueKey(before.value(f)) != valueKey(after.value(f))) {
            fieldHlc.insert(f, QString::number(hlc));
            changed << f;
        } else if (!fieldHlc.contains(f)) {
            fieldHlc.insert(f, QString::number(beforeHlc));
        }
    }
    return changed;
}

namespace sync {

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
        for (const QString &f : productSyncFields())
            fieldHlc.insert(f, QString::number(hlc));
        return {};
    }
    // An edit names the fields it changed; an event without the list changes all of them.
    QStringList candidates = productSyncFields();
    if (incoming.value(QLatin1String("changed")).isArray()) {
        candidates.clear();
        for (const QJsonValue &v : incoming.value(QLatin1String("changed")).toArray()) {
            const QString f = legacyClassFields().contains(v.toString()) ? QStringLiteral("classes")
                                                                         : v.toString();
            if (productSyncFields().contains(f) && !candidates.contains(f))
                candidates << f;
        }
    }
    // The classes' clock on a product last written with the three flags: the newest of theirs.
    if (!fieldHlc.contains(QLatin1String("classes"))) {
        qint64 newest = -1;
        for (const QString &f : legacyClassFields())
            if (fieldHlc.contains(f))
                newest = std::max(newest, fieldHlc.value(f).toString().toLongLong());
        if (newest >= 0)
            fieldHlc.insert(QStringLiteral("classes"), QString::number(newest));
    }
    for (const QString &f : legacyClassFields())
        fieldHlc.remove(f);
    // Every field's clock materialised, so a later local save moves only its own.
    for (const QString &f : productSyncFields())
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

} // namespace sync

} // namespace sk
