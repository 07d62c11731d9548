#include "core/sync/SyncEngine.h"

#include "core/Catalog.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/StockLedger.h"
#include "core/TaxTenderRepository.h"

#include <QMutex>

// Which code applies a pulled event of each type this version knows (SyncEngine calls it): the
// repository of the record, which writes its tables the way it writes its own changes.

namespace sk::sync {

namespace {

QMutex g_registryMutex;

QHash<QString, ApplyHandler> &registry()
{
    static QHash<QString, ApplyHandler> handlers;
    return handlers;
}

Result<bool> exists(Database &db, const QString &sql, const QString &id)
{
    auto v = db.scalarCached(sql, {id});
    if (!v)
        return std::unexpected(v.error());
    return !v->isNull();
}

// A pulled record (as its type's fromJson read it) written by `insert`, unless the row `sql`
// finds by its id is here already: an event is applied once.
template<typename Record, typename Insert>
Status insertIfNew(Database &db, const Result<Record> &r, const QString &sql, Insert insert)
{
    if (!r)
        return std::unexpected(r.error());
    auto have = exists(db, sql, r->id);
    if (!have)
        return std::unexpected(have.error());
    if (*have)
        return {};
    return insert(*r);
}

Status applySale(Database &db, const Event &e)
{
    return insertIfNew(db,
                       SaleRecord::fromJson(e.data),
                       QStringLiteral("SELECT 1 FROM sales WHERE id = ?"),
                       [&](const SaleRecord &r) -> Status {
                           SaleRepository sales(db);
                           // A void or refund gives back only through the tenders the refund
                           // rule allows, as when it is made here (RefundRule.h). A reversal of
                           // a sale this device has not received cannot be checked against it
                           // and is taken as the server accepted it.
                           if (r.kind != saleKindSale()) {
                               if (auto ok = sales.checkReversal(r);
                                   !ok && ok.error().code != Error::Code::NotFound)
                                   return std::unexpected(ok.error());
                           }
                           return sales.insert(r);
                       });
}

Status applyStockMovement(Database &db, const Event &e)
{
    return insertIfNew(db,
                       StockMovement::fromJson(e.data),
                       QStringLiteral("SELECT 1 FROM stock_movements WHERE id = ?"),
                       [&](const StockMovement &m) { return StockLedger(db).insert(m); });
}

const bool g_builtins = [] {
    registry().insert(typeSale(), applySale);
    registry().insert(typeProduct(), [](Database &db, const Event &e) {
        return ProductRepository(db).applyEvent(e.data, e.hlc);
    });
    registry().insert(typeStockMovement(), applyStockMovement);
    registry().insert(typeMarketDay(), [](Database &db, const Event &e) {
        return MarketDayRepository(db).applyEvent(e.data, e.hlc);
    });
    registry().insert(QStringLiteral("tax_category"), [](Database &db, const Event &e) {
        return applyTaxCategoryEvent(db, e.data, e.hlc);
    });
    registry().insert(QStringLiteral("tender_type"), [](Database &db, const Event &e) {
        return applyTenderTypeEvent(db, e.data, e.hlc);
    });
    return true;
}();

} // namespace

ApplyRegistration::ApplyRegistration(const char *type, ApplyHandler handler)
{
    QMutexLocker lock(&g_registryMutex);
    registry().insert(QString::fromLatin1(type), std::move(handler));
}

ApplyHandler applyHandler(const QString &type)
{
    QMutexLocker lock(&g_registryMutex);
    Q_UNUSED(g_builtins);
    return registry().value(type);
}

} // namespace sk::sync
