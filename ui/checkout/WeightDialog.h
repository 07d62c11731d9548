#pragma once

#include "Catalog.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sk::ui {

class NumberField;

// Asks for the weight of an item sold by lb/kg/oz/g on a numeric keypad (or the keyboard),
// showing the price per unit and the line total as the vendor types. Enter accepts.
class WeightDialog : public QDialog
{
    Q_OBJECT
public:
    WeightDialog(const Product &product,
                 const Currency &currency,
                 QWidget *parent = nullptr,
                 Milli initial = 0);

    Milli quantity() const { return m_qty; }
    QLineEdit *field() const { return m_edit; }

    void accept() override;
    // Above this a weight asks before it is taken.
    static Milli usualMost(Unit unit);

private:
    void update();

    Product m_product;
    Currency m_currency;
    Milli m_qty = 0;
    QLineEdit *m_edit;
    QLabel *m_total;
    QPushButton *m_ok;
    NumberField *m_field;
};

} // namespace sk::ui
