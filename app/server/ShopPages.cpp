#include "app/server/ShopPages.h"

#include <QDateTime>
#include <QLocale>
#include <QUrl>

#include <qrencode.h>

// The texts of the order page in the customer's language: English as written here, Spanish
// from this table (the server answers each request in its own language, so they are looked up
// per request rather than through the process's translator).

namespace sk::server::shop {

namespace {

const QHash<QString, QString> &spanish()
{
    static const QHash<QString, QString> t = {
        {QStringLiteral("Order for pick-up"), QStringLiteral("Pedido para recoger")},
        {QStringLiteral("Market day"), QStringLiteral("Día de mercado")},
        {QStringLiteral("Orders close"), QStringLiteral("Pedidos hasta")},
        {QStringLiteral("Pick-up window"), QStringLiteral("Horario de recogida")},
        {QStringLiteral("Your name"), QStringLiteral("Su nombre")},
        {QStringLiteral("Phone or e-mail"), QStringLiteral("Teléfono o correo electrónico")},
        {QStringLiteral("Note (optional)"), QStringLiteral("Nota (opcional)")},
        {QStringLiteral("Place order"), QStringLiteral("Hacer el pedido")},
        {QStringLiteral("left"), QStringLiteral("disponibles")},
        {QStringLiteral("about"), QStringLiteral("aprox.")},
        {QStringLiteral("each"), QStringLiteral("c/u")},
        {QStringLiteral("Pay at pick-up: cash, card or SNAP/EBT. Weighed items are priced at their "
                        "actual weight."),
         QStringLiteral("Pague al recoger: efectivo, tarjeta o SNAP/EBT. Los productos por peso se "
                        "cobran según su peso real.")},
        {QStringLiteral("Nothing is offered for pick-up right now."),
         QStringLiteral("Por ahora no hay nada para pedir.")},
        {QStringLiteral("Thank you! Your order is placed."),
         QStringLiteral("¡Gracias! Su pedido está hecho.")},
        {QStringLiteral("Order number"), QStringLiteral("Número de pedido")},
        {QStringLiteral("Show this code at the stall."),
         QStringLiteral("Muestre este código en el puesto.")},
        {QStringLiteral("See your order's status"), QStringLiteral("Ver el estado de su pedido")},
        {QStringLiteral("Estimated total"), QStringLiteral("Total estimado")},
        {QStringLiteral("Status"), QStringLiteral("Estado")},
        {QStringLiteral("placed"), QStringLiteral("pedido")},
        {QStringLiteral("partly"), QStringLiteral("recogido en parte")},
        {QStringLiteral("picked up"), QStringLiteral("recogido")},
        {QStringLiteral("no-show"), QStringLiteral("no recogido")},
        {QStringLiteral("cancelled"), QStringLiteral("cancelado")},
        {QStringLiteral("Quantity"), QStringLiteral("Cantidad")},
        {QStringLiteral("Only this much is left:"), QStringLiteral("Solo queda esto:")},
        {QStringLiteral("Not found"), QStringLiteral("No encontrado")},
        {QStringLiteral("Español"), QStringLiteral("Español")},
        {QStringLiteral("Please fix this:"), QStringLiteral("Corrija esto:")},
        {QStringLiteral("handed over"), QStringLiteral("entregado")},
        {QStringLiteral("Change the day"), QStringLiteral("Cambiar el día")},
        {QStringLiteral("Market day and pick-up window"),
         QStringLiteral("Día de mercado y horario de recogida")},
        {QStringLiteral("Move my order"), QStringLiteral("Cambiar mi pedido de día")},
        {QStringLiteral("Cancel my order"), QStringLiteral("Cancelar mi pedido")},
        {QStringLiteral("Choose another market day."),
         QStringLiteral("Elija otro día de mercado.")},
        {QStringLiteral("Handed over, before tax"),
         QStringLiteral("Entregado, antes de impuestos")},
        {QStringLiteral("Can't come?"), QStringLiteral("¿No puede venir?")},
        {QStringLiteral("Too many changes at once: try again in a few minutes."),
         QStringLiteral("Demasiados cambios seguidos: vuelva a intentarlo en unos minutos.")},
        {QStringLiteral("Your order is moved."), QStringLiteral("Su pedido cambió de día.")},
        {QStringLiteral("Your order is cancelled."), QStringLiteral("Su pedido está cancelado.")},
        {QStringLiteral("Cancel this order?"), QStringLiteral("¿Cancelar este pedido?")},
        {QStringLiteral("What you ordered goes back on sale. This cannot be undone."),
         QStringLiteral("Lo que pidió vuelve a la venta. No se puede deshacer.")},
        {QStringLiteral("Yes, cancel my order"), QStringLiteral("Sí, cancelar mi pedido")},
        {QStringLiteral("No, keep my order"), QStringLiteral("No, mantener mi pedido")},
    };
    return t;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(u'\'', QLatin1String("&#39;"));
}

QLocale localeOf(const QString &lang)
{
    return lang == u"es" ? QLocale(QLocale::Spanish, QLocale::UnitedStates)
                         : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString stateText(OrderState s, const QString &lang)
{
    switch (s) {
    case OrderState::Placed:
        return text(lang, "placed");
    case OrderState::Partly:
        return text(lang, "partly");
    case OrderState::PickedUp:
        return text(lang, "picked up");
    case OrderState::NoShow:
        return text(lang, "no-show");
    case OrderState::Cancelled:
        return text(lang, "cancelled");
    }
    return {};
}

// A waiting order's two forms: move it to another open day and window, or call it off.
QString changeForms(const ShopVendor &v,
                    const PreOrder &o,
                    const QString &lang,
                    const QString &token,
                    const QList<PreOrderList> &days)
{
    const QString base = QStringLiteral("/shop/%1/order/%2/").arg(esc(v.slug), esc(o.number));
    const QString hidden = QStringLiteral("<input type=\"hidden\" name=\"t\" value=\"%1\">"
                                          "<input type=\"hidden\" name=\"lang\" value=\"%2\">")
                               .arg(esc(token), esc(lang));
    QString options;
    for (const PreOrderList &l : days) {
        const QStringList windows = l.windows.isEmpty() ? QStringList{QString()} : l.windows;
        for (const QString &w : windows) {
            if (l.marketDate == o.marketDate && w == o.window)
                continue;
            const QString value = l.marketDate.toString(Qt::ISODate) + u'|' + w;
            // Short enough for a phone's select box: "Fri, Dec 4 · 10:00-12:00".
            const QString when = localeOf(lang).toString(
                l.marketDate,
                lang == u"es" ? QStringLiteral("ddd d 'de' MMM") : QStringLiteral("ddd, MMM d"));
            options += QStringLiteral("<option value=\"%1\">%2%3</option>")
                           .arg(esc(value),
                                esc(when),
                                w.isEmpty() ? QString() : QStringLiteral(" · ") + esc(w));
        }
    }
    QString h;
    if (!options.isEmpty())
        h += QStringLiteral("<form method=\"post\" action=\"%1reschedule?lang=%2\" "
                            "class=\"change\"><h2>%3</h2>%4<label for=\"slot\">%5</label>"
                            "<select id=\"slot\" name=\"slot\" required>%6</select>"
                            "<button type=\"submit\" id=\"reschedule\">%7</button></form>")
                 .arg(base,
                      esc(lang),
                      text(lang, "Change the day"),
                      hidden,
                      text(lang, "Market day and pick-up window"),
                      options,
                      text(lang, "Move my order"));
    h += QStringLiteral("<form method=\"post\" action=\"%1cancel?lang=%2\" class=\"change\">"
                        "<h2>%3</h2>%4<button type=\"submit\" id=\"cancel\" class=\"cancel\">"
                        "%5</button></form>")
             .arg(
                 base, esc(lang), text(lang, "Can't come?"), hidden, text(lang, "Cancel my order"));
    return h;
}

// Calling the order off, once more: a tap on "Cancel my order" lands here first.
QString confirmCancel(const ShopVendor &v,
                      const PreOrder &o,
                      const QString &lang,
                      const QString &token,
                      const QString &self)
{
    const QString base = QStringLiteral("/shop/%1/order/%2/").arg(esc(v.slug), esc(o.number));
    return QStringLiteral("<form method=\"post\" action=\"%1cancel?lang=%2\" class=\"change "
                          "confirm\" role=\"alert\"><h2>%3</h2><p>%4</p>"
                          "<input type=\"hidden\" name=\"t\" value=\"%5\">"
                          "<input type=\"hidden\" name=\"confirm\" value=\"1\">"
                          "<button type=\"submit\" id=\"cancel-confirm\" class=\"cancel\">%6"
                          "</button><a id=\"keep\" class=\"button\" href=\"%7\">%8</a></form>")
        .arg(base,
             esc(lang),
             text(lang, "Cancel this order?"),
             text(lang, "What you ordered goes back on sale. This cannot be undone."),
             esc(token),
             text(lang, "Yes, cancel my order"),
             self,
             text(lang, "No, keep my order"));
}

QString page(const QString &title, const QString &body, const QString &lang)
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
               "<title>%2</title><link rel=\"stylesheet\" href=\"/shop/static/shop.css\">"
               "</head><body><main>%3</main></body></html>\n")
        .arg(lang, esc(title), body);
}

// "2", "1.5 lb": no trailing zeros.
QString quantity(Milli q, Unit u, const QString &lang)
{
    QString n = formatQuantity(q, u, localeOf(lang));
    const QChar point = localeOf(lang).decimalPoint().at(0);
    if (n.contains(point)) {
        while (n.endsWith(u'0'))
            n.chop(1);
        if (n.endsWith(point))
            n.chop(1);
    }
    return u == Unit::Each ? n : n + QLatin1Char(' ') + unitCode(u);
}

QString orderLines(const PreOrder &o, const QString &lang)
{
    const Currency c = Currency::fromCode(o.currency);
    QString h = QStringLiteral("<ul class=\"lines\">");
    Minor handed = 0;
    bool any = false;
    for (const PreOrderLine &l : o.lines) {
        h += QStringLiteral("<li><span>%1 × %2%3</span><span>%4%5</span></li>")
                 .arg(esc(l.name),
                      l.weighed() ? text(lang, "about") + QLatin1Char(' ') : QString(),
                      esc(quantity(l.qty, l.unit, lang)),
                      l.weighed() ? text(lang, "about") + QLatin1Char(' ') : QString(),
                      esc(formatMoney(l.estimate().value_or(0), c, localeOf(lang))));
        if (l.pickedQty > 0) {
            h += QStringLiteral("<li class=\"handed\"><span>%1: %2</span><span>%3</span></li>")
                     .arg(text(lang, "handed over"),
                          esc(quantity(l.pickedQty, l.unit, lang)),
                          esc(formatMoney(l.pickedAmount, c, localeOf(lang))));
            handed += l.pickedAmount;
            any = true;
        }
    }
    h += QStringLiteral("</ul><p>%1: <strong>%2</strong></p>")
             .arg(text(lang, "Estimated total"),
                  esc(formatMoney(o.estimate().value_or(0), c, localeOf(lang))));
    if (any)
        h += QStringLiteral("<p>%1: <strong>%2</strong></p>")
                 .arg(text(lang, "Handed over, before tax"),
                      esc(formatMoney(handed, c, localeOf(lang))));
    return h;
}

} // namespace

