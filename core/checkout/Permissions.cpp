#include "core/checkout/Permissions.h"

#include "core/DatabaseRows.h"
#include "core/EnumCodes.h"
#include "core/Ids.h"
#include "core/MarketDay.h"
#include "core/TextChecks.h"

#include <QSqlQuery>

namespace sk {

namespace Permissions {

bool allows(TillUser::Role role, Action action)
{
    return role == TillUser::Role::Owner || action == Action::Sell;
}

bool ownerMayApprove(Action action)
{
    switch (action) {
    case Action::Void:
    case Action::Refund:
    case Action::PriceChange:
    case Action::OpenDrawerNoSale:
        return true;
    case Action::Sell:
    case Action::StockChange:
    case Action::EndOfDay:
    case Action::Reports:
    case Action::Settings:
    case Action::ManageUsers:
        return false;
    }
    return false;
}

QString code(Action action)
{
    // In the order of Action.
    static constexpr auto kCodes = enumCodes<Action>("sell",
                                                     "void",
                                                     "refund",
                                                     "price_change",
                                                     "stock_change",
                                                     "end_of_day",
                                                     "reports",
                                                     "settings",
                                                     "manage_users",
                                                     "no_sale");
    return kCodes.code(action);
}

Status check(TillUser::Role role, Action action)
{
    if (allows(role, action))
        return {};
    return fail(Error::Code::Unauthorized,
                QStringLiteral("only an owner may do this (%1)").arg(code(action)));
}

} // namespace Permissions

TillActionLog::TillActionLog(Database &db)
    : m_db(db)
{}

Result<TillAction> TillActionLog::record(TillAction a)
{
    if (a.action.isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("an action needs its code"));
    if (auto n = checkNoteLength(a.detail, QStringLiteral("the detail")); !n)
        return std::unexpected(n.error());
    if (a.id.isEmpty())
        a.id = newUuid7();
    if (a.at == 0)
        a.at = Clock::nowMs();
    if (auto s = m_db.exec(
            QStringLiteral("INSERT INTO till_actions (id, action, created_at, "
                           "market_day_id, user_name, approved_by, sale_id, "
                           "detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {a.id, a.action, a.at, a.marketDayId, a.user, a.approvedBy, a.saleId, a.detail});
        !s)
        return std::unexpected(s.error());
    return a;
}

Result<TillAction> TillActionLog::recordNoSale(const ActedBy &by)
{
    TillAction a;
    a.action = Permissions::code(Action::OpenDrawerNoSale);
    a.user = by.user;
    a.approvedBy = by.approvedBy;
    MarketDayRepository days(m_db);
    auto day = days.current();
    if (!day)
        return std::unexpected(day.error());
    if (*day)
        a.marketDayId = (*day)->id;
    return record(a);
}

namespace {
TillAction actionRow(const QSqlQuery &q)
{
    return {q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toLongLong(),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toString(),
            q.value(6).toString(),
            q.value(7).toString()};
}

const QString kColumns = QStringLiteral("SELECT id, action, created_at, market_day_id, user_name, "
                                        "approved_by, sale_id, detail FROM till_actions ");
} // namespace

Result<QList<TillAction>> TillActionLog::forSale(const QString &saleId)
{
    return queryRows(m_db,
                     kColumns + QStringLiteral("WHERE sale_id = ? ORDER BY created_at, id"),
                     {saleId},
                     actionRow);
}

Result<QList<TillAction>> TillActionLog::forMarketDay(const QString &marketDayId,
                                                      const QString &action)
{
    return queryRows(m_db,
                     kColumns
                         + QStringLiteral("WHERE market_day_id = ? AND (? = '' OR action = ?) "
                                          "ORDER BY created_at, id"),
                     {marketDayId, action, action},
                     actionRow);
}

} // namespace sk
