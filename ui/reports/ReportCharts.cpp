#include "ReportCharts.h"

#include "FileSafety.h"
#include "common/Style.h"

#include <QEvent>
#include <QGridLayout>
#include <QLocale>
#include <QPainter>
#include <QtCharts>

namespace sk::ui {

namespace {

// Presentation only: a chart axis needs a double. Money paths never see this value.
double major(const QVariant &minor, int decimals)
{
    double d = double(minor.toLongLong());
    for (int i = 0; i < decimals; ++i)
        d /= 10.0;
    return d;
}

// Series colours derived from the palette's highlight, spread around the hue circle.
QList<QColor> seriesColours(const QPalette &pal, int n)
{
    const QColor base = pal.color(QPalette::Highlight);
    QList<QColor> out;
    for (int i = 0; i < n; ++i) {
        const int hue = (std::max(0, base.hsvHue()) + i * 360 / std::max(1, n)) % 360;
        out << QColor::fromHsv(
            hue, std::clamp(base.hsvSaturation(), 90, 200), std::clamp(base.value(), 120, 220));
    }
    return out;
}

} // namespace

ReportCharts::ReportCharts(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    const QStringList titles = {tr("Sales by hour"),
                                tr("Sales by market"),
                                tr("Sales by weekday"),
                                tr("Top items"),
                                tr("Tender mix")};
    for (int i = 0; i < titles.size(); ++i) {
        auto *c = new QChart;
        c->setTitle(titles[i]);
        c->legend()->hide();
        c->setAnimationOptions(QChart::NoAnimation);
        auto *v = new QChartView(c, this);
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumSize(250, 220); // three in a row fit a 1024 px screen beside the navigation
        v->setObjectName(QStringLiteral("chart%1").arg(i));
        m_views << v;
    }
    grid->addWidget(m_views[0], 0, 0);
    grid->addWidget(m_views[1], 0, 1);
    grid->addWidget(m_views[4], 0, 2);
    grid->addWidget(m_views[2], 1, 0);
    grid->addWidget(m_views[3], 1, 1, 1, 2);
    applyPalette();
}

QStringList ReportCharts::chartReports()
{
    return {QStringLiteral("by_hour"),
            QStringLiteral("by_market"),
            QStringLiteral("by_weekday"),
            QStringLiteral("by_item"),
            QStringLiteral("by_tender")};
}

QChart *ReportCharts::chart(int i) const
{
    return m_views[i]->chart();
}

void ReportCharts::clear()
{
    m_tables.clear();
    for (QChartView *v : std::as_const(m_views)) {
        v->chart()->removeAllSeries();
        for (QAbstractAxis *a : v->chart()->axes())
            v->chart()->removeAxis(a);
    }
}

void ReportCharts::setTables(const QList<reports::ReportTable> &tables)
{
    clear();
    m_tables = tables;
    for (const reports::ReportTable &t : tables) {
        if (t.report == u"by_hour")
            showBars(0, t, QStringLiteral("hour"), QStringLiteral("net_sales"), false, 24);
        else if (t.report == u"by_market")
            showBars(1, t, QStringLiteral("market"), QStringLiteral("net_sales"), true, 8);
        else if (t.report == u"by_weekday")
            showBars(2, t, QStringLiteral("weekday"), QStringLiteral("net_sales"), false, 7);
        else if (t.report == u"by_item")
            showBars(3, t, QStringLiteral("name"), QStringLiteral("net_sales"), true, 8);
        else if (t.report == u"by_tender")
            showPie(4, t, QStringLiteral("tender_name"), QStringLiteral("net_amount"));
    }
    applyPalette();
}

namespace {
// Where the report has the column named `name`, or -1.
int columnIndex(const reports::ReportTable &t, const QString &name)
{
    for (qsizetype k = 0; k < t.columns.size(); ++k)
        if (t.columns[k].name == name)
            return int(k);
    return -1;
}
} // namespace

void ReportCharts::showBars(int i,
                            const reports::ReportTable &t,
                            const QString &labelColumn,
                            const QString &valueColumn,
                            bool horizontal,
                            int limit)
{
    const int lc = columnIndex(t, labelColumn);
    const int vc = columnIndex(t, valueColumn);
    if (lc < 0 || vc < 0)
        return;
    auto *set = new QBarSet(tr("Net sales"));
    QStringList labels;
    const qsizetype n = t.rows.size() - (t.hasTotals ? 1 : 0);
    for (qsizetype r = 0; r < n && labels.size() < limit; ++r) {
        // Short labels so the axis never elides them: "8" for 08:00-09:00, "Wed".
        QString label = t.rows[r][lc].toString();
        if (labelColumn == u"weekday")
            label = QLocale().dayName(t.rows[r][lc].toInt(), QLocale::ShortFormat);
        // Labels are drawn in full (see below): a long one is shortened here, to what a bar
        // chart a third of a 1024 px screen wide can show beside its bars.
        if (label.size() > 18)
            label = label.left(17) + QChar(0x2026);
        labels << label;
        *set << major(t.rows[r][vc], t.moneyDecimals);
    }
    if (horizontal) {
        // Largest at the top: a horizontal bar chart draws its first category at the bottom.
        std::reverse(labels.begin(), labels.end());
        QList<qreal> values;
        for (int k = set->count() - 1; k >= 0; --k)
            values << set->at(k);
        set->remove(0, set->count());
        set->append(values);
    }
    QAbstractBarSeries *series
        = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries) : new QBarSeries;
    series->append(set);
    QChart *c = chart(i);
    c->addSeries(series);
    auto *cat = new QBarCategoryAxis;
    cat->append(labels);
    // A category axis elides labels that do not fit their band: keep them small.
    QFont small = cat->labelsFont();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    cat->setLabelsFont(small);
    // "10" or "Strawberry jam" in full rather than "…": the axis takes the room it needs.
    cat->setTruncateLabels(false);
    auto *val = new QValueAxis;
    val->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(cat, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    c->addAxis(val, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(cat);
    series->attachAxis(val);
    val->applyNiceNumbers();
}

void ReportCharts::showPie(int i,
                           const reports::ReportTable &t,
                           const QString &labelColumn,
                           const QString &valueColumn)
{
    const int lc = columnIndex(t, labelColumn);
    const int vc = columnIndex(t, valueColumn);
    if (lc < 0 || vc < 0)
        return;
    auto *series = new QPieSeries;
    const qsizetype n = t.rows.size() - (t.hasTotals ? 1 : 0);
    double total = 0;
    for (qsizetype r = 0; r < n; ++r)
        total += std::max(0.0, major(t.rows[r][vc], t.moneyDecimals));
    for (qsizetype r = 0; r < n; ++r) {
        const double v = major(t.rows[r][vc], t.moneyDecimals);
        if (v <= 0)
            continue; // a pie cannot show what was given back
        auto *s = series->append(t.rows[r][lc].toString(), v);
        s->setLabel(tr("%1 %2 %").arg(t.rows[r][lc].toString(),
                                      QLocale().toString(100.0 * v / total, 'f', 0)));
        s->setLabelVisible(v / total >= 0.04);
    }
    series->setPieSize(0.6);
    chart(i)->addSeries(series);
}

void ReportCharts::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor grid = pal.color(QPalette::Mid);
    for (QChartView *v : std::as_const(m_views)) {
        QChart *c = v->chart();
        c->setBackgroundBrush(pal.color(QPalette::Base));
        c->setBackgroundPen(QPen(grid));
        c->setTitleBrush(text);
        QFont f = c->titleFont();
        f.setBold(true);
        c->setTitleFont(f);
        v->setBackgroundBrush(pal.color(QPalette::Window));
        for (QAbstractAxis *a : c->axes()) {
            a->setLabelsBrush(text);
            a->setLinePenColor(grid);
            a->setGridLineColor(grid);
        }
        for (QAbstractSeries *s : c->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
                for (QBarSet *set : bars->barSets()) {
                    set->setColor(pal.color(QPalette::Highlight));
                    set->setBorderColor(pal.color(QPalette::Highlight).darker(120));
                }
            } else if (auto *pie = qobject_cast<QPieSeries *>(s)) {
                const QList<QColor> colours = seriesColours(pal, int(pie->count()));
                for (int k = 0; k < pie->count(); ++k) {
                    pie->slices()[k]->setColor(colours[k]);
                    pie->slices()[k]->setBorderColor(pal.color(QPalette::Base));
                    pie->slices()[k]->setLabelBrush(text);
                }
            }
        }
    }
}

void ReportCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

Status ReportCharts::savePng(const QString &path)
{
    const QPixmap pixmap = grab();
    return writeFileAtomically(path, [&](QIODevice *out) -> Status {
        if (pixmap.isNull() || !pixmap.save(out, "PNG"))
            return fail(Error::Code::Io, QStringLiteral("could not write the image %1").arg(path));
        return {};
    });
}

} // namespace sk::ui
