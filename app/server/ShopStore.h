#pragma once

#include "app/server/ServerStore.h"
#include "core/preorder/PreOrder.h"

#include <QDate>
#include <QHash>

namespace sk::server {

class StoreTransaction;

// A vendor's order page as the store sees it (docs/preorders.md): which vendors take orders
// (shop_vendors), the lists their devices published and the orders (both read from the
// vendor's events: shop_lists and shop_orders follow them, catchUp), and new orders from the
// page or the JSON API, stored as "preorder" events of the vendor made by the shop's own device
// id, so every device of the vendor pulls them like any other event. The contact an order
// carries is the vendor's: it goes only to the vendor's devices (the events) and is blanked
// kContactDays after the order closed (purgeContacts).
struct ShopVendor
{
    QString vendorId;
    QString name;
    QString slug;
    QString deviceId; // the id the shop's events carry
};

struct ShopLine
{
    QString productId;
    Milli qty = 0;
};

struct ShopOrderRequest
{
    QString customerName;
    QString contact;
    QDate marketDate;
    QString window;
    QString note;
    QList<ShopLine> lines;
};

struct ShopPlaced
{
    PreOrder order;
    QString token; // the customer's key to the status page (only its hash is stored)
};

// What a customer changes of an order from its status link: call it off, or move it to another
// market day and pick-up window.
struct ShopChange
{
    bool cancel = false;
    QDate marketDate;
    QString window;
};

// Why an order was refused, for the page and the API: a machine code, the sentence, and for
// "sold_out" what is left of each product (product id -> milli-units).
struct ShopRefusal
{
    int status = 400;
    QString code;
    QString message;
    QHash<QString, Milli> left;
};

class ShopStore
{
public:
    explicit ShopStore(ServerStore &store);

    // Turns the vendor's order page on; its slug (the page's path) is made from its name.
    Result<ShopVendor> enable(const QString &vendorName);
    Result<ShopVendor> vendor(const QString &slug);
    // Brings shop_lists and shop_orders up to the vendor's newest events.
    Status catchUp(const ShopVendor &v);
    // The lists of market days whose cut-off is still ahead, soonest first.
    Result<QList<PreOrderList>> openLists(const ShopVendor &v);
    // What is left to promise of each product of a market day's list.
    Result<QHash<QString, Milli>> left(const ShopVendor &v, const PreOrderList &list);
    // Checks and stores an order; a refusal says why (and what is left when it asks too much).
    Result<ShopPlaced> place(const ShopVendor &v, const ShopOrderRequest &r, ShopRefusal *refusal);
    // The order the number and token name; NotFound for a wrong pair (nothing says which).
    Result<PreOrder> order(const ShopVendor &v, const QString &number, const QString &token);
    // The customer's change to a waiting order (nothing handed over yet): cancelled (the
    // order stays on record), or moved to another open market day, checked against what is
    // left there as a new order is. Stored as a newer "preorder" event, so the vendor's devices
    // release or move the reservation when they sync.
    Result<PreOrder> change(const ShopVendor &v,
                            const QString &number,
                            const QString &token,
                            const ShopChange &c,
                            ShopRefusal *refusal);
    Result<int> purgeContacts(int days);
    static constexpr int kContactDays = 30;

private:
    // Inside the caller's write transaction: the lock every writer of the shop takes first,
    // the catch-up, the order a number and token name, and an order's event and row.
    Status lock(const ShopVendor &v);
    Status catchUpRows(const ShopVendor &v);
    // Begins `tx` and takes the lock and the catch-up: the view of the vendor's orders every
    // change of an order starts from.
    Status lockedView(StoreTransaction &tx, const ShopVendor &v);
    Result<PreOrder> findOrder(const ShopVendor &v, const QString &number, const QString &token);
    // A market day an order is placed on or moved to: its open list and what is left to promise
    // of each product.
    struct OpenDay
    {
        PreOrderList list;
        QHash<QString, Milli> left;
    };
    // The open day `date` with `window` one of its pick-up windows; else refused. `which`
    // ("this", "that") names the day in the refusal when it takes no orders (its cut-off has
    // passed, or nothing is offered).
    Result<OpenDay> openDay(const ShopVendor &v,
                            const QDate &date,
                            const QString &window,
                            const QString &which,
                            ShopRefusal *refusal);
    Status store(const ShopVendor &v,
                 const PreOrder &o,
                 const QString &newTokenHash,
                 ShopRefusal *refusal);
    ServerStore &m_store;
};

} // namespace sk::server
