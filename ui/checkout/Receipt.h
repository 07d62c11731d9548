#pragma once

#include "core/SaleRepository.h"
#include "core/hardware/ReceiptDoc.h"

class QPrinter;
class QWidget;

namespace sk::ui {

// What a receipt says besides the sale itself (business settings, the sale's incentive match):
// the printed receipt's header, loaded by hw::ReceiptHeader::load.
using ReceiptInfo = hw::ReceiptHeader;

// The receipt of a sale, refund or void as rich text, for the screen and for QPrinter: store,
// market, date, receipt number, lines, discounts, tax per rate, total, tenders, change.
QString receiptHtml(const SaleRecord &sale, const ReceiptInfo &info);

// Print through a printer the user picked (print dialog) or to a PDF file.
bool printReceipt(const QString &html, QWidget *parent);
Status saveReceiptPdf(const QString &html, const QString &path);

} // namespace sk::ui
