#pragma once

#include "core/reports/ReportRunner.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace sk::ui {

// One piece of report work off the UI thread, on its own database connection: either run some
// reports into memory (the table and the charts) or export one as CSV. The page polls rows()
// for its progress bar and calls cancel(); finished() arrives on the UI thread, once.
class ReportJob : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString dbPath;
        reports::ReportFilter filter;
        QStringList tables;   // reports to run into memory, in order
        QString exportReport; // or: a report to export...
        QString exportPath;   // ...to this file (temporary file + rename)
        bool bom = true;
    };
    struct Outcome
    {
        bool ok = false;
        Error error;
        QList<reports::ReportTable> tables;
        qint64 exportedRows = 0;
    };

    explicit ReportJob(Request request, QObject *parent = nullptr);
    ~ReportJob() override; // cancels and waits: a job never outlives its page

    void start();
    void cancel() { m_state->cancel = true; }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }
    qint64 rows() const { return m_state->rows.load(); }
    const Request &request() const { return m_request; }

    // The work itself, for any thread: what start() runs on the worker.
    static Outcome
    perform(const Request &request, const std::atomic<bool> &cancel, std::atomic<qint64> &rows);

signals:
    void finished(const sk::ui::ReportJob::Outcome &outcome);

private:
    struct State
    {
        std::atomic<bool> cancel{false};
        std::atomic<qint64> rows{0};
    };
    Request m_request;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    QThread *m_thread = nullptr;
};

} // namespace sk::ui
