#pragma once

#include "core/Limits.h"
#include "core/Money.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The market office's records (docs/market-office.md): token kinds, the booth's settings, the
// customer transaction log, token movements between states, vendors' turn-in counts, the close
// of the booth, and reimbursement statements. Each one is an event of its own type that the
// booth's devices share through the market's office on the server.

namespace sk::booth {

// Where a token is. `None` is outside the books: tokens enter from it when bought or printed.
enum class TokenState { None, Office, Booth, Customers, Vendors, Destroyed };
QString stateName(TokenState s);
std::optional<TokenState> stateFromName(const QString &s);
constexpr TokenState kCountedStates[] = {TokenState::Office,
                                         TokenState::Booth,
                                         TokenState::Customers,
                                         TokenState::Vendors,
                                         TokenState::Destroyed};

// One kind of token: a program's token of one face value and colour. `feeBps`: the market's fee
// on it when a vendor is reimbursed (basis points, 300 = 3 %).
struct TokenKind
{
    QString id;
    QString program; // "SNAP", "Double Up", "Credit", ...
    QString role;    // "snap", "incentive" or "credit": what the booth sells it for
    QString currency;
    QString colour;
    Minor faceValue = 0;
    qint64 feeBps = 0;
    qint64 hlc = 0;
    // The vendors' till tender codes this token is paid back for on their turn-in slips: the
    // stable key a slip line is matched by, never the program's name, which each till shows in
    // its own words and language. Empty: the built-in tender of its role (defaultTenders).
    QStringList tenders;
    QStringList tenderKeys() const;
    QJsonObject toJson() const;
    static std::optional<TokenKind> fromJson(const QJsonObject &o);
};

// The tills' built-in tender of a role: "snap_token" for SNAP, "credit_token" for credit
// (core/Schema.cpp); none for the incentive, whose token tender each vendor adds.
QStringList defaultTenders(const QString &role);

// The incentive match: `matchBps` of the SNAP amount (10000 = one for one), at most `dayCap`
// per customer per day and `monthCap` per calendar month (0: no cap). `cardFeeBps`: what the
// market adds when tokens are bought with a debit or credit card.
struct BoothConfig
{
    QString incentiveName = QStringLiteral("Double Up");
    qint64 matchBps = 10000;
    Minor dayCap = 0;
    Minor monthCap = 0;
    qint64 cardFeeBps = 0;
    QString ebtTerminal; // the booth's EBT terminal, as the manager names it (shown, logged)
    qint64 hlc = 0;
    QJsonObject toJson() const;
    static BoothConfig fromJson(const QJsonObject &o);
};

// One line of the customer transaction log. `kind`: "snap" (EBT swiped on the booth's own
// terminal, with the incentive), "card" (debit or credit tokens), "refund" (unused SNAP tokens
// back to the card: a negative snapAmount). The customer is a reference only: the last 4
// digits of the card or a program card number.
struct BoothTxn
{
    QString id;
    QString deviceId;
    qint64 createdAt = 0;
    qint64 hlc = 0;
    QString marketDay; // YYYY-MM-DD
    QString customerRef;
    QString kind;
    QString payment; // "ebt", "debit", "credit"
    Minor snapAmount = 0;
    Minor incentiveAmount = 0;
    Minor cardAmount = 0;
    Minor feeAmount = 0;
    QString approval; // the terminal's approval code, as the manager typed it
    QJsonObject toJson() const;
    static std::optional<BoothTxn> fromJson(const QJsonObject &o);
};

// Tokens moving from one state to another (a whole number of them, of one kind).
struct TokenMove
{
    QString id;
    QString deviceId;
    qint64 createdAt = 0;
    qint64 hlc = 0;
    QString marketDay;
    QString kindId;
    TokenState from = TokenState::None;
    TokenState to = TokenState::None;
    qint64 count = 0;
    QString txnId;    // the booth transaction or turn-in it belongs to
    QString vendorId; // a turn-in's vendor
    QString note;
    QJsonObject toJson() const;
    static std::optional<TokenMove> fromJson(const QJsonObject &o);
};

// A vendor's tokens as counted at the booth, per kind (a recount adds a correction row).
struct TurnIn
{
    QString id;
    QString deviceId;
    qint64 hlc = 0;
    QString marketDay;
    QString vendorId;
    QString vendorName;
    QString kindId;
    qint64 count = 0;
    QJsonObject toJson() const;
    static std::optional<TurnIn> fromJson(const QJsonObject &o);
};

// The booth's close: tokens in the booth counted against the books, the EBT terminal's batch
// and the card terminal's batch against the log.
struct BoothClose
{
    QString id;
    QString deviceId;
    qint64 hlc = 0;
    QString marketDay;
    Minor ebtExpected = 0, ebtBatch = 0;
    Minor cardExpected = 0, cardBatch = 0;
    QJsonObject tokensExpected; // kind id -> count (decimal strings)
    QJsonObject tokensCounted;
    QJsonObject toJson() const;
};

} // namespace sk::booth
