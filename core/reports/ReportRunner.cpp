#include "core/reports/ReportRunner.h"

#include "core/Csv.h"
#include "core/Exports.h"
#include "core/Money.h"

#include <QSqlError>

#include <sqlite3.h>

#include <memory>

namespace sk::reports {

namespace {

// While a query runs, SQLite calls back every few thousand VM steps; a long GROUP BY that
// returns its first row only at the end can still be cancelled and still shows life.
class ProgressHandler
{
public:
    ProgressHandler(Database &db, const RunOptions &options, const qint64 &rows)
        : m_handle(sqliteHandle(db))
        , m_options(options)
        , m_rows(rows)
    {
        if (m_handle && (m_options.progress || m_options.cancel))
            sqlite3_progress_handler(m_handle, 200000, &ProgressHandler::callback, this);
    }
    ~ProgressHandler()
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    ProgressHandler(const ProgressHandler &) = delete;
    ProgressHandler &operator=(const ProgressHandler &) = delete;

    bool cancelled() const { return m_cancelled; }

private:
    static int callback(void *self)
    {
        auto *h = static_cast<ProgressHandler *>(self);
        if (h->m_options.cancel && h->m_options.cancel->load())
            h->m_cancelled = true;
        else if (h->m_options.progress && !h->m_options.progress(h->m_rows))
            h->m_cancelled = true;
        return h->m_cancelled ? 1 : 0;
    }

    sqlite3 *m_handle;
    const RunOptions &m_options;
    const qint64 &m_rows;
    bool m_cancelled = false;
};

bool isNumeric(CsvColumn::Type t)
{
    return t != CsvColumn::Type::Text;
}

class TableSink : public ReportSink
{
public:
    explicit TableSink(ReportTable &t)
        : m_table(t)
    {}
    Status begin(const QList<ReportColumn> &columns, int moneyDecimals) override
    {
        m_table.columns = columns;
        m_table.moneyDecimals = moneyDecimals;
        return {};
    }
    Status row(const QVariantList &cells, bool totals) override
    {
        m_table.rows.append(cells);
        m_table.hasTotals = totals;
        return {};
    }

private:
    ReportTable &m_table;
};

class CsvSink : public ReportSink
{
public:
    CsvSink(QIODevice *out, bool bom)
        : m_writer(out, bom)
    {}
    Status begin(const QList<ReportColumn> &columns, int moneyDecimals) override
    {
        m_columns = columns;
        m_decimals = moneyDecimals;
        QStringList names;
        for (const ReportColumn &c : columns)
            names << c.name;
        return m_writer.header(names);
    }
    Status row(const QVariantList &cells, bool) override
    {
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const CsvColumn::Type t = m_columns[i].type;
            if (t == CsvColumn::Type::Text)
                m_writer.text(cells[i].toString());
            else
                m_writer.number(csvCellText(t, cells[i], m_decimals));
        }
        return m_writer.endRow();
    }

private:
    CsvWriter m_writer;
    QList<ReportColumn> m_columns;
    int m_decimals = 2;
};

// --- CSV straight from SQLite ----------------------------------------------------------------
// The export of a large report reads cells with the SQLite C API and writes bytes, skipping
// the QVariant/QString layer (half of the time of a 340k-line export in perf). The bytes are the
// ones CsvWriter writes (csvbytes in Csv.h, shared with the core's exports): the golden,
// strict-parse and LibreOffice tests run through this path.

using csvbytes::appendFixed;
using csvbytes::appendText;

void appendCell(QByteArray &out, CsvColumn::Type t, const QVariant &v, int money)
{
    if (v.isNull())
        return;
    if (t == CsvColumn::Type::Text) {
        const QByteArray b = v.toString().toUtf8();
        appendText(out, b.constData(), int(b.size()));
    } else {
        appendFixed(out, v.toLongLong(), decimalsOf(t, money));
    }
}

QVariantList
totalsRow(const ReportDefinition &report, const QList<qint64> &sums, const QString &currency)
{
    const int currencyColumn = report.columnIndex(QStringLiteral("currency"));
    QVariantList total(report.columns.size());
    bool labelled = false;
    for (qsizetype i = 0; i < report.columns.size(); ++i) {
        const ReportColumn &c = report.columns[i];
        if (c.summed)
            total[i] = QVariant(sums[i]);
        else if (i == currencyColumn)
            total[i] = QVariant(currency);
        else if (c.type == CsvColumn::Type::Text && !labelled) {
            total[i] = QVariant(QStringLiteral("total"));
            labelled = true;
        } else if (c.type == CsvColumn::Type::Text)
            total[i] = QVariant(QString());
    }
    return total;
}

// What run() and writeCsv() share around their row loops: the checked and built query, the
// currency, the running sums of the totals row, and the cancel and progress checks.
struct RunState
{
    const ReportDefinition &report;
    const RunOptions &options;
    ReportQuery query;
    Currency currency;
    QList<qint64> sums;
    int currencyColumn = -1;
    qint64 rows = 0;

