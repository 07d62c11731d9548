#include "core/hardware/Barcode.h"

#include "core/hardware/Scale.h"

namespace sk::hw::barcode {

namespace {

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return !s.isEmpty();
}

int digit(QChar c)
{
    return c.unicode() - u'0';
}

// GS1 weighting of a price digit: "2-", "3" and "5-" (and "5+" is not needed for 4 digits).
int twoMinus(int d)
{
    static const int t[] = {0, 2, 4, 6, 8, 9, 1, 3, 5, 7};
    return t[d];
}
int three(int d)
{
    return (3 * d) % 10;
}
int fiveMinus(int d)
{
    static const int t[] = {0, 5, 9, 4, 8, 3, 7, 2, 6, 1};
    return t[d];
}

qint64 pow10(int n)
{
    qint64 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

} // namespace

int checkDigit(QStringView digits)
{
    int sum = 0;
    bool three = true; // the rightmost digit weighs 3
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        sum += digit(digits[i]) * (three ? 3 : 1);
        three = !three;
    }
    return (10 - sum % 10) % 10;
}

int priceCheckDigit(QStringView p)
{
    const int sum = twoMinus(digit(p[0])) + twoMinus(digit(p[1])) + three(digit(p[2]))
                    + fiveMinus(digit(p[3]));
    return (sum * 3) % 10;
}

int Layout::valueDigits() const
{
    return length() - 1 - int(prefix.size()) - itemDigits - (priceCheck ? 1 : 0);
}

Result<Layout> Layout::fromName(const QString &name)
{
    Layout l;
    const QString n = name.trimmed().toLower();
    if (n == u"upca-price")
        return l;
    if (n == u"upca-price5") {
        l.priceCheck = false;
        return l;
    }
    l.symbology = Symbology::Ean13;
    if (n == u"ean13-price") {
        l.prefix = QStringLiteral("20");
        return l;
    }
    if (n == u"ean13-weight-g") {
        l.prefix = QStringLiteral("28");
        l.priceCheck = false;
        l.value = Value::Weight;
        return l;
    }
    if (n == u"upca-weight-lb") {
        l.symbology = Symbology::UpcA;
        l.prefix = QStringLiteral("2");
        l.priceCheck = false;
        l.value = Value::Weight;
        l.weightUnit = Unit::Lb;
        l.decimals = 2;
        return l;
    }
    return fail(Error::Code::InvalidInput,
                QStringLiteral("%1: the label layout is upca-price, upca-price5, upca-weight-lb, "
                               "ean13-price or ean13-weight-g")
                    .arg(name));
}

QList<Layout> defaultLayouts()
{
    return {*Layout::fromName(QStringLiteral("upca-price")),
            *Layout::fromName(QStringLiteral("ean13-price")),
            *Layout::fromName(QStringLiteral("ean13-weight-g"))};
}

Result<QString> encode(const Layout &l, const QString &itemCode, qint64 value)
{
    if (itemCode.size() > l.itemDigits || !allDigits(itemCode))
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1: the item code is at most %2 digits")
                        .arg(itemCode)
                        .arg(l.itemDigits));
    qint64 field = value;
    if (l.value == Layout::Value::Weight) {
        const qint64 step = pow10(3 - l.decimals); // milli-units per last digit
        if (value % step != 0)
            return fail(
                Error::Code::InvalidInput,
                QStringLiteral("%1: the label holds whole %2 of %3")
                    .arg(formatQuantity(value, l.weightUnit))
                    .arg(l.decimals ? QStringLiteral("hundredths") : QStringLiteral("units"))
                    .arg(unitCode(l.weightUnit)));
        field = value / step;
    }
    const int digits = l.valueDigits();
    if (field < 0 || field >= pow10(digits))
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 does not fit the label's %2 digits").arg(value).arg(digits));
    const QString v = QStringLiteral("%1").arg(field, digits, 10, QLatin1Char('0'));
    QString code
        = l.prefix + QStringLiteral("%1").arg(itemCode.toInt(), l.itemDigits, 10, QLatin1Char('0'));
    if (l.priceCheck)
        code += QChar(u'0' + priceCheckDigit(v));
    code += v;
    code += QChar(u'0' + checkDigit(code));
    return code;
}

