#pragma once

#include "core/Eligibility.h"

#include <QWidget>

class QCheckBox;
class QGridLayout;

namespace sk::ui {

// The eligibility classes a product belongs to, one check box per class (the built-in ones and
// the vendor's), and whether it is a fee, deposit or bag, which no food program may pay for:
// ticking that clears the food-program classes and keeps them off.
class ClassPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ClassPicker(QWidget *parent = nullptr);

    void setClasses(const QList<EligibilityClass> &classes);
    void setValue(const QStringList &classes, ProductKind kind);
    QStringList selected() const;
    ProductKind kind() const;
    QCheckBox *box(const QString &code) const;

private:
    void kindToggled();

    QGridLayout *m_grid;
    QList<QCheckBox *> m_boxes;
    QCheckBox *m_nonFood;
};

} // namespace sk::ui
