#include "core/BusinessSettings.h"
#include "core/Catalog.h"

#include "core/BatchInsert.h"
#include "core/CatalogImportBatch.h"
#include "core/Csv.h"
#include "core/Eligibility.h"
#include "core/Money.h"

#include <QBuffer>

#include <array>
#include <limits>

// A catalog CSV file read into products: each row checked as a product made by hand is, then
// saved (ProductRepository::save), all rows or none.

namespace sk {

namespace {
Result<bool> parseBool(const QString &s, bool fallback)
{
    const QString t = s.trimmed().toLower();
    if (t.isEmpty())
        return fallback;
    if (t == u"1" || t == u"yes" || t == u"true" || t == u"y")
        return true;
    if (t == u"0" || t == u"no" || t == u"false" || t == u"n")
        return false;
    return fail(Error::Code::InvalidInput, QStringLiteral("\"%1\" is not yes/no").arg(s.left(20)));
}

// Numbers in a CSV file are machine text: a dot for decimals, never grouping ("2,49" from a
// spreadsheet saved in another language is refused with what to write, not read as 249).
// Where each column the import reads is in the header (-1: absent), found once per file
// rather than by name in every row. The columns in catalogCsvColumns() order.
enum class Col {
    Sku,
    Name,
    Category,
    Unit,
    Price,
    TaxCategory,
    SnapEligible,
    TokenEligible,
    FmnpEligible,
    Active,
    Barcodes,
    Classes,
    Kind,
    QuickPos,
    QuickColor,
    LowStock
};

class CatalogColumns
{
public:
    explicit CatalogColumns(const QStringList &header)
    {
        const QStringList names = catalogCsvColumns();
        for (qsizetype i = 0; i < names.size() && i < qsizetype(m_index.size()); ++i)
            m_index[size_t(i)] = header.indexOf(names[i]);
    }
    qsizetype at(Col c) const { return m_index[size_t(c)]; }

private:
    std::array<qsizetype, 16> m_index{};
};

// The barcodes of a cell, separated by runs of spaces, bars or semicolons: what splitting by
// the pattern "[ |;]+" gives, without matching a regular expression for every row (1.4 % of an
// import's instructions).
QStringList splitBarcodes(const QString &cell)
{
    QStringList out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= cell.size(); ++i) {
        const bool separator
            = i == cell.size() || cell[i] == u' ' || cell[i] == u'|' || cell[i] == u';';
        if (!separator) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            out << cell.mid(start, i - start);
            start = -1;
        }
    }
    return out;
}

Result<Product>
productFromCsv(const CatalogColumns &header, const QStringList &f, const Currency &currency)
{
    Product p;
    auto col = [&](Col c) {
        const qsizetype i = header.at(c);
        return i >= 0 && i < f.size() ? f.at(i) : QString();
    };
    p.sku = CsvReader::unneutralise(col(Col::Sku));
    p.name = CsvReader::unneutralise(col(Col::Name));
    p.category = CsvReader::unneutralise(col(Col::Category));
    auto unit = unitFromCode(col(Col::Unit));
    if (!unit)
        return std::unexpected(unit.error());
    p.unit = *unit;
    auto price = parseMoney(col(Col::Price), currency, NumberSource::Machine);
    if (!price)
        return fail(price.error().code, QStringLiteral("price: %1").arg(price.error().detail));
    p.price = *price;
    p.taxCategory = col(Col::TaxCategory).trimmed().isEmpty() ? QStringLiteral("exempt")
                                                              : col(Col::TaxCategory).trimmed();
    bool snap = false, token = true, fmnp = false;
    for (auto [name, column, target, fallback] :
         {std::tuple{"snap_eligible", Col::SnapEligible, &snap, false},
          std::tuple{"token_eligible", Col::TokenEligible, &token, true},
          std::tuple{"fmnp_eligible", Col::FmnpEligible, &fmnp, false},
          std::tuple{"active", Col::Active, &p.active, true}}) {
        auto b = parseBool(col(column), fallback);
        if (!b)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("%1: %2").arg(QLatin1String(name), b.error().detail));
        *target = *b;
    }
    // "classes" (space-separated codes) says it all when the file has it; the three flags of
    // older files map to their classes.
    if (header.at(Col::Classes) >= 0) {
        auto classes = parseClassList(col(Col::Classes));
        if (!classes)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("classes: %1").arg(classes.error().detail));
        p.classes = *classes;
    } else {
        p.classes.clear();
        p.setClass(QStringLiteral("snap"), snap);
        p.setClass(QStringLiteral("token"), token);
        p.setClass(QStringLiteral("fmnp"), fmnp);
    }
    const QString kind = col(Col::Kind).trimmed().toLower();
    if (kind == u"nonfood")
        p.kind = ProductKind::NonFood;
    else if (!kind.isEmpty() && kind != u"goods")
        return fail(Error::Code::InvalidInput, QStringLiteral("kind: goods or nonfood"));
    p.barcodes = splitBarcodes(col(Col::Barcodes));
    if (!col(Col::QuickPos).trimmed().isEmpty()) {
        auto pos = parseWhole(col(Col::QuickPos), NumberSource::Machine);
        if (!pos || *pos < std::numeric_limits<int>::min()
            || *pos > std::numeric_limits<int>::max())
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("quick_pos: %1")
                            .arg(pos ? QStringLiteral("out of range") : pos.error().detail));
        p.quickPos = int(*pos);
    }
    p.quickColor = col(Col::QuickColor).trimmed();
    if (!col(Col::LowStock).trimmed().isEmpty()) {
        auto ls = parseQuantity(col(Col::LowStock), p.unit, NumberSource::Machine);
        if (!ls)
            return fail(ls.error().code, QStringLiteral("low_stock: %1").arg(ls.error().detail));
        p.lowStock = *ls;
    }
    return p;
}

