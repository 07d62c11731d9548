#include "core/sync/EventValidator.h"

#include "core/SaleEngine.h"
#include "core/hardware/WeightPolicy.h"
#include "core/model/MarketDay.h"
#include "core/sync/CheckSupport.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>

// The rules of a sale, void or refund record (sync/EventValidator.h: checkSaleRecord).

namespace sk::sync {

using check::inAmounts;
using check::invalid;
using check::money;

namespace {

// The classes a line's product had when sold ("snap token fmnp", "fv snap", a vendor's own).
bool readEligibility(const QString &words, Product &p)
{
    p.classes.clear();
    for (const QString &w : words.split(u' ', Qt::SkipEmptyParts)) {
        if (!isClassCode(w))
            return false;
        p.setClass(w, true);
    }
    return true;
}

// A sale's figures against computeCart's for the same lines. The record does not say which
// lines its untaxed tenders (SNAP) paid, only how much each paid: that is given back to
// computeCart as untaxed tenders, each of the product class it pays for, tried in turn (the
// class is data on the tender type, which the record does not carry).
Status checkSaleFigures(const SaleRecord &r)
{
    SaleRules rules;
    rules.taxInclusive = r.taxInclusive;
    Cart cart;
    cart.lines.reserve(r.lines.size());
    for (const SaleLineRecord &l : r.lines) {
        Product p;
        p.id = l.productId;
        p.name = l.name;
        p.unit = l.unit;
        p.price = l.unitPrice;
        p.taxCategory = l.taxCategory;
        if (!readEligibility(l.eligibility, p))
            return invalid(QStringLiteral("line %1: unknown eligibility \"%2\"")
                               .arg(l.lineNo)
                               .arg(l.eligibility.left(40)));
        if (const auto it = rules.taxCategories.constFind(l.taxCategory);
            it == rules.taxCategories.cend())
            rules.taxCategories.insert(l.taxCategory,
                                       TaxCategory{l.taxCategory, {}, l.taxRatePpm, true});
        else if (it->ratePpm != l.taxRatePpm)
            return invalid(QStringLiteral("lines of tax category \"%1\" carry different rates")
                               .arg(l.taxCategory.left(40)));
        cart.lines.append(CartLine{std::move(p), l.qty, Discount::amount(l.discount)});
    }
    QList<qsizetype> untaxed;
    for (qsizetype k = 0; k < r.tenders.size(); ++k)
        if (r.tenders[k].untaxed != 0)
            untaxed << k;

    // The cart and its rules are made once; each attempt sets their untaxed tenders.
    const auto attempt = [&](const QList<const char *> &classes) -> Status {
        rules.tenders.clear();
        cart.tenders.clear();
        for (qsizetype k = 0; k < untaxed.size(); ++k) {
            TenderType t;
            t.code = QStringLiteral("untaxed-%1").arg(k);
            t.eligibility = QLatin1String(classes[k]);
            t.untaxed = true;
            rules.tenders << t;
            cart.tenders << TenderEntry{t.code, r.tenders[untaxed[k]].untaxed, {}};
        }
        auto comp = computeCart(rules, cart);
        if (!comp)
            return invalid(QStringLiteral("sale: %1").arg(comp.error().detail));
        for (qsizetype i = 0; i < r.lines.size(); ++i) {
            const SaleLineRecord &l = r.lines[i];
            const ComputedLine &x = comp->lines[i];
            if (l.gross != x.gross)
                return invalid(QStringLiteral("line %1 comes to %2, not %3, at %4 x %5")
                                   .arg(l.lineNo)
                                   .arg(money(x.gross), money(l.gross), money(l.unitPrice))
                                   .arg(formatFixed(l.qty, 3)));
            if (l.discount != x.discount || l.net != x.net)
                return invalid(QStringLiteral("line %1: discount %2 and net %3 do not follow from "
                                              "its amount %4")
                                   .arg(l.lineNo)
                                   .arg(money(l.discount), money(l.net), money(l.gross)));
            if (l.tax != x.tax)
                return invalid(QStringLiteral("line %1: tax %2 is not the %3 its category gives")
                                   .arg(l.lineNo)
                                   .arg(money(l.tax), money(x.tax)));
        }
        for (qsizetype k = 0; k < untaxed.size(); ++k)
            if (comp->tenders[k].untaxedBase != r.tenders[untaxed[k]].untaxed)
                return invalid(QStringLiteral("tender %1 paid %2 untaxed, more than it can pay "
                                              "for")
                                   .arg(r.tenders[untaxed[k]].lineNo)
                                   .arg(money(r.tenders[untaxed[k]].untaxed)));
        if (r.subtotal != comp->subtotal || r.discount != comp->discount || r.tax != comp->tax)
            return invalid(
                QStringLiteral("subtotal %1, discount %2 and tax %3 are not those of "
                               "its lines (%4, %5, %6)")
                    .arg(money(r.subtotal), money(r.discount), money(r.tax))
                    .arg(money(comp->subtotal), money(comp->discount), money(comp->tax)));
        if (r.total != comp->total + r.rounding)
            return invalid(QStringLiteral("total %1 is not %2, what its lines come to")
                               .arg(money(r.total), money(comp->total + r.rounding)));
        return {};
    };

    // The classes tenders are tried with: the usual ones and every other class of the lines
    // (a produce incentive pays for "fv").
    QList<QByteArray> classNames = {"snap", "token", "fmnp", "any"};
    for (const CartLine &line : std::as_const(cart.lines))
        for (const QString &c : line.product.classes)
            if (!classNames.contains(c.toLatin1()) && classNames.size() < 8)
                classNames << c.toLatin1();
    QList<const char *> kClasses;
    for (const QByteArray &c : std::as_const(classNames))
        kClasses << c.constData();
    Status first;
    const auto tryClasses = [&](const QList<const char *> &classes) {
        Status s = attempt(classes);
        if (!s && first)
            first = s;
        return bool(s);
    };
    if (untaxed.isEmpty())
        return attempt({});
    // Every untaxed tender of one class (the usual case: SNAP and SNAP tokens), then, for a
    // few of them, every mix.
    for (const char *c : kClasses)
        if (tryClasses(QList<const char *>(untaxed.size(), c)))
            return {};
    if (untaxed.size() <= 3) {
        QList<int> pick(untaxed.size(), 0);
        for (;;) {
            qsizetype k = 0;
            while (k < pick.size() && ++pick[k] == int(kClasses.size()))
                pick[k++] = 0;
            if (k == pick.size())
                break;
            QList<const char *> classes;
            for (int p : std::as_const(pick))
                classes << kClasses[size_t(p)];
            if (tryClasses(classes))
                return {};
        }
    }
    return first;
}

// A void or refund gives back part of a sale: every line and amount has the sign of money and
// goods going back, and the header adds its lines up.
Status checkReturnFigures(const SaleRecord &r)
{
    Minor gross = 0, discount = 0, net = 0, tax = 0;
    for (const SaleLineRecord &l : r.lines) {
        if (l.qty >= 0)
            return invalid(QStringLiteral("line %1 of a %2 must give goods back (a negative "
                                          "quantity)")
                               .arg(l.lineNo)
                               .arg(r.kind));
        // Net, gross and discount are each a rounded share of the original line's: they may
        // differ from one another by a unit of rounding.
        if (l.unitPrice < 0 || l.gross > 0 || l.discount > 0 || l.tax > 0 || l.discount < l.gross
            || qAbs(l.net - (l.gross - l.discount)) > 1)
            return invalid(QStringLiteral("line %1 of a %2 must pay back its amount less its "
                                          "discount")
                               .arg(l.lineNo)
                               .arg(r.kind));
        if (!isUuid(l.refLineId))
            return invalid(QStringLiteral("line %1 of a %2 must name the line it returns")
                               .arg(l.lineNo)
                               .arg(r.kind));
        // Its share of the original line: the unit price times the quantity, give or take the
        // rounding of the shares taken before it.
        auto expected = lineAmount(l.unitPrice, -l.qty);
        if (!expected || qAbs(-l.gross - *expected) > 2)
            return invalid(
                QStringLiteral("line %1 of a %2 pays back %3 for %4 at %5")
                    .arg(l.lineNo)
                    .arg(r.kind, money(-l.gross), formatFixed(-l.qty, 3), money(l.unitPrice)));
        gross += l.gross;
        discount += l.discount;
        net += l.net;
        tax += l.tax;
    }
    if (r.subtotal != gross || r.discount != discount || r.tax != tax)
        return invalid(QStringLiteral("subtotal, discount and tax of a %1 are not those of its "
                                      "lines")
                           .arg(r.kind));
    const Minor total = (r.taxInclusive ? net : net + tax) + r.rounding;
    if (r.total != total)
        return invalid(QStringLiteral("total %1 of a %2 is not %3, what its lines come to")
                           .arg(money(r.total), r.kind, money(total)));
    return {};
}

// Tenders pay the total exactly; a sale takes money in (and gives change from what was handed
// over), a void or refund pays it back.
Status checkTenders(const SaleRecord &r)
{
    const bool sale = r.kind == saleKindSale();
    Minor paid = 0, change = 0;
    for (const SaleTenderRecord &t : r.tenders) {
        const bool ok = sale ? t.amount >= 0 && t.tendered >= t.amount
                                   && t.change == t.tendered - t.amount && t.untaxed >= 0
                                   && t.untaxed <= t.amount
                             : t.amount <= 0 && t.tendered == t.amount && t.change == 0
                                   && t.untaxed <= 0 && t.untaxed >= t.amount;
        if (!ok)
            return invalid(sale ? QStringLiteral("tender %1: paid %2 of %3 handed over with %4 "
                                                 "change (%5 untaxed)")
                                      .arg(t.lineNo)
                                      .arg(money(t.amount),
                                           money(t.tendered),
                                           money(t.change),
                                           money(t.untaxed))
                                : QStringLiteral("tender %1 of a %2 must pay %3 back, without "
                                                 "change")
                                      .arg(t.lineNo)
                                      .arg(r.kind, money(-t.amount)));
        paid += t.amount;
        change += t.change;
    }
    if (paid != r.total)
        return invalid(
            QStringLiteral("tenders pay %1 of a total of %2").arg(money(paid), money(r.total)));
    if (change != r.changeDue)
        return invalid(QStringLiteral("change due %1 is not the %2 its tenders gave")
                           .arg(money(r.changeDue), money(change)));
    if (!sale)
        return checkRefundTenders(r);
    return {};
}

// One movement per line, of the sale's kind, of the line's product, its quantity the other
// way: what the till wrote in the same transaction, and nothing else (no count, no other
// product, no second movement).
Status checkSaleMovements(const SaleRecord &r, qint64 referenceMs)
{
    const StockKind kind = r.kind == saleKindSale() ? StockKind::Sale : StockKind::Refund;
    if (r.movements.size() != r.lines.size())
        return invalid(QStringLiteral("a %1 of %2 line(s) carries %3 stock movement(s)")
                           .arg(r.kind)
                           .arg(r.lines.size())
                           .arg(r.movements.size()));
    QVarLengthArray<std::pair<QStringView, Milli>, 16> fromLines, moved;
    for (const SaleLineRecord &l : r.lines)
        fromLines.append({l.productId, -l.qty});
    for (const StockMovement &m : r.movements) {
        if (m.kind != kind)
            return invalid(QStringLiteral("a %1 may carry only \"%2\" stock movements, not \"%3\"")
                               .arg(r.kind, stockKindCode(kind), stockKindCode(m.kind)));
        if (auto s = checkTimestamp(m.createdAt, referenceMs, QStringLiteral("stock movement")); !s)
            return s;
        moved.append({m.productId, m.qty});
    }
    std::sort(fromLines.begin(), fromLines.end());
    std::sort(moved.begin(), moved.end());
    if (!std::equal(fromLines.begin(), fromLines.end(), moved.begin(), moved.end()))
        return invalid(QStringLiteral("the stock movements of a %1 do not match its lines' "
                                      "products and quantities")
                           .arg(r.kind));
    return {};
}

} // namespace

Status checkRefundTenders(const SaleRecord &)
{
    return {};
}

Status checkSaleMoney(const SaleRecord &r, qint64 referenceMs)
{
    if (r.lines.isEmpty() || r.lines.size() > 1000 || r.tenders.size() > 100)
        return invalid(
            QStringLiteral("a %1 has 1 to 1000 lines and at most 100 tenders").arg(r.kind));
    // Every figure within bounds first, so that no sum below can overflow.
    if (!inAmounts({r.subtotal, r.discount, r.tax, r.rounding, r.total, r.changeDue}))
        return invalid(
            QStringLiteral("a total of this %1 is beyond %2").arg(r.kind, money(kMaxAmount)));
    if (qAbs(r.rounding) > kMaxCashRounding)
        return invalid(QStringLiteral("cash rounding of %1 is more than %2")
                           .arg(money(r.rounding), money(kMaxCashRounding)));
    for (const SaleLineRecord &l : r.lines)
        if (!inAmounts({l.unitPrice, l.gross, l.discount, l.net, l.tax}) || l.qty < -kMaxQuantity
            || l.qty > kMaxQuantity || l.taxRatePpm < 0 || l.taxRatePpm > 1000000)
            return invalid(QStringLiteral("line %1: an amount is beyond %2, its quantity beyond "
                                          "%3 units or its tax rate beyond 100 %")
                               .arg(l.lineNo)
                               .arg(money(kMaxAmount))
                               .arg(kMaxQuantity / 1000));
    // A weight typed in instead of read from a scale: only a line sold by weight has one.
    for (const SaleLineRecord &l : r.lines)
        if (!hw::weightPolicy::markFits(l.unit, l.manualWeight))
            return invalid(QStringLiteral("line %1 is marked as a typed weight but is sold by "
                                          "the piece")
                               .arg(l.lineNo));
    for (const SaleTenderRecord &t : r.tenders)
        if (!inAmounts({t.amount, t.tendered, t.change, t.untaxed}))
            return invalid(QStringLiteral("tender %1: an amount is beyond %2")
                               .arg(t.lineNo)
                               .arg(money(kMaxAmount)));
    for (const StockMovement &m : r.movements)
        if (m.qty < -kMaxQuantity || m.qty > kMaxQuantity)
            return invalid(QStringLiteral("stock movement quantity is beyond %1 units")
                               .arg(kMaxQuantity / 1000));
    if (auto s = r.kind == saleKindSale() ? checkSaleFigures(r) : checkReturnFigures(r); !s)
        return s;
    if (auto s = checkTenders(r); !s)
        return s;
    return checkSaleMovements(r, referenceMs);
}

Status checkSaleRecord(const SaleRecord &r, const Event &e, qint64 referenceMs)
{
    const bool sale = r.kind == saleKindSale();
    if (r.id != e.id)
        return invalid(QStringLiteral("sale id differs from the event id"));
    if (r.deviceId != e.deviceId)
        return invalid(QStringLiteral("sale was made on another device"));
    if (r.hlc != e.hlc)
        return invalid(QStringLiteral("sale hlc differs from the event's"));
    if (auto s = checkTimestamp(r.createdAt, referenceMs, QStringLiteral("sale")); !s)
        return s;
    if (sale ? !r.refSaleId.isEmpty() : (!isUuid(r.refSaleId) || r.refSaleId == r.id))
        return invalid(sale ? QStringLiteral("a sale cannot reference another sale")
                            : QStringLiteral("a %1 must reference a sale").arg(r.kind));
    if (r.currency.size() != 3 || !std::all_of(r.currency.begin(), r.currency.end(), [](QChar c) {
            return c >= u'A' && c <= u'Z';
        }))
        return invalid(QStringLiteral("currency must be an ISO 4217 code"));
    if (!isUuid(r.marketDayId) || r.receiptNo.isEmpty() || r.receiptNo.size() > 64
        || r.marketName.size() > MarketDay::kMaxMarketName || r.reason.size() > 500
        || qAbs(r.utcOffset) > 18 * 3600)
        return invalid(QStringLiteral("market day, receipt number, market name, reason or UTC "
                                      "offset is not valid"));
    // Ids: UUIDs, each used once in the record.
    QVarLengthArray<QStringView, 32> ids{r.id};
    for (const SaleLineRecord &l : r.lines) {
        ids.append(l.id);
        if (!isUuid(l.productId) || l.sku.size() > 64 || l.name.size() > 200
            || l.category.size() > 200 || l.taxCategory.isEmpty() || l.taxCategory.size() > 64
            || (sale && !l.refLineId.isEmpty()))
            return invalid(QStringLiteral("line %1: product, names, tax category or reference is "
                                          "not valid")
                               .arg(l.lineNo));
    }
    for (const SaleTenderRecord &t : r.tenders) {
        ids.append(t.id);
        if (t.tender.isEmpty() || t.tender.size() > 40)
            return invalid(QStringLiteral("tender %1 has no code").arg(t.lineNo));
    }
    for (const StockMovement &m : r.movements) {
        ids.append(m.id);
        if (m.saleId != r.id || m.deviceId != r.deviceId || m.hlc != r.hlc)
            return invalid(
                QStringLiteral("stock movement %1 is not this %2's").arg(m.id.left(40), r.kind));
    }
    if (!std::all_of(ids.begin(), ids.end(), [](QStringView id) { return isUuid(id); }))
        return invalid(QStringLiteral("the ids of a %1's lines, tenders and stock movements must "
                                      "be UUIDs")
                           .arg(r.kind));
    std::sort(ids.begin(), ids.end());
    if (std::adjacent_find(ids.begin(), ids.end()) != ids.end())
        return invalid(QStringLiteral("an id is used twice in this %1").arg(r.kind));
    return checkSaleMoney(r, referenceMs);
}

} // namespace sk::sync
