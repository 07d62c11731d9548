#pragma once

#include "core/Error.h"

#include <QStringView>

#include <algorithm>

namespace sk {

// Whether `text` holds a control character (a tab, a line break, a NUL...): names and codes a
// person types never do.
inline bool hasControlCharacter(QStringView text)
{
    return std::any_of(
        text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

// Text a person writes on a record (a reason, a note) has at most 500 characters; `what` names
// it in the error ("reason" gives "reason is longer than 500 characters").
inline Status checkNoteLength(const QString &text, const QString &what)
{
    if (text.size() > 500)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 is longer than 500 characters").arg(what));
    return {};
}

} // namespace sk
