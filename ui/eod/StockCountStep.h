#pragma once

#include "core/Catalog.h"
#include "core/eod/StockReconciliation.h"
#include "ui/AppContext.h"

#include <QJsonObject>
#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace sk::ui {

// Step 1 of the end of day: walk every active item and type (or scan, then type) what is
// left. Each Enter records an absolute count at once (StockCount), so a killed app loses
// nothing; the table shows expected vs counted and the variance in units and money.
// Keyboard: scan or type a code in the search field and press Enter to jump to an item; in the
// quantity field Enter records and moves to the next item not yet counted; F4 skips it.
class StockCountStep : public QWidget
{
    Q_OBJECT
public:
    enum Column { Item, Unit, Expected, Counted, Variance, Value, ColumnCount };

    explicit StockCountStep(AppContext &ctx, QWidget *parent = nullptr);

    void load(const QString &marketDayId, const QJsonObject &state);
    QJsonObject state() const;
    int countedItems() const { return int(m_counts.size()); }
    Minor varianceValue() const;
    void focusEntry();

signals:
    void stateChanged();

private:
    void rebuild();
    void updateRow(int row);
    void select(int row);
    void recordEntered();
    void scanEntered();
    void skipCurrent();
    void advance();
    bool jumpToCode(const QString &code);
    void updateTotals();

    AppContext &m_ctx;
    Currency m_currency;
    QString m_dayId;
    QList<Product> m_products;
    QHash<QString, CountResult> m_counts; // latest end-of-day count per product today
    QHash<QString, Milli> m_levels;       // current level of items not counted yet
    QSet<QString> m_skipped;
    int m_row = -1;

    QLineEdit *m_scan = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_current = nullptr;
    QLineEdit *m_qty = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace sk::ui
