#pragma once

#include "core/Money.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sk::ui {

// Before the first sale of a day: which market, and the cash in the drawer (opening float).
class MarketDayDialog : public QDialog
{
    Q_OBJECT
public:
    MarketDayDialog(const QStringList &markets,
                    const Currency &currency,
                    QWidget *parent = nullptr);

    QString marketName() const;
    Minor openingFloat() const { return m_float; }
    QComboBox *marketField() const { return m_market; }
    QLineEdit *floatField() const { return m_floatEdit; }
    void accept() override;

private:
    Currency m_currency;
    Minor m_float = 0;
    QComboBox *m_market;
    QLineEdit *m_floatEdit;
    QLabel *m_error;
};

} // namespace sk::ui
