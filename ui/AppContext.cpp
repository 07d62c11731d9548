#include "AppContext.h"

#include "common/Dialogs.h"
#include "common/OwnerApproval.h"

#include <QPointer>

#include <algorithm>
#include <utility>

namespace sk::ui {

AppContext::AppContext(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    // The connection may outlive this context or go first (tests, a restore): the listener
    // checks that the context is still there instead of the context unhooking itself. Told
    // right after the commit, as the writer's own announcement used to be, so a page that
    // wrote reads its refreshed state before its handler goes on.
    m_db.setChangeListener([self = QPointer<AppContext>(this)](const QSet<QString> &tables) {
        if (!self)
            return;
        self->m_changed.unite(tables);
        self->announce();
    });
}

void AppContext::announce()
{
    const QSet<QString> changed = std::exchange(m_changed, {});
    auto any = [&](std::initializer_list<const char *> tables) {
        return std::any_of(tables.begin(), tables.end(), [&](const char *t) {
            return changed.contains(QLatin1String(t));
        });
    };
    // Settings hold the business rules the till computes with (currency, tax inclusion, cash
    // rounding): a change there reloads the catalog and rules like a price edit does.
    if (any({"products", "product_barcodes", "tax_categories", "tender_types", "settings"}))
        emit catalogChanged();
    if (any({"market_days", "markets"}))
        emit marketDayChanged();
    if (any({"stock_movements", "stock_snapshot"}))
        emit stockChanged();
}

namespace {
// What the helper asked for, as the owner approving it reads it.
QString requestText(Action action, const QString &helper)
{
    const QString who = helper.isEmpty() ? AppContext::tr("The helper") : helper;
    switch (action) {
    case Action::Void:
        return AppContext::tr("%1 asks to void a sale.").arg(who);
    case Action::Refund:
        return AppContext::tr("%1 asks to give a refund.").arg(who);
    case Action::PriceChange:
        return AppContext::tr("%1 asks to change a price for this sale.").arg(who);
    case Action::OpenDrawerNoSale:
        return AppContext::tr("%1 asks to open the cash drawer with no sale.").arg(who);
    default:
        return {};
    }
}

QString refusalText(Action action)
{
    switch (action) {
    case Action::StockChange:
        return AppContext::tr("Only an owner can use Inventory (stock and the catalog).");
    case Action::EndOfDay:
        return AppContext::tr("Only an owner can do the end of day.");
    case Action::Reports:
        return AppContext::tr("Only an owner can see reports.");
    case Action::Settings:
        return AppContext::tr("Only an owner can change settings.");
    case Action::ManageUsers:
        return AppContext::tr("Only an owner can add, remove or change users.");
    default:
        return AppContext::tr("Only an owner can do this.");
    }
}
} // namespace

bool AppContext::require(Action action, QWidget *parent, ActedBy *by)
{
    if (may(action)) {
        if (by)
            *by = actedBy();
        return true;
    }
    if (!Permissions::ownerMayApprove(action)) {
        Dialogs::warning(parent,
                         tr("Owner only"),
                         refusalText(action) + QLatin1Char(' ')
                             + tr("Ask an owner to unlock the till with their PIN."));
        return false;
    }
    const auto owner = OwnerApproval::ask(m_db, requestText(action, m_userName), parent);
    if (!owner)
        return false;
    if (by)
        *by = ActedBy{m_userName, owner->name};
    return true;
}

} // namespace sk::ui
