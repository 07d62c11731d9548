#include "core/eod/CashDrawer.h"

#include "core/BusinessSettings.h"
#include "core/Catalog.h"
#include "core/DatabaseRows.h"
#include "core/Limits.h"
#include "core/MarketDay.h"
#include "core/QueueAndCommit.h"
#include "core/SaleEngine.h"
#include "core/TextChecks.h"
#include "core/sync/SyncEngine.h"

#include <QJsonArray>

namespace sk {

namespace {

constexpr qint64 kMaxPieces = 10000000;

QString num(qint64 v)
{
    return QString::number(v);
}

QList<Denomination> series(std::initializer_list<Minor> coins, std::initializer_list<Minor> notes)
{
    QList<Denomination> out;
    for (Minor c : coins)
        out << Denomination{c, false};
    for (Minor n : notes)
        out << Denomination{n, true};
    return out;
}

} // namespace

QList<Denomination> denominationsFor(const QString &currencyCode)
{
    const QString c = currencyCode.toUpper();
    if (c == u"USD")
        return series({1, 5, 10, 25, 50}, {100, 200, 500, 1000, 2000, 5000, 10000});
    if (c == u"EUR")
        return series({1, 2, 5, 10, 20, 50, 100, 200}, {500, 1000, 2000, 5000, 10000, 20000});
    if (c == u"GBP")
        return series({1, 2, 5, 10, 20, 50, 100, 200}, {500, 1000, 2000, 5000});
    if (c == u"CAD")
        return series({5, 10, 25, 100, 200}, {500, 1000, 2000, 5000, 10000});
    if (c == u"AUD" || c == u"NZD")
        return series({5, 10, 20, 50, 100, 200}, {500, 1000, 2000, 5000, 10000});
    if (c == u"CHF")
        return series({5, 10, 20, 50, 100, 200, 500}, {1000, 2000, 5000, 10000, 20000, 100000});
    if (c == u"MXN")
        return series({50, 100, 200, 500, 1000}, {2000, 5000, 10000, 20000, 50000, 100000});
    if (c == u"JPY")
        return series({1, 5, 10, 50, 100, 500}, {1000, 2000, 5000, 10000});
    const int decimals = Currency::fromCode(c).decimals;
    Minor unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    QList<Denomination> out;
    for (Minor base = 1; base <= unit * 100; base *= 10)
        for (Minor m : {1, 2, 5})
            out << Denomination{base * m, base * m > unit * 2};
    return out;
}

QJsonObject CashMovement::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("market_day_id"), marketDayId},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("amount"), num(amount)},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("hlc"), num(hlc)},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("created_at"), num(createdAt)}};
}

Result<Minor> DrawerTally::cashTotal() const
{
    Minor total = 0;
    for (auto it = pieces.cbegin(); it != pieces.cend(); ++it) {
        if (it.key() <= 0 || it.value() < 0 || it.value() > kMaxPieces)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("pieces of %1 must be 0-%2").arg(it.key()).arg(kMaxPieces));
        auto sum = checkedAdd(total, it.key() * it.value());
        if (!sum)
            return sum;
        total = *sum;
    }
    return total;
}

QJsonObject DrawerTally::toJson() const
{
    QJsonObject p, t;
    for (auto it = pieces.cbegin(); it != pieces.cend(); ++it)
        p.insert(num(it.key()), num(it.value()));
    for (auto it = tenders.cbegin(); it != tenders.cend(); ++it)
        t.insert(it.key(), num(it.value()));
    return {{QStringLiteral("pieces"), p}, {QStringLiteral("tenders"), t}};
}

