#pragma once

#include "core/Catalog.h"
#include "core/Money.h"
#include "ui/models/TitledTableModel.h"

#include <QSortFilterProxyModel>

namespace sk::ui {

// Every product of the catalog, active or not, as Inventory's product list shows it: SKU,
// name, category, unit, price, tax category, quick key (in its colour) and whether it is sold.
class ProductModel : public TitledTableModel
{
    Q_OBJECT
public:
    enum Column { Sku, Name, Category, UnitCol, Price, Tax, QuickKey, Active, ColumnCount };
    enum Roles { ProductIdRole = Qt::UserRole + 1 };

    explicit ProductModel(QObject *parent = nullptr);

    void setProducts(const QList<Product> &products, const Currency &currency);
    const QList<Product> &products() const { return m_products; }
    // The product with `id`, or nullptr.
    const Product *byId(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Product> m_products;
    Currency m_currency;
};

// The product list's search: the SKU's start or any part of the name.
class ProductFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProductFilter(QObject *parent = nullptr);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace sk::ui
