#include "core/sync/EventValidator.h"

#include "core/booth/BoothChecks.h"

#include "core/CardNumber.h"
#include "core/model/MarketDay.h"
#include "core/model/Product.h"
#include "core/model/StockMovement.h"
#include "core/model/TaxTender.h"
#include "core/preorder/PreOrder.h"
#include "core/sync/CheckSupport.h"
#include "core/sync/ProgramEvents.h"

#include <QDate>
#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace sk::sync {

using check::invalid;
using check::money;

QString durationText(qint64 ms)
{
    ms = ms < 0 ? -std::max(ms, -std::numeric_limits<qint64>::max()) : ms;
    const qint64 s = ms / 1000, m = s / 60, h = m / 60, d = h / 24;
    const auto two = [](qint64 big, const char *bigUnit, qint64 small, const char *smallUnit) {
        return small ? QStringLiteral("%1 %2 %3 %4")
                           .arg(big)
                           .arg(QLatin1String(bigUnit))
                           .arg(small)
                           .arg(QLatin1String(smallUnit))
                     : QStringLiteral("%1 %2").arg(big).arg(QLatin1String(bigUnit));
    };
    if (d > 0)
        return two(d, "d", h % 24, "h");
    if (h > 0)
        return two(h, "h", m % 60, "min");
    if (m > 0)
        return two(m, "min", s % 60, "s");
    return QStringLiteral("%1 s").arg(s);
}

namespace {

bool isDecimal(const QJsonValue &v, bool allowNegative)
{
    if (!v.isString())
        return false;
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    return ok && (allowNegative || n >= 0);
}

// Types of the fields a known record carries; a field of the wrong JSON type is refused so a
// device never applies a half-understood record.
enum class Kind { String, Bool, Decimal, SignedDecimal, IntOrNull, Array, Int };

Status checkFields(const QJsonObject &o,
                   std::initializer_list<std::pair<const char *, Kind>> fields,
                   const QString &what)
{
    for (const auto &[name, kind] : fields) {
        const QJsonValue v = o.value(QLatin1String(name));
        bool good = true;
        switch (kind) {
        case Kind::String:
            good = v.isString();
            break;
        case Kind::Bool:
            good = v.isBool();
            break;
        case Kind::Decimal:
            good = isDecimal(v, false);
            break;
        case Kind::SignedDecimal:
            good = isDecimal(v, true);
            break;
        case Kind::IntOrNull:
            good = v.isNull() || v.isUndefined()
                   || (v.isDouble() && v.toDouble() == double(v.toInt()));
            break;
        case Kind::Int:
            good = v.isDouble() && v.toDouble() == double(v.toInt());
            break;
        case Kind::Array:
            good = v.isArray();
            break;
        }
        if (!good)
            return invalid(QStringLiteral("%1 field \"%2\" is missing or has the wrong type")
                               .arg(what, QLatin1String(name)));
    }
    return {};
}

Status checkText(const QJsonValue &v, int depth = 0)
{
    if (depth > 32)
        return invalid(QStringLiteral("event data is nested too deeply"));
    if (v.isString()) {
        if (const QString t = v.toString(); !isCleanText(t)) {
            // Shown with what is wrong in it replaced, so the message itself stays clean.
            QString shown = t.left(40);
            for (QChar &c : shown)
                if (c.unicode() < 0x20 || c.isSurrogate())
                    c = u'?';
            return invalid(QStringLiteral("text \"%1\" holds a NUL, a control character or a lone "
                                          "surrogate")
                               .arg(shown));
        }
    } else if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            if (auto s = checkText(x, depth + 1); !s)
                return s;
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!isCleanText(it.key()))
                return invalid(QStringLiteral("a field name holds a NUL, a control character or "
                                              "a lone surrogate"));
            if (auto s = checkText(it.value(), depth + 1); !s)
                return s;
        }
    }
    return {};
}

