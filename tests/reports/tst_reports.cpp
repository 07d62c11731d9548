#include "core/Csv.h"
#include "core/reports/ReportCatalog.h"
#include "core/reports/ReportRunner.h"
#include "tests/reports/ReportFixture.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace sk;
using namespace sk::reports;

namespace {

QString goldenPath(const QString &report)
{
    return QStringLiteral(STALLKEEPER_TEST_DATA "/reports/") + report + QStringLiteral(".csv");
}

QString typeName(CsvColumn::Type t)
{
    switch (t) {
    case CsvColumn::Type::Text:
        return QStringLiteral("text");
    case CsvColumn::Type::Integer:
        return QStringLiteral("integer");
    case CsvColumn::Type::Money:
        return QStringLiteral("money");
    case CsvColumn::Type::Quantity:
        return QStringLiteral("quantity");
    case CsvColumn::Type::Ppm:
        return QStringLiteral("ppm");
    }
    return {};
}

// The in-memory table as raw values, for the Python check to compare the CSV with.
QByteArray expectedJson(const ReportTable &t, bool bom)
{
    QJsonArray cols;
    for (const ReportColumn &c : t.columns)
        cols.append(QJsonObject{{QStringLiteral("name"), c.name},
                                {QStringLiteral("type"), typeName(c.type)}});
    QJsonArray rows;
    for (const QVariantList &r : t.rows) {
        QJsonArray row;
        for (qsizetype i = 0; i < r.size(); ++i) {
            if (r[i].isNull())
                row.append(QJsonValue());
            else if (t.columns[i].type == CsvColumn::Type::Text)
                row.append(r[i].toString());
            else
                row.append(QString::number(r[i].toLongLong())); // exact, as text
        }
        rows.append(row);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("columns"), cols},
                                     {QStringLiteral("rows"), rows},
                                     {QStringLiteral("decimals"), t.moneyDecimals},
                                     {QStringLiteral("bom"), bom}})
        .toJson();
}

