#pragma once

// What the benchmark programs share (tests/bench/CMakeLists.txt convention): where their lines
// go, how they give up, the CPU time of the processes they waited for and the sqlite3 command
// line tool their baselines run. Header-only: each benchmark is one executable.

#include "core/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QStandardPaths>
#include <QString>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <utility>

#include <sys/resource.h>

namespace sk::bench {

// Standard output, for the BENCH lines and the "# ..." detail lines.
inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// Ends the program with exit code 1 and `message` on stderr, after the program's name.
[[noreturn]] inline void die(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", program_invocation_short_name, qPrintable(message));
    std::exit(1);
}

// The value of `r`; the program ends, saying `what` failed and why, when there is none.
template<typename T>
T check(Result<T> r, const char *what)
{
    if (!r)
        die(QString::fromLatin1(what) + QStringLiteral(": ") + r.error().detail);
    return std::move(*r);
}

inline void check(const Status &s, const char *what)
{
    if (!s)
        die(QString::fromLatin1(what) + QStringLiteral(": ") + s.error().detail);
}

// CPU time (user + system, ms) of the children this process has waited for (QProcess reaps
// them): on a shared, loaded machine the wall clock mostly measures the neighbours.
inline double childrenCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3
           + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// The figures of some runs, each after a space, as a "# ..." line lists them.
inline QString runs(const QList<double> &figures)
{
    QString text;
    QTextStream s(&text);
    for (double f : figures)
        s << ' ' << f;
    s.flush();
    return text;
}

// The options tests/bench/run gives the benchmark of every area (the tests/bench/CMakeLists.txt
// convention: --size, --data, --work, --cli, --sqlite3), read from `app`'s command line.
inline void readConventionOptions(QCommandLineParser &p, const QCoreApplication &app)
{
    p.addOptions(
        {{QStringLiteral("size"), QStringLiteral("tiny, small or full"), QStringLiteral("size")},
         {QStringLiteral("data"),
          QStringLiteral("generated database (read only)"),
          QStringLiteral("db")},
         {QStringLiteral("work"), QStringLiteral("scratch folder"), QStringLiteral("dir")},
         {QStringLiteral("cli"), QStringLiteral("stallkeeper-cli"), QStringLiteral("path")},
         {QStringLiteral("sqlite3"),
          QStringLiteral("sqlite3 command line tool"),
          QStringLiteral("path")}});
    p.process(app);
}

// The sqlite3 command line tool: --sqlite3, else the one on the PATH; the program ends when
// there is none.
inline QString sqlite3Program(const QCommandLineParser &p)
{
    QString sqlite3 = p.value(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        die(QStringLiteral("the sqlite3 command line tool is needed"));
    return sqlite3;
}

} // namespace sk::bench
