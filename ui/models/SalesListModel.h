#pragma once

#include "core/SaleRepository.h"
#include "ui/models/TitledTableModel.h"

namespace sk::ui {

// Sales, voids and refunds of one market day (newest first), for the "Today's sales" list.
// A sale shows whether it was voided or (partly) refunded since.
class SalesListModel : public TitledTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Receipt, Kind, Total, Status, ColumnCount };
    enum Roles { SaleIdRole = Qt::UserRole + 1, KindRole };

    explicit SalesListModel(QObject *parent = nullptr);

    // `fullyRefunded`: sales nothing is left of; other refunded sales are "partly refunded".
    void setSales(const QList<SaleRecord> &sales,
                  const Currency &currency,
                  const QSet<QString> &fullyRefunded = {});
    const SaleRecord &sale(int row) const { return m_sales[row]; }
    int rowOf(const QString &saleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SaleRecord> m_sales;
    QHash<QString, QString> m_status; // sale id -> "void" / "refund" / "partly"
    Currency m_currency;
};

} // namespace sk::ui
