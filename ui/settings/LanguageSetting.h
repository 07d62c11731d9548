#pragma once

#include <QSettings>
#include <QString>

namespace sk::ui {

// The per-machine language choice (QSettings "language": "en", "es", "fr", "de"; empty = the
// system's). translations/AppTranslator.cpp reads the same key when the app starts and installs
// the translation and QLocale::setDefault from it, so a change shows at the next start.
struct LanguageSetting
{
    static QString chosen()
    {
        return QSettings(QStringLiteral("stallkeeper"), QStringLiteral("stallkeeper"))
            .value(QStringLiteral("language"))
            .toString();
    }
    static void setChosen(const QString &code)
    {
        QSettings s(QStringLiteral("stallkeeper"), QStringLiteral("stallkeeper"));
        if (code.isEmpty())
            s.remove(QStringLiteral("language"));
        else
            s.setValue(QStringLiteral("language"), code);
        s.sync();
    }
};

} // namespace sk::ui
