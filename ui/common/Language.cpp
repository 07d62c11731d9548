#include "ui/common/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace sk::ui {

namespace {

// The settings file by name: the language is read inside the QApplication constructor, before
// main() names the application (the same organisation and application names main() sets).
constexpr auto kSettingsName = QLatin1StringView("stallkeeper");

struct Installed
{
    QPointer<QTranslator> own;
    QPointer<QTranslator> qt;
    QStringList searchPaths{QStringLiteral(":/i18n")};
};

Installed &installed()
{
    static Installed i;
    return i;
}

void replace(QPointer<QTranslator> &slot, QTranslator *next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (next)
        QCoreApplication::installTranslator(next);
}

} // namespace

QString Language::chosen()
{
    QSettings s(kSettingsName, kSettingsName);
    return s.value(QStringLiteral("language")).toString();
}

void Language::setChosen(const QString &code)
{
    QSettings s(kSettingsName, kSettingsName);
    if (code.isEmpty())
        s.remove(QStringLiteral("language"));
    else
        s.setValue(QStringLiteral("language"), code);
    s.sync();
}

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("de")};
}

QString Language::nativeName(const QString &code)
{
    // QLocale::nativeLanguageName() says "español de España" or "American English"; a vendor
    // picks a language, not a country.
    if (code == u"es")
        return QStringLiteral("Español");
    if (code == u"fr")
        return QStringLiteral("Français");
    if (code == u"de")
        return QStringLiteral("Deutsch");
    return QStringLiteral("English");
}

QLocale Language::localeFor(const QString &code, const QLocale &system)
{
    if (code.isEmpty())
        return system;
    const QLocale language(code);
    if (system.language() == language.language())
        return system;
    if (system.territory() != QLocale::AnyTerritory) {
        const QLocale there(language.language(), system.territory());
        if (there.language() == language.language() && there.territory() == system.territory())
            return there;
    }
    return language;
}

bool Language::apply(const QString &code)
{
    auto *app = QCoreApplication::instance();
    const QLocale locale = localeFor(code);
    Installed &i = installed();

    auto *own = new QTranslator(app);
    bool found = false;
    for (const QString &dir : std::as_const(i.searchPaths))
        if (own->load(locale, QStringLiteral("stallkeeper"), QStringLiteral("_"), dir)) {
            found = true;
            break;
        }
    // A language the app has no translation for (Italian, or the "C" locale of a bare system)
    // runs in English, with English plurals: "1 item", "2 sales", not "1 item(s)".
    bool english = false;
    if (!found)
        for (const QString &dir : std::as_const(i.searchPaths))
            if (own->load(QLocale(QLocale::English, QLocale::UnitedStates),
                          QStringLiteral("stallkeeper"),
                          QStringLiteral("_"),
                          dir)) {
                english = true;
                break;
            }
    if (!found && !english) {
        delete own;
        own = nullptr;
    }
    replace(i.own, own);

    auto *qt = new QTranslator(app);
    if (!qt->load(locale,
                  QStringLiteral("qtbase"),
                  QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    replace(i.qt, qt);
    QLocale::setDefault(locale);
    return found || locale.language() == QLocale::English;
}

void Language::addSearchPath(const QString &dir)
{
    if (!installed().searchPaths.contains(dir))
        installed().searchPaths.append(dir);
}

} // namespace sk::ui
