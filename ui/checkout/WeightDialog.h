#pragma once

#include "core/Catalog.h"
#include "core/hardware/SerialScale.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sk::ui {

class NumberField;

// Asks for the weight of an item sold by lb/kg/oz/g on a numeric keypad (or the keyboard),
// showing the price per unit and the line total as the vendor types. Enter accepts.
// With a scale set up (setScale), the dialog reads it while open and fills in its stable
// weight by itself; a reading that is moving, negative or over capacity is shown and never
// taken, and one in another unit is taken only when the vendor taps "Use". Typing a weight by
// hand stays possible.
class WeightDialog : public QDialog
{
    Q_OBJECT
public:
    WeightDialog(const Product &product,
                 const Currency &currency,
                 QWidget *parent = nullptr,
                 Milli initial = 0);

    Milli quantity() const { return m_qty; }
    // The weight was typed (or changed) by hand rather than taken from the scale: it is marked
    // on the line and the receipt.
    bool manualWeight() const { return !m_scaleQty || *m_scaleQty != m_qty; }
    // False: only the scale's weight can be taken (the owner's setting, WeightPolicy.h); the
    // field and the keypad are shut.
    void setManualAllowed(bool allowed);
    QLineEdit *field() const { return m_edit; }

    void accept() override;
    // Above this a weight asks before it is taken.
    static Milli usualMost(Unit unit);
    // The scale every weight dialog reads from now on (nullopt: none).
    static void setScale(std::optional<hw::SerialScaleSettings> settings);
    QLabel *scaleStatus() const { return m_scaleStatus; }
    QPushButton *useScaleButton() const { return m_useScale; }

private:
    void update();
    void startScale();
    void showReading(const hw::ScaleReading &r, bool stable);
    // What the scale says; the dialog grows when the words need more lines than it has.
    void setScaleStatus(const QString &text);

    Product m_product;
    Currency m_currency;
    Milli m_qty = 0;
    QLineEdit *m_edit;
    QLabel *m_total;
    QPushButton *m_ok;
    NumberField *m_field;
    QLabel *m_scaleStatus = nullptr;
    QPushButton *m_useScale = nullptr;
    hw::ScaleDevice *m_scale = nullptr; // a child of the dialog
    std::optional<hw::ScaleReading> m_stable;
    Milli m_offered = 0;             // a converted weight the vendor may take with "Use"
    std::optional<Milli> m_scaleQty; // the last weight the scale filled in
    bool m_manualAllowed = true;
    QWidget *m_keypad = nullptr;
};

} // namespace sk::ui
