#include "ui/common/DocumentView.h"

#include <QTextBrowser>

namespace sk::ui {

QTextBrowser *documentView(const QString &objectName, QWidget *parent)
{
    auto *view = new QTextBrowser(parent);
    view->setObjectName(objectName);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return view;
}

} // namespace sk::ui
