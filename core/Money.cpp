#include "core/Money.h"

#include "core/EnumCodes.h"

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

// In the order of Unit.
constexpr auto kUnits = enumCodes<Unit>("each", "lb", "kg", "oz", "g");
} // namespace

QString unitCode(Unit u)
{
    return kUnits.code(u, QLatin1String("each"));
}

Result<Unit> unitFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == u"ea" || c.isEmpty())
        return Unit::Each;
    if (const auto u = kUnits.value(c))
        return *u;
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

Error numberError(const NumberProblem &problem)
{
    return {problem.kind == NumberProblem::Kind::TooLarge ? Error::Code::Overflow
                                                          : Error::Code::InvalidInput,
            problem.describe()};
}

namespace {
Result<qint64>
read(QStringView text, const NumberShape &shape, NumberSource source, const QLocale &locale)
{
    auto v = readNumber(text, shape, source, locale);
    if (!v)
        return std::unexpected(numberError(v.error()));
    return *v;
}
} // namespace

Result<qint64>
parseFixed(QStringView text, int decimals, NumberSource source, const QLocale &locale)
{
    return read(text, NumberShape{decimals}, source, locale);
}

Result<qint64> parseWhole(QStringView text, NumberSource source, const QLocale &locale)
{
    return read(text, NumberShape{0, true}, source, locale);
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
    // Everything not listed has 2 decimals and no cash rounding. Cash rounding defaults where
    // the law rounds cash payments because the smallest coins were withdrawn.
    struct Rule
    {
        int decimals;
        Minor cashRounding;
    };
    static const QHash<QString, Rule> rules = {{QStringLiteral("JPY"), {0, 0}},
                                               {QStringLiteral("KRW"), {0, 0}},
                                               {QStringLiteral("ISK"), {0, 0}},
                                               {QStringLiteral("CLP"), {0, 0}},
                                               {QStringLiteral("CAD"), {2, 5}},
                                               {QStringLiteral("AUD"), {2, 5}},
                                               {QStringLiteral("NZD"), {2, 10}},
                                               {QStringLiteral("CHF"), {2, 5}}};
    Currency c;
    c.code = iso.toUpper();
    const Rule r = rules.value(c.code, Rule{2, 0});
    c.decimals = r.decimals;
    c.cashRounding = r.cashRounding;
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

QStringList currencySymbols(const Currency &currency, const QLocale &locale)
{
    QStringList symbols = {currency.code,
                           QStringLiteral("$"),
                           QStringLiteral("€"),
                           QStringLiteral("£"),
                           QStringLiteral("¥")};
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency.code)
        symbols << locale.currencySymbol(QLocale::CurrencySymbol);
    return symbols;
}

Result<Minor>
parseMoney(QStringView text, const Currency &currency, NumberSource source, const QLocale &locale)
{
    return read(text,
                NumberShape{currency.decimals, false, currencySymbols(currency, locale)},
                source,
                locale);
}

NumberShape quantityShape(Unit unit)
{
    return NumberShape{3, unit == Unit::Each};
}

Result<Milli> parseQuantity(QStringView text, Unit unit, NumberSource source, const QLocale &locale)
{
    auto v = readNumber(text, quantityShape(unit), source, locale);
    if (!v && v.error().kind == NumberProblem::Kind::NotWhole)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("items sold each take a whole quantity, not \"%1\"")
                        .arg(v.error().text));
    if (!v)
        return std::unexpected(numberError(v.error()));
    return *v;
}

QString formatQuantity(Milli qty, Unit unit, const QLocale &locale)
{
    if (unit == Unit::Each && qty % 1000 == 0)
        return locale.toString(qty / 1000);
    QString s = formatFixed(qty, 3, locale);
    return s;
}

} // namespace sk