DrawerTally DrawerTally::fromJson(const QJsonObject &o)
{
    DrawerTally d;
    const QJsonObject p = o.value(QStringLiteral("pieces")).toObject();
    for (auto it = p.begin(); it != p.end(); ++it) {
        bool ok1 = false, ok2 = false;
        const Minor v = it.key().toLongLong(&ok1);
        const qint64 n = it.value().toString().toLongLong(&ok2);
        if (ok1 && ok2 && v > 0 && n >= 0)
            d.pieces.insert(v, n);
    }
    const QJsonObject t = o.value(QStringLiteral("tenders")).toObject();
    for (auto it = t.begin(); it != t.end(); ++it) {
        bool ok = false;
        const Minor a = it.value().toString().toLongLong(&ok);
        if (ok && a >= 0)
            d.tenders.insert(it.key(), a);
    }
    return d;
}

Minor DrawerCount::heldOverShort() const
{
    Minor d = 0;
    for (const DrawerCountLine &l : lines)
        if (l.kind == u"tender")
            d += l.amount - l.expected;
    return d;
}

QJsonObject DrawerCount::toJson() const
{
    QJsonArray ls;
    for (const DrawerCountLine &l : lines)
        ls.append(QJsonObject{{QStringLiteral("kind"), l.kind},
                              {QStringLiteral("code"), l.code},
                              {QStringLiteral("value"), num(l.value)},
                              {QStringLiteral("pieces"), num(l.pieces)},
                              {QStringLiteral("amount"), num(l.amount)},
                              {QStringLiteral("expected"), num(l.expected)}});
    const DrawerExpectation &e = expectation;
    return {{QStringLiteral("id"), id},
            {QStringLiteral("market_day_id"), marketDayId},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("counted_at"), num(countedAt)},
            {QStringLiteral("hlc"), num(hlc)},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("opening_float"), num(e.openingFloat)},
            {QStringLiteral("cash_sales"), num(e.cashSales)},
            {QStringLiteral("change_given"), num(e.changeGiven)},
            {QStringLiteral("cash_refunds"), num(e.cashRefunds)},
            {QStringLiteral("payouts"), num(e.payouts)},
            {QStringLiteral("paid_ins"), num(e.paidIns)},
            {QStringLiteral("cash_expected"), num(cashExpected)},
            {QStringLiteral("cash_counted"), num(cashCounted)},
            {QStringLiteral("over_short"), num(overShort)},
            {QStringLiteral("note"), note},
            {QStringLiteral("lines"), ls}};
}

Result<CashMovement> appendCashMovement(Database &db,
                                        const QString &marketDayId,
                                        const QString &kind,
                                        Minor amount,
                                        const QString &reason)
{
    CashMovement c;
    c.id = newUuid7();
    c.marketDayId = marketDayId;
    c.kind = kind;
    c.amount = amount;
    c.reason = reason;
    c.hlc = Database::hlc().now();
    c.deviceId = db.deviceId();
    c.createdAt = Clock::nowMs();
    auto r = db.exec(
        QStringLiteral("INSERT INTO cash_movements (id, market_day_id, kind, amount, "
                       "reason, hlc, device_id, created_at) VALUES (?,?,?,?,?,?,?,?)"),
        {c.id, c.marketDayId, c.kind, c.amount, c.reason, c.hlc, c.deviceId, c.createdAt});
    if (!r)
        return std::unexpected(r.error());
    if (auto o = appendOutbox(db, QStringLiteral("cash_movement"), c.id, c.hlc, c.toJson()); !o)
        return std::unexpected(o.error());
    return c;
}

namespace {

// A payout or paid-in pulled from another of the vendor's devices (checked by the protocol's
// validateCashMovement): the market day's drawer is one, whichever tablet took the money out.
Status applyCashMovement(Database &db, const sync::Event &e)
{
    const auto whole = [&](const char *key) {
        return e.data.value(QLatin1String(key)).toString().toLongLong();
    };
    const auto text = [&](const char *key) {
        return e.data.value(QLatin1String(key)).toString();
    };
    return executed(
        db.exec(QStringLiteral("INSERT OR IGNORE INTO cash_movements (id, market_day_id, "
                               "kind, amount, reason, hlc, device_id, created_at) VALUES "
                               "(?,?,?,?,?,?,?,?)"),
                {text("id"),
                 text("market_day_id"),
                 text("kind"),
                 whole("amount"),
                 text("reason"),
                 whole("hlc"),
                 text("device_id"),
                 whole("created_at")}));
}

const sync::ApplyRegistration kCashMovementReg{"cash_movement", applyCashMovement};

} // namespace

