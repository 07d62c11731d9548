#include "core/hardware/Label.h"

#include "core/PdfFile.h"
#include "core/hardware/Scale.h"

#include <algorithm>

namespace sk::hw {

namespace {

bool digitsOnly(const QString &s)
{
    return !s.isEmpty()
           && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Text for a PDF string in WinAnsiEncoding (Latin-1 is the part used here).
QByteArray pdfText(const QString &s)
{
    QByteArray out;
    for (QChar c : s) {
        const char16_t u = c.unicode() == 0x202F || c.unicode() == 0xA0 ? u' ' : c.unicode();
        const char ch = u < 0x100 ? char(u) : '?';
        if (ch == '(' || ch == ')' || ch == '\\')
            out += '\\';
        out += ch;
    }
    return out;
}

QString weightText(const Label &l, const QLocale &locale)
{
    return formatQuantity(l.weight, l.unit, locale) + QLatin1Char(' ') + unitCode(l.unit);
}

QString perUnitText(const Label &l, const QLocale &locale)
{
    return formatMoney(l.unitPrice, l.currency, locale) + QLatin1Char('/') + unitCode(l.unit);
}

} // namespace

Result<Label> Label::make(const Product &p,
                          Milli weight,
                          const Currency &currency,
                          const barcode::Layout &layout,
                          const QString &itemCode)
{
    if (p.unit == Unit::Each)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 is sold each: a weight label is for items sold by weight")
                        .arg(p.sku));
    if (weight <= 0)
        return fail(Error::Code::InvalidInput, QStringLiteral("the weight must be more than 0"));
    QString code = itemCode;
    if (code.isEmpty()) {
        QStringList candidates{p.sku};
        candidates += p.barcodes;
        for (const QString &c : candidates)
            if (digitsOnly(c) && c.size() <= layout.itemDigits) {
                code = c;
                break;
            }
    }
    if (code.isEmpty())
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 has no item code of at most %2 digits: give it one as a "
                                   "barcode, or pass --item-code")
                        .arg(p.sku)
                        .arg(layout.itemDigits));
    Label l;
    l.name = p.name;
    l.weight = weight;
    l.unit = p.unit;
    l.unitPrice = p.price;
    l.currency = currency;
    auto price = lineAmount(p.price, weight);
    if (!price)
        return std::unexpected(price.error());
    l.price = *price;
    qint64 value = l.price;
    if (layout.value == barcode::Layout::Value::Weight) {
        auto w = convertWeight(weight, p.unit, layout.weightUnit);
        if (!w)
            return std::unexpected(w.error());
        // The label carries whole digits of its unit: round to them.
        qint64 step = 1;
        for (int i = layout.decimals; i < 3; ++i)
            step *= 10;
        value = *divRound(*w, step) * step;
    }
    auto bc = barcode::encode(layout, code, value);
    if (!bc)
        return std::unexpected(bc.error());
    l.barcode = *bc;
    return l;
}

Result<QString> barcode::modules(const QString &code)
{
    static const char *const L[] = {"0001101",
                                    "0011001",
                                    "0010011",
                                    "0111101",
                                    "0100011",
                                    "0110001",
                                    "0101111",
                                    "0111011",
                                    "0110111",
                                    "0001011"};
    static const char *const G[] = {"0100111",
                                    "0110011",
                                    "0011011",
                                    "0100001",
                                    "0011101",
                                    "0111001",
                                    "0000101",
                                    "0010001",
                                    "0001001",
                                    "0010111"};
    static const char *const R[] = {"1110010",
                                    "1100110",
                                    "1101100",
                                    "1000010",
                                    "1011100",
                                    "1001110",
                                    "1010000",
                                    "1000100",
                                    "1001000",
                                    "1110100"};
    static const char *const parity[] = {"LLLLLL",
                                         "LLGLGG",
                                         "LLGGLG",
                                         "LLGGGL",
                                         "LGLLGG",
                                         "LGGLLG",
                                         "LGGGLL",
                                         "LGLGLG",
                                         "LGLGGL",
                                         "LGGLGL"};
    const QString ean = code.size() == 12 ? QLatin1Char('0') + code : code;
    if (ean.size() != 13 || !digitsOnly(ean))
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 is not a 12- or 13-digit code").arg(code));
    auto d = [&](int i) {
        return ean[i].unicode() - u'0';
    };
    QString m = QStringLiteral("101");
    const char *par = parity[d(0)];
    for (int i = 1; i <= 6; ++i)
        m += QLatin1String(par[i - 1] == 'L' ? L[d(i)] : G[d(i)]);
    m += QStringLiteral("01010");
    for (int i = 7; i <= 12; ++i)
        m += QLatin1String(R[d(i)]);
    m += QStringLiteral("101");
    return m;
}

