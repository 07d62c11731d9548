#pragma once

#include "core/Error.h"

#include <QCoreApplication>

#include <functional>

class QPrinter;

namespace sk::ui {

// Saving files from the app. Every file goes through core's atomic writer (FileSafety.h), which
// refuses the database, its companion files and any SQLite file, and replaces an existing file
// only by renaming a complete, fsynced temporary over it. What only the UI has lives here: PDFs
// from QPrinter, and the words for what went wrong, saying what to do instead.
class FileSaving
{
    Q_DECLARE_TR_FUNCTIONS(sk::ui::FileSaving)
public:
    // `print` draws onto a PDF printer aimed at a temporary file beside `path`; the PDF takes
    // the name only when it is whole.
    static Status savePdf(const QString &path, const std::function<void(QPrinter *)> &print);
    // A full or read-only disk, a damaged database, an output that is a database: a translated
    // sentence that says what to do, then the detail. Empty for other errors.
    static QString storageText(const Error &e);
    // storageText, or the detail alone.
    static QString errorText(const Error &e);
};

} // namespace sk::ui
