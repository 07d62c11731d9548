#include "core/booth/BoothLedger.h"

#include "core/Catalog.h"
#include "core/DatabaseRows.h"
#include "core/Ids.h"
#include "core/booth/BoothStore.h"

// BoothLedger's sales (SNAP with the incentive, debit and credit tokens, refunds of SNAP
// tokens), the customer transaction log, vendors' turn-ins and the booth's close.

namespace sk::booth {

namespace {

BoothTxn readTxn(const QSqlQuery &q)
{
    BoothTxn t;
    t.id = q.value(0).toString();
    t.deviceId = q.value(1).toString();
    t.createdAt = q.value(2).toLongLong();
    t.hlc = q.value(3).toLongLong();
    t.marketDay = q.value(4).toString();
    t.customerRef = q.value(5).toString();
    t.kind = q.value(6).toString();
    t.payment = q.value(7).toString();
    t.snapAmount = q.value(8).toLongLong();
    t.incentiveAmount = q.value(9).toLongLong();
    t.cardAmount = q.value(10).toLongLong();
    t.feeAmount = q.value(11).toLongLong();
    t.approval = q.value(12).toString();
    return t;
}

// A new booth transaction of this device, made now.
BoothTxn newTxn(Database &db,
                const QString &day,
                const QString &customerRef,
                const QString &kind,
                const QString &payment,
                const QString &approval)
{
    BoothTxn t = newRecord<BoothTxn>(db, day);
    t.customerRef = customerRef;
    t.kind = kind;
    t.payment = payment;
    t.approval = approval.trimmed().left(40);
    return t;
}

// The tokens a transaction hands over the booth's counter.
TokenMove
txnMove(const BoothTxn &t, TokenState from, TokenState to, const QString &kindId, qint64 count)
{
    TokenMove m;
    m.marketDay = t.marketDay;
    m.from = from;
    m.to = to;
    m.txnId = t.id;
    m.kindId = kindId;
    m.count = count;
    return m;
}

const QString kTxnCols = QStringLiteral(
    "id, device_id, created_at, hlc, market_day, customer_ref, kind, payment, snap_amount, "
    "incentive_amount, card_amount, fee_amount, approval");

} // namespace

Status BoothLedger::recordTxn(const BoothTxn &t, const TokenMove &m)
{
    if (auto s = storeAndQueue(m_db, storeTxn, t, events::txn(), t.id); !s)
        return s;
    if (auto r = addMove(m); !r)
        return std::unexpected(r.error());
    return {};
}

Result<Minor>
BoothLedger::incentiveSince(const QString &customerRef, const QString &from, const QString &to)
{
    auto v = m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(incentive_amount), 0) FROM "
                                        "booth_txns WHERE customer_ref = ? AND market_day >= ? "
                                        "AND market_day <= ?"),
                         {customerRef, from, to});
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

Result<MatchQuote> BoothLedger::quote(const QString &customerRef, const QString &day, Minor snap)
{
    if (auto d = checkMarketDay(day); !d)
        return std::unexpected(d.error());
    auto ref = customerReference(customerRef);
    if (!ref)
        return std::unexpected(ref.error());
    auto cfg = config();
    if (!cfg)
        return std::unexpected(cfg.error());
    auto today = incentiveSince(*ref, day, day);
    auto month = incentiveSince(*ref, monthStart(day), monthEnd(day));
    if (!today || !month)
        return std::unexpected(today ? month.error() : today.error());
    auto inc = kindFor(QStringLiteral("incentive"));
    return capMatch(*cfg, inc ? inc->faceValue : 0, snap, *today, *month);
}

Result<BoothTxn> BoothLedger::sellSnap(const QString &customerRef,
                                       const QString &day,
                                       Minor snapAmount,
                                       const QString &approval,
                                       std::optional<Minor> reserved,
                                       const QString &txnId)
{
    auto snapKind = kindFor(QStringLiteral("snap"));
    if (!snapKind)
        return std::unexpected(snapKind.error());
    if (const QString p = positiveAmountProblem(snapAmount, QStringLiteral("the SNAP amount"));
        !p.isEmpty())
        return fail(Error::Code::InvalidInput, p);
    if (snapAmount % snapKind->faceValue != 0)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("the SNAP amount must be a whole number of %1 tokens")
                        .arg(snapKind->program));
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    // Quoted inside the transaction: what this device knows of the customer cannot change
    // between the check and the sale.
    auto q = quote(customerRef, day, snapAmount);
    if (!q)
        return std::unexpected(q.error());
    BoothTxn t = newTxn(m_db,
                        day,
                        *customerReference(customerRef),
                        QStringLiteral("snap"),
                        QStringLiteral("ebt"),
                        approval);
    if (!txnId.isEmpty())
        t.id = txnId; // the id the server reserved the match under
    t.snapAmount = snapAmount;
    t.incentiveAmount = reserved ? std::clamp<Minor>(*reserved, 0, q->incentive) : q->incentive;
    TokenMove m = txnMove(t,
                          TokenState::Booth,
                          TokenState::Customers,
                          snapKind->id,
                          snapAmount / snapKind->faceValue);
    if (auto r = recordTxn(t, m); !r)
        return std::unexpected(r.error());
    if (t.incentiveAmount > 0) {
        auto inc = kindFor(QStringLiteral("incentive"));
        m.kindId = inc->id;
        m.count = t.incentiveAmount / inc->faceValue;
        if (auto r = addMove(m); !r)
            return std::unexpected(r.error());
    }
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return t;
}

