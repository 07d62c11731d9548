#include "core/checkout/CheckoutSession.h"

#include "core/Database.h"
#include "core/hardware/WeightPolicy.h"
#include "core/preorder/PreOrderPickup.h"
#include "core/preorder/PreOrderRepository.h"

#include <QElapsedTimer>

namespace sk {

Cart cartWithAdded(const Cart &cart, const CartLine &line)
{
    Cart c = cart;
    if (line.product.unit == Unit::Each && line.discount.kind == Discount::Kind::None) {
        for (CartLine &l : c.lines) {
            if (l.product.id == line.product.id && l.product.price == line.product.price
                && l.discount.kind == Discount::Kind::None) {
                l.qty += line.qty;
                return c;
            }
        }
    }
    c.lines.append(line);
    return c;
}

CheckoutSession::CheckoutSession(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(0);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        if (auto s = saveOpenCart(); !s)
            emit openCartNotSaved(s.error().detail);
    });
    reloadRules();
    refreshMarketDay();
}

CheckoutSession::~CheckoutSession()
{
    // A change made an instant before the till closed is still written.
    if (m_saveTimer.isActive())
        (void)saveOpenCart();
}

bool CheckoutSession::reloadRules()
{
    auto r = SaleRules::load(m_db);
    if (!r)
        return false;
    m_rules = *r;
    return true;
}

bool CheckoutSession::restoreOpenCart()
{
    CartStore store(m_db);
    auto open = store.loadOpen();
    if (!open || !*open || (*open)->lines.isEmpty())
        return false;
    setCart(**open, false);
    return true;
}

void CheckoutSession::setCart(const Cart &cart, bool save)
{
    m_cart = cart;
    if (save)
        m_saveTimer.start();
    emit cartChanged();
}

Status CheckoutSession::applyChecked(const Cart &next, const QString &what)
{
    if (auto w = hw::weightPolicy::check(m_db, next); !w)
        return w;
    apply(next, what);
    return {};
}

void CheckoutSession::apply(const Cart &next, const QString &what)
{
    // A new step after undone ones replaces them, as in any editor.
    m_steps.resize(m_index);
    m_steps.append(Step{m_cart, next, what});
    m_index = int(m_steps.size());
    setCart(next, true);
    emit historyChanged();
}

QString CheckoutSession::undoText() const
{
    return canUndo() ? m_steps[m_index - 1].text : QString();
}

void CheckoutSession::undo()
{
    if (!canUndo())
        return;
    --m_index;
    setCart(m_steps[m_index].before, true);
    emit historyChanged();
}

void CheckoutSession::redo()
{
    if (!canRedo())
        return;
    setCart(m_steps[m_index].after, true);
    ++m_index;
    emit historyChanged();
}

void CheckoutSession::clear()
{
    if (m_steps.isEmpty())
        return;
    m_steps.clear();
    m_index = 0;
    emit historyChanged();
}

bool CheckoutSession::refreshMarketDay()
{
    auto d = MarketDayRepository(m_db).current();
    m_dayOpen = d && d->has_value();
    return m_dayOpen;
}

Result<QStringList> CheckoutSession::marketNames()
{
    return MarketDayRepository(m_db).marketNames();
}

Status CheckoutSession::openMarketDay(const QString &marketName, Minor openingFloat)
{
    auto r = MarketDayRepository(m_db).open(marketName, openingFloat);
    if (!r)
        return std::unexpected(r.error());
    m_dayOpen = true;
    emit marketDayChanged();
    return {};
}

