#pragma once

#include "core/Catalog.h"
#include "core/Money.h"
#include "ui/models/TitledTableModel.h"

#include <QHash>
#include <QSortFilterProxyModel>

namespace sk::ui {

// The stock of every active item: its level in its unit, the value at price and whether it is
// low or oversold (highlighted). Filled from the catalog and one bulk read of the levels.
class StockModel : public TitledTableModel
{
    Q_OBJECT
public:
    enum Column { Sku, Name, Category, Level, UnitCol, Price, Value, Status, ColumnCount };
    enum Roles {
        ProductIdRole = Qt::UserRole + 1,
        BarcodesRole,  // the item's barcodes, for the search
        CategoryRole,  // the category as stored ("" for none)
        AttentionRole, // true when low or oversold
        SortRole,
    };

    explicit StockModel(QObject *parent = nullptr);

    // Active products of `products` with their levels (absent: 0).
    void setStock(const QList<Product> &products,
                  const QHash<QString, Milli> &levels,
                  const Currency &currency);
    const Product *product(int row) const;
    Milli level(int row) const;
    Minor totalValue() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Product product;
        Milli level = 0;
        Minor value = 0;
    };
    QList<Row> m_rows;
    Currency m_currency;
};

// What the stock tab shows: a search (SKU prefix, part of the name, or a whole barcode), one
// category or all, and optionally only the items that are low or oversold.
class StockFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit StockFilter(QObject *parent = nullptr);
    void setFilter(const QString &text, const std::optional<QString> &category, bool attentionOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<QString> m_category;
    bool m_attentionOnly = false;
};

} // namespace sk::ui
