// The counter's actions on the open cart: on its lines (remove, one more or less, quantity or
// weight, a line's discount, this sale's price of a line), on the whole cart (the sale's
// discount, clear), and parking and resuming it. Each asks what it needs, then changes the cart
// through the session (one undoable step, or parked and resumed there).
#include "ui/checkout/CheckoutPage.h"

#include "core/hardware/WeightPolicy.h"
#include "ui/checkout/CartPanel.h"
#include "ui/checkout/DiscountDialog.h"
#include "ui/checkout/PriceDialog.h"
#include "ui/checkout/ResumeDialog.h"
#include "ui/checkout/WeightDialog.h"
#include "ui/common/Dialogs.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"
#include "ui/models/CartModel.h"
#include "ui/orders/OrdersDialog.h"

#include <QApplication>
#include <QStackedWidget>

namespace sk::ui {

void CheckoutPage::removeSelected()
{
    const int r = selectedRow();
    if (r < 0)
        return;
    Cart c = m_session->cart();
    const QString name = c.lines[r].product.name;
    c.lines.removeAt(r);
    applyCart(c, tr("Remove %1").arg(name));
    selectRow(std::min(r, m_model->rowCount() - 1));
}

void CheckoutPage::stepSelectedQty(int delta)
{
    const int r = selectedRow();
    if (r < 0)
        return;
    Cart c = m_session->cart();
    CartLine &l = c.lines[r];
    if (l.product.unit != Unit::Each) {
        editSelectedQty();
        return;
    }
    const Milli q = l.qty + Milli(delta) * 1000;
    if (q <= 0) {
        removeSelected();
        return;
    }
    l.qty = q;
    applyCart(c, tr("Change quantity"));
    selectRow(r);
}

void CheckoutPage::editSelectedQty()
{
    const int r = selectedRow();
    if (r < 0)
        return;
    const Currency &cur = m_session->rules().currency;
    const CartLine line = m_session->cart().lines[r];
    if (line.product.unit != Unit::Each) {
        auto *dlg = new WeightDialog(line.product, cur, this, line.qty);
        dlg->setManualAllowed(hw::weightPolicy::manualAllowed(m_ctx.db()));
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        connect(dlg, &QDialog::accepted, this, [this, dlg, r] {
            Cart c = m_session->cart();
            if (r >= c.lines.size())
                return;
            c.lines[r].qty = dlg->quantity();
            c.lines[r].manualWeight = dlg->manualWeight();
            if (!reservedAllowed(c))
                return;
            if (auto ok = m_session->applyChecked(c, tr("Change weight")); !ok) {
                Dialogs::warning(this, tr("Weigh it on the scale"), ok.error().detail);
                return;
            }
            m_right->setCurrentWidget(m_cartPanel);
            selectRow(r);
        });
        openTracked(dlg);
        return;
    }
    const NumberShape shape = quantityShape(line.product.unit);
    const auto q = Dialogs::getNumber(
        this, tr("Quantity"), tr("How many %1?").arg(line.product.name), shape, line.qty);
    if (!q)
        return;
    // More than 50 of one item at a stall is rare enough to ask once: a quantity typed with
    // an extra digit (30 jars for 3) is caught before it is charged.
    constexpr Milli kUsualMost = 50 * 1000;
    if (*q > kUsualMost
        && Dialogs::question(this,
                             tr("Check the quantity"),
                             tr("%1 × %2 comes to %3. That is more than usual (up to %4): is it "
                                "right?")
                                 .arg(NumberField::text(*q, shape),
                                      line.product.name,
                                      money(lineAmount(line.product.price, *q).value_or(0), cur),
                                      NumberField::text(kUsualMost, shape)),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No)
               != QMessageBox::Yes)
        return;
    Cart c = m_session->cart();
    c.lines[r].qty = *q;
    applyCart(c, tr("Change quantity"));
    selectRow(r);
}

int CheckoutPage::priceChangeRow(ActedBy *by)
{
    // Nothing selected (a cart brought back after a restart): the last line added.
    const int r = selectedOrLastRow();
    if (r < 0 || QApplication::activeModalWidget())
        return -1;
    // A discount or a new price changes what the customer pays: an owner's decision.
    if (!m_ctx.require(Action::PriceChange, this, by))
        return -1;
    return r;
}

void CheckoutPage::discountSelected()
{
    ActedBy by;
    const int r = priceChangeRow(&by);
    if (r < 0)
        return;
    const CartLine line = m_session->cart().lines[r];
    const Minor base = lineAmount(line.product.price, line.qty).value_or(0);
    auto *dlg = new DiscountDialog(tr("Item discount"),
                                   tr("Discount on %1").arg(line.product.name),
                                   base,
                                   m_session->rules().currency,
                                   line.discount,
                                   this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = line.product.id;
    connect(dlg, &QDialog::accepted, this, [this, dlg, r, id, by] {
        Cart c = m_session->cart();
        if (r >= c.lines.size() || c.lines[r].product.id != id)
            return;
        c.lines[r].discount = dlg->discount();
        logPriceChange(by, tr("Item discount on %1").arg(c.lines[r].product.name));
        applyCart(c, tr("Discount %1").arg(c.lines[r].product.name));
        selectRow(r);
    });
    openTracked(dlg);
}

void CheckoutPage::discountCart()
{
    if (m_session->isEmpty() || QApplication::activeModalWidget())
        return;
    ActedBy by;
    if (!m_ctx.require(Action::PriceChange, this, &by))
        return;
    // The cart discount applies to what the lines come to after their own discounts.
    Cart before = m_session->cart();
    before.discount = Discount{};
    before.tenders.clear();
    Minor base = 0;
    if (auto r = computeCart(m_session->rules(), before))
        base = r->net;
    auto *dlg = new DiscountDialog(tr("Discount on the sale"),
                                   tr("Discount on the whole sale"),
                                   base,
                                   m_session->rules().currency,
                                   m_session->cart().discount,
                                   this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg, by] {
        Cart c = m_session->cart();
        c.discount = dlg->discount();
        logPriceChange(by, tr("Discount on the sale"));
        applyCart(c, tr("Discount on the sale"));
    });
    openTracked(dlg);
}

void CheckoutPage::logPriceChange(const ActedBy &by, const QString &detail)
{
    if (auto l = m_session->logPriceChange(by, detail); !l)
        emit statusMessage(tr("The price change was not logged: %1").arg(l.error().detail));
}

void CheckoutPage::changeSelectedPrice()
{
    ActedBy by;
    const int r = priceChangeRow(&by);
    if (r < 0)
        return;
    const CartLine line = m_session->cart().lines[r];
    // The usual price is the catalog's; the line may carry an earlier change.
    Product usual = line.product;
    if (auto p = ProductRepository(m_ctx.db()).byId(line.product.id))
        usual.price = p->price;
    auto *dlg = new PriceDialog(usual, line.product.price, m_session->rules().currency, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = line.product.id;
    connect(dlg, &QDialog::accepted, this, [this, dlg, r, id, by] {
        Cart c = m_session->cart();
        if (r >= c.lines.size() || c.lines[r].product.id != id)
            return;
        const Minor before = c.lines[r].product.price;
        const Minor after = dlg->price();
        if (before == after)
            return;
        const QString name = c.lines[r].product.name;
        const Currency &cur = m_session->rules().currency;
        c.lines[r].product.price = after;
        applyCart(c, tr("Price of %1").arg(name));
        selectRow(r);
        logPriceChange(by, tr("%1: %2 → %3").arg(name, money(before, cur), money(after, cur)));
        emit statusMessage(tr("%1 is %2 in this sale.").arg(name, money(after, cur)));
    });
    openTracked(dlg);
}

void CheckoutPage::park()
{
    if (m_session->isEmpty())
        return;
    const QString label
        = tr("%n item(s), %1", nullptr, int(m_session->cart().lines.size()))
              .arg(money(m_model->computation().total, m_session->rules().currency));
    if (auto r = m_session->park(label); !r) {
        Dialogs::warning(this, tr("Park"), tr("The cart was not parked: %1").arg(r.error().detail));
        return;
    }
    emit statusMessage(tr("Parked (%1). Resume brings it back.").arg(label));
}

void CheckoutPage::showOrders(const QString &search)
{
    auto *dlg = new OrdersDialog(m_ctx.db(), search, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg] {
        if (!m_session->isEmpty()) {
            park();
            if (!m_session->isEmpty())
                return;
        }
        if (auto r = m_session->openOrder(dlg->chosenId()); !r) {
            Dialogs::warning(this, tr("Hand over"), r.error().detail);
            return;
        }
        m_right->setCurrentWidget(m_cartPanel);
        selectRow(0);
        emit statusMessage(tr("Order opened: re-weigh weighed items, then take payment."));
    });
    dlg->open();
}

void CheckoutPage::resume()
{
    auto list = m_session->parked();
    if (!list || list->isEmpty()) {
        emit statusMessage(tr("No sale is parked."));
        return;
    }
    auto *dlg = new ResumeDialog(*list, m_session->rules().currency, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg] {
        const QString id = dlg->chosenId();
        if (id.isEmpty())
            return;
        // The cart on screen is parked in its place, so nothing is ever lost by resuming.
        if (!m_session->isEmpty()) {
            park();
            if (!m_session->isEmpty())
                return;
        }
        if (auto r = m_session->resume(id, {}); !r) {
            Dialogs::warning(this, tr("Resume"), r.error().detail);
            return;
        }
        m_right->setCurrentWidget(m_cartPanel);
        selectRow(m_model->rowCount() - 1);
        emit statusMessage(tr("Resumed a parked sale."));
    });
    openTracked(dlg);
}

void CheckoutPage::clearCart()
{
    if (m_model->isEmpty())
        return;
    const auto answer = Dialogs::question(
        this,
        tr("Clear the cart"),
        tr("Remove all %n line(s) (%1) from the cart?", nullptr, m_model->rowCount())
            .arg(money(m_model->computation().total, m_session->rules().currency)),
        QMessageBox::Yes | QMessageBox::No,
        QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    applyCart(Cart{}, tr("Clear cart"));
    emit statusMessage(tr("Cart cleared. Undo brings it back."));
}

} // namespace sk::ui
