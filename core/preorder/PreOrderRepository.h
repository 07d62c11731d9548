#pragma once

#include "core/Database.h"
#include "core/model/StockMovement.h"
#include "core/preorder/PreOrder.h"

#include <optional>

namespace sk {

// Pre-orders on a device: the published lists, the orders (this device's and those the sync
// brings: from the order page, other devices) and what they reserve in stock.
//
// A reservation is a stock movement of its own kind (StockKind::Reserve) kept apart from the
// on-hand log (stock_reservations): +qty when an order promises it, -qty when the promise ends
// (handed over, no-show, cancelled). Its rows are made from the order on every device alike
// whenever the order is written here (a local change or a pulled event), so they are never sent:
// the order is the synced record and every device holds the same reservations for it.
// Available to sell = on hand (StockLedger) - reserved.
class PreOrderRepository
{
public:
    explicit PreOrderRepository(Database &db);

    // A list for a market day made here: id, clock and device stamped, checked, stored and
    // queued for the server (which serves it on the order page) in one transaction.
    Result<PreOrderList> publish(PreOrderList list);
    Result<std::optional<PreOrderList>> list(QDate marketDate);
    // The lists of market days from `from` on, soonest first.
    Result<QList<PreOrderList>> lists(QDate from);

    // A new order or a change to one made here (import, pick-up, no-show): stamped, checked,
    // stored with its reservations and queued, in the caller's transaction when inTransaction.
    Result<PreOrder> save(PreOrder order, bool inTransaction = false);
    Result<PreOrder> byId(const QString &id);
    // By its number or its id; NotFound says which was looked for.
    Result<PreOrder> find(const QString &numberOrId);
    // Orders of a market day (all days when invalid), by number; openOnly: placed and partly.
    Result<QList<PreOrder>> orders(QDate marketDate = {}, bool openOnly = false);
    // Orders whose name, number or contact holds `text`, open ones first.
    Result<QList<PreOrder>> search(const QString &text);

    Result<Milli> reserved(const QString &productId);
    // On hand minus reserved.
    Result<Milli> available(const QString &productId);
    Result<QList<StockMovement>> reservations(const QString &productId);

    // Marks an open order a no-show (its reservation released).
    Result<PreOrder> noShow(const QString &numberOrId);
    // The customer or the vendor called it off: an open order becomes cancelled, its
    // reservation released. The order stays on record (it is never deleted) and in the report.
    Result<PreOrder> cancel(const QString &numberOrId);
    // An open order moved to another market day and pick-up window: its reservation moves with
    // it (it counts against the new day). Refused for a day already past; when the vendor has
    // published a list for the new day with pick-up windows, `window` must be one of them.
    Result<PreOrder> reschedule(const QString &numberOrId, QDate day, const QString &window);
    // Every open order of a market day on or before `businessDate` becomes a no-show; the
    // caller holds the transaction (closing the market day). Returns how many.
    Result<int> markNoShows(QDate businessDate);
    // Blanks the contact of orders closed more than `days` ago (a local write, not sent: every
    // device does the same). Returns how many.
    Result<int> purgeContacts(int days);
    static constexpr int kContactDays = 30;

    // Pulled events (the caller holds the transaction): stored when newer than what is held
    // (by HLC), with their reservations. Idempotent.
    Status applyOrderEvent(const QJsonObject &data, qint64 hlc);
    Status applyListEvent(const QJsonObject &data, qint64 hlc);

    // The link from a sale to the order it handed over (caller holds the transaction).
    Status linkSale(const QString &saleId, const QString &orderId);
    Result<QString> orderOfSale(const QString &saleId);

private:
    Result<PreOrder> close(const QString &numberOrId, OrderState state);
    Status write(const PreOrder &o);
    Status reserve(const PreOrder &o);
    Database &m_db;
};

} // namespace sk
