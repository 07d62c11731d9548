#include "core/SaleEvent.h"

#include "core/BatchInsert.h"
#include "core/CardNumber.h"
#include "core/Catalog.h"
#include "core/CatalogImportBatch.h"
#include "core/Ids.h"
#include "core/sync/EventValidator.h"

namespace sk {

namespace {

// `"key":` then the value, as QJsonDocument's compact writer puts them.
void text(QByteArray &o, const char *key, QStringView v)
{
    o += key;
    appendJsonString(o, v);
}

// A figure the record carries as a decimal string (SaleRecord::toJson's num()).
void figure(QByteArray &o, const char *key, qint64 v)
{
    o += key;
    o += '"';
    o += QByteArray::number(v);
    o += '"';
}

// A JSON integer (a QJsonValue made from an int).
void integer(QByteArray &o, const char *key, qint64 v)
{
    o += key;
    o += QByteArray::number(v);
}

// The keys of each object in the order a QJsonObject keeps them (sorted), with the values of
// SaleRecord::toJson and StockMovement::toJson.
void appendLine(QByteArray &o, const SaleLineRecord &l)
{
    text(o, "{\"category\":", l.category);
    figure(o, ",\"discount\":", l.discount);
    text(o, ",\"eligibility\":", l.eligibility);
    figure(o, ",\"gross\":", l.gross);
    text(o, ",\"id\":", l.id);
    integer(o, ",\"line_no\":", l.lineNo);
    if (l.manualWeight)
        o += ",\"manual_weight\":true";
    text(o, ",\"name\":", l.name);
    figure(o, ",\"net\":", l.net);
    text(o, ",\"product_id\":", l.productId);
    figure(o, ",\"qty\":", l.qty);
    text(o, ",\"ref_line_id\":", l.refLineId);
    text(o, ",\"sku\":", l.sku);
    figure(o, ",\"tax\":", l.tax);
    text(o, ",\"tax_category\":", l.taxCategory);
    figure(o, ",\"tax_rate_ppm\":", l.taxRatePpm);
    text(o, ",\"unit\":", unitCode(l.unit));
    figure(o, ",\"unit_price\":", l.unitPrice);
    o += '}';
}

void appendTender(QByteArray &o, const SaleTenderRecord &t)
{
    figure(o, "{\"amount\":", t.amount);
    figure(o, ",\"change\":", t.change);
    text(o, ",\"id\":", t.id);
    integer(o, ",\"line_no\":", t.lineNo);
    if (!t.refTenderId.isEmpty())
        text(o, ",\"ref_tender_id\":", t.refTenderId);
    text(o, ",\"reference\":", t.reference);
    text(o, ",\"tender\":", t.tender);
    figure(o, ",\"tendered\":", t.tendered);
    figure(o, ",\"untaxed\":", t.untaxed);
    o += '}';
}

void appendMovement(QByteArray &o, const StockMovement &m)
{
    text(o, "{\"context\":", m.context);
    figure(o, ",\"created_at\":", m.createdAt);
    text(o, ",\"device_id\":", m.deviceId);
    figure(o, ",\"hlc\":", m.hlc);
    text(o, ",\"id\":", m.id);
    text(o, ",\"kind\":", stockKindCode(m.kind));
    text(o, ",\"market_day_id\":", m.marketDayId);
    text(o, ",\"product_id\":", m.productId);
    figure(o, ",\"qty\":", m.qty);
    text(o, ",\"reason\":", m.reason);
    text(o, ",\"sale_id\":", m.saleId);
    o += '}';
}

template<typename T, typename Append>
void appendArray(QByteArray &o, const char *key, const QList<T> &items, Append append)
{
    o += key;
    o += '[';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            o += ',';
        append(o, items[i]);
    }
    o += ']';
}

// A string of the event's data as validateEvent reads it: clean text, and (unless its key is
// one cardNumberField does not read, or it is an id) no whole card number in it.
bool cleanText(QStringView s)
{
    return sync::isCleanText(s);
}
bool cleanValue(QStringView s)
{
    return sync::isCleanText(s) && (sync::isUuid(s) || !holdsCardNumber(s));
}
bool cleanValues(std::initializer_list<QStringView> values)
{
    return std::all_of(values.begin(), values.end(), cleanValue);
}
// A figure written as a decimal string: fewer than 13 digits cannot be a card number.
bool cleanFigure(qint64 v)
{
    constexpr qint64 kLeast = 1'000'000'000'000;
    return (v > -kLeast && v < kLeast) || !holdsCardNumber(QString::number(v));
}
bool cleanFigures(std::initializer_list<qint64> values)
{
    return std::all_of(values.begin(), values.end(), cleanFigure);
}

} // namespace

