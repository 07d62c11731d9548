#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace sk::ui {

// The language of the app's screens: the per-machine choice (QSettings "language": "en", "es",
// "fr", "de"; empty = the system's), the translations installed for it (the app's own from
// :/i18n and Qt's own, qtbase_*.qm, so "Cancel", "OK" and the file dialogs are translated too)
// and the locale numbers, money, dates and times follow on screen (CSV files never do).
//
// app/desktop/AppTranslator.cpp applies the chosen language when the app starts; the first-start
// setup applies a new choice at once. CSV exports and the CLI keep QLocale::c().
struct Language
{
    static QString chosen();
    static void setChosen(const QString &code);

    // The languages the app is translated into, by code, each with its own name ("Español").
    static QStringList available();
    static QString nativeName(const QString &code);

    // The locale for `code` on a machine whose own locale is `system`: the chosen language in
    // the system's country when that language is spoken there (Spanish on a US machine is
    // es_US, with "$8.50" and a 12-hour clock), else the language's own default (es_ES).
    static QLocale localeFor(const QString &code, const QLocale &system = QLocale::system());

    // Installs the translations for `code` (empty = the system's language), replacing those
    // installed before, and makes its locale the default. False when the app's own translation
    // was not found (English needs none). Sends QEvent::LanguageChange to every widget.
    static bool apply(const QString &code);
    // Where else the app's .qm files may be (tests load them from the build folder).
    static void addSearchPath(const QString &dir);
};

} // namespace sk::ui
