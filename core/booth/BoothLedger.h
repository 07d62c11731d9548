#pragma once

#include "core/Database.h"
#include "core/booth/BoothCaps.h"
#include "core/booth/BoothTypes.h"

#include <QMap>

// The market office's booth (docs/market-office.md): token kinds and the incentive's caps,
// SNAP tokens sold through the booth's own EBT terminal with the incentive match, debit and
// credit tokens with the market's card fee, refunds of unused SNAP tokens, the token inventory
// by state, vendors' turn-in counts and the booth's close. Every record is written with its
// event in one transaction, so the market's booth devices share them through the server and
// each one works offline meanwhile.

namespace sk::booth {

// The customer reference the programs' log takes: the last 4 digits of the card or a program
// card number. A full card number is refused, never stored.
Result<QString> customerReference(const QString &typed);
// YYYY-MM-DD, a real date.
Status checkMarketDay(const QString &day);

// Tokens of one kind per state; `created`: every token that ever entered (bought, printed).
struct KindBalance
{
    TokenKind kind;
    qint64 created = 0;
    QMap<TokenState, qint64> inState;
    qint64 outstanding() const { return inState.value(TokenState::Customers); }
};

// A customer that had more incentive than a cap allows: two booth devices offline at once each
// allowed what they knew of.
struct CapException
{
    QString customerRef;
    QString period; // the day (YYYY-MM-DD) or the month (YYYY-MM)
    Minor issued = 0;
    Minor cap = 0;
};

class BoothLedger
{
public:
    explicit BoothLedger(Database &db);

    // Settings.
    Result<TokenKind> saveKind(TokenKind k);
    Result<QList<TokenKind>> kinds();
    Result<TokenKind> kindFor(const QString &role);
    Result<TokenKind> kind(const QString &id);
    Result<BoothConfig> config();
    Status saveConfig(BoothConfig c);
    // SNAP $1 green, the incentive $1 red, credit $5 blue (in `currency`), when no kind exists.
    Status setUpDefaults(const QString &currency);

    // Inventory. receive(): tokens bought or printed enter the office; move(): between states
    // along the allowed paths, never more than a state holds.
    Result<TokenMove>
    receive(const QString &kindId, qint64 count, const QString &day, const QString &note = {});
    Result<TokenMove> move(const QString &kindId,
                           TokenState from,
                           TokenState to,
                           qint64 count,
                           const QString &day,
                           const QString &note = {});
    Result<QList<KindBalance>> balances();
    // Every way the books can disagree, in words (empty: they agree): a state below zero, a
    // token out of nowhere, a sale whose tokens did not leave the booth as its amounts say.
    Result<QStringList> checkInvariants();

    // Sales.
    Result<MatchQuote> quote(const QString &customerRef, const QString &day, Minor snapAmount);
    // `reserved`: the incentive the server reserved for this sale across the market's booth
    // devices (MarketLink::reserveIncentive), under the id `txnId`; the sale gives the lesser
    // of it and what this device's own quote allows. Without it, this device's quote alone.
    Result<BoothTxn> sellSnap(const QString &customerRef,
                              const QString &day,
                              Minor snapAmount,
                              const QString &approval = {},
                              std::optional<Minor> reserved = std::nullopt,
                              const QString &txnId = {});
    Result<BoothTxn> sellCard(const QString &customerRef,
                              const QString &day,
                              Minor amount,
                              const QString &payment,
                              const QString &approval = {});
    Result<BoothTxn> refundSnap(const QString &customerRef,
                                const QString &day,
                                qint64 tokens,
                                const QString &approval = {});
    Result<QList<BoothTxn>> log(const QString &fromDay, const QString &toDay);
    Result<QList<CapException>> capExceptions(const QString &day);

    // Turn-ins: what a vendor handed in, per kind, counted here (a recount adds the difference).
    Result<TurnIn> countTurnIn(const QString &day,
                               const QString &vendorId,
                               const QString &vendorName,
                               const QString &kindId,
                               qint64 count);
    Result<QMap<QString, qint64>> turnedIn(const QString &day, const QString &vendorId);

    // The close: tokens in the booth counted (kind id -> count), the EBT and card batches.
    Result<BoothClose> close(const QString &day,
                             const QMap<QString, qint64> &counted,
                             Minor ebtBatch,
                             Minor cardBatch);

private:
    Result<TokenMove> addMove(TokenMove m);
    // A new sale or refund of tokens, inside the caller's transaction: the transaction, its
    // event and the tokens it handed over (`m`).
    Status recordTxn(const BoothTxn &t, const TokenMove &m);
    Result<Minor>
    incentiveSince(const QString &customerRef, const QString &from, const QString &to);
    Result<qint64> inState(const QString &kindId, TokenState s);
    Database &m_db;
};

} // namespace sk::booth
