#pragma once

#include "SaleEngine.h"
#include "model/SaleRecord.h"

#include <QLocale>

namespace sk::hw {

// What the customer sees while the vendor rings them up, on a second screen or a pole display:
// the lines, the total, what each tender paid and the change. Built from the till's open cart
// or from the sale just paid; the same for every display, so they never disagree.
struct CustomerView
{
    enum class State { Idle, Cart, Paid };
    struct Line
    {
        QString name;
        QString quantity; // "1.25 lb × $4.00/lb", "3 ×"; empty for one item
        QString amount;
    };
    struct Paid
    {
        QString tender;
        QString amount;
    };
    State state = State::Idle;
    QList<Line> lines;
    QString total;
    QList<Paid> paid;
    QString change; // empty: no change
    QString storeName;
};

CustomerView
customerView(const Cart &cart, const SaleRules &rules, const QLocale &locale = QLocale());
CustomerView
customerView(const SaleRecord &sale, const SaleRules &rules, const QLocale &locale = QLocale());

// The two lines of a 20-column pole display for `view` (ASCII only: accents dropped, since
// most pole displays hold no accented letters in their default character set).
QStringList poleLines(const CustomerView &view, int columns = 20);

} // namespace sk::hw
