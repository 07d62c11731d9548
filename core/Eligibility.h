#pragma once

#include "core/Database.h"
#include "core/model/Product.h"
#include "core/model/Programs.h"

#include <QHash>
#include <QList>

namespace sk {

// Owns the classes (table eligibility_classes) and the defaults per category
// (category_classes). A class a tender pays for, or built in, is never removed.
class EligibilityRepository
{
public:
    explicit EligibilityRepository(Database &db)
        : m_db(db)
    {}

    Result<QList<EligibilityClass>> classes();
    bool exists(const QString &code);
    // A new class of the vendor's (code from the name when empty) or a new name for one.
    Result<EligibilityClass> saveClass(EligibilityClass c);
    Status removeClass(const QString &code);

    Result<QList<CategoryDefault>> categoryDefaults();
    Result<std::optional<CategoryDefault>> categoryDefault(const QString &category);
    // An empty class list and Goods removes the category's default.
    Status setCategoryDefault(const CategoryDefault &d);
    // A new product takes its category's default, when there is one.
    Status applyCategoryDefault(Product &p);
    // Every class of `p` exists here.
    Status checkClasses(const Product &p);

private:
    Database &m_db;
};

// What identifies a customer for an incentive's cap: the last 4 digits of their EBT card or
// their program card number, never a whole card number. Spaces and dashes are dropped; a whole
// card number (CardNumber.h) is refused with a sentence that says so; other digit strings than
// 4 digits are refused, as are program numbers beyond 16 letters and digits. The program number
// is kept in capitals.
Result<QString> normalizeBenefitCard(const QString &input);

} // namespace sk
