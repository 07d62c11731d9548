#include "ui/eod/EodText.h"

#include "ui/common/FileSaving.h"
#include "ui/common/Style.h"

#include <QCoreApplication>

namespace sk::ui::eod {

// The strings of this file share one translation context, as a class's tr() would give
// them; lupdate files them under the same name.
struct EodText
{
    Q_DECLARE_TR_FUNCTIONS(sk::ui::eod::EodText)
};

namespace {

const QChar kMinus(0x2212);
} // namespace

QString signedMoney(Minor amount, const Currency &currency)
{
    if (amount == 0)
        return money(0, currency);
    return (amount < 0 ? QString(kMinus) : QStringLiteral("+")) + money(std::abs(amount), currency);
}

QString signedQuantity(Milli qty, Unit unit)
{
    if (qty == 0)
        return quantity(0, unit);
    return (qty < 0 ? QString(kMinus) : QStringLiteral("+")) + quantity(std::abs(qty), unit);
}

QString errorText(const Error &e)
{
    if (const QString t = FileSaving::storageText(e); !t.isEmpty())
        return t;
    QString what;
    switch (e.code) {
    case Error::Code::InvalidInput:
        what = EodText::tr("That entry was not accepted.");
        break;
    case Error::Code::NotFound:
        what = EodText::tr("Not found.");
        break;
    case Error::Code::Conflict:
        what = EodText::tr("This conflicts with what is already recorded.");
        break;
    case Error::Code::NoMarketDay:
        what = EodText::tr("No market day is open.");
        break;
    case Error::Code::Overflow:
        what = EodText::tr("The amount is too large.");
        break;
    case Error::Code::Io:
        what = EodText::tr("The file could not be read or written.");
        break;
    default:
        what = EodText::tr("Something went wrong; nothing was changed.");
        break;
    }
    return e.detail.isEmpty() ? what : what + QLatin1Char(' ') + e.detail;
}

} // namespace sk::ui::eod
