#include "Exports.h"

#include "Csv.h"
#include "Money.h"

#include <QSaveFile>
#include <QSqlError>
#include <QTimeZone>

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

Result<qint64> exportQuery(Database &db,
                           const QString &sql,
                           const QVariantList &binds,
                           const QList<CsvColumn> &columns,
                           QIODevice *out,
                           const ExportOptions &options)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return std::unexpected(Database::sqlError(q, QStringLiteral("export")));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q, QStringLiteral("export")));
    CsvWriter w(out, options.bom);
    QStringList names;
    for (const CsvColumn &c : columns)
        names << c.name;
    if (auto s = w.header(names); !s)
        return std::unexpected(s.error());
    qint64 rows = 0;
    while (q.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant v = q.value(i);
            switch (columns[i].type) {
            case CsvColumn::Type::Text:
                w.text(v.toString());
                break;
            case CsvColumn::Type::Integer:
                w.number(v.isNull() ? QString() : QString::number(v.toLongLong()));
                break;
            case CsvColumn::Type::Money:
                w.number(v.isNull() ? QString()
                                    : formatFixed(v.toLongLong(), options.moneyDecimals));
                break;
            case CsvColumn::Type::Quantity:
                w.number(v.isNull() ? QString() : formatFixed(v.toLongLong(), 3));
                break;
            case CsvColumn::Type::Ppm: // rate as a percentage, e.g. 8.25
                w.number(v.isNull() ? QString() : formatFixed(v.toLongLong(), 4));
                break;
            }
        }
        if (auto s = w.endRow(); !s)
            return std::unexpected(s.error());
        ++rows;
        if (options.progress && rows % 4096 == 0 && !options.progress(rows))
            return fail(Error::Code::Cancelled, QStringLiteral("export cancelled"));
    }
    if (q.lastError().isValid())
        return std::unexpected(Database::sqlError(q, QStringLiteral("export")));
    if (options.progress)
        options.progress(rows);
    return rows;
}

Status writeFileAtomically(const QString &path, const std::function<Status(QIODevice *)> &write)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io,
                    QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    if (auto s = write(&f); !s) {
        f.cancelWriting();
        return s;
    }
    if (!f.commit())
        return fail(Error::Code::Io,
                    QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return {};
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
} // namespace

Result<qint64>
exportSales(Database &db, const DateRange &range, QIODevice *out, const ExportOptions &options)
{
    QVariantList binds;
    const QString where = rangeWhere(range, binds);
    const QString s = QStringLiteral("s");
    const QString sql
        = QStringLiteral("SELECT s.id, s.receipt_no, s.kind, coalesce(s.ref_sale_id, ''), ")
          + sqlx::isoTime(s) + QStringLiteral(", ") + sqlx::localDate(s)
          + QStringLiteral(
              ", s.market_name, s.device_id, s.currency, s.subtotal, s.discount, s.tax, "
              "s.rounding, s.total, s.change_due, (SELECT group_concat(tender || ':' || "
              "CASE WHEN amount < 0 THEN '-' ELSE '' END || printf('%d.%02d', "
              "abs(amount) / 100, abs(amount) % 100), ' ') FROM sale_tenders t WHERE "
              "t.sale_id = s.id), s.reason FROM sales s WHERE ")
          + where + QStringLiteral(" ORDER BY s.created_at, s.id");
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
    return exportQuery(db, sql, binds, cols, out, options);
}

Result<qint64>
exportLines(Database &db, const DateRange &range, QIODevice *out, const ExportOptions &options)
{
    QVariantList binds;
    const QString where = rangeWhere(range, binds);
    const QString s = QStringLiteral("s");
    const QString sql
        = QStringLiteral("SELECT s.id, s.receipt_no, s.kind, ") + sqlx::isoTime(s)
          + QStringLiteral(", ") + sqlx::localDate(s)
          + QStringLiteral(", s.market_name, l.line_no, l.sku, l.name, l.category, l.unit, l.qty, "
                           "l.unit_price, l.gross, l.discount, l.net, l.tax_category, "
                           "l.tax_rate_ppm, l.tax, s.currency FROM sales s JOIN sale_lines l ON "
                           "l.sale_id = s.id WHERE ")
          + where + QStringLiteral(" ORDER BY s.created_at, s.id, l.line_no");
    using T = CsvColumn::Type;
    const QList<CsvColumn> cols
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
    return exportQuery(db, sql, binds, cols, out, options);
}

} // namespace sk
