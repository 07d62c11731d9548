#pragma once

#include "core/Error.h"
#include "core/Money.h"
#include "core/model/Product.h"

#include <QStringList>

namespace sk {

// An eligibility class: a set of products one kind of payment may pay for. Built in: SNAP food
// ("snap"), fresh fruit and vegetables ("fv", what incentive programs such as Double Up Food
// Bucks match), FMNP ("fmnp"), WIC cash-value benefit ("wic_cvb") and market tokens ("token");
// the vendor may add their own (a market's own token that pays only for baked goods). A tender
// names the one class it pays for (TenderType::eligibility).
struct EligibilityClass
{
    QString code;
    QString name;
    bool builtin = false;
    int sort = 0;
};

// What a new product of a category starts with (its classes and kind) unless told otherwise.
struct CategoryDefault
{
    QString category;
    QStringList classes;
    ProductKind kind = ProductKind::Goods;
};

// "snap fv" -> {"fv", "snap"}; refuses a word that is not a class code.
Result<QStringList> parseClassList(const QString &text);

// An incentive match applied at the stall (Double Up Food Bucks, HIP, Market Match): what
// tenders of `sourceClass` (SNAP) pay for products of `matchClass` (fresh fruit and
// vegetables) is matched by `matchPpm` (1000000 = 100 %), up to `cap` per customer per day or
// per month, paid in the same sale by the tender `tenderCode`, which pays for `matchClass`.
struct IncentiveRule
{
    enum class Period { Day, Month };
    QString tenderCode;
    QString sourceClass = QStringLiteral("snap");
    QString matchClass = QStringLiteral("fv");
    qint64 matchPpm = 1000000;
    Minor cap = 0;
    Period period = Period::Day;
    bool enabled = true;
};

// Bounds of an incentive rule: the match 1-1000 % (parts per million), the cap per customer
// and period 0 to 1,000,000.00.
constexpr qint64 kMinIncentivePpm = 10000;
constexpr qint64 kMaxIncentivePpm = 10000000;
constexpr Minor kMaxIncentiveCap = 100000000;

QString incentivePeriodCode(IncentiveRule::Period p); // "day", "month"

// What a market charges a vendor (table market_fees, by market name): a share of the day's
// sales, paid through `tenders` (empty: every tender) with or without their tax, kept between a
// minimum and a maximum per market day (maxDaily 0: none), plus a flat stall fee per market day.
// Paid daily, or weekly: then the days of a week (Monday to Sunday) are paid together.
struct MarketFee
{
    QString market;
    qint64 sharePpm = 0; // 6 % = 60000
    QStringList tenders;
    bool includeTax = false;
    Minor minDaily = 0;
    Minor maxDaily = 0;
    Minor stallFee = 0;
    bool weekly = false;
};
// The most a fee's minimum, maximum or stall fee may be.
constexpr Minor kMaxMarketFeeAmount = 100000000;

} // namespace sk