Result<SaleRecord> CheckoutSession::pay(const QList<TenderEntry> &tenders,
                                        const QString &benefitCard)
{
    Cart cart = m_cart;
    cart.tenders = tenders;
    cart.benefitCard = benefitCard;
    QElapsedTimer timer;
    timer.start();
    Result<SaleRecord> r = fail(Error::Code::InvalidInput, QString());
    m_lastPaidBack = 0;
    if (!m_orderId.isEmpty()) {
        auto p = pickUp(m_db, m_orderId, cart, m_rules);
        r = p ? Result<SaleRecord>(p->sale) : std::unexpected(p.error());
        if (p)
            m_lastPaidBack = p->refundDue;
        if (r)
            if (auto s = CartStore(m_db).saveOpen(Cart{}); !s)
                emit openCartNotSaved(s.error().detail);
    } else {
        r = CartStore(m_db).commitSale(cart, m_rules);
    }
    m_lastPayNs = timer.nsecsElapsed();
    if (!r)
        return r;
    m_orderId.clear();
    // The saved open cart went in the sale's own transaction: nothing left to write.
    m_saveTimer.stop();
    clear();
    setCart(Cart{}, false);
    emit saleCommitted(r->id);
    emit stockChanged();
    return r;
}

Status CheckoutSession::openOrder(const QString &orderId)
{
    if (!m_cart.lines.isEmpty())
        return fail(Error::Code::Conflict, QStringLiteral("finish or park the open sale first"));
    auto order = PreOrderRepository(m_db).byId(orderId);
    if (!order)
        return std::unexpected(order.error());
    if (!orderIsOpen(order->state))
        return fail(
            Error::Code::Conflict,
            QStringLiteral("order %1 is %2").arg(order->number, orderStateCode(order->state)));
    auto cart = cartForOrder(m_db, *order);
    if (!cart)
        return std::unexpected(cart.error());
    apply(*cart, QStringLiteral("order %1").arg(order->number));
    m_orderId = orderId;
    return {};
}

Status CheckoutSession::park(const QString &label)
{
    m_orderId.clear();
    m_saveTimer.stop();
    auto r = CartStore(m_db).park(m_cart, label);
    if (!r) {
        m_saveTimer.start(); // the cart stays open, and on disk
        return std::unexpected(r.error());
    }
    clear();
    setCart(Cart{}, false); // park() removed the saved open cart
    return {};
}

Result<QList<ParkedCart>> CheckoutSession::parked()
{
    return CartStore(m_db).parked();
}

Status CheckoutSession::resume(const QString &parkedId, const QString &labelForOpen)
{
    if (!isEmpty())
        if (auto p = park(labelForOpen); !p)
            return p;
    auto c = CartStore(m_db).take(parkedId);
    if (!c)
        return std::unexpected(c.error());
    clear();
    setCart(*c, true);
    return {};
}

Result<SaleRecord>
CheckoutSession::voidSale(const QString &saleId, const QString &reason, const ActedBy &by)
{
    SaleRepository repo(m_db);
    repo.setActedBy(by);
    auto r = repo.voidSale(saleId, reason);
    if (r) {
        emit saleCommitted(r->id);
        emit stockChanged();
    }
    return r;
}

Result<SaleRecord> CheckoutSession::refund(const QString &saleId,
                                           const QList<RefundItem> &items,
                                           const QString &reason,
                                           const QString &refundTender,
                                           const ActedBy &by)
{
    SaleRepository repo(m_db);
    repo.setActedBy(by);
    auto r = repo.refund(saleId, items, reason, refundTender);
    if (r) {
        emit saleCommitted(r->id);
        emit stockChanged();
    }
    return r;
}

Status CheckoutSession::logPriceChange(const ActedBy &by, const QString &detail)
{
    TillAction a;
    a.action = Permissions::code(Action::PriceChange);
    a.user = by.user;
    a.approvedBy = by.approvedBy;
    a.detail = detail.left(500);
    if (auto d = MarketDayRepository(m_db).current(); d && *d)
        a.marketDayId = (*d)->id;
    if (auto l = TillActionLog(m_db).record(a); !l)
        return std::unexpected(l.error());
    return {};
}

Status CheckoutSession::recordNoSale(const ActedBy &by)
{
    if (auto l = TillActionLog(m_db).recordNoSale(by); !l)
        return std::unexpected(l.error());
    return {};
}

Status CheckoutSession::saveOpenCart()
{
    m_saveTimer.stop();
    return CartStore(m_db).saveOpen(m_cart);
}

} // namespace sk
