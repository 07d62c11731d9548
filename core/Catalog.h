#pragma once

#include "Database.h"
#include "Money.h"

#include <QIODevice>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace sk {

// A product as sold at the stall. Prices are per unit (per each, per lb, ...) in minor units.
// Eligibility flags say which restricted tenders may pay for it (see TenderType::eligibility).
struct Product
{
    QString id; // UUIDv7, stable across devices
    QString sku;
    QString name;
    QString category;
    Unit unit = Unit::Each;
    Minor price = 0;
    QString taxCategory = QStringLiteral("exempt");
    bool snapEligible = false;
    bool tokenEligible = true;
    bool fmnpEligible = false;
    bool active = true;
    std::optional<int> quickPos;
    QString quickColor;
    Milli lowStock = 0;
    QStringList barcodes;
    qint64 hlc = 0;

    bool eligibleFor(const QString &eligibility) const;
    // The rules a product obeys whoever made it (a form, a CSV import, another device): SKU,
    // name, price, levels, quick key and barcodes. ProductRepository::validate adds that the
    // tax category exists here.
    Status check() const;
    QJsonObject toJson() const;
    static Result<Product> fromJson(const QJsonObject &o);
};

// Two products made offline on two devices with the same SKU: every device, and the server's
// views, keep the SKU for the one with the smaller id and show the other with this, a suffix
// from its id ("TOM~3b5b"), still within 64 characters.
QString suffixedSku(const QString &sku, const QString &productId);

// Reads and writes products. Every change is validated, stamped with an HLC and queued in the
// outbox in the same transaction. Products are never deleted: they are deactivated.
class ProductRepository
{
public:
    explicit ProductRepository(Database &db);

    Result<Product> byId(const QString &id);
    Result<Product> bySku(const QString &sku);
    Result<Product> byBarcode(const QString &barcode);
    // SKU, then barcode: what a scanner or a typed code means.
    Result<Product> byCode(const QString &code);
    Result<QList<Product>> all(bool includeInactive = false);
    // Active products whose name contains `text` or whose SKU starts with it, ignoring case (as
    // SQL LIKE: ASCII letters only). The product with exactly that SKU first, then names
    // starting with it, then the rest; alphabetical (ignoring case) within each group.
    Result<QList<Product>> search(const QString &text, int limit = 50);
    Result<QStringList> categories();

    Status validate(const Product &p);
    // Insert (empty id or unknown SKU) or update by SKU. Needs an open transaction when
    // `inTransaction` is true, otherwise makes its own.
    Result<Product> save(Product p, bool inTransaction = false);

private:
    Result<Product> one(const QString &where, const QVariant &v);
    Result<QList<Product>> many(QSqlQuery &q);
    Database &m_db;
};

struct CatalogImportReport
{
    int imported = 0;
    int skipped = 0;
    QStringList errors; // "line 7: price "-1" must not be negative"
};

// Columns of the catalog CSV, in order (docs/cli.md "CSV files" documents them).
QStringList catalogCsvColumns();
// Import all rows or none (unless skipBad, which imports the good rows and reports the rest).
Result<CatalogImportReport> importCatalogCsv(Database &db, const QByteArray &data, bool skipBad);
// The same, reading the CSV from a device as it goes (memory stays flat however long the file).
Result<CatalogImportReport> importCatalogCsv(Database &db, QIODevice *in, bool skipBad);
Status exportCatalogCsv(Database &db, QIODevice *out, bool bom);

// Append an event to the outbox; must run inside the caller's transaction. An event that does
// not pass the checks every device and the server apply (sync::validateEvent) is refused, so
// the caller's change is rolled back rather than queued for others to refuse.
Status appendOutbox(Database &db,
                    const QString &eventType,
                    const QString &eventId,
                    qint64 hlc,
                    const QJsonObject &data);

} // namespace sk
