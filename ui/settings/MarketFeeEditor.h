#pragma once

#include "ui/AppContext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace sk::ui {

// Settings' editor of what each market charges (MarketFees): pick or type a market, set the
// share of sales, over which tenders, with tax or not, the least and most per day, the stall
// fee and whether it is paid daily or weekly, then Save.
class MarketFeeEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MarketFeeEditor(AppContext &ctx, QWidget *parent = nullptr);

    void reload();
    void save();

private:
    void showMarket();

    AppContext &m_ctx;
    QComboBox *m_market;
    QLineEdit *m_share;
    QLineEdit *m_tenders;
    QCheckBox *m_tax;
    QLineEdit *m_min;
    QLineEdit *m_max;
    QLineEdit *m_stall;
    QComboBox *m_period;
    QLabel *m_status;
};

} // namespace sk::ui
