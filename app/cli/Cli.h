#pragma once

#include "Database.h"
#include "Money.h"

#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace sk::cli {

// Arguments of one command: positionals and repeated --options, parsed without a schema so
// each command states what it takes. Unknown options are errors (reported by the command).
class Args
{
public:
    explicit Args(const QStringList &args);

    QStringList positional;
    QString value(const QString &option, const QString &fallback = {}) const;
    QStringList values(const QString &option) const;
    bool flag(const QString &option) const;
    // Options given that are not in `known`; each command rejects them.
    QStringList unknown(const QStringList &known) const;

private:
    QList<std::pair<QString, QString>> m_options; // name -> value ("" for flags)
};

struct Context
{
    QString dbPath;
    QTextStream out;
    std::unique_ptr<Database> db;
    Context();
    Database &database(); // opened on first use; throws nothing: exits via error on failure
};

// Thrown inside commands to end with exit code and one line on stderr; caught in run().
struct Failure
{
    int exitCode;
    QString message;
};

[[noreturn]] void usageError(const QString &message);
[[noreturn]] void failWith(const Error &e);
template<typename T>
T check(Result<T> r)
{
    if (!r)
        failWith(r.error());
    return std::move(*r);
}
void check(Status s);
// check(), naming where the value came from: "--tender cash: ...".
template<typename T>
T checkArg(Result<T> r, const QString &what)
{
    if (!r)
        failWith(Error{r.error().code, what + QStringLiteral(": ") + r.error().detail});
    return std::move(*r);
}
// A damaged or unreadable database's error, naming the newest good backup beside it and the
// command that restores it.
Error withBackupHint(const Error &e, const QString &dbPath);

int run(const QStringList &arguments);

// Commands defined in other files of the CLI register themselves with a file-level object:
//   static const CommandRegistration reg{"report", cmdReport, "  report NAME FILE.csv ...\n"};
// `usage` is appended to --help under its own heading.
using Handler = int (*)(Context &, Args &);
struct CommandRegistration
{
    CommandRegistration(const char *name, Handler handler, const char *usage);
};

// Shared helpers for command files.
QTextStream &err();
void rejectUnknown(const Args &a, const QStringList &known);
QDate optionalDate(const Args &a, const QString &option);
std::pair<QString, QString> splitPair(const QString &s, const QString &what);
// Numbers in arguments are machine text (Money.h): a dot for decimals and nothing grouping
// digits; anything else ends the command with what to write, prefixed by `what` (the option
// or pair it came from).
Minor amountArg(const QString &text, const Currency &currency, const QString &what);
Milli quantityArg(const QString &text, Unit unit, const QString &what);
qint64 wholeArg(const QString &text, const QString &what);
Currency currencyOf(Database &db);

} // namespace sk::cli
