#pragma once

#include "app/server/ShopStore.h"

#include <QByteArray>

namespace sk::server::shop {

// The order page's HTML (ShopPages.cpp): plain HTML, no script, one same-origin style sheet,
// every string from a record or a request escaped. `lang` is "es" or "en".
struct FormState
{
    QHash<QString, QString> values; // what the customer typed, shown again with an error
    QString error;                  // why the order was refused
    QHash<QString, Milli> left;     // what is left of the items asked for too many of
};

QString text(const QString &lang, const char *english);
QByteArray orderPage(const ShopVendor &v,
                     const QList<PreOrderList> &lists,
                     const QList<QHash<QString, Milli>> &left,
                     const QString &lang,
                     const FormState &form = {});
QByteArray confirmationPage(const ShopVendor &v,
                            const PreOrder &o,
                            const QString &statusPath,
                            const QString &lang);
// What the status page says above the order after the customer's change: moved, cancelled, or
// (ConfirmCancel) asks whether to call the order off before it does.
enum class StatusNote { None, Moved, Cancelled, ConfirmCancel };

// With `token` (the customer's link), a waiting order also offers to cancel it or move it to
// one of `days` (the open market days and their pick-up windows), and the page links to
// itself in the other language.
QByteArray statusPage(const ShopVendor &v,
                      const PreOrder &o,
                      const QString &lang,
                      const QString &token = {},
                      const QList<PreOrderList> &days = {},
                      StatusNote note = StatusNote::None);
QByteArray messagePage(const QString &title, const QString &message, const QString &lang);
QByteArray styleSheet();
// The QR code of `text` as an inline SVG (libqrencode), with its quiet zone; empty on failure.
QByteArray qrSvg(const QString &text, const QString &label);

} // namespace sk::server::shop
