#pragma once

#include "core/Database.h"
#include "core/SaleEngine.h"
#include "core/model/SaleRecord.h"

namespace sk {

// The incentive rules (table incentive_rules), one per incentive tender.
class IncentiveRepository
{
public:
    explicit IncentiveRepository(Database &db)
        : m_db(db)
    {}

    Result<QList<IncentiveRule>> rules(bool includeDisabled = true);
    // Checked: the tender exists and pays for `matchClass`, the classes exist, the match is
    // 1-1000 % and the cap not negative. Turning a rule on turns its tender on.
    Result<IncentiveRule> save(const IncentiveRule &r);

private:
    Database &m_db;
};

QString incentivePeriodCode(IncentiveRule::Period p); // "day", "month"

// What each customer has used of an incentive's cap. Counted from the incentive tender rows of
// sales (their reference is the customer's card) and the refunds that gave some back, in the
// period of the sale: the same calendar day or month, local time. Other devices' sales arrive
// by sync, so the cap holds across the vendor's devices once they have synced; offline, a
// device counts what it knows, and the total is whole again at the next sync.
class IncentiveLedger
{
public:
    explicit IncentiveLedger(Database &db)
        : m_db(db)
    {}

    // Used of `rule` by `card` in the period holding `atMs` (0 = now).
    Result<Minor> used(const IncentiveRule &rule, const QString &card, qint64 atMs = 0);
    // Fills cart.incentiveLeft for every rule (cart.benefitCard set), and puts the card on
    // the incentive tenders' entries (their reference), where the cap is counted from.
    Status prepare(const SaleRules &rules, Cart &cart);

private:
    Database &m_db;
};

// The most tender `code` can pay of `cart` with the tenders already in it, as computeCart
// allows (its class, its cap, no change when it gives none); 0 when nothing.
Minor mostTenderCanPay(const SaleRules &rules, const Cart &cart, const QString &code);

// A split of the cart over its programs: the incentive (as much as SNAP on its class can earn
// within the cap), then SNAP for the rest of the food; what is left is for cash or card.
// Only tenders that are enabled and in `offered` (all when empty) are used.
QList<TenderEntry>
planProgramSplit(const SaleRules &rules, const Cart &cart, const QStringList &offered = {});

} // namespace sk

namespace sk {

// What a receipt says of an incentive in a stored sale: the card (as stored: last 4 digits or
// program number), the SNAP paid in the sale, the SNAP that counted (on the incentive's
// class), the match earned, applied, and the cap left after the sale as this device knows it.
struct IncentiveReceipt
{
    QString tender;
    QString card;
    IncentiveRule::Period period = IncentiveRule::Period::Day;
    Minor snapPaid = 0;
    Minor earned = 0;
    Minor applied = 0;
    Minor capLeft = 0;
};
Result<QList<IncentiveReceipt>>
incentiveReceipt(Database &db, const SaleRules &rules, const SaleRecord &sale);

} // namespace sk