QString text(const QString &lang, const char *english)
{
    const QString en = QString::fromUtf8(english);
    return lang == u"es" ? spanish().value(en, en) : en;
}

QByteArray orderPage(const ShopVendor &v,
                     const QList<PreOrderList> &lists,
                     const QList<QHash<QString, Milli>> &left,
                     const QString &lang,
                     const FormState &form)
{
    const QLocale loc = localeOf(lang);
    QString b
        = QStringLiteral("<nav class=\"lang\"><a href=\"?lang=en\" hreflang=\"en\">English</a>"
                         " · <a href=\"?lang=es\" hreflang=\"es\">Español</a></nav>");
    b += QStringLiteral("<h1>%1</h1><p class=\"sub\">%2</p>")
             .arg(esc(v.name), text(lang, "Order for pick-up"));
    if (!form.error.isEmpty()) {
        b += QStringLiteral("<div class=\"error\" role=\"alert\"><p>%1 %2</p>")
                 .arg(text(lang, "Please fix this:"), esc(form.error));
        if (!form.left.isEmpty()) {
            b += QStringLiteral("<p>%1</p><ul>").arg(text(lang, "Only this much is left:"));
            for (const PreOrderList &l : lists)
                for (const PreOrderItem &i : l.items)
                    if (form.left.contains(i.productId))
                        b += QStringLiteral("<li>%1: %2</li>")
                                 .arg(esc(i.name),
                                      esc(quantity(form.left.value(i.productId), i.unit, lang)));
            b += QStringLiteral("</ul>");
        }
        b += QStringLiteral("</div>");
    }
    if (lists.isEmpty())
        b += QStringLiteral("<p>%1</p>")
                 .arg(text(lang, "Nothing is offered for pick-up right now."));
    const auto value = [&](const QString &k) {
        return esc(form.values.value(k));
    };
    for (qsizetype n = 0; n < lists.size(); ++n) {
        const PreOrderList &l = lists[n];
        const Currency c = Currency::fromCode(l.currency);
        const QString date = l.marketDate.toString(Qt::ISODate);
        b += QStringLiteral("<form method=\"post\" action=\"/shop/%1/order?lang=%2\">")
                 .arg(esc(v.slug), lang);
        b += QStringLiteral("<h2>%1: %2 · %3</h2><p class=\"sub\">%4: %5</p>")
                 .arg(text(lang, "Market day"),
                      esc(loc.toString(l.marketDate, QLocale::LongFormat)),
                      esc(l.marketName),
                      text(lang, "Orders close"),
                      esc(loc.toString(QDateTime::fromMSecsSinceEpoch(l.cutoffMs),
                                       QLocale::ShortFormat)));
        b += QStringLiteral("<input type=\"hidden\" name=\"date\" value=\"%1\">").arg(date);
        for (const PreOrderItem &i : l.items) {
            const Milli remaining = left.value(n).value(i.productId);
            const QString id = QStringLiteral("q-%1-%2").arg(n).arg(esc(i.productId));
            const QString price
                = esc(formatMoney(i.unitPrice, c, loc))
                  + (i.unit == Unit::Each ? QStringLiteral(" ") + text(lang, "each")
                                          : QStringLiteral(" / ") + unitCode(i.unit));
            b += QStringLiteral(
                     "<div class=\"item\"><label for=\"%1\"><span class=\"name\">%2</span>"
                     "<span class=\"price\">%3</span><span class=\"left\">%4 %5</span>"
                     "</label><input id=\"%1\" name=\"qty_%6\" type=\"number\" min=\"0\" "
                     "max=\"%7\" step=\"%8\" inputmode=\"decimal\" value=\"%9\"></div>")
                     .arg(id,
                          esc(i.name),
                          price,
                          esc(i.unit == Unit::Each ? quantity(remaining, i.unit, lang)
                                                   : text(lang, "about") + QLatin1Char(' ')
                                                         + quantity(remaining, i.unit, lang)),
                          text(lang, "left"),
                          esc(i.productId),
                          formatQuantity(std::min(remaining, preorder::kMaxLineQty), i.unit),
                          i.unit == Unit::Each ? QStringLiteral("1") : QStringLiteral("0.5"),
                          value(QStringLiteral("qty_") + i.productId));
        }
        if (!l.windows.isEmpty()) {
            b += QStringLiteral(
                     "<label for=\"w-%1\">%2</label><select id=\"w-%1\" name=\"window\">")
                     .arg(n)
                     .arg(text(lang, "Pick-up window"));
            for (const QString &w : l.windows)
                b += QStringLiteral("<option%2>%1</option>")
                         .arg(esc(w),
                              form.values.value(QStringLiteral("window")) == w
                                  ? QStringLiteral(" selected")
                                  : QString());
            b += QStringLiteral("</select>");
        }
        b += QStringLiteral("<label for=\"n-%1\">%2</label><input id=\"n-%1\" name=\"name\" "
                            "required maxlength=\"100\" autocomplete=\"name\" value=\"%3\">")
                 .arg(n)
                 .arg(text(lang, "Your name"), value(QStringLiteral("name")));
        b += QStringLiteral("<label for=\"c-%1\">%2</label><input id=\"c-%1\" name=\"contact\" "
                            "required maxlength=\"200\" autocomplete=\"tel\" value=\"%3\">")
                 .arg(n)
                 .arg(text(lang, "Phone or e-mail"), value(QStringLiteral("contact")));
        b += QStringLiteral("<label for=\"t-%1\">%2</label><textarea id=\"t-%1\" name=\"note\" "
                            "maxlength=\"500\" rows=\"2\">%3</textarea>")
                 .arg(n)
                 .arg(text(lang, "Note (optional)"), value(QStringLiteral("note")));
        // Left empty by people; bots that fill every field are refused.
        b += QStringLiteral("<div class=\"hp\" aria-hidden=\"true\"><label for=\"h-%1\">Website"
                            "</label><input id=\"h-%1\" name=\"website\" tabindex=\"-1\" "
                            "autocomplete=\"off\"></div>")
                 .arg(n);
        b += QStringLiteral("<p class=\"fine\">%1</p><button type=\"submit\">%2</button></form>")
                 .arg(text(lang,
                           "Pay at pick-up: cash, card or SNAP/EBT. Weighed items are priced at "
                           "their actual weight."),
                      text(lang, "Place order"));
    }
    return page(v.name, b, lang).toUtf8();
}

