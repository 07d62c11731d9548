#pragma once

#include "core/Database.h"
#include "core/booth/BoothTypes.h"

#include <QIODevice>

// Reimbursing vendors for the tokens they took (docs/market-office.md): per vendor and market
// day, the tokens the booth counted against the vendor's slip, and what the market owes:
// count x face value less the market's fee on each kind. The statement's status (counted,
// approved, paid) reaches the vendor's device through the server. Program reports sum the
// customer log and the turn-ins per program and day for funders.

namespace sk::booth {

struct StatementLine
{
    QString kindId; // empty: a line of the slip that matches no token kind here
    QString program;
    QString colour;
    Minor faceValue = 0;
    qint64 counted = 0;
    qint64 slipCount = -1; // -1: the slip has no such line (or there is no slip)
    qint64 feeBps = 0;
    Minor gross = 0; // counted x face value
    Minor fee = 0;   // gross x fee, half up
    Minor owed = 0;  // gross - fee
    qint64 difference() const { return slipCount < 0 ? counted : counted - slipCount; }
};

struct Statement
{
    QString id; // "<market day>/<vendor id>": one per vendor and day
    QString marketDay;
    QString vendorId;
    QString vendorName;
    QString currency;
    QString status = QStringLiteral("counted"); // counted, approved, paid
    bool hasSlip = false;
    QStringList checkSerials;
    QList<StatementLine> lines;
    Minor gross = 0, fees = 0, owed = 0;
    qint64 hlc = 0;
    bool differs() const;
    QJsonObject toJson() const;
    static Statement fromJson(const QJsonObject &o);
};

// The vendors with turn-ins or a slip on the day: id -> name.
Result<QMap<QString, QString>> vendorsOfDay(Database &db, const QString &day);
// The statement as the counts and slip stand now (with the status it was last given).
Result<Statement> buildStatement(Database &db, const QString &day, const QString &vendorId);
// Records the statement with a status; it reaches the vendor on the next sync.
Result<Statement> issueStatement(Database &db, Statement s, const QString &status);
Status writeStatementCsv(const Statement &s, QIODevice *out);
// One market day and token kind of the program report: what the booth sold or issued in it and
// refunded (its amount column of the customer log), what vendors turned in (count x face
// value), customers served (unique references), transactions and card fees collected.
struct ProgramDay
{
    QString day;
    QString program;
    QString role; // snap, incentive, credit
    Minor soldOrIssued = 0;
    Minor refunded = 0;
    Minor redeemed = 0;
    qint64 customers = 0;
    qint64 transactions = 0;
    Minor fees = 0;
};
Result<QList<ProgramDay>> programReport(Database &db, const QString &fromDay, const QString &toDay);
// Per market day and program: SNAP sold, incentive issued, tokens redeemed by vendors, SNAP
// refunded, customers served (unique references), transactions, fees collected.
Status
writeProgramReportCsv(Database &db, const QString &fromDay, const QString &toDay, QIODevice *out);

} // namespace sk::booth
