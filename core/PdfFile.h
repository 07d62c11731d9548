#pragma once

#include <QByteArray>
#include <QList>

namespace sk {

// A PDF 1.4 file of `objects`, numbered from 1 in their order (object 1 is the catalog): each
// object, the cross-reference table and the trailer.
QByteArray pdfFile(const QList<QByteArray> &objects);

} // namespace sk
