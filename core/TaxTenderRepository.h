#pragma once

#include "core/Database.h"
#include "core/SaleEngine.h"

#include <QJsonObject>

#include <optional>

namespace sk {

// What is wrong with a tax category or tender type as entered. The UI turns it into translated
// text; `detail` in the Error returned by save() is the English line for the CLI and logs.
struct SettingProblem
{
    enum class Kind {
        NameEmpty,
        NameTooLong,
        NameDuplicate,  // another category (or tender) already has this name
        RateNotANumber, // parseRate: not a percentage
        RateNegative,
        RateAbove100, // more than 100 %
        FaceValueNegative,
        FaceValueTooLarge,
        UnknownEligibility,
        InUse,            // deactivating a category that active products still use
        CashRequired,     // cash cannot be turned off: change is given in cash
        RestrictedRefund, // a tender for SNAP/token/FMNP items cannot refund to any tender
        ProgramTooLong,
        DepositDaysOutOfRange, // checks are deposited within 0-kMaxDepositDays days
    };
    Kind kind;
    QString detail;
    int count = 0; // InUse: how many active products
};

// Owns the tax categories and tender types: the business rules SaleRules::load reads for every
// sale. Codes never change once made (products and past sales refer to them); names, rates and
// flags do. Every save stamps the record with a fresh HLC and queues a "tax_category" or
// "tender_type" outbox event carrying the whole record in the same transaction, so the edit
// reaches the vendor's other devices, where the newer HLC wins (applyTaxCategoryEvent). Sales
// keep the rate and tax they were computed with, so an edit changes only later sales.
class TaxTenderRepository
{
public:
    explicit TaxTenderRepository(Database &db)
        : m_db(db)
    {}

    static constexpr int kMaxName = taxtender::kMaxName;
    static constexpr Minor kMaxFaceValue = taxtender::kMaxFaceValue;
    static constexpr int kMaxDepositDays = taxtender::kMaxDepositDays;

    // Sorted by name; inactive ones included.
    Result<QList<TaxCategory>> taxCategories();
    Result<TaxCategory> taxCategory(const QString &code);
    // A new category (empty code: one is made from the name) or an edit of an existing one.
    Result<TaxCategory> saveTaxCategory(TaxCategory t);
    std::optional<SettingProblem> checkTaxCategory(const TaxCategory &t);

    // In the till's order (sort, code).
    Result<QList<TenderType>> tenderTypes();
    Result<TenderType> tenderType(const QString &code);
    Result<TenderType> saveTenderType(TenderType t);
    std::optional<SettingProblem> checkTenderType(const TenderType &t);
    // The programs named by tender types, sorted, each once.
    Result<QStringList> programs();

    // "8.25" or "8.25 %" (up to 4 decimals, read as `source` says: Money.h parseFixed)
    // -> 82500 ppm.
    static Result<qint64>
    parseRate(const QString &text, NumberSource source, const QLocale &locale = QLocale::c());
    static QString formatRate(qint64 ppm, const QLocale &locale); // "8.25 %"

    // The events' records (model/TaxTender.h).
    static QJsonObject toJson(const TaxCategory &t) { return taxtender::toJson(t); }
    static QJsonObject toJson(const TenderType &t) { return taxtender::toJson(t); }
    static Result<TaxCategory> taxCategoryFromJson(const QJsonObject &o)
    {
        return taxtender::taxCategoryFromJson(o);
    }
    static Result<TenderType> tenderTypeFromJson(const QJsonObject &o)
    {
        return taxtender::tenderTypeFromJson(o);
    }

private:
    Result<QString> newCode(const QString &table, const QString &name);

    Database &m_db;
};

// Sync apply handlers for the two event types (registered in SyncEngine.cpp): insert the record,
// or replace it when the event's HLC is newer than the stored one; idempotent. A tender_type
// event from a version without programs leaves the tender's program as it is.
Status applyTaxCategoryEvent(Database &db, const QJsonObject &data, qint64 hlc);
Status applyTenderTypeEvent(Database &db, const QJsonObject &data, qint64 hlc);

} // namespace sk
