#include "AppContext.h"
#include "ReportFixture.h"
#include "common/Dialogs.h"
#include "reports/ReportCharts.h"
#include "reports/ReportTableModel.h"
#include "reports/ReportsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QPieSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace sk;
using namespace sk::ui;

class TestReportsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ReportFixture> f;
    std::unique_ptr<AppContext> ctx;

    QString
    cellText(ReportsPage &page, const QString &keyColumn, const QString &key, const QString &column)
    {
        const ReportTableModel *m = page.model();
        int k = -1, c = -1;
        for (int i = 0; i < m->columnCount(); ++i) {
            if (m->table().columns[i].name == keyColumn)
                k = i;
            if (m->table().columns[i].name == column)
                c = i;
        }
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->data(m->index(r, k), ReportTableModel::RawRole).toString() == key)
                return m->data(m->index(r, c)).toString();
        return {};
    }

private slots:
    void initTestCase()
    {
        test::useReportTimeZone();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        f = std::make_unique<test::ReportFixture>();
        ctx = std::make_unique<AppContext>(f->db());
        Dialogs::setTestMode(true);
    }

    void showsTableAndChartsOffTheUiThread()
    {
        ReportsPage page(*ctx);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy shown(&page, &ReportsPage::reportShown);
        page.resize(1200, 800);
        page.show(); // the first show runs the default report (sales by item)
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(page.currentReport(), QStringLiteral("by_item"));
        QCOMPARE(page.model()->rowCount(), 5); // four products and the totals row
        QCOMPARE(
            cellText(
                page, QStringLiteral("sku"), QStringLiteral("BRD"), QStringLiteral("net_sales")),
            QStringLiteral("$13.30"));
        QCOMPARE(
            cellText(page, QStringLiteral("sku"), QStringLiteral("total"), QStringLiteral("sku")),
            QStringLiteral("Total"));
        QCOMPARE(
            cellText(
                page, QStringLiteral("sku"), QStringLiteral("total"), QStringLiteral("net_sales")),
            QStringLiteral("$39.70"));
        QVERIFY(
            page.model()->data(page.model()->index(4, 0), ReportTableModel::IsTotalsRole).toBool());

        // Five charts, each with data.
        const auto views = page.charts()->views();
        QCOMPARE(views.size(), 5);
        for (QChartView *v : views)
            QVERIFY2(!v->chart()->series().isEmpty(), qPrintable(v->chart()->title()));
        auto *pie = qobject_cast<QPieSeries *>(views[4]->chart()->series().first());
        QVERIFY(pie);
        QCOMPARE(pie->count(), 4); // cash, card, SNAP, market token (voided tenders net to zero)
        // Charts follow the palette.
        QCOMPARE(views[0]->chart()->backgroundBrush().color(),
                 page.charts()->palette().color(QPalette::Base));

        // Picking another report with a market filter runs it again.
        auto *market = page.findChild<QComboBox *>(QStringLiteral("market"));
        market->setCurrentIndex(market->findData(QStringLiteral("=1+1 Market")));
        auto *picker = page.findChild<QComboBox *>(QStringLiteral("reportPicker"));
        picker->setCurrentIndex(picker->findData(QStringLiteral("cash_reconciliation")));
        QTRY_COMPARE(shown.size(), 2);
        QCOMPARE(shown.last().first().toString(), QStringLiteral("cash_reconciliation"));
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(cellText(page,
                          QStringLiteral("business_date"),
                          QStringLiteral("2025-06-07"),
                          QStringLiteral("expected_cash")),
                 QStringLiteral("$72.13"));
        // Cash reconciliation is per market day: no category filter offered.
        QVERIFY(!page.findChild<QComboBox *>(QStringLiteral("category"))->isEnabled());
    }

    void exportsCsvWithBomAndChartsAsPng()
    {
        ReportsPage page(*ctx);
        QSignalSpy shown(&page, &ReportsPage::reportShown);
        QSignalSpy exported(&page, &ReportsPage::exported);
        page.resize(1200, 800);
        page.show();
        QTRY_COMPARE(shown.size(), 1);
        page.setCurrentReport(QStringLiteral("refunds_voids"));
        const QString csv = f->dir() + QStringLiteral("/ui-export.csv");
        Dialogs::setNextFile(csv);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("exportCsv")),
                          Qt::LeftButton);
        QVERIFY(page.findChild<QProgressBar *>(QStringLiteral("progress"))->isVisible()
                || exported.size() == 1);
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(exported.first().at(1).toLongLong(), 2);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBFsale_id,receipt_no,kind,")); // BOM on by default
        QVERIFY(data.contains(",'=SUM(A1:A9),"));

        const QString png = f->dir() + QStringLiteral("/charts.png");
        Dialogs::setNextFile(png);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("exportCharts")),
                          Qt::LeftButton);
        QTRY_COMPARE(exported.size(), 2);
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 600 && image.height() > 300);
    }

    void cancelledExportLeavesNoFile()
    {
        ReportsPage page(*ctx);
        QSignalSpy shown(&page, &ReportsPage::reportShown);
        QSignalSpy exported(&page, &ReportsPage::exported);
        page.show();
        QTRY_COMPARE(shown.size(), 1);
        const QString csv = f->dir() + QStringLiteral("/cancelled.csv");
        Dialogs::setNextFile(csv);
        page.setCurrentReport(QStringLiteral("lines"));
        page.exportCsv();
        QVERIFY(page.isBusy());
        page.cancel(); // before the worker gets far: the run ends as cancelled
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(exported.size(), 0);
        QVERIFY(!QFile::exists(csv));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("status"))
                    ->text()
                    .contains(QStringLiteral("Cancelled")));
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
