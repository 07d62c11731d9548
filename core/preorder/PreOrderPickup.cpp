#include "core/preorder/PreOrderPickup.h"

#include "core/Catalog.h"
#include "core/SaleRepository.h"
#include "core/eod/CashDrawer.h"
#include "core/preorder/PreOrderRepository.h"

namespace sk {

Result<Cart> cartForOrder(Database &db, const PreOrder &order)
{
    Cart cart;
    ProductRepository products(db);
    for (const PreOrderLine &l : order.lines) {
        if (l.remaining() <= 0)
            continue;
        auto p = products.byId(l.productId);
        if (!p)
            return fail(Error::Code::NotFound,
                        QStringLiteral("%1 of order %2 is not in this device's catalog; sync first")
                            .arg(l.name, order.number));
        CartLine line;
        line.product = *p;
        line.product.price = l.unitPrice; // the price promised, whatever the catalog says now
        line.qty = l.remaining();
        cart.lines << line;
    }
    return cart;
}

namespace {
// Stored in the sale's tender rows (and synced): keep the wording, receipts parse it back.
constexpr QLatin1StringView kPaidElsewherePrefix("paid elsewhere, order ");
// Stored with the cash movement (and synced): keep the wording, screens parse it back.
constexpr QLatin1StringView kOverpaidPrefix("paid back on order ");
constexpr QLatin1StringView kOverpaidSuffix(": paid online for more than was handed over");
} // namespace

QString paidElsewhereReference(const QString &number)
{
    return kPaidElsewherePrefix + number;
}

QString paidElsewhereOrder(const QString &tenderCode, const QString &reference)
{
    if (tenderCode != u"other" || !reference.startsWith(kPaidElsewherePrefix))
        return {};
    return reference.mid(kPaidElsewherePrefix.size()).trimmed();
}

QString onlineOverpaidReason(const QString &number)
{
    return kOverpaidPrefix + number + kOverpaidSuffix;
}

QString onlineOverpaidOrder(const QString &reason)
{
    if (!reason.startsWith(kOverpaidPrefix) || !reason.endsWith(kOverpaidSuffix)
        || reason.size() <= kOverpaidPrefix.size() + kOverpaidSuffix.size())
        return {};
    return reason.mid(kOverpaidPrefix.size(),
                      reason.size() - kOverpaidPrefix.size() - kOverpaidSuffix.size());
}

Result<TenderEntry>
paidElsewhereTender(const PreOrder &order, const SaleRules &rules, const Cart &cart)
{
    TenderEntry t{QStringLiteral("other"), 0, paidElsewhereReference(order.number)};
    if (order.paidElsewhere <= 0)
        return t;
    Cart bare = cart;
    bare.tenders.clear();
    auto comp = computeCart(rules, bare);
    if (!comp)
        return std::unexpected(comp.error());
    t.amount = std::min(order.paidElsewhere, std::max<Minor>(comp->total, 0));
    return t;
}

Result<PickupResult> pickUp(Database &db, const QString &orderId, Cart cart, const SaleRules &rules)
{
    Transaction tx(db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    PreOrderRepository orders(db);
    auto order = orders.byId(orderId);
    if (!order)
        return std::unexpected(order.error());
    if (!orderIsOpen(order->state))
        return fail(Error::Code::Conflict,
                    QStringLiteral("order %1 is %2: nothing is left to hand over")
                        .arg(order->number, orderStateCode(order->state)));
    auto credit = paidElsewhereTender(*order, rules, cart);
    if (!credit)
        return std::unexpected(credit.error());
    if (credit->amount > 0)
        cart.tenders.prepend(*credit);
    auto sale = SaleRepository(db).record(cart, rules, true);
    if (!sale)
        return std::unexpected(sale.error());
    PickupResult out;
    out.sale = *sale;
    // What each line of the order handed over: the sale's lines of its product, at the price and
    // weight they were sold at. Lines of other products were added or substituted at the stall.
    for (const SaleLineRecord &sl : sale->lines)
        for (PreOrderLine &l : order->lines)
            if (l.productId == sl.productId && !l.fulfilled()) {
                l.pickedQty += sl.qty;
                l.pickedAmount += sl.net;
                break;
            }
    order->paidElsewhere -= credit->amount;
    order->saleIds << sale->id;
    const bool all = std::all_of(order->lines.cbegin(),
                                 order->lines.cend(),
                                 [](const PreOrderLine &l) { return l.fulfilled(); });
    // Nothing of the order is left to hand over (or what is left was given up at the stall).
    order->state = all ? OrderState::PickedUp : OrderState::Partly;
    if (order->paidElsewhere > 0) {
        // Paid online for more than was handed over: the difference leaves the drawer now.
        auto payout = appendCashMovement(db,
                                         sale->marketDayId,
                                         QStringLiteral("payout"),
                                         order->paidElsewhere,
                                         onlineOverpaidReason(order->number));
        if (!payout)
            return std::unexpected(payout.error());
        out.refundDue = order->paidElsewhere;
        out.refundMovementId = payout->id;
        order->paidElsewhere = 0;
    }
    auto saved = orders.save(*order, true);
    if (!saved)
        return std::unexpected(saved.error());
    out.order = *saved;
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return out;
}

} // namespace sk
