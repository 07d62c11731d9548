#include "ui/reports/ReportCharts.h"

#include "core/FileSafety.h"
#include "ui/common/Style.h"
#include "ui/reports/ReportTableModel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLocale>
#include <QPainter>
#include <QTime>
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

// A value axis label in the currency's style: "$%.0f" -> "$1,200", "%.0f €" -> "1.200 €" (the
// chart localises the number).
QString moneyLabelFormat(Currency currency)
{
    currency.decimals = 0; // whole amounts on an axis
    const QString number = formatFixed(1234, 0, QLocale(), true);
    const QString sample = formatMoney(1234, currency, QLocale());
    const qsizetype at = sample.indexOf(number);
    if (at < 0)
        return QStringLiteral("%.0f");
    const auto literal = [](QString text) {
        return text.replace(QLatin1Char('%'), QStringLiteral("%%"));
    };
    return literal(sample.left(at)) + QStringLiteral("%.0f")
           + literal(sample.mid(at + number.size()));
}

// An hour of the day as the locale's clock names it, short enough to sit under its bar: "8"
// on a 24-hour clock, "8 AM" on a 12-hour one.
QString hourLabel(int hour)
{
    const QString format = QLocale().timeFormat(QLocale::ShortFormat);
    const bool twelve = format.contains(QLatin1Char('a'), Qt::CaseInsensitive);
    return QLocale().toString(QTime(hour, 0),
                              twelve ? QStringLiteral("h AP") : QStringLiteral("H"));
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

constexpr int kChartWidth = 300;
constexpr int kChartHeight = 240;

// Tall enough for `rows` names one above the other (beside horizontal bars, or in a legend) in
// `font`: Qt Charts leaves out every other category name that has no room for it, and cuts a
// legend at the chart's edge. The title, the amounts under the bars and the chart's margins
// take the rest.
void fitRows(QChartView *v, qsizetype rows, const QFont &font)
{
    const QFontMetrics fm(font);
    const QFontMetrics title(v->chart()->titleFont());
    const qsizetype need = rows * fm.height() * 5 / 4 + 2 * title.height() + 2 * fm.height() + 64;
    v->setMinimumHeight(int(std::max<qsizetype>(kChartHeight, need)));
}

} // namespace

QString ReportCharts::emptyTitle(const QString &title)
{
    // On a line of its own, not bold: beside the title it was cut at a half-width chart's edge
    // ("Verkäufe nach Wochentag: nichts in diesem Zeitra...").
    return QStringLiteral("<center>") + title.toHtmlEscaped()
           + QStringLiteral("<br><span style=\"font-weight:normal\">")
           + tr("None in this period").toHtmlEscaped() + QStringLiteral("</span></center>");
}

ReportCharts::ReportCharts(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    m_titles = {tr("Sales by hour"),
                tr("Sales by market"),
                tr("Sales by weekday"),
                tr("Top items"),
                tr("Tender mix"),
                tr("Owed by programs"),
                tr("Market fees due")};
    for (int i = 0; i < m_titles.size(); ++i) {
        auto *c = new QChart;
        c->setTitle(m_titles[i]);
        c->legend()->hide();
        c->setAnimationOptions(QChart::NoAnimation);
        // Axis numbers in the vendor's locale ("1.200" in German).
        c->setLocalizeNumbers(true);
        c->setLocale(QLocale());
        auto *v = new QChartView(c, this);
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumSize(kChartWidth, kChartHeight);
        v->setObjectName(QStringLiteral("chart%1").arg(i));
        m_views << v;
    }
    // Two to a row, the hours across both: a third of a 1024 px screen squashed the hours'
    // labels into each other and cut the tender mix's. The panel scrolls down in its tab.
    grid->addWidget(m_views[0], 0, 0, 1, 2);
    grid->addWidget(m_views[2], 1, 0);
    grid->addWidget(m_views[4], 1, 1);
    grid->addWidget(m_views[1], 2, 0);
    grid->addWidget(m_views[3], 2, 1);
    grid->addWidget(m_views[5], 3, 0);
    grid->addWidget(m_views[6], 3, 1);
    applyPalette();
}

