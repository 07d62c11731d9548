#pragma once

#include "core/Database.h"
#include "core/SaleRepository.h"
#include "core/sync/PageWorker.h"
#include "core/sync/SyncProtocol.h"

#include <QList>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace sk::sync {

// Sales (kind "sale") of a pulled page, written with a few multi-row statements instead of
// about ten statements per sale: each statement that may abort (a trigger, a foreign key) gets
// a statement journal of its own in SQLite, and those journals with QtSql's per-value binding
// were most of the time a new device spent applying a season of sales. The rows are exactly
// those SaleRepository::insert writes, in the same order of tables (the sales' triggers see
// their rows as before), except that the daily summaries of schemas 6 and 11 are added up once
// for the batch (schema 15, summaryBatchStatements) rather than by each row's triggers. The
// caller holds the transaction: on failure nothing of the batch can be told apart, so it
// applies the sales one by one instead.
class SaleBatch
{
public:
    // `seq`: the event's number on the server, recorded in applied_events with the sale.
    void add(SaleRecord sale, qint64 seq)
    {
        m_seqs << seq;
        m_sales << std::move(sale);
    }
    bool isEmpty() const { return m_sales.isEmpty(); }
    // Inserts every sale added since the last flush, and its event's row in applied_events; the
    // batch is empty afterwards. Their summaries wait for addSummaries.
    Status flush(Database &db);
    // Adds up the summaries of every sale flushed since the last call, once for all of them:
    // a page's sales come in many small flushes (one before each stock count, refund or market
    // day), and the summary statements cost nearly as much for a few sales as for hundreds.
    // The summaries only add (sums, max), so their order does not matter; nothing a handler
    // reads between two flushes is a summary. Call it before the transaction commits.
    Status addSummaries(Database &db);

private:
    QList<SaleRecord> m_sales;
    QList<qint64> m_seqs;
    bool m_summariesDue = false;
};

// The new sales of a page (events of type "sale" whose kind is "sale") read and checked
// (validateEvent, which is pure) on the pull's worker (PageWorker), in page order, while the
// thread that owns the database writes the sales before them: the checks are about a third of
// a pulled sale's time. Without a worker each is checked when it is taken. take(i) gives the
// i-th event's result: the sale when the event passed and carries its own sale, nothing
// otherwise (the caller then applies it the general way, which words the refusal). The writer
// never waits for the worker: it checks the events the worker has not reached yet itself, and
// the one the worker is still checking too. The events and the worker must outlive the
// checker.
class SaleChecker
{
public:
    SaleChecker(const QList<Event> &events, qint64 serverNow, PageWorker *worker);
    ~SaleChecker();
    SaleChecker(const SaleChecker &) = delete;
    SaleChecker &operator=(const SaleChecker &) = delete;

    std::optional<SaleRecord> take(qsizetype i);

private:
    std::optional<SaleRecord> check(qsizetype i) const;
    void run();
    void publish(qsizetype i, std::optional<SaleRecord> sale);

    const QList<Event> &m_events;
    const qint64 m_serverNow;
    std::vector<std::optional<SaleRecord>> m_sales;
    std::vector<char> m_checked; // under m_mutex: m_sales[i] holds the i-th event's result
    std::mutex m_mutex;
    std::atomic<qsizetype> m_next = 0; // the first event no thread has taken to check
    std::atomic_bool m_stop = false;
    std::shared_ptr<PageWorker::Done> m_job; // the checks on the worker, when there is one
};

} // namespace sk::sync
