#pragma once

#include "core/Money.h"
#include "core/model/Product.h"
#include "core/model/Programs.h"
#include "core/model/TaxTender.h"

#include <QHash>
#include <QList>

namespace sk {

class Database;

// What a sale did with an incentive: the SNAP it counts, the match that earned (within what is
// left of the cap), what the incentive tender applied, and the cap left before and after.
struct IncentiveOutcome
{
    QString tender;
    Minor spent = 0;
    Minor earned = 0;
    Minor applied = 0;
    Minor capLeft = 0;
    Minor capAfter() const { return capLeft - applied; }
};

// Everything a sale computation depends on besides the cart. Loaded from the database
// (SaleRules.cpp); the rest of this file is pure.
struct SaleRules
{
    Currency currency;
    bool taxInclusive = false;
    Minor cashRounding = 0; // 5 = round cash payments to 0.05; 0 or 1 = no rounding
    QHash<QString, TaxCategory> taxCategories;
    QList<TenderType> tenders;
    QList<IncentiveRule> incentives; // enabled rules only

    const TenderType *tender(const QString &code) const;
    const IncentiveRule *incentive(const QString &tenderCode) const;
    Minor cashStep() const { return cashRounding > 1 ? cashRounding : 0; }
    // Cash rounding applies to this tender: it pays anything and gives change (cash).
    bool roundsCash(const TenderType &t) const
    {
        return cashStep() > 0 && t.givesChange && t.eligibility == u"any";
    }
    static Result<SaleRules> load(Database &db);
};

struct Discount
{
    enum class Kind { None, Amount, Percent };
    Kind kind = Kind::None;
    qint64 value = 0; // minor units for Amount; parts per million for Percent (10 % = 100000)

    static Discount amount(Minor m) { return {Kind::Amount, m}; }
    static Discount percent(qint64 ppm) { return {Kind::Percent, ppm}; }
    // What this discount takes off `base`: an amount, a percentage rounded half away from zero
    // (applyPpm). Refused: a negative amount or one above the base (the till says so rather
    // than quietly taking off less), a percentage outside 0-100.
    Result<Minor> on(Minor base) const;
    // "10%" or "1.50" (money), read as `source` says (Money.h parseFixed).
    static Result<Discount> parse(const QString &text,
                                  const Currency &c,
                                  NumberSource source,
                                  const QLocale &locale = QLocale::c());
};

struct CartLine
{
    Product product; // snapshot at the time it was added
    Milli qty = 1000;
    Discount discount;
    bool manualWeight = false; // a weight typed in, not read from the scale
};

struct TenderEntry
{
    QString code;
    Minor amount = 0; // what the customer handed over with this tender
    QString reference;
};

struct Cart
{
    QList<CartLine> lines;
    Discount discount;
    QList<TenderEntry> tenders;
    // The customer an incentive is counted for (normalizeBenefitCard: last 4 digits of the EBT
    // card or a program card number), and what is left of each incentive's cap for them, by
    // tender code (IncentiveLedger fills it; absent = the whole cap).
    QString benefitCard = {};
    QHash<QString, Minor> incentiveLeft = {};
};

struct ComputedLine
{
    Minor gross = 0;    // unit price x qty
    Minor discount = 0; // line discount + its share of the cart discount
    Minor net = 0;      // gross - discount
    Minor tax = 0;      // this line's share of its category's tax
    Minor untaxedPaid = 0;
    qint64 taxRatePpm = 0;
};

struct ComputedTender
{
    QString code;
    Minor tendered = 0; // handed over
    Minor applied = 0;  // counted toward the sale
    Minor change = 0;   // given back
    Minor untaxedBase = 0;
    QString reference;
};

// Why a tender cannot be taken as entered. The UI phrases it; `detail` is the English line.
struct TenderProblem
{
    enum class Kind {
        Ineligible, // it cannot pay for `ineligibleItems`, and `remaining` is left to pay
        NoChange,   // it gives no change and was given more than it can pay (`maxAmount`)
        NothingDue, // nothing is left to pay when it comes: it would all be change
        OverMatch,  // an incentive asked for more than the SNAP paid earned (`maxAmount`)
        NeedsCard,  // an incentive needs the customer's card (last 4 digits or program card)
    };
    Kind kind = Kind::NoChange;
    QString tender;
    QStringList ineligibleItems;
    Minor excess = 0;    // amount the tender cannot cover / may not exceed
    Minor remaining = 0; // left to pay by another tender
    Minor maxAmount = 0; // the most this tender can pay as things stand
    QString detail;
};

struct Computation
{
    QList<ComputedLine> lines;
    QList<ComputedTender> tenders;
    QHash<QString, Minor> taxByCategory;
    Minor subtotal = 0; // sum of gross
    Minor discount = 0;
    Minor net = 0;
    Minor tax = 0;
    Minor rounding = 0; // cash rounding adjustment (signed)
    Minor total = 0;    // what the customer owes (net + tax when exclusive, + rounding)
    Minor paid = 0;
    Minor due = 0;     // total - paid, >= 0
    Minor cashDue = 0; // what cash hands over to settle `due` under cash rounding (= due without)
    Minor change = 0;
    QList<TenderProblem> problems;
    QList<IncentiveOutcome> incentives; // with a benefit card or an incentive tender

    bool complete() const { return due == 0 && problems.isEmpty() && total >= 0; }
};

// Pure computation of a cart: no database, no clock. Rules (docs/architecture.md "Money rules"):
//  1. gross = price x qty / 1000 rounded; line discount, then the cart discount spread over
//     lines in proportion to their net (largest remainder, so the parts add up exactly);
//  2. untaxed tenders (SNAP) pay first, for eligible lines only, taxable lines first; an
//     incentive tender before them, for its class only, and then SNAP pays the incentive's
//     class first among lines of one tax rate, so what it pays there earns the match;
//  3. tax per category on what untaxed tenders did not pay, rounded once per category and
//     spread over the category's lines;
//  4. other restricted tenders pay their eligible lines, then unrestricted ones, cash last;
//  5. cash rounding (if set) rounds what cash pays when cash settles the sale, and cash is
//     handed over in whole steps; change only from tenders that give it. A tender that finds
//     nothing left to pay is a problem, not change.
Result<Computation> computeCart(const SaleRules &rules, const Cart &cart);

// Split `total` over `weights` in proportion, largest remainder; parts sum to total exactly.
Result<QList<Minor>> allocate(Minor total, const QList<Minor> &weights);

} // namespace sk
