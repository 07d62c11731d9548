#include "sync/SaleBatch.h"

#include "Catalog.h"
#include "Exports.h"
#include "sync/EventValidator.h"

#include <sqlite3.h>

namespace sk::sync {

namespace {
// As QtSql binds them (what SaleRepository::insert writes): a null string is NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant() : QVariant(s);
}
QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// Inserts `values` (`columns` per row) into `head` ("INSERT INTO t (a, b)"), kRows rows per
// statement and the rest one by one, each statement prepared once per connection. Bigger
// statements cost more to prepare than they save.
constexpr qsizetype kRows = 32;

Status insertRows(Database &db, const char *head, int columns, const QVariantList &values)
{
    const qsizetype rows = values.size() / columns;
    const auto statement = [&](qsizetype n) {
        QString sql = QLatin1String(head) + QStringLiteral(" VALUES ");
        for (qsizetype r = 0; r < n; ++r) {
            sql += r ? QStringLiteral(",(?") : QStringLiteral("(?");
            for (int c = 1; c < columns; ++c)
                sql += QStringLiteral(",?");
            sql += QLatin1Char(')');
        }
        return db.sqliteCached(sql);
    };
    for (qsizetype first = 0; first < rows;) {
        const qsizetype n = rows - first >= kRows ? kRows : 1;
        auto st = statement(n);
        if (!st)
            return std::unexpected(st.error());
        // The values stay alive and unchanged until the bindings are cleared below.
        int rc = bindSqlite(*st, values.constData() + first * columns, n * columns, true);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(*st);
        const QString message = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(*st)));
        sqlite3_reset(*st);
        sqlite3_clear_bindings(*st);
        if (rc != SQLITE_DONE)
            return fail(Error::Code::Database,
                        QStringLiteral("inserting pulled sales: %1").arg(message));
        first += n;
    }
    return {};
}
} // namespace

Status SaleBatch::flush(Database &db)
{
    const QList<SaleRecord> sales = std::exchange(m_sales, {});
    const QList<qint64> seqs = std::exchange(m_seqs, {});
    if (sales.isEmpty())
        return {};
    QVariantList head, lines, tenders, movements, applied;
    head.reserve(sales.size() * 19);
    applied.reserve(sales.size() * 2);
    for (qsizetype i = 0; i < sales.size(); ++i)
        applied << sales[i].id << seqs[i];
    for (const SaleRecord &r : sales) {
        head << r.id << r.deviceId << text(r.receiptNo) << r.kind << nullable(r.refSaleId)
             << text(r.marketDayId) << text(r.marketName) << r.createdAt << r.utcOffset << r.hlc
             << text(r.currency) << int(r.taxInclusive) << r.subtotal << r.discount << r.tax
             << r.rounding << r.total << r.changeDue << text(r.reason);
        for (const SaleLineRecord &l : r.lines)
            lines << l.id << r.id << l.lineNo << nullable(l.refLineId) << text(l.productId)
                  << text(l.sku) << text(l.name) << text(l.category) << unitCode(l.unit) << l.qty
                  << l.unitPrice << l.gross << l.discount << l.net << text(l.taxCategory)
                  << l.taxRatePpm << l.tax << text(l.eligibility);
        for (const SaleTenderRecord &t : r.tenders)
            tenders << t.id << r.id << t.lineNo << text(t.tender) << t.amount << t.tendered
                    << t.change << t.untaxed << text(t.reference) << nullable(t.refTenderId);
        for (const StockMovement &m : r.movements)
            movements << m.id << m.productId << stockKindCode(m.kind) << m.qty << m.hlc
                      << m.deviceId << m.createdAt << nullable(m.saleId) << nullable(m.marketDayId)
                      << text(m.context) << text(m.reason);
    }
    if (auto s = insertRows(db,
                            "INSERT INTO sales (id, device_id, receipt_no, kind, ref_sale_id, "
                            "market_day_id, market_name, created_at, utc_offset, hlc, currency, "
                            "tax_inclusive, subtotal, discount, tax, rounding, total, change_due, "
                            "reason)",
                            19,
                            head);
        !s)
        return s;
    if (auto s = insertRows(db,
                            "INSERT INTO sale_lines (id, sale_id, line_no, ref_line_id, "
                            "product_id, sku, name, category, unit, qty, unit_price, gross, "
                            "discount, net, tax_category, tax_rate_ppm, tax, eligibility)",
                            18,
                            lines);
        !s)
        return s;
    if (auto s = insertRows(db,
                            "INSERT INTO sale_tenders (id, sale_id, line_no, tender, amount, "
                            "tendered, change, untaxed, reference, ref_tender_id)",
                            10,
                            tenders);
        !s)
        return s;
    if (auto s = insertRows(db,
                            "INSERT INTO stock_movements (id, product_id, kind, qty, hlc, "
                            "device_id, created_at, sale_id, market_day_id, context, reason)",
                            11,
                            movements);
        !s)
        return s;
    return insertRows(db, "INSERT INTO applied_events (event_id, server_seq)", 2, applied);
}

SaleChecker::SaleChecker(const QList<Event> &events, qint64 serverNow)
    : m_events(events)
    , m_serverNow(serverNow)
    , m_sales(size_t(events.size()))
    , m_thread([this](const std::stop_token &stop) { run(stop); })
{}

SaleChecker::~SaleChecker()
{
    m_thread.request_stop();
    m_thread.join();
}

void SaleChecker::run(const std::stop_token &stop)
{
    for (qsizetype i = 0; i < m_events.size() && !stop.stop_requested(); ++i) {
        const Event &e = m_events[i];
        ParsedData parsed;
        if (e.type == typeSale() && e.data.value(QLatin1String("kind")).toString() == u"sale"
            && validateEvent(e, m_serverNow, &parsed) && parsed.sale && parsed.sale->id == e.id)
            m_sales[size_t(i)] = std::move(*parsed.sale);
        // Published every few events: each publication takes the lock the writer waits on.
        if (i % 16 == 15 || i + 1 == m_events.size()) {
            const std::lock_guard lock(m_mutex);
            m_done = i + 1;
            m_ready.notify_one();
        }
    }
}

std::optional<SaleRecord> SaleChecker::take(qsizetype i)
{
    std::unique_lock lock(m_mutex);
    m_ready.wait(lock, [&] { return m_done > i; });
    lock.unlock();
    return std::exchange(m_sales[size_t(i)], std::nullopt);
}

} // namespace sk::sync
