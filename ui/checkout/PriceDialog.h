#pragma once

#include "core/Catalog.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sk::ui {

class NumberField;

// A line's price for this sale only, typed on the keypad: the catalog price stays as it is.
// The price on screen is selected, so the first tap replaces it. Enter accepts.
class PriceDialog : public QDialog
{
    Q_OBJECT
public:
    PriceDialog(const Product &product,
                Minor current,
                const Currency &currency,
                QWidget *parent = nullptr);

    Minor price() const { return m_price; }
    QLineEdit *field() const { return m_edit; }
    QPushButton *okButton() const { return m_ok; }

    void accept() override;

private:
    void update();

    Minor m_price = -1;
    QLineEdit *m_edit;
    QLabel *m_message;
    QPushButton *m_ok;
    NumberField *m_field;
};

} // namespace sk::ui