QString checker()
{
    return QStringLiteral(STALLKEEPER_REPORTS_TEST_DIR "/report_check.py");
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ReportFixture> f;

    ReportTable table(const QString &name, const ReportFilter &filter = {})
    {
        const ReportDefinition *def = ReportCatalog::find(name);
        if (!def)
            qFatal("no report %s", qPrintable(name));
        auto t = ReportRunner(f->db()).table(*def, filter);
        if (!t)
            qFatal("report %s: %s", qPrintable(name), qPrintable(t.error().detail));
        return *t;
    }

    // Cell of the first row whose `keyColumn` equals key (the totals row has "total").
    QVariant cell(const ReportTable &t, const char *keyColumn, const char *key, const char *column)
    {
        const ReportDefinition *d = ReportCatalog::find(t.report);
        const int k = d->columnIndex(QLatin1String(keyColumn));
        const int c = d->columnIndex(QLatin1String(column));
        for (const QVariantList &r : t.rows)
            if (r[k].toString() == QLatin1String(key))
                return r[c];
        return QStringLiteral("<no row %1=%2>").arg(QLatin1String(keyColumn), QLatin1String(key));
    }

    QByteArray csv(const QString &name, const ReportFilter &filter = {}, bool bom = false)
    {
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        RunOptions o;
        o.bom = bom;
        auto n = ReportRunner(f->db()).writeCsv(*ReportCatalog::find(name), filter, &buf, o);
        if (!n)
            qFatal("csv %s: %s", qPrintable(name), qPrintable(n.error().detail));
        return buf.data();
    }

private slots:
    void initTestCase()
    {
        test::useReportTimeZone();
        f = std::make_unique<test::ReportFixture>();
    }

    void catalogNamesAreStable()
    {
        QStringList names;
        for (const ReportDefinition &r : ReportCatalog::all()) {
            names << r.name;
            QVERIFY(r.build);
            for (const ReportColumn &c : r.columns)
                QVERIFY2(QRegularExpression(QStringLiteral("^[a-z][a-z0-9_]*$"))
                             .match(c.name)
                             .hasMatch(),
                         qPrintable(c.name));
        }
        QCOMPARE(names,
                 QStringList({QStringLiteral("sales"),
                              QStringLiteral("lines"),
                              QStringLiteral("by_item"),
                              QStringLiteral("by_category"),
                              QStringLiteral("by_day"),
                              QStringLiteral("by_hour"),
                              QStringLiteral("by_weekday"),
                              QStringLiteral("by_market"),
                              QStringLiteral("by_tender"),
                              QStringLiteral("tax_summary"),
                              QStringLiteral("reimbursement"),
                              QStringLiteral("refunds_voids"),
                              QStringLiteral("discounts"),
                              QStringLiteral("stock_variance"),
                              QStringLiteral("cash_reconciliation"),
                              QStringLiteral("program_redemption"),
                              QStringLiteral("market_fees"),
                              QStringLiteral("preorders")}));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("report");
        for (const ReportDefinition &r : ReportCatalog::all())
            QTest::newRow(qPrintable(r.name)) << r.name;
    }

    // Every report, byte for byte, against a reviewed file (ids renamed by first appearance).
    // STALLKEEPER_UPDATE_GOLDEN=1 rewrites the files; review the diff before committing.
    void golden()
    {
        QFETCH(QString, report);
        const QString actual = f->normalise(QString::fromUtf8(csv(report)));
        QFile g(goldenPath(report));
        if (qEnvironmentVariableIntValue("STALLKEEPER_UPDATE_GOLDEN")) {
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write(actual.toUtf8());
            g.close();
        }
        QVERIFY2(g.open(QIODevice::ReadOnly), qPrintable(g.fileName()));
        const QString expected = QString::fromUtf8(g.readAll());
        const QStringList a = actual.split(QStringLiteral("\r\n"));
        const QStringList e = expected.split(QStringLiteral("\r\n"));
        for (qsizetype i = 0; i < std::min(a.size(), e.size()); ++i)
            QCOMPARE(a[i], e[i]);
        QCOMPARE(a.size(), e.size());
    }

    // The totals worked out by hand in ReportFixture.h, read from the in-memory tables.
    void handCheckedTotals()
    {
        const ReportTable item = table(QStringLiteral("by_item"));
        QCOMPARE(cell(item, "sku", "BRD", "qty_sold"), QVariant(qint64(3000)));
        QCOMPARE(cell(item, "sku", "BRD", "qty_returned"), QVariant(qint64(1000)));
        QCOMPARE(cell(item, "sku", "BRD", "net_sales"),
                 QVariant(qint64(1330))); // 14.00 + 6.30 - 7.00
        QCOMPARE(cell(item, "sku", "TOM", "net_qty"), QVariant(qint64(1500)));
        QCOMPARE(cell(item, "sku", "COF", "tax"),
                 QVariant(qint64(91))); // 0.24 + 0.24 + 0.43
        // 13.30 + 6.00 (tomatoes: 6.00 + 8.00 - 8.00) + 11.40 coffee + 9.00 = 39.70
        QCOMPARE(cell(item, "sku", "total", "net_sales"), QVariant(qint64(3970)));
        QCOMPARE(cell(item, "sku", "total", "gross"), QVariant(qint64(5700)));
        QCOMPARE(cell(item, "sku", "total", "discount"), QVariant(qint64(230)));
        QCOMPARE(cell(item, "sku", "total", "returns"), QVariant(qint64(-1500)));
        QCOMPARE(cell(item, "sku", "total", "tax"), QVariant(qint64(163)));

        // Every bucketed report adds up to the same figures, with or without lines.
        for (const char *r : {"by_day", "by_hour", "by_weekday", "by_market", "by_category"}) {
            const ReportTable t = table(QString::fromLatin1(r));
            QVERIFY(t.hasTotals);
            const QVariantList &tot = t.rows.last();
            const ReportDefinition *d = ReportCatalog::find(t.report);
            QCOMPARE(tot[d->columnIndex(QStringLiteral("net_sales"))], QVariant(qint64(3970)));
            QCOMPARE(tot[d->columnIndex(QStringLiteral("tax"))], QVariant(qint64(163)));
            QCOMPARE(tot[d->columnIndex(QStringLiteral("returns"))], QVariant(qint64(-1500)));
        }
        const ReportTable day = table(QStringLiteral("by_day"));
        QCOMPARE(day.rows.size(), 3);
        QCOMPARE(cell(day, "business_date", "2025-06-04", "sales"), QVariant(qint64(4)));
        // Wednesday: 14.00 + 3.00 + 6.00 + 9.00 + 3.00 - 7.00
        QCOMPARE(cell(day, "business_date", "2025-06-04", "net_sales"), QVariant(qint64(2800)));
        QCOMPARE(cell(day, "business_date", "2025-06-07", "weekday"),
                 QVariant(QStringLiteral("Saturday")));
        const ReportTable hour = table(QStringLiteral("by_hour"));
        QCOMPARE(cell(hour, "hour_range", "13:00-14:00", "returns"), QVariant(qint64(-800)));
        QCOMPARE(cell(hour, "hour_range", "13:00-14:00", "net_sales"), QVariant(qint64(0)));

        const ReportTable tender = table(QStringLiteral("by_tender"));
        QCOMPARE(cell(tender, "tender", "cash", "tendered"), QVariant(qint64(3500)));
        QCOMPARE(cell(tender, "tender", "cash", "change_given"), QVariant(qint64(563)));
        QCOMPARE(cell(tender, "tender", "cash", "net_amount"),
                 QVariant(qint64(2237))); // 17.24 + 12.13 - 7.00
        QCOMPARE(cell(tender, "tender", "credit_token", "change_given"), QVariant(qint64(176)));
        // 22.37 cash + 6.00 SNAP + 9.72 card + 3.24 token + 0 (tokens and FMNP voided)
        QCOMPARE(cell(tender, "tender", "total", "net_amount"), QVariant(qint64(4133)));

        const ReportTable tax = table(QStringLiteral("tax_summary"));
        QCOMPARE(cell(tax, "tax_category", "prepared", "tax"), QVariant(qint64(91)));
        QCOMPARE(cell(tax, "tax_category", "general", "taxable_base"), QVariant(qint64(900)));
        // SNAP paid 6.00 of the tomatoes; the SNAP tokens' 3.00 went back with the void.
        QCOMPARE(cell(tax, "tax_category", "exempt", "untaxed_paid"), QVariant(qint64(600)));
        QCOMPARE(cell(tax, "tax_category", "total", "tax"), QVariant(qint64(163)));

        const ReportTable reimb = table(QStringLiteral("reimbursement"));
        QCOMPARE(reimb.rows.size(),
                 5); // snap, credit_token on Wednesday; snap_token, fmnp on Saturday; total
        QCOMPARE(cell(reimb, "tender", "credit_token", "tokens"), QVariant(qint64(1)));
        QCOMPARE(cell(reimb, "tender", "snap_token", "tokens"), QVariant(qint64(3)));
        QCOMPARE(cell(reimb, "tender", "fmnp", "net_amount"), QVariant(qint64(0)));
        QCOMPARE(cell(reimb, "tender", "fmnp", "refunded"), QVariant(qint64(-500)));

        const ReportTable refunds = table(QStringLiteral("refunds_voids"));
        QCOMPARE(refunds.rows.size(), 3);
        QCOMPARE(cell(refunds, "sale_id", "total", "total"), QVariant(qint64(-1500)));

        const ReportTable disc = table(QStringLiteral("discounts"));
        QCOMPARE(disc.rows.size(), 4); // EVIL, and both lines of S5; total
        QCOMPARE(cell(disc, "sale_id", "total", "discount"), QVariant(qint64(230)));

        const ReportTable var = table(QStringLiteral("stock_variance"));
        QCOMPARE(var.rows.size(), 5);
        QCOMPARE(
            var.rows[1]
                    [ReportCatalog::find(var.report)->columnIndex(QStringLiteral("expected_qty"))],
            QVariant(qint64(19000)));
        QCOMPARE(var.rows[1][ReportCatalog::find(var.report)
                                 ->columnIndex(QStringLiteral("variance_value"))],
                 QVariant(qint64(-700)));
        QCOMPARE(
            var.rows[2]
                    [ReportCatalog::find(var.report)->columnIndex(QStringLiteral("expected_qty"))],
            QVariant(qint64(-1500)));
        QCOMPARE(
            var.rows[3]
                    [ReportCatalog::find(var.report)->columnIndex(QStringLiteral("variance_qty"))],
            QVariant(qint64(0)));
        QCOMPARE(var.rows.last()[ReportCatalog::find(var.report)
                                     ->columnIndex(QStringLiteral("variance_value"))],
                 QVariant(qint64(17900)));

        const ReportTable cash = table(QStringLiteral("cash_reconciliation"));
        QCOMPARE(cash.rows.size(), 3);
        QCOMPARE(cell(cash, "business_date", "2025-06-04", "expected_cash"),
                 QVariant(qint64(10348)));
        QCOMPARE(cell(cash, "business_date", "2025-06-04", "counted_cash"),
                 QVariant(qint64(10300)));
        QCOMPARE(cell(cash, "business_date", "2025-06-04", "difference"), QVariant(qint64(-48)));
        QCOMPARE(cell(cash, "business_date", "2025-06-07", "expected_cash"),
                 QVariant(qint64(7213)));
        QVERIFY(cell(cash, "business_date", "2025-06-07", "counted_cash").isNull());
    }

    void filters()
    {
        ReportFilter wed;
        wed.from = wed.to = QDate(2025, 6, 4);
        const ReportTable item = table(QStringLiteral("by_item"), wed);
        QCOMPARE(cell(item, "sku", "total", "net_sales"), QVariant(qint64(2800)));
        ReportFilter market;
        market.market = QStringLiteral("=1+1 Market");
        QCOMPARE(table(QStringLiteral("cash_reconciliation"), market).rows.size(), 2);
        QCOMPARE(table(QStringLiteral("stock_variance"), market).rows.size(), 3);
        ReportFilter cat;
        cat.category = QStringLiteral("Drinks");
        const ReportTable day = table(QStringLiteral("by_day"), cat);
        QCOMPARE(cell(day, "business_date", "2025-06-04", "sales"), QVariant(qint64(2)));
        QCOMPARE(cell(day, "business_date", "total", "net_sales"), QVariant(qint64(1140)));
        const ReportTable lines = table(QStringLiteral("lines"), cat);
        QCOMPARE(lines.rows.size(), 3);
        // A filter a report cannot honour is refused, not ignored.
        auto refused
            = ReportRunner(f->db()).table(*ReportCatalog::find(QStringLiteral("by_tender")), cat);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        ReportFilter backwards;
        backwards.from = QDate(2025, 6, 7);
        backwards.to = QDate(2025, 6, 4);
        QVERIFY(
            !ReportRunner(f->db()).table(*ReportCatalog::find(QStringLiteral("sales")), backwards));
    }

    void formulaPayloadsNeutralised()
    {
        const QByteArray items = csv(QStringLiteral("by_item"));
        QVERIFY(items.contains("\"'=HYPERLINK(\"\"http://x.test\"\",\"\"y\"\")\""));
        QVERIFY(!items.contains(",=HYPERLINK"));
        const QByteArray market = csv(QStringLiteral("by_market"));
        QVERIFY(market.contains("\r\n'=1+1 Market,"));
        const QByteArray refunds = csv(QStringLiteral("refunds_voids"));
        QVERIFY(refunds.contains(",'=SUM(A1:A9),"));
        QVERIFY(refunds.contains(",'@rang up twice,"));
        // Negative numbers stay numbers: no apostrophe before a minus in a numeric column.
        QVERIFY(refunds.contains(",-7.00,"));
        QVERIFY(!refunds.contains("'-7.00"));
    }

    void bomAndCrlf()
    {
        const QByteArray plain = csv(QStringLiteral("by_day"));
        const QByteArray bom = csv(QStringLiteral("by_day"), {}, true);
        QVERIFY(!plain.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bom.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bom.mid(3), plain);
        QCOMPARE(plain.count("\r\n"), plain.count("\n"));
    }

    // Python's csv module (strict) reads every export to the values the app holds in memory.
    void strictParse_data() { golden_data(); }
    void strictParse()
    {
        QFETCH(QString, report);
        const QString py = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY2(!py.isEmpty(), "python3 is needed (it is in .ci/deps)");
        ReportFilter filter;
        const bool bom = report.size() % 2 == 0; // both with and without a BOM across reports
        const QString csvPath = f->dir() + QStringLiteral("/") + report + QStringLiteral(".csv");
        RunOptions o;
        o.bom = bom;
        const ReportDefinition &def = *ReportCatalog::find(report);
        QVERIFY(ReportRunner(f->db()).exportCsv(def, filter, csvPath, o));
        QFile j(f->dir() + QStringLiteral("/") + report + QStringLiteral(".json"));
        QVERIFY(j.open(QIODevice::WriteOnly));
        j.write(expectedJson(table(report), bom));
        j.close();
        QProcess p;
        p.start(py, {checker(), QStringLiteral("csv"), csvPath, j.fileName()});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    // LibreOffice Calc opens every export with its columns and values intact.
    void libreOffice()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QSKIP("LibreOffice is not installed (.ci/deps test installs libreoffice-calc-nogui)");
        const QString py = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY(!py.isEmpty());
        QTemporaryDir dir;
        QStringList csvs;
        for (const ReportDefinition &r : ReportCatalog::all()) {
            const QString path = dir.filePath(r.name + QStringLiteral(".csv"));
            RunOptions o;
            o.bom = true; // as the Reports section writes them
            QVERIFY(ReportRunner(f->db()).exportCsv(r, {}, path, o));
            csvs << path;
        }
        QProcess lo;
        lo.setProcessChannelMode(QProcess::MergedChannels);
        // Its own profile, so a running Calc or another test never shares it. CSV filter:
        // comma, double quote, UTF-8 (76), from line 1.
        lo.start(soffice,
                 QStringList{QStringLiteral("-env:UserInstallation=file://")
                                 + dir.filePath(QStringLiteral("profile")),
                             QStringLiteral("--headless"),
                             QStringLiteral("--norestore"),
                             QStringLiteral("--infilter=CSV:44,34,76,1"),
                             QStringLiteral("--convert-to"),
                             QStringLiteral("xlsx"),
                             QStringLiteral("--outdir"),
                             dir.path()}
                     + csvs);
        QVERIFY(lo.waitForFinished(240000));
        QVERIFY2(lo.exitCode() == 0, lo.readAll().constData());
        for (const QString &c : std::as_const(csvs)) {
            const QString xlsx = c.chopped(4) + QStringLiteral(".xlsx");
            QVERIFY2(QFile::exists(xlsx), qPrintable(xlsx));
            QProcess p;
            p.start(py, {checker(), QStringLiteral("xlsx"), xlsx, c});
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(
                p.exitCode() == 0,
                qPrintable(c + QStringLiteral(": ") + QString::fromUtf8(p.readAllStandardError())));
        }
    }

    void cancelLeavesNoFile()
    {
        const QString path = f->dir() + QStringLiteral("/cancelled.csv");
        RunOptions o;
        o.progress = [](qint64) {
            return false;
        };
        auto r = ReportRunner(f->db()).exportCsv(
            *ReportCatalog::find(QStringLiteral("lines")), {}, path, o);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Cancelled);
        QVERIFY(!QFile::exists(path));
        // An existing file under that name stays as it was.
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export\r\n");
        old.close();
        std::atomic<bool> stop{true};
        RunOptions o2;
        o2.cancel = &stop;
        QVERIFY(!ReportRunner(f->db()).exportCsv(
            *ReportCatalog::find(QStringLiteral("by_item")), {}, path, o2));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous export\r\n"));
    }

    void cli()
    {
        const QString bin = test::binary(QStringLiteral("app/cli/stallkeeper-cli"));
        auto run = [&](const QStringList &args) {
            QProcess p;
            p.start(bin, QStringList{QStringLiteral("--db"), f->path()} + args);
            p.waitForFinished(60000);
            return std::make_pair(
                p.exitCode(),
                QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
        };
        auto [rc, out] = run({QStringLiteral("report"), QStringLiteral("--list")});
        QCOMPARE(rc, 0);
        for (const ReportDefinition &r : ReportCatalog::all())
            QVERIFY2(out.contains(QLatin1Char('\n') + r.name + QLatin1Char('\t'))
                         || out.startsWith(r.name + QLatin1Char('\t')),
                     qPrintable(r.name));
        const QString path = f->dir() + QStringLiteral("/cli.csv");
        std::tie(rc, out) = run({QStringLiteral("report"),
                                 QStringLiteral("by_item"),
                                 path,
                                 QStringLiteral("--from"),
                                 QStringLiteral("2025-06-04"),
                                 QStringLiteral("--to"),
                                 QStringLiteral("2025-06-04")});
        QCOMPARE(rc, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        ReportFilter wed;
        wed.from = wed.to = QDate(2025, 6, 4);
        QCOMPARE(file.readAll(), csv(QStringLiteral("by_item"), wed)); // no BOM by default
        std::tie(rc, out) = run({QStringLiteral("report"),
                                 QStringLiteral("by_market"),
                                 path,
                                 QStringLiteral("--bom"),
                                 QStringLiteral("--market"),
                                 QStringLiteral("Riverside")});
        QCOMPARE(rc, 0);
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("\xEF\xBB\xBFmarket,"));
        std::tie(rc, out) = run({QStringLiteral("report"), QStringLiteral("nonsense"), path});
        QCOMPARE(rc, 2);
        std::tie(rc, out) = run({QStringLiteral("report"),
                                 QStringLiteral("by_tender"),
                                 path,
                                 QStringLiteral("--category"),
                                 QStringLiteral("Bread")});
        QCOMPARE(rc, 2);
        QVERIFY(out.contains(QStringLiteral("category")));
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