bool isRowError(const Error &e)
{
    switch (e.code) {
    case Error::Code::InvalidInput:
    case Error::Code::Conflict:
    case Error::Code::NotFound:
    case Error::Code::Overflow:
    case Error::Code::Ineligible:
        return true;
    default:
        return false;
    }
}
} // namespace

Result<CatalogImportReport> importCatalogCsv(Database &db, const QByteArray &data, bool skipBad)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return importCatalogCsv(db, &buffer, skipBad);
}

namespace {
// One pass over the file. Streams: one record is held at a time, every statement is prepared
// once, and the whole import is one transaction. `careful`: a savepoint per row, so a row
// refused while it is written leaves nothing behind. Without it (a savepoint per row had SQLite
// copy every page a row touched to its sub-journal, a temporary file: most of an import's
// time) the pass stops at the first such row and sets `again`: the caller reads the file again
// carefully.
Result<CatalogImportReport>
importPass(Database &db, QIODevice *in, bool skipBad, bool careful, bool &again)
{
    again = false;
    CsvStreamReader reader(in);
    CsvReader::Row row;
    auto first = reader.next(row);
    if (!first)
        return std::unexpected(first.error());
    if (!*first)
        return fail(Error::Code::InvalidInput, QStringLiteral("line 1: the file is empty"));
    QStringList header;
    for (const QString &h : std::as_const(row.fields))
        header << h.trimmed().toLower();
    for (const char *required : {"sku", "name", "price"})
        if (!header.contains(QLatin1String(required)))
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("line 1: the header has no \"%1\" column")
                            .arg(QLatin1String(required)));
    const Currency currency = BusinessSettings(db).currency();
    const CatalogColumns columns(header);
    CatalogImportReport report;
    ProductRepository repo(db);
    ProductImportBatch batch(db);
    Transaction tx(db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    // The SKUs of this file so far, to refuse one that comes twice: in a temporary table, so
    // they take SQLite's page cache (and temporary file) rather than memory that grows with the
    // file.
    for (const char *sql : {"CREATE TEMP TABLE IF NOT EXISTS catalog_import_skus (sku TEXT "
                            "PRIMARY KEY) WITHOUT ROWID",
                            "DELETE FROM temp.catalog_import_skus"})
        if (auto t = db.exec(QLatin1String(sql)); !t)
            return std::unexpected(t.error());
    const QString remember
        = QStringLiteral("INSERT OR IGNORE INTO temp.catalog_import_skus (sku) VALUES (?)");
    const QString savepoint = QStringLiteral("SAVEPOINT row");
    const QString release = QStringLiteral("RELEASE row");
    const QString rollback = QStringLiteral("ROLLBACK TO row");
    for (;;) {
        auto more = reader.next(row);
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        Result<Product> p = productFromCsv(columns, row.fields, currency);
        if (p) {
            // On SQLite's own statement: QtSql's statement and a "SELECT changes()" for each
            // row cost more than the insert.
            auto added = stepOnce(
                db, remember, {p->sku.toUtf8()}, QStringLiteral("importing products"), true);
            if (!added)
                return std::unexpected(added.error());
            if (*added == 0)
                p = fail(Error::Code::InvalidInput,
                         QStringLiteral("SKU %1 appears twice").arg(p->sku));
        }
        if (p && !careful) {
            // New products go in together (ProductImportBatch); a row refused while written
            // sends the import over the file again, row by row.
            auto written = batch.write(*p);
            if (!written && !isRowError(written.error()))
                return std::unexpected(written.error());
            if (!written) {
                again = true;
                return report;
            }
            p = std::move(*written);
        } else if (p) {
            if (careful)
                (void)db.execCached(savepoint, {});
            p = repo.save(*p, true);
            if (careful && p)
                (void)db.execCached(release, {});
            else if (careful)
                (void)db.execCached(rollback, {}), (void)db.execCached(release, {});
            // A full or read-only disk, damage: not the row's fault, and no row will do better.
            if (!p && !isRowError(p.error()))
                return std::unexpected(p.error());
            if (!p && !careful) {
                again = true;
                return report;
            }
        }
        if (!p) {
            // Every message when skipping (they are the report); the first few otherwise, and the
            // count, so a file of bad rows does not fill memory.
            if (skipBad || report.errors.size() < 100)
                report.errors << QStringLiteral("line %1: %2").arg(row.line).arg(p.error().detail);
            ++report.skipped;
            continue;
        }
        ++report.imported;
    }
    if (!careful)
        if (auto f = batch.flush(); !f) {
            again = true;
            return report;
        }
    if (report.skipped > 0 && !skipBad)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 (nothing imported; %2 bad row(s))")
                        .arg(report.errors.first())
                        .arg(report.skipped));
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return report;
}
} // namespace

Result<CatalogImportReport> importCatalogCsv(Database &db, QIODevice *in, bool skipBad)
{
    bool again = false;
    // A file that can be read again goes first without a savepoint per row.
    if (!in->isSequential()) {
        const qint64 start = in->pos();
        auto r = importPass(db, in, skipBad, false, again);
        if (!r || !again)
            return r;
        if (!in->seek(start))
            return fail(Error::Code::Io, QStringLiteral("the file could not be read again"));
    }
    return importPass(db, in, skipBad, true, again);
}

} // namespace sk
