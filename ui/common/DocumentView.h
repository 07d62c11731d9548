#pragma once

class QString;
class QTextBrowser;
class QWidget;

namespace sk::ui {

// A read-only view of a document the app writes as HTML (the closing summary, the turn-in slip,
// a market statement). The document is laid out to the view's width (its tables are 100 %
// wide), so the view scrolls down only: on an X11 tablet at 1024x600 the nested tables' borders
// still came out 2 px wider than the view, which showed a sideways scroll bar for nothing.
QTextBrowser *documentView(const QString &objectName, QWidget *parent);

} // namespace sk::ui
