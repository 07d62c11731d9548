#include "core/preorder/PreOrder.h"

#include "core/Limits.h"
#include "core/sync/EventValidator.h"
#include "core/sync/SyncProtocol.h"

#include <QJsonArray>

#include <array>

namespace sk {

namespace {

constexpr std::array<QLatin1String, 5> kStates = {QLatin1String("placed"),
                                                  QLatin1String("partly"),
                                                  QLatin1String("picked_up"),
                                                  QLatin1String("no_show"),
                                                  QLatin1String("cancelled")};

std::unexpected<Error> bad(const QString &m)
{
    return std::unexpected(Error::invalid(m));
}

QString str(const QJsonObject &o, const char *k)
{
    return o.value(QLatin1String(k)).toString();
}

// A number carried as a decimal string; false when it is not one.
bool decimal(const QJsonObject &o, const char *k, qint64 *out)
{
    bool ok = false;
    *out = str(o, k).toLongLong(&ok);
    return ok;
}

QString n(qint64 v)
{
    return QString::number(v);
}

// The product a list item or an order line names, and its price, as both carry them.
template<typename Line>
QJsonObject productJson(const Line &l)
{
    return {{QStringLiteral("product_id"), l.productId},
            {QStringLiteral("sku"), l.sku},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("unit"), unitCode(l.unit)},
            {QStringLiteral("unit_price"), n(l.unitPrice)}};
}

// The same read back; false when the unit or the price is not one.
template<typename Line>
bool readProduct(Line &l, const QJsonObject &o)
{
    l.productId = str(o, "product_id");
    l.sku = str(o, "sku");
    l.name = str(o, "name");
    const auto unit = unitFromCode(str(o, "unit"));
    if (!unit || !decimal(o, "unit_price", &l.unitPrice))
        return false;
    l.unit = *unit;
    return true;
}

// Items or lines as a JSON array: the product part of each and what `more` adds to it.
template<typename Line, typename More>
QJsonArray linesJson(const QList<Line> &lines, More more)
{
    QJsonArray out;
    for (const Line &l : lines) {
        QJsonObject o = productJson(l);
        more(o, l);
        out.append(o);
    }
    return out;
}

// The same read back from the array `key` of `o`, `more` reading the rest of each; false when
// one is malformed.
template<typename Line, typename More>
bool readLines(const QJsonObject &o, const char *key, QList<Line> &lines, More more)
{
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray()) {
        const QJsonObject lo = v.toObject();
        Line l;
        if (!v.isObject() || !readProduct(l, lo) || !more(lo, l))
            return false;
        lines << l;
    }
    return true;
}

// The strings of the array `key` of `o`; false when one is not a string.
bool readStrings(const QJsonObject &o, const char *key, QStringList &out)
{
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray()) {
        if (!v.isString())
            return false;
        out << v.toString();
    }
    return true;
}

bool printable(const QString &s)
{
    return sync::isCleanText(s)
           && std::none_of(s.begin(), s.end(), [](QChar c) { return c == u'\n' || c == u'\r'; });
}

} // namespace

QString orderStateCode(OrderState s)
{
    return kStates[std::size_t(s)];
}

std::optional<OrderState> orderStateFromCode(const QString &code)
{
    for (std::size_t i = 0; i < kStates.size(); ++i)
        if (code == kStates[i])
            return OrderState(i);
    return std::nullopt;
}

bool orderIsOpen(OrderState s)
{
    return s == OrderState::Placed || s == OrderState::Partly;
}

const PreOrderItem *PreOrderList::item(const QString &productId) const
{
    for (const PreOrderItem &i : items)
        if (i.productId == productId)
            return &i;
    return nullptr;
}

QJsonObject PreOrderList::toJson() const
{
    const QJsonArray its = linesJson(items, [](QJsonObject &o, const PreOrderItem &i) {
        o.insert(QStringLiteral("available"), n(i.available));
    });
    return {{QStringLiteral("id"), id},
            {QStringLiteral("market_date"), marketDate.toString(Qt::ISODate)},
            {QStringLiteral("market_name"), marketName},
            {QStringLiteral("cutoff"), n(cutoffMs)},
            {QStringLiteral("windows"), QJsonArray::fromStringList(windows)},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("items"), its},
            {QStringLiteral("hlc"), n(hlc)},
            {QStringLiteral("device_id"), deviceId}};
}

