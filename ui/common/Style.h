#pragma once

#include "core/Money.h"

#include <QFont>

class QAbstractButton;
class QWidget;

namespace sk::ui {

// Touch targets: nothing a vendor taps is smaller than this (px at 96 dpi).
constexpr int kTouchMin = 48;

// Money as the vendor reads it, in the system locale ("$12.50").
QString money(Minor amount, const Currency &currency);
// Quantity with its unit ("0.375 lb", "2").
QString quantity(Milli qty, Unit unit);

// A copy of `base` scaled by `factor`, optionally bold.
QFont scaled(const QFont &base, qreal factor, bool bold = false);
void setScaledFont(QWidget *w, qreal factor, bool bold = false);
void makeTouch(QAbstractButton *b, int minHeight = kTouchMin);

// Sizes a window or dialog, before it is shown, to what its layout needs at its preferred width,
// wrapped text included, within the screen, and makes that its minimum height. Qt shows a new
// window at most two thirds of the screen tall and takes its minimum without the extra lines of
// wrapped labels: on a 600 px screen the last row of a dialog's keypad was cut off.
void fitToScreen(QWidget *window);

// Text colour that reads on top of `background` (quick keys carry product colours).
QColor readableOn(const QColor &background);

} // namespace sk::ui
