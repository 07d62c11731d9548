#include "core/NumberText.h"

#include <algorithm>
#include <limits>

namespace sk {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Characters people put between digit groups; never a decimal separator.
bool isGroupingOnly(QChar c)
{
    return c.isSpace() || c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('_')
           || c == QChar(0x066C); // Arabic thousands separator
}

QChar single(const QString &s)
{
    return s.size() == 1 ? s.at(0) : QChar();
}

// The text as the messages quote it: short, and nothing that cannot be printed on one line.
QString quoted(QStringView text)
{
    QString out;
    for (QChar c : text.left(40))
        out += (c.isPrint() || c == QChar(0x202F) || c == QChar(0xA0)) ? c : QChar(0xFFFD);
    return out;
}

struct Reader
{
    const NumberShape &shape;
    NumberSource source;
    const QLocale &locale;
    QStringView original;
    bool negative = false;

    int kept() const { return shape.whole ? 0 : shape.decimals; }

    NumberProblem problem(NumberProblem::Kind kind) const
    {
        NumberProblem p;
        p.kind = kind;
        p.text = quoted(original);
        p.decimals = kept();
        p.source = source;
        return p;
    }

    QString decimalPoint() const
    {
        return source == NumberSource::Machine ? QStringLiteral(".") : typedDecimalPoint(locale);
    }

    // "." and "," may be a decimal separator; what else may depends on the source.
    bool isDecimal(QChar c) const
    {
        if (c == QLatin1Char('.'))
            return true;
        if (source == NumberSource::Machine)
            return false;
        return c == QLatin1Char(',') || c == single(locale.decimalPoint());
    }
    bool couldBeDecimal(QChar c) const { return isDecimal(c) || c == QLatin1Char(','); }
    bool isSeparator(QChar c) const
    {
        return couldBeDecimal(c) || isGroupingOnly(c) || c == single(locale.groupSeparator());
    }

    // The fraction without the zeros the value does not keep, or nullopt when a digit that
    // matters would be lost.
    std::optional<QStringView> significant(QStringView frac) const
    {
        while (frac.size() > kept() && frac.endsWith(QLatin1Char('0')))
            frac.chop(1);
        if (frac.size() > kept())
            return std::nullopt;
        return frac;
    }

    // What to suggest for "int<point>frac", or nothing when the value cannot hold it.
    QString decimalReading(QStringView intPart, QStringView frac) const
    {
        auto f = significant(frac);
        if (!f)
            return {};
        QString s = negative ? QStringLiteral("-") : QString();
        s += intPart.isEmpty() ? QStringLiteral("0") : intPart.toString();
        if (!f->isEmpty())
            s += decimalPoint() + f->toString();
        return s;
    }

    std::expected<qint64, NumberProblem> value(QStringView intPart, QStringView frac) const
    {
        auto f = significant(frac);
        if (!f)
            return std::unexpected(problem(kept() == 0 ? NumberProblem::Kind::NotWhole
                                                       : NumberProblem::Kind::TooManyDecimals));
        // Digits beyond 19 before the point would overflow whatever they are; stop early so
        // a megabyte of digits costs nothing.
        while (intPart.size() > 1 && intPart.startsWith(QLatin1Char('0')))
            intPart = intPart.mid(1);
        if (intPart.size() > 20)
            return std::unexpected(problem(NumberProblem::Kind::TooLarge));
        __int128 v = 0;
        for (QChar c : intPart)
            v = v * 10 + (c.unicode() - '0');
        for (int i = 0; i < shape.decimals; ++i)
            v = v * 10 + (i < f->size() ? f->at(i).unicode() - '0' : 0);
        if (negative)
            v = -v;
        if (v > std::numeric_limits<qint64>::max() || v < std::numeric_limits<qint64>::min())
            return std::unexpected(problem(NumberProblem::Kind::TooLarge));
        return static_cast<qint64>(v);
    }

    // "1", "12" or "123" leading a group of thousands ("0" never does).
    static bool leadsGroups(QStringView run)
    {
        return run.size() >= 1 && run.size() <= 3 && !run.startsWith(QLatin1Char('0'));
    }
    static bool validGroups(const QList<QStringView> &runs)
    {
        if (runs.isEmpty() || !leadsGroups(runs.first()))
            return false;
        for (qsizetype i = 1; i < runs.size(); ++i)
            if (runs[i].size() != 3)
                return false;
        return true;
    }
    QString joined(const QList<QStringView> &runs) const
    {
        QString s = negative ? QStringLiteral("-") : QString();
        for (QStringView r : runs)
            s += r;
        return s;
    }

