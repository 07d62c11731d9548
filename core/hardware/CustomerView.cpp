#include "core/hardware/CustomerView.h"

#include <QCoreApplication>

namespace sk::hw {

struct CustomerText
{
    Q_DECLARE_TR_FUNCTIONS(sk::hw::CustomerView)
};

namespace {

QString quantityText(Milli qty, Unit unit, Minor unitPrice, const Currency &cur, const QLocale &loc)
{
    if (unit == Unit::Each && (qty == 1000 || qty == -1000))
        return {};
    QString q = formatQuantity(qty < 0 ? -qty : qty, unit, loc);
    if (unit != Unit::Each)
        q += QLatin1Char(' ') + unitCode(unit);
    q += QStringLiteral(" × ") + formatMoney(unitPrice, cur, loc);
    if (unit != Unit::Each)
        q += QLatin1Char('/') + unitCode(unit);
    return q;
}

QString tenderName(const SaleRules &rules, const QString &code)
{
    const TenderType *t = rules.tender(code);
    return t && !t->name.isEmpty() ? t->name : code;
}

// Pole displays show ASCII: "Crème brûlée" becomes "Creme brulee".
QString ascii(const QString &s)
{
    QString out;
    for (QChar c : s.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 0x80)
            out += c;
        else if (c == u'×')
            out += QLatin1Char('x');
        else if (c == u'€')
            out += QStringLiteral("EUR");
        else if (c.category() != QChar::Mark_NonSpacing)
            out += c.isSpace() ? QLatin1Char(' ') : QLatin1Char('?');
    }
    return out;
}

QString pair(const QString &left, const QString &right, int columns)
{
    const QString r = ascii(right).left(columns);
    const int room = std::max(0, columns - int(r.size()) - (r.isEmpty() ? 0 : 1));
    QString l = ascii(left).left(room);
    return l + QString(columns - l.size() - r.size(), QLatin1Char(' ')) + r;
}

QString centered(const QString &text, int columns)
{
    const QString t = ascii(text).left(columns);
    const qsizetype left = (columns - t.size()) / 2;
    return QString(left, QLatin1Char(' ')) + t
           + QString(columns - t.size() - left, QLatin1Char(' '));
}

} // namespace

CustomerView customerView(const Cart &cart, const SaleRules &rules, const QLocale &loc)
{
    CustomerView v;
    if (cart.lines.isEmpty())
        return v;
    v.state = CustomerView::State::Cart;
    const Currency &cur = rules.currency;
    auto comp = computeCart(rules, cart);
    for (qsizetype i = 0; i < cart.lines.size(); ++i) {
        const CartLine &l = cart.lines[i];
        const Minor amount = comp && i < comp->lines.size() ? comp->lines[i].net : 0;
        v.lines << CustomerView::Line{
            l.product.name,
            quantityText(l.qty, l.product.unit, l.product.price, cur, loc),
            formatMoney(amount, cur, loc)};
    }
    if (comp)
        v.total = formatMoney(comp->total, cur, loc);
    return v;
}

CustomerView tenderingView(const Cart &cart, const SaleRules &rules, const QLocale &loc)
{
    Cart goods = cart;
    goods.tenders.clear();
    CustomerView v = customerView(goods, rules, loc);
    if (v.state == CustomerView::State::Idle)
        return v;
    v.state = CustomerView::State::Tendering;
    const Currency &cur = rules.currency;
    auto comp = computeCart(rules, cart);
    if (!comp)
        return v;
    v.total = formatMoney(comp->total, cur, loc);
    for (const ComputedTender &t : comp->tenders)
        v.paid << CustomerView::Paid{
            tenderName(rules, t.code), formatMoney(t.tendered, cur, loc), t.code};
    v.due = formatMoney(comp->due, cur, loc);
    if (comp->change != 0)
        v.change = formatMoney(comp->change, cur, loc);
    return v;
}

CustomerView customerView(const SaleRecord &s, const SaleRules &rules, const QLocale &loc)
{
    CustomerView v;
    v.state = CustomerView::State::Paid;
    const Currency cur
        = Currency::fromCode(s.currency.isEmpty() ? rules.currency.code : s.currency);
    for (const SaleLineRecord &l : s.lines)
        v.lines << CustomerView::Line{l.name,
                                      quantityText(l.qty, l.unit, l.unitPrice, cur, loc),
                                      formatMoney(l.net, cur, loc)};
    v.total = formatMoney(s.total, cur, loc);
    for (const SaleTenderRecord &t : s.tenders)
        v.paid << CustomerView::Paid{
            tenderName(rules, t.tender),
            formatMoney(s.kind == u"sale" ? t.tendered : -t.amount, cur, loc),
            t.tender};
    if (s.changeDue != 0)
        v.change = formatMoney(s.changeDue, cur, loc);
    return v;
}

QStringList poleLines(const CustomerView &v, int columns)
{
    switch (v.state) {
    case CustomerView::State::Idle:
        return {
            pair(v.storeName.isEmpty() ? CustomerText::tr("Welcome") : v.storeName, {}, columns),
            QString(columns, QLatin1Char(' '))};
    case CustomerView::State::Cart: {
        const CustomerView::Line &last = v.lines.last();
        return {pair(last.name, last.amount, columns),
                pair(CustomerText::tr("TOTAL"), v.total, columns)};
    }
    case CustomerView::State::Tendering: {
        // The tender just taken (or the total before any), and what is left to pay.
        const QString upper = v.paid.isEmpty()
                                  ? pair(CustomerText::tr("TOTAL"), v.total, columns)
                                  : pair(v.paid.last().tender, v.paid.last().amount, columns);
        if (!v.change.isEmpty())
            return {upper, pair(CustomerText::tr("CHANGE"), v.change, columns)};
        return {upper, pair(CustomerText::tr("DUE"), v.due, columns)};
    }
    case CustomerView::State::Paid:
        // The change to hand back (or what was paid), then thanks.
        return {v.change.isEmpty() ? pair(CustomerText::tr("TOTAL"), v.total, columns)
                                   : pair(CustomerText::tr("CHANGE"), v.change, columns),
                centered(CustomerText::tr("Thank you!"), columns)};
    }
    return {};
}

} // namespace sk::hw
