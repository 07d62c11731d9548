#include "Money.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace sk {

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

Result<qint64> fit(__int128 v)
{
    if (v > kMax || v < kMin)
        return fail(Error::Code::Overflow, QStringLiteral("amount out of range"));
    return static_cast<qint64>(v);
}

qint64 pow10(int n)
{
    qint64 r = 1;
    while (n-- > 0)
        r *= 10;
    return r;
}
} // namespace

QString unitCode(Unit u)
{
    switch (u) {
    case Unit::Each:
        return QStringLiteral("each");
    case Unit::Lb:
        return QStringLiteral("lb");
    case Unit::Kg:
        return QStringLiteral("kg");
    case Unit::Oz:
        return QStringLiteral("oz");
    case Unit::G:
        return QStringLiteral("g");
    }
    return QStringLiteral("each");
}

Result<Unit> unitFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == u"each" || c == u"ea" || c.isEmpty())
        return Unit::Each;
    if (c == u"lb")
        return Unit::Lb;
    if (c == u"kg")
        return Unit::Kg;
    if (c == u"oz")
        return Unit::Oz;
    if (c == u"g")
        return Unit::G;
    return fail(Error::Code::InvalidInput,
                QStringLiteral("unknown unit \"%1\" (use each, lb, kg, oz or g)").arg(code));
}

Result<qint64> divRound(__int128 a, __int128 b)
{
    if (b == 0)
        return fail(Error::Code::InvalidInput, QStringLiteral("division by zero"));
    if (b < 0) {
        a = -a;
        b = -b;
    }
    __int128 q = a / b;
    __int128 r = a % b;
    // Half away from zero: compare twice the remainder with the divisor.
    if (r != 0) {
        __int128 twice = (r < 0 ? -r : r) * 2;
        if (twice >= b)
            q += (a < 0 ? -1 : 1);
    }
    return fit(q);
}

Result<Minor> lineAmount(Minor unitPrice, Milli qty)
{
    return divRound(static_cast<__int128>(unitPrice) * qty, 1000);
}

Result<Minor> applyPpm(Minor amount, qint64 ppm)
{
    return divRound(static_cast<__int128>(amount) * ppm, 1000000);
}

Result<Minor> checkedAdd(Minor a, Minor b)
{
    Minor r;
    if (__builtin_add_overflow(a, b, &r))
        return fail(Error::Code::Overflow, QStringLiteral("amount out of range"));
    return r;
}

Result<Minor> checkedSub(Minor a, Minor b)
{
    Minor r;
    if (__builtin_sub_overflow(a, b, &r))
        return fail(Error::Code::Overflow, QStringLiteral("amount out of range"));
    return r;
}

Minor roundToStep(Minor amount, Minor step)
{
    if (step <= 1)
        return amount;
    auto q = divRound(amount, step);
    return q ? *q * step : amount;
}

Result<qint64> parseFixed(QString text, int decimals, const QLocale &locale)
{
    text = text.trimmed();
    text.remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QLatin1Char(' '));
    if (text.isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("empty number"));
    bool negative = false;
    const QString minus = locale.negativeSign();
    if (text.startsWith(QLatin1Char('-')) || (!minus.isEmpty() && text.startsWith(minus))) {
        negative = true;
        text = text.mid(text.startsWith(QLatin1Char('-')) ? 1 : minus.size());
    } else if (text.startsWith(QLatin1Char('+'))) {
        text = text.mid(1);
    }
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    QString intPart;
    QString fracPart;
    bool seenPoint = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            (seenPoint ? fracPart : intPart).append(c);
        } else if (!seenPoint && QStringView(text).mid(i).startsWith(point)) {
            seenPoint = true;
            i += point.size() - 1;
        } else if (!seenPoint && !group.isEmpty() && QStringView(text).mid(i).startsWith(group)
                   && !intPart.isEmpty()) {
            i += group.size() - 1;
        } else if (!seenPoint && point != QLatin1String(".") && c == QLatin1Char('.')
                   && group != QLatin1String(".")) {
            // Accept a dot as decimal point in comma locales only when it cannot be grouping.
            seenPoint = true;
        } else {
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("\"%1\" is not a number").arg(text.left(40)));
        }
    }
    if (intPart.isEmpty() && fracPart.isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("no digits in number"));
    if (fracPart.size() > decimals)
        return fail(
            Error::Code::InvalidInput,
            QStringLiteral("too many decimals in \"%1\" (at most %2)").arg(text).arg(decimals));
    while (fracPart.size() < decimals)
        fracPart.append(QLatin1Char('0'));
    __int128 v = 0;
    for (QChar c : intPart + fracPart) {
        v = v * 10 + (c.unicode() - '0');
        if (v > static_cast<__int128>(kMax) + 1)
            return fail(Error::Code::Overflow, QStringLiteral("number too large"));
    }
    return fit(negative ? -v : v);
}

QString formatPercent(qint64 ppm, const QLocale &locale)
{
    int decimals = 4;
    while (decimals > 0 && ppm % 10 == 0) {
        ppm /= 10;
        --decimals;
    }
    return formatFixed(ppm, decimals, locale);
}

