#pragma once

#include <QWidget>

namespace sk::ui {

// A section of the app that shows what it reads from the database; refresh() reads it all again
// and starts with refreshed(). When something it shows changes, changed() reads it again at once
// while the page is on screen; off screen it only marks the page stale (as markStale() does) and
// the page is read again the moment it is shown, so a page nobody looks at reads nothing.
class RefreshingPage : public QWidget
{
public:
    using QWidget::QWidget;

    virtual void refresh() = 0;

protected:
    void changed()
    {
        m_stale = true;
        if (isVisible())
            refresh();
    }
    void markStale() { m_stale = true; }
    void refreshed() { m_stale = false; }

    void showEvent(QShowEvent *event) override
    {
        QWidget::showEvent(event);
        if (m_stale)
            refresh();
    }

private:
    bool m_stale = true;
};

} // namespace sk::ui
