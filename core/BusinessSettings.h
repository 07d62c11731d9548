#pragma once

#include "core/Database.h"
#include "core/Money.h"

#include <optional>

namespace sk {

// The business settings a vendor edits in Settings and with `stallkeeper-cli settings`, each
// validated before it is stored (settings table). Names are the CLI's: currency, tax-inclusive,
// cash-rounding, store-name, receipt-footer. Cash rounding is a step in minor units (5 = 0.05)
// or unset, which means the currency's default (Currency::cashRounding: CAD 0.05).
class BusinessSettings
{
public:
    explicit BusinessSettings(Database &db)
        : m_db(db)
    {}

    static QStringList names();
    // The value as a script reads it back ("0.05", "none", "yes", "CAD", the text).
    Result<QString> get(const QString &name);
    // The value with what it means when it is a default ("none (default for USD)").
    Result<QString> describe(const QString &name);
    // Validates and stores; an unknown name is InvalidInput naming the known ones.
    Status set(const QString &name, const QString &value);

    // The currency when none was chosen: the one place its default is written.
    static QString defaultCurrencyCode() { return QStringLiteral("USD"); }
    Currency currency();
    QString currencyCode();
    Minor cashRounding();         // the step in force (0 = none)
    bool cashRoundingIsDefault(); // unset: follows the currency
    // nullopt goes back to the currency's default.
    Status setCashRounding(std::optional<Minor> step);

    // "0.05", "0.1", "none", "0" (none), "default"; refuses steps coins do not come in.
    static Result<std::optional<Minor>> parseCashRounding(const QString &text,
                                                          const Currency &currency);
    static bool isCashStep(Minor step); // 1, 2, 5, 10, 20, 25, 50, 100, ... minor units
    static QString formatCashRounding(Minor step, const Currency &currency); // "0.05", "none"

private:
    Database &m_db;
};

} // namespace sk
