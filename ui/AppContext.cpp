#include "ui/AppContext.h"

#include "ui/common/Dialogs.h"
#include "ui/common/OwnerApproval.h"

namespace sk::ui {

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
