#pragma once

#include "core/Error.h"
#include "core/booth/Reimbursement.h"

#include <QCoreApplication>
#include <QString>

namespace sk::ui {

// A reimbursement statement as a one-page PDF (QPrinter): the market, vendor and day, a line
// per token kind (slip, counted, difference, value, fee, owed) and the total owed.
class StatementPdf
{
    Q_DECLARE_TR_FUNCTIONS(StatementPdf)
public:
    static QString html(const booth::Statement &s, const Currency &currency, const QString &market);
    static Status write(const booth::Statement &s,
                        const Currency &currency,
                        const QString &market,
                        const QString &path);

private:
    static QString statusText(const QString &status);
};

} // namespace sk::ui
