#pragma once

// What the GUI suites share: a till database with the demo catalog and a market day, the main
// window on a 1024x600 screen, the sales it stored and the catalog's products by SKU, one page
// of the app on its own (PageSuite) and an owner's PIN typed on the approval keypad.
// Header-only: each suite is one executable.

#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/AppContext.h"
#include "ui/MainWindow.h"
#include "ui/common/Dialogs.h"
#include "ui/common/OwnerApproval.h"

#include <QApplication>
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

// A suite that drives one page of the app on its own: a till database with the demo catalog,
// the app's context on it and the page, shown. Dialogs answer from the test, and amounts read
// as a US vendor sees them ("$162.00").
template<typename Page>
class PageSuite
{
protected:
    std::unique_ptr<TempDb> m_t;
    std::unique_ptr<ui::AppContext> m_ctx;
    std::unique_ptr<Page> m_page;
    QString m_day;

    // The database with the demo catalog; false when the catalog could not be stored.
    bool startTill()
    {
        ui::Dialogs::setTestMode(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_t = std::make_unique<TempDb>();
        return seedDemoCatalog(m_t->db()).has_value();
    }

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

    void finish()
    {
        m_page.reset();
        m_ctx.reset();
        ui::Dialogs::setTestMode(false);
    }

    Product product(const char *sku)
    {
        return *ProductRepository(m_t->db()).bySku(QLatin1String(sku));
    }

    template<typename T>
    T *child(const char *name)
    {
        return childOf<T>(m_page.get(), name);
    }
};

} // namespace sk::test