    std::expected<qint64, NumberProblem> read(QStringView body) const
    {
        QList<QStringView> runs;
        QList<QChar> seps;
        qsizetype start = 0;
        bool digits = false;
        for (qsizetype i = 0; i < body.size(); ++i) {
            const QChar c = body.at(i);
            if (isAsciiDigit(c)) {
                digits = true;
                continue;
            }
            if (!isSeparator(c))
                return std::unexpected(problem(NumberProblem::Kind::NotANumber));
            runs << body.mid(start, i - start);
            seps << c;
            start = i + 1;
        }
        runs << body.mid(start);
        if (!digits)
            return std::unexpected(problem(NumberProblem::Kind::NotANumber));
        // Two separators in a row, or one with no digit on either side in the middle.
        for (qsizetype i = 1; i + 1 < runs.size(); ++i)
            if (runs[i].isEmpty())
                return std::unexpected(problem(NumberProblem::Kind::NotANumber));
        if (seps.isEmpty())
            return value(runs[0], {});

        if (seps.size() == 1 && isDecimal(seps[0])) {
            // One decimal separator. Three digits after it read as a group of thousands to
            // some people: refuse when that other reading is possible and matters.
            const QChar sep = seps[0];
            const bool groupChar = source == NumberSource::Typed
                                   && sep == single(locale.groupSeparator())
                                   && sep != single(locale.decimalPoint());
            if (runs[1].size() == 3 && leadsGroups(runs[0]) && (kept() < 3 || groupChar)) {
                const QString asDecimal = decimalReading(runs[0], runs[1]);
                if (asDecimal.isEmpty() && !groupChar)
                    return value(runs[0], runs[1]); // "1.005" cents: too many decimals
                NumberProblem p = problem(NumberProblem::Kind::Grouped);
                p.write << joined(runs);
                if (!asDecimal.isEmpty())
                    p.write << asDecimal;
                return std::unexpected(p);
            }
            return value(runs[0], runs[1]);
        }

        // Grouping, or a decimal comma in machine text: refused with the readings it has.
        NumberProblem p = problem(NumberProblem::Kind::Grouped);
        const bool sameSeparator
            = std::all_of(seps.cbegin(), seps.cend(), [&](QChar c) { return c == seps.first(); });
        if (sameSeparator && validGroups(runs))
            p.write << joined(runs);
        const QChar last = seps.last();
        const QList<QStringView> head = runs.mid(0, runs.size() - 1);
        const QList<QChar> headSeps = seps.mid(0, seps.size() - 1);
        const bool headGroups
            = headSeps.isEmpty()
              || (!headSeps.contains(last) && validGroups(head)
                  && std::all_of(headSeps.cbegin(), headSeps.cend(), [&](QChar c) {
                         return c == headSeps.first();
                     }));
        bool lostDecimals = false;
        if (couldBeDecimal(last) && headGroups) {
            const QString asDecimal
                = decimalReading(joined(head).mid(negative ? 1 : 0), runs.last());
            if (!asDecimal.isEmpty())
                p.write << asDecimal;
            else
                lostDecimals = true;
        }
        p.write.removeDuplicates();
        if (p.write.isEmpty())
            return std::unexpected(problem(!lostDecimals ? NumberProblem::Kind::NotANumber
                                           : kept() == 0 ? NumberProblem::Kind::NotWhole
                                                         : NumberProblem::Kind::TooManyDecimals));
        return std::unexpected(p);
    }
};

// Removes one of `tokens` (longest first) from the start or end of `s`, with the spaces
// beside it.
bool takeToken(QStringView &s, const QStringList &tokens, bool atStart)
{
    qsizetype best = 0;
    for (const QString &t : tokens)
        if (!t.isEmpty() && t.size() > best && (atStart ? s.startsWith(t) : s.endsWith(t)))
            best = t.size();
    if (best == 0)
        return false;
    s = (atStart ? s.mid(best) : s.chopped(best)).trimmed();
    return true;
}

} // namespace

QString typedDecimalPoint(const QLocale &locale)
{
    const QString p = locale.decimalPoint();
    return p.size() == 1 ? p : QStringLiteral(".");
}

std::expected<qint64, NumberProblem>
readNumber(QStringView text, const NumberShape &shape, NumberSource source, const QLocale &locale)
{
    const QLocale &l = source == NumberSource::Machine ? QLocale::c() : locale;
    Reader r{shape, source, l, text};
    if (text.contains(QChar(0)))
        return std::unexpected(r.problem(NumberProblem::Kind::NotANumber));
    QStringView s = text.trimmed();
    if (s.isEmpty())
        return std::unexpected(r.problem(NumberProblem::Kind::Empty));
    // Made once (made for every number, the lists were a tenth of reading one from a file);
    // a typed number's lists add the locale's signs to a copy.
    static const QStringList kMinus = {QStringLiteral("-"), QString(QChar(0x2212))};
    static const QStringList kPlus = {QStringLiteral("+")};
    QStringList minus = kMinus;
    QStringList plus = kPlus;
    if (source == NumberSource::Typed) {
        minus << l.negativeSign();
        plus << l.positiveSign();
    }
    // A sign and a currency symbol, in either order, before the number ("-$1.50", "$-1.50",
    // "R$ -1,50"); or the symbol after it ("-1,50 €").
    bool signed_ = false;
    bool symbol = false;
    for (int i = 0; i < 2; ++i) {
        if (!signed_ && takeToken(s, minus, true)) {
            signed_ = r.negative = true;
        } else if (!signed_ && takeToken(s, plus, true)) {
            signed_ = true;
        } else if (!symbol && takeToken(s, shape.symbols, true)) {
            symbol = true;
        }
    }
    if (!symbol)
        takeToken(s, shape.symbols, false);
    return r.read(s);
}

QString NumberProblem::describe() const
{
    switch (kind) {
    case Kind::Empty:
        return QStringLiteral("no number given");
    case Kind::NotANumber:
        return QStringLiteral("\"%1\" is not a number").arg(text);
    case Kind::Grouped: {
        const QString how = source == NumberSource::Machine
                                ? QStringLiteral("a dot for decimals, no thousands separators")
                                : QStringLiteral("no thousands separators");
        if (write.size() >= 2)
            return QStringLiteral("\"%1\" can be read two ways: write %2 or %3 (%4)")
                .arg(text, write[0], write[1], how);
        return QStringLiteral("\"%1\": write %2 (%3)").arg(text, write.value(0), how);
    }
    case Kind::TooManyDecimals:
        return QStringLiteral("\"%1\": at most %2 decimals").arg(text).arg(decimals);
    case Kind::NotWhole:
        return QStringLiteral("\"%1\" is not a whole number").arg(text);
    case Kind::TooLarge:
        return QStringLiteral("\"%1\" is too large").arg(text);
    }
    return {};
}

} // namespace sk
