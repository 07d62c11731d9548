#pragma once

// What the GUI suites share: a till database with the demo catalog and a market day, the main
// window on a 1024x600 screen, the sales it stored and the catalog's products by SKU, one page
// of the app on its own (PageSuite) or the whole window at its checkout (TillSuite) and an owner's
// PIN typed on the approval keypad.
// Header-only: each suite is one executable.

#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/AppContext.h"
#include "ui/MainWindow.h"
#include "ui/checkout/CheckoutPage.h"
#include "ui/common/Dialogs.h"
#include "ui/common/OwnerApproval.h"

#include <QApplication>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTest>

#include <memory>

namespace sk::test {

// The demo catalog and an open market day at Riverside with a $50.00 float: a till ready to
// sell, as the suites start. False when either could not be stored.
inline bool seedTill(Database &db)
{
    return seedDemoCatalog(db).has_value()
           && MarketDayRepository(db).open(QStringLiteral("Riverside"), 5000).has_value();
}

// The app's window on `db`, sized to a 1024x600 tablet, shown and active (null when it did not
// become active: the caller's QVERIFY fails).
inline std::unique_ptr<ui::MainWindow> openTillWindow(Database &db)
{
    auto win = std::make_unique<ui::MainWindow>(db);
    win->resize(1024, 600);
    win->show();
    QApplication::setActiveWindow(win.get());
    if (!QTest::qWaitForWindowActive(win.get()))
        return nullptr;
    return win;
}

// Today's sales, newest first.
inline QList<SaleRecord> storedSales(Database &db)
{
    return SaleRepository(db).list({}, 1000).value_or(QList<SaleRecord>{});
}

// The newest sale with its lines and tenders (empty when there is none).
inline SaleRecord newestSale(Database &db)
{
    const QList<SaleRecord> l = storedSales(db);
    return l.isEmpty() ? SaleRecord{} : *SaleRepository(db).load(l.first().id);
}

inline Product productBySku(Database &db, const QString &sku)
{
    return *ProductRepository(db).bySku(sku);
}

// What a modal dialog is waited for: to be on screen, or to have the keyboard focus inside it.
enum class DialogReady { Visible, Focused };

// Waits up to 5 s for the modal dialog of type T to be `ready`. Returns the modal dialog of
// type T seen last (null when there was none), and in `ready` whether it became so in time.
template<typename T>
T *waitModal(DialogReady until, bool *ready = nullptr)
{
    T *d = nullptr;
    const bool ok = QTest::qWaitFor(
        [&] {
            d = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!d)
                return false;
            if (until == DialogReady::Visible)
                return d->isVisible();
            return QApplication::focusWidget() && d->isAncestorOf(QApplication::focusWidget());
        },
        5000);
    if (ready)
        *ready = ok;
    return d;
}

// `w` shown; false when it never got on screen.
inline bool showExposed(QWidget *w)
{
    w->show();
    return QTest::qWaitForWindowExposed(w);
}

// `w` resized to `size` and shown; false when it never got on screen.
inline bool showSized(QWidget *w, QSize size)
{
    w->resize(size);
    return showExposed(w);
}

// `text` typed into `w`, then Enter.
inline void typeAndEnter(QWidget *w, const QString &text)
{
    QTest::keyClicks(w, text);
    QTest::keyClick(w, Qt::Key_Return);
}

// The owner taps their name on the approval dialog and types `pin` on its keypad (the caller
// taps Approve).
inline void enterOwnerPin(ui::OwnerApproval *d, const QString &owner, const QString &pin)
{
    QTest::mouseClick(d->ownerButton(owner), Qt::LeftButton);
    const auto buttons = d->findChildren<QPushButton *>();
    for (QChar c : pin)
        for (QPushButton *b : buttons)
            if (b->text() == QString(c) && b->isVisible())
                QTest::mouseClick(b, Qt::LeftButton);
}

// A suite that drives parts of the app on their own: a till database with the demo catalog
// and the app's context on it. Dialogs answer from the test, and amounts read as a US vendor
// sees them ("$162.00").
class ContextSuite
{
protected:
    std::unique_ptr<TempDb> m_t;
    std::unique_ptr<ui::AppContext> m_ctx;

    // The database with the demo catalog; false when the catalog could not be stored.
    bool startTill()
    {
        ui::Dialogs::setTestMode(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_t = std::make_unique<TempDb>();
        return seedDemoCatalog(m_t->db()).has_value();
    }

    Product product(const char *sku)
    {
        return *ProductRepository(m_t->db()).bySku(QLatin1String(sku));
    }
};

// One page of the app on its own, on the suite's context, shown.
template<typename Page>
class PageSuite : public ContextSuite
{
protected:
    std::unique_ptr<Page> m_page;
    QString m_day;

    // A new page (the one before is destroyed first, as if the app had been killed), `size`,
    // shown; false when it never got on screen.
    bool showPage(QSize size)
    {
        if (!m_ctx)
            m_ctx = std::make_unique<ui::AppContext>(m_t->db());
        m_page.reset();
        m_page = std::make_unique<Page>(*m_ctx);
        m_page->resize(size);
        m_page->show();
        return QTest::qWaitForWindowExposed(m_page.get());
    }

    // As showPage, and the page is the active window, with the keyboard; false when it never
    // became active.
    bool activatePage(QSize size)
    {
        if (!showPage(size))
            return false;
        m_page->activateWindow();
        return QTest::qWaitForWindowActive(m_page.get());
    }

    void finish()
    {
        m_page.reset();
        m_ctx.reset();
        ui::Dialogs::setTestMode(false);
    }

    template<typename T>
    T *child(const char *name)
    {
        return childOf<T>(m_page.get(), name);
    }
};

// A suite that drives the app's whole window: a till database (seedTill), the main window on it
// and its checkout page. Dialogs answer from the test.
class TillSuite : public QObject
{
protected:
    std::unique_ptr<TempDb> m_db;
    std::unique_ptr<ui::MainWindow> m_win;
    ui::CheckoutPage *m_page = nullptr;

    // A new till database; false when it could not be seeded.
    bool startTill()
    {
        ui::Dialogs::setTestMode(true);
        m_db = std::make_unique<TempDb>();
        return seedTill(m_db->db());
    }

    // The window on the database (openTillWindow) and its checkout page; false when the window
    // never became active.
    bool showWindow()
    {
        m_win = openTillWindow(m_db->db());
        m_page = m_win ? m_win->checkout() : nullptr;
        return m_win != nullptr;
    }

    // No dialog open and the search field has the keys: ready for the next item.
    void waitReady()
    {
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QTRY_VERIFY(m_page->searchField()->hasFocus());
    }

    SaleRecord lastSale() { return newestSale(m_db->db()); }

    // Today's market day closed, and the window told: the next item asks for a new day. False
    // when it could not be closed.
    bool closeMarketDay()
    {
        if (!MarketDayRepository(m_db->db()).close())
            return false;
        emit m_win->context().marketDayChanged();
        return true;
    }

    // The window first, then its database.
    void closeTill()
    {
        m_win.reset();
        m_db.reset();
    }
};

} // namespace sk::test
