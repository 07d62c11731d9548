#pragma once

#include "core/BatchInsert.h"

#include "core/Catalog.h"

#include <QByteArray>
#include <QList>
#include <QSet>

#include <optional>

struct sqlite3_stmt;

namespace sk {

// The columns a product row is stored in (without its field stamps, `field_hlc`), and its
// values in that order: what ProductRepository::write binds (both in Catalog.cpp).
const QStringList &productColumns();
void appendProductRowValues(SqlRows &out, const Product &p);

// `s` as a JSON string, quotes included, appended to `out`: byte for byte what QJsonDocument
// writes for it (\" \\ \b \f \n \r \t, other characters below U+0020 and lone surrogates as
// \u00xx / \udxxx in lower case, everything else as UTF-8).
void appendJsonString(QByteArray &out, QStringView s);
// The "product" event ProductRepository::save queues for a product not stored yet (every field
// changed), as the compact JSON of its envelope: the bytes QJsonDocument writes for it, made
// without a QJsonObject.
QByteArray newProductEventJson(const Product &p, const QString &eventId, const QString &deviceId);
void appendNewProductEventJson(QByteArray &out,
                               const Product &p,
                               QStringView eventId,
                               QStringView deviceId);
// The field stamps save stores with such a product (every field at its HLC), the same way.
QByteArray newProductStampsJson(qint64 hlc);
void appendNewProductStampsJson(QByteArray &out, qint64 hlc);

// The new products of a catalog import written together: what ProductRepository::save writes
// for a product whose SKU is not stored yet (the row, its barcodes, its field stamps and its
// "product" event in the outbox, stamped and numbered in the order the rows came), with a few
// multi-row statements prepared once instead of each row's own statements. The caller holds
// the transaction. A flush refused by the database (a barcode another product holds) cannot
// tell which row it was: the import then goes over the file again row by row.
class ProductImportBatch
{
public:
    explicit ProductImportBatch(Database &db);

    // One row of the file, as ProductRepository::save(p, true) would store it, and `p` as save
    // returns it (its id and HLC): a new SKU is checked as save checks it (the same refusals, in
    // the same words) and queued; a stored SKU is an update, saved after the queue is written.
    // A queued write the database refuses fails as a Conflict (the import then goes row by row).
    Result<Product> write(Product p);
    // Writes every queued product, in the order they came.
    Status flush();

private:
    Result<Product> add(Product p);
    // ProductRepository::validate, without asking the database again for a tax category or a
    // class an earlier row of the file was found to have (the import holds the write
    // transaction: nothing removes them meanwhile). Unknown ones are asked for, so a refusal
    // is worded as validate words it.
    Status validate(const Product &p);
    // The row, its barcodes and its event queued for the next flush: the field stamps and the
    // event's payload are given as they are known (`stamps` and `payload`, null), or written
    // by the batch (newProductStampsJson, newProductEventJson).
    void queue(const Product &p,
               const QString &eventId,
               const QString &stamps = {},
               const QString &payload = {});

    Database &m_db;
    ProductRepository m_repo;
    SqlRows m_products;
    SqlRows m_barcodes;
    SqlRows m_outbox;
    qsizetype m_queued = 0;
    // Whether any product was stored when the first row came (unknown before).
    std::optional<bool> m_anyStored;
    QSet<QString> m_knownTax;
    QSet<QString> m_knownClasses;
};

} // namespace sk
