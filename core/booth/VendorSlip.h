#pragma once

#include "core/Money.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace sk {
class Database;
struct TurnInSlip;
} // namespace sk

// A vendor's turn-in slip for one market day (docs/market-office.md "The turn-in slip"): what
// the vendor hands in at the booth, per program and face value, with the serials of the checks
// among it. The vendor's device queues it as a `market_slip` event; the server shares it with
// the market it names, if the vendor joined that market, and with nobody else.

namespace sk::booth {

struct JoinedMarket; // booth/MarketLink.h

struct SlipLine
{
    QString program; // as the market's token kinds name it: "SNAP", "Double Up", "Credit"
    Minor faceValue = 0;
    qint64 count = 0;
    Minor total = 0; // count x face value
    // The till's tender code ("snap_token", "credit_token", a vendor's own): the key the booth
    // matches its tokens by (TokenKind::tenders). `program` is for people to read only.
    QString tender;
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

// The market's slip of a vendor's end-of-day turn-in slip (core/eod/TurnInSlip.h): each token
// tender the day took (face value above 0) as pieces of its face value under its program, and
// the serials of the checks. Tenders without a face value (SNAP on the vendor's own EBT
// terminal, checks) are not the market's to pay back as tokens and are left out.
VendorSlip slipFromTurnIn(const TurnInSlip &t, const QString &marketId);

// The market a market day belongs to, among those this vendor joined: the one whose name is the
// day's market name (case and spaces aside), else the only one joined; nullopt otherwise.
std::optional<JoinedMarket> marketOfDay(const QList<JoinedMarket> &joined,
                                        const QString &marketName);

// Where the newest slip queued for a market and day stands on this device.
struct SlipDelivery
{
    enum class State { None, Waiting, Sent, Refused };
    State state = State::None;
    VendorSlip slip;
    QString reason; // why the server refused it
};
Result<SlipDelivery> slipDelivery(Database &db, const QString &marketId, const QString &day);

// Of the statements a market made out to this vendor (MarketLink::statements()), the one of
// `day` at `marketId`: its status ("counted", "approved", "paid") and what is owed (the
// statement's JSON data), or nullopt when the market has made none yet.
std::optional<QJsonObject>
statementOfDay(const QJsonArray &statements, const QString &marketId, const QString &day);

} // namespace sk::booth
