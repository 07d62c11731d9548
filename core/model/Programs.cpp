#include "core/model/Programs.h"

#include <QRegularExpression>

namespace sk {

Result<QStringList> parseClassList(const QString &text)
{
    QStringList out;
    for (const QString &w : text.toLower().split(QRegularExpression(QStringLiteral("[\\s,;|]+")),
                                                 Qt::SkipEmptyParts)) {
        if (!isClassCode(w))
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("\"%1\" is not a class code").arg(w.left(40)));
        if (!out.contains(w))
            out << w;
    }
    out.sort();
    return out;
}

QString incentivePeriodCode(IncentiveRule::Period p)
{
    return p == IncentiveRule::Period::Month ? QStringLiteral("month") : QStringLiteral("day");
}

} // namespace sk