    static Result<RunState> start(Database &db,
                                  const ReportDefinition &report,
                                  const ReportFilter &filter,
                                  const RunOptions &options)
    {
        if (auto v = ReportCatalog::validate(report, filter); !v)
            return std::unexpected(v.error());
        auto built = report.build(db, filter);
        if (!built)
            return std::unexpected(built.error());
        return RunState{
            report,
            options,
            std::move(*built),
            Currency::fromCode(db.setting(QStringLiteral("currency"), QStringLiteral("USD"))),
            QList<qint64>(report.columns.size(), 0),
            report.columnIndex(QStringLiteral("currency"))};
    }
    std::unexpected<Error> cancelled() const
    {
        return fail(Error::Code::Cancelled, QStringLiteral("report %1 cancelled").arg(report.name));
    }
    // Asked every 4,096 rows, and once more at the end: the last chance before the caller
    // commits anything (an atomic file rename).
    bool stopRequested() const
    {
        return (options.cancel && options.cancel->load())
               || (options.progress && !options.progress(rows));
    }
    bool pollStop() const { return (rows & 4095) == 0 && stopRequested(); }
    // The rows written, unless a stop was asked for at the end.
    Result<qint64> finish() const
    {
        if (stopRequested())
            return cancelled();
        return rows;
    }
    // A money or quantity cell of column i, added to the totals when that column is summed.
    Status add(qsizetype i, qint64 x)
    {
        if (!report.totals || !report.columns[i].summed)
            return {};
        auto s = checkedAdd(sums[i], x);
        if (!s)
            return std::unexpected(s.error());
        sums[i] = *s;
        return {};
    }
};
} // namespace

QString csvCellText(CsvColumn::Type type, const QVariant &v, int moneyDecimals)
{
    if (v.isNull())
        return {};
    switch (type) {
    case CsvColumn::Type::Text:
        return v.toString();
    case CsvColumn::Type::Integer:
        return QString::number(v.toLongLong());
    case CsvColumn::Type::Money:
        return formatFixed(v.toLongLong(), moneyDecimals);
    case CsvColumn::Type::Quantity:
        return formatFixed(v.toLongLong(), 3);
    case CsvColumn::Type::Ppm:
        return formatFixed(v.toLongLong(), 4); // percent: 8.0000
    }
    return {};
}

ReportRunner::ReportRunner(Database &db)
    : m_db(db)
{}

Result<qint64> ReportRunner::run(const ReportDefinition &report,
                                 const ReportFilter &filter,
                                 ReportSink &sink,
                                 const RunOptions &options)
{
    auto state = RunState::start(m_db, report, filter, options);
    if (!state)
        return std::unexpected(state.error());
    RunState &r = *state;
    const qsizetype n = report.columns.size();
    QString totalCurrency;
    bool mixedCurrency = false;
    {
        ProgressHandler handler(m_db, options, r.rows);
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        if (!q.prepare(r.query.sql))
            return std::unexpected(Database::sqlError(q, QStringLiteral("report ") + report.name));
        for (qsizetype i = 0; i < r.query.binds.size(); ++i)
            q.bindValue(int(i), r.query.binds[i]);
        if (!q.exec()) {
            if (handler.cancelled())
                return r.cancelled();
            return std::unexpected(Database::sqlError(q, QStringLiteral("report ") + report.name));
        }
        if (auto s = sink.begin(report.columns, r.currency.decimals); !s)
            return std::unexpected(s.error());
        QVariantList cells(n);
        while (q.next()) {
            for (qsizetype i = 0; i < n; ++i) {
                QVariant v = q.value(int(i));
                if (isNumeric(report.columns[i].type) && !v.isNull()) {
                    const qint64 x = v.toLongLong();
                    v = QVariant(x);
                    if (auto s = r.add(i, x); !s)
                        return std::unexpected(s.error());
                } else if (!isNumeric(report.columns[i].type)) {
                    v = QVariant(v.toString());
                }
                cells[i] = std::move(v);
            }
            if (r.currencyColumn >= 0) {
                const QString c = cells[r.currencyColumn].toString();
                if (r.rows == 0)
                    totalCurrency = c;
                else if (c != totalCurrency)
                    mixedCurrency = true;
            }
            if (auto s = sink.row(cells, false); !s)
                return std::unexpected(s.error());
            ++r.rows;
            if (r.pollStop())
                return r.cancelled();
        }
        if (handler.cancelled())
            return r.cancelled();
        if (q.lastError().isValid())
            return std::unexpected(Database::sqlError(q, QStringLiteral("report ") + report.name));
    }
    // Sums across currencies mean nothing: no totals row then.
    if (report.totals && !mixedCurrency)
        if (auto s
            = sink.row(totalsRow(report, r.sums, r.rows ? totalCurrency : r.currency.code), true);
            !s)
            return std::unexpected(s.error());
    return r.finish();
}

