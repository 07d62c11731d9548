#pragma once

#include <QSize>
#include <QStringList>

class QWidget;

namespace sk::test {

// What a vendor would see wrong on one screen (a window or a dialog, as it is shown now), one
// line per problem, each naming `where`, the widget and its text:
//  - clipped text: a label, button, check box, tab, group box title, combo box or placeholder
//    whose text needs more room than the widget has, by its own font's metrics (width, and the
//    height of wrapped or multi-line text);
//  - elided money: an amount in a list or table cell that does not fit its cell;
//  - overlapping widgets: two visible widgets of one layout that cover each other, or a widget
//    squashed below its minimum size (what a layout does when its window is too small);
//  - widgets outside the window: the window or dialog larger than `screen`, or a widget not
//    wholly inside its window;
//  - a horizontal scroll bar anywhere but on `spreadsheets` (a report with more columns than any
//    screen shows), and any scroll bar on `noScroll` areas (the sections of the main window, which
//    must fit the screen as they are);
//  - a field without touch entry: no touch button beside it and no keypad or keyboard on its
//    page; with `keyboardForText`, a keypad on the page serves only number fields (and a text
//    field wired to it), so a name or reference needs its keyboard button.
QStringList layoutProblems(QWidget *top,
                           const QString &where,
                           QSize screen,
                           const QList<QWidget *> &noScroll = {},
                           const QList<QWidget *> &spreadsheets = {},
                           bool keyboardForText = false);

} // namespace sk::test
