#pragma once

#include "SaleRepository.h"

#include <QLocale>

namespace sk::hw {

// One line of a printed receipt, without widgets or fonts: what a receipt printer (EscPos.h)
// or any other text device lays out in its own columns.
struct ReceiptLine
{
    enum class Kind { Text, Pair, Rule };
    enum class Align { Left, Center };
    Kind kind = Kind::Text;
    QString left;  // the text, or a pair's left side
    QString right; // a pair's amount, set flush right
    Align align = Align::Left;
    bool bold = false;
    bool big = false; // double width and height
};

struct ReceiptDoc
{
    QList<ReceiptLine> lines;
    QString qrPayload; // printed as a QR code under the lines; empty: none
    bool openDrawer = false;
};

// What a receipt says besides the sale itself (business settings).
struct ReceiptHeader
{
    QString storeName;
    QString footer;
    QString originalReceiptNo; // refund or void: the sale it reverses
    SaleRules rules;           // currency and tender names
    QString qrPayload;
    QLocale locale;

    static ReceiptHeader load(Database &db, const SaleRules &rules);
};

// The same receipt the app shows and prints through the print dialog (ui/checkout/Receipt.cpp):
// store, market, date, receipt number, lines with quantity x price, discounts, tax per rate,
// total, tenders, change, reason, footer. The drawer opens when cash was taken or change given.
ReceiptDoc receiptDoc(const SaleRecord &sale, const ReceiptHeader &header);

} // namespace sk::hw