QStringList ReportCharts::chartReports()
{
    return {QStringLiteral("by_hour"),
            QStringLiteral("by_market"),
            QStringLiteral("by_weekday"),
            QStringLiteral("by_item"),
            QStringLiteral("by_tender"),
            QStringLiteral("program_redemption"),
            QStringLiteral("market_fees")};
}

QChart *ReportCharts::chart(int i) const
{
    return m_views[i]->chart();
}

void ReportCharts::clear()
{
    m_tables.clear();
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        QChartView *v = m_views[i];
        v->chart()->setTitle(m_titles[i]);
        v->setMinimumHeight(kChartHeight);
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
        else if (t.report == u"program_redemption")
            showBars(
                5, t, QStringLiteral("program"), QStringLiteral("incentive_redeemed"), true, 8);
        else if (t.report == u"market_fees")
            showBars(6, t, QStringLiteral("market"), QStringLiteral("fee_due"), true, 8);
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
        // Short labels so that they sit side by side: "8" or "8 AM" for 08:00-09:00, "Wed".
        QString label = ReportTableModel::shownText(t, int(r), lc);
        if (labelColumn == u"weekday")
            label = QLocale().dayName(t.rows[r][lc].toInt(), QLocale::ShortFormat);
        else if (labelColumn == u"hour")
            label = hourLabel(t.rows[r][lc].toInt());
        // Names beside horizontal bars are drawn in full: a very long one is shortened here,
        // to what a chart half a tablet wide can show beside its bars.
        if (label.size() > 24)
            label = label.left(23) + QChar(0x2026);
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
    // "10" or "Strawberry jam" in full rather than "…": the axis takes the room it needs.
    cat->setTruncateLabels(false);
    auto *val = new QValueAxis;
    val->setLabelFormat(moneyLabelFormat(Currency::fromCode(t.currency)));
    c->addAxis(cat, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    c->addAxis(val, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(cat);
    series->attachAxis(val);
    if (horizontal)
        fitRows(m_views[i], labels.size(), cat->labelsFont());
    // Amounts along horizontal bars sit side by side in half a tablet's width: three of them
    // ("$0  $10,000  $20,000") rather than five running into each other.
    val->setTickCount(horizontal ? 3 : 5);
    // No rows (a day with no sales, no fees set): the title says so, and the axis shows no
    // amounts (from 0 to 1 in whole units it read "$0  $1  $1").
    if (set->count() == 0) {
        val->setRange(0, 1);
        val->setLabelsVisible(false);
        c->setTitle(emptyTitle(m_titles[i]));
    } else
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
        // Named in the legend beside the pie: labels drawn around it were cut at the chart's
        // edge on a small screen.
        const QString name = ReportTableModel::shownText(t, int(r), lc);
        auto *s = series->append(
            tr("%1 %2 %").arg(name, QLocale().toString(100.0 * v / total, 'f', 0)), v);
        s->setLabelVisible(false);
    }
    series->setPieSize(0.8);
    QChart *c = chart(i);
    if (series->count() == 0)
        c->setTitle(emptyTitle(m_titles[i]));
    c->addSeries(series);
    c->legend()->setAlignment(Qt::AlignRight);
    // Wide enough for the longest name beside its colour box: the legend would otherwise cut
    // "WIC/FMNP check 2 %" to "WIC/FMNP check..." and leave the room to the pie.
    const QFontMetrics fm(c->legend()->font());
    int widest = 0;
    for (const QPieSlice *slice : series->slices())
        widest = std::max(widest, fm.horizontalAdvance(slice->label()));
    c->legend()->setMinimumWidth(widest + fm.height() + 24);
    c->legend()->show();
    fitRows(m_views[i], series->count(), c->legend()->font());
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
