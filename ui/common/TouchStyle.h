#pragma once

#include <QProxyStyle>

namespace sk::ui {

// The platform style with finger-sized parts: scroll bars and their handles wide enough to tap
// and drag, tabs as tall as the app's buttons, check boxes and radio buttons a finger's height
// and tapped anywhere on their row, and every scroll area scrolled by swiping. A stall
// tablet has no mouse; the desktop defaults (12 px scroll bars, 22 px tabs) are missed by a
// finger.
class TouchStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // Smallest touch target in pixels, as the app's buttons (see makeTouch in Style.h).
    static constexpr int kTarget = 48;

    explicit TouchStyle(QStyle *base = nullptr);

    int pixelMetric(PixelMetric metric,
                    const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    QSize sizeFromContents(ContentsType type,
                           const QStyleOption *option,
                           const QSize &size,
                           const QWidget *widget) const override;
    QRect subElementRect(SubElement element,
                         const QStyleOption *option,
                         const QWidget *widget) const override;
    void polish(QWidget *widget) override;
    using QProxyStyle::polish;

    // Makes the application use it; does nothing when it already does.
    static void install();
};

} // namespace sk::ui
