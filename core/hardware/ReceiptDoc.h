#pragma once

#include "core/Incentive.h"
#include "core/SaleRepository.h"

#include <QLocale>

#include <functional>

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

// The names of the built-in tenders and programs as the reader's language writes them. The data
// stores the English defaults (they sync to every device); the app sets its translations here, so
// the screen, the printed receipt and the reprint name a tender alike. Unset: the stored name.
struct ReceiptNames
{
    std::function<QString(const QString &code, const QString &stored)> tender;
    std::function<QString(const QString &program)> program;
    // The store name and footer as stored: the English defaults of a till whose setup was
    // skipped are shown in the reader's language, a text the vendor typed as typed.
    std::function<QString(const QString &stored)> text;
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
    // The sale's incentive match (incentiveReceipt): filled by load(db, rules, sale).
    QList<IncentiveReceipt> incentives;
    // How the names the data stores are shown (unset: as stored).
    ReceiptNames names;

    // What a receipt calls the tender `code`.
    QString tenderName(const QString &code) const;
    // What a receipt calls the reimbursing program stored as `program` (TenderType::program).
    QString programName(const QString &program) const;
    // What a receipt prints for a stored store name or footer.
    QString shownText(const QString &stored) const;

    static ReceiptHeader load(Database &db, const SaleRules &rules);
    // The same, with the incentive match of `sale` as this device knows it.
    static ReceiptHeader load(Database &db, const SaleRules &rules, const SaleRecord &sale);
};

// What the programs ask of a receipt, as the on-screen receipt shows it
// (ui/checkout/Receipt.cpp), for the printer and the command line:
// - under a tender: for an EBT card, the SNAP amount and the balance the terminal reported
//   (the tender's reference); for a paper check, its serial;
// - after the tenders: per incentive, the customer's card as stored (last 4 digits or program
//   number, never whole), SNAP paid, the match earned and applied, and what is left of the cap;
//   then what each reimbursing program (TenderType::program) paid of the sale.
QList<ReceiptLine> tenderProgramLines(const SaleTenderRecord &t, const ReceiptHeader &header);
QList<ReceiptLine> programSummaryLines(const SaleRecord &sale, const ReceiptHeader &header);
// What a receipt calls a tender row: the credit of an order paid online reads as such ("Paid
// online (order W-1001)", core/preorder/PreOrderPickup.h), any other tender by its name.
QString tenderLabel(const SaleTenderRecord &t, const ReceiptHeader &header);
// The paid-online wording alone: empty when `t` is not an order's paid-elsewhere credit.
QString paidOnlineLabel(const SaleTenderRecord &t);

// What each reimbursing program paid of the sale, in the order its tenders were taken (the
// printed and the on-screen receipt both list it).
QList<std::pair<QString, Minor>> paidByProgram(const SaleRecord &sale, const SaleRules &rules);

// The same receipt the app shows and prints through the print dialog (ui/checkout/Receipt.cpp):
// store, market, date, receipt number, lines with quantity x price, discounts, tax per rate,
// total, tenders with their program lines, change, the programs' summary, reason, footer. The
// drawer opens when cash was taken or change given.
ReceiptDoc receiptDoc(const SaleRecord &sale, const ReceiptHeader &header);

} // namespace sk::hw