QByteArray confirmationPage(const ShopVendor &v,
                            const PreOrder &o,
                            const QString &statusPath,
                            const QString &lang)
{
    QString b = QStringLiteral("<h1>%1</h1><p class=\"ok\" role=\"status\">%2</p>")
                    .arg(esc(v.name), text(lang, "Thank you! Your order is placed."));
    b += QStringLiteral("<p>%1: <strong id=\"order-number\" class=\"number\">%2</strong></p>")
             .arg(text(lang, "Order number"), esc(o.number));
    b += QStringLiteral("<figure class=\"qr\">%1<figcaption>%2</figcaption></figure>")
             .arg(QString::fromUtf8(
                      qrSvg(o.number, text(lang, "Order number") + QLatin1Char(' ') + o.number)),
                  text(lang, "Show this code at the stall."));
    b += QStringLiteral("<p>%1: %2%3</p>")
             .arg(text(lang, "Market day"),
                  esc(localeOf(lang).toString(o.marketDate, QLocale::LongFormat)),
                  o.window.isEmpty() ? QString() : QStringLiteral(" · ") + esc(o.window));
    b += orderLines(o, lang);
    b += QStringLiteral("<p><a id=\"status-link\" href=\"%1\">%2</a></p>")
             .arg(esc(statusPath), text(lang, "See your order's status"));
    return page(v.name, b, lang).toUtf8();
}

