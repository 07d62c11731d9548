#pragma once

#include "core/SaleEngine.h"

#include <QHash>
#include <QObject>

class QWidget;

namespace sk::ui {

class AppContext;

// The till's question before it sells what customers are waiting for
// (core/preorder/ReservedStock.h): "3 of the 5 left are reserved for today's pick-up orders;
// sell anyway?". An owner answers it; a helper's sale needs an owner's PIN there and then, as
// for the till's other owner decisions (OwnerApproval). What was agreed for a product holds for
// the rest of this cart, so each further one of it is not asked again.
class ReservedStockGuard : public QObject
{
    Q_OBJECT
public:
    explicit ReservedStockGuard(AppContext &ctx, QObject *parent = nullptr);

    // True when `next` may replace the open cart. `handingOver`: the order the cart hands over.
    bool allow(const Cart &next, const QString &handingOver, QWidget *parent);
    // The cart was paid, parked or cleared: what was agreed for it ends with it.
    void reset() { m_allowed.clear(); }

private:
    AppContext &m_ctx;
    QHash<QString, Milli> m_allowed;
};

} // namespace sk::ui
