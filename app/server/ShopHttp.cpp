#include "app/server/ShopHttp.h"

#include "app/server/ShopPages.h"
#include "core/Ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <optional>

namespace sk::server {

namespace {

constexpr qsizetype kMaxOrderBody = 64 * 1024;

ShopAnswer html(int status, const QByteArray &body)
{
    return {status, QByteArrayLiteral("text/html; charset=utf-8"), body, 0};
}

ShopAnswer json(int status, const QJsonObject &o)
{
    return {status,
            QByteArrayLiteral("application/json"),
            QJsonDocument(o).toJson(QJsonDocument::Compact),
            0};
}

ShopAnswer jsonError(int status, const QString &code, const QString &message)
{
    return json(status, {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
}

// An API request's body as a JSON object; nullopt when it is not one (answer malformedJson()).
std::optional<QJsonObject> jsonBody(const QHttpServerRequest &r)
{
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(r.body(), &pe).object();
    if (pe.error != QJsonParseError::NoError)
        return std::nullopt;
    return o;
}

ShopAnswer malformedJson()
{
    return jsonError(
        400, QStringLiteral("malformed_json"), QStringLiteral("the body must be a JSON object"));
}

QString languageOf(const QHttpServerRequest &r)
{
    const QString asked = QUrlQuery(r.url()).queryItemValue(QStringLiteral("lang"));
    if (asked == u"es" || asked == u"en")
        return asked;
    const QByteArray accept = r.value("accept-language").trimmed().toLower();
    return accept.startsWith("es") ? QStringLiteral("es") : QStringLiteral("en");
}

QJsonObject orderJson(const PreOrder &o)
{
    QJsonArray lines;
    for (const PreOrderLine &l : o.lines)
        lines.append(
            QJsonObject{{QStringLiteral("sku"), l.sku},
                        {QStringLiteral("name"), l.name},
                        {QStringLiteral("unit"), unitCode(l.unit)},
                        {QStringLiteral("qty"), formatQuantity(l.qty, l.unit)},
                        {QStringLiteral("picked_qty"), formatQuantity(l.pickedQty, l.unit)},
                        {QStringLiteral("estimate"), formatFixed(l.estimate().value_or(0), 2)}});
    return {{QStringLiteral("number"), o.number},
            {QStringLiteral("state"), orderStateCode(o.state)},
            {QStringLiteral("market_date"), o.marketDate.toString(Qt::ISODate)},
            {QStringLiteral("window"), o.window},
            {QStringLiteral("lines"), lines}};
}

} // namespace

ShopHttp::ShopHttp(ServerStore &store, double perAddress, double perVendor)
    : m_shop(store)
    , m_perAddress(perAddress / 300, perAddress)
    , m_perVendor(perVendor / 300, perVendor)
{}

QByteArray ShopHttp::securityHeaders()
{
    return QByteArrayLiteral("Content-Security-Policy: default-src 'none'; style-src 'self'; "
                             "img-src 'self' data:; form-action 'self'; base-uri 'none'; "
                             "frame-ancestors 'none'\r\nX-Content-Type-Options: nosniff\r\n"
                             "Referrer-Policy: no-referrer\r\nX-Frame-Options: DENY\r\n");
}

ShopAnswer ShopHttp::handle(const QHttpServerRequest &request)
{
    using M = QHttpServerRequest::Method;
    const QStringList parts = request.url().path().split(u'/', Qt::SkipEmptyParts).mid(1);
    const QString lang = languageOf(request);
    if (parts == QStringList{QStringLiteral("static"), QStringLiteral("shop.css")})
        return {200, QByteArrayLiteral("text/css; charset=utf-8"), shop::styleSheet(), 0};
    const bool api = parts.size() >= 3 && parts[1] == u"api" && parts[2] == u"orders";
    const auto notFound = [&] {
        return api ? jsonError(
                   404, QStringLiteral("not_found"), QStringLiteral("no such order page"))
                   : html(404, shop::messagePage(shop::text(lang, "Not found"), QString(), lang));
    };
    if (parts.isEmpty())
        return notFound();
    auto v = m_shop.vendor(parts[0]);
    if (!v)
        return v.error().code == Error::Code::NotFound
                   ? notFound()
                   : jsonError(
                       503, QStringLiteral("unavailable"), QStringLiteral("try again later"));
    // Closed orders' contacts go once a day at most, on the way of a request.
    static qint64 lastPurge = 0;
    if (Clock::nowMs() - lastPurge > 24 * 3600 * 1000) {
        lastPurge = Clock::nowMs();
        if (auto p = m_shop.purgeContacts(ShopStore::kContactDays); !p)
            qWarning("stallkeeper-server: purging contacts: %s", qPrintable(p.error().detail));
    }
    if (parts.size() == 1 && request.method() == M::Get) {
        if (auto s = m_shop.catchUp(*v); !s)
            return jsonError(503, QStringLiteral("unavailable"), s.error().detail);
        auto lists = m_shop.openLists(*v);
        if (!lists)
            return jsonError(503, QStringLiteral("unavailable"), lists.error().detail);
        QList<QHash<QString, Milli>> left;
        for (const PreOrderList &l : *lists)
            left << m_shop.left(*v, l).value_or(QHash<QString, Milli>());
        return html(200, shop::orderPage(*v, *lists, left, lang));
    }
    if ((parts.size() == 2 && parts[1] == u"order") || (api && parts.size() == 3)) {
        if (request.method() != M::Post)
            return jsonError(
                405, QStringLiteral("method_not_allowed"), QStringLiteral("POST an order"));
        return placeOrder(request, *v, api, lang);
    }
    const bool changing
        = ((parts.size() == 4 && parts[1] == u"order") || (api && parts.size() == 5))
          && (parts.last() == u"cancel" || parts.last() == u"reschedule");
    if (changing) {
        if (request.method() != M::Post)
            return jsonError(
                405, QStringLiteral("method_not_allowed"), QStringLiteral("POST a change"));
        return changeOrder(request, *v, api, lang, parts[parts.size() - 2], parts.last());
    }
    const bool status = (parts.size() == 3 && parts[1] == u"order") || (api && parts.size() == 4);
    if (status && request.method() == M::Get) {
        const QString token = QUrlQuery(request.url()).queryItemValue(QStringLiteral("t"));
        auto o = m_shop.order(*v, parts.last(), token);
        if (!o)
            return api ? jsonError(404, QStringLiteral("not_found"), o.error().detail)
                       : html(404,
                              shop::messagePage(
                                  shop::text(lang, "Not found"), o.error().detail, lang));
        return api ? json(200, orderJson(*o))
                   : html(200, shop::statusPage(*v, *o, lang, token, changeSlots(*v)));
    }
    return notFound();
}

QList<PreOrderList> ShopHttp::changeSlots(const ShopVendor &v)
{
    return m_shop.openLists(v).value_or(QList<PreOrderList>());
}

ShopAnswer ShopHttp::changeOrder(const QHttpServerRequest &request,
                                 const ShopVendor &v,
                                 bool api,
                                 const QString &lang,
                                 const QString &number,
                                 const QString &what)
{
    if (request.body().size() > 4096)
        return jsonError(
            413, QStringLiteral("too_large"), QStringLiteral("a change is a few fields at most"));
    ShopChange c;
    c.cancel = what == u"cancel";
    QString token = QUrlQuery(request.url()).queryItemValue(QStringLiteral("t"));
    if (api) {
        if (!c.cancel) {
            const std::optional<QJsonObject> o = jsonBody(request);
            if (!o)
                return malformedJson();
            c.marketDate
                = QDate::fromString(o->value(QLatin1String("market_date")).toString(), Qt::ISODate);
            c.window = o->value(QLatin1String("window")).toString();
        }
    } else {
        // The status page's forms: the token as a hidden field, the new day and window as one
        // choice "YYYY-MM-DD|window".
        const QUrlQuery q(QString::fromUtf8(request.body()).replace(u'+', u' '));
        if (token.isEmpty())
            token = q.queryItemValue(QStringLiteral("t"), QUrl::FullyDecoded);
        const QString slot = q.queryItemValue(QStringLiteral("slot"), QUrl::FullyDecoded);
        c.marketDate = QDate::fromString(slot.section(u'|', 0, 0), Qt::ISODate);
        c.window = slot.section(u'|', 1);
        // The page's cancel button asks once more before the order is called off.
        if (c.cancel && q.queryItemValue(QStringLiteral("confirm")) != u"1") {
            auto o = m_shop.order(v, number.left(40), token);
            if (!o)
                return html(
                    404, shop::messagePage(shop::text(lang, "Not found"), o.error().detail, lang));
            return html(200,
                        shop::statusPage(
                            v, *o, lang, token, changeSlots(v), shop::StatusNote::ConfirmCancel));
        }
    }
    // Counted once a change is made (asking whether to cancel changes nothing).
    if (const int wait = m_perAddress.take(request.remoteAddress().toString()); wait > 0) {
        ShopAnswer a = jsonError(429,
                                 QStringLiteral("rate_limited"),
                                 QStringLiteral("too many requests from this address; wait a few "
                                                "minutes"));
        if (!api)
            a = html(429,
                     shop::messagePage(shop::text(lang, "Please fix this:"),
                                       shop::text(lang,
                                                  "Too many changes at once: try again in "
                                                  "a few minutes."),
                                       lang));
        a.retryAfter = wait;
        return a;
    }
    if (!c.cancel && !c.marketDate.isValid())
        return api ? jsonError(400,
                               QStringLiteral("market_date"),
                               QStringLiteral("give the new market day as YYYY-MM-DD"))
                   : html(400,
                          shop::messagePage(shop::text(lang, "Please fix this:"),
                                            shop::text(lang, "Choose another market day."),
                                            lang));
    ShopRefusal why;
    auto changed = m_shop.change(v, number.left(40), token, c, &why);
    if (!changed) {
        if (why.code.isEmpty())
            qWarning("stallkeeper-server: changing an order: %s",
                     qPrintable(changed.error().detail));
        if (why.code.isEmpty())
            return jsonError(503, QStringLiteral("unavailable"), QStringLiteral("try again later"));
        if (api) {
            ShopAnswer a = jsonError(why.status, why.code, why.message);
            if (!why.left.isEmpty()) {
                QJsonObject o = QJsonDocument::fromJson(a.body).object(), l;
                for (auto it = why.left.begin(); it != why.left.end(); ++it)
                    l.insert(it.key(), formatFixed(it.value(), 3));
                o.insert(QStringLiteral("left"), l);
                a.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            return a;
        }
        return html(why.status,
                    shop::messagePage(shop::text(lang, "Please fix this:"), why.message, lang));
    }
    return api ? json(200, orderJson(*changed))
               : html(200,
                      shop::statusPage(v,
                                       *changed,
                                       lang,
                                       token,
                                       changeSlots(v),
                                       c.cancel ? shop::StatusNote::Cancelled
                                                : shop::StatusNote::Moved));
}

ShopAnswer ShopHttp::placeOrder(const QHttpServerRequest &request,
                                const ShopVendor &v,
                                bool api,
                                const QString &lang)
{
    shop::FormState form;
    ShopOrderRequest r;
    QString honeypot;
    const auto refused = [&](int status,
                             const QString &code,
                             const QString &message,
                             const QHash<QString, Milli> &left = {}) {
        if (api) {
            ShopAnswer a = jsonError(status, code, message);
            if (!left.isEmpty()) {
                QJsonObject o = QJsonDocument::fromJson(a.body).object(), l;
                for (auto it = left.begin(); it != left.end(); ++it)
                    l.insert(it.key(), formatFixed(it.value(), 3));
                o.insert(QStringLiteral("left"), l);
                a.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            return a;
        }
        form.error = message;
        form.left = left;
        auto lists = m_shop.openLists(v).value_or(QList<PreOrderList>());
        QList<QHash<QString, Milli>> stillLeft;
        for (const PreOrderList &l : lists)
            stillLeft << m_shop.left(v, l).value_or(QHash<QString, Milli>());
        return html(status, shop::orderPage(v, lists, stillLeft, lang, form));
    };
    // Too many orders: refused, with when to try again.
    const auto rateLimited = [&](const QString &message, int wait) {
        ShopAnswer a = refused(429, QStringLiteral("rate_limited"), message);
        a.retryAfter = wait;
        return a;
    };
    if (const int wait = m_perAddress.take(request.remoteAddress().toString()); wait > 0)
        return rateLimited(QStringLiteral("too many orders from this address; wait a few minutes"),
                           wait);
    if (const int wait = m_perVendor.take(v.vendorId); wait > 0)
        return rateLimited(QStringLiteral("this shop is taking many orders; try again in a minute"),
                           wait);
    // An order is a few kilobytes at most; a body far beyond is not read.
    if (request.body().size() > kMaxOrderBody)
        return refused(
            413,
            QStringLiteral("too_large"),
            QStringLiteral("the order is too large (at most %1 KB)").arg(kMaxOrderBody / 1024));
    // The items: qty_<product id> fields of the form, or "items": [{product_id|sku, qty}].
    QList<std::pair<QString, QString>> qtyText; // in the order given
    if (api) {
        const std::optional<QJsonObject> body = jsonBody(request);
        if (!body)
            return malformedJson();
        const QJsonObject &o = *body;
        static const QStringList known = {QStringLiteral("name"),
                                          QStringLiteral("contact"),
                                          QStringLiteral("market_date"),
                                          QStringLiteral("window"),
                                          QStringLiteral("note"),
                                          QStringLiteral("items")};
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                return refused(400,
                               QStringLiteral("unknown_field"),
                               QStringLiteral("unknown field \"%1\"").arg(it.key().left(40)));
        form.values.insert(QStringLiteral("name"), o.value(QLatin1String("name")).toString());
        form.values.insert(QStringLiteral("contact"), o.value(QLatin1String("contact")).toString());
        form.values.insert(QStringLiteral("date"),
                           o.value(QLatin1String("market_date")).toString());
        form.values.insert(QStringLiteral("window"), o.value(QLatin1String("window")).toString());
        form.values.insert(QStringLiteral("note"), o.value(QLatin1String("note")).toString());
        const QJsonArray items = o.value(QLatin1String("items")).toArray();
        if (items.size() > preorder::kMaxLines)
            return refused(
                400,
                QStringLiteral("too_many_items"),
                QStringLiteral("an order holds at most %1 items").arg(preorder::kMaxLines));
        for (const QJsonValue &i : items)
            qtyText.append({i.toObject().value(QLatin1String("product_id")).toString(),
                            i.toObject().value(QLatin1String("qty")).toString()});
    } else {
        const QUrlQuery q(QString::fromUtf8(request.body()).replace(u'+', u' '));
        const auto items = q.queryItems(QUrl::FullyDecoded);
        if (items.size() > preorder::kMaxItems + 10)
            return refused(
                400, QStringLiteral("too_many_items"), QStringLiteral("too many fields"));
        for (const auto &[k, val] : items) {
            if (k.startsWith(QLatin1String("qty_"))) {
                if (!val.trimmed().isEmpty())
                    qtyText.append({k.mid(4), val.trimmed()});
            } else if (k == u"website") {
                honeypot = val;
            }
            form.values.insert(k, val);
        }
    }
    if (!honeypot.isEmpty())
        return refused(
            400, QStringLiteral("refused"), QStringLiteral("the order could not be taken"));
    r.customerName = form.values.value(QStringLiteral("name"));
    r.contact = form.values.value(QStringLiteral("contact"));
    r.window = form.values.value(QStringLiteral("window"));
    r.note = form.values.value(QStringLiteral("note"));
    r.marketDate = QDate::fromString(form.values.value(QStringLiteral("date")), Qt::ISODate);
    if (!r.marketDate.isValid())
        return refused(400, QStringLiteral("market_date"), QStringLiteral("choose a market day"));
    int nonZero = 0;
    for (const auto &[productId, typed] : qtyText) {
        // Quantities as typed: "2", "1.5" or "1,5" (three decimals at most).
        auto q = parseFixed(typed,
                            3,
                            NumberSource::Typed,
                            lang == u"es" ? QLocale(QLocale::Spanish) : QLocale::c());
        if (!q || *q < 0 || *q > preorder::kMaxLineQty)
            return refused(400,
                           QStringLiteral("quantity"),
                           QStringLiteral("a quantity must be a number from 0 to %1")
                               .arg(preorder::kMaxLineQty / 1000));
        if (*q > 0 && ++nonZero > preorder::kMaxLines)
            return refused(
                400,
                QStringLiteral("too_many_items"),
                QStringLiteral("an order holds at most %1 items").arg(preorder::kMaxLines));
        r.lines << ShopLine{productId, *q};
    }
    ShopRefusal why;
    auto placed = m_shop.place(v, r, &why);
    if (!placed) {
        if (why.code.isEmpty())
            qWarning("stallkeeper-server: taking an order: %s", qPrintable(placed.error().detail));
        if (why.code.isEmpty())
            return jsonError(503, QStringLiteral("unavailable"), QStringLiteral("try again later"));
        return refused(why.status, why.code, why.message, why.left);
    }
    const QString statusPath = QStringLiteral("/shop/%1/order/%2?t=%3&lang=%4")
                                   .arg(v.slug, placed->order.number, placed->token, lang);
    if (api) {
        QJsonObject o = orderJson(placed->order);
        o.insert(QStringLiteral("token"), placed->token);
        o.insert(QStringLiteral("status_url"), statusPath);
        return json(201, o);
    }
    return html(201, shop::confirmationPage(v, placed->order, statusPath, lang));
}

} // namespace sk::server
