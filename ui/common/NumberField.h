#pragma once

#include "core/Money.h"

#include <QObject>
#include <QStyledItemDelegate>

#include <functional>

class QLineEdit;

namespace sk::ui {

// The one way every field of the app takes a typed number (amounts, weights, counts, rates):
//  - the keyboard's "." and ",", the numeric keypad's decimal key (either, with
//    Qt::KeypadModifier) and the on-screen keypad's decimal key all type the decimal separator
//    of the app's language, shown as that language writes it ("1,37" in Spanish); a second
//    one is not taken;
//  - the text is read with readNumber(NumberSource::Typed, QLocale()): never grouping, so a
//    pasted "1.000,50" or "1.370" in German is refused with what to type instead.
// Attach it to a QLineEdit; it lives as the edit's child.
class NumberField : public QObject
{
    Q_OBJECT
public:
    static NumberField *attach(QLineEdit *edit, const NumberShape &shape);
    static NumberField *attachMoney(QLineEdit *edit, const Currency &currency);
    static NumberField *attachQuantity(QLineEdit *edit, Unit unit);
    // The field attached to `edit`, or nullptr.
    static NumberField *of(const QLineEdit *edit);

    void setShape(const NumberShape &shape) { m_shape = shape; }
    const NumberShape &shape() const { return m_shape; }
    std::expected<qint64, NumberProblem> read() const;
    // Fills the field with `value` written as it would be typed (text()).
    void setValue(qint64 value);

    // Types the decimal separator at the cursor of `edit` (keyboard and keypads alike).
    static void typeDecimalPoint(QLineEdit *edit);
    // The decimal separator as the app's language shows it.
    static QString decimalPoint();
    static std::expected<qint64, NumberProblem> read(QStringView text, const NumberShape &shape);
    // `value` as a person would type it, in the language's notation and without grouping, so
    // that read() gives it back: "1,5" is not written "1.500" for 1.5 lb in German, nor 1200
    // items "1,200" in English.
    static QString text(qint64 value, const NumberShape &shape);
    static NumberShape moneyShape(const Currency &currency);
    // What is wrong, as a sentence that says what to type.
    static QString problemText(const NumberProblem &problem);
    // The same, or the field's own hint (`otherwise`, e.g. "Type the price, such as 4.50.")
    // when the text is empty or no number at all.
    static QString problemText(const NumberProblem &problem, const QString &otherwise);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    NumberField(QLineEdit *edit, const NumberShape &shape);

    QLineEdit *m_edit;
    NumberShape m_shape;
};

// Table cells edited as numbers: the editor is a NumberField of the shape the cell needs.
class NumberDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    NumberDelegate(std::function<NumberShape(const QModelIndex &)> shape, QObject *parent);
    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    std::function<NumberShape(const QModelIndex &)> m_shape;
};

} // namespace sk::ui
