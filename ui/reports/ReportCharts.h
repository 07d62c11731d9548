#pragma once

#include "core/reports/ReportRunner.h"

#include <QWidget>

class QChart;
class QChartView;

namespace sk::ui {

// The pictures of the Reports section: sales by hour (bars), by market, by weekday, the top
// items and the tender mix (pie). Colours come from the widget palette, so the charts follow a
// dark or high-contrast theme like the rest of the app. Fed with the tables of the chart
// reports (chartReports(), same filters as the table).
class ReportCharts : public QWidget
{
    Q_OBJECT
public:
    explicit ReportCharts(QWidget *parent = nullptr);

    static QStringList chartReports(); // by_hour, by_market, by_weekday, by_item, by_tender
    void setTables(const QList<reports::ReportTable> &tables);
    void clear();

    // The whole panel as one image; false when the file could not be written.
    Status savePng(const QString &path); // through the atomic writer
    QList<QChartView *> views() const { return m_views; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QChart *chart(int i) const;
    // The title of a chart with nothing to show: the chart's name and "None in this period".
    static QString emptyTitle(const QString &title);
    void applyPalette();
    void showBars(int i,
                  const reports::ReportTable &t,
                  const QString &labelColumn,
                  const QString &valueColumn,
                  bool horizontal,
                  int limit);
    void showPie(int i,
                 const reports::ReportTable &t,
                 const QString &labelColumn,
                 const QString &valueColumn);

    QStringList m_titles;
    QList<QChartView *> m_views;
    QList<reports::ReportTable> m_tables;
};

} // namespace sk::ui
