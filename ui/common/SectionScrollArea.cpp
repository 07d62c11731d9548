#include "ui/common/SectionScrollArea.h"

#include <QEvent>
#include <QLayout>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>

namespace sk::ui {

SectionScrollArea::SectionScrollArea(QWidget *page, QWidget *parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(false); // sized by fit(), see the class comment
    setWidget(page);
    page->installEventFilter(this);
}

QSize SectionScrollArea::pageSizeFor(QSize room) const
{
    const QWidget *page = widget();
    if (!page)
        return room;
    const QSize min = page->minimumSizeHint().expandedTo(page->minimumSize());
    const QLayout *layout = page->layout();
    const auto minHeightAt = [&](int width) {
        int h = min.height();
        if (layout && layout->hasHeightForWidth())
            h = std::max(h, layout->minimumHeightForWidth(width));
        return h;
    };
    int width = std::max(room.width(), min.width());
    int height = minHeightAt(width);
    if (height > room.height()) {
        // It scrolls: the vertical scroll bar takes its width from the page.
        width = std::max(room.width() - verticalScrollBar()->sizeHint().width(), min.width());
        height = minHeightAt(width);
    }
    return {width, std::max(height, room.height())};
}

void SectionScrollArea::fit()
{
    if (!widget() || m_fitting)
        return;
    m_fitting = true;
    const QSize size = pageSizeFor(maximumViewportSize());
    if (widget()->size() != size)
        widget()->resize(size);
    m_fitting = false;
}

void SectionScrollArea::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fit();
}

bool SectionScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        // After the page's layout has taken the new contents (translated text, new rows).
        QTimer::singleShot(0, this, &SectionScrollArea::fit);
    return QScrollArea::eventFilter(watched, event);
}

} // namespace sk::ui
