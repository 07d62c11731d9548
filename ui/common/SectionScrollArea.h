#pragma once

#include <QScrollArea>

namespace sk::ui {

// The scroll area around a section (Inventory, End of day, Reports, Settings). It gives the page
// the whole viewport and scrolls only when the page cannot shrink to fit: below the page's
// minimum size, with word-wrapped text measured at the width it gets. QScrollArea's own
// resizing lays a page with wrapped text at its preferred height instead, so a page that fits a
// 1024x600 tablet by shrinking its tables still gets a scroll bar and its buttons slide away.
class SectionScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit SectionScrollArea(QWidget *page, QWidget *parent = nullptr);

    // The page's size for a viewport of `room`: the room, or the page's minimum where it is
    // larger.
    QSize pageSizeFor(QSize room) const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();
    bool m_fitting = false;
};

} // namespace sk::ui
