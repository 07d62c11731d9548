#pragma once

#include "core/Money.h"
#include "core/SaleEngine.h"

#include <QDialog>

#include <expected>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sk::ui {

// A discount on one line or on the whole sale, for touch and keyboard alike: one tap on a
// preset (10 %), or a figure on the keypad and then "% off" or "<currency> off"; typing "10%"
// or "1.50" and Enter does the same. It shows what comes off and what is left as it is typed.
// "No discount" removes one already given.
class DiscountDialog : public QDialog
{
    Q_OBJECT
public:
    // `base` is the amount the discount applies to (the line or the sale before it), for the
    // preview and to refuse a discount larger than it.
    DiscountDialog(const QString &title,
                   const QString &what,
                   Minor base,
                   const Currency &currency,
                   const Discount &current,
                   QWidget *parent = nullptr);

    Discount discount() const { return m_discount; }
    QLineEdit *field() const { return m_edit; }

    void accept() override;

private:
    // The discount the field describes, with `forced` deciding % or amount for a bare number.
    std::expected<Discount, QString> read(Discount::Kind forced) const;
    void preview();
    void finish(Discount::Kind kind);

    Minor m_base;
    Currency m_currency;
    Discount m_discount;
    QLineEdit *m_edit;
    QLabel *m_preview;
    QPushButton *m_percentOff;
    QPushButton *m_amountOff;
};

} // namespace sk::ui
