// Catalog import timings (README "Performance"). Usage (tests/bench/CMakeLists.txt convention):
//   bench-catalog --size tiny|small|full|DAYSxSALES --work DIR --cli PATH [--sqlite3 PATH]
// Prints "# ..." detail lines and one BENCH line per budget:
//   catalog_import      `stallkeeper-cli catalog import` of N products (100,000 at full size)
//                       against `sqlite3 .import` of the same CSV into a table with the same
//                       columns as the file and the products table's two indexes (SKU unique,
//                       name without case); CPU time of each process, budget <= 2x
//   catalog_import_rss  peak resident memory of the import of N rows against that of N / 10
//                       rows: the file is streamed, so ten times the rows may not take much
//                       more memory; budget <= 1.5x
#include "tests/bench/BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

#include <sys/resource.h>

namespace {

using sk::bench::die;
using sk::bench::out;

// CPU ms (user + system) and peak RSS (kB, the largest of any waited-for child so far) of this
// process's children.
struct Usage
{
    double cpuMs;
    qint64 maxRssKb;
};

Usage children()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return {double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3
                + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3,
            qint64(u.ru_maxrss)};
}

void run(const QString &program, const QStringList &args, const QString &what)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        die(what + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAll()).trimmed());
}

// A farm stall's catalog grown to `rows` products: every column of the import, quoted names
// with commas and quotes, barcodes on a third of them.
void writeCsv(const QString &path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        die(QStringLiteral("cannot write ") + path);
    QByteArray b = "sku,name,category,unit,price,tax_category,snap_eligible,token_eligible,"
                   "fmnp_eligible,active,barcodes,quick_pos,quick_color,low_stock\n";
    static const char *categories[] = {"Vegetables", "Fruit", "Bread", "Cheese", "Honey"};
    static const char *units[] = {"each", "lb", "kg", "oz", "g"};
    static const char *taxes[] = {"exempt", "prepared", "general"};
    quint32 x = 12345;
    auto next = [&x] {
        x = x * 1103515245u + 12345u;
        return x >> 8;
    };
    for (int i = 0; i < rows; ++i) {
        b += "SKU-" + QByteArray::number(i).rightJustified(7, '0') + ',';
        if (i % 7 == 0)
            b += "\"Item " + QByteArray::number(i) + " \"\"big, ripe\"\"\",";
        else
            b += "Item " + QByteArray::number(i) + " fresh,";
        b += QByteArray(categories[next() % 5]) + ',' + units[next() % 5] + ',';
        const quint32 cents = 1 + next() % 9999;
        b += QByteArray::number(cents / 100) + '.'
             + QByteArray::number(cents % 100).rightJustified(2, '0') + ',';
        b += QByteArray(taxes[next() % 3]) + ',' + QByteArray::number(next() % 2) + ",1,"
             + QByteArray::number(next() % 2) + ",1,";
        if (i % 3 == 0)
            b += QByteArray::number(2000000000000LL + i);
        b += ",,," + QByteArray::number(next() % 20) + '\n';
        if (b.size() > (1 << 20)) {
            f.write(b);
            b.clear();
        }
    }
    f.write(b);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    sk::bench::readConventionOptions(p, app);
    const QString work = p.value(QStringLiteral("work"));
    const QString cli = p.value(QStringLiteral("cli"));
    if (work.isEmpty() || cli.isEmpty())
        die(QStringLiteral("--work and --cli are needed"));
    const QString sqlite3 = sk::bench::sqlite3Program(p);
    const QString size = p.value(QStringLiteral("size"));
    const int rows = size == u"full" ? 100000 : (size == u"tiny" ? 1000 : 10000);
    QDir().mkpath(work);

    const QString big = work + QStringLiteral("/catalog-big.csv");
    const QString small = work + QStringLiteral("/catalog-small.csv");
    writeCsv(big, rows);
    writeCsv(small, rows / 10);
    const int runs = size == u"tiny" ? 1 : 2;

    // The smaller import first: the children's peak RSS only grows, so after it the peak is the
    // small import's, after the big one the big one's.
    auto importCpu = [&](const QString &csv) {
        const QString db = work + QStringLiteral("/import.sqlite");
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(db + QLatin1String(suffix));
        run(cli,
            {QStringLiteral("--db"), db, QStringLiteral("tax"), QStringLiteral("list")},
            QStringLiteral("creating the database"));
        const Usage before = children();
        run(cli,
            {QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("import"), csv},
            QStringLiteral("catalog import"));
        return children().cpuMs - before.cpuMs;
    };
    importCpu(small);
    const qint64 rssSmall = children().maxRssKb;
    QList<double> ours;
    for (int i = 0; i < runs; ++i)
        ours << importCpu(big);
    const qint64 rssBig = children().maxRssKb;

    QList<double> theirs;
    for (int i = 0; i < runs; ++i) {
        const QString db = work + QStringLiteral("/sqlite3-import.sqlite");
        QFile::remove(db);
        run(sqlite3,
            {db,
             QStringLiteral("CREATE TABLE catalog_csv (sku TEXT NOT NULL UNIQUE, name TEXT NOT "
                            "NULL, category TEXT, unit TEXT, price TEXT, tax_category TEXT, "
                            "snap_eligible TEXT, token_eligible TEXT, fmnp_eligible TEXT, active "
                            "TEXT, barcodes TEXT, quick_pos TEXT, quick_color TEXT, low_stock "
                            "TEXT); CREATE INDEX catalog_csv_name ON catalog_csv (name COLLATE "
                            "NOCASE)")},
            QStringLiteral("sqlite3"));
        const Usage before = children();
        run(sqlite3,
            {db, QStringLiteral(".import --csv --skip 1 ") + big + QStringLiteral(" catalog_csv")},
            QStringLiteral("sqlite3 .import"));
        theirs << children().cpuMs - before.cpuMs;
    }
    const double m = *std::min_element(ours.cbegin(), ours.cend());
    const double b = *std::min_element(theirs.cbegin(), theirs.cend());
    out() << "# catalog import of " << rows << " rows: CPU ms ours" << sk::bench::runs(ours)
          << ", sqlite3 .import" << sk::bench::runs(theirs) << "; " << m * 1000.0 / rows
          << " us of CPU a row; peak RSS " << rssSmall / 1024 << " MB for " << rows / 10
          << " rows, " << rssBig / 1024 << " MB for " << rows << Qt::endl;
    out() << "BENCH catalog_import " << m << ' ' << b << " ms <=2x CPU, stallkeeper-cli catalog "
          << "import of " << rows << " products vs sqlite3 .import of the same CSV, best of "
          << runs << Qt::endl;
    out() << "BENCH catalog_import_rss " << rssBig << ' ' << rssSmall << " kB <=1.5x peak RSS "
          << "of the import of " << rows << " rows vs " << rows / 10 << " rows (streamed)"
          << Qt::endl;
    for (const QString &f : {big, small})
        QFile::remove(f);
    return 0;
}
