#pragma once

#include "core/Error.h"
#include "core/Money.h"

#include <QJsonObject>
#include <QString>

namespace sk {

struct TaxCategory
{
    QString code;
    QString name;
    qint64 ratePpm = 0; // 8.25 % = 82500
    bool active = true; // inactive: not offered for products; products still using it keep it
};

// Where money a tender took goes back on a refund (tender_types.refund_to): Any = itself, or
// another Any tender the vendor chooses (cash, card); Same = only itself (SNAP back to the EBT
// card, tokens as tokens, FMNP to the program); Exchange = never paid back.
enum class RefundTo { Any, Same, Exchange };
QString refundToCode(RefundTo r); // "any", "same", "exchange"
Result<RefundTo> refundToFromCode(const QString &code);
RefundTo defaultRefundTo(const QString &eligibility); // restricted tenders: Same

// A way to pay. Which products a tender may pay for is data: `eligibility` names the
// eligibility class it pays for ("any", or a class such as "snap", "fv", "fmnp", "token": see
// Eligibility.h). `untaxed`: the part of a sale it pays is not
// taxed (SNAP, US federal rule). `faceValue` > 0: paid in whole tokens of that value.
struct TenderType
{
    QString code;
    QString name;
    bool givesChange = false;
    QString eligibility = QStringLiteral("any");
    bool untaxed = false;
    Minor faceValue = 0;
    bool enabled = true;
    int sort = 0;
    RefundTo refundTo = RefundTo::Any;
    // Who pays the vendor back for what this tender took (the turn-in slip groups by it):
    // "SNAP", "Market tokens", "FMNP", an incentive program. Empty: nobody (cash, card).
    QString program;
    // Paper checks (FMNP, WIC): each one has a serial and must be deposited within this many
    // days of the sale. 0: not a check.
    int depositDays = 0;
};

// The records of the "tax_category" and "tender_type" events, and their bounds. The repository
// (TaxTenderRepository.h) saves and applies them; the event checks read them.
namespace taxtender {
constexpr int kMaxName = 60;
constexpr Minor kMaxFaceValue = 100000000; // 1,000,000.00 in a 2-decimal currency
constexpr int kMaxDepositDays = 3650;

// What a tender pays for: "any", or an eligibility class (Eligibility.h).
bool paysForKnown(const QString &cls);

QJsonObject toJson(const TaxCategory &t);
QJsonObject toJson(const TenderType &t);
Result<TaxCategory> taxCategoryFromJson(const QJsonObject &o);
Result<TenderType> tenderTypeFromJson(const QJsonObject &o);
} // namespace taxtender

} // namespace sk
