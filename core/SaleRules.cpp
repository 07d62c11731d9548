#include "core/SaleEngine.h"

#include "core/BusinessSettings.h"
#include "core/Database.h"
#include "core/DatabaseRows.h"
#include "core/RuleRows.h"

namespace sk {

// The rules of a sale as this device's settings, tax categories, tender types and incentive
// rules hold them. Apart from SaleEngine.cpp, which computes with them and reads no database.
Result<SaleRules> SaleRules::load(Database &db)
{
    SaleRules r;
    r.currency = BusinessSettings(db).currency();
    r.taxInclusive = db.setting(QStringLiteral("tax_inclusive")) == u"1";
    r.cashRounding = BusinessSettings(db).cashRounding();
    auto tax = db.exec(QStringLiteral("SELECT code, name, rate_ppm, active FROM tax_categories"));
    if (!tax)
        return std::unexpected(tax.error());
    while (tax->next()) {
        TaxCategory t = taxCategoryRow(*tax);
        r.taxCategories.insert(t.code, t);
    }
    // pays_class (schema 16) holds any class; eligibility the four values older files knew.
    // The program that reimburses a tender, and a check's deposit days (schema 17).
    auto tenders = queryRows(
        db.exec(QStringLiteral("SELECT code, name, gives_change, "
                               "coalesce(nullif(pays_class, ''), eligibility), untaxed, "
                               "face_value, enabled, sort, refund_to, "
                               "coalesce(p.program, ''), coalesce(p.deposit_days, 0) "
                               "FROM tender_types LEFT JOIN tender_programs p ON "
                               "p.tender = code ORDER BY sort, code")),
        tenderTypeRow);
    if (!tenders)
        return std::unexpected(tenders.error());
    r.tenders = *tenders;
    auto rules = db.exec(QStringLiteral("SELECT tender_code, source_class, match_class, match_ppm, "
                                        "cap, period FROM incentive_rules WHERE enabled = 1 "
                                        "ORDER BY tender_code"));
    if (!rules)
        return std::unexpected(rules.error());
    while (rules->next()) {
        IncentiveRule i = incentiveRuleRow(*rules);
        if (r.tender(i.tenderCode))
            r.incentives << i;
    }
    return r;
}

TaxCategory taxCategoryRow(const QSqlQuery &q)
{
    return {
        q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toBool()};
}

TenderType tenderTypeRow(const QSqlQuery &q)
{
    return {q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toBool(),
            q.value(3).toString(),
            q.value(4).toBool(),
            q.value(5).toLongLong(),
            q.value(6).toBool(),
            q.value(7).toInt(),
            refundToFromCode(q.value(8).toString()).value_or(RefundTo::Same),
            q.value(9).toString(),
            q.value(10).toInt()};
}

IncentiveRule incentiveRuleRow(const QSqlQuery &q)
{
    return {q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toLongLong(),
            q.value(4).toLongLong(),
            q.value(5).toString() == u"month" ? IncentiveRule::Period::Month
                                              : IncentiveRule::Period::Day};
}

} // namespace sk
