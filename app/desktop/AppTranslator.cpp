// Installs the app's translations (embedded by qt_add_translations under :/i18n) and Qt's own
// (qtbase_*.qm from qt6-translations-l10n: "Cancel", "OK", the file dialogs) as soon as the
// QApplication exists, before main() parses the command line, so --help and every window are in
// the vendor's language: the one chosen in Settings or the first-start setup, else the system's
// (LANGUAGE, LC_ALL, LANG). See ui/common/Language.h.

#include "ui/common/Language.h"

#include <QCoreApplication>

namespace {

void installTranslations()
{
    sk::ui::Language::apply(sk::ui::Language::chosen());
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installTranslations)