Result<BoothTxn> BoothLedger::sellCard(const QString &customerRef,
                                       const QString &day,
                                       Minor amount,
                                       const QString &payment,
                                       const QString &approval)
{
    if (auto d = checkMarketDay(day); !d)
        return std::unexpected(d.error());
    if (payment != u"debit" && payment != u"credit")
        return fail(Error::Code::InvalidInput, QStringLiteral("payment is debit or credit"));
    QString ref;
    if (!customerRef.trimmed().isEmpty()) {
        auto r = customerReference(customerRef);
        if (!r)
            return std::unexpected(r.error());
        ref = *r;
    }
    auto k = kindFor(QStringLiteral("credit"));
    if (!k)
        return std::unexpected(k.error());
    if (const QString p = positiveAmountProblem(amount, QStringLiteral("the amount")); !p.isEmpty())
        return fail(Error::Code::InvalidInput, p);
    if (amount % k->faceValue != 0)
        return fail(
            Error::Code::InvalidInput,
            QStringLiteral("the amount must be a whole number of %1 tokens").arg(k->program));
    auto cfg = config();
    if (!cfg)
        return std::unexpected(cfg.error());
    BoothTxn t = newTxn(m_db, day, ref, QStringLiteral("card"), payment, approval);
    t.cardAmount = amount;
    t.feeAmount = (amount * cfg->cardFeeBps + 5000) / 10000; // half up
    const TokenMove m
        = txnMove(t, TokenState::Booth, TokenState::Customers, k->id, amount / k->faceValue);
    if (auto s = inOwnTransaction(m_db, [&] { return recordTxn(t, m); }); !s)
        return std::unexpected(s.error());
    return t;
}

Result<BoothTxn> BoothLedger::refundSnap(const QString &customerRef,
                                         const QString &day,
                                         qint64 tokens,
                                         const QString &approval)
{
    if (auto d = checkMarketDay(day); !d)
        return std::unexpected(d.error());
    auto ref = customerReference(customerRef);
    if (!ref)
        return std::unexpected(ref.error());
    auto k = kindFor(QStringLiteral("snap"));
    if (!k)
        return std::unexpected(k.error());
    if (tokens <= 0 || tokens > 100000)
        return fail(Error::Code::InvalidInput, QStringLiteral("count the tokens handed back"));
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    // At most what the customer bought (net of earlier refunds): SNAP goes back to the card it
    // came from.
    auto bought = m_db.scalar(
        QStringLiteral(
            "SELECT COALESCE(SUM(snap_amount), 0) FROM booth_txns WHERE customer_ref = ?"),
        {*ref});
    if (!bought)
        return std::unexpected(bought.error());
    if (bought->toLongLong() < tokens * k->faceValue)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("this customer has bought %1 in SNAP tokens at this market, "
                                   "less than the tokens handed back")
                        .arg(bought->toLongLong()));
    BoothTxn t = newTxn(m_db, day, *ref, QStringLiteral("refund"), QStringLiteral("ebt"), approval);
    t.snapAmount = -tokens * k->faceValue;
    if (auto r = recordTxn(t, txnMove(t, TokenState::Customers, TokenState::Booth, k->id, tokens));
        !r)
        return std::unexpected(r.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return t;
}

Result<QList<BoothTxn>> BoothLedger::log(const QString &fromDay, const QString &toDay)
{
    return queryRows(m_db.exec(QStringLiteral("SELECT %1 FROM booth_txns WHERE market_day >= ? AND "
                                              "market_day <= ? ORDER BY created_at, id")
                                   .arg(kTxnCols),
                               {fromDay, toDay}),
                     readTxn);
}

