#include "ui/common/TouchStyle.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QScroller>
#include <QStyleFactory>

namespace sk::ui {

namespace {
// Scroll bars a finger can tap, not so wide that they take the room of a column: lists and pages
// are mostly swiped (see polish()).
constexpr int kScrollBarWidth = 24;
constexpr int kTabHeight = 34;
// The box of a check box or radio button, large enough to see which way it is from arm's length.
constexpr int kIndicator = 22;
} // namespace

TouchStyle::TouchStyle(QStyle *base)
    : QProxyStyle(base)
{}

int TouchStyle::pixelMetric(PixelMetric metric,
                            const QStyleOption *option,
                            const QWidget *widget) const
{
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    switch (metric) {
    case PM_ScrollBarExtent:
        return std::max(base, kScrollBarWidth);
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
        return std::max(base, kIndicator);
    default:
        return base;
    }
}

QSize TouchStyle::sizeFromContents(ContentsType type,
                                   const QStyleOption *option,
                                   const QSize &size,
                                   const QWidget *widget) const
{
    QSize s = QProxyStyle::sizeFromContents(type, option, size, widget);
    if (type == CT_ScrollBar) {
        // Only the thickness grows: a scroll bar's length hint sets the smallest height of every
        // list, and a longer one would push dialogs off a 600 px screen.
        const bool vertical = s.height() > s.width();
        if (vertical)
            s.setHeight(std::min(s.height(), kScrollBarWidth * 2));
        else
            s.setWidth(std::min(s.width(), kScrollBarWidth * 2));
    }
    if (type == CT_TabBarTab) {
        // Under the buttons' 48 px: tabs sit above pages that must fit a 600 px screen whole.
        s.setHeight(std::max(s.height(), kTabHeight));
        s.setWidth(std::max(s.width(), kTarget * 2));
    }
    // "Only low or oversold", "For Excel": a row a finger hits (at the desktop's 20 px the tap
    // lands on the list under it).
    if (type == CT_CheckBox || type == CT_RadioButton)
        s.setHeight(std::max(s.height(), kTarget));
    // An editable combo box lists its rows in an item view inside the popup's container.
    const bool comboList
        = type == CT_ItemViewItem && widget && widget->parentWidget()
          && qobject_cast<const QComboBox *>(widget->parentWidget()->parentWidget());
    if ((type == CT_MenuItem && qobject_cast<const QComboBox *>(widget)) || comboList) {
        // The rows of a drop-down list ("Receive", "Waste", ...) are a finger's height: at the
        // desktop's 22 px a tap picks the neighbour.
        s.setHeight(std::max(s.height(), kTarget));
    }
    return s;
}

QRect TouchStyle::subElementRect(SubElement element,
                                 const QStyleOption *option,
                                 const QWidget *widget) const
{
    // The whole row takes the tap, not only the box and its text.
    if ((element == SE_CheckBoxClickRect || element == SE_RadioButtonClickRect) && option)
        return option->rect;
    return QProxyStyle::subElementRect(element, option, widget);
}

void TouchStyle::polish(QWidget *widget)
{
    QProxyStyle::polish(widget);
    // A swipe scrolls every list, table and scrolling page, as the quick keys do. Drop-down
    // lists of combo boxes are left as they are: they close on the first touch anyway.
    auto *area = qobject_cast<QAbstractScrollArea *>(widget);
    if (!area || qobject_cast<QComboBox *>(widget->parentWidget()))
        return;
    if (auto *view = qobject_cast<QAbstractItemView *>(area))
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QScroller::grabGesture(area->viewport(), QScroller::TouchGesture);
}

void TouchStyle::install()
{
    if (qobject_cast<TouchStyle *>(QApplication::style()))
        return;
    // The proxy takes a fresh copy of the current style; QApplication owns the result.
    QStyle *base = QStyleFactory::create(QApplication::style()->name());
    QApplication::setStyle(new TouchStyle(base));
}

} // namespace sk::ui
