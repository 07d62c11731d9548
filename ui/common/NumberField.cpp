#include "ui/common/NumberField.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

namespace sk::ui {

NumberField::NumberField(QLineEdit *edit, const NumberShape &shape)
    : QObject(edit)
    , m_edit(edit)
    , m_shape(shape)
{
    setObjectName(QStringLiteral("numberField"));
    edit->installEventFilter(this);
    // Digits and separators: a touch keyboard offers its number pad.
    edit->setInputMethodHints(edit->inputMethodHints() | Qt::ImhFormattedNumbersOnly);
}

NumberField *NumberField::attach(QLineEdit *edit, const NumberShape &shape)
{
    if (NumberField *f = of(edit)) {
        f->setShape(shape);
        return f;
    }
    return new NumberField(edit, shape);
}

NumberField *NumberField::attachMoney(QLineEdit *edit, const Currency &currency)
{
    return attach(edit, moneyShape(currency));
}

NumberField *NumberField::attachQuantity(QLineEdit *edit, Unit unit)
{
    return attach(edit, quantityShape(unit));
}

NumberField *NumberField::of(const QLineEdit *edit)
{
    return edit ? edit->findChild<NumberField *>(QStringLiteral("numberField"),
                                                 Qt::FindDirectChildrenOnly)
                : nullptr;
}

NumberShape NumberField::moneyShape(const Currency &currency)
{
    return NumberShape{currency.decimals, false, currencySymbols(currency, QLocale())};
}

std::expected<qint64, NumberProblem> NumberField::read() const
{
    return read(m_edit->text(), m_shape);
}

std::expected<qint64, NumberProblem> NumberField::read(QStringView text, const NumberShape &shape)
{
    return readNumber(text, shape, NumberSource::Typed, QLocale());
}

void NumberField::setValue(qint64 value)
{
    m_edit->setText(text(value, m_shape));
}

QString NumberField::text(qint64 value, const NumberShape &shape)
{
    if (!shape.whole)
        return formatFixed(value, shape.decimals, QLocale());
    qint64 unit = 1;
    for (int i = 0; i < shape.decimals; ++i)
        unit *= 10;
    return formatFixed(value / unit, 0, QLocale());
}

QString NumberField::decimalPoint()
{
    return typedDecimalPoint(QLocale());
}

void NumberField::typeDecimalPoint(QLineEdit *edit)
{
    // A field of whole numbers takes it too, and then says "not a whole number": dropping
    // the key would turn a typed 1.5 into 15.
    // What stays of the text once the selection is typed over.
    QString rest = edit->text();
    if (edit->hasSelectedText())
        rest.remove(edit->selectionStart(), edit->selectedText().size());
    const QString point = decimalPoint();
    if (rest.contains(point) || rest.contains(QLatin1Char('.')) || rest.contains(QLatin1Char(',')))
        return;
    edit->insert(point);
}

bool NumberField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusIn
        && static_cast<QFocusEvent *>(event)->reason() == Qt::MouseFocusReason) {
        // A tap on a prefilled field selects it, so what is typed next replaces the value
        // instead of landing beside it ("0.00" and a tap at its start gave 1000.00). After the
        // press itself, which places the cursor.
        QTimer::singleShot(0, m_edit, [e = m_edit] {
            if (e->hasFocus() && !e->text().isEmpty())
                e->selectAll();
        });
        return false;
    }
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const QString text = key->text();
    if (text != u"." && text != u"," && text != decimalPoint())
        return false;
    typeDecimalPoint(m_edit);
    return true;
}

QString NumberField::problemText(const NumberProblem &p)
{
    switch (p.kind) {
    case NumberProblem::Kind::Empty:
        return tr("Type a number.");
    case NumberProblem::Kind::NotANumber:
        return tr("“%1” is not a number.").arg(p.text);
    case NumberProblem::Kind::Grouped:
        if (p.write.size() >= 2)
            return tr("“%1” can be read two ways: type %2 or %3, without thousands separators.")
                .arg(p.text, p.write[0], p.write[1]);
        return tr("Type %1, without thousands separators.").arg(p.write.value(0));
    case NumberProblem::Kind::TooManyDecimals:
        return tr("“%1” has too many decimals: %2 at most.").arg(p.text).arg(p.decimals);
    case NumberProblem::Kind::NotWhole:
        return tr("“%1” is not a whole number.").arg(p.text);
    case NumberProblem::Kind::TooLarge:
        return tr("“%1” is too large.").arg(p.text);
    }
    return {};
}

QString NumberField::problemText(const NumberProblem &problem, const QString &otherwise)
{
    return problem.kind == NumberProblem::Kind::Empty
                   || problem.kind == NumberProblem::Kind::NotANumber
               ? otherwise
               : problemText(problem);
}

NumberDelegate::NumberDelegate(std::function<NumberShape(const QModelIndex &)> shape,
                               QObject *parent)
    : QStyledItemDelegate(parent)
    , m_shape(std::move(shape))
{}

QWidget *NumberDelegate::createEditor(QWidget *parent,
                                      const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        NumberField::attach(edit, m_shape(index));
    return editor;
}

} // namespace sk::ui