Result<ReportTable> ReportRunner::table(const ReportDefinition &report,
                                        const ReportFilter &filter,
                                        const RunOptions &options)
{
    ReportTable t;
    t.report = report.name;
    t.currency = m_db.setting(QStringLiteral("currency"), QStringLiteral("USD"));
    TableSink sink(t);
    auto n = run(report, filter, sink, options);
    if (!n)
        return std::unexpected(n.error());
    return t;
}

Result<qint64> ReportRunner::writeCsv(const ReportDefinition &report,
                                      const ReportFilter &filter,
                                      QIODevice *out,
                                      const RunOptions &options)
{
    sqlite3 *h = sqliteHandle(m_db);
    if (!h) { // not SQLite: the generic path
        CsvSink sink(out, options.bom);
        return run(report, filter, sink, options);
    }
    auto state = RunState::start(m_db, report, filter, options);
    if (!state)
        return std::unexpected(state.error());
    RunState &r = *state;
    auto sqlFail = [&](const QString &detail) {
        return fail(Error::Code::Database,
                    QStringLiteral("report %1: %2").arg(report.name, detail));
    };
    auto prepared = prepareSqlite(h, r.query.sql, r.query.binds);
    if (!prepared)
        return sqlFail(prepared.error().detail);
    sqlite3_stmt *const st = prepared->get();

    const qsizetype n = report.columns.size();
    QByteArray totalCurrency;
    bool mixedCurrency = false;
    QStringList names;
    for (const ReportColumn &c : report.columns)
        names << c.name;
    QByteArray buf;
    buf.reserve(1 << 17);
    csvbytes::appendHeader(buf, names, options.bom);
    auto flush = [&] {
        return csvbytes::flush(out, buf);
    };
    {
        ProgressHandler handler(m_db, options, r.rows);
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            for (int i = 0; i < int(n); ++i) {
                if (i)
                    buf.append(',');
                if (sqlite3_column_type(st, i) == SQLITE_NULL)
                    continue;
                const ReportColumn &c = report.columns[i];
                if (c.type == CsvColumn::Type::Text) {
                    const char *p = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
                    const int len = sqlite3_column_bytes(st, i);
                    appendText(buf, p, len);
                    if (i == r.currencyColumn) {
                        const QByteArrayView cur(p, len);
                        if (r.rows == 0)
                            totalCurrency = cur.toByteArray();
                        else if (cur != totalCurrency)
                            mixedCurrency = true;
                    }
                } else {
                    const qint64 x = sqlite3_column_int64(st, i);
                    appendFixed(buf, x, decimalsOf(c.type, r.currency.decimals));
                    if (auto s = r.add(i, x); !s)
                        return std::unexpected(s.error());
                }
            }
            buf.append("\r\n");
            ++r.rows;
            if (buf.size() >= (1 << 16))
                if (auto s = flush(); !s)
                    return std::unexpected(s.error());
            if (r.pollStop())
                return r.cancelled();
        }
        if (handler.cancelled())
            return r.cancelled();
        if (rc != SQLITE_DONE)
            return sqlFail(QStringLiteral("step: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))));
    }
    if (report.totals && !mixedCurrency) {
        const QVariantList total = totalsRow(
            report, r.sums, r.rows ? QString::fromUtf8(totalCurrency) : r.currency.code);
        for (qsizetype i = 0; i < n; ++i) {
            if (i)
                buf.append(',');
            appendCell(buf, report.columns[i].type, total[i], r.currency.decimals);
        }
        buf.append("\r\n");
    }
    if (auto s = flush(); !s)
        return std::unexpected(s.error());
    return r.finish();
}

Result<qint64> ReportRunner::exportCsv(const ReportDefinition &report,
                                       const ReportFilter &filter,
                                       const QString &path,
                                       const RunOptions &options)
{
    qint64 rows = 0;
    auto s = writeFileAtomically(path, [&](QIODevice *out) -> Status {
        auto n = writeCsv(report, filter, out, options);
        if (!n)
            return std::unexpected(n.error());
        rows = *n;
        return {};
    });
    if (!s)
        return std::unexpected(s.error());
    return rows;
}

} // namespace sk::reports
