#include "ui/inventory/InventoryPage.h"

#include "ui/inventory/ProductsTab.h"
#include "ui/inventory/StockTab.h"
#include "ui/inventory/TaxTendersTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace sk::ui {

InventoryPage::InventoryPage(AppContext &ctx, QWidget *parent)
    : RefreshingPage(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("inventoryTabs"));
    m_stock = new StockTab(ctx, this);
    m_products = new ProductsTab(ctx, this);
    m_tax = new TaxTendersTab(ctx, this);
    tabs->addTab(m_stock, tr("Stock"));
    tabs->addTab(m_products, tr("Products"));
    tabs->addTab(m_tax, tr("Tax and tenders"));
    layout->addWidget(tabs);

    for (auto signal : {&AppContext::catalogChanged,
                        &AppContext::stockChanged,
                        &AppContext::syncStateChanged,
                        &AppContext::marketDayChanged})
        connect(&m_ctx, signal, this, &InventoryPage::changed);
    connect(&m_ctx, &AppContext::saleCommitted, this, &InventoryPage::changed);
    // What the tabs recorded, the rest of the app hears about (this page too); off screen
    // (a test, a page not shown yet) it is read again at once.
    connect(m_stock, &StockTab::stockRecorded, &m_ctx, &AppContext::stockChanged);
    connect(m_products, &ProductsTab::catalogEdited, &m_ctx, &AppContext::catalogChanged);
    auto refreshOffScreen = [this] {
        if (!isVisible())
            refresh();
    };
    connect(m_stock, &StockTab::stockRecorded, this, refreshOffScreen);
    connect(m_products, &ProductsTab::catalogEdited, this, refreshOffScreen);
    refresh();
}

void InventoryPage::refresh()
{
    refreshed();
    const Currency currency
        = Currency::fromCode(m_ctx.db().setting(QStringLiteral("currency"), QStringLiteral("USD")));
    QList<Product> products;
    if (auto all = ProductRepository(m_ctx.db()).all(true))
        products = *all;
    m_stock->load(products, currency);
    m_products->load(products, currency);
    m_tax->load(currency);
}

} // namespace sk::ui
