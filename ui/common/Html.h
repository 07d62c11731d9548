#pragma once

#include <QString>

namespace sk::ui {

// `s` as text in HTML (the receipt, the summaries, the customer display): <, >, & and " escaped.
inline QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace sk::ui
