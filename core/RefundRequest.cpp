// From what a vendor asks to give back (lines or SKUs, quantities) to the refund rule's plan:
// pure, so a preview and the stored refund come from the same computation.
#include "core/RefundRule.h"

#include <algorithm>

namespace sk {

Result<QHash<QString, Milli>> refundQuantities(const SaleRecord &sale,
                                               const QList<SaleRecord> &earlier,
                                               const QList<RefundItem> &items)
{
    const QHash<QString, Milli> left = refundableLeft(sale, earlier);
    QHash<QString, Milli> take;
    if (items.isEmpty()) {
        for (const SaleLineRecord &l : sale.lines)
            if (left.value(l.id) > 0)
                take.insert(l.id, left.value(l.id));
        return take;
    }
    for (const RefundItem &it : items) {
        if (it.qty < 0)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("refund quantity must be above 0"));
        Milli want = it.qty;
        bool matched = false;
        for (const SaleLineRecord &l : sale.lines) {
            if (!(l.id == it.lineId || (!it.sku.isEmpty() && l.sku == it.sku)))
                continue;
            matched = true;
            const Milli avail = left.value(l.id) - take.value(l.id);
            const Milli q = it.qty == 0 ? avail : std::min(want, avail);
            if (q > 0)
                take[l.id] += q;
            want -= q;
            if (it.qty != 0 && want == 0)
                break;
        }
        if (!matched)
            return fail(Error::Code::NotFound,
                        QStringLiteral("sale %1 has no line %2")
                            .arg(sale.receiptNo, it.sku.isEmpty() ? it.lineId : it.sku));
        if (it.qty != 0 && want > 0)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("cannot refund more %1 than is left on sale %2")
                            .arg(it.sku.isEmpty() ? it.lineId : it.sku, sale.receiptNo));
    }
    return take;
}

Result<RefundPlan> planReversal(const SaleRules &rules,
                                const SaleRecord &sale,
                                const QList<SaleRecord> &earlier,
                                const QList<RefundItem> &items,
                                const QString &payBackBy,
                                bool isVoid)
{
    auto take = refundQuantities(sale, earlier, items);
    if (!take)
        return std::unexpected(take.error());
    return planRefund(rules, sale, earlier, *take, payBackBy, isVoid);
}

} // namespace sk
