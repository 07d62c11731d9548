#pragma once

#include "core/booth/Reimbursement.h"

#include <QWidget>

class QChartView;
class QLabel;

namespace sk::ui {

class AppContext;

// The program report for funders as pictures, on the booth's Report tab: per market day of the
// month shown, SNAP sold, the incentive issued and credit tokens sold (one bar per program), and
// the tokens vendors redeemed; with the month's CSV for a funder's spreadsheet beside them.
class ProgramCharts : public QWidget
{
    Q_OBJECT
public:
    explicit ProgramCharts(AppContext &ctx, QWidget *parent = nullptr);
    // The month of `day` (YYYY-MM-DD).
    void showMonthOf(const QString &day);
    QList<QChartView *> views() const { return m_views; }
    Status saveCsv(const QString &path);

private:
    void fill(int chart, const QList<booth::ProgramDay> &rows, bool redeemed);

    AppContext &m_ctx;
    QString m_from, m_to;
    QList<QChartView *> m_views;
    QLabel *m_summary = nullptr;
};

} // namespace sk::ui
