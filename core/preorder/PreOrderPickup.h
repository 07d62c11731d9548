#pragma once

#include "core/SaleEngine.h"
#include "core/model/SaleRecord.h"
#include "core/preorder/PreOrder.h"

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
// when there is none), at most the cart's total. Its reference names the order
// (paidElsewhereReference), so a receipt calls it what it is (paidElsewhereOrder).
Result<TenderEntry>
paidElsewhereTender(const PreOrder &order, const SaleRules &rules, const Cart &cart);

// The reference of the paid-elsewhere tender of order `number`, and back: the order number a
// tender's reference names when it is a paid-elsewhere credit (code "other"), else empty.
QString paidElsewhereReference(const QString &number);
QString paidElsewhereOrder(const QString &tenderCode, const QString &reference);

// The reason stored with the payout that gives back what order `number` paid online beyond what
// was handed over (PickupResult::refundDue), and back: the order number such a reason names,
// else empty. The stored words are data (synced, in the CLI's listings); screens show their own.
QString onlineOverpaidReason(const QString &number);
QString onlineOverpaidOrder(const QString &reason);

struct PickupResult
{
    SaleRecord sale;
    PreOrder order;
    // Paid elsewhere beyond what this hand-over came to (re-weighed lighter, a line removed):
    // paid back to the customer in cash from the drawer, recorded as a payout of the sale's
    // market day (refundMovementId) so the end-of-day count expects it; the order's credit is
    // then used up (what is left of a partial pick-up is paid for when it is handed over).
    Minor refundDue = 0;
    QString refundMovementId;
};

// Commits `cart` as the sale handing over `order` (the paid-elsewhere tender is added here: the
// cart's tenders cover the rest), with the payout of refundDue in the same transaction. Refused: a
// closed order, a cart not fully paid (the SNAP and other tender rules of computeCart apply as for
// any sale).
Result<PickupResult>
pickUp(Database &db, const QString &orderId, Cart cart, const SaleRules &rules);

} // namespace sk
