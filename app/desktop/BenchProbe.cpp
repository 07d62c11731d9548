#include "app/desktop/BenchProbe.h"

#include "ui/reports/ReportsPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QEventLoop>
#include <QMainWindow>
#include <QStackedWidget>
#include <QTimer>

#include <cstdio>
#include <ctime>

#include <sys/resource.h>

namespace sk::app {

namespace {

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs `report` over all the data in the Reports section and waits for its table.
bool runReport(ui::ReportsPage *reports, const QString &report)
{
    QComboBox *period = nullptr;
    for (QComboBox *c : reports->findChildren<QComboBox *>())
        if (c->findText(QStringLiteral("All time")) >= 0)
            period = c;
    if (!period)
        return false;
    reports->setCurrentReport(report);
    period->setCurrentIndex(period->findText(QStringLiteral("All time")));
    QEventLoop loop;
    bool shown = false;
    QObject::connect(reports, &ui::ReportsPage::reportShown, &loop, [&] {
        shown = true;
        loop.quit();
    });
    QObject::connect(reports, &ui::ReportsPage::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(300 * 1000, &loop, &QEventLoop::quit);
    reports->run();
    loop.exec();
    return shown && reports->currentReport() == report;
}

class Probe : public QObject
{
public:
    Probe(QMainWindow &window, const QElapsedTimer &sinceMain, QByteArray mode)
        : QObject(&window)
        , m_window(window)
        , m_sinceMain(sinceMain)
        , m_mode(std::move(mode))
    {
        window.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == &m_window && event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // After this paint has been delivered and flushed.
            QTimer::singleShot(0, this, [this] { painted(); });
        }
        return false;
    }

private:
    void painted()
    {
        const double ms = double(m_sinceMain.nsecsElapsed()) / 1e6;
        const auto *stack = m_window.findChild<QStackedWidget *>();
        const QWidget *shown = stack ? stack->currentWidget() : nullptr;
        timespec cpu{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
        std::printf("first_frame_ms %.1f %s cpu_ms %.1f\n",
                    ms,
                    shown ? shown->metaObject()->className() : "nothing",
                    double(cpu.tv_sec) * 1e3 + double(cpu.tv_nsec) / 1e6);
        std::fflush(stdout);
        if (m_mode == "sections")
            sections();
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }

    void sections()
    {
        // Every section by its button, as a vendor opens them.
        for (QAbstractButton *b : m_window.findChildren<QAbstractButton *>())
            if (b->isCheckable() && b->isVisible() && b->isEnabled()) {
                b->click();
                settle(200);
            }
        int reports = 0;
        if (auto *page = m_window.findChild<ui::ReportsPage *>()) {
            for (QAbstractButton *b : m_window.findChildren<QAbstractButton *>())
                if (b->isCheckable() && b->text() == QStringLiteral("Reports"))
                    b->click();
            for (const char *r : {"by_item", "by_day", "by_tender"})
                reports += runReport(page, QLatin1String(r)) ? 1 : 0;
        }
        settle(200);
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        std::printf("peak_rss_kb %ld reports %d\n", long(u.ru_maxrss), reports);
        std::fflush(stdout);
    }

    QMainWindow &m_window;
    const QElapsedTimer &m_sinceMain;
    const QByteArray m_mode;
    bool m_painted = false;
};

} // namespace

void armBenchProbe(QMainWindow &window, const QElapsedTimer &sinceMain)
{
    const QByteArray mode = qgetenv("STALLKEEPER_BENCH_APP");
    if (!mode.isEmpty())
        new Probe(window, sinceMain, mode);
}

} // namespace sk::app
