#pragma once

#include "core/SaleRepository.h"

#include <optional>

namespace sk {

// What each tender row of a sale paid of each of its lines, found by replaying computeCart's
// order on the stored record: untaxed restricted tenders (SNAP) on the net of their eligible
// lines, taxable lines first; other restricted tenders on their eligible lines; then the
// unrestricted ones, cash last. The sale's cash rounding belongs to the first cash row.
struct PaymentSplit
{
    QList<QList<Minor>> paid; // [tender row][line]: net, plus tax when prices exclude it
    QList<Minor> rounding;    // [tender row]: its part of the sale's rounding (signed)
};
Result<PaymentSplit> splitPayments(const SaleRules &rules, const SaleRecord &sale);

// Money that one tender row of the original sale took, going back through `tender`.
struct RefundShare
{
    QString originId; // the original sale's tender row
    QString origin;   // its tender code
    QString tender;   // where this money goes back
    Minor amount = 0; // positive: paid back
    Minor untaxed = 0;
    QString reference;
};

// Why a refund cannot go back the way it was asked. `detail` is the English line for the CLI
// and logs; the app phrases `kind` itself.
struct RefundRefusal
{
    enum class Kind {
        ExchangeOnly,     // `tender` is never paid back (refund_to = exchange)
        StaysWithTender,  // nothing of the refund may go to `asked`: `tender` takes it back
        NotARefundTender, // `asked` takes back only what it paid itself; `allowed` may
        UnknownTender,    // `asked` is not an enabled tender
    };
    Kind kind = Kind::UnknownTender;
    QString tender;      // code of the original tender concerned
    QString asked;       // code of the tender asked for
    Minor amount = 0;    // the money concerned
    QStringList allowed; // codes that may pay back the freely refundable part
    QString detail;
};

// A refund or void before it has ids, receipt number and time: the lines given back and where
// each part of the money goes. Amounts carry the record's signs (negative).
struct RefundPlan
{
    QList<SaleLineRecord> lines;
    QList<RefundShare> shares;
    Minor subtotal = 0, discount = 0, tax = 0, rounding = 0, total = 0;
    bool rest = false; // nothing of the sale is left to refund after this one
    std::optional<RefundRefusal> refusal;
    // Tenders the vendor may choose for the freely refundable part (refund_to = any of the
    // tender that paid it); empty when every part must go back where it came from.
    QStringList choices;

    // What goes back through each tender (positive), in the order of the shares: the preview.
    QList<std::pair<QString, Minor>> byTender() const;
};

// Pure (no database, no clock): what giving back `take` (line id of `sale` -> positive
// milli-units) returns after the `earlier` refunds of the sale. The refund rule
// (docs/architecture.md "Money rules"): each line's amounts in proportion to the quantity, as
// differences of cumulative roundings; the money goes back through the tender that paid for those
// lines, and the last refund gives back exactly what is left of each tender, so refunds add up to
// what was paid (cash rounding included). Where a part goes back follows its tender's refund_to:
// `same` only to itself, `exchange` never (refused), `any` to itself or to `payBackBy` when given,
// which must itself be an `any` tender. Cash paid back under cash rounding is rounded to the
// step. A void gives back everything exactly as paid and needs a sale no refund touched.
Result<RefundPlan> planRefund(const SaleRules &rules,
                              const SaleRecord &sale,
                              const QList<SaleRecord> &earlier,
                              const QHash<QString, Milli> &take,
                              const QString &payBackBy = {},
                              bool isVoid = false);

// Pure: which quantity of which line of `sale` a request gives back after the `earlier` refunds:
// line id -> positive milli-units. An item names a line by id, or every line of a SKU in turn;
// its qty 0 takes all that is left of it; no items takes everything left. Refused: a negative
// quantity (InvalidInput), a line the sale does not have (NotFound), more than is left
// (InvalidInput).
Result<QHash<QString, Milli>> refundQuantities(const SaleRecord &sale,
                                               const QList<SaleRecord> &earlier,
                                               const QList<RefundItem> &items);

// Pure: a void or refund as the vendor asks for it, planned by the refund rule: the quantities
// (refundQuantities), then planRefund. What SaleRepository::voidSale and refund store, and what
// a preview shows.
Result<RefundPlan> planReversal(const SaleRules &rules,
                                const SaleRecord &sale,
                                const QList<SaleRecord> &earlier,
                                const QList<RefundItem> &items,
                                const QString &payBackBy = {},
                                bool isVoid = false);

// What is left to refund of each line of `sale` after `earlier`: line id -> milli-units.
QHash<QString, Milli> refundableLeft(const SaleRecord &sale, const QList<SaleRecord> &earlier);

// Where a sale stands after its reversals: a refund of some of its lines (or part of a line)
// leaves it partly refunded; refunded is only when nothing of it is left to give back.
enum class SaleStanding { Open, PartlyRefunded, Refunded, Voided };
SaleStanding saleStanding(const SaleRecord &sale, const QList<SaleRecord> &reversals);
// "partly refunded", "refunded", "voided", or empty for a sale nothing reversed.
QString saleStandingText(SaleStanding standing);

// Pure: succeeds when `refund` (a refund or void record of `sale`, as another device sent it)
// gives back what planRefund gives for the same lines after `earlier`: line amounts, totals,
// and each tender part going back where the rule lets it. For checking synced events.
Status checkRefund(const SaleRules &rules,
                   const SaleRecord &sale,
                   const QList<SaleRecord> &earlier,
                   const SaleRecord &refund);

} // namespace sk