QString formatFixed(qint64 value, int decimals, const QLocale &locale, bool grouping)
{
    const bool negative = value < 0;
    // Work on unsigned magnitude so INT64_MIN formats too.
    const quint64 mag = negative ? (~static_cast<quint64>(value) + 1) : static_cast<quint64>(value);
    const quint64 div = static_cast<quint64>(pow10(decimals));
    const quint64 ip = mag / div;
    const quint64 fp = mag % div;
    QString intText = QString::number(ip);
    if (grouping && !locale.groupSeparator().isEmpty()) {
        for (qsizetype pos = intText.size() - 3; pos > 0; pos -= 3)
            intText.insert(pos, locale.groupSeparator());
    }
    QString out = negative ? locale.negativeSign() + intText : intText;
    if (decimals > 0)
        out += locale.decimalPoint()
               + QString::number(fp).rightJustified(decimals, QLatin1Char('0'));
    return out;
}

Currency Currency::fromCode(const QString &iso)
{
    Currency c;
    c.code = iso.toUpper();
    static const QStringList zeroDecimal = {
        QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("ISK"), QStringLiteral("CLP")};
    c.decimals = zeroDecimal.contains(c.code) ? 0 : 2;
    return c;
}

namespace {

// Where a currency is at home: the locale whose conventions place its symbol. Locales that use
// the currency themselves are found by Qt; this table settles the currencies used in many
// countries (EUR) and the ones a market vendor is most likely to have.
QLocale homeOf(const QString &code)
{
    static const QHash<QString, QLocale> known = [] {
        QHash<QString, QLocale> h;
        const std::pair<const char *, const char *> table[] = {{"USD", "en_US"},
                                                               {"EUR", "de_DE"},
                                                               {"GBP", "en_GB"},
                                                               {"CAD", "en_CA"},
                                                               {"MXN", "es_MX"},
                                                               {"AUD", "en_AU"},
                                                               {"NZD", "en_NZ"},
                                                               {"JPY", "ja_JP"},
                                                               {"INR", "en_IN"},
                                                               {"BRL", "pt_BR"},
                                                               {"ZAR", "en_ZA"}};
        for (const auto &[currency, locale] : table)
            h.insert(QString::fromLatin1(currency), QLocale(QString::fromLatin1(locale)));
        return h;
    }();
    if (auto it = known.constFind(code); it != known.cend())
        return *it;
    for (const QLocale &l :
         QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory))
        if (l.currencySymbol(QLocale::CurrencyIsoCode) == code)
            return l;
    return QLocale::c();
}

} // namespace

QString formatMoney(Minor amount, const Currency &currency, const QLocale &locale)
{
    if (amount < 0) {
        const quint64 magnitude = ~static_cast<quint64>(amount) + 1;
        // INT64_MIN has no positive twin; its magnitude is shown one minor unit short.
        return locale.negativeSign()
               + formatMoney(
                   static_cast<Minor>(std::min<quint64>(magnitude, kMax)), currency, locale);
    }
    // QLocale::toCurrencyString takes a double; the number is built from the integer with the
    // locale's digits and separators, and only the symbol and its place are borrowed.
    //
    // The rule: in a locale whose country uses the currency, its own pattern (en_US "$8.50",
    // es_US "$8.50", es_ES "8,50 €", fr_CA "8,50 $"). For a currency the locale's country does
    // not use, the symbol and its place come from the currency's home and the separators from
    // the locale: a stall in the US shown in Spanish from Spain reads "$8,50", never "8,50 $",
    // which there would mean another kind of dollar; euros in English read "8.50 €".
    const QString number = formatFixed(amount, currency.decimals, locale, true);
    const bool own = locale.language() != QLocale::C
                     && locale.currencySymbol(QLocale::CurrencyIsoCode) == currency.code;
    const QLocale home = own ? locale : homeOf(currency.code);
    const bool known = home.currencySymbol(QLocale::CurrencyIsoCode) == currency.code;
    const QString symbol = known ? home.currencySymbol(QLocale::CurrencySymbol) : currency.code;
    // Probe the pattern with a marker for the symbol to find where it goes and what separates
    // it from the number; a space becomes a no-break space, so an amount never wraps.
    const QString probe
        = known ? home.toCurrencyString(1, QStringLiteral("\x01")) : QStringLiteral("\x01 1");
    const qsizetype at = probe.indexOf(QChar(1));
    const qsizetype one = probe.indexOf(QLatin1Char('1'));
    const auto separator = [](QStringView between) {
        return between.isEmpty() ? QString() : QString(QChar(0x00A0));
    };
    if (at > one && one >= 0)
        return number + separator(QStringView(probe).mid(one + 1, at - one - 1)) + symbol;
    const qsizetype afterSymbol = at + 1;
    return symbol
           + separator(one > afterSymbol ? QStringView(probe).mid(afterSymbol, one - afterSymbol)
                                         : QStringView())
           + number;
}

Result<Minor> parseMoney(const QString &text, const Currency &currency, const QLocale &locale)
{
    QString t = text;
    t.remove(locale.currencySymbol(QLocale::CurrencySymbol));
    for (const QString &s : {QStringLiteral("$"),
                             QStringLiteral("€"),
                             QStringLiteral("£"),
                             QStringLiteral("¥"),
                             currency.code})
        t.remove(s);
    return parseFixed(t, currency.decimals, locale);
}

Result<Milli> parseQuantity(const QString &text, Unit unit, const QLocale &locale)
{
    auto v = parseFixed(text, 3, locale);
    if (!v)
        return v;
    if (unit == Unit::Each && *v % 1000 != 0)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("items sold each take a whole quantity, not \"%1\"").arg(text));
    return v;
}

QString formatQuantity(Milli qty, Unit unit, const QLocale &locale)
{
    if (unit == Unit::Each && qty % 1000 == 0)
        return locale.toString(qty / 1000);
    QString s = formatFixed(qty, 3, locale);
    return s;
}

} // namespace sk
