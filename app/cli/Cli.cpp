// stallkeeper-cli: the global options, the table of command groups, and each command's
// arguments read by QCommandLineParser against the options and positionals it declares.
#include "app/cli/Cli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace sk::cli {

namespace {

// Every command group, in the order --help lists them: one line per group.
QList<CommandGroup> commandGroups()
{
    return {
        catalogCommands(),
        marketCommands(),
        saleCommands(),
        stockCommands(),
        exportCommands(),
        demoCommands(),
        reportCommands(),
        eodCommands(),
        syncCommands(),
        safetyCommands(),
        settingsCommands(),
        taxTenderCommands(),
        programCommands(),
        feeCommands(),
        hardwareCommands(),
        orderCommands(),
        boothCommands(),
    };
}

const char kUsageHead[] = R"(Usage: stallkeeper-cli [--db FILE] COMMAND [ARGS]
       stallkeeper-cli COMMAND --help       that command's part of this text
)";

const char kUsageTail[]
    = R"(Amounts use a dot for decimals (3.50) and no thousands separators; quantities are in the
item's unit (0.375 lb, 2 each). "1,5" or "1,000" is refused with what to write instead.
Tender kinds: cash, card, snap, snap_token, credit_token, fmnp, voucher, other.
The default database is )";

void printUsage(QTextStream &out, const QList<CommandGroup> &groups)
{
    out << kUsageHead;
    for (const CommandGroup &g : groups)
        out << "\n" << g.usage;
    out << "\n" << kUsageTail << Database::defaultPath() << "\n";
}

// "a, b or c"
QString oneOf(const QStringList &words)
{
    if (words.size() < 2)
        return words.join(QString());
    return words.mid(0, words.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ")
           + words.last();
}

int runCommand(Context &ctx, const QString &name, const QStringList &args)
{
    const QList<CommandGroup> groups = commandGroups();
    // The command itself, or its forms ("catalog import", "catalog export", ...).
    const CommandGroup *group = nullptr;
    QList<const Command *> forms;
    for (const CommandGroup &g : groups)
        for (const Command &c : g.commands)
            if (const QString n = QString::fromLatin1(c.name);
                n == name || n.startsWith(name + QLatin1Char(' '))) {
                group = &g;
                forms << &c;
            }
    if (forms.isEmpty() || name.contains(QLatin1Char(' ')))
        usageError(QStringLiteral("unknown command \"%1\"").arg(name.left(40)));
    // Read once with the options of every form to find the subcommand word, then again with
    // only the options of the form it names.
    const QByteArray nameBytes = name.toLatin1();
    Command any{nameBytes.constData(), nullptr, -1, {}};
    for (const Command *c : std::as_const(forms))
        for (const Option &o : c->options)
            if (std::none_of(any.options.cbegin(), any.options.cend(), [&](const Option &known) {
                    return qstrcmp(known.name, o.name) == 0;
                }))
                any.options << o;
    const Args first = parseCommandArgs(args, any);
    if (first.flag(QStringLiteral("help"))) {
        ctx.out << "Usage: stallkeeper-cli [--db FILE] COMMAND [ARGS]\n\n" << group->usage;
        return 0;
    }
    const Command *form = nullptr;
    QStringList words;
    for (const Command *c : std::as_const(forms)) {
        const QString n = QString::fromLatin1(c->name);
        if (n == name) {
            form = c;
            continue;
        }
        words << n.mid(name.size() + 1);
        if (words.last() == first.positional.value(0))
            form = c;
    }
    if (!form)
        usageError(QStringLiteral("%1 takes %2").arg(name, oneOf(words)));
    Args a = parseCommandArgs(args, *form);
    return form->handler(ctx, a);
}

} // namespace