Status validateSale(const Event &e, qint64 referenceMs, ParsedData *parsed)
{
    if (auto s = checkFields(e.data,
                             {{"id", Kind::String},
                              {"device_id", Kind::String},
                              {"receipt_no", Kind::String},
                              {"kind", Kind::String},
                              {"market_day_id", Kind::String},
                              {"created_at", Kind::Decimal},
                              {"hlc", Kind::Decimal},
                              {"currency", Kind::String},
                              {"subtotal", Kind::SignedDecimal},
                              {"total", Kind::SignedDecimal},
                              {"tax", Kind::SignedDecimal},
                              {"lines", Kind::Array},
                              {"tenders", Kind::Array}},
                             QStringLiteral("sale"));
        !s)
        return s;
    auto r = SaleRecord::fromJson(e.data);
    if (!r)
        return std::unexpected(r.error());
    if (auto s = checkSaleRecord(*r, e, referenceMs); !s)
        return s;
    if (parsed)
        parsed->sale = std::move(*r);
    return {};
}

// --- Other records -----------------------------------------------------------------------------

Status validateProduct(const Event &e)
{
    if (auto s = checkFields(e.data,
                             {{"id", Kind::String},
                              {"sku", Kind::String},
                              {"name", Kind::String},
                              {"category", Kind::String},
                              {"unit", Kind::String},
                              {"price", Kind::Decimal},
                              {"tax_category", Kind::String},
                              {"snap_eligible", Kind::Bool},
                              {"token_eligible", Kind::Bool},
                              {"fmnp_eligible", Kind::Bool},
                              {"active", Kind::Bool},
                              {"quick_color", Kind::String},
                              {"low_stock", Kind::Decimal},
                              {"barcodes", Kind::Array},
                              {"quick_pos", Kind::IntOrNull}},
                             QStringLiteral("product"));
        !s)
        return s;
    auto p = Product::fromJson(e.data);
    if (!p)
        return std::unexpected(p.error());
    if (!isUuid(p->id))
        return invalid(QStringLiteral("product id is not a UUID"));
    for (const QJsonValue &b : e.data.value(QLatin1String("barcodes")).toArray())
        if (!b.isString())
            return invalid(QStringLiteral("product barcodes must be strings"));
    if (auto s = p->check(); !s)
        return invalid(QStringLiteral("product: %1").arg(s.error().detail));
    const QJsonValue changed = e.data.value(QLatin1String("changed"));
    if (!changed.isUndefined()) {
        if (!changed.isArray())
            return invalid(QStringLiteral("product \"changed\" must be a list"));
        for (const QJsonValue &c : changed.toArray())
            if (!c.isString())
                return invalid(QStringLiteral("product \"changed\" lists field names"));
    }
    return {};
}

Status validateStockMovement(const Event &e, qint64 referenceMs, ParsedData *parsed)
{
    if (auto s = checkFields(e.data,
                             {{"id", Kind::String},
                              {"product_id", Kind::String},
                              {"kind", Kind::String},
                              {"qty", Kind::SignedDecimal},
                              {"hlc", Kind::Decimal},
                              {"device_id", Kind::String},
                              {"created_at", Kind::Decimal}},
                             QStringLiteral("stock movement"));
        !s)
        return s;
    auto m = StockMovement::fromJson(e.data);
    if (!m)
        return std::unexpected(m.error());
    if (m->id != e.id)
        return invalid(QStringLiteral("movement id differs from the event id"));
    if (m->deviceId != e.deviceId || m->hlc != e.hlc)
        return invalid(QStringLiteral("movement was made on another device or at another time"));
    if (!isUuid(m->productId) || !m->saleId.isEmpty()
        || !(m->marketDayId.isEmpty() || isUuid(m->marketDayId)))
        return invalid(QStringLiteral("movement names no product, or a sale or market day that "
                                      "is not a UUID"));
    // Sales and refunds move stock only inside their sale's event.
    if (m->kind == StockKind::Sale || m->kind == StockKind::Refund)
        return invalid(QStringLiteral("a \"%1\" movement travels only inside its sale")
                           .arg(stockKindCode(m->kind)));
    if (m->kind == StockKind::Reserve) // made from its order on every device, never sent
        return invalid(QStringLiteral("a \"reserve\" movement travels only as its order"));
    if (m->qty < -kMaxQuantity || m->qty > kMaxQuantity)
        return invalid(
            QStringLiteral("movement quantity is beyond %1 units").arg(kMaxQuantity / 1000));
    if ((m->kind == StockKind::Receive && m->qty <= 0)
        || (m->kind == StockKind::Waste && m->qty >= 0))
        return invalid(QStringLiteral("a %1 must %2 stock")
                           .arg(stockKindCode(m->kind),
                                m->kind == StockKind::Receive ? u"add" : u"take away"));
    if (m->kind == StockKind::Count && m->qty < 0)
        return invalid(QStringLiteral("a count cannot be negative"));
    if (m->reason.size() > 500 || m->context.size() > 40)
        return invalid(QStringLiteral("movement reason or context is too long"));
    if (auto s = checkTimestamp(m->createdAt, referenceMs, QStringLiteral("stock movement")); !s)
        return s;
    if (parsed)
        parsed->movement = std::move(*m);
    return {};
}

