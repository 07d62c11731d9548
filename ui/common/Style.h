#pragma once

#include "Money.h"

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

// Text colour that reads on top of `background` (quick keys carry product colours).
QColor readableOn(const QColor &background);

} // namespace sk::ui