CashDrawer::CashDrawer(Database &db)
    : m_db(db)
{}

Result<DrawerExpectation> CashDrawer::expected(const QString &marketDayId)
{
    MarketDayRepository days(m_db);
    auto day = days.byId(marketDayId);
    if (!day)
        return std::unexpected(day.error());
    DrawerExpectation e;
    e.marketDayId = marketDayId;
    e.openingFloat = day->openingFloat;

    // Cash handed over and paid back, and change given on any tender (change is always cash).
    auto q = readFirstRow(m_db.exec(QStringLiteral(R"(
        SELECT coalesce(sum(CASE WHEN t.tender = 'cash' AND t.tendered > 0 THEN t.tendered END), 0),
               coalesce(sum(t.change), 0),
               coalesce(sum(CASE WHEN t.tender = 'cash' AND t.tendered < 0 THEN -t.tendered END), 0)
        FROM sale_tenders t JOIN sales s ON s.id = t.sale_id
        WHERE s.market_day_id = ?)"),
                                    {marketDayId}),
                          [&e](const QSqlQuery &r) {
                              e.cashSales = r.value(0).toLongLong();
                              e.changeGiven = r.value(1).toLongLong();
                              e.cashRefunds = r.value(2).toLongLong();
                          });
    if (!q)
        return std::unexpected(q.error());
    auto m = readFirstRow(
        m_db.exec(QStringLiteral("SELECT coalesce(sum(CASE WHEN kind = 'payout' THEN amount "
                                 "END), 0), coalesce(sum(CASE WHEN kind = 'paid_in' THEN "
                                 "amount END), 0) FROM cash_movements WHERE market_day_id = ?"),
                  {marketDayId}),
        [&e](const QSqlQuery &r) {
            e.payouts = r.value(0).toLongLong();
            e.paidIns = r.value(1).toLongLong();
        });
    if (!m)
        return std::unexpected(m.error());

    auto rules = SaleRules::load(m_db);
    if (!rules)
        return std::unexpected(rules.error());
    const QStringList heldCodes = m_db.setting(QStringLiteral("drawer_tenders"))
                                      .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const TenderType &t : rules->tenders) {
        if (!heldCodes.contains(t.code) || t.code == u"cash")
            continue;
        auto h = m_db.scalar(QStringLiteral("SELECT coalesce(sum(t.tendered), 0) FROM sale_tenders "
                                            "t JOIN sales s ON s.id = t.sale_id WHERE "
                                            "s.market_day_id = ? AND t.tender = ?"),
                             {marketDayId, t.code});
        if (!h)
            return std::unexpected(h.error());
        e.held << DrawerExpectation::Held{t.code, t.name, t.faceValue, h->toLongLong()};
    }
    return e;
}

Result<CashMovement>
CashDrawer::recordMovement(const QString &kind, Minor amount, const QString &reason)
{
    if (kind != u"payout" && kind != u"paid_in")
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("a cash movement is a payout or a paid-in"));
    if (const QString p = positiveAmountProblem(amount, QStringLiteral("the amount")); !p.isEmpty())
        return fail(Error::Code::InvalidInput, p);
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("say why the cash went in or out"));
    if (auto n = checkNoteLength(why, QStringLiteral("reason")); !n)
        return std::unexpected(n.error());
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    MarketDayRepository days(m_db);
    auto day = days.current();
    if (!day)
        return std::unexpected(day.error());
    if (!*day)
        return fail(Error::Code::NoMarketDay,
                    QStringLiteral("open a market day first: payouts come out of its drawer"));
    auto c = appendCashMovement(m_db, (*day)->id, kind, amount, why);
    if (!c)
        return c;
    if (auto cm = tx.commit(); !cm)
        return std::unexpected(cm.error());
    return c;
}