Result<PreOrderList> PreOrderList::fromJson(const QJsonObject &o)
{
    PreOrderList l;
    l.id = str(o, "id");
    l.marketDate = QDate::fromString(str(o, "market_date"), Qt::ISODate);
    l.marketName = str(o, "market_name");
    l.currency = str(o, "currency");
    l.deviceId = str(o, "device_id");
    if (!decimal(o, "cutoff", &l.cutoffMs) || !decimal(o, "hlc", &l.hlc) || !l.marketDate.isValid()
        || !o.value(QLatin1String("windows")).isArray()
        || !o.value(QLatin1String("items")).isArray())
        return bad(QStringLiteral("malformed pre-order list"));
    if (!readStrings(o, "windows", l.windows))
        return bad(QStringLiteral("pre-order list windows must be text"));
    if (!readLines(o, "items", l.items, [](const QJsonObject &io, PreOrderItem &i) {
            return decimal(io, "available", &i.available);
        }))
        return bad(QStringLiteral("malformed pre-order list item"));
    return l;
}

Result<Minor> PreOrder::estimate() const
{
    Minor total = 0;
    for (const PreOrderLine &l : lines) {
        auto a = l.estimate();
        if (!a)
            return a;
        auto s = checkedAdd(total, *a);
        if (!s)
            return s;
        total = *s;
    }
    return total;
}

QHash<QString, Milli> PreOrder::reservedByProduct() const
{
    QHash<QString, Milli> out;
    if (!orderIsOpen(state))
        return out;
    for (const PreOrderLine &l : lines)
        if (l.remaining() > 0)
            out[l.productId] += l.remaining();
    return out;
}

QJsonObject PreOrder::toJson() const
{
    const QJsonArray ls = linesJson(lines, [](QJsonObject &o, const PreOrderLine &l) {
        o.insert(QStringLiteral("qty"), n(l.qty));
        o.insert(QStringLiteral("picked_qty"), n(l.pickedQty));
        o.insert(QStringLiteral("picked_amount"), n(l.pickedAmount));
    });
    return {{QStringLiteral("id"), id},
            {QStringLiteral("number"), number},
            {QStringLiteral("customer_name"), customerName},
            {QStringLiteral("contact"), contact},
            {QStringLiteral("market_date"), marketDate.toString(Qt::ISODate)},
            {QStringLiteral("window"), window},
            {QStringLiteral("note"), note},
            {QStringLiteral("state"), orderStateCode(state)},
            {QStringLiteral("paid_elsewhere"), n(paidElsewhere)},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("source"), source},
            {QStringLiteral("lines"), ls},
            {QStringLiteral("sale_ids"), QJsonArray::fromStringList(saleIds)},
            {QStringLiteral("created_at"), n(createdAt)},
            {QStringLiteral("closed_at"), n(closedAt)},
            {QStringLiteral("hlc"), n(hlc)},
            {QStringLiteral("device_id"), deviceId}};
}

Result<PreOrder> PreOrder::fromJson(const QJsonObject &o)
{
    PreOrder p;
    p.id = str(o, "id");
    p.number = str(o, "number");
    p.customerName = str(o, "customer_name");
    p.contact = str(o, "contact");
    p.marketDate = QDate::fromString(str(o, "market_date"), Qt::ISODate);
    p.window = str(o, "window");
    p.note = str(o, "note");
    p.currency = str(o, "currency");
    p.source = str(o, "source");
    p.deviceId = str(o, "device_id");
    const auto state = orderStateFromCode(str(o, "state"));
    if (!state || !p.marketDate.isValid() || !decimal(o, "paid_elsewhere", &p.paidElsewhere)
        || !decimal(o, "created_at", &p.createdAt) || !decimal(o, "closed_at", &p.closedAt)
        || !decimal(o, "hlc", &p.hlc) || !o.value(QLatin1String("lines")).isArray()
        || !o.value(QLatin1String("sale_ids")).isArray())
        return bad(QStringLiteral("malformed pre-order"));
    p.state = *state;
    if (!readStrings(o, "sale_ids", p.saleIds))
        return bad(QStringLiteral("pre-order sale ids must be text"));
    if (!readLines(o, "lines", p.lines, [](const QJsonObject &lo, PreOrderLine &l) {
            return decimal(lo, "qty", &l.qty) && decimal(lo, "picked_qty", &l.pickedQty)
                   && decimal(lo, "picked_amount", &l.pickedAmount);
        }))
        return bad(QStringLiteral("malformed pre-order line"));
    return p;
}

