#include "eod/EodText.h"

#include "common/Style.h"

#include <QCoreApplication>

namespace sk::ui::eod {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("sk::ui::EndOfDay", text);
}

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
    QString what;
    switch (e.code) {
    case Error::Code::InvalidInput:
        what = tr("That entry was not accepted.");
        break;
    case Error::Code::NotFound:
        what = tr("Not found.");
        break;
    case Error::Code::Conflict:
        what = tr("This conflicts with what is already recorded.");
        break;
    case Error::Code::NoMarketDay:
        what = tr("No market day is open.");
        break;
    case Error::Code::Overflow:
        what = tr("The amount is too large.");
        break;
    case Error::Code::Io:
        what = tr("The file could not be read or written.");
        break;
    default:
        what = tr("Something went wrong; nothing was changed.");
        break;
    }
    return e.detail.isEmpty() ? what : what + QLatin1Char(' ') + e.detail;
}

} // namespace sk::ui::eod