Status validateMarketDay(const Event &e, qint64 referenceMs)
{
    if (auto s = checkFields(e.data,
                             {{"id", Kind::String},
                              {"device_id", Kind::String},
                              {"market_name", Kind::String},
                              {"business_date", Kind::String},
                              {"opened_at", Kind::Decimal},
                              {"opening_float", Kind::Decimal}},
                             QStringLiteral("market day"));
        !s)
        return s;
    const QJsonObject &d = e.data;
    const QJsonValue closed = d.value(QLatin1String("closed_at"));
    if (!closed.isNull() && !closed.isUndefined() && !isDecimal(closed, false))
        return invalid(QStringLiteral("market day closed_at has the wrong type"));
    if (!isUuid(d.value(QLatin1String("id")).toString()))
        return invalid(QStringLiteral("market day id is not a UUID"));
    if (d.value(QLatin1String("device_id")).toString() != e.deviceId)
        return invalid(QStringLiteral("market day was opened on another device"));
    const QString name = d.value(QLatin1String("market_name")).toString();
    if (name.trimmed().isEmpty() || name.size() > MarketDay::kMaxMarketName
        || std::any_of(
            name.begin(), name.end(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return invalid(QStringLiteral("market name must be 1-200 printable characters"));
    if (!QDate::fromString(d.value(QLatin1String("business_date")).toString(), Qt::ISODate)
             .isValid())
        return invalid(QStringLiteral("market day business_date is not a date"));
    if (d.value(QLatin1String("opening_float")).toString().toLongLong()
        > MarketDay::kMaxOpeningFloat)
        return invalid(
            QStringLiteral("opening float is above %1").arg(money(MarketDay::kMaxOpeningFloat)));
    const qint64 opened = d.value(QLatin1String("opened_at")).toString().toLongLong();
    if (auto s = checkTimestamp(opened, referenceMs, QStringLiteral("market day opening")); !s)
        return s;
    if (closed.isString()) {
        const qint64 at = closed.toString().toLongLong();
        if (at < opened)
            return invalid(QStringLiteral("market day closed before it opened"));
        if (auto s = checkTimestamp(at, referenceMs, QStringLiteral("market day closing")); !s)
            return s;
    }
    return {};
}

Status validateCashMovement(const Event &e, qint64 referenceMs)
{
    if (auto s = checkFields(e.data,
                             {{"id", Kind::String},
                              {"market_day_id", Kind::String},
                              {"kind", Kind::String},
                              {"amount", Kind::Decimal},
                              {"reason", Kind::String},
                              {"hlc", Kind::Decimal},
                              {"device_id", Kind::String},
                              {"created_at", Kind::Decimal}},
                             QStringLiteral("cash movement"));
        !s)
        return s;
    const QJsonObject &d = e.data;
    const auto str = [&](const char *k) {
        return d.value(QLatin1String(k)).toString();
    };
    if (str("id") != e.id || str("device_id") != e.deviceId || str("hlc").toLongLong() != e.hlc
        || !isUuid(str("market_day_id")))
        return invalid(QStringLiteral("cash movement is not this event's, or names no market day"));
    if (str("kind") != u"payout" && str("kind") != u"paid_in")
        return invalid(QStringLiteral("cash movement kind must be payout or paid_in"));
    const Minor amount = str("amount").toLongLong();
    if (const QString p = positiveAmountProblem(amount, QStringLiteral("cash movement amount"));
        !p.isEmpty())
        return invalid(p);
    if (str("reason").size() > 500)
        return invalid(QStringLiteral("cash movement reason is too long"));
    return checkTimestamp(
        str("created_at").toLongLong(), referenceMs, QStringLiteral("cash movement"));
}

// A drawer count is a report of what was counted: its own, and every figure within bounds.
Status validateDrawerCount(const Event &e, qint64 referenceMs)
{
    if (auto s = checkFields(e.data,
                             {{"id", Kind::String},
                              {"market_day_id", Kind::String},
                              {"device_id", Kind::String},
                              {"counted_at", Kind::Decimal},
                              {"hlc", Kind::Decimal},
                              {"lines", Kind::Array}},
                             QStringLiteral("drawer count"));
        !s)
        return s;
    const QJsonObject &d = e.data;
    if (d.value(QLatin1String("id")).toString() != e.id
        || d.value(QLatin1String("device_id")).toString() != e.deviceId
        || d.value(QLatin1String("hlc")).toString().toLongLong() != e.hlc)
        return invalid(QStringLiteral("drawer count is not this event's"));
    const auto bounded = [](const QJsonObject &o) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool number = false;
            const qint64 v = it->toString().toLongLong(&number);
            if (number && (v < -kMaxAmount || v > kMaxAmount))
                return false;
        }
        return true;
    };
    QJsonObject figures = d;
    figures.remove(QStringLiteral("counted_at"));
    figures.remove(QStringLiteral("hlc"));
    if (!bounded(figures))
        return invalid(QStringLiteral("a drawer count figure is beyond %1").arg(money(kMaxAmount)));
    for (const QJsonValue &l : d.value(QLatin1String("lines")).toArray())
        if (!l.isObject() || !bounded(l.toObject()))
            return invalid(
                QStringLiteral("a drawer count line is beyond %1").arg(money(kMaxAmount)));
    return checkTimestamp(d.value(QLatin1String("counted_at")).toString().toLongLong(),
                          referenceMs,
                          QStringLiteral("drawer count"));
}
} // namespace

