#pragma once

#include "app/server/RateLimiter.h"
#include "app/server/ShopStore.h"

#include <QHttpServerRequest>

namespace sk::server {

struct ShopAnswer
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    int retryAfter = 0;
};

// The order page's requests under /shop/ (docs/preorders.md):
//   GET  /shop/static/shop.css                 the page's only style sheet
//   GET  /shop/VENDOR                          the order form (es/en: ?lang= or Accept-Language)
//   POST /shop/VENDOR/order                    a form's order: the confirmation, or the form
//                                              again with what to fix
//   GET  /shop/VENDOR/order/NUMBER?t=TOKEN     the order's status
//   POST /shop/VENDOR/api/orders               the same as JSON: 201 {number, token, state,
//                                              status_url}; 4xx {code, message[, left]}
//   GET  /shop/VENDOR/api/orders/NUMBER?t=TOKEN  {number, state, market_date, lines}
//   POST /shop/VENDOR/api/orders/NUMBER/cancel?t=TOKEN       the order called off
//   POST /shop/VENDOR/api/orders/NUMBER/reschedule?t=TOKEN   {market_date, window}: moved
//   POST /shop/VENDOR/order/NUMBER/cancel|reschedule         the status page's forms (t, slot)
// Orders are limited per address and per vendor (token buckets).
class ShopHttp
{
public:
    // Bursts of `perAddress` orders per remote address and `perVendor` per vendor, each
    // refilled at a fifth of its burst per minute.
    ShopHttp(ServerStore &store, double perAddress, double perVendor);
    ShopAnswer handle(const QHttpServerRequest &request);
    // What every HTML answer carries: no script, no other origin, no framing.
    static QByteArray securityHeaders();

private:
    ShopAnswer placeOrder(const QHttpServerRequest &request,
                          const ShopVendor &v,
                          bool json,
                          const QString &lang);
    ShopAnswer changeOrder(const QHttpServerRequest &request,
                           const ShopVendor &v,
                           bool api,
                           const QString &lang,
                           const QString &number,
                           const QString &what);
    // The market days and windows an order may move to.
    QList<PreOrderList> changeSlots(const ShopVendor &v);
    ShopStore m_shop;
    RateLimiter m_perAddress;
    RateLimiter m_perVendor;
};

} // namespace sk::server
