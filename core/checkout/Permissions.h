#pragma once

#include "core/Database.h"
#include "core/checkout/PinStore.h"

#include <QList>

namespace sk {

// What a till user may do. Owners may do everything; helpers may only sell. The check belongs
// where the action runs (the core function or the page's handler), never only in what a screen
// shows: a hidden button still has a shortcut, and a dialog can be opened from another page.
enum class Action {
    Sell,
    Void,
    Refund,
    PriceChange, // a line's price or a discount, for this sale only
    StockChange,
    EndOfDay,
    Reports,
    Settings,
    ManageUsers,
    OpenDrawerNoSale,
};

namespace Permissions {
bool allows(TillUser::Role role, Action action);
// Actions a helper may still do once, there and then, when an owner types their PIN: the ones
// a customer at the stall is waiting for. The rest wait until an owner signs in.
bool ownerMayApprove(Action action);
// Stable lower-case code ("void", "no_sale"), stored in the till action log.
QString code(Action action);
// Error::Code::Unauthorized naming the action when `role` may not do it.
Status check(TillUser::Role role, Action action);
} // namespace Permissions

// Who did an owner-only action at the till, and the owner who approved it with their PIN when
// a helper did it (empty otherwise). Names, not ids: the log must still read after a user is
// removed.
struct ActedBy
{
    QString user;
    QString approvedBy;
    bool isEmpty() const { return user.isEmpty() && approvedBy.isEmpty(); }
};

struct TillAction
{
    QString id;
    QString action; // Permissions::code()
    qint64 at = 0;  // ms UTC
    QString marketDayId;
    QString user;
    QString approvedBy;
    QString saleId; // the void or refund record, when the action made one
    QString detail; // reason, or what changed ("Honey 8 oz: $8.00 → $6.00")
};

// The device-local log of owner-only actions done at the till (voids, refunds, price changes,
// the drawer opened with no sale): who, when, and who approved. Append-only: rows cannot be
// updated or deleted (triggers). Not synced; the sale records themselves are.
class TillActionLog
{
public:
    explicit TillActionLog(Database &db);

    // Stores `a` with a new id and the current time when `a.at` is 0; joins the caller's
    // transaction when there is one.
    Result<TillAction> record(TillAction a);
    // The drawer opened with no sale, during the market day that is open (if any).
    Result<TillAction> recordNoSale(const ActedBy &by);
    Result<QList<TillAction>> forSale(const QString &saleId);
    // Oldest first; all actions when `action` is empty.
    Result<QList<TillAction>> forMarketDay(const QString &marketDayId, const QString &action = {});

private:
    Database &m_db;
};

} // namespace sk
