#pragma once

#include "core/RefundRule.h"

#include <QDialog>
#include <QRect>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace sk::ui {

// Choose what to give back from a sale: tick lines (a tap on the row, or Space), adjust the
// quantity returned, say why (required) and how the money goes back. The money follows the refund
// rule (planRefund): the dialog offers only the tenders the rule allows for the part that may go
// anywhere, and shows per tender what goes back before anything is stored.
class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    RefundDialog(const SaleRecord &sale,
                 const QList<SaleRecord> &earlier,
                 const SaleRules &rules,
                 QWidget *parent = nullptr);

    QList<RefundItem> items() const;
    QString reason() const;
    QString refundTender() const; // empty = back through the tenders that paid

    QTableWidget *table() const { return m_table; }
    QLineEdit *reasonField() const { return m_reason; }
    QComboBox *tenderBox() const { return m_tender; }
    QString previewText() const;
    void accept() override;

    static QString refusalText(const RefundRefusal &r, const SaleRules &rules);
    static constexpr int kCheckSize = 36; // px, the tick box of each row
    // Where the tick box of a row is drawn in its item cell `cell`.
    static QRect checkRect(const QRect &cell);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rowTapped(int row, int column);
    void updatePreview();
    // The unit of row `row`'s item, and what the row gives back in it.
    Unit unitAt(int row) const;
    std::expected<Milli, NumberProblem> quantityAt(int row) const;

    SaleRecord m_sale;
    QList<SaleRecord> m_earlier;
    SaleRules m_rules;
    QTableWidget *m_table;
    QLineEdit *m_reason;
    QComboBox *m_tender;
    QLabel *m_preview;
    QLabel *m_error;
    QString m_problem; // why the refund as it stands cannot be made (empty: it can)
};

} // namespace sk::ui
