#include "core/model/SaleRecord.h"

#include "core/Ids.h"

#include <QJsonArray>

namespace sk {

namespace {
QString num(qint64 v)
{
    return QString::number(v);
}

qint64 toNum(const QJsonObject &o, const char *key, bool *ok)
{
    bool good = false;
    const qint64 v = o.value(QLatin1String(key)).toString().toLongLong(&good);
    if (!good)
        *ok = false;
    return v;
}

} // namespace

QJsonObject SaleRecord::toJson() const
{
    QJsonArray ls, ts, ms;
    for (const SaleLineRecord &l : lines) {
        QJsonObject o{{QStringLiteral("id"), l.id},
                      {QStringLiteral("line_no"), l.lineNo},
                      {QStringLiteral("ref_line_id"), l.refLineId},
                      {QStringLiteral("product_id"), l.productId},
                      {QStringLiteral("sku"), l.sku},
                      {QStringLiteral("name"), l.name},
                      {QStringLiteral("category"), l.category},
                      {QStringLiteral("unit"), unitCode(l.unit)},
                      {QStringLiteral("qty"), num(l.qty)},
                      {QStringLiteral("unit_price"), num(l.unitPrice)},
                      {QStringLiteral("gross"), num(l.gross)},
                      {QStringLiteral("discount"), num(l.discount)},
                      {QStringLiteral("net"), num(l.net)},
                      {QStringLiteral("tax_category"), l.taxCategory},
                      {QStringLiteral("tax_rate_ppm"), num(l.taxRatePpm)},
                      {QStringLiteral("tax"), num(l.tax)},
                      {QStringLiteral("eligibility"), l.eligibility}};
        if (l.manualWeight) // only when set: a line as events carried it before the mark
            o.insert(QStringLiteral("manual_weight"), true);
        ls.append(o);
    }
    for (const SaleTenderRecord &t : tenders) {
        QJsonObject o{{QStringLiteral("id"), t.id},
                      {QStringLiteral("line_no"), t.lineNo},
                      {QStringLiteral("tender"), t.tender},
                      {QStringLiteral("amount"), num(t.amount)},
                      {QStringLiteral("tendered"), num(t.tendered)},
                      {QStringLiteral("change"), num(t.change)},
                      {QStringLiteral("untaxed"), num(t.untaxed)},
                      {QStringLiteral("reference"), t.reference}};
        if (!t.refTenderId.isEmpty()) // refunds and voids only: sale events stay as they were
            o.insert(QStringLiteral("ref_tender_id"), t.refTenderId);
        ts.append(o);
    }
    for (const StockMovement &m : movements)
        ms.append(m.toJson());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("receipt_no"), receiptNo},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("ref_sale_id"), refSaleId},
            {QStringLiteral("market_day_id"), marketDayId},
            {QStringLiteral("market_name"), marketName},
            {QStringLiteral("created_at"), num(createdAt)},
            {QStringLiteral("utc_offset"), utcOffset},
            {QStringLiteral("hlc"), num(hlc)},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("tax_inclusive"), taxInclusive},
            {QStringLiteral("subtotal"), num(subtotal)},
            {QStringLiteral("discount"), num(discount)},
            {QStringLiteral("tax"), num(tax)},
            {QStringLiteral("rounding"), num(rounding)},
            {QStringLiteral("total"), num(total)},
            {QStringLiteral("change_due"), num(changeDue)},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("lines"), ls},
            {QStringLiteral("tenders"), ts},
            {QStringLiteral("movements"), ms}};
}

