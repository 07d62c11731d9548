#pragma once

#include "core/Database.h"

#include <QStringList>

namespace sk {

struct PreOrderImportReport
{
    int orders = 0;
    int lines = 0;
    QStringList errors; // "line 7: quantity "-1" must be above 0"
};

// Columns of an orders CSV (another shop's export), in order; the header row names them and may
// leave out the optional last four: window, note, paid_elsewhere.
QStringList preOrderCsvColumns();
// Rows with the same order_number make one order. All or nothing: any row in error and
// nothing is imported; `errors` says which line and what to fix. An order number already held
// here is an error of its rows.
Result<PreOrderImportReport> importPreOrderCsv(Database &db, const QByteArray &data);

} // namespace sk
