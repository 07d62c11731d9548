#include "core/CardNumber.h"

#include <QJsonArray>
#include <QVarLengthArray>

namespace sk {

namespace {

// Thirteen digits written together that read as milliseconds since 1970 between the years 2000
// and 2070 (a cut-off, a clock) are a time: no card number of 13 digits starts with 1, 2 or 3.
bool isMsTime(const QString &digits)
{
    if (digits.size() != 13)
        return false;
    const qint64 ms = digits.toLongLong();
    return ms >= 946684800000LL && ms < 3155760000000LL;
}

// A UUID (8-4-4-4-12 hex digits) starts at `i`: an id, whose digit groups are random and never
// a card, though three of them can read as 16 digits that pass the Luhn check.
constexpr bool isLowerHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

template<typename At>
bool uuidAt(qsizetype size, At at, qsizetype i)
{
    if (size - i < 36 || at(i + 8) != u'-' || (i > 0 && isLowerHex(at(i - 1)))
        || (size - i > 36 && isLowerHex(at(i + 36))))
        return false;
    for (qsizetype k = 0; k < 36; ++k) {
        const bool dash = k == 8 || k == 13 || k == 18 || k == 23;
        if (dash ? at(i + k) != u'-' : !isLowerHex(at(i + k)))
            return false;
    }
    return true;
}

template<typename At>
bool scan(qsizetype size, At at)
{
    // Each run of digit groups split by single spaces or dashes; within it every stretch of
    // whole groups with 13-19 digits is a candidate (a card written after a date or a count is
    // still found).
    qsizetype i = 0;
    while (i < size) {
        if (uuidAt(size, at, i)) {
            i += 36;
            continue;
        }
        if (!(at(i) >= u'0' && at(i) <= u'9')) {
            ++i;
            continue;
        }
        QVarLengthArray<std::pair<qsizetype, qsizetype>, 8> groups; // start, length
        while (i < size) {
            const qsizetype start = i;
            while (i < size && at(i) >= u'0' && at(i) <= u'9')
                ++i;
            groups.append({start, i - start});
            if (i + 1 < size && (at(i) == u' ' || at(i) == u'-') && at(i + 1) >= u'0'
                && at(i + 1) <= u'9')
                ++i;
            else
                break;
        }
        for (qsizetype g = 0; g < groups.size(); ++g) {
            QString digits;
            for (qsizetype h = g; h < groups.size(); ++h) {
                for (qsizetype k = 0; k < groups[h].second; ++k)
                    digits += QChar(at(groups[h].first + k));
                if (digits.size() > 19)
                    break;
                if (digits.size() >= 13 && luhnValid(digits) && !(h == g && isMsTime(digits)))
                    return true;
            }
        }
    }
    return false;
}

// A step of a path into the data: a key, or an index when the key is empty.
struct Step
{
    QString key;
    qsizetype index = 0;
};

bool find(const QJsonValue &v, QVarLengthArray<Step, 8> &path)
{
    if (path.size() > 32)
        return false;
    if (v.isString())
        return holdsCardNumber(v.toString()); // ids (lower-case UUIDs) are skipped
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            path.append({QString(), i});
            if (find(a.at(i), path))
                return true;
            path.removeLast();
        }
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString k = it.key();
            if (k == u"hlc" || k.endsWith(u"_at") || k.endsWith(u"_ms") || k == u"sku"
                || k == u"barcodes" || k == u"barcode")
                continue;
            path.append({k, 0});
            if (find(it.value(), path))
                return true;
            path.removeLast();
        }
    }
    return false;
}

} // namespace

bool luhnValid(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const char16_t c = digits[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        int d = c - u'0';
        if (twice && (d *= 2) > 9)
            d -= 9;
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

bool holdsCardNumber(QStringView text)
{
    return scan(text.size(), [&](qsizetype i) { return text[i].unicode(); });
}

bool holdsCardNumber(QByteArrayView utf8)
{
    // Digits, spaces and dashes are single bytes in UTF-8, and no byte of another character is.
    return scan(utf8.size(), [&](qsizetype i) { return char16_t(uchar(utf8[i])); });
}

QString cardNumberField(const QJsonObject &data)
{
    QVarLengthArray<Step, 8> path;
    if (!find(data, path))
        return {};
    QString named;
    for (const Step &s : path)
        named += s.key.isEmpty() ? QStringLiteral("[%1]").arg(s.index)
                                 : (named.isEmpty() ? s.key : u'.' + s.key);
    return named;
}

QString cardNumberRefusal(const QString &field)
{
    return QStringLiteral("%1 holds a whole card number: keep only its last 4 digits or the "
                          "program card number")
        .arg(field);
}

} // namespace sk