Args parseCommandArgs(const QStringList &args, const Command &command)
{
    const QString name = QString::fromLatin1(command.name);
    const QString help = QStringLiteral("help");
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList names;
    QStringList valueOptions;
    for (const Option &o : command.options) {
        const QString n = QString::fromLatin1(o.name);
        names << n;
        if (o.valueName) {
            parser.addOption(QCommandLineOption(n, QString(), QString::fromLatin1(o.valueName)));
            valueOptions << n;
        } else {
            parser.addOption(QCommandLineOption(n));
        }
    }
    if (!names.contains(help)) {
        parser.addOption(QCommandLineOption(help));
        names << help;
    }
    // Only --NAME is an option: an argument with one dash ("-1.50", "- closed -") is a value,
    // as it always was here. They go through the parser as stand-ins no command line can hold
    // (a NUL character) and come back afterwards.
    QStringList argv{QStringLiteral("stallkeeper-cli")};
    QStringList dashed;
    bool valueNext = false;
    for (const QString &arg : args) {
        if (!valueNext && arg.size() > 1 && arg.startsWith(QLatin1Char('-'))
            && !arg.startsWith(QLatin1String("--"))) {
            argv << QChar(0) + QString::number(dashed.size());
            dashed << arg;
            continue;
        }
        valueNext = arg.startsWith(QLatin1String("--")) && !arg.contains(QLatin1Char('='))
                    && valueOptions.contains(arg.mid(2));
        argv << arg;
    }
    const auto restore = [&](const QString &s) {
        return s.startsWith(QChar(0)) ? dashed.value(s.mid(1).toInt()) : s;
    };
    if (!parser.parse(argv)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty())
            usageError(QStringLiteral("unknown option --%1").arg(unknown.first().left(40)));
        // "Missing value after '--float'." as the one line's start.
        QString text = parser.errorText();
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        if (!text.isEmpty())
            text[0] = text[0].toLower();
        usageError(text);
    }
    Args a;
    for (const QString &n : std::as_const(names))
        if (parser.isSet(n)) {
            QStringList values;
            for (const QString &v : parser.values(n))
                values << restore(v);
            a.m_options.append({n, values});
        }
    for (const QString &p : parser.positionalArguments())
        a.positional << restore(p);
    // The subcommand word is a positional of the handler's but not one of the arguments.
    const qsizetype words = name.count(QLatin1Char(' '));
    const qsizetype allowed = words + command.maxArguments;
    if (command.maxArguments >= 0 && a.positional.size() > allowed && !a.flag(help)) {
        const QString stray = a.positional.at(allowed).left(40);
        if (command.maxArguments == 0)
            usageError(QStringLiteral("%1 takes no arguments, not \"%2\"").arg(name, stray));
        usageError(QStringLiteral("%1 takes %2 argument(s), not also \"%3\"")
                       .arg(name)
                       .arg(command.maxArguments)
                       .arg(stray));
    }
    return a;
}

int run(const QStringList &arguments)
{
    QStringList args = arguments;
    Context ctx;
    ctx.dbPath = Database::defaultPath();
    try {
        // Global options come before the command.
        while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
            const QString opt = args.takeFirst();
            if (opt == u"--help" || opt == u"-h") {
                printUsage(ctx.out, commandGroups());
                return 0;
            }
            if (opt == u"--version") {
                ctx.out << "stallkeeper-cli " << QCoreApplication::applicationVersion() << "\n";
                return 0;
            }
            if (opt == u"--db") {
                if (args.isEmpty())
                    usageError(QStringLiteral("--db needs a FILE"));
                ctx.dbPath = args.takeFirst();
            } else if (opt.startsWith(QLatin1String("--db="))) {
                ctx.dbPath = opt.mid(5);
            } else {
                usageError(QStringLiteral("unknown option %1").arg(opt));
            }
        }
        if (ctx.dbPath.trimmed().isEmpty())
            usageError(QStringLiteral("--db needs a FILE"));
        // The default place is made when missing; the folder of any other --db must be there.
        if (ctx.dbPath == Database::defaultPath())
            QDir().mkpath(QFileInfo(ctx.dbPath).absolutePath());
        if (args.isEmpty())
            usageError(QStringLiteral("no command given"));
        const QString command = args.takeFirst();
        const int rc = runCommand(ctx, command, args);
        // Damage met by any statement, even one whose caller saw only fewer rows, fails the
        // command: what it printed or wrote may be incomplete.
        if (ctx.db && ctx.db->damaged())
            failWith(*ctx.db->damage());
        // Output that never arrived (a full disk, a closed pipe) is a failure, not a 0.
        ctx.out.flush();
        if (ctx.out.status() != QTextStream::Ok)
            throw Failure{1, QStringLiteral("the result could not be written to standard output")};
        return rc;
    } catch (const Failure &f) {
        ctx.out.flush();
        QString line = f.message;
        if (ctx.db && ctx.db->damaged())
            line = withBackupHint(*ctx.db->damage(), ctx.dbPath).detail;
        line.replace(QLatin1Char('\n'), QLatin1Char(' '));
        err() << "stallkeeper-cli: " << line << "\n";
        err().flush();
        return f.exitCode;
    }
}

} // namespace sk::cli
