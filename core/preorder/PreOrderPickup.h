#pragma once

#include "SaleEngine.h"
#include "model/SaleRecord.h"
#include "preorder/PreOrder.h"

namespace sk {

// Handing an order over at the stall. The order opens as a cart (cartForOrder): one line per
// product still promised, at the price promised, a weighed line at its estimated weight. The
// vendor re-weighs (the line's quantity becomes the actual weight and is priced at it), removes,
// adds or substitutes lines and takes payment as for any sale. pickUp then commits the sale and
// the order's change in one transaction: what each line handed over, the sale named in the
// order (and the order in preorder_sales), placed -> picked_up, or partly when some of it is
// still to come (its reservation stays).

// The order's cart. NotFound when a product of the order is not on this device.
Result<Cart> cartForOrder(Database &db, const PreOrder &order);

// What the paid-elsewhere credit pays of a cart: the "other" tender entry to add (amount 0
// when there is none), at most the cart's total.
Result<TenderEntry>
paidElsewhereTender(const PreOrder &order, const SaleRules &rules, const Cart &cart);

struct PickupResult
{
    SaleRecord sale;
    PreOrder order;
    Minor refundDue = 0; // paid elsewhere beyond what was handed over: owed to the customer
};

// Commits `cart` as the sale handing over `order` (the paid-elsewhere tender is added here: the
// cart's tenders cover the rest). Refused: a closed order, a cart not fully paid (the SNAP and
// other tender rules of computeCart apply as for any sale).
Result<PickupResult>
pickUp(Database &db, const QString &orderId, Cart cart, const SaleRules &rules);

} // namespace sk