Result<SaleRecord> SaleRecord::fromJson(const QJsonObject &o)
{
    SaleRecord r;
    bool ok = true;
    auto s = [](const QJsonObject &j, const char *k) {
        return j.value(QLatin1String(k)).toString();
    };
    r.id = s(o, "id");
    r.deviceId = s(o, "device_id");
    r.receiptNo = s(o, "receipt_no");
    r.kind = s(o, "kind");
    r.refSaleId = s(o, "ref_sale_id");
    r.marketDayId = s(o, "market_day_id");
    r.marketName = s(o, "market_name");
    r.createdAt = toNum(o, "created_at", &ok);
    r.utcOffset = o.value(QLatin1String("utc_offset")).toInt();
    r.hlc = toNum(o, "hlc", &ok);
    r.currency = s(o, "currency");
    r.taxInclusive = o.value(QLatin1String("tax_inclusive")).toBool();
    r.subtotal = toNum(o, "subtotal", &ok);
    r.discount = toNum(o, "discount", &ok);
    r.tax = toNum(o, "tax", &ok);
    r.rounding = toNum(o, "rounding", &ok);
    r.total = toNum(o, "total", &ok);
    r.changeDue = toNum(o, "change_due", &ok);
    r.reason = s(o, "reason");
    for (const QJsonValue &v : o.value(QLatin1String("lines")).toArray()) {
        const QJsonObject j = v.toObject();
        SaleLineRecord l;
        l.id = s(j, "id");
        l.lineNo = j.value(QLatin1String("line_no")).toInt();
        l.refLineId = s(j, "ref_line_id");
        l.productId = s(j, "product_id");
        l.sku = s(j, "sku");
        l.name = s(j, "name");
        l.category = s(j, "category");
        auto u = unitFromCode(s(j, "unit"));
        if (!u)
            ok = false;
        l.unit = u.value_or(Unit::Each);
        l.qty = toNum(j, "qty", &ok);
        l.unitPrice = toNum(j, "unit_price", &ok);
        l.gross = toNum(j, "gross", &ok);
        l.discount = toNum(j, "discount", &ok);
        l.net = toNum(j, "net", &ok);
        l.taxCategory = s(j, "tax_category");
        l.taxRatePpm = toNum(j, "tax_rate_ppm", &ok);
        l.tax = toNum(j, "tax", &ok);
        l.eligibility = s(j, "eligibility");
        // Absent in events from before the mark; when present, a JSON true or false.
        const QJsonValue manual = j.value(QLatin1String("manual_weight"));
        if (!manual.isUndefined() && !manual.isBool())
            ok = false;
        l.manualWeight = manual.toBool();
        if (l.id.isEmpty() || l.productId.isEmpty())
            ok = false;
        r.lines << l;
    }
    for (const QJsonValue &v : o.value(QLatin1String("tenders")).toArray()) {
        const QJsonObject j = v.toObject();
        SaleTenderRecord t;
        t.id = s(j, "id");
        t.lineNo = j.value(QLatin1String("line_no")).toInt();
        t.tender = s(j, "tender");
        t.amount = toNum(j, "amount", &ok);
        t.tendered = toNum(j, "tendered", &ok);
        t.change = toNum(j, "change", &ok);
        t.untaxed = toNum(j, "untaxed", &ok);
        t.reference = s(j, "reference");
        t.refTenderId = s(j, "ref_tender_id"); // absent in events of older versions
        if (t.id.isEmpty() || t.tender.isEmpty())
            ok = false;
        r.tenders << t;
    }
    for (const QJsonValue &v : o.value(QLatin1String("movements")).toArray()) {
        auto m = StockMovement::fromJson(v.toObject());
        if (!m)
            return std::unexpected(m.error());
        r.movements << *m;
    }
    if (!ok || r.id.isEmpty() || r.deviceId.isEmpty() || r.marketDayId.isEmpty() || !isKind(r.kind))
        return fail(Error::Code::InvalidInput, QStringLiteral("malformed sale record"));
    return r;
}

StockMovement SaleRecord::movementFor(const SaleLineRecord &l) const
{
    StockMovement m;
    m.id = newUuid7();
    m.productId = l.productId;
    m.kind = kind == saleKindSale() ? StockKind::Sale : StockKind::Refund;
    m.qty = -l.qty;
    m.hlc = hlc;
    m.deviceId = deviceId;
    m.createdAt = createdAt;
    m.saleId = id;
    m.marketDayId = marketDayId;
    m.reason = reason;
    return m;
}

bool SaleRecord::isKind(QAnyStringView kind)
{
    return QAnyStringView::equal(kind, saleKindSale())
           || QAnyStringView::equal(kind, saleKindVoid())
           || QAnyStringView::equal(kind, saleKindRefund());
}

} // namespace sk