std::optional<Result<Embedded>> decode(const Layout &l, const QString &raw)
{
    QString code = raw.trimmed();
    // Scanners often send a UPC-A as the EAN-13 it also is, with a leading 0.
    if (l.symbology == Layout::Symbology::UpcA && code.size() == 13 && code.startsWith(u'0'))
        code = code.mid(1);
    if (code.size() != l.length() || !allDigits(code) || !code.startsWith(l.prefix))
        return std::nullopt;
    if (digit(code.back()) != checkDigit(QStringView(code).left(code.size() - 1)))
        return Result<Embedded>(std::unexpected(
            Error::invalid(QStringLiteral("%1: the check digit is wrong (a misread?)").arg(raw))));
    qsizetype at = l.prefix.size();
    Embedded e;
    e.itemCode = code.mid(at, l.itemDigits);
    at += l.itemDigits;
    const QString v = code.mid(at + (l.priceCheck ? 1 : 0), l.valueDigits());
    if (l.priceCheck && digit(code[at]) != priceCheckDigit(v))
        return Result<Embedded>(std::unexpected(Error::invalid(
            QStringLiteral("%1: the price check digit is wrong (a misread?)").arg(raw))));
    e.kind = l.value;
    if (l.value == Layout::Value::Price) {
        e.price = v.toLongLong();
    } else {
        e.unit = l.weightUnit;
        e.weight = v.toLongLong() * pow10(3 - l.decimals);
    }
    return Result<Embedded>(e);
}

std::optional<Result<CartLine>>
lineForScan(ProductRepository &products, const QString &code, const QList<Layout> &layouts)
{
    for (const Layout &l : layouts) {
        auto d = decode(l, code);
        if (!d)
            continue;
        if (!*d)
            return Result<CartLine>(std::unexpected(d->error()));
        const Embedded &e = **d;
        // The item code as printed ("04011"), or as the vendor typed it ("4011", a PLU).
        auto p = products.byCode(e.itemCode);
        QString bare = e.itemCode;
        while (bare.size() > 1 && bare.startsWith(u'0'))
            bare.remove(0, 1);
        if ((!p || !p->active) && bare != e.itemCode)
            p = products.byCode(bare);
        if (!p || !p->active)
            return Result<CartLine>(std::unexpected(Error::notFound(
                QStringLiteral("%1: no item has the code %2").arg(code, e.itemCode))));
        CartLine line;
        line.product = *p;
        if (e.kind == Layout::Value::Weight) {
            if (p->unit == Unit::Each)
                return Result<CartLine>(std::unexpected(
                    Error::invalid(QStringLiteral("%1 is sold each, not by weight").arg(p->name))));
            auto q = convertWeight(e.weight, e.unit, p->unit);
            if (!q || *q <= 0)
                return Result<CartLine>(std::unexpected(
                    Error::invalid(QStringLiteral("%1: the label's weight is zero").arg(code))));
            line.qty = *q;
            return Result<CartLine>(line);
        }
        if (p->unit == Unit::Each) {
            line.qty = 1000;
            line.product.price = e.price;
            return Result<CartLine>(line);
        }
        if (p->price <= 0 || e.price <= 0)
            return Result<CartLine>(std::unexpected(Error::invalid(
                QStringLiteral("%1: %2 has no price per unit to weigh the label's price by")
                    .arg(code, p->name))));
        // The weight the price buys; then the unit price that makes the line the label's price
        // exactly (it differs from the catalog's by less than a minor unit per unit).
        auto q = divRound(__int128(e.price) * 1000, p->price);
        if (!q || *q <= 0)
            return Result<CartLine>(std::unexpected(
                Error::invalid(QStringLiteral("%1: the label's price buys no weight").arg(code))));
        for (Milli delta = 0; delta <= 50; ++delta) {
            for (Milli qty : {*q - delta, *q + delta}) {
                if (qty <= 0)
                    continue;
                auto unitPrice = divRound(__int128(e.price) * 1000, qty);
                if (!unitPrice)
                    continue;
                for (Minor up : {*unitPrice, *unitPrice - 1, *unitPrice + 1}) {
                    auto gross = lineAmount(up, qty);
                    if (up > 0 && gross && *gross == e.price) {
                        line.qty = qty;
                        line.product.price = up;
                        return Result<CartLine>(line);
                    }
                }
            }
        }
        return Result<CartLine>(std::unexpected(Error::invalid(
            QStringLiteral("%1: no weight of %2 comes to the label's price; weigh it instead")
                .arg(code, p->name))));
    }
    return std::nullopt;
}

} // namespace sk::hw::barcode
