#include "ui/common/FileSaving.h"

#include "core/FileSafety.h"
#include "core/StorageError.h"

#include <QFile>
#include <QPrinter>

namespace sk::ui {

Status FileSaving::savePdf(const QString &path, const std::function<void(QPrinter *)> &print)
{
    return writeFileThrough(path, [&](const QString &temporary) -> Status {
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(temporary);
            print(&printer);
        }
        // QPrinter reports no write errors; a whole PDF ends with its %%EOF marker.
        QFile f(temporary);
        QByteArray tail;
        if (f.open(QIODevice::ReadOnly) && f.size() > 16 && f.seek(f.size() - 16))
            tail = f.read(16);
        if (!tail.contains("%%EOF"))
            return std::unexpected(diagnoseWriteFailure(path));
        return {};
    });
}

QString FileSaving::storageText(const Error &e)
{
    QString what;
    switch (e.code) {
    case Error::Code::ProtectedFile:
        what = tr("That file is a database, or belongs to one; nothing was written to it. Choose "
                  "a new file name, for example in your Documents folder.");
        break;
    case Error::Code::DiskFull:
        what = tr("The disk is full; nothing was written. Free some space or choose another "
                  "disk.");
        break;
    case Error::Code::ReadOnly:
        what = tr("That place is read-only; nothing was written. Choose another folder or disk.");
        break;
    case Error::Code::Io:
        what = tr("The file could not be read or written.");
        break;
    case Error::Code::Damaged:
        what = tr("The database is damaged; nothing more is written to it. Restore a backup.");
        break;
    case Error::Code::NotADatabase:
        what = tr("That file is not a Stallkeeper database.");
        break;
    default:
        return {};
    }
    return e.detail.isEmpty() ? what : what + QLatin1Char(' ') + e.detail;
}

QString FileSaving::errorText(const Error &e)
{
    const QString t = storageText(e);
    return t.isEmpty() ? e.detail : t;
}

} // namespace sk::ui
