#pragma once

#include "ui/AppContext.h"
#include "ui/reports/ReportJob.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace sk::ui {

class ReportCharts;
class ReportTableModel;

// The Reports section: pick a report, narrow it (period, market, category), read it as a table
// or as charts, export it as CSV (BOM on by default, so Excel reads accented names) and the
// charts as PNG. Every run happens on a worker thread with its own database connection, with a
// progress bar and a cancel button; the UI thread never waits on SQL.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(AppContext &ctx, QWidget *parent = nullptr);
    ~ReportsPage() override;

    // For tests and the main window: the current selection and state.
    QString currentReport() const;
    void setCurrentReport(const QString &name);
    reports::ReportFilter filter() const;
    ReportTableModel *model() const { return m_model; }
    ReportCharts *charts() const { return m_charts; }
    bool isBusy() const { return m_job != nullptr; }

public slots:
    void run();       // the chosen report into the table, and the charts
    void exportCsv(); // asks for a file name
    void exportCharts();
    void cancel();

signals:
    void reportShown(const QString &report);
    void exported(const QString &path, qint64 rows);
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshChoices();
    void fitNameColumn(); // the stretched column never narrower than its text
    bool eventFilter(QObject *watched, QEvent *event) override;
    int m_stretchColumn = -1;
    void updateFilterAvailability();
    void startJob(ReportJob::Request request);
    void jobFinished(const ReportJob::Outcome &outcome);
    void setBusy(bool busy);
    QString describe(const Error &e) const;

    AppContext &m_ctx;
    QComboBox *m_report;
    QLabel *m_description;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_market;
    QComboBox *m_category;
    QCheckBox *m_bom;
    QPushButton *m_run;
    QPushButton *m_export;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableView *m_view;
    ReportTableModel *m_model;
    ReportCharts *m_charts;
    QTimer *m_poll;
    ReportJob *m_job = nullptr;
    bool m_dirty = true; // data changed since the last run
};

} // namespace sk::ui
