#pragma once

#include "core/Database.h"
#include "core/Money.h"
#include "core/model/Product.h"

#include <QIODevice>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace sk {

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
    // A "product" event from another device (the sync apply handler; the caller holds the
    // transaction): merged field by field with the stored product (sync::mergeProductEvent),
    // a SKU another product holds resolved as every device resolves it (suffixedSku), stored
    // with the per-field clocks. Idempotent.
    Status applyEvent(const QJsonObject &data, qint64 hlc);

private:
    // A barcode another product holds: refuse the edit (a local save), or keep it with the
    // product with the smaller id (another device's event, decided the same way everywhere).
    enum class BarcodeClash { Refuse, SmallerIdKeeps };
    // The one place a product row and its barcodes are written, with its per-field clocks.
    Status write(const Product &p, const QJsonObject &fieldHlc, BarcodeClash clash);
    Result<QJsonObject> storedFieldHlc(const QString &id);
    Status resolveSkuClash(Product &p);
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

// An outbox row's event: its id and its envelope as compact JSON, when it passes the checks
// (sync::validateEvent) every device and the server apply; refused otherwise (appendOutbox).
struct OutboxPayload
{
    QString eventId;
    QString json;
};
Result<OutboxPayload> outboxPayload(Database &db,
                                    const QString &eventType,
                                    const QString &eventId,
                                    qint64 hlc,
                                    const QJsonObject &data);

// Append an event to the outbox; must run inside the caller's transaction. An event that does
// not pass the checks every device and the server apply (sync::validateEvent) is refused, so
// the caller's change is rolled back rather than queued for others to refuse.
Status appendOutbox(Database &db,
                    const QString &eventType,
                    const QString &eventId,
                    qint64 hlc,
                    const QJsonObject &data);

} // namespace sk