Result<QList<CapException>> BoothLedger::capExceptions(const QString &day)
{
    auto cfg = config();
    if (!cfg)
        return std::unexpected(cfg.error());
    QList<CapException> out;
    const auto over = [&](const QString &sql, const QVariant &period, Minor cap) -> Status {
        if (cap <= 0)
            return {};
        auto q = m_db.exec(sql, {period, cap});
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            out << CapException{
                q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(), cap};
        return {};
    };
    if (auto s = over(QStringLiteral("SELECT customer_ref, market_day, SUM(incentive_amount) FROM "
                                     "booth_txns WHERE market_day = ? GROUP BY customer_ref "
                                     "HAVING SUM(incentive_amount) > ?"),
                      day,
                      cfg->dayCap);
        !s)
        return std::unexpected(s.error());
    if (auto s = over(QStringLiteral("SELECT customer_ref, substr(market_day, 1, 7), "
                                     "SUM(incentive_amount) FROM booth_txns WHERE "
                                     "substr(market_day, 1, 7) = ? GROUP BY customer_ref HAVING "
                                     "SUM(incentive_amount) > ?"),
                      day.left(7),
                      cfg->monthCap);
        !s)
        return std::unexpected(s.error());
    return out;
}

Result<TurnIn> BoothLedger::countTurnIn(const QString &day,
                                        const QString &vendorId,
                                        const QString &vendorName,
                                        const QString &kindId,
                                        qint64 count)
{
    if (auto d = checkMarketDay(day); !d)
        return std::unexpected(d.error());
    if (vendorId.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("choose the vendor"));
    if (count < 0 || count > 1000000)
        return fail(Error::Code::InvalidInput, QStringLiteral("count 0 or more tokens"));
    auto k = kind(kindId);
    if (!k)
        return std::unexpected(k.error());
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    auto had = turnedIn(day, vendorId);
    if (!had)
        return std::unexpected(had.error());
    TurnIn t = newRecord<TurnIn>(m_db, day);
    t.vendorId = vendorId;
    t.vendorName = vendorName.trimmed().left(200);
    t.kindId = k->id;
    t.count = count - had->value(k->id); // a recount records the difference
    if (t.count == 0)
        return t;
    TokenMove m;
    m.marketDay = day;
    m.kindId = k->id;
    m.from = t.count > 0 ? TokenState::Customers : TokenState::Vendors;
    m.to = t.count > 0 ? TokenState::Vendors : TokenState::Customers;
    m.count = qAbs(t.count);
    m.txnId = t.id;
    m.vendorId = vendorId;
    if (auto r = addMove(m); !r)
        return std::unexpected(r.error());
    if (auto s = storeAndQueue(m_db, storeTurnIn, t, events::turnIn(), t.id); !s)
        return std::unexpected(s.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return t;
}

Result<QMap<QString, qint64>> BoothLedger::turnedIn(const QString &day, const QString &vendorId)
{
    return queryTotals<QMap<QString, qint64>>(
        m_db.exec(QStringLiteral("SELECT kind_id, SUM(count) FROM booth_turnins WHERE "
                                 "market_day = ? AND vendor_id = ? GROUP BY kind_id"),
                  {day, vendorId}));
}

Result<BoothClose> BoothLedger::close(const QString &day,
                                      const QMap<QString, qint64> &counted,
                                      Minor ebtBatch,
                                      Minor cardBatch)
{
    if (auto d = checkMarketDay(day); !d)
        return std::unexpected(d.error());
    auto b = balances();
    if (!b)
        return std::unexpected(b.error());
    BoothClose c = newRecord<BoothClose>(m_db, day);
    c.ebtBatch = ebtBatch;
    c.cardBatch = cardBatch;
    for (const KindBalance &k : *b) {
        c.tokensExpected.insert(k.kind.id, QString::number(k.inState.value(TokenState::Booth)));
        c.tokensCounted.insert(k.kind.id, QString::number(counted.value(k.kind.id)));
    }
    // The terminals' batches are this device's: its own sales of the day.
    auto sums = m_db.exec(QStringLiteral("SELECT COALESCE(SUM(CASE WHEN payment = 'ebt' THEN "
                                         "snap_amount ELSE 0 END), 0), COALESCE(SUM(card_amount + "
                                         "fee_amount), 0) FROM booth_txns WHERE market_day = ? "
                                         "AND device_id = ?"),
                          {day, m_db.deviceId()});
    if (!sums)
        return std::unexpected(sums.error());
    if (sums->next()) {
        c.ebtExpected = sums->value(0).toLongLong();
        c.cardExpected = sums->value(1).toLongLong();
    }
    sums->finish();
    if (auto s = inOwnTransaction(
            m_db, [&] { return storeAndQueue(m_db, storeClose, c, events::close(), c.id); });
        !s)
        return std::unexpected(s.error());
    return c;
}

} // namespace sk::booth
