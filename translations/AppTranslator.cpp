// Installs the app's translations (embedded by qt_add_translations under :/i18n) and Qt's own,
// as soon as the QApplication exists, before main() parses the command line, so --help and
// every window are in the vendor's language.
//
// The language is the one chosen in Settings (QSettings key "language": "es", "fr", "de" ...;
// empty or absent = the system's), else the system's UI languages (LANGUAGE, LC_ALL, LANG).
// Number, currency and date formats follow the same locale on screen (QLocale::setDefault);
// CSV files never use it.

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

void installTranslations()
{
    auto *app = QCoreApplication::instance();
    QLocale locale = QLocale::system();
    // Runs inside the QApplication constructor, before main() names the application: name the
    // settings file explicitly (the same organisation and application names main() sets).
    const QString chosen = QSettings(QStringLiteral("stallkeeper"), QStringLiteral("stallkeeper"))
                               .value(QStringLiteral("language"))
                               .toString();
    if (!chosen.isEmpty())
        locale = QLocale(chosen);

    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("stallkeeper"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installTranslations)
