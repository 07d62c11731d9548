#include "ui/reports/ReportJob.h"

#include <QCoreApplication>
#include <QPointer>

namespace sk::ui {

ReportJob::ReportJob(Request request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{}

ReportJob::~ReportJob()
{
    if (m_thread) {
        m_state->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

ReportJob::Outcome ReportJob::perform(const Request &request,
                                      const std::atomic<bool> &cancel,
                                      std::atomic<qint64> &rows)
{
    Outcome out;
    auto db = Database::open(request.dbPath);
    if (!db) {
        out.error = db.error();
        return out;
    }
    reports::ReportRunner runner(**db);
    qint64 done = 0; // rows of the reports already finished
    reports::RunOptions options;
    options.cancel = &cancel;
    options.progress = [&](qint64 n) {
        rows = done + n;
        return !cancel.load();
    };
    for (const QString &name : request.tables) {
        const reports::ReportDefinition *def = reports::ReportCatalog::find(name);
        if (!def) {
            out.error = Error::notFound(QStringLiteral("no report %1").arg(name));
            return out;
        }
        reports::ReportFilter filter = request.filter;
        if (!(def->filters & reports::FilterCategory))
            filter.category.clear(); // charts of whole sales ignore the category on purpose
        auto t = runner.table(*def, filter, options);
        if (!t) {
            out.error = t.error();
            return out;
        }
        done += t->rows.size();
        out.tables << std::move(*t);
    }
    if (!request.exportReport.isEmpty()) {
        const reports::ReportDefinition *def = reports::ReportCatalog::find(request.exportReport);
        if (!def) {
            out.error = Error::notFound(QStringLiteral("no report %1").arg(request.exportReport));
            return out;
        }
        options.bom = request.bom;
        auto n = runner.exportCsv(*def, request.filter, request.exportPath, options);
        if (!n) {
            out.error = n.error();
            return out;
        }
        out.exportedRows = *n;
    }
    out.ok = true;
    return out;
}

void ReportJob::start()
{
    Q_ASSERT(!m_thread);
    QPointer<ReportJob> self(this);
    std::shared_ptr<State> state = m_state;
    const Request request = m_request;
    m_thread = QThread::create([self, state, request] {
        Outcome out = perform(request, state->cancel, state->rows);
        // Delivered on the UI thread; dropped when the job was deleted meanwhile.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, out] {
                if (self)
                    emit self->finished(out);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("report worker"));
    m_thread->start(QThread::LowPriority);
}

} // namespace sk::ui
