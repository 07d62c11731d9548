#pragma once

#include "core/Error.h"
#include "core/Money.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

// Pre-orders for pick-up at the stall: the list a vendor publishes for a market day and the
// orders customers place on it (docs/preorders.md). Value types, their JSON (the "preorder_list"
// and "preorder" events) and the checks every device and the server run on them. No SQL.

namespace sk {

// How an order stands: placed (waiting), partly (some of it handed over, the rest still
// waiting), picked_up, no_show (the market day closed without it), cancelled.
enum class OrderState { Placed, Partly, PickedUp, NoShow, Cancelled };
QString orderStateCode(OrderState s);
std::optional<OrderState> orderStateFromCode(const QString &code);
// Placed or partly: what it still holds is reserved.
bool orderIsOpen(OrderState s);

// One product of a published list: what may be promised and at what price (per unit of the
// product: each, or per lb/kg for a weighed item, ordered as "about" a weight).
struct PreOrderItem
{
    QString productId;
    QString sku;
    QString name;
    Unit unit = Unit::Each;
    Minor unitPrice = 0;
    Milli available = 0; // what may be promised in all, in milli-units
};

// What a vendor offers for one market day. One per date; a newer one (by HLC) replaces it.
struct PreOrderList
{
    QString id;
    QDate marketDate;
    QString marketName;
    qint64 cutoffMs = 0; // orders are taken until then
    QStringList windows; // pick-up windows, "08:00-10:00"
    QString currency = QStringLiteral("USD");
    QList<PreOrderItem> items;
    qint64 hlc = 0;
    QString deviceId;

    const PreOrderItem *item(const QString &productId) const;
    QJsonObject toJson() const;
    static Result<PreOrderList> fromJson(const QJsonObject &o);
};

struct PreOrderLine
{
    QString productId;
    QString sku;
    QString name;
    Unit unit = Unit::Each;
    Minor unitPrice = 0;
    Milli qty = 0;          // ordered (about, for a weighed item)
    Milli pickedQty = 0;    // handed over so far (the actual weight for a weighed item)
    Minor pickedAmount = 0; // what the handed-over part was priced at

    bool weighed() const { return unit != Unit::Each; }
    // Handed over in full: the whole count, or any weight of a weighed item (a weight is never
    // exactly the one ordered).
    bool fulfilled() const { return pickedQty >= qty || (weighed() && pickedQty > 0); }
    // What is still promised to the customer (0 once fulfilled).
    Milli remaining() const { return fulfilled() ? 0 : qty - pickedQty; }
    // The estimated amount: unit price x ordered quantity.
    Result<Minor> estimate() const { return lineAmount(unitPrice, qty); }
};

// A customer's order. One synced record, replaced whole by a newer one (by HLC).
struct PreOrder
{
    QString id;
    QString number; // what the customer and the vendor call it ("A-1042")
    QString customerName;
    QString contact; // phone or e-mail; blanked a set time after pick-up
    QDate marketDate;
    QString window;
    QString note;
    OrderState state = OrderState::Placed;
    Minor paidElsewhere = 0; // paid before pick-up (another shop): collected only above this
    QString currency = QStringLiteral("USD");
    QString source = QStringLiteral("shop"); // shop, api, import
    QList<PreOrderLine> lines;
    QStringList saleIds; // the sales that handed it over
    qint64 createdAt = 0;
    qint64 closedAt = 0; // picked up, no-show or cancelled (0: still open)
    qint64 hlc = 0;
    QString deviceId;

    Result<Minor> estimate() const;
    // Reserved per product while the order is open, nothing once it is closed.
    QHash<QString, Milli> reservedByProduct() const;
    QJsonObject toJson() const;
    static Result<PreOrder> fromJson(const QJsonObject &o);
};

namespace preorder {
constexpr int kMaxLines = 30;
constexpr int kMaxName = 100;
constexpr int kMaxContact = 200;
constexpr int kMaxNote = 500;
constexpr int kMaxNumber = 40;
constexpr int kMaxWindows = 12;
constexpr int kMaxItems = 200;
// What one line of one order may ask for: 100 units (or 100 lb/kg).
constexpr Milli kMaxLineQty = 100'000;
} // namespace preorder

// The rules of a record whoever made it (the order page, an import, another device): lengths,
// ids, quantities and amounts within bounds, a known state, picked no more than is sane.
// `referenceMs` as for sync::validateEvent (times no further ahead than the allowed skew).
Status checkPreOrder(const PreOrder &o, qint64 referenceMs);
Status checkPreOrderList(const PreOrderList &l, qint64 referenceMs);

namespace sync {
struct Event;
// A "preorder" or "preorder_list" event (sync::validateEvent calls it): the record parses, is
// the event's (its device and its HLC) and passes the checks above.
Status validatePreOrderEvent(const Event &e, qint64 referenceMs);
} // namespace sync

} // namespace sk
