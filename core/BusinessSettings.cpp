#include "core/BusinessSettings.h"

#include "core/TextChecks.h"

#include <QRegularExpression>

namespace sk {

namespace {

const QString kCurrency = QStringLiteral("currency");
const QString kTaxInclusive = QStringLiteral("tax-inclusive");
const QString kCashRounding = QStringLiteral("cash-rounding");
const QString kStoreName = QStringLiteral("store-name");
const QString kFooter = QStringLiteral("receipt-footer");

constexpr int kMaxStoreName = 60;
constexpr int kMaxFooter = 200;

QString keyOf(const QString &name)
{
    QString k = name;
    return k.replace(QLatin1Char('-'), QLatin1Char('_'));
}

Result<QString> text(const QString &value, int max, bool required, const QString &what)
{
    const QString t = value.trimmed();
    if (required && t.isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("the %1 is empty").arg(what));
    if (t.size() > max)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("the %1 is longer than %2 characters").arg(what).arg(max));
    if (hasControlCharacter(t))
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("the %1 has a control character").arg(what));
    return t;
}

Result<bool> yesNo(const QString &value, const QString &what)
{
    const QString v = value.trimmed().toLower();
    if (v == u"yes" || v == u"1" || v == u"true")
        return true;
    if (v == u"no" || v == u"0" || v == u"false")
        return false;
    return fail(Error::Code::InvalidInput, QStringLiteral("%1 takes yes or no").arg(what));
}

} // namespace

QStringList BusinessSettings::names()
{
    return {kCurrency, kTaxInclusive, kCashRounding, kStoreName, kFooter};
}

Currency BusinessSettings::currency()
{
    return Currency::fromCode(currencyCode());
}

QString BusinessSettings::currencyCode()
{
    return m_db.setting(kCurrency, defaultCurrencyCode());
}

bool BusinessSettings::cashRoundingIsDefault()
{
    return m_db.setting(QStringLiteral("cash_rounding")).isEmpty();
}

Minor BusinessSettings::cashRounding()
{
    const QString v = m_db.setting(QStringLiteral("cash_rounding"));
    return v.isEmpty() ? currency().cashRounding : v.toLongLong();
}

Status BusinessSettings::setCashRounding(std::optional<Minor> step)
{
    if (step && *step != 0 && !isCashStep(*step))
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("cash rounding is a step coins come in, such as 0.05"));
    return m_db.setSetting(QStringLiteral("cash_rounding"),
                           step ? QString::number(*step) : QString());
}

bool BusinessSettings::isCashStep(Minor step)
{
    if (step <= 0 || step > 100000)
        return false;
    while (step % 10 == 0)
        step /= 10;
    return step == 1 || step == 2 || step == 5 || step == 25;
}

QString BusinessSettings::formatCashRounding(Minor step, const Currency &currency)
{
    return step <= 1 ? QStringLiteral("none") : formatFixed(step, currency.decimals);
}

Result<std::optional<Minor>> BusinessSettings::parseCashRounding(const QString &text,
                                                                 const Currency &currency)
{
    const QString t = text.trimmed().toLower();
    if (t == u"default")
        return std::optional<Minor>();
    if (t == u"none" || t == u"off")
        return std::optional<Minor>(0);
    auto v = parseFixed(t, currency.decimals, NumberSource::Machine);
    if (!v || *v < 0)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("cash rounding is an amount such as 0.05, none or default"));
    if (*v > 1 && !isCashStep(*v))
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("cash rounding of %1 is not a step coins come in; use 0.05, "
                                   "0.10, 0.25, 0.50 or 1.00")
                        .arg(formatFixed(*v, currency.decimals)));
    return std::optional<Minor>(*v <= 1 ? 0 : *v);
}

Result<QString> BusinessSettings::get(const QString &name)
{
    if (name == kCurrency)
        return currency().code;
    if (name == kTaxInclusive)
        return m_db.setting(QStringLiteral("tax_inclusive")) == u"1" ? QStringLiteral("yes")
                                                                     : QStringLiteral("no");
    if (name == kCashRounding)
        return formatCashRounding(cashRounding(), currency());
    if (name == kStoreName || name == kFooter)
        return m_db.setting(keyOf(name));
    return fail(Error::Code::InvalidInput,
                QStringLiteral("unknown setting \"%1\"; the settings are %2")
                    .arg(name.left(40), names().join(QStringLiteral(", "))));
}

Result<QString> BusinessSettings::describe(const QString &name)
{
    auto v = get(name);
    if (v && name == kCashRounding && cashRoundingIsDefault())
        return QStringLiteral("%1 (default for %2)").arg(*v, currency().code);
    return v;
}

Status BusinessSettings::set(const QString &name, const QString &value)
{
    if (name == kCurrency) {
        static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
        const QString code = value.trimmed().toUpper();
        if (!iso.match(code).hasMatch())
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("a currency is its 3-letter ISO 4217 code, such as USD "
                                       "or CAD"));
        return m_db.setSetting(QStringLiteral("currency"), code);
    }
    if (name == kTaxInclusive) {
        auto b = yesNo(value, name);
        if (!b)
            return std::unexpected(b.error());
        return m_db.setSetting(QStringLiteral("tax_inclusive"),
                               *b ? QStringLiteral("1") : QStringLiteral("0"));
    }
    if (name == kCashRounding) {
        auto step = parseCashRounding(value, currency());
        if (!step)
            return std::unexpected(step.error());
        return setCashRounding(*step);
    }
    if (name == kStoreName || name == kFooter) {
        auto t = name == kStoreName ? text(value, kMaxStoreName, true, QStringLiteral("stall name"))
                                    : text(value, kMaxFooter, false, QStringLiteral("footer"));
        if (!t)
            return std::unexpected(t.error());
        return m_db.setSetting(keyOf(name), *t);
    }
    return std::unexpected(get(name).error());
}

} // namespace sk
