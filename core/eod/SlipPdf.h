#pragma once

#include "core/eod/TurnInSlip.h"

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace sk {

// The words of a printed turn-in slip. English by default (the CLI); the desktop app fills
// them in the vendor's language.
struct SlipText
{
    QString title = QStringLiteral("Turn-in slip");
    QString vendor = QStringLiteral("Vendor");
    QString market = QStringLiteral("Market");
    QString date = QStringLiteral("Market date");
    QString program = QStringLiteral("Program");
    QString tender = QStringLiteral("Tender");
    QString faceValue = QStringLiteral("Face value");
    QString count = QStringLiteral("Count");
    QString amount = QStringLiteral("Amount");
    QString counted = QStringLiteral("Counted");
    QString variance = QStringLiteral("Variance");
    QString programTotal = QStringLiteral("Total %1"); // %1: the program
    QString total = QStringLiteral("Total owed by the programs");
    QString checks = QStringLiteral("Checks");
    QString serial = QStringLiteral("Serial");
    QString receipt = QStringLiteral("Receipt");
    QString depositBy = QStringLiteral("Deposit by");
    QString noSerial = QStringLiteral("(none entered)");
    QString dueSoon = QStringLiteral("due in %1 days"); // %1: days left
    QString overdue = QStringLiteral("overdue");
    QString noCount = QStringLiteral("No drawer count yet: no variance.");
    QString nothing = QStringLiteral("No program tenders were taken on this day.");
    QString currencyNote = QStringLiteral("Amounts in %1"); // %1: ISO code
    QString marketFee = QStringLiteral("Market fee");
    QString feeBase = QStringLiteral("Sales the share is taken of");
    QString feeShare = QStringLiteral("Share of sales");
    QString feeRaised = QStringLiteral("Raised to the minimum per day");
    QString feeLowered = QStringLiteral("Lowered to the maximum per day");
    QString stallFee = QStringLiteral("Stall fee");
    QString feeDay = QStringLiteral("Fee for this market day");
    QString feeWeek = QStringLiteral("Due this week so far (paid weekly)");
    QString signature = QStringLiteral("Vendor signature");
    QString received = QStringLiteral("Received by (market)");
    QString signedOn = QStringLiteral("Date");
    QLocale locale = QLocale::c();
};

// The slip as a PDF document (Letter). Text in Windows-1252 uses the standard Helvetica fonts;
// a slip with other characters (Latin Extended, Vietnamese...) embeds a TrueType font of the
// system's (eod/PdfFont.h) so they print as written; without one, "?" stands for them. Written
// by hand rather than through QtGui so that the command line, which has no GUI libraries,
// prints the same slip as the app.
QByteArray slipPdf(const TurnInSlip &slip, const SlipText &text);

// The market fee's lines as the PDF and the end-of-day screen both show them (empty without a
// fee): the sales it is taken of, the share, the minimum or maximum it was moved to, the stall
// fee, the day's fee and, paid weekly, the week's so far. `strong`: a total.
struct SlipFeeRow
{
    QString label;
    Minor amount = 0;
    bool strong = false;
};
QList<SlipFeeRow> slipFeeRows(const TurnInSlip &slip, const SlipText &text);

// Writes the slip as CSV (by its extension, .csv) or PDF (.pdf) through a temporary file.
Status saveTurnInSlip(const TurnInSlip &slip, const QString &path, const SlipText &text = {});

} // namespace sk
