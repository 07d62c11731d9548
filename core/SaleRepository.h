#pragma once

#include "core/BatchInsert.h"
#include "core/SaleEngine.h"
#include "core/StockLedger.h"
#include "core/checkout/Permissions.h"
#include "core/model/SaleRecord.h"

#include <QJsonObject>

#include <optional>

namespace sk {

// What the status bar shows for a market day: sales rung up (voids and refunds are not
// counted) and the money taken, net of voids and refunds, in minor units.
struct DaySummary
{
    int sales = 0;
    Minor total = 0;
};

// Sales' rows for their tables (sales, sale_lines, manual_weight_lines, sale_tenders,
// stock_movements): each list holds its table's rows one after the other, the values in the
// order of the table's columns (SaleRepository.cpp).
template<typename Values>
struct SaleRowValues
{
    Values sales, lines, manualWeights, tenders, movements;
};

// Stores the rows with insertRows. A sale made here (SaleRepository) and sales pulled from
// other devices (sync::SaleBatch) are written by the same statements. The caller holds the
// transaction.
Status insertSaleRows(Database &db, const SaleRowValues<QVariantList> &rows, const QString &what);
Status insertSaleRows(Database &db, const SaleRowValues<SqlRows> &rows, const QString &what);

// Commits sales atomically: header, lines, tenders, stock movements and the outbox event in one
// BEGIN IMMEDIATE transaction, rolled back explicitly on any error. Voids and refunds are new
// records referencing the original; refundable quantities are checked against what earlier
// refunds already returned.
class SaleRepository
{
public:
    explicit SaleRepository(Database &db);

    Result<SaleRecord> commit(const Cart &cart, const SaleRules &rules);
    // The same with the key a script gives a sale it may retry (`sale --client-ref`): the key
    // is stored in the sale's transaction, so a retry after a crash or a lost answer gets the
    // sale it already rang (`wasReplayed`) instead of a second one. The same key for a different
    // cart is a Conflict.
    Result<SaleRecord>
    commit(const Cart &cart, const SaleRules &rules, const QString &clientRef, bool *wasReplayed);
    static Status checkClientRef(const QString &clientRef);
    // The body of commit for callers that hold the transaction (demo data, batch import).
    Result<SaleRecord> record(const Cart &cart, const SaleRules &rules, bool writeOutbox = true);
    // `clientRef`, as for commit: a retried void or refund gives back the one already made.
    Result<SaleRecord>
    voidSale(const QString &saleId, const QString &reason, const QString &clientRef = {});
    // Refund lines (all that is left when items is empty). The money goes back through the
    // tenders that paid for those lines, or the free part of it through refundTender, as the
    // refund rule says (planRefund in RefundRule.h); a refusal is Error::Code::Ineligible.
    Result<SaleRecord> refund(const QString &saleId,
                              const QList<RefundItem> &items,
                              const QString &reason,
                              const QString &refundTender = {},
                              const QString &clientRef = {});
    // The voids and refunds of a sale, oldest first (with lines and tenders).
    Result<QList<SaleRecord>> reversals(const QString &saleId);
    // A void or refund as another device sent it, checked by the refund rule (checkRefund)
    // against the sale and the reversals before it that this device holds. NotFound while the
    // sale itself has not arrived.
    Status checkReversal(const SaleRecord &reversal);

    Result<SaleRecord> load(const QString &saleId);
    // Headers only (no lines/tenders), newest first.
    Result<QList<SaleRecord>> list(const QString &marketDayId = {}, int limit = 1000);
    // Count and net total of a market day from the sales_daily summary: a few rows whatever
    // the size of the day, so the start of the app does not grow with the open day.
    Result<DaySummary> daySummary(const QString &marketDayId);
    // What is left to refund of each line of a sale: line id -> qty (positive milli).
    Result<QHash<QString, Milli>> refundable(const QString &saleId);

    // Store a record exactly as given (commit and sync); caller holds the transaction.
    Status insert(const SaleRecord &r);

    // Who makes the voids and refunds that follow, and the owner who approved them: written to
    // the till action log (TillActionLog) in the void's or refund's own transaction.
    void setActedBy(const ActedBy &by) { m_actedBy = by; }

private:
    Result<SaleRecord> reverse(const QString &saleId,
                               const QList<RefundItem> &items,
                               const QString &reason,
                               const QString &refundTender,
                               bool isVoid,
                               const QString &clientRef);
    // Inside the caller's transaction: the record a client reference already made (nullopt:
    // none yet), or Conflict when it was made for a different request.
    Result<std::optional<SaleRecord>> replayed(const QString &clientRef,
                                               const QString &fingerprint);
    Status
    keepClientRef(const QString &clientRef, const QString &fingerprint, const SaleRecord &made);
    Result<QString> nextReceiptNo();
    // A new record on today's market day with the next receipt number (NoMarketDay with
    // `noMarketDay` when no day is open), its id, time and HLC; the caller fills the rest.
    Result<SaleRecord> startRecord(const QString &noMarketDay);
    Database &m_db;
    ActedBy m_actedBy;
};

} // namespace sk
