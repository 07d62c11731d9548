#pragma once

#include "SaleRepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace sk::ui {

// Choose what to give back from a sale: tick lines (Space), adjust the quantity returned,
// say why (required) and how the money goes back (the original tenders by default).
class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    RefundDialog(const SaleRecord &sale,
                 const QHash<QString, Milli> &refundable,
                 const SaleRules &rules,
                 QWidget *parent = nullptr);

    QList<RefundItem> items() const;
    QString reason() const;
    QString refundTender() const; // empty = original tenders

    QTableWidget *table() const { return m_table; }
    QLineEdit *reasonField() const { return m_reason; }
    void accept() override;

private:
    // The unit of row `row`'s item, and what the row gives back in it.
    Unit unitAt(int row) const;
    std::expected<Milli, NumberProblem> quantityAt(int row) const;

    SaleRecord m_sale;
    QTableWidget *m_table;
    QLineEdit *m_reason;
    QComboBox *m_tender;
    QLabel *m_error;
};

} // namespace sk::ui
