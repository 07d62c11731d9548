// The counter's actions on the lines of the open cart: remove, one more or less, quantity or
// weight, a line's or the sale's discount, and this sale's price of a line. Each asks what it
// needs, then makes one undoable change through the session.
#include "CheckoutPage.h"

#include "CartPanel.h"
#include "DiscountDialog.h"
#include "PriceDialog.h"
#include "WeightDialog.h"
#include "common/Dialogs.h"
#include "common/NumberField.h"
#include "common/Style.h"
#include "models/CartModel.h"

#include <QApplication>

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
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        connect(dlg, &QDialog::accepted, this, [this, dlg, r] {
            Cart c = m_session->cart();
            if (r >= c.lines.size())
                return;
            c.lines[r].qty = dlg->quantity();
            applyCart(c, tr("Change weight"));
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

void CheckoutPage::discountSelected()
{
    // Nothing selected (a cart brought back after a restart): the last line added.
    const int r = selectedOrLastRow();
    if (r < 0 || QApplication::activeModalWidget())
        return;
    // A discount changes what the customer pays: an owner's decision.
    ActedBy by;
    if (!m_ctx.require(Action::PriceChange, this, &by))
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
    const int r = selectedOrLastRow();
    if (r < 0 || QApplication::activeModalWidget())
        return;
    ActedBy by;
    if (!m_ctx.require(Action::PriceChange, this, &by))
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

} // namespace sk::ui
