#include "ui/inventory/ClassPicker.h"

#include "ui/common/DisplayNames.h"
#include "ui/inventory/InventoryPage.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QVBoxLayout>

namespace sk::ui {

ClassPicker::ClassPicker(QWidget *parent)
    : QWidget(parent)
{
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    m_grid = new QGridLayout;
    lay->addLayout(m_grid);
    m_nonFood
        = new QCheckBox(InventoryPage::tr("Fee, deposit or bag (no food program pays)"), this);
    m_nonFood->setObjectName(QStringLiteral("productNonFood"));
    lay->addWidget(m_nonFood);
    connect(m_nonFood, &QCheckBox::toggled, this, &ClassPicker::kindToggled);
}

void ClassPicker::setClasses(const QList<EligibilityClass> &classes)
{
    const QStringList keep = selected();
    qDeleteAll(m_boxes);
    m_boxes.clear();
    for (const EligibilityClass &c : classes) {
        auto *b = new QCheckBox(DisplayNames::eligibilityClass(c.code, c.name), this);
        b->setObjectName(QStringLiteral("class_") + c.code);
        b->setProperty("code", c.code);
        b->setChecked(keep.contains(c.code));
        m_grid->addWidget(b, int(m_boxes.size()) / 2, int(m_boxes.size()) % 2);
        m_boxes << b;
    }
    kindToggled();
}

void ClassPicker::setValue(const QStringList &classes, ProductKind kind)
{
    m_nonFood->setChecked(kind == ProductKind::NonFood);
    for (QCheckBox *b : std::as_const(m_boxes))
        b->setChecked(classes.contains(b->property("code").toString()));
    kindToggled();
}

QStringList ClassPicker::selected() const
{
    QStringList out;
    for (QCheckBox *b : m_boxes)
        if (b->isChecked() && b->isEnabled())
            out << b->property("code").toString();
    out.sort();
    return out;
}

ProductKind ClassPicker::kind() const
{
    return m_nonFood->isChecked() ? ProductKind::NonFood : ProductKind::Goods;
}

QCheckBox *ClassPicker::box(const QString &code) const
{
    for (QCheckBox *b : m_boxes)
        if (b->property("code").toString() == code)
            return b;
    return nullptr;
}

void ClassPicker::kindToggled()
{
    const bool nonFood = m_nonFood->isChecked();
    for (QCheckBox *b : std::as_const(m_boxes)) {
        const bool food = foodProgramClasses().contains(b->property("code").toString());
        if (food && nonFood)
            b->setChecked(false);
        b->setEnabled(!(food && nonFood));
    }
}

} // namespace sk::ui
