#include "ui/booth/ProgramCharts.h"

#include "core/BusinessSettings.h"
#include "core/FileSafety.h"
#include "core/booth/BoothCaps.h"
#include "ui/AppContext.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Style.h"
#include "ui/common/Widgets.h"

#include <QDate>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QtCharts>

namespace sk::ui {

using namespace sk::booth;

namespace {

// Presentation only: a chart axis needs a double. Money paths never see this value.
double major(Minor minor, int decimals)
{
    double d = double(minor);
    for (int i = 0; i < decimals; ++i)
        d /= 10.0;
    return d;
}

} // namespace

ProgramCharts::ProgramCharts(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *grid = new QGridLayout(this);
    const QStringList titles
        = {tr("Sold and issued by market day"), tr("Redeemed by vendors by market day")};
    for (int i = 0; i < titles.size(); ++i) {
        auto *c = new QChart;
        c->setTitle(titles[i]);
        c->setAnimationOptions(QChart::NoAnimation);
        c->setLocalizeNumbers(true);
        c->setLocale(QLocale());
        c->legend()->setAlignment(Qt::AlignBottom);
        auto *v = new QChartView(c, this);
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumSize(300, 240);
        v->setObjectName(QStringLiteral("booth_chart%1").arg(i));
        m_views << v;
        grid->addWidget(v, 1, i);
    }
    m_summary = messageLabel(QStringLiteral("booth_report_summary"), this);
    auto *csv = touchButton(tr("Save report as CSV…"), QStringLiteral("booth_report_csv"), this);
    // Above the charts: on a short screen the tab scrolls, and the button stays in sight.
    grid->addWidget(m_summary, 0, 0);
    grid->addWidget(csv, 0, 1, Qt::AlignRight);
    grid->setRowStretch(1, 1);
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = Dialogs::saveFileName(
            this,
            tr("Save the program report"),
            folder + QLatin1Char('/') + tr("program-report-%1.csv").arg(m_from.left(7)),
            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        const Status s = saveCsv(path);
        m_summary->setText(s ? tr("Saved %1.").arg(path) : s.error().detail);
    });
}

Status ProgramCharts::saveCsv(const QString &path)
{
    return writeFileAtomically(
        path, [&](QIODevice *out) { return writeProgramReportCsv(m_ctx.db(), m_from, m_to, out); });
}

void ProgramCharts::showMonthOf(const QString &day)
{
    m_from = monthStart(day);
    m_to = monthEnd(day);
    auto rows = programReport(m_ctx.db(), m_from, m_to);
    for (QChartView *v : std::as_const(m_views)) {
        v->chart()->removeAllSeries();
        for (QAbstractAxis *a : v->chart()->axes())
            v->chart()->removeAxis(a);
    }
    if (!rows) {
        m_summary->setText(rows.error().detail);
        return;
    }
    fill(0, *rows, false);
    fill(1, *rows, true);
    QSet<QString> days;
    for (const ProgramDay &p : *rows)
        days.insert(p.day);
    const QDate month = QDate::fromString(m_from, Qt::ISODate);
    m_summary->setText(tr("%1: %n market day(s).", nullptr, int(days.size()))
                           .arg(QLocale().standaloneMonthName(month.month()) + QLatin1Char(' ')
                                + QString::number(month.year())));
}

void ProgramCharts::fill(int chart, const QList<ProgramDay> &rows, bool redeemed)
{
    const Currency cur = BusinessSettings(m_ctx.db()).currency();
    QStringList days, programs;
    for (const ProgramDay &p : rows) {
        if (!days.contains(p.day))
            days << p.day;
        if (!programs.contains(p.program))
            programs << p.program;
    }
    auto *series = new QBarSeries;
    for (const QString &program : programs) {
        auto *set = new QBarSet(program);
        for (const QString &day : days) {
            Minor v = 0;
            for (const ProgramDay &p : rows)
                if (p.day == day && p.program == program)
                    v = redeemed ? p.redeemed : p.soldOrIssued - p.refunded;
            *set << major(v, cur.decimals);
        }
        series->append(set);
    }
    QStringList labels;
    for (const QString &day : days)
        labels << QLocale().toString(QDate::fromString(day, Qt::ISODate), QStringLiteral("d MMM"));
    QChart *c = m_views[chart]->chart();
    c->addSeries(series);
    auto *cat = new QBarCategoryAxis;
    cat->append(labels);
    auto *val = new QValueAxis;
    val->setLabelFormat(QStringLiteral("%.0f"));
    val->setTitleText(cur.code);
    c->addAxis(cat, Qt::AlignBottom);
    c->addAxis(val, Qt::AlignLeft);
    series->attachAxis(cat);
    series->attachAxis(val);
    val->setTickCount(5);
    if (days.isEmpty())
        val->setRange(0, 1);
    else
        val->applyNiceNumbers();
}

} // namespace sk::ui
