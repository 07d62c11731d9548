// stallkeeper-cli backup, restore, check: copies through SQLite, a restore that proves its
// backup and keeps what it replaces, and the integrity check.
#include "app/cli/Cli.h"

#include "core/Backups.h"
#include "core/sync/SyncEngine.h"

#include <QDateTime>

namespace sk::cli {

namespace {

int cmdBackup(Context &ctx, Args &a)
{
    if (a.positional.size() > 1)
        usageError(QStringLiteral("backup takes at most one FILE"));
    Database &db = ctx.database();
    if (a.positional.size() == 1) {
        check(db.backupTo(a.positional[0]));
        ctx.out << "backed up to " << a.positional[0] << "\n";
        return 0;
    }
    // No file: a rotating copy in the backups folder beside the database.
    BackupManager backups(db, BackupManager::defaultFolder(db));
    if (a.flag(QStringLiteral("list"))) {
        for (const BackupInfo &b : check(backups.list()))
            ctx.out << b.createdAt.toString(Qt::ISODate) << '\t' << b.kind << '\t' << b.size << '\t'
                    << b.path << "\n";
        return 0;
    }
    const BackupInfo made = check(backups.backupNow());
    check(backups.prune());
    ctx.out << "backed up to " << made.path << "\n";
    return 0;
}

// Unsynced events, pending or set aside by the server, are never silently thrown away: they
// are kept in a file first (and stay in the replaced database, which is kept too).
void keepUnsynced(Database &db, bool force)
{
    sync::SyncEngine engine(db);
    const auto state = engine.state();
    if (!state) {
        if (!force)
            failWith(Error{state.error().code,
                           QStringLiteral("the waiting events could not be read (%1); restore "
                                          "--force keeps them in the replaced database only")
                               .arg(state.error().detail)});
        return;
    }
    const qint64 unsynced = state->pending + state->rejected;
    if (unsynced == 0)
        return;
    if (!force)
        failWith(Error::conflict(QStringLiteral("%1 event(s) are not synced yet; sync first, or "
                                                "restore --force (they are saved to a JSON "
                                                "file first)")
                                     .arg(unsynced)));
    const QString keep
        = db.path()
          + QStringLiteral(".unsynced-%1.json")
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss")));
    const qint64 kept = check(engine.exportPending(keep));
    err() << "kept " << kept << " unsynced event(s) in " << keep << "\n";
    err().flush();
}

int cmdRestore(Context &ctx, Args &a)
{
    if (a.positional.size() != 1)
        usageError(QStringLiteral("restore takes one FILE"));
    const QString source = a.positional[0];
    auto opened = Database::open(ctx.dbPath);
    if (!opened && opened.error().code != Error::Code::Damaged
        && opened.error().code != Error::Code::NotADatabase)
        failWith(opened.error());
    if (opened)
        ctx.db = std::move(*opened);
    // Proven before anything is written: a file that is not a good backup changes nothing.
    const BackupSummary summary = check(Database::inspectBackup(source, ctx.dbPath));
    ctx.out << summary.describe() << "\n";
    ctx.out.flush();
    RestoreReport done;
    if (!ctx.db) {
        // Too damaged to open: the file is replaced beside it, the old one kept as it was.
        err() << "the database cannot be opened (" << opened.error().detail
              << "); replacing the file\n";
        err().flush();
        done = check(Database::restoreFile(ctx.dbPath, source));
    } else {
        keepUnsynced(*ctx.db, a.flag(QStringLiteral("force")));
        done = check(ctx.db->restoreFrom(source));
    }
    ctx.out << "kept the replaced database as " << done.keptAs << "\n";
    ctx.out << "restored from " << source << "\n";
    return 0;
}

int cmdCheck(Context &ctx, Args &)
{
    const QStringList problems = check(ctx.database().integrityCheck());
    if (!problems.isEmpty())
        throw Failure{1, QStringLiteral("integrity check failed: %1").arg(problems.first())};
    ctx.out << "ok\n";
    return 0;
}

} // namespace

CommandGroup safetyCommands()
{
    return {
        "Safety\n"
        "  backup [FILE] [--list]                   a consistent copy (no FILE: rotating copy in\n"
        "                                           the backups folder beside the database)\n"
        "  restore FILE [--force]                   prove FILE is a good backup, say what it\n"
        "                                           holds, keep the database beside it as\n"
        "                                           DB.before-restore-TIME, then replace it\n"
        "  check                                    integrity check\n",
        {
            {"backup", cmdBackup, 1, {{"list"}}},
            {"restore", cmdRestore, 1, {{"force"}}},
            {"check", cmdCheck, 0, {}},
        }};
}

} // namespace sk::cli