Status checkPreOrder(const PreOrder &o, qint64 referenceMs)
{
    using namespace preorder;
    if (!sync::isUuid(o.id) || !(o.deviceId.isEmpty() || sync::isUuid(o.deviceId)))
        return bad(QStringLiteral("pre-order id or device id is not a UUID"));
    if (o.number.trimmed().isEmpty() || o.number.size() > kMaxNumber || !printable(o.number))
        return bad(
            QStringLiteral("order number must be 1-%1 printable characters").arg(kMaxNumber));
    if (o.customerName.trimmed().isEmpty() || o.customerName.size() > kMaxName
        || !printable(o.customerName))
        return bad(QStringLiteral("customer name must be 1-%1 printable characters").arg(kMaxName));
    if (o.contact.size() > kMaxContact || !printable(o.contact))
        return bad(
            QStringLiteral("contact must be at most %1 printable characters").arg(kMaxContact));
    if (o.note.size() > kMaxNote || o.window.size() > 40 || !printable(o.window)
        || o.source.size() > 20 || o.currency.size() != 3)
        return bad(QStringLiteral("order note, window, source or currency is too long"));
    if (o.lines.isEmpty() || o.lines.size() > kMaxLines)
        return bad(QStringLiteral("an order holds 1 to %1 lines").arg(kMaxLines));
    if (o.saleIds.size() > 50
        || std::any_of(
            o.saleIds.begin(), o.saleIds.end(), [](const QString &s) { return !sync::isUuid(s); }))
        return bad(QStringLiteral("order sale ids must be UUIDs"));
    if (o.paidElsewhere < 0 || o.paidElsewhere > kMaxAmount)
        return bad(QStringLiteral("paid-elsewhere amount is out of bounds"));
    for (const PreOrderLine &l : o.lines) {
        if (!sync::isUuid(l.productId) || l.sku.size() > 64 || l.name.trimmed().isEmpty()
            || l.name.size() > 200 || !printable(l.name) || !printable(l.sku))
            return bad(QStringLiteral("order line names no product"));
        if (l.qty <= 0 || l.qty > kMaxLineQty)
            return bad(QStringLiteral("order line quantity of %1 must be above 0 and at most %2")
                           .arg(l.name)
                           .arg(kMaxLineQty / 1000));
        if (l.pickedQty < 0 || l.pickedQty > kMaxQuantity || l.unitPrice < 0
            || l.unitPrice > kMaxAmount || l.pickedAmount < 0 || l.pickedAmount > kMaxAmount)
            return bad(QStringLiteral("order line %1 has an amount out of bounds").arg(l.name));
    }
    if (auto s = sync::checkTimestamp(o.createdAt, referenceMs, QStringLiteral("order")); !s)
        return s;
    if (o.closedAt != 0) {
        if (auto s = sync::checkTimestamp(o.closedAt, referenceMs, QStringLiteral("order")); !s)
            return s;
    }
    if (orderIsOpen(o.state) != (o.closedAt == 0))
        return bad(QStringLiteral("an open order has no closing time; a closed one has one"));
    return {};
}

Status checkPreOrderList(const PreOrderList &l, qint64 referenceMs)
{
    using namespace preorder;
    if (!sync::isUuid(l.id) || !sync::isUuid(l.deviceId))
        return bad(QStringLiteral("pre-order list id or device id is not a UUID"));
    if (l.marketName.size() > 200 || !printable(l.marketName) || l.currency.size() != 3)
        return bad(QStringLiteral("pre-order list market name or currency is wrong"));
    if (l.windows.size() > kMaxWindows)
        return bad(
            QStringLiteral("a pre-order list has at most %1 pick-up windows").arg(kMaxWindows));
    for (const QString &w : l.windows)
        if (w.trimmed().isEmpty() || w.size() > 40 || !printable(w))
            return bad(QStringLiteral("a pick-up window must be 1-40 printable characters"));
    if (l.items.size() > kMaxItems)
        return bad(QStringLiteral("a pre-order list has at most %1 items").arg(kMaxItems));
    for (const PreOrderItem &i : l.items)
        if (!sync::isUuid(i.productId) || i.name.trimmed().isEmpty() || i.name.size() > 200
            || !printable(i.name) || i.sku.size() > 64 || i.available < 0
            || i.available > kMaxQuantity || i.unitPrice < 0 || i.unitPrice > kMaxAmount)
            return bad(
                QStringLiteral("pre-order list item %1 is out of bounds").arg(i.name.left(40)));
    if (l.cutoffMs < sync::kEarliestTimestampMs)
        return bad(QStringLiteral("pre-order list cut-off is not a time"));
    return sync::checkTimestamp(
        Hlc::physicalMs(l.hlc), referenceMs, QStringLiteral("pre-order list"));
}

Status sync::validatePreOrderEvent(const Event &e, qint64 referenceMs)
{
    if (e.type == u"preorder_list") {
        auto l = PreOrderList::fromJson(e.data);
        if (!l)
            return std::unexpected(l.error());
        if (l->deviceId != e.deviceId || l->hlc != e.hlc)
            return bad(QStringLiteral("pre-order list was made on another device or at another "
                                      "time"));
        return checkPreOrderList(*l, referenceMs);
    }
    auto o = PreOrder::fromJson(e.data);
    if (!o)
        return std::unexpected(o.error());
    if (o->deviceId != e.deviceId || o->hlc != e.hlc)
        return bad(QStringLiteral("order was changed on another device or at another time"));
    return checkPreOrder(*o, referenceMs);
}

} // namespace sk
