#include "core/sync/SaleBatch.h"

#include "core/BatchInsert.h"
#include "core/Catalog.h"
#include "core/SaleRepository.h"
#include "core/Schema.h"
#include "core/sync/EventValidator.h"

namespace sk::sync {

Status SaleBatch::flush(Database &db)
{
    const QList<SaleRecord> sales = std::exchange(m_sales, {});
    const QList<qint64> seqs = std::exchange(m_seqs, {});
    if (sales.isEmpty())
        return {};
    static const QString kWhat = QStringLiteral("inserting pulled sales");
    // The values as SaleRepository::insert wrote them through QtSql: a null string is NULL.
    SaleRowValues<SqlRows> rows;
    SqlRows applied, ids;
    rows.sales.reserve(sales.size() * 19, sales.size() * 256);
    rows.lines.reserve(sales.size() * 3 * 18, sales.size() * 3 * 192);
    rows.tenders.reserve(sales.size() * 2 * 10, sales.size() * 2 * 64);
    rows.movements.reserve(sales.size() * 3 * 11, sales.size() * 3 * 160);
    applied.reserve(sales.size() * 2, sales.size() * 36);
    ids.reserve(sales.size(), sales.size() * 36);
    for (qsizetype i = 0; i < sales.size(); ++i) {
        applied.text(sales[i].id).number(seqs[i]);
        ids.text(sales[i].id);
    }
    for (const SaleRecord &r : sales) {
        rows.sales.text(r.id)
            .text(r.deviceId)
            .textOrNull(r.receiptNo)
            .text(r.kind)
            .nonEmptyOrNull(r.refSaleId)
            .textOrNull(r.marketDayId)
            .textOrNull(r.marketName)
            .number(r.createdAt)
            .number(r.utcOffset)
            .number(r.hlc)
            .textOrNull(r.currency)
            .number(int(r.taxInclusive))
            .number(r.subtotal)
            .number(r.discount)
            .number(r.tax)
            .number(r.rounding)
            .number(r.total)
            .number(r.changeDue)
            .textOrNull(r.reason);
        for (const SaleLineRecord &l : r.lines)
            rows.lines.text(l.id)
                .text(r.id)
                .number(l.lineNo)
                .nonEmptyOrNull(l.refLineId)
                .textOrNull(l.productId)
                .textOrNull(l.sku)
                .textOrNull(l.name)
                .textOrNull(l.category)
                .text(unitCode(l.unit))
                .number(l.qty)
                .number(l.unitPrice)
                .number(l.gross)
                .number(l.discount)
                .number(l.net)
                .textOrNull(l.taxCategory)
                .number(l.taxRatePpm)
                .number(l.tax)
                .textOrNull(l.eligibility);
        for (const SaleLineRecord &l : r.lines)
            if (l.manualWeight)
                rows.manualWeights.text(l.id).text(r.id);
        for (const SaleTenderRecord &t : r.tenders)
            rows.tenders.text(t.id)
                .text(r.id)
                .number(t.lineNo)
                .textOrNull(t.tender)
                .number(t.amount)
                .number(t.tendered)
                .number(t.change)
                .number(t.untaxed)
                .textOrNull(t.reference)
                .nonEmptyOrNull(t.refTenderId);
        for (const StockMovement &m : r.movements)
            rows.movements.text(m.id)
                .text(m.productId)
                .text(stockKindCode(m.kind))
                .number(m.qty)
                .number(m.hlc)
                .text(m.deviceId)
                .number(m.createdAt)
                .nonEmptyOrNull(m.saleId)
                .nonEmptyOrNull(m.marketDayId)
                .textOrNull(m.context)
                .textOrNull(m.reason);
    }
    // The summaries of these sales are added up by addSummaries, not by their rows' triggers
    // (schema 15).
    if (auto s
        = insertRows(db, QStringLiteral("INSERT INTO summary_batch (sale_id)"), 1, ids, kWhat);
        !s)
        return s;
    if (auto s = insertSaleRows(db, rows, kWhat); !s)
        return s;
    if (auto s = insertRows(db,
                            QStringLiteral("INSERT INTO applied_events (event_id, server_seq)"),
                            2,
                            applied,
                            kWhat);
        !s)
        return s;
    m_summariesDue = true;
    return {};
}

Status SaleBatch::addSummaries(Database &db)
{
    if (!std::exchange(m_summariesDue, false))
        return {};
    static const QString kWhat = QStringLiteral("adding up pulled sales");
    static const QStringList summaries = summaryBatchStatements()
                                         << QStringLiteral("DELETE FROM summary_batch");
    for (const QString &sql : summaries)
        if (auto s = insertRows(db, sql, 0, QVariantList(), kWhat); !s)
            return s;
    return {};
}

SaleChecker::SaleChecker(const QList<Event> &events, qint64 serverNow, PageWorker *worker)
    : m_events(events)
    , m_serverNow(serverNow)
    , m_sales(size_t(events.size()))
    , m_checked(size_t(events.size()), 0)
{
    if (worker)
        m_job = worker->run([this] { run(); });
}

SaleChecker::~SaleChecker()
{
    if (m_job) {
        m_stop = true;
        m_job->wait();
    }
}

std::optional<SaleRecord> SaleChecker::check(qsizetype i) const
{
    const Event &e = m_events[i];
    ParsedData parsed;
    if (e.type == typeSale() && e.data.value(QLatin1String("kind")).toString() == saleKindSale()
        && validateEvent(e, m_serverNow, &parsed) && parsed.sale && parsed.sale->id == e.id)
        return std::move(*parsed.sale);
    return std::nullopt;
}

void SaleChecker::run()
{
    for (qsizetype i = 0; !m_stop && (i = m_next.fetch_add(1)) < m_events.size();)
        publish(i, check(i));
}

void SaleChecker::publish(qsizetype i, std::optional<SaleRecord> sale)
{
    const std::lock_guard lock(m_mutex);
    m_sales[size_t(i)] = std::move(sale);
    m_checked[size_t(i)] = true;
}

std::optional<SaleRecord> SaleChecker::take(qsizetype i)
{
    if (!m_job)
        return check(i);
    // The writer never waits for the worker (which a busy machine may have stopped in the
    // middle of an event): it checks the events up to i that the worker has not taken yet, and
    // checks i itself when the worker has taken it but not finished it.
    for (qsizetype j = m_next.load(); j <= i; j = m_next.load()) {
        if (!m_next.compare_exchange_weak(j, j + 1))
            continue;
        if (j == i)
            return check(i);
        publish(j, check(j));
    }
    {
        const std::lock_guard lock(m_mutex);
        if (m_checked[size_t(i)])
            return std::exchange(m_sales[size_t(i)], std::nullopt);
    }
    return check(i);
}

} // namespace sk::sync
