#pragma once

#include "core/Database.h"
#include "core/Money.h"
#include "core/eod/MarketFees.h"

#include <QDate>
#include <QList>
#include <QLocale>

namespace sk {

// One tender a program pays back, as the market day's sales recorded it: what was handed over
// in it less what was given back in it (refunds in tokens). Tokens: pieces of the face value.
// Compared with the tenders counted in the drawer (CashDrawer) when the count has the tender.
struct TurnInLine
{
    QString program;
    QString tender;
    QString tenderName;
    Minor faceValue = 0; // > 0: tokens, `pieces` of it
    qint64 pieces = 0;
    qint64 payments = 0; // sale tender rows that took it
    Minor amount = 0;    // what the program owes for it
    bool counted = false;
    Minor countedAmount = 0;
    Minor variance() const { return counted ? countedAmount - amount : 0; } // + is over
};

// A paper check (FMNP, WIC) taken on the day, not refunded: its serial as entered at the till
// (empty: none was entered) and the date it must be deposited by.
struct TurnInCheck
{
    QString program;
    QString tender;
    QString tenderName;
    QString serial;
    QString receiptNo;
    Minor amount = 0;
    QDate depositBy;
    int daysLeft = 0; // from the day the slip is made; negative: overdue
};

// The turn-in slip of a market day: what the vendor hands the market manager to be paid back,
// per program and tender (token colours are tenders), the checks with their serials, and who,
// where and when. Plain data for every printer: PDF (SlipPdf.h), CSV, the end-of-day page, a
// receipt printer. Totals come from the tenders recorded in the day's sales; `variance` is the
// drawer count's difference for the tenders it counted.
struct TurnInSlip
{
    static constexpr int kWarnDays = 7; // a check due within this many days is flagged

    QString vendor; // the business name (setting store_name)
    QString market;
    QDate date;
    QString marketDayId;
    Currency currency;
    QDate madeOn;            // the day the deposit-by dates are counted from
    QList<TurnInLine> lines; // by program, then the tenders in the till's order
    QList<TurnInCheck> checks;
    bool hasCount = false; // a drawer count of the day exists
    // What the market charges for the day (MarketFees.h), when it has a fee: the manager takes
    // it off what the programs owe. `feeDueThrough`: the week's so far when paid weekly.
    std::optional<FeeDay> fee;
    Minor feeDueThrough = 0;

    Minor total() const;
    Minor programTotal(const QString &program) const;
    QStringList programs() const;             // in slip order
    Minor variance() const;                   // counted − recorded over the counted tenders
    QList<TurnInCheck> checksDueSoon() const; // within kWarnDays, or overdue

    // One table: vendor, market, date and the row kind (tender, check, program, total, and fee
    // when the market has one) first.
    QByteArray toCsv() const;
};

// The slip of `marketDayId`, deposit-by dates counted from `today`.
Result<TurnInSlip> buildTurnInSlip(Database &db, const QString &marketDayId, QDate today);

} // namespace sk
