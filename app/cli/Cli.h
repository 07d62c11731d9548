#pragma once

#include "core/Catalog.h"
#include "core/Database.h"
#include "core/Money.h"

#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace sk::cli {

struct Command;

// The arguments of one command as QCommandLineParser read them against what the command
// declares (see Command): its positionals and its --options, each option given with its value
// (flags with none). Unknown options, missing values and stray positionals never get here.
class Args
{
public:
    QStringList positional;
    // The first value given for `option`, or `fallback` when it was not given.
    QString value(const QString &option, const QString &fallback = {}) const;
    // Every value of a repeated option, in order.
    QStringList values(const QString &option) const;
    // Whether `option` was given at all (with or without a value).
    bool flag(const QString &option) const;
    // Options given that are not in `known` (for options a command takes only in some forms).
    QStringList unknown(const QStringList &known) const;

private:
    friend Args parseCommandArgs(const QStringList &args, const Command &command);
    QList<std::pair<QString, QStringList>> m_options; // each option given -> its values
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

using Handler = int (*)(Context &, Args &);

// One option of a command: --NAME VALUE (or --NAME=VALUE), or a flag when valueName is null.
struct Option
{
    const char *name;
    const char *valueName = nullptr;
};

// What one command takes. `name` is the command ("sync") or a command and its subcommand word
// ("catalog import"); the subcommand word stays the first positional the handler sees.
// `maxArguments` counts the positionals after the name (-1: any number); more are refused, as
// are options the command does not declare. The forms of one command agree on whether an
// option takes a value: the subcommand word is found by reading with all their options.
struct Command
{
    const char *name;
    Handler handler;
    int maxArguments;
    QList<Option> options;
};

// The commands of one file and their block of --help (also printed by COMMAND --help).
struct CommandGroup
{
    const char *usage;
    QList<Command> commands;
};

// The command groups, one per file. A new group is a function here and one line in
// commandGroups() (Cli.cpp), which lists them in the order --help shows them.
CommandGroup catalogCommands();
CommandGroup marketCommands();
CommandGroup saleCommands();
CommandGroup stockCommands();
CommandGroup exportCommands();
CommandGroup demoCommands();
CommandGroup reportCommands();
CommandGroup eodCommands();
CommandGroup syncCommands();
CommandGroup safetyCommands();
CommandGroup settingsCommands();
CommandGroup taxTenderCommands();
CommandGroup boothCommands();
CommandGroup hardwareCommands();
CommandGroup programCommands();
CommandGroup feeCommands();
// `eod turn-in`, listed with the other eod commands (FeeCommands.cpp).
int cmdEodTurnIn(Context &ctx, Args &a);
CommandGroup orderCommands();

// Reads `args` (what follows the command's name) against what `command` declares; a usage
// error (exit 2, one line) for an unknown option, a missing value or a stray positional.
Args parseCommandArgs(const QStringList &args, const Command &command);

// Shared helpers for command files (CliSupport.cpp).
QTextStream &err();
Result<QDate> parseDate(const QString &s);
Product productByCode(Database &db, const QString &code);
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
