#pragma once

#include "core/Database.h"
#include "core/SaleEngine.h"

#include <QDate>

namespace sk {

// What the till checks before it sells stock that customers are waiting for: a product whose
// quantity in the cart grows past what is free of the pick-up orders of the market day (on
// hand minus what those orders still reserve). Stock may go negative and is never blocked
// (docs/preorders.md): the seller is asked, and the answer is theirs.
struct ReservedShortfall
{
    QString productId;
    QString name;
    Unit unit = Unit::Each;
    Milli onHand = 0;   // the stock level now
    Milli reserved = 0; // what open orders of the day still hold of it
    Milli wanted = 0;   // what the cart would sell of it
};

// The products of `next` that sell into the reservations of `day`'s open orders. A product is
// left out when its quantity in `next` is no more than `allowed` (what the seller already
// agreed to for this cart), when nothing of it is reserved, or when its stock is not kept (no
// movement or count ever). `handingOver`: the order the cart hands over; its own reservation is
// what it sells, so it is not counted against it.
Result<QList<ReservedShortfall>> reservedShortfalls(Database &db,
                                                    const Cart &next,
                                                    QDate day,
                                                    const QString &handingOver,
                                                    const QHash<QString, Milli> &allowed = {});

// Quantity per product of a cart.
QHash<QString, Milli> cartQuantities(const Cart &cart);

} // namespace sk
