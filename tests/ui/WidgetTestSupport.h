#pragma once

// What the GUI suites share: a till database with the demo catalog and a market day, the main
// window on a 1024x600 screen, the sales it stored and the catalog's products by SKU.
// Header-only: each suite is one executable.

#include "DemoData.h"
#include "MainWindow.h"
#include "MarketDay.h"
#include "SaleRepository.h"
#include "TestSupport.h"

#include <QApplication>
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

} // namespace sk::test
