#pragma once

#include "core/Incentive.h"
#include "core/SaleRepository.h"

class QPrinter;
class QWidget;

namespace sk::ui {

// What a receipt says besides the sale itself (business settings).
struct ReceiptInfo
{
    QString storeName;
    QString footer;
    QString originalReceiptNo; // for a refund or void: the sale it reverses
    SaleRules rules;           // currency and tender names
    // The incentive match of the sale (incentiveReceipt): SNAP paid, earned, applied, cap left.
    QList<IncentiveReceipt> incentives;

    static ReceiptInfo load(Database &db, const SaleRules &rules);
    // The same with the sale's incentive match, for the receipt of that sale (new or reprinted).
    static ReceiptInfo load(Database &db, const SaleRules &rules, const SaleRecord &sale);
};

// The receipt of a sale, refund or void as rich text, for the screen and for QPrinter: store,
// market, date, receipt number, lines, discounts, tax per rate, total, tenders, change.
QString receiptHtml(const SaleRecord &sale, const ReceiptInfo &info);

// Print through a printer the user picked (print dialog) or to a PDF file.
bool printReceipt(const QString &html, QWidget *parent);
Status saveReceiptPdf(const QString &html, const QString &path);

} // namespace sk::ui
