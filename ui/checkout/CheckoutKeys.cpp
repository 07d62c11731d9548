#include "ui/checkout/CheckoutKeys.h"

#include "core/checkout/CheckoutSession.h"
#include "ui/checkout/CartPanel.h"
#include "ui/checkout/CheckoutPage.h"
#include "ui/checkout/QuickKeysPanel.h"
#include "ui/checkout/SearchPanel.h"
#include "ui/models/CartModel.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QShortcut>

#include <memory>

namespace sk::ui {

CheckoutKeys::CheckoutKeys(CheckoutPage *page)
    : QObject(page)
    , m_page(page)
    , m_search(page->searchField())
{
    auto shortcut = [page](const QKeySequence &key, auto slot) {
        auto *s = new QShortcut(key, page);
        // Only while the focus is on this page: a dialog it opens is a child widget, and
        // window-wide keys here would make the dialog's own F-keys ambiguous.
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, page, slot);
        return s;
    };
    shortcut(QKeySequence(Qt::Key_F12), &CheckoutPage::pay);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &CheckoutPage::pay);
    shortcut(QKeySequence(Qt::Key_F4), &CheckoutPage::park);
    shortcut(QKeySequence(Qt::Key_F5), &CheckoutPage::resume);
    shortcut(QKeySequence(Qt::Key_F9), &CheckoutPage::clearCart);
    shortcut(QKeySequence(Qt::Key_F3), &CheckoutPage::showSales);
    shortcut(QKeySequence(Qt::Key_F6), &CheckoutPage::editSelectedQty);
    shortcut(QKeySequence(Qt::Key_F7), &CheckoutPage::discountSelected);
    shortcut(QKeySequence(Qt::Key_F8), &CheckoutPage::discountCart);
    shortcut(QKeySequence(Qt::Key_F10), &CheckoutPage::changeSelectedPrice);
    shortcut(QKeySequence(Qt::Key_F11), &CheckoutPage::openDrawerNoSale);
    auto *orders = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_O), page);
    orders->setContext(Qt::WidgetWithChildrenShortcut);
    connect(orders, &QShortcut::activated, page, [page] { page->showOrders(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Z), [page] { page->undoStack()->undo(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Y), [page] { page->undoStack()->redo(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), [page] { page->undoStack()->redo(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_P), &CheckoutPage::printLastReceipt);
    shortcut(QKeySequence(Qt::Key_F2), [page] {
        page->searchField()->setFocus();
        page->searchField()->selectAll();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [page] { page->quickKeys()->nextView(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp),
             [page] { page->quickKeys()->previousView(); });

    // Alt+1..Alt+9: the quick keys of the view on screen, for keyboard-only selling.
    for (int n = 1; n <= 9; ++n)
        shortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + n)),
                 [page, n] { page->quickKeys()->clickNth(n); });

    m_search->installEventFilter(this);
}

bool CheckoutKeys::eventFilter(QObject *watched, QEvent *event)
{
    QLineEdit *search = m_search;
    if (watched != search)
        return false;
    if (event->type() == QEvent::ContextMenu) {
        // The field's own menu without Undo and Redo: they would bring back another
        // customer's code.
        std::unique_ptr<QMenu> menu(search->createStandardContextMenu());
        // Qt names them only by their text, in its own translation context (held in variables:
        // these are Qt's strings, not the app's to translate).
        static const char context[] = "QLineEdit", undoText[] = "&Undo", redoText[] = "&Redo";
        const QString undo = QCoreApplication::translate(context, undoText);
        const QString redo = QCoreApplication::translate(context, redoText);
        for (QAction *a : menu->actions())
            if (a->text().startsWith(undo) || a->text().startsWith(redo))
                menu->removeAction(a);
        menu->exec(static_cast<QContextMenuEvent *>(event)->globalPos());
        return true;
    }
    const bool empty = search->text().isEmpty();
    if (event->type() == QEvent::ShortcutOverride) {
        auto *k = static_cast<QKeyEvent *>(event);
        // With an empty search field, Undo/Redo/Delete mean the cart, not the text.
        return empty
               && (k->matches(QKeySequence::Undo) || k->matches(QKeySequence::Redo)
                   || k->key() == Qt::Key_Delete);
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *k = static_cast<QKeyEvent *>(event);
    QListWidget *results = m_page->searchResults();
    CartPanel *cart = m_page->m_cartPanel;
    const int rows = m_page->cartModel()->rowCount();
    switch (k->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up: {
        const int d = k->key() == Qt::Key_Down ? 1 : -1;
        if (m_page->m_searchPanel->resultsShown() && results->count() > 0) {
            results->setCurrentRow(std::clamp(results->currentRow() + d, 0, results->count() - 1));
        } else if (rows > 0) {
            const int r = cart->selectedRow() < 0 ? rows - 1 : cart->selectedRow() + d;
            cart->selectRow(std::clamp(r, 0, rows - 1));
        }
        return true;
    }
    case Qt::Key_Delete:
        if (empty) {
            m_page->removeSelected();
            return true;
        }
        break;
    case Qt::Key_Plus:
        if (empty) {
            m_page->stepSelectedQty(+1);
            return true;
        }
        break;
    case Qt::Key_Minus:
        if (empty) {
            m_page->stepSelectedQty(-1);
            return true;
        }
        break;
    case Qt::Key_Escape:
        if (!empty) {
            m_page->m_searchPanel->reset();
            return true;
        }
        if (m_page->showingLastSale()) {
            m_page->newSale();
            return true;
        }
        break;
    default:
        break;
    }
    return false;
}

} // namespace sk::ui
