#include "ui/common/Style.h"

#include "ui/common/DisplayNames.h"

#include <QAbstractButton>
#include <QColor>
#include <QGuiApplication>
#include <QLayout>
#include <QLocale>
#include <QScreen>
#include <QWidget>

namespace sk::ui {

QString money(Minor amount, const Currency &currency)
{
    return formatMoney(amount, currency, QLocale());
}

QString quantity(Milli qty, Unit unit)
{
    const QString n = formatQuantity(qty, unit, QLocale());
    return unit == Unit::Each ? n : n + QLatin1Char(' ') + DisplayNames::unit(unit);
}

QFont scaled(const QFont &base, qreal factor, bool bold)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else
        f.setPixelSize(qRound(f.pixelSize() * factor));
    f.setBold(bold);
    return f;
}

void setScaledFont(QWidget *w, qreal factor, bool bold)
{
    w->setFont(scaled(w->font(), factor, bold));
}

void makeTouch(QAbstractButton *b, int minHeight)
{
    b->setMinimumHeight(minHeight);
    b->setMinimumWidth(minHeight);
}

void fitToScreen(QWidget *window)
{
    QLayout *layout = window->layout();
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!layout || !screen)
        return;
    const QSize room = screen->availableGeometry().size();
    // At least half the screen wide: room for translated prompts and big keys on a tablet.
    const int width = std::min(
        std::max(window->sizeHint().expandedTo(window->minimumSize()).width(), room.width() / 2),
        room.width());
    const int need = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                 : window->sizeHint().height();
    const int height = std::min(std::max(need, window->minimumHeight()), room.height());
    window->setMinimumHeight(std::min(need, room.height()));
    window->resize(width, height);
}

QColor readableOn(const QColor &background)
{
    // Relative luminance (sRGB weights); dark text on light keys, white on dark ones.
    const double l
        = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace sk::ui
