#pragma once

#include "core/Catalog.h"
#include "ui/AppContext.h"
#include "ui/common/RefreshingPage.h"
#include "ui/inventory/StockModel.h"

namespace sk::ui {

class ProductsTab;
class StockTab;
class TaxTendersTab;

// The Inventory section, one tab per purpose, each over its own table model:
//  Stock (StockTab): levels, value, low stock; receive, waste, adjust, count, load-out.
//  Products (ProductsTab): the catalog's products, edited by keyboard or by touch; CSV import
//    and export.
//  Tax and tenders (TaxTendersTab): what the till applies, as a reference.
// It reads the catalog once per refresh and hands it to the tabs; a refresh waits until the
// page is on screen.
class InventoryPage : public RefreshingPage
{
    Q_OBJECT
public:
    // The stock table's columns.
    enum StockColumn {
        Sku = StockModel::Sku,
        Name = StockModel::Name,
        Category = StockModel::Category,
        Level = StockModel::Level,
        UnitCol = StockModel::UnitCol,
        Price = StockModel::Price,
        Value = StockModel::Value,
        Status = StockModel::Status,
        StockColumns = StockModel::ColumnCount
    };

    explicit InventoryPage(AppContext &ctx, QWidget *parent = nullptr);

public slots:
    void refresh() override;

private:
    AppContext &m_ctx;
    StockTab *m_stock = nullptr;
    ProductsTab *m_products = nullptr;
    TaxTendersTab *m_tax = nullptr;
};

} // namespace sk::ui
