#pragma once

#include "Database.h"
#include "SaleRepository.h"

#include <QList>

namespace sk::sync {

// Sales (kind "sale") of a pulled page, written with a few multi-row statements instead of
// about ten statements per sale: each statement that may abort (a trigger, a foreign key) gets
// a statement journal of its own in SQLite, and those journals with QtSql's per-value binding
// were most of the time a new device spent applying a season of sales. The rows are exactly
// those SaleRepository::insert writes, in the same order of tables (the sales' triggers see
// their rows as before). The caller holds the transaction and a savepoint: on failure nothing
// of the batch can be told apart, so it applies the sales one by one instead.
class SaleBatch
{
public:
    void add(SaleRecord sale) { m_sales << std::move(sale); }
    bool isEmpty() const { return m_sales.isEmpty(); }
    // Inserts every sale added since the last flush; the batch is empty afterwards.
    Status flush(Database &db);

private:
    QList<SaleRecord> m_sales;
};

} // namespace sk::sync
