#pragma once

#include "core/SaleEngine.h"
#include "core/model/SaleRecord.h"

#include <QLocale>

namespace sk::hw {

// What the customer sees while the vendor rings them up, on a second screen or a pole display:
// the lines, the total, what each tender paid and the change. Built from the till's open cart
// or from the sale just paid; the same for every display, so they never disagree.
// Idle: nothing rung up. Cart: the open cart. Tendering: payment is being taken (what is left
// to pay and each tender as it is taken). Paid: the sale is stored (change, thanks).
struct CustomerView
{
    enum class State { Idle, Cart, Tendering, Paid };
    struct Line
    {
        QString name;
        QString quantity; // "1.25 lb × $4.00/lb", "3 ×"; empty for one item
        QString amount;
    };
    struct Paid
    {
        QString tender; // its name as stored (a screen may show it in the vendor's language)
        QString amount;
        QString code;
    };
    State state = State::Idle;
    QList<Line> lines;
    QString total;
    QList<Paid> paid;
    QString due;    // Tendering: what is left to pay
    QString change; // empty: no change
    QString storeName;
};

CustomerView
customerView(const Cart &cart, const SaleRules &rules, const QLocale &locale = QLocale());
// The cart while it is being paid for: `cart.tenders` are the tenders taken so far.
CustomerView
tenderingView(const Cart &cart, const SaleRules &rules, const QLocale &locale = QLocale());
CustomerView
customerView(const SaleRecord &sale, const SaleRules &rules, const QLocale &locale = QLocale());

// The two lines of a 20-column pole display for `view` (ASCII only: accents dropped, since
// most pole displays hold no accented letters in their default character set).
QStringList poleLines(const CustomerView &view, int columns = 20);

} // namespace sk::hw