QByteArray labelPdf(const Label &l, const QLocale &locale)
{
    // 58 x 40 mm in points.
    const double w = 58 / 25.4 * 72, h = 40 / 25.4 * 72;
    QByteArray c;
    auto text = [&](const char *font, int size, double x, double y, const QString &s) {
        c += "BT /" + QByteArray(font) + ' ' + QByteArray::number(size) + " Tf "
             + QByteArray::number(x, 'f', 2) + ' ' + QByteArray::number(y, 'f', 2) + " Td ("
             + pdfText(s) + ") Tj ET\n";
    };
    text("F2", 11, 8, h - 16, l.name.left(40));
    text("F1",
         8,
         8,
         h - 28,
         weightText(l, locale) + QStringLiteral("  @ ") + perUnitText(l, locale));
    text("F2", 14, 8, h - 45, formatMoney(l.price, l.currency, locale));
    const QString m = *barcode::modules(l.barcode);
    const double module = 0.33 / 25.4 * 72, barBottom = 14, barHeight = 40;
    const double x0 = (w - m.size() * module) / 2;
    for (qsizetype i = 0; i < m.size();) {
        if (m[i] != u'1') {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < m.size() && m[j] == u'1')
            ++j;
        c += QByteArray::number(x0 + i * module, 'f', 3) + ' ' + QByteArray::number(barBottom) + ' '
             + QByteArray::number((j - i) * module, 'f', 3) + ' ' + QByteArray::number(barHeight)
             + " re f\n";
        i = j;
    }
    text("F1", 8, x0, 5, l.barcode);

    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(w, 'f', 2) + ' '
            + QByteArray::number(h, 'f', 2)
            + "] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        "<< /Length " + QByteArray::number(c.size()) + " >>\nstream\n" + c + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    };
    return pdfFile(objects);
}

QByteArray labelZpl(const Label &l, const QLocale &locale)
{
    auto field = [](const QString &s) {
        // ^FH lets _XX stand for a byte; UTF-8 (^CI28) covers accents.
        QByteArray out;
        for (char ch : s.toUtf8()) {
            if (ch == '^' || ch == '~' || ch == '_')
                out += '_' + QByteArray(1, ch).toHex().toUpper();
            else
                out += ch;
        }
        return out;
    };
    QByteArray z = "^XA^CI28^PW464^LL320\n";
    z += "^FO16,16^A0N,32,32^FH^FD" + field(l.name.left(40)) + "^FS\n";
    z += "^FO16,56^A0N,24,24^FH^FD"
         + field(weightText(l, locale) + QStringLiteral("  @ ") + perUnitText(l, locale)) + "^FS\n";
    z += "^FO16,88^A0N,40,40^FH^FD" + field(formatMoney(l.price, l.currency, locale)) + "^FS\n";
    const bool upc = l.barcode.size() == 12;
    // Both take the code without its check digit and print it themselves.
    z += "^FO60,150^BY2^" + QByteArray(upc ? "BUN" : "BEN") + ",100,Y,N^FD"
         + l.barcode.left(l.barcode.size() - 1).toLatin1() + "^FS\n";
    z += "^XZ\n";
    return z;
}

} // namespace sk::hw
