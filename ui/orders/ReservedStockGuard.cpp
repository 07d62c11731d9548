#include "ui/orders/ReservedStockGuard.h"

#include "core/MarketDay.h"
#include "core/preorder/ReservedStock.h"
#include "ui/AppContext.h"
#include "ui/common/Dialogs.h"
#include "ui/common/OwnerApproval.h"

#include <QLocale>

#include <limits>

namespace sk::ui {

ReservedStockGuard::ReservedStockGuard(AppContext &ctx, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
{}

bool ReservedStockGuard::allow(const Cart &next, const QString &handingOver, QWidget *parent)
{
    Database &db = m_ctx.db();
    // The orders of the market day that is open, or of today when none is.
    QDate day = QDate::currentDate();
    if (auto open = MarketDayRepository(db).current(); open && *open)
        day = (*open)->businessDate;
    auto found = reservedShortfalls(db, next, day, handingOver, m_allowed);
    // The check only reads: when it cannot, the sale goes on as it would without orders.
    if (!found || found->isEmpty())
        return true;
    const QLocale locale;
    QStringList lines;
    for (const ReservedShortfall &s : *found) {
        const QString left = formatQuantity(std::max<Milli>(s.onHand, 0), s.unit, locale);
        const QString held = formatQuantity(s.reserved, s.unit, locale);
        const QString want = formatQuantity(s.wanted, s.unit, locale);
        lines << (s.unit == Unit::Each
                      ? tr("%1: %2 of the %3 left are reserved for today's pick-up orders; this "
                           "sale takes %4.")
                            .arg(s.name, held, left, want)
                      : tr("%1: %2 %5 of the %3 %5 left are reserved for today's pick-up orders; "
                           "this sale takes %4 %5.")
                            .arg(s.name, held, left, want, unitCode(s.unit)));
    }
    const QString what = lines.join(QLatin1Char('\n'));
    bool ok = false;
    if (m_ctx.isOwner()) {
        ok = Dialogs::question(parent,
                               tr("Reserved for pick-up orders"),
                               what + QStringLiteral("\n\n") + tr("Sell anyway?"),
                               QMessageBox::Yes | QMessageBox::No,
                               QMessageBox::No)
             == QMessageBox::Yes;
    } else {
        const QString who = m_ctx.userName().isEmpty() ? tr("The helper") : m_ctx.userName();
        ok = OwnerApproval::ask(db,
                                tr("%1 asks to sell stock reserved for pick-up orders.").arg(who)
                                    + QLatin1Char('\n') + what,
                                parent)
                 .has_value();
    }
    if (!ok)
        return false;
    for (const ReservedShortfall &s : *found)
        m_allowed.insert(s.productId, std::numeric_limits<Milli>::max());
    return true;
}

} // namespace sk::ui
