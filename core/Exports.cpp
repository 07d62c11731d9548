#include "core/Exports.h"

#include "core/Csv.h"
#include "core/Money.h"

#include <QSqlDriver>
#include <QTimeZone>

#include <sqlite3.h>

#include <memory>

namespace sk {

namespace sqlx {
QString isoTime(const QString &t)
{
    // Concatenated, not QString::arg: the printf/strftime patterns contain %-digit sequences.
    return QStringLiteral("(strftime('%Y-%m-%dT%H:%M:%S', ") + t
           + QStringLiteral(".created_at / 1000 + ") + t
           + QStringLiteral(".utc_offset, 'unixepoch') || CASE WHEN ") + t
           + QStringLiteral(".utc_offset < 0 THEN '-' ELSE '+' END || printf('%02d:%02d', abs(") + t
           + QStringLiteral(".utc_offset) / 3600, abs(") + t
           + QStringLiteral(".utc_offset) / 60 % 60))");
}

QString localDate(const QString &t)
{
    return QStringLiteral("date(") + t + QStringLiteral(".created_at / 1000 + ") + t
           + QStringLiteral(".utc_offset, 'unixepoch')");
}
} // namespace sqlx

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

sqlite3 *sqliteHandle(Database &db)
{
    return sqliteHandle(db.sql());
}

int bindSqlite(sqlite3_stmt *stmt, const QVariant *values, qsizetype count, bool inPlace)
{
    const auto lifetime = inPlace ? SQLITE_STATIC : SQLITE_TRANSIENT;
    for (qsizetype i = 0; i < count; ++i) {
        const QVariant &v = values[i];
        const int n = int(i) + 1;
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(stmt, n);
        } else if (v.typeId() == QMetaType::QByteArray) {
            const QByteArray &b = *static_cast<const QByteArray *>(v.constData());
            rc = sqlite3_bind_text(stmt, n, b.constData(), int(b.size()), lifetime);
        } else if (v.typeId() == QMetaType::QString) {
            const QString &t = *static_cast<const QString *>(v.constData());
            rc = sqlite3_bind_text16(stmt, n, t.utf16(), int(t.size() * 2), lifetime);
        } else {
            rc = sqlite3_bind_int64(stmt, n, v.toLongLong());
        }
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

Result<SqliteStatement> prepareSqlite(sqlite3 *h, const QString &sql, const QVariantList &binds)
{
    auto failed = [h](const char *what) {
        return fail(Error::Code::Database,
                    QStringLiteral("%1: %2").arg(QLatin1String(what),
                                                 QString::fromUtf8(sqlite3_errmsg(h))));
    };
    sqlite3_stmt *raw = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(h, text.constData(), int(text.size()), &raw, nullptr) != SQLITE_OK)
        return failed("prepare");
    SqliteStatement st(raw, &sqlite3_finalize);
    if (bindSqlite(raw, binds.constData(), binds.size()) != SQLITE_OK)
        return failed("bind");
    return st;
}

int decimalsOf(CsvColumn::Type type, int moneyDecimals)
{
    switch (type) {
    case CsvColumn::Type::Money:
        return moneyDecimals;
    case CsvColumn::Type::Quantity:
        return 3;
    case CsvColumn::Type::Ppm: // rate as a percentage, e.g. 8.25
        return 4;
    default:
        return 0;
    }
}

Result<qint64> exportQuery(Database &db,
                           const QString &sql,
                           const QVariantList &binds,
                           const QList<CsvColumn> &columns,
                           QIODevice *out,
                           const ExportOptions &options)
{
    sqlite3 *h = sqliteHandle(db);
    if (!h)
        return fail(Error::Code::Database, QStringLiteral("export: not an SQLite connection"));
    auto st = prepareSqlite(h, sql, binds);
    if (!st)
        return fail(Error::Code::Database, QStringLiteral("export: %1").arg(st.error().detail));
    sqlite3_stmt *const stmt = st->get();
    const int n = int(columns.size());
    QList<int> decimals(n);
    for (int i = 0; i < n; ++i)
        decimals[i] = columns[i].type == CsvColumn::Type::Text
                          ? -1
                          : decimalsOf(columns[i].type, options.moneyDecimals);
    QStringList names;
    for (const CsvColumn &c : columns)
        names << c.name;
    QByteArray buf;
    buf.reserve(1 << 17);
    csvbytes::appendHeader(buf, names, options.bom);
    qint64 rows = 0;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const qsizetype rowStart = buf.size();
        for (int i = 0; i < n; ++i) {
            if (i)
                buf.append(',');
            if (sqlite3_column_type(stmt, i) == SQLITE_NULL)
                continue;
            if (decimals[i] < 0) {
                const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
                csvbytes::appendText(buf, p, sqlite3_column_bytes(stmt, i));
            } else {
                csvbytes::appendFixed(buf, sqlite3_column_int64(stmt, i), decimals[i]);
            }
        }
        // A record of one empty field would read back as a blank line (as CsvWriter::endRow).
        if (buf.size() == rowStart)
            buf.append("\"\"");
        buf.append("\r\n");
        ++rows;
        if (buf.size() >= (1 << 16))
            if (auto s = csvbytes::flush(out, buf); !s)
                return std::unexpected(s.error());
        if (options.progress && rows % 4096 == 0 && !options.progress(rows))
            return fail(Error::Code::Cancelled, QStringLiteral("export cancelled"));
    }
    if (rc != SQLITE_DONE)
        return fail(Error::Code::Database,
                    QStringLiteral("export: step: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))));
    if (auto s = csvbytes::flush(out, buf); !s)
        return std::unexpected(s.error());
    if (options.progress)
        options.progress(rows);
    return rows;
}

namespace {
QString rangeWhere(const DateRange &r, QVariantList &binds)
{
    // Coarse bounds on created_at use the index; the exact test is on the local date.
    QStringList w;
    if (r.from.isValid()) {
        w << QStringLiteral("s.created_at >= ?")
          << sqlx::localDate(QStringLiteral("s")) + QStringLiteral(" >= ?");
        binds << QDateTime(r.from.addDays(-1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()
              << r.from.toString(Qt::ISODate);
    }
    if (r.to.isValid()) {
        w << QStringLiteral("s.created_at < ?")
          << sqlx::localDate(QStringLiteral("s")) + QStringLiteral(" <= ?");
        binds << QDateTime(r.to.addDays(2), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()
              << r.to.toString(Qt::ISODate);
    }
    return w.isEmpty() ? QStringLiteral("1") : w.join(QStringLiteral(" AND "));
}

// Exports what `select` ("SELECT ... FROM sales s ... WHERE ") reads of the sales made on the
// days of `range`, in `order`.
Result<qint64> exportInRange(Database &db,
                             const DateRange &range,
                             const QString &select,
                             const QString &order,
                             const QList<CsvColumn> &cols,
                             QIODevice *out,
                             const ExportOptions &options)
{
    QVariantList binds;
    const QString where = rangeWhere(range, binds);
    return exportQuery(db, select + where + order, binds, cols, out, options);
}
} // namespace

Result<qint64>
exportSales(Database &db, const DateRange &range, QIODevice *out, const ExportOptions &options)
{
    const QString s = QStringLiteral("s");
    const QString select
        = QStringLiteral("SELECT s.id, s.receipt_no, s.kind, coalesce(s.ref_sale_id, ''), ")
          + sqlx::isoTime(s) + QStringLiteral(", ") + sqlx::localDate(s)
          + QStringLiteral(
              ", s.market_name, s.device_id, s.currency, s.subtotal, s.discount, s.tax, "
              "s.rounding, s.total, s.change_due, (SELECT group_concat(tender || ':' || "
              "CASE WHEN amount < 0 THEN '-' ELSE '' END || printf('%d.%02d', "
              "abs(amount) / 100, abs(amount) % 100), ' ') FROM sale_tenders t WHERE "
              "t.sale_id = s.id), s.reason FROM sales s WHERE ");
    using T = CsvColumn::Type;
    const QList<CsvColumn> cols = {{QStringLiteral("sale_id"), T::Text},
                                   {QStringLiteral("receipt_no"), T::Text},
                                   {QStringLiteral("kind"), T::Text},
                                   {QStringLiteral("ref_sale_id"), T::Text},
                                   {QStringLiteral("created_at"), T::Text},
                                   {QStringLiteral("business_date"), T::Text},
                                   {QStringLiteral("market"), T::Text},
                                   {QStringLiteral("device_id"), T::Text},
                                   {QStringLiteral("currency"), T::Text},
                                   {QStringLiteral("subtotal"), T::Money},
                                   {QStringLiteral("discount"), T::Money},
                                   {QStringLiteral("tax"), T::Money},
                                   {QStringLiteral("rounding"), T::Money},
                                   {QStringLiteral("total"), T::Money},
                                   {QStringLiteral("change_due"), T::Money},
                                   {QStringLiteral("tenders"), T::Text},
                                   {QStringLiteral("reason"), T::Text}};
    return exportInRange(
        db, range, select, QStringLiteral(" ORDER BY s.created_at, s.id"), cols, out, options);
}

Result<qint64>
exportLines(Database &db, const DateRange &range, QIODevice *out, const ExportOptions &options)
{
    const QString s = QStringLiteral("s");
    const QString select
        = QStringLiteral("SELECT s.id, s.receipt_no, s.kind, ") + sqlx::isoTime(s)
          + QStringLiteral(", ") + sqlx::localDate(s)
          + QStringLiteral(", s.market_name, l.line_no, l.sku, l.name, l.category, l.unit, l.qty, "
                           "l.unit_price, l.gross, l.discount, l.net, l.tax_category, "
                           "l.tax_rate_ppm, l.tax, s.currency, EXISTS (SELECT 1 FROM "
                           "manual_weight_lines m WHERE m.line_id = l.id) FROM sales s JOIN "
                           "sale_lines l ON l.sale_id = s.id WHERE ");
    using T = CsvColumn::Type;
    QList<CsvColumn> cols
        = {{QStringLiteral("sale_id"), T::Text},       {QStringLiteral("receipt_no"), T::Text},
           {QStringLiteral("kind"), T::Text},          {QStringLiteral("created_at"), T::Text},
           {QStringLiteral("business_date"), T::Text}, {QStringLiteral("market"), T::Text},
           {QStringLiteral("line_no"), T::Integer},    {QStringLiteral("sku"), T::Text},
           {QStringLiteral("name"), T::Text},          {QStringLiteral("category"), T::Text},
           {QStringLiteral("unit"), T::Text},          {QStringLiteral("qty"), T::Quantity},
           {QStringLiteral("unit_price"), T::Money},   {QStringLiteral("gross"), T::Money},
           {QStringLiteral("discount"), T::Money},     {QStringLiteral("net"), T::Money},
           {QStringLiteral("tax_category"), T::Text},  {QStringLiteral("tax_rate_percent"), T::Ppm},
           {QStringLiteral("tax"), T::Money},          {QStringLiteral("currency"), T::Text}};
    // 1: the weight was typed in, not read from the scale (as the receipt says).
    cols << CsvColumn{QStringLiteral("manual_weight"), T::Integer};
    return exportInRange(db,
                         range,
                         select,
                         QStringLiteral(" ORDER BY s.created_at, s.id, l.line_no"),
                         cols,
                         out,
                         options);
}

} // namespace sk