Result<QList<CashMovement>> CashDrawer::movements(const QString &marketDayId)
{
    return queryRows(m_db,
                     QStringLiteral("SELECT id, market_day_id, kind, amount, reason, hlc, "
                                    "device_id, created_at FROM cash_movements WHERE "
                                    "market_day_id = ? ORDER BY hlc, id"),
                     {marketDayId},
                     [](const QSqlQuery &q) {
                         return CashMovement{q.value(0).toString(),
                                             q.value(1).toString(),
                                             q.value(2).toString(),
                                             q.value(3).toLongLong(),
                                             q.value(4).toString(),
                                             q.value(5).toLongLong(),
                                             q.value(6).toString(),
                                             q.value(7).toLongLong()};
                     });
}

Result<DrawerCount>
CashDrawer::recordCount(const QString &marketDayId, const DrawerTally &tally, const QString &note)
{
    if (auto n = checkNoteLength(note, QStringLiteral("note")); !n)
        return std::unexpected(n.error());
    auto cash = tally.cashTotal();
    if (!cash)
        return std::unexpected(cash.error());
    if (*cash > kMaxAmount)
        return fail(Error::Code::InvalidInput, QStringLiteral("the cash counted is out of range"));
    const Currency currency = BusinessSettings(m_db).currency();
    const QList<Denomination> denoms = denominationsFor(currency.code);
    for (auto it = tally.pieces.cbegin(); it != tally.pieces.cend(); ++it) {
        const bool known = std::any_of(denoms.cbegin(), denoms.cend(), [&](const Denomination &d) {
            return d.value == it.key();
        });
        if (!known)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("%1 is not a coin or note of %2")
                            .arg(formatFixed(it.key(), currency.decimals), currency.code));
    }

    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    auto e = expected(marketDayId);
    if (!e)
        return std::unexpected(e.error());
    DrawerCount c;
    c.id = newUuid7();
    c.marketDayId = marketDayId;
    c.deviceId = m_db.deviceId();
    c.countedAt = Clock::nowMs();
    c.hlc = Database::hlc().now();
    c.currency = currency.code;
    c.expectation = *e;
    c.cashExpected = e->expectedCash();
    c.cashCounted = *cash;
    c.overShort = c.cashCounted - c.cashExpected;
    c.note = note.trimmed();
    for (auto it = tally.pieces.cbegin(); it != tally.pieces.cend(); ++it)
        if (it.value() > 0)
            c.lines << DrawerCountLine{QStringLiteral("cash"),
                                       num(it.key()),
                                       it.key(),
                                       it.value(),
                                       it.key() * it.value(),
                                       0};
    for (auto it = tally.tenders.cbegin(); it != tally.tenders.cend(); ++it) {
        const auto held
            = std::find_if(e->held.cbegin(), e->held.cend(), [&](const DrawerExpectation::Held &h) {
                  return h.tender == it.key();
              });
        if (held == e->held.cend())
            return fail(
                Error::Code::InvalidInput,
                QStringLiteral("%1 is not a tender kept in the drawer").arg(it.key().left(40)));
        if (it.value() < 0 || it.value() > kMaxAmount)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("the %1 counted is out of range").arg(held->name));
        if (held->faceValue > 0 && it.value() % held->faceValue != 0)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("%1 come in whole pieces of %2")
                            .arg(held->name, formatFixed(held->faceValue, currency.decimals)));
    }
    // Every held tender gets a line, counted or not, so the record shows what was expected.
    for (const DrawerExpectation::Held &h : e->held) {
        const Minor amount = tally.tenders.value(h.tender, 0);
        c.lines << DrawerCountLine{QStringLiteral("tender"),
                                   h.tender,
                                   h.faceValue,
                                   h.faceValue > 0 ? amount / h.faceValue : 0,
                                   amount,
                                   h.expected};
    }
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO drawer_counts (id, market_day_id, device_id, counted_at, hlc, "
                       "currency, opening_float, cash_sales, change_given, cash_refunds, payouts, "
                       "paid_ins, cash_expected, cash_counted, over_short, note) VALUES "
                       "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {c.id,
         c.marketDayId,
         c.deviceId,
         c.countedAt,
         c.hlc,
         c.currency,
         e->openingFloat,
         e->cashSales,
         e->changeGiven,
         e->cashRefunds,
         e->payouts,
         e->paidIns,
         c.cashExpected,
         c.cashCounted,
         c.overShort,
         c.note});
    if (!r)
        return std::unexpected(r.error());
    for (const DrawerCountLine &l : std::as_const(c.lines))
        if (auto s
            = m_db.exec(QStringLiteral("INSERT INTO drawer_count_lines (count_id, kind, code, "
                                       "value, pieces, amount, expected) VALUES "
                                       "(?,?,?,?,?,?,?)"),
                        {c.id, l.kind, l.code, l.value, l.pieces, l.amount, l.expected});
            !s)
            return std::unexpected(s.error());
    if (auto q = queueAndCommit(m_db, tx, QStringLiteral("drawer_count"), c.id, c.hlc, c.toJson());
        !q)
        return std::unexpected(q.error());
    return c;
}