bool isCleanText(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            return false;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 == s.size() || !QChar::isLowSurrogate(s[i + 1].unicode()))
                return false;
            ++i;
        } else if (QChar::isLowSurrogate(c)) {
            return false;
        }
    }
    return true;
}

Status checkTimestamp(qint64 ms, qint64 referenceMs, const QString &what)
{
    referenceMs = std::max<qint64>(referenceMs, 0); // so that ms - referenceMs cannot overflow
    if (ms < kEarliestTimestampMs)
        return invalid(QStringLiteral("%1 time is before the year 2000: the clock of the device "
                                      "that made it is wrong")
                           .arg(what));
    if (ms > referenceMs && ms - referenceMs > kMaxClockSkewMs)
        return invalid(
            QStringLiteral("%1 time is %2 ahead of the server's clock (at most %3 "
                           "allowed): set the clock of the device that made it")
                .arg(what, durationText(ms - referenceMs), durationText(kMaxClockSkewMs)));
    return {};
}

Status validateEvent(const Event &e, qint64 referenceMs, ParsedData *parsed)
{
    if (auto s = checkTimestamp(Hlc::physicalMs(e.hlc), referenceMs, QStringLiteral("event")); !s)
        return s;
    if (auto s = checkText(e.data); !s)
        return s;
    if (const QString field = cardNumberField(e.data); !field.isEmpty())
        return invalid(cardNumberRefusal(QStringLiteral("field \"%1\"").arg(field)));
    if (e.type == typeSale())
        return validateSale(e, referenceMs, parsed);
    if (e.type == typeProduct())
        return validateProduct(e);
    if (e.type == typeStockMovement())
        return validateStockMovement(e, referenceMs, parsed);
    if (e.type == typeMarketDay())
        return validateMarketDay(e, referenceMs);
    if (e.type == u"tax_category") {
        if (auto t = taxtender::taxCategoryFromJson(e.data); !t)
            return invalid(QStringLiteral("tax category: %1").arg(t.error().detail));
        return {};
    }
    if (e.type == u"tender_type") {
        if (auto t = taxtender::tenderTypeFromJson(e.data); !t)
            return invalid(QStringLiteral("tender type: %1").arg(t.error().detail));
        return {};
    }
    if (e.type == u"cash_movement")
        return validateCashMovement(e, referenceMs);
    if (e.type == u"drawer_count")
        return validateDrawerCount(e, referenceMs);
    if (e.type == u"preorder" || e.type == u"preorder_list")
        return validatePreOrderEvent(e, referenceMs);
    if (programsync::isProgramEvent(e.type))
        return programsync::checkEvent(e);
    if (booth::isMarketEvent(e.type))
        return booth::checkMarketEvent(e);
    return {};
}

} // namespace sk::sync
