#pragma once

#include "core/Error.h"
#include "core/Money.h"
#include "core/model/StockMovement.h"

#include <QJsonObject>
#include <QList>

namespace sk {

struct SaleLineRecord
{
    QString id;
    int lineNo = 0;
    QString refLineId; // refund/void: the original line
    QString productId, sku, name, category;
    Unit unit = Unit::Each;
    Milli qty = 0; // negative on refunds and voids
    Minor unitPrice = 0;
    Minor gross = 0, discount = 0, net = 0, tax = 0;
    QString taxCategory;
    qint64 taxRatePpm = 0;
    QString eligibility; // "snap token fmnp" flags the product had when sold
    // A weight typed in, not read from the scale: in the sale's JSON as "manual_weight": true
    // (left out when false, so events from before the mark read the same), on weighed lines only.
    bool manualWeight = false;
};

struct SaleTenderRecord
{
    QString id;
    int lineNo = 0;
    QString tender;
    Minor amount = 0;   // counted toward the sale (negative = paid back)
    Minor tendered = 0; // handed over
    Minor change = 0;
    Minor untaxed = 0;
    QString reference;
    QString refTenderId; // refund/void: the original sale's tender row this money comes from
};

// The kinds of record a SaleRecord is (its `kind`, as stored, sent and checked): a sale; a void,
// which takes a whole sale back; a refund, which gives back part or all of one.
inline QString saleKindSale()
{
    return QStringLiteral("sale");
}
inline QString saleKindVoid()
{
    return QStringLiteral("void");
}
inline QString saleKindRefund()
{
    return QStringLiteral("refund");
}

// A committed sale, void or refund: header, line snapshots, tenders and the stock movements it
// caused. Immutable once stored; `toJson` is the sync event payload.
struct SaleRecord
{
    QString id;
    QString deviceId;
    QString receiptNo;
    QString kind = saleKindSale(); // saleKindSale, saleKindVoid or saleKindRefund
    QString refSaleId;
    QString marketDayId;
    QString marketName;
    qint64 createdAt = 0;
    int utcOffset = 0; // seconds east of UTC at the till, for local-time reports
    qint64 hlc = 0;
    QString currency;
    bool taxInclusive = false;
    Minor subtotal = 0, discount = 0, tax = 0, rounding = 0, total = 0, changeDue = 0;
    QString reason;
    QList<SaleLineRecord> lines;
    QList<SaleTenderRecord> tenders;
    QList<StockMovement> movements;

    // The stock movement line `l` of this record causes: sold out on a sale, back in on a
    // refund or void (kind "refund"), with the record's time, clock and reason.
    StockMovement movementFor(const SaleLineRecord &l) const;

    QJsonObject toJson() const;
    static Result<SaleRecord> fromJson(const QJsonObject &o);
    static bool isKind(QAnyStringView kind); // sale, void or refund
};

// What a vendor asks to give back of a sale: a line, by its id or its SKU (every line of that
// SKU in turn), and how much.
struct RefundItem
{
    QString lineId; // or
    QString sku;
    Milli qty = 0; // positive amount to give back; 0 = all that is left of that line
};

} // namespace sk
