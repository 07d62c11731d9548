// SaleRepository's voids and refunds: new records that reference the sale they reverse, built
// by the refund rule (RefundRule.h) in one BEGIN IMMEDIATE transaction with their stock
// movements and outbox event.
#include "core/SaleRepository.h"

#include "core/Catalog.h"
#include "core/DatabaseRows.h"
#include "core/LoadEach.h"
#include "core/MarketDay.h"
#include "core/RefundRule.h"
#include "core/SaleEvent.h"
#include "core/TextChecks.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace sk {
Result<SaleRecord>
SaleRepository::voidSale(const QString &saleId, const QString &reason, const QString &clientRef)
{
    return reverse(saleId, {}, reason, {}, true, clientRef);
}

Result<SaleRecord> SaleRepository::refund(const QString &saleId,
                                          const QList<RefundItem> &items,
                                          const QString &reason,
                                          const QString &refundTender,
                                          const QString &clientRef)
{
    return reverse(saleId, items, reason, refundTender, false, clientRef);
}

Result<QList<SaleRecord>> SaleRepository::reversals(const QString &saleId)
{
    return loadEach(
        queryTexts(m_db,
                   QStringLiteral("SELECT id FROM sales WHERE ref_sale_id = ? ORDER BY hlc, id"),
                   {saleId}),
        [this](const QString &id) { return load(id); });
}

Status SaleRepository::checkReversal(const SaleRecord &reversal)
{
    auto sale = load(reversal.refSaleId);
    if (!sale)
        return std::unexpected(sale.error());
    auto all = reversals(sale->id);
    if (!all)
        return std::unexpected(all.error());
    QList<SaleRecord> earlier;
    for (const SaleRecord &e : std::as_const(*all))
        if (e.id != reversal.id
            && (e.hlc < reversal.hlc || (e.hlc == reversal.hlc && e.id < reversal.id)))
            earlier << e;
    auto rules = SaleRules::load(m_db);
    if (!rules)
        return std::unexpected(rules.error());
    return checkRefund(*rules, *sale, earlier, reversal);
}

Result<SaleRecord> SaleRepository::reverse(const QString &saleId,
                                           const QList<RefundItem> &items,
                                           const QString &reason,
                                           const QString &refundTender,
                                           bool isVoid,
                                           const QString &clientRef)
{
    if (auto n = checkNoteLength(reason, QStringLiteral("reason")); !n)
        return std::unexpected(n.error());
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    // What a retried void or refund must repeat to be the same request.
    QStringList request{isVoid ? saleKindVoid() : saleKindRefund(), saleId, refundTender};
    for (const RefundItem &it : items)
        request << QStringLiteral("%1 %2 %3").arg(it.lineId, it.sku).arg(it.qty);
    const QString print
        = QString::fromLatin1(QCryptographicHash::hash(request.join(QLatin1Char('\n')).toUtf8(),
                                                       QCryptographicHash::Sha256)
                                  .toHex());
    if (!clientRef.isEmpty()) {
        auto before = replayed(clientRef, print);
        if (!before)
            return std::unexpected(before.error());
        if (*before)
            return **before;
    }
    auto orig = load(saleId);
    if (!orig)
        return std::unexpected(orig.error());
    if (orig->kind != saleKindSale())
        return fail(Error::Code::Conflict,
                    QStringLiteral("%1 is a %2, not a sale").arg(orig->receiptNo, orig->kind));
    auto earlier = reversals(orig->id);
    if (!earlier)
        return std::unexpected(earlier.error());
    auto rules = SaleRules::load(m_db);
    if (!rules)
        return std::unexpected(rules.error());
    auto plan = planReversal(*rules, *orig, *earlier, items, refundTender, isVoid);
    if (!plan)
        return std::unexpected(plan.error());
    if (plan->refusal)
        return fail(Error::Code::Ineligible, plan->refusal->detail);

    auto started = startRecord(
        QStringLiteral("open a market day first: the refund comes out of today's drawer"));
    if (!started)
        return std::unexpected(started.error());
    SaleRecord r = std::move(*started);
    r.kind = isVoid ? saleKindVoid() : saleKindRefund();
    r.refSaleId = orig->id;
    r.currency = orig->currency;
    r.taxInclusive = orig->taxInclusive;
    r.reason = reason;
    r.subtotal = plan->subtotal;
    r.discount = plan->discount;
    r.tax = plan->tax;
    r.rounding = plan->rounding;
    r.total = plan->total;
    for (SaleLineRecord l : std::as_const(plan->lines)) {
        l.id = newUuid7();
        r.lines << l;
        r.movements << r.movementFor(l);
    }
    int k = 0;
    for (const RefundShare &sh : std::as_const(plan->shares))
        r.tenders << SaleTenderRecord{newUuid7(),
                                      ++k,
                                      sh.tender,
                                      -sh.amount,
                                      -sh.amount,
                                      0,
                                      -sh.untaxed,
                                      sh.reference,
                                      sh.originId};
    if (auto s = insert(r); !s)
        return std::unexpected(s.error());
    if (auto o = appendSaleOutbox(m_db, r); !o)
        return std::unexpected(o.error());
    if (!clientRef.isEmpty())
        if (auto k = keepClientRef(clientRef, print, r); !k)
            return std::unexpected(k.error());
    if (!m_actedBy.isEmpty()) {
        TillAction a;
        a.action = Permissions::code(isVoid ? Action::Void : Action::Refund);
        a.at = r.createdAt;
        a.marketDayId = r.marketDayId;
        a.user = m_actedBy.user;
        a.approvedBy = m_actedBy.approvedBy;
        a.saleId = r.id;
        a.detail = r.reason;
        if (auto l = TillActionLog(m_db).record(a); !l)
            return std::unexpected(l.error());
    }
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return r;
}
} // namespace sk
