// What every command file of the CLI shares: the database context, failures and their one line,
// and reading the values of arguments (dates, amounts, quantities, NAME=VALUE pairs).
#include "app/cli/Cli.h"

#include "core/BusinessSettings.h"

#include "core/Backups.h"

#include <QFileInfo>

#include <cstdio>

namespace sk::cli {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

Result<QDate> parseDate(const QString &s)
{
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(s.left(40)));
    return d;
}

Product productByCode(Database &db, const QString &code)
{
    ProductRepository repo(db);
    return check(repo.byCode(code));
}

QDate optionalDate(const Args &a, const QString &opt)
{
    const QString v = a.value(opt);
    return v.isEmpty() ? QDate() : check(parseDate(v));
}

void rejectUnknown(const Args &a, const QStringList &known)
{
    const QStringList u = a.unknown(known);
    if (!u.isEmpty())
        usageError(QStringLiteral("unknown option --%1").arg(u.first()));
}

std::pair<QString, QString> splitPair(const QString &s, const QString &what)
{
    const qsizetype eq = s.lastIndexOf(QLatin1Char('='));
    if (eq <= 0 || eq == s.size() - 1)
        usageError(
            QStringLiteral("%1 must look like NAME=VALUE, got \"%2\"").arg(what, s.left(60)));
    return {s.left(eq), s.mid(eq + 1)};
}

Minor amountArg(const QString &text, const Currency &currency, const QString &what)
{
    return checkArg(parseFixed(text, currency.decimals, NumberSource::Machine), what);
}

Milli quantityArg(const QString &text, Unit unit, const QString &what)
{
    return checkArg(parseQuantity(text, unit, NumberSource::Machine), what);
}

qint64 wholeArg(const QString &text, const QString &what)
{
    return checkArg(parseWhole(text, NumberSource::Machine), what);
}

Currency currencyOf(Database &db)
{
    return BusinessSettings(db).currency();
}

QString Args::value(const QString &option, const QString &fallback) const
{
    for (const auto &[name, values] : m_options)
        if (name == option)
            return values.value(0);
    return fallback;
}

QStringList Args::values(const QString &option) const
{
    for (const auto &[name, values] : m_options)
        if (name == option)
            return values;
    return {};
}

bool Args::flag(const QString &option) const
{
    for (const auto &[name, values] : m_options)
        if (name == option)
            return true;
    return false;
}

QStringList Args::unknown(const QStringList &known) const
{
    QStringList out;
    for (const auto &[name, values] : m_options)
        if (!known.contains(name))
            out << name;
    return out;
}

Context::Context()
    : out(stdout)
{}

Database &Context::database()
{
    if (!db) {
        auto opened = Database::open(dbPath);
        if (!opened)
            failWith(withBackupHint(opened.error(), dbPath));
        db = std::move(*opened);
    }
    return *db;
}

Error withBackupHint(const Error &e, const QString &dbPath)
{
    // An empty file never held this folder's data: no backup is offered for it.
    if (e.code != Error::Code::Damaged
        && (e.code != Error::Code::NotADatabase || QFileInfo(dbPath).size() == 0))
        return e;
    const QString folder = QFileInfo(dbPath).absolutePath() + QStringLiteral("/backups");
    auto good = BackupManager::newestGoodIn(folder);
    if (!good)
        return e.code == Error::Code::NotADatabase
                   ? e
                   : Error{e.code, e.detail + QStringLiteral("; no good backup in %1").arg(folder)};
    return Error{e.code,
                 e.detail
                     + QStringLiteral("; the newest good backup is %1 (%2): stallkeeper-cli --db "
                                      "%3 restore %1")
                           .arg(good->path, good->createdAt.toString(Qt::ISODate), dbPath)};
}

void usageError(const QString &message)
{
    throw Failure{2, message + QStringLiteral(" (see stallkeeper-cli --help)")};
}

void failWith(const Error &e)
{
    throw Failure{1, e.detail};
}

void check(Status s)
{
    if (!s)
        failWith(s.error());
}

} // namespace sk::cli
