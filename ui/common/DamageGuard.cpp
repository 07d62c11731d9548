#include "ui/common/DamageGuard.h"

#include "core/Backups.h"
#include "core/checkout/PinStore.h"
#include "ui/common/Dialogs.h"
#include "ui/common/OwnerApproval.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <algorithm>

namespace sk::ui {

namespace {

QString when(const BackupInfo &b)
{
    return QLocale().toString(b.createdAt.toLocalTime(), QLocale::ShortFormat);
}

QString restoreQuestion(const BackupInfo &b)
{
    return DamageGuard::tr("Restore the backup made %1? Sales made since then are lost unless "
                           "they were synced; the damaged file is kept beside the database.")
        .arg(when(b));
}

} // namespace

DamageGuard::DamageGuard(Database &db, QString backupFolder, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_folder(std::move(backupFolder))
    , m_file(QFileInfo(db.path()).canonicalFilePath())
{
    // Told from whichever thread met the damage, possibly inside SQLite: only post.
    Database::setDamageHandler([this](const QString &path, const Error &damage) {
        if (path == m_file)
            QMetaObject::invokeMethod(
                this, [this, damage] { offerRestore(damage); }, Qt::QueuedConnection);
    });
}

DamageGuard::~DamageGuard()
{
    Database::setDamageHandler({});
}

bool DamageGuard::offerRestore(const Error &damage)
{
    if (m_asking || !m_db.damaged())
        return false;
    m_asking = true;
    auto done = qScopeGuard([this] { m_asking = false; });
    const QString title = tr("The database is damaged");
    const QString what = tr("The database %1 is damaged. Nothing more is written to it, so no sale "
                            "can be rung up until it is repaired.")
                             .arg(m_db.path());
    const QString detail = QStringLiteral("\n\n") + damage.detail;
    auto good = BackupManager::newestGoodIn(m_folder);
    if (!good) {
        Dialogs::warning(m_window,
                         title,
                         what + QLatin1Char(' ')
                             + tr("No good backup was found in %1. Close Stallkeeper and keep the "
                                  "file for repair; synced sales are safe on the server.")
                                   .arg(m_folder)
                             + detail);
        return false;
    }
    if (Dialogs::question(m_window,
                          title,
                          what + QLatin1Char(' ') + restoreQuestion(*good) + detail,
                          QMessageBox::Yes | QMessageBox::No,
                          QMessageBox::Yes)
        != QMessageBox::Yes)
        return false;
    if (m_mayRestore && !m_mayRestore())
        return false;
    auto r = m_db.restoreFrom(good->path);
    if (!r) {
        Dialogs::warning(
            m_window, title, tr("The backup was not restored: %1").arg(r.error().detail));
        return false;
    }
    Dialogs::information(m_window,
                         tr("Backup restored"),
                         tr("The backup made %1 was restored. The damaged database was kept as %2.")
                             .arg(when(*good), r->keptAs));
    emit restored(r->keptAs);
    return true;
}

bool DamageGuard::ownerOfBackupApproves(const QString &backupPath)
{
    // The till's own file cannot be read, so its owners are looked up in the backup that is
    // about to replace it (they are the same people). The backup is read from a scratch copy:
    // checking a PIN counts failed attempts, and the backup itself stays as it was.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("owners.sqlite"));
    if (!scratch.isValid() || !QFile::copy(backupPath, copy)) {
        Dialogs::warning(nullptr,
                         tr("The database cannot be opened"),
                         tr("The backup could not be read to check the owner's PIN."));
        return false;
    }
    auto db = Database::open(copy);
    if (!db) {
        Dialogs::warning(nullptr,
                         tr("The database cannot be opened"),
                         tr("The backup could not be read to check the owner's PIN."));
        return false;
    }
    auto users = PinStore(**db).users();
    const bool hasOwner
        = users && std::any_of(users->cbegin(), users->cend(), [](const TillUser &u) {
              return u.role == TillUser::Role::Owner;
          });
    if (!hasOwner)
        return true; // no PIN lock on this till: anyone at it may restore
    return OwnerApproval::ask(**db, tr("Restore the newest good backup")).has_value();
}

bool DamageGuard::offerRestoreOfFile(const QString &path,
                                     const QString &backupFolder,
                                     const Error &problem)
{
    auto good = BackupManager::newestGoodIn(backupFolder);
    if (!good)
        return false;
    if (Dialogs::question(nullptr,
                          tr("The database cannot be opened"),
                          tr("Stallkeeper cannot open %1.").arg(path) + QLatin1Char(' ')
                              + restoreQuestion(*good) + QStringLiteral("\n\n") + problem.detail,
                          QMessageBox::Yes | QMessageBox::No,
                          QMessageBox::Yes)
        != QMessageBox::Yes)
        return false;
    if (!ownerOfBackupApproves(good->path))
        return false;
    auto r = Database::restoreFile(path, good->path);
    if (!r) {
        Dialogs::warning(nullptr,
                         tr("The database cannot be opened"),
                         tr("The backup was not restored: %1").arg(r.error().detail));
        return false;
    }
    return true;
}

} // namespace sk::ui
