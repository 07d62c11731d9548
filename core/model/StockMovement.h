#pragma once

#include "core/Error.h"
#include "core/Money.h"

#include <QAnyStringView>
#include <QJsonObject>

#include <optional>

namespace sk {

// What a stock movement records. Stored and sent as its code ("receive", "sale", "refund",
// "waste", "adjust", "count", "reserve"): stockKindCode and stockKindFromCode are the only places
// the codes are spelled. "reserve" is what a pre-order promises (+) or releases (-): kept apart
// from the on-hand log (core/preorder/PreOrderRepository.h), never a stock_movements row.
enum class StockKind { Receive, Sale, Refund, Waste, Adjust, Count, Reserve };
QString stockKindCode(StockKind kind);
std::optional<StockKind> stockKindFromCode(QAnyStringView code);
// A kind is the same as its code (for what reads a code: a script's argument, a stored row).
inline bool operator==(StockKind kind, QAnyStringView code)
{
    return QAnyStringView::equal(stockKindCode(kind), code);
}

// One appended stock event. qty is a signed delta in milli-units, except for kind "count"
// where it is the absolute level observed at `hlc`.
struct StockMovement
{
    QString id;
    QString productId;
    StockKind kind = StockKind::Adjust;
    Milli qty = 0;
    qint64 hlc = 0;
    QString deviceId;
    qint64 createdAt = 0;
    QString saleId;
    QString marketDayId;
    QString context; // for counts: loadout, eod, manual
    QString reason;

    QJsonObject toJson() const;
    static Result<StockMovement> fromJson(const QJsonObject &o);
    static bool isKind(QAnyStringView kind);
};

} // namespace sk