Result<std::optional<DrawerCount>> CashDrawer::latestCount(const QString &marketDayId)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, market_day_id, device_id, counted_at, hlc, "
                                      "currency, opening_float, cash_sales, change_given, "
                                      "cash_refunds, payouts, paid_ins, cash_expected, "
                                      "cash_counted, over_short, note FROM drawer_counts WHERE "
                                      "market_day_id = ? ORDER BY hlc DESC, id DESC LIMIT 1"),
                       {marketDayId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<DrawerCount>();
    DrawerCount c;
    c.id = q->value(0).toString();
    c.marketDayId = q->value(1).toString();
    c.deviceId = q->value(2).toString();
    c.countedAt = q->value(3).toLongLong();
    c.hlc = q->value(4).toLongLong();
    c.currency = q->value(5).toString();
    c.expectation.marketDayId = c.marketDayId;
    c.expectation.openingFloat = q->value(6).toLongLong();
    c.expectation.cashSales = q->value(7).toLongLong();
    c.expectation.changeGiven = q->value(8).toLongLong();
    c.expectation.cashRefunds = q->value(9).toLongLong();
    c.expectation.payouts = q->value(10).toLongLong();
    c.expectation.paidIns = q->value(11).toLongLong();
    c.cashExpected = q->value(12).toLongLong();
    c.cashCounted = q->value(13).toLongLong();
    c.overShort = q->value(14).toLongLong();
    c.note = q->value(15).toString();
    auto l = m_db.exec(QStringLiteral("SELECT kind, code, value, pieces, amount, expected FROM "
                                      "drawer_count_lines WHERE count_id = ? ORDER BY kind, value, "
                                      "code"),
                       {c.id});
    if (!l)
        return std::unexpected(l.error());
    while (l->next()) {
        DrawerCountLine x{l->value(0).toString(),
                          l->value(1).toString(),
                          l->value(2).toLongLong(),
                          l->value(3).toLongLong(),
                          l->value(4).toLongLong(),
                          l->value(5).toLongLong()};
        if (x.kind == u"tender")
            c.expectation.held << DrawerExpectation::Held{x.code, x.code, x.value, x.expected};
        c.lines << x;
    }
    return std::optional<DrawerCount>(c);
}

Result<QString> openOrLastMarketDay(Database &db)
{
    auto id = db.scalar(QStringLiteral("SELECT id FROM market_days WHERE device_id = ? ORDER BY "
                                       "closed_at IS NULL DESC, opened_at DESC, id DESC LIMIT 1"),
                        {db.deviceId()});
    if (!id)
        return std::unexpected(id.error());
    if (id->isNull())
        return fail(Error::Code::NotFound, QStringLiteral("no market day has been opened yet"));
    return id->toString();
}

} // namespace sk
