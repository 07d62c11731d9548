#pragma once

#include "core/Database.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace sk::ui {

// When the open database is found damaged (at start after an unclean exit, or by any statement
// while the app runs), core stops every write to it. The guard tells the vendor at once with a
// blocking question and offers the newest good backup in the backup folder; the damaged file
// is kept beside the database. Questions go through Dialogs, so GUI tests can answer them.
class DamageGuard : public QObject
{
    Q_OBJECT
public:
    DamageGuard(Database &db, QString backupFolder, QObject *parent = nullptr);
    ~DamageGuard() override;

    void setWindow(QWidget *window) { m_window = window; }
    // Asked after the vendor says yes and before anything is replaced: restoring loses the sales
    // made since the backup, so a helper needs an owner's PIN. No check is made when unset.
    void setMayRestore(std::function<bool()> mayRestore) { m_mayRestore = std::move(mayRestore); }
    // Asks now; true when the newest good backup was restored.
    bool offerRestore(const Error &damage);
    // At start, for a database that cannot be opened (damaged, truncated, not SQLite any more):
    // true when the newest good backup replaced the file (open it again). When the backup has
    // owners, one of them types their PIN first (restoring loses the sales since the backup).
    static bool
    offerRestoreOfFile(const QString &path, const QString &backupFolder, const Error &problem);
    // An owner of the till, as the backup at `backupPath` knows them, approves a restore; true
    // at once when it has no owner.
    static bool ownerOfBackupApproves(const QString &backupPath);

signals:
    void restored(const QString &keptAs); // the content was replaced: sections reload

private:
    Database &m_db;
    QString m_folder;
    QString m_file; // the database, resolved, as core names it when it reports damage
    QPointer<QWidget> m_window;
    bool m_asking = false;
    std::function<bool()> m_mayRestore;
};

} // namespace sk::ui