QByteArray saleEventJson(const SaleRecord &r, const QString &deviceId)
{
    QByteArray o;
    o.reserve(1024 + 480 * r.lines.size() + 200 * r.tenders.size() + 400 * r.movements.size());
    figure(o, "{\"data\":{\"change_due\":", r.changeDue);
    figure(o, ",\"created_at\":", r.createdAt);
    text(o, ",\"currency\":", r.currency);
    text(o, ",\"device_id\":", r.deviceId);
    figure(o, ",\"discount\":", r.discount);
    figure(o, ",\"hlc\":", r.hlc);
    text(o, ",\"id\":", r.id);
    text(o, ",\"kind\":", r.kind);
    appendArray(o, ",\"lines\":", r.lines, appendLine);
    text(o, ",\"market_day_id\":", r.marketDayId);
    text(o, ",\"market_name\":", r.marketName);
    appendArray(o, ",\"movements\":", r.movements, appendMovement);
    text(o, ",\"reason\":", r.reason);
    text(o, ",\"receipt_no\":", r.receiptNo);
    text(o, ",\"ref_sale_id\":", r.refSaleId);
    figure(o, ",\"rounding\":", r.rounding);
    figure(o, ",\"subtotal\":", r.subtotal);
    figure(o, ",\"tax\":", r.tax);
    o += ",\"tax_inclusive\":";
    o += r.taxInclusive ? "true" : "false";
    appendArray(o, ",\"tenders\":", r.tenders, appendTender);
    figure(o, ",\"total\":", r.total);
    integer(o, ",\"utc_offset\":", r.utcOffset);
    text(o, "},\"device_id\":", deviceId);
    figure(o, ",\"hlc\":", r.hlc);
    text(o, ",\"id\":", r.id);
    o += ",\"type\":\"sale\"}";
    return o;
}

bool saleEventPasses(const SaleRecord &r, const QString &deviceId, qint64 nowMs)
{
    // What SaleRecord::fromJson and the field types of validateSale require of the JSON.
    if (r.id.isEmpty() || r.deviceId.isEmpty() || r.marketDayId.isEmpty()
        || !SaleRecord::isKind(r.kind) || r.createdAt < 0 || r.hlc < 0)
        return false;
    // checkText and cardNumberField over every string of the data ("hlc", "created_at" and
    // "sku" are not read for card numbers).
    if (!cleanValues({r.currency,
                      r.deviceId,
                      r.id,
                      r.kind,
                      r.marketDayId,
                      r.marketName,
                      r.reason,
                      r.receiptNo,
                      r.refSaleId}))
        return false;
    if (!cleanFigures({r.changeDue, r.discount, r.rounding, r.subtotal, r.tax, r.total}))
        return false;
    for (const SaleLineRecord &l : r.lines) {
        if (l.id.isEmpty() || l.productId.isEmpty() || !cleanText(l.sku))
            return false;
        if (!cleanValues(
                {l.category, l.eligibility, l.id, l.name, l.productId, l.refLineId, l.taxCategory}))
            return false;
        if (!cleanFigures({l.discount, l.gross, l.net, l.qty, l.tax, l.taxRatePpm, l.unitPrice}))
            return false;
    }
    for (const SaleTenderRecord &t : r.tenders) {
        if (t.id.isEmpty() || t.tender.isEmpty())
            return false;
        if (!cleanValues({t.id, t.refTenderId, t.reference, t.tender}))
            return false;
        if (!cleanFigures({t.amount, t.change, t.tendered, t.untaxed}))
            return false;
    }
    for (const StockMovement &m : r.movements) {
        if (m.id.isEmpty() || m.productId.isEmpty() || m.createdAt < 0 || m.hlc < 0)
            return false;
        if (!cleanValues(
                {m.context, m.deviceId, m.id, m.marketDayId, m.productId, m.reason, m.saleId}))
            return false;
        if (!cleanFigure(m.qty))
            return false;
    }
    if (!sync::checkTimestamp(Hlc::physicalMs(r.hlc), nowMs, QString()))
        return false;
    const sync::Event event{r.id, QStringLiteral("sale"), deviceId, r.hlc, {}, 0, {}};
    return bool(sync::checkSaleRecord(r, event, nowMs));
}

Status appendSaleOutbox(Database &db, const SaleRecord &r)
{
    const qint64 now = Clock::nowMs();
    if (!saleEventPasses(r, db.deviceId(), now))
        return appendOutbox(db, QStringLiteral("sale"), r.id, r.hlc, r.toJson());
    static const QString what = QStringLiteral("queuing the sale to sync");
    return insertRows(db,
                      QStringLiteral("INSERT INTO outbox (event_id, event_type, hlc, payload, "
                                     "created_at)"),
                      5,
                      {r.id, QStringLiteral("sale"), r.hlc, saleEventJson(r, db.deviceId()), now},
                      what);
}

} // namespace sk
