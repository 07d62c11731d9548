#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/eod/MarketFees.h"
#include "tests/reports/ReportFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/AppContext.h"
#include "ui/common/Dialogs.h"
#include "ui/reports/ReportCharts.h"
#include "ui/reports/ReportTableModel.h"
#include "ui/reports/ReportsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPieSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QToolButton>
#include <QtCharts>
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

    // Every column of every report has a header of its own, which the translations carry: a
    // name only made readable ("Snap sales") stays in English on a Spanish till.
    void everyColumnHasATranslatableTitle()
    {
        QStringList missing;
        for (const reports::ReportDefinition &r : reports::ReportCatalog::all())
            for (const reports::ReportColumn &c : r.columns)
                if (!ReportTableModel::hasColumnTitle(c.name))
                    missing << r.name + QLatin1Char('.') + c.name;
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
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

        // Seven charts, each with data.
        const auto views = page.charts()->views();
        QCOMPARE(views.size(), 7);
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

    // A till with no sales yet: each chart says it has nothing, rather than an axis that
    // reads "$0  $1  $1".
    void emptyChartsSaySo()
    {
        test::TempDb db;
        QVERIFY(seedDemoCatalog(db.db()));
        AppContext empty(db.db());
        ReportsPage page(empty);
        QSignalSpy shown(&page, &ReportsPage::reportShown);
        page.resize(900, 520);
        page.show();
        QTRY_COMPARE(shown.size(), 1);
        for (QChartView *v : page.charts()->views()) {
            QChart *c = v->chart();
            QVERIFY2(c->title().endsWith(QLatin1String("None in this period</span></center>")),
                     qPrintable(c->title()));
            for (QAbstractAxis *axis : c->axes())
                if (auto *values = qobject_cast<QValueAxis *>(axis))
                    QVERIFY2(!values->labelsVisible(), qPrintable(c->title()));
        }
        // A report with rows gives the titles back.
        ReportsPage busy(*ctx);
        QSignalSpy busyShown(&busy, &ReportsPage::reportShown);
        busy.resize(900, 520);
        busy.show();
        QTRY_COMPARE(busyShown.size(), 1);
        QCOMPARE(busy.charts()->views().first()->chart()->title(), QStringLiteral("Sales by hour"));
    }

    // Dates by touch: a tap on a date opens a calendar whose days and arrows a finger hits,
    // and a tap on a day sets it.
    void datesPickedByTouch()
    {
        ReportsPage page(*ctx);
        QSignalSpy shown(&page, &ReportsPage::reportShown);
        page.resize(900, 520);
        page.show();
        QTRY_COMPARE(shown.size(), 1);
        auto *period = page.findChild<QComboBox *>(QStringLiteral("period"));
        period->setCurrentIndex(period->count() - 1); // "Dates…"
        auto *from = page.findChild<QDateEdit *>(QStringLiteral("from"));
        QVERIFY(from && from->isEnabled());
        from->setDate(QDate(2025, 6, 10));
        auto *text = from->findChild<QLineEdit *>();
        QVERIFY(text);
        QTest::mouseClick(text, Qt::LeftButton, {}, text->rect().center());
        auto *calendar = from->calendarWidget();
        QTRY_VERIFY(calendar->isVisible());
        for (const char *name : {"qt_calendar_prevmonth", "qt_calendar_nextmonth"}) {
            auto *arrow = calendar->findChild<QToolButton *>(QLatin1String(name));
            QVERIFY2(arrow && arrow->width() >= 48 && arrow->height() >= 48, name);
        }
        auto *days = calendar->findChild<QTableView *>(QStringLiteral("qt_calendar_calendarview"));
        QVERIFY(days);
        // A day of the month shown, by its number (the 16th is shown once).
        const auto day = [&](int number) {
            QAbstractItemModel *m = days->model();
            for (int r = 1; r < m->rowCount(); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    if (m->index(r, c).data().toInt() == number)
                        return m->index(r, c);
            return QModelIndex();
        };
        const QRect sixteenth = days->visualRect(day(16));
        QVERIFY2(sixteenth.height() >= 36 && sixteenth.width() >= 44,
                 qPrintable(QStringLiteral("a day is %1x%2 px")
                                .arg(sixteenth.width())
                                .arg(sixteenth.height())));
        QTest::mouseClick(days->viewport(), Qt::LeftButton, {}, sixteenth.center());
        QTRY_VERIFY(!calendar->isVisible());
        QCOMPARE(from->date(), QDate(2025, 6, 16));
    }

    void chartsReadWholeWithTheirCurrency_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("fontScale");
        QTest::newRow("1024x600 tablet") << QSize(900, 520) << 1.0;
        // The app's type at 1080 px (app/desktop/main.cpp): names left out beside the top
        // items' bars, the tender mix's legend cut at the bottom.
        QTest::newRow("1920x1080 screen") << QSize(1800, 960) << 1.35;
    }

    // On the room a 1024x600 tablet or a 1080 px screen leaves them, every chart reads whole:
    // the amounts carry the currency, no two category labels run into each other, no label is
    // left out or cut at the chart's edge, and the tender mix names every tender with its share.
    void chartsReadWholeWithTheirCurrency()
    {
        QFETCH(QSize, size);
        QFETCH(qreal, fontScale);
        const QFont appFont = QApplication::font();
        const auto restoreFont = qScopeGuard([&] { QApplication::setFont(appFont); });
        QFont scaled = appFont;
        scaled.setPointSizeF(appFont.pointSizeF() * fontScale);
        QApplication::setFont(scaled);
        // A season of a busy stall: thousands in a market's takings, every kind of tender.
        test::TempDb db;
        QVERIFY(seedDemoCatalog(db.db()));
        QVERIFY(test::demoSales(db.db(), 20, 60));
        for (const QString &m : MarketDayRepository(db.db()).marketNames().value_or(QStringList()))
            QVERIFY(MarketFees(db.db()).save(MarketFee{m, 60000, {}, false, 1000, 0, 2500}));
        AppContext busy(db.db());
        ReportsPage page(busy);
        QSignalSpy shown(&page, &ReportsPage::reportShown);
        page.resize(size);
        page.show();
        QTRY_COMPARE(shown.size(), 1);
        QApplication::processEvents();
        const QString symbol = QStringLiteral("$");
        const auto views = page.charts()->views();
        for (QChartView *v : views) {
            QChart *c = v->chart();
            const QString chart = c->title();
            QVERIFY2(v->isVisibleTo(&page), qPrintable(chart));
            for (QAbstractAxis *axis : c->axes()) {
                if (auto *values = qobject_cast<QValueAxis *>(axis)) {
                    QVERIFY2(values->labelFormat().contains(symbol),
                             qPrintable(chart + QStringLiteral(": ") + values->labelFormat()));
                    QVERIFY2(c->localizeNumbers(), qPrintable(chart));
                }
                auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
                if (!categories)
                    continue;
                const QFontMetrics fm(categories->labelsFont());
                const QStringList labels = categories->categories();
                QVERIFY2(!labels.isEmpty(), qPrintable(chart));
                // Only a name longer than 24 characters is shortened, on purpose, to 23 and "…".
                for (const QString &l : labels)
                    QVERIFY2(!l.contains(QChar(0x2026))
                                 || (l.size() == 24 && l.endsWith(QChar(0x2026))),
                             qPrintable(chart + QStringLiteral(": ") + l));
                const QRectF plot = c->plotArea();
                // The amounts along the bars side by side, none running into the next.
                for (QAbstractAxis *other : c->axes())
                    if (auto *values = qobject_cast<QValueAxis *>(other);
                        values && values->alignment() == Qt::AlignBottom) {
                        const QFontMetrics vm(values->labelsFont());
                        const qreal step = plot.width() / std::max(1, values->tickCount() - 1);
                        const QString widest = QLocale().toString(values->max(), 'f', 0);
                        const int need
                            = vm.horizontalAdvance(QString(values->labelFormat())
                                                       .replace(QStringLiteral("%.0f"), widest))
                              + vm.averageCharWidth();
                        QVERIFY2(need <= step,
                                 qPrintable(QStringLiteral("%1: amounts need %2 px each, have %3")
                                                .arg(chart)
                                                .arg(need)
                                                .arg(step)));
                    }
                if (categories->alignment() == Qt::AlignBottom) {
                    // Side by side under the bars: each within its own band.
                    const qreal band = plot.width() / labels.size();
                    for (const QString &l : labels)
                        QVERIFY2(fm.horizontalAdvance(l) <= band,
                                 qPrintable(QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                                                .arg(chart, l)
                                                .arg(fm.horizontalAdvance(l))
                                                .arg(band)));
                } else {
                    // One above the other beside the bars, and whole within the chart.
                    QVERIFY2(labels.size() * fm.height() <= plot.height(),
                             qPrintable(QStringLiteral("%1: %2 labels in %3 px")
                                            .arg(chart)
                                            .arg(labels.size())
                                            .arg(plot.height())));
                    for (const QString &l : labels)
                        QVERIFY2(fm.horizontalAdvance(l) <= plot.left(),
                                 qPrintable(QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                                                .arg(chart, l)
                                                .arg(fm.horizontalAdvance(l))
                                                .arg(plot.left())));
                }
            }
        }
        // The tender mix: every tender by name and share in the legend, whole.
        QChart *mix = views[4]->chart();
        auto *pie = qobject_cast<QPieSeries *>(mix->series().first());
        QVERIFY(pie);
        QVERIFY(mix->legend()->isVisible());
        const auto markers = mix->legend()->markers(pie);
        QCOMPARE(markers.size(), pie->count());
        const QFontMetrics legendFont(mix->legend()->font());
        const qreal room = mix->legend()->geometry().width();
        for (QLegendMarker *m : markers) {
            QVERIFY2(m->label().contains(QLatin1Char('%')), qPrintable(m->label()));
            QVERIFY2(!m->label().contains(QChar(0x2026)), qPrintable(m->label()));
            // The label beside its colour box, whole within the legend.
            const int need = legendFont.horizontalAdvance(m->label()) + legendFont.height() + 16;
            QVERIFY2(need <= room,
                     qPrintable(QStringLiteral("legend \"%1\" needs %2 px, has %3")
                                    .arg(m->label())
                                    .arg(need)
                                    .arg(room)));
        }
        // One above the other, every one within the legend's height: a row is the text's
        // height and 8 px around it (rows of 27 px for a 19 px font were seen cut off).
        QVERIFY2(markers.size() * (legendFont.height() + 8) <= mix->legend()->geometry().height(),
                 qPrintable(QStringLiteral("%1 tenders in a legend %2 px high")
                                .arg(markers.size())
                                .arg(mix->legend()->geometry().height())));
        // Labels drawn outside the pie are cut at the chart's edge on a small screen.
        for (QPieSlice *slice : pie->slices())
            QVERIFY2(!slice->isLabelVisible() || slice->labelPosition() != QPieSlice::LabelOutside,
                     qPrintable(slice->label()));
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
