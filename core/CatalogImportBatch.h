#pragma once

#include "Catalog.h"

#include <QVariantList>

namespace sk {

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

    Database &m_db;
    ProductRepository m_repo;
    QVariantList m_products;
    QVariantList m_barcodes;
    QVariantList m_outbox;
    qsizetype m_queued = 0;
};

} // namespace sk
