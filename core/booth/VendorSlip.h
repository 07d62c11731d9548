#pragma once

#include "Database.h"
#include "Money.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// A vendor's turn-in slip for one market day (docs/market-office.md "The turn-in slip"): what
// the vendor hands in at the booth, per program and face value, with the serials of the checks
// among it. The vendor's device queues it as a `market_slip` event; the server shares it with
// the market it names, if the vendor joined that market, and with nobody else.

namespace sk::booth {

struct SlipLine
{
    QString program; // as the market's token kinds name it: "SNAP", "Double Up", "Credit"
    Minor faceValue = 0;
    qint64 count = 0;
    Minor total = 0; // count x face value
};

struct VendorSlip
{
    QString id;
    QString marketId;
    QString marketDay; // YYYY-MM-DD
    QString vendorName;
    QString currency;
    QList<SlipLine> lines;
    QStringList checkSerials;
    qint64 createdAt = 0;
    QJsonObject toJson() const;
    // nullopt, with the reason in `why`, unless every field is there and the totals add up.
    static std::optional<VendorSlip> fromJson(const QJsonObject &o, QString *why = nullptr);
};

// Checks and queues the slip (a new id and time unless given); the next sync sends it.
Result<VendorSlip> recordSlip(Database &db, VendorSlip slip);

} // namespace sk::booth
