#pragma once

#include "core/Money.h"
#include "core/hardware/ReceiptDoc.h"

#include <QCoreApplication>
#include <QString>

namespace sk::ui {

// The names the app ships with (tenders, tax categories, units), shown in the vendor's language.
// The data keeps its code and the name as stored (the English default, synced to every device);
// only what is shown is translated, and a name the vendor changed is shown as typed.
class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(sk::ui::DisplayNames)
public:
    static QString tender(const QString &code, const QString &stored);
    static QString taxCategory(const QString &code, const QString &stored);
    static QString eligibilityClass(const QString &code, const QString &stored);
    // A program that reimburses tenders (core/SchemaTenderPrograms.cpp), named by its name.
    static QString program(const QString &stored);
    // What to store for a name typed over the one shown: the built-in default when the vendor
    // left the translated default as it was, so it keeps following the language.
    static QString storedTender(const QString &code, const QString &shown);
    static QString storedTaxCategory(const QString &code, const QString &shown);
    // "each", "lb", "kg", "oz", "g" as the language writes them (unitCode() is the data).
    static QString unit(Unit u);
    // The store name and receipt footer the data starts with ("My Stall", "Thank you!",
    // core/Schema.cpp), shown in the app's language; any other text as stored.
    static QString settingText(const QString &stored);
    // The reason of a cash payout or paid-in: the words the app stored itself (the pay-back of
    // an order paid online for more than was handed over) in the app's language, a reason the
    // vendor typed as typed.
    static QString cashReason(const QString &stored);
    // The tender and program names and those texts, for receipts (on screen, printed, reprinted).
    static hw::ReceiptNames receiptNames();
};

} // namespace sk::ui