QByteArray statusPage(const ShopVendor &v,
                      const PreOrder &o,
                      const QString &lang,
                      const QString &token,
                      const QList<PreOrderList> &days,
                      StatusNote note)
{
    // The page itself in either language (absolute: after a change the address is the form's).
    const auto self = [&](const QString &l) {
        return QStringLiteral("/shop/%1/order/%2?t=%3&amp;lang=%4")
            .arg(
                esc(v.slug), esc(o.number), QString::fromLatin1(QUrl::toPercentEncoding(token)), l);
    };
    QString b;
    if (!token.isEmpty())
        b += QStringLiteral("<nav class=\"lang\"><a href=\"%1\" hreflang=\"en\">English</a> · "
                            "<a href=\"%2\" hreflang=\"es\">Español</a></nav>")
                 .arg(self(QStringLiteral("en")), self(QStringLiteral("es")));
    b += QStringLiteral("<h1>%1</h1>").arg(esc(v.name));
    if (note == StatusNote::Moved || note == StatusNote::Cancelled)
        b += QStringLiteral("<p class=\"ok\" role=\"status\">%1</p>")
                 .arg(note == StatusNote::Moved ? text(lang, "Your order is moved.")
                                                : text(lang, "Your order is cancelled."));
    b += QStringLiteral("<p>%1: <strong class=\"number\">%2</strong></p>")
             .arg(text(lang, "Order number"), esc(o.number));
    b += QStringLiteral("<p class=\"state state-%1\">%2: <strong id=\"state\">%3</strong></p>")
             .arg(orderStateCode(o.state), text(lang, "Status"), esc(stateText(o.state, lang)));
    b += QStringLiteral("<p>%1: <time id=\"market-day\" datetime=\"%2\">%3</time>%4</p>")
             .arg(text(lang, "Market day"),
                  o.marketDate.toString(Qt::ISODate),
                  esc(localeOf(lang).toString(o.marketDate, QLocale::LongFormat)),
                  o.window.isEmpty()
                      ? QString()
                      : QStringLiteral(" · <span id=\"window\">%1</span>").arg(esc(o.window)));
    b += orderLines(o, lang);
    if (!token.isEmpty() && o.state == OrderState::Placed)
        b += note == StatusNote::ConfirmCancel ? confirmCancel(v, o, lang, token, self(lang))
                                               : changeForms(v, o, lang, token, days);
    return page(v.name, b, lang).toUtf8();
}

QByteArray messagePage(const QString &title, const QString &message, const QString &lang)
{
    return page(title, QStringLiteral("<h1>%1</h1><p>%2</p>").arg(esc(title), esc(message)), lang)
        .toUtf8();
}

QByteArray styleSheet()
{
    return QByteArrayLiteral(
        "*{box-sizing:border-box}body{margin:0;font:18px/1.45 system-ui,sans-serif;color:#111;"
        "background:#fff}main{max-width:40rem;margin:0 auto;padding:1rem}h1{font-size:1.6rem;"
        "margin:.2rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .2rem}.sub,.fine{color:#333}"
        ".lang{text-align:right}a{color:#0645ad}a:focus,input:focus,select:focus,textarea:focus,"
        "button:focus{outline:3px solid #b35c00;outline-offset:2px}form{border-top:2px solid #222;"
        "margin-top:1rem}.item{display:flex;align-items:center;justify-content:space-between;"
        "gap:.75rem;padding:.6rem 0;border-bottom:1px solid #ccc}.item label{display:flex;"
        "flex-direction:column;flex:1;font-weight:400}.name{font-weight:600}.price,.left{font-size:"
        ".95rem;"
        "color:#333}.item input{width:6rem}label{display:block;margin-top:.8rem;font-weight:600}"
        "input,select,textarea{font:inherit;min-height:48px;width:100%;padding:.4rem;border:2px "
        "solid #444;border-radius:6px;background:#fff;color:#111}button{font:inherit;"
        "font-weight:700;min-height:52px;width:100%;margin:1rem 0;border:0;border-radius:8px;"
        "background:#1d5e20;color:#fff}.hp{position:absolute;left:-10000px;width:1px;height:1px;"
        "overflow:hidden}.error{border:3px solid #a40000;padding:.5rem 1rem;border-radius:8px;"
        "background:#fff0f0}.ok{font-size:1.2rem;font-weight:700;color:#1d5e20}.number{"
        "font-size:1.5rem;letter-spacing:.05em}.qr svg{width:220px;height:220px}"
        ".lines{padding:0;list-style:none}.lines li{display:flex;justify-content:space-between;"
        "gap:1rem;padding:.3rem 0;border-bottom:1px solid #ddd}.lines li "
        "span+span{white-space:nowrap;"
        "text-align:right}.lines .handed{color:#1d5e20;"
        "font-weight:600}.state strong{font-size:1.3rem}button.cancel{background:#8a1c1c}"
        "a.button{display:flex;align-items:center;justify-content:center;min-height:52px;"
        "border:2px solid #1d5e20;border-radius:8px;color:#1d5e20;font-weight:700;"
        "text-decoration:none}.confirm{border:3px solid #8a1c1c;border-radius:8px;padding:0 1rem "
        "1rem}"
        "@media (min-width:800px){main{padding:2rem}}\n");
}

QByteArray qrSvg(const QString &text, const QString &label)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *qr = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!qr)
        return {};
    const int w = qr->width, quiet = 4, size = w + 2 * quiet;
    QByteArray path;
    for (int y = 0; y < w; ++y)
        for (int x = 0; x < w; ++x)
            if (qr->data[y * w + x] & 1)
                path += 'M' + QByteArray::number(x + quiet) + ' ' + QByteArray::number(y + quiet)
                        + "h1v1h-1z";
    QRcode_free(qr);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + QByteArray::number(size)
           + ' ' + QByteArray::number(size) + "\" role=\"img\" aria-label=\""
           + label.toHtmlEscaped().toUtf8()
           + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" "
             "height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
           + path + "\"/></svg>";
}

} // namespace sk::server::shop
